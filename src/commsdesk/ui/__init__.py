"""The Qt user interface: a thin layer of views over the services. Never imports `commsdesk.db`."""
