"""Shared fixtures: real content and user databases built in `tmp_path`, never mocks.

The content sources live in `tests/core/fixtures/` as plain files (`source/` = a small core
library, `pack/` = a second, regional library). Add fixtures here only if several test folders
need them.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from fieldkit.core.build import build_library
from fieldkit.core.library import LibrarySet
from fieldkit.core.userdata import UserData

FIXTURES = Path(__file__).parent / "core" / "fixtures"
SOURCE = FIXTURES / "source"
PACK_SOURCE = FIXTURES / "pack"


@pytest.fixture
def source_dir(tmp_path: Path) -> Path:
    """A private, editable copy of the fixture sources (library/, checklists/, prompts/)."""
    return Path(shutil.copytree(SOURCE, tmp_path / "src"))


@pytest.fixture
def library_path(source_dir: Path, tmp_path: Path) -> Path:
    """A content DB built from `source_dir`, private to the test (rebuild it at will)."""
    return build_library(source_dir, tmp_path / "library.sqlite").path


@pytest.fixture(scope="session")
def shared_library_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture library built once per session; read it, never rebuild or replace it."""
    return build_library(SOURCE, tmp_path_factory.mktemp("shared") / "library.sqlite").path


@pytest.fixture(scope="session")
def shared_pack_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A second library ('regional') built once per session, for multi-library tests."""
    return build_library(PACK_SOURCE, tmp_path_factory.mktemp("pack") / "pack.sqlite").path


@pytest.fixture
def damaged_library_path(shared_library_path: Path, tmp_path: Path) -> Path:
    """A copy of the fixture library whose records, search and prompt tables are scrambled on
    disk, while its header and `library_meta` still read: it opens, then fails mid-query."""
    path = Path(shutil.copy(shared_library_path, tmp_path / "damaged.sqlite"))
    with sqlite3.connect(path) as conn:
        page = conn.execute("PRAGMA page_size").fetchone()[0]
        roots = [r for (r,) in conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name IN ('records', 'search_docs', "
            "'prompts', 'search_fts_data')")]
    conn.close()
    with path.open("r+b") as fh:
        for root in roots:
            fh.seek((root - 1) * page)
            fh.write(b"\xa5" * page)
    return path


@pytest.fixture
def libs(shared_library_path: Path) -> Iterator[LibrarySet]:
    with LibrarySet([shared_library_path]) as library_set:
        yield library_set


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """An empty user data folder (what `--data-dir` / FIELDKIT_HOME would name)."""
    return tmp_path / "home"


@pytest.fixture
def user_data(data_dir: Path) -> Iterator[UserData]:
    with UserData(data_dir) as user:
        yield user


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """This test's own temp folder (TMPDIR and `tempfile`, for this process and the
    subprocesses it starts): what the zero-plaintext scan searches besides the data folder."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


@pytest.fixture
def plaintext_scan(private_tmp: Path) -> Callable[..., list[str]]:
    """`plaintext_scan(needles, *folders)`: where any of `needles` shows in the clear in a file
    under `folders` or this test's temp folder ([] means nowhere). See tests/support/plaintext.py;
    plant strings made with `unique_text`."""
    from tests.support.plaintext import find_plaintext

    def scan(needles: list[str], *folders: Path) -> list[str]:
        return find_plaintext(needles, *folders, private_tmp)

    return scan
