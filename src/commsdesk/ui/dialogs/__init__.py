"""Dialogs of the main window (office profile, backups, about)."""
