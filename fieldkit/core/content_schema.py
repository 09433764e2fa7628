"""The content DB's schema version, apart from the ORM models: the start-up path reads it to
skip a too-new pack without loading SQLAlchemy (the GUI paints before it loads)."""

CONTENT_SCHEMA_VERSION = 2  # 2: translations; Arabic folded into search_title/search_body
