"""The weekly calendar of communication activities."""
