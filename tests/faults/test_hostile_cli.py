"""The command line's error contract on hostile input: one line `fieldkit: error: ...` and exit 1
(2 for a malformed command line), never a traceback; and control characters in notes and
content printed visibly, never obeyed. Each case runs `python -m fieldkit` in a real process.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

import pytest

SOURCE = Path(__file__).parents[1] / "core" / "fixtures" / "source"
EN_MANUAL = "0123456789abcdef"
ESCAPES = "A\x1b[2J\x1b]0;pwned\x07B\x9b31mC\rD\x7fE"


@dataclass
class Result:
    code: int
    out: str
    err: str


def _env(home: Path | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("FIELDKIT_HOME", "FIELDKIT_LIBRARY")}
    env["PYTHONIOENCODING"] = "utf-8"
    if home is not None:
        env["XDG_CONFIG_HOME"] = str(home / "config")
    return env


def fieldkit(*args: str | Path | bytes, library: Path | None = None,
             data: Path | None = None) -> Result:
    prefix: list[str | Path] = []
    if library is not None:
        prefix += ["--library", library]
    if data is not None:
        prefix += ["--data-dir", data]
    argv = [a if isinstance(a, bytes) else str(a) for a in (*prefix, *args)]
    proc = subprocess.run([sys.executable, "-m", "fieldkit", *argv], capture_output=True,
                          env=_env(data.parent if data else None), timeout=120, check=False)
    return Result(proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8"))


def one_line(result: Result, *words: str, code: int = 1) -> str:
    assert result.code == code, (result.code, result.out, result.err)
    assert "Traceback" not in result.err, result.err
    lines = [line for line in result.err.splitlines() if not line.startswith("usage:")
             and not line.startswith(" ")]
    assert len(lines) == 1, result.err
    assert "error: " in lines[0], lines[0]
    for word in words:
        assert word in lines[0], (word, lines[0])
    return lines[0]


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return tmp_path / "data"


# --- numbers and paths are checked where they are parsed -----------------------------------------
OUT_OF_RANGE = [
    ["search", "x", "--limit", "18446744073709551616"],
    ["search", "x", "--limit", "0"],
    ["search", "x", "--limit", "-5"],
    ["search", "x", "--year-from", str(10**30)],
    ["search", "x", "--year-to", str(-10**30)],
    ["search", "x", "--year-from", "1e3"],
]


def test_numbers_are_bounded_where_they_are_parsed(shared_library_path: Path) -> None:
    for args in OUT_OF_RANGE:
        line = one_line(fieldkit(*args, library=shared_library_path), code=2)
        assert args[2].lstrip("-") in line  # names the option
    at_the_bounds = fieldkit("search", "interpreters", "--limit", "10000", "--year-from", "1",
                             "--year-to", "9999", "--json", library=shared_library_path)
    assert at_the_bounds.code == 0 and json.loads(at_the_bounds.out), at_the_bounds.err


def test_an_empty_data_folder_is_refused_not_the_current_folder(shared_library_path: Path,
                                                                 tmp_path: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "fieldkit", "--data-dir", "", "runs"],
                          capture_output=True, text=True, cwd=tmp_path, env=_env(tmp_path),
                          timeout=60, check=False)
    one_line(Result(proc.returncode, proc.stdout, proc.stderr), "data-dir", "empty", code=2)
    assert list(tmp_path.iterdir()) == []  # nothing created in the current folder


def test_a_library_that_is_a_folder_is_called_a_folder(tmp_path: Path) -> None:
    line = one_line(fieldkit("checklists", library=tmp_path))
    assert "folder" in line and "does not exist" not in line and str(tmp_path) in line


def test_text_that_is_not_utf8_is_a_usage_error(shared_library_path: Path, data: Path) -> None:
    run_id = fieldkit("run", "start", "checkpoint", library=shared_library_path,
                      data=data).out.strip()
    result = fieldkit("run", "tick", run_id, "movement-notified", "--note", b"caf\xe9",
                      library=shared_library_path, data=data)
    one_line(result, "note", "UTF-8", code=2)


# --- a hostile content DB ------------------------------------------------------------------------
def _tampered(shared: Path, tmp_path: Path, sql: str) -> Path:
    path = Path(shutil.copy(shared, tmp_path / "tampered.sqlite"))
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA journal_mode=DELETE")
        conn.execute(sql)
        conn.commit()
    return path


@pytest.mark.parametrize(("sql", "args"), [
    ("UPDATE items SET prompts = '[\"unclosed'", ["checklist", "checkpoint"]),
    ("UPDATE items SET prompts = '42'", ["checklist", "checkpoint"]),
    ("UPDATE records SET key_concepts = '{not json'", ["show", EN_MANUAL]),
    ("UPDATE records SET key_concepts = '{\"a\": 1}'", ["show", EN_MANUAL]),
    ("UPDATE records SET extra = '[1, 2]'", ["show", EN_MANUAL]),
    ("UPDATE prompts SET do = 'nope'", ["prompts"]),
    ("UPDATE prompts SET contexts = '7'", ["prompts", "--context", "checkpoint"]),
])
def test_malformed_json_in_a_content_db_names_the_file(shared_library_path: Path,
                                                       tmp_path: Path, sql: str,
                                                       args: list[str]) -> None:
    lib = _tampered(shared_library_path, tmp_path, sql)
    one_line(fieldkit(*args, library=lib), "tampered.sqlite", "damaged")


def test_a_library_from_a_newer_fieldkit_is_refused_by_name(shared_library_path: Path,
                                                            tmp_path: Path) -> None:
    lib = _tampered(shared_library_path, tmp_path, "UPDATE library_meta SET schema_version = 99")
    for args in (["checklists"], ["search", "checkpoint"], ["info"]):
        one_line(fieldkit(*args, library=lib), "tampered.sqlite", "built for a newer FieldKit")


# --- control characters are shown, never obeyed --------------------------------------------------
def _has_raw_controls(text: str) -> bool:
    return any((ord(c) < 0x20 and c not in "\n\t") or 0x7F <= ord(c) < 0xA0 for c in text)


def test_control_characters_in_notes_are_printed_visibly(shared_library_path: Path,
                                                         data: Path) -> None:
    lib = shared_library_path
    started = fieldkit("run", "start", "checkpoint", "--name", ESCAPES, library=lib, data=data)
    assert started.code == 0, started.err
    run_id = started.out.strip()
    ticked = fieldkit("run", "tick", run_id, "movement-notified", "--note", ESCAPES,
                      library=lib, data=data)
    assert ticked.code == 0, ticked.err
    for args in (["run", "show", run_id], ["runs"]):
        shown = fieldkit(*args, library=lib, data=data)
        assert shown.code == 0, shown.err
        assert not _has_raw_controls(shown.out), repr(shown.out)
        assert "A␛[2J␛]0;pwned␇B\\x9b31mC␍D␡E" in shown.out
    as_json = fieldkit("run", "show", run_id, "--json", library=lib, data=data)
    assert not _has_raw_controls(as_json.out)
    parsed = json.loads(as_json.out)
    assert parsed["name"] == ESCAPES  # JSON keeps the exact text, escaped
    assert next(i for i in parsed["items"] if i["id"] == "movement-notified")["note"] == ESCAPES


def test_control_characters_in_content_are_printed_visibly(tmp_path: Path) -> None:
    src = Path(shutil.copytree(SOURCE, tmp_path / "src"))
    (src / "library" / "009_00000000000000e5.txt").write_text(
        f"Title\nEscape {ESCAPES} title\nSummary\nConvoy {ESCAPES} summary\n", "utf-8")
    lib = tmp_path / "lib.sqlite"
    built = fieldkit("build", src, "-o", lib, data=tmp_path / "data")
    assert built.code == 0, built.err
    for args in (["show", "00000000000000e5"], ["search", "convoy"],
                 ["search", "convoy", "--json"], ["show", "00000000000000e5", "--json"]):
        result = fieldkit(*args, library=lib)
        assert result.code == 0, result.err
        assert not _has_raw_controls(result.out), (args, repr(result.out))
        assert "␛[2J" in result.out or "\\u001b[2J" in result.out, args


def test_an_error_naming_hostile_text_prints_it_visibly(shared_library_path: Path) -> None:
    result = fieldkit("--library", f"{shared_library_path}\x1b[2J", "checklists")
    assert result.code == 1 and not _has_raw_controls(result.err), repr(result.err)


# --- the last resort -----------------------------------------------------------------------------
_BUG = textwrap.dedent("""
    import sys
    from fieldkit import cli

    def broken(args):  # stands for a bug no layer foresaw
        raise ZeroDivisionError("a bug")

    cli.COMMANDS["runs"] = broken
    sys.exit(cli.main(sys.argv[1:]))
