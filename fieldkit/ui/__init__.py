"""FieldKit's Qt Widgets desktop app. Holds no SQL: every read and write goes through
`fieldkit.core`, off the GUI thread when it can take time (see `worker.py`)."""
