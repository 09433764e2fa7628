"""Signed data packs: format, trust, safe extraction, atomic install, feeds and sync.

Never imports Qt; the CLI and the GUI are views of this API.
"""
