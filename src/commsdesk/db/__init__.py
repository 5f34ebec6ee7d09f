"""The SQLite store: models, engine and sessions, migrations, integrity checks and backups."""
