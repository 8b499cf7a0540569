"""The collection file: SQLModel tables, engine set-up, migrations."""

from studyapp.store.database import open_engine
from studyapp.store.schema import SCHEMA_VERSION

__all__ = ["SCHEMA_VERSION", "open_engine"]
