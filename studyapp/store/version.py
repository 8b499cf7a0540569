"""The marks of a studyapp collection file (kept apart from the table classes, which import
SQLModel: opening an existing collection never needs it)."""

#: Version of the schema this code writes. Bump it and add a step to
#: ``studyapp.store.migrations.MIGRATIONS`` whenever a table changes.
SCHEMA_VERSION = 2

#: ``PRAGMA application_id`` of a studyapp collection ("STDY").
APPLICATION_ID = 0x53544459