""")


def _run_bug(data: Path, tmp: Path) -> Result:
    env = _env(data.parent)
    env["TMPDIR"] = str(tmp)
    proc = subprocess.run([sys.executable, "-c", _BUG, "--data-dir", str(data), "runs"],
                          capture_output=True, text=True, env=env, timeout=60, check=False)
    return Result(proc.returncode, proc.stdout, proc.stderr)


def test_an_unforeseen_failure_is_one_line_and_a_logged_traceback(data: Path,
                                                                  tmp_path: Path) -> None:
    data.mkdir()
    line = one_line(_run_bug(data, tmp_path), "ZeroDivisionError", "fieldkit.log")
    log = data / "logs" / "fieldkit.log"
    assert str(log) in line
    text = log.read_text("utf-8")
    assert "Traceback" in text and "a bug" in text and "fieldkit runs" in text


def test_the_log_falls_back_to_the_temp_folder(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        blocked = tmp_path / "data"
        blocked.write_text("a file where the data folder should be")
    else:
        blocked = tmp_path / "data"
        blocked.mkdir(mode=0o500)
    temp = tmp_path / "tmp"
    temp.mkdir()
    line = one_line(_run_bug(blocked, temp), "ZeroDivisionError")
    logs = list(temp.glob("fieldkit-logs-*/fieldkit.log"))
    assert len(logs) == 1 and str(logs[0]) in line
    assert "a bug" in logs[0].read_text("utf-8")


def test_the_log_stays_small(data: Path, tmp_path: Path) -> None:
    from fieldkit.core.crashlog import MAX_LOG_BYTES

    (data / "logs").mkdir(parents=True)
    (data / "logs" / "fieldkit.log").write_bytes(b"x" * (MAX_LOG_BYTES + 1))
    one_line(_run_bug(data, tmp_path), "ZeroDivisionError")
    assert (data / "logs" / "fieldkit.log").stat().st_size < 64 * 1024
    assert (data / "logs" / "fieldkit.log.1").stat().st_size == MAX_LOG_BYTES + 1


def test_the_gui_hook_logs_and_says_one_line(data: Path, capsys: pytest.CaptureFixture[str]
                                             ) -> None:
    from fieldkit.ui.app import _last_resort_hook

    shown: list[str] = []
    hook = _last_resort_hook(data, lambda text, error: shown.append(text))
    try:
        raise KeyError("slot bug")
    except KeyError as exc:
        hook(type(exc), exc, exc.__traceback__)
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("fieldkit: error: ") and "KeyError" in err
    assert "slot bug" in (data / "logs" / "fieldkit.log").read_text("utf-8")
    assert shown and "KeyError" in shown[0]
