"""Install, upgrade, rollback, remove; the read side over installed packs; refusals that leave
everything as it was; and a pack being installed when the process is killed at any moment."""

from __future__ import annotations

import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from fieldkit.cli import main
from fieldkit.cli_packs import library_paths
from fieldkit.core.backup import list_backups
from fieldkit.core.library import LibrarySet
from fieldkit.core.paths import user_db_path
from fieldkit.core.userdata import UserData
from fieldkit.packs import slim
from fieldkit.packs.errors import SignatureError, TrustError, VersionError
from fieldkit.packs.install import (
    db_path,
    install_pack,
    installed_packs,
    read_pointer,
    rollback_pack,
)
from fieldkit.packs.manifest import verify_pack
from fieldkit.packs.trust import TrustStore, parse_root

from .conftest import make_root, pointer_bytes


@pytest.fixture(autouse=True)
def bundled(shared_library_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("FIELDKIT_LIBRARY", str(shared_library_path))
    return shared_library_path


def _tree(home: Path) -> list[str]:
    base = home / "packs"
    return sorted(str(p.relative_to(base)) for p in base.rglob("*")) if base.exists() else []


def _cli_json(capsys, *argv: str) -> object:
    capsys.readouterr()
    assert main(list(argv)) == 0
    return json.loads(capsys.readouterr().out)


def test_install_upgrade_rollback_remove(home: Path, packs: dict[str, Path], capsys) -> None:
    d = ["--data-dir", str(home)]
    assert main(["pack", "install", str(packs["regional-1"]), *d]) == 0
    listed = _cli_json(capsys, "pack", "list", "--json", *d)
    assert [(p["id"], p["version"]) for p in listed] == [("regional", 1)]
    assert set(listed[0]) >= {"id", "version", "title", "installed_at", "content_as_of"}
    # search sees the installed pack and the bundled library together
    hits = _cli_json(capsys, "search", "Clinic", "--json", *d)
    assert hits, "the regional pack's record is found"
    assert _cli_json(capsys, "checklists", "--json", *d)
    assert main(["pack", "install", str(packs["regional-3"]), *d]) == 0
    assert "from version 1 to 3" in capsys.readouterr().out
    assert [p.current.version for p in installed_packs(home)] == [3]
    assert main(["pack", "install", str(packs["regional-3"]), *d]) == 0
    assert "already installed" in capsys.readouterr().out
    # each version in its own folder, the previous kept for rollback
    p = installed_packs(home)[0]
    assert p.previous is not None and db_path(home, "regional", p.previous).is_file()
    assert main(["pack", "rollback", "regional", *d]) == 0
    assert [p.current.version for p in installed_packs(home)] == [1]
    assert rollback_pack(home, "regional").version == 3  # and forward again
    assert main(["pack", "remove", "regional", *d]) == 0
    assert installed_packs(home) == []
    assert not (home / "packs" / "regional").exists()
    # the pack id stays bound to its root
    assert read_pointer(home).owners["regional"]
    assert main(["pack", "rollback", "regional", *d]) == 1
    assert capsys.readouterr().err.startswith("fieldkit: error: pack regional is not installed")


def test_nothing_installed_reads_the_bundled_library_as_before(home: Path, bundled: Path) -> None:
    assert library_paths(home) == [bundled]


def test_an_installed_pack_with_the_bundled_id_replaces_it(home, packs, bundled) -> None:
    install_pack(home, packs["core-1"])
    install_pack(home, packs["regional-1"])
    paths = library_paths(home)
    assert bundled not in paths and len(paths) == 2
    with LibrarySet(paths) as libs:
        assert {i.id for i in libs.infos} == {"test-core", "regional"}
        assert libs.checklists()


def test_rollback_attack_is_refused_and_nothing_changes(home, packs) -> None:
    install_pack(home, packs["regional-2"])
    before, tree = pointer_bytes(home), _tree(home)
    with pytest.raises(VersionError, match="older than the installed version 2 "
                                            r"\(rollback refused\)"):
        install_pack(home, packs["regional-1"])
    assert pointer_bytes(home) == before and _tree(home) == tree


def test_same_version_with_other_content_is_refused(home, packs, publisher, tmp_path) -> None:
    from fieldkit.packs.manifest import create_pack

    from .conftest import SOURCE

    install_pack(home, packs["regional-2"])
    other = create_pack(SOURCE, publisher, "regional", 2, tmp_path / "o.fkpack")
    assert other.version == 2
    before = pointer_bytes(home)
    with pytest.raises(VersionError, match="differs from the installed copy"):
        install_pack(home, tmp_path / "o.fkpack")
    assert pointer_bytes(home) == before


def test_wrong_software_a_pack_id_belongs_to_its_first_root(home, packs, stranger) -> None:
    install_pack(home, packs["regional-1"])
    TrustStore(home).add(parse_root(make_root(stranger)))  # trusted for its own packs
    before, tree = pointer_bytes(home), _tree(home)
    with pytest.raises(TrustError, match="wrong software"):
        install_pack(home, packs["stranger"])
    assert pointer_bytes(home) == before and _tree(home) == tree


def test_arbitrary_installation_is_refused_before_anything_is_written(home, packs) -> None:
    with pytest.raises(SignatureError):
        install_pack(home, packs["stranger"])
    assert pointer_bytes(home) is None and _tree(home) in ([], [".lock"])


def test_a_backup_of_the_user_db_is_taken_before_each_install(home, packs,
                                                              shared_library_path) -> None:
    with LibrarySet([shared_library_path]) as libs, UserData(home) as user:
        run = user.runs.start(libs.checklists()[0] and libs.checklist(libs.checklists()[0].id))
    install_pack(home, packs["regional-1"])
    assert [b.kind for b in list_backups(home)] == ["install"]
    with UserData(home) as user:
        assert user.runs.get(run.id).id == run.id


def test_a_damaged_or_too_new_pack_is_named_and_the_others_keep_working(home, packs,
                                                                       capsys) -> None:
    install_pack(home, packs["core-1"])
    install_pack(home, packs["regional-1"])
    d = ["--data-dir", str(home)]
    [current] = [p.current for p in installed_packs(home) if p.id == "regional"]
    regional = db_path(home, "regional", current)
    with sqlite3.connect(regional) as conn:
        conn.execute("UPDATE library_meta SET schema_version = 99")
    conn.close()
    capsys.readouterr()
    assert main(["checklists", "--json", *d]) == 0
    out = capsys.readouterr()
    assert json.loads(out.out) and "pack regional version 1 needs a newer FieldKit" in out.err
    regional.write_bytes(b"this is not a database" * 100)
    assert main(["search", "checkpoint", "--json", *d]) == 0
    out = capsys.readouterr()
    assert json.loads(out.out) and "pack regional version 1 is damaged" in out.err


def test_verify_after_install_leaves_the_pack_valid(home, packs) -> None:
    install_pack(home, packs["regional-1"])
    m, _root = verify_pack(packs["regional-1"], TrustStore(home))
    p = installed_packs(home)[0]
    full = db_path(home, "regional", p.current)
    assert slim.integrity_ok(full) and slim.content_digest(full) == m.content_digest


# --- SIGKILL at random moments ----------------------------------------------------------------

# A small fork server: imports once, then for each trial forks a real process that installs
# and SIGKILLs it after the given delay (or lets it finish when the delay is negative). Forking
# from a process that holds no database keeps each trial to a few milliseconds of overhead.
_FORKER = """
import os, signal, sys, time
from pathlib import Path
from fieldkit.packs.install import install_pack
print("ready", flush=True)
for line in sys.stdin:
    home, pack, delay = line.split("\\t")
    start = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        try:
            install_pack(Path(home), Path(pack))
        finally:
            os._exit(0)
    if float(delay) >= 0:
        time.sleep(float(delay))
        os.kill(pid, signal.SIGKILL)
    _, status = os.waitpid(pid, 0)
    killed = os.WIFSIGNALED(status)
    print(f"{'killed' if killed else 'finished'} {time.perf_counter() - start:.4f}", flush=True)
"""
TRIALS = 60


def _user_rows(home: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(f"file:{user_db_path(home)}?mode=ro", uri=True) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = conn.execute("SELECT * FROM runs ORDER BY id").fetchall()
        rows += conn.execute("SELECT * FROM run_items ORDER BY run_id, item_id").fetchall()
    conn.close()
    return rows


def test_sigkill_during_install_leaves_the_old_or_the_new_pack(tmp_path, home, packs,
                                                               shared_library_path) -> None:
    with LibrarySet([shared_library_path]) as libs, UserData(home) as user:
        c = libs.checklist(libs.checklists()[0].id)
        run = user.runs.start(c, "before the update")
        user.runs.tick(run.id, c.phases[0].items[0].id, note="ticked")
    install_pack(home, packs["regional-1"])
    user_rows = _user_rows(home)
    digests = {v: verify_pack(packs[f"regional-{v}"], TrustStore(home))[0].content_digest
               for v in (1, 3)}
    template = tmp_path / "template"
    shutil.copytree(home, template)

    forker = subprocess.Popen([sys.executable, "-c", _FORKER], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    assert forker.stdin is not None and forker.stdout is not None
    assert forker.stdout.readline() == "ready\n"

    def trial(where: Path, delay: float) -> tuple[str, float]:
        forker.stdin.write(f"{where}\t{packs['regional-3']}\t{delay}\n")  # type: ignore[union-attr]
        forker.stdin.flush()  # type: ignore[union-attr]
        outcome, seconds = forker.stdout.readline().split()  # type: ignore[union-attr]
        return outcome, float(seconds)

    try:
        # how long an uninterrupted install takes: the kills land inside that window
        windows = []
        for n in range(3):
            shutil.copytree(template, tmp_path / f"timed-{n}")
            outcome, seconds = trial(tmp_path / f"timed-{n}", -1)
            assert outcome == "finished"
            assert installed_packs(tmp_path / f"timed-{n}")[0].current.version == 3
            windows.append(seconds)
        window = sorted(windows)[1]
        outcomes = {1: 0, 3: 0}
        killed = 0
        rng = random.Random(6)
        for n in range(TRIALS):
            where = tmp_path / f"trial-{n}"
            shutil.copytree(template, where)
            outcome, _ = trial(where, rng.uniform(0, window * 1.5))
            killed += outcome == "killed"
            [p] = installed_packs(where)
            outcomes[p.current.version] += 1
            full = db_path(where, "regional", p.current)
            assert slim.integrity_ok(full), n
            assert slim.content_digest(full) == digests[p.current.version], n
            with LibrarySet(library_paths(where)) as libs:
                assert libs.search("Clinic").hits, n
            assert _user_rows(where) == user_rows, n
            if n % 15 == 0:  # the next install completes over whatever was left behind
                install_pack(where, packs["regional-3"])
                [after] = installed_packs(where)
                assert after.current.version == 3 and after.previous is not None
                assert sorted(x.name for x in (where / "packs" / "regional").iterdir()) == \
                    sorted({after.current.dir, after.previous.dir})
            shutil.rmtree(where)
    finally:
        forker.stdin.close()
        forker.wait(timeout=30)
        forker.stdout.close()
    print(f"SIGKILL trials: {TRIALS} ({killed} killed mid-install), old kept {outcomes[1]}, "
          f"new installed {outcomes[3]}, none mixed; install takes {window * 1000:.0f} ms")
    assert outcomes[1] and outcomes[3] and killed >= TRIALS // 4, (outcomes, killed)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 100 KiB tmpfs: room for the trust store and a pack file, not for an index build."""
    mount = tmp_path / "small"
    mount.mkdir()
    if os.geteuid() != 0 or subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=100k", "tmpfs", str(mount)],
            capture_output=True).returncode != 0:
        pytest.skip("needs root to mount a small tmpfs")
    try:
        yield mount
    finally:
        subprocess.run(["umount", str(mount)], check=True)


def test_disk_full_during_install_changes_nothing(small_disk: Path, publisher, packs,
                                                  capsys) -> None:
    home = small_disk / "home"
    TrustStore(home).add(parse_root(make_root(publisher)))
    assert main(["pack", "install", str(packs["regional-1"]), "--data-dir", str(home)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("fieldkit: error: ") and err.count("\n") == 1
    assert "disk" in err or "No space" in err, err
    assert pointer_bytes(home) is None
    assert [p.name for p in (home / "packs").rglob("*") if p.name != ".lock"] in (
        [], ["regional"])
