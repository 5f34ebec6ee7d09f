"""Press releases: drafting, approval, distribution and the archive."""
