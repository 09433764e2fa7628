"""FieldKit's core: content and user databases, importer, build, search, runs.

Nothing in this package may import Qt: the CLI, the GUI and the tests all use it the same way.
"""
