"""Readers and writers of other programs' formats (CSV, XLSX, vCard, iCalendar, .eml); no database access."""
