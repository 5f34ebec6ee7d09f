"""The Qt user interface: a thin layer of views over the services. Never imports `commsdesk.db`."""

from commsdesk.ui.pyside_guard import protect_singletons

protect_singletons()
