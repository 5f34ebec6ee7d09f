"""Plain-Python rules of the office: vocabularies, statuses, deadlines, recurrence, plan roll-ups. No Qt, no SQL."""
