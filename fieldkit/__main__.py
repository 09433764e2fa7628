"""`python -m fieldkit` runs the same entry point as the `fieldkit` script."""

from __future__ import annotations

import sys

from fieldkit.cli import main

if __name__ == "__main__":
    sys.exit(main())
