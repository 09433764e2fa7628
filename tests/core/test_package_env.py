"""What the packaged FieldKit changes at start: portable mode (data beside the executable, the
XDG folders inside it) and the library path its child processes inherit."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from fieldkit.core import paths
from fieldkit.core.package_env import prepare_environment, restore_library_path


@pytest.fixture
def frozen(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """A fake package folder: `sys.frozen` set and the executable inside it."""
    app = tmp_path / "fieldkit"
    app.mkdir()
    (app / "fieldkit").write_text("")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(app / "fieldkit"))
    monkeypatch.setattr(sys, "_MEIPASS", str(app / "_internal"), raising=False)
    monkeypatch.delenv("FIELDKIT_HOME", raising=False)
    return app


def test_from_source_there_is_no_portable_mode(tmp_path: Path) -> None:
    assert not paths.is_frozen()
    assert paths.portable_dir() is None
    env = {"LD_LIBRARY_PATH": "/bundle", "LD_LIBRARY_PATH_ORIG": "/mine"}
    prepare_environment(env)
    assert env == {"LD_LIBRARY_PATH": "/bundle", "LD_LIBRARY_PATH_ORIG": "/mine"}


def test_a_portable_file_puts_all_data_beside_the_executable(
        frozen: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert paths.portable_dir() is None
    assert paths.data_dir_override() is None
    (frozen / "portable").write_text("")
    monkeypatch.setenv("FIELDKIT_HOME", "/elsewhere")  # portable beats it: nothing outside
    assert paths.data_dir() == frozen / "FieldKit-data"
    assert paths.data_dir_override() == paths.PORTABLE
    assert paths.data_dir("/explicit") == Path("/explicit")  # --data-dir still wins
    env: dict[str, str] = {"LD_LIBRARY_PATH": "/bundle"}
    prepare_environment(env)
    for name in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        assert Path(env[name]).is_relative_to(frozen / "FieldKit-data"), name
    assert "LD_LIBRARY_PATH" not in env


def test_the_bundle_is_found_the_same_way_frozen(frozen: Path) -> None:
    assert paths.bundle_dir() == frozen / "_internal"
    assert paths.assets_dir() == frozen / "_internal" / "assets"
    assert paths.bundled_library_path() == frozen / "_internal" / "library.sqlite"
    assert paths.bundled_pack_info() == frozen / "_internal" / "library-pack.json"


def test_from_source_assets_are_in_the_tree() -> None:
    assert (paths.assets_dir() / "icons" / "fieldkit.svg").is_file()
    assert (paths.assets_dir() / "icons" / "fieldkit-256.png").is_file()


def test_children_get_the_original_library_path_back() -> None:
    env = {"LD_LIBRARY_PATH": "/opt/fieldkit/_internal", "LD_LIBRARY_PATH_ORIG": "/usr/local/lib",
           "PATH": "/usr/bin"}
    restore_library_path(env)
    assert env == {"LD_LIBRARY_PATH": "/usr/local/lib", "PATH": "/usr/bin"}
    env = {"LD_LIBRARY_PATH": "/opt/fieldkit/_internal"}  # the person had none
    restore_library_path(env)
    assert env == {}
