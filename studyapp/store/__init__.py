"""The collection file: SQLModel tables, engine set-up, migrations, backups, the lock file.

Submodules are imported on use: importing SQLModel takes most of a second, and the app
shows its window (and takes the lock) before it needs the database layer.
"""
