"""commsdesk's crash campaign: kill -9 at random moments during imports, a backup and an upgrade, then check the
file; and malformed inputs fed to every import.

Run `python -m faults` (full: 30 trials per scenario and every bad input) or `python -m faults --quick` (3 trials
and a few bad inputs, as CI does). Results go to `faults/results.json` and a table on stdout; the exit code is 1
when a trial found a corrupted file or a partial import, or a bad input a traceback.
"""
