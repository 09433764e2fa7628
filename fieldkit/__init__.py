"""FieldKit: an offline-first field companion for humanitarian responders."""

__version__ = "0.1.0"
