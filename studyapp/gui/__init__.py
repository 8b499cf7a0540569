"""The Qt desktop app: thin views over :class:`studyapp.Collection` (no business logic here)."""
