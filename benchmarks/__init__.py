"""commsdesk's benchmarks: speed and memory at ten times the real size, as ratios to bare building blocks.

Run `python -m benchmarks` (full) or `python -m benchmarks --quick` (a few hundred records, one repetition, as CI
does). Results go to `benchmarks/results.json` and a table on stdout.
"""
