"""The media and audience contact list."""
