"""One package per tab of the main window. Each tab receives the services it needs; none reaches into the window."""
