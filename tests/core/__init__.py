"""Tests of fieldkit.core and the CLI (a package, so module names cannot clash with tests/ui)."""
