"""Smoke test of the built package, run as a person would: a fresh machine (empty HOME and XDG
folders), no network, the executable from dist/fieldkit/."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.package.conftest import APP, ROOT, Sandbox

sys.path.insert(0, str(ROOT / "packaging"))
from build import glibc_floor

RECORDED_GLIBC_FLOOR = ROOT / "packaging" / "glibc-floor.txt"


def distinct_colours(png: Path) -> int:
    from PySide6.QtGui import QImage

    image = QImage(str(png))
    assert not image.isNull(), f"{png} is not a readable PNG"
    step = 7
    return len({image.pixel(x, y) for x in range(0, image.width(), step)
                for y in range(0, image.height(), step)})


def test_version_lists_the_bundled_library_installed_as_a_pack(exe: Path,
                                                                sandbox: Sandbox) -> None:
    r = sandbox.run(exe, "--version")
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert lines[0].startswith("fieldkit ")
    assert any(line.startswith("pack core version ") and "content as of" in line
               for line in lines[1:]), r.stdout


def test_search_works_offline_on_first_launch(exe: Path, sandbox: Sandbox) -> None:
    r = sandbox.run(exe, "search", "checkpoint", "--json")
    assert r.returncode == 0, r.stderr
    hits = json.loads(r.stdout)
    assert "checkpoint" in {h["id"] for h in hits if h["kind"] == "checklist"}
    r = sandbox.run(exe, "checklist", "checkpoint", "--json")
    assert r.returncode == 0, r.stderr


def test_home_screenshot_offscreen_is_not_blank(exe: Path, sandbox: Sandbox,
                                                tmp_path: Path) -> None:
    shot = tmp_path / "home-offscreen.png"
    r = sandbox.run(exe, "gui", "--screenshot", str(shot))
    assert r.returncode == 0, r.stderr
    assert distinct_colours(shot) >= 8


def test_home_screenshot_under_xvfb_with_xcb_is_not_blank(exe: Path, sandbox: Sandbox,
                                                          xvfb: str, tmp_path: Path) -> None:
    """Offscreen never loads the X11 plugin and its libraries: this does."""
    shot = tmp_path / "home-xcb.png"
    r = sandbox.run(exe, "gui", "--screenshot", str(shot), extra={
        "DISPLAY": xvfb, "FIELDKIT_SCREENSHOT_PLATFORM": "xcb", "QT_DEBUG_PLUGINS": "1"})
    assert r.returncode == 0, r.stderr[-3000:]
    assert "libqxcb.so" in r.stderr, "the xcb platform plugin was not the one loaded"
    assert distinct_colours(shot) >= 8


# Every screen (the window imports a screen's module by name when it is first shown, which
# PyInstaller cannot see: the spec names them), and checkpoint mode's threat card.
SCREEN_VIEWS = ("library", "checklists", "checklist:checkpoint", "prompts", "worksheets",
                "sync", "settings", "run", "checkpoint", "threatened", "search:checkpoint")


def test_the_package_carries_the_ca_bundle() -> None:
    """HTTPS sync adds certifi's bundle to the system store (fetch.py): it must be there."""
    bundle = APP / "_internal" / "certifi" / "cacert.pem"
    assert bundle.is_file() and b"BEGIN CERTIFICATE" in bundle.read_bytes()[:4096]


def test_every_screen_is_in_the_list() -> None:
    from fieldkit.ui.main_window import _SCREENS

    opened = {view.partition(":")[0] for view in SCREEN_VIEWS}
    assert {name for name, *_rest in _SCREENS} - {"home"} <= opened


@pytest.mark.parametrize("view", SCREEN_VIEWS)
def test_every_screen_opens_in_the_package(exe: Path, sandbox: Sandbox, tmp_path: Path,
                                           view: str) -> None:
    shot = tmp_path / "screen.png"
    r = sandbox.run(exe, "gui", "--view", view, "--screenshot", str(shot))
    assert r.returncode == 0, r.stderr
    assert "ModuleNotFoundError" not in r.stderr
    assert distinct_colours(shot) >= 8


PASSPHRASE = "correct horse battery staple"


def test_passphrase_encrypts_the_user_data_in_the_package(exe: Path, sandbox: Sandbox) -> None:
    """SQLCipher (sqlcipher3 and its own libcrypto) is in the package: after `passphrase set`
    a run is written and listed with the passphrase, refused without it, and its name is
    nowhere in the user DB's bytes."""
    r = subprocess.run([str(exe), "passphrase", "set"], input=f"{PASSPHRASE}\n{PASSPHRASE}\n",
                       env=sandbox.env, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    unlocked = {"FIELDKIT_PASSPHRASE": PASSPHRASE}
    r = sandbox.run(exe, "run", "start", "checkpoint", "--name", "Zebra crossing 77",
                    extra=unlocked)
    assert r.returncode == 0, r.stderr
    r = sandbox.run(exe, "runs", extra=unlocked)
    assert r.returncode == 0, r.stderr
    assert "Zebra crossing 77" in r.stdout
    r = sandbox.run(exe, "runs")
    assert r.returncode == 1 and r.stderr.startswith("fieldkit: error: "), r.stderr
    assert "Traceback" not in r.stderr
    dbs = [p for p in sandbox.home.parent.rglob("user.sqlite*") if p.is_file()]
    assert any(p.name == "user.sqlite" for p in dbs), dbs
    for db in dbs:
        assert b"Zebra crossing" not in db.read_bytes(), f"{db} holds the run name in plaintext"
        assert not db.read_bytes().startswith(b"SQLite format 3"), f"{db} is not encrypted"


def test_arabic_cli_prints_arabic(exe: Path, sandbox: Sandbox) -> None:
    r = sandbox.run(exe, "--lang", "ar", "checklists")
    assert r.returncode == 0, r.stderr
    assert any("\u0600" <= ch <= "\u06ff" for ch in r.stdout), r.stdout[:500]


def test_arabic_screenshot_uses_the_packaged_catalogues_and_font(exe: Path, sandbox: Sandbox,
                                                                 tmp_path: Path) -> None:
    """The Arabic window renders from the package's own files: FieldKit's catalogue, Qt's
    qtbase_ar.qm (kept by the trim rules) and the bundled Noto Sans Arabic UI (traced opens)."""
    strace = shutil.which("strace")
    if strace is None:
        pytest.fail("strace is missing (.ci/run installs it)")
    shot, trace = tmp_path / "home-ar.png", tmp_path / "opens.txt"
    r = subprocess.run([strace, "-f", "-qq", "-e", "trace=openat", "-o", str(trace), str(exe),
                        "gui", "--lang", "ar", "--screenshot", str(shot)],
                       env=sandbox.env, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr[-3000:]
    assert distinct_colours(shot) >= 8
    opened = [line for line in trace.read_text().splitlines() if "ENOENT" not in line]
    inside = str(APP.resolve())
    for needed in ("assets/translations/fieldkit_ar.qm", "Qt/translations/qtbase_ar.qm",
                   "assets/fonts/NotoSansArabicUI-Regular.ttf"):
        assert any(inside in line and needed in line for line in opened), \
            f"the packaged app did not open its {needed}"


def test_the_package_carries_every_shipped_language(exe: Path) -> None:
    internal = APP / "_internal"
    for language in ("es", "fr", "ar"):
        for catalogue in (internal / "assets" / "translations" / f"fieldkit_{language}.qm",
                          internal / "PySide6" / "Qt" / "translations" / f"qtbase_{language}.qm"):
            assert catalogue.is_file() and catalogue.stat().st_size > 0, catalogue
    # English's own plurals ('1 record', '3 records'); Qt's text is English already
    english = internal / "assets" / "translations" / "fieldkit_en.qm"
    assert english.is_file() and english.stat().st_size > 0, english


def _sign_newer_core(out: Path) -> Path | None:
    """A newer version of the bundled `core` pack, signed with the development key the build
    used; None when the package was signed with a release key this test does not hold."""
    if os.environ.get("FIELDKIT_SIGNING_KEY"):
        return None
    from library_pack import dev_key_dir

    from fieldkit.packs.manifest import create_pack
    from fieldkit.packs.signing import load_signing_key

    key = dev_key_dir() / "dev.key"
    if not key.is_file():
        return None
    bundled = json.loads((APP / "_internal" / "library-pack.json").read_text())
    path = out / "core-next.fkpack"
    create_pack(ROOT / "data", load_signing_key(key), "core", bundled["version"] + 1, path)
    return path


def test_install_a_pack_and_sync_from_a_folder(exe: Path, sandbox: Sandbox,
                                               tmp_path: Path) -> None:
    from fieldkit.packs.manifest import create_pack
    from fieldkit.packs.signing import generate_key, write_keypair
    from tests.packs.conftest import PACK_SOURCE

    key = generate_key()
    _priv, pub = write_keypair(key, tmp_path / "keys", "test")
    r = sandbox.run(exe, "trust", "add", str(pub))
    assert r.returncode == 0, r.stderr
    create_pack(PACK_SOURCE, key, "regional", 1, tmp_path / "regional-1.fkpack")
    r = sandbox.run(exe, "pack", "install", str(tmp_path / "regional-1.fkpack"))
    assert r.returncode == 0, r.stderr
    stick = tmp_path / "stick"
    create_pack(PACK_SOURCE, key, "regional", 2, stick / "regional-2.fkpack")
    newer_core = _sign_newer_core(stick)
    r = sandbox.run(exe, "sync", str(stick))
    assert r.returncode == 0, r.stderr
    r = sandbox.run(exe, "pack", "list", "--json")
    versions = {p["id"]: p["version"] for p in json.loads(r.stdout)}
    assert versions["regional"] == 2
    bundled = json.loads((APP / "_internal" / "library-pack.json").read_text())["version"]
    # the bundled library is a pack like any other: a later sync upgrades it
    assert versions["core"] == (bundled + 1 if newer_core else bundled)
    r = sandbox.run(exe, "search", "clinic", "--json")
    assert "clinic-visit" in {h["id"] for h in json.loads(r.stdout)}


def test_a_big_build_parses_in_forked_workers(exe: Path, sandbox: Sandbox,
                                             tmp_path: Path) -> None:
    """`fieldkit build` forks parsing workers from a big export; the package leaves out
    PyInstaller's multiprocessing start-up hook (it serves spawned workers only)."""
    import sqlite3

    from fieldkit.core.build import _PARALLEL_FROM

    sys.path.insert(0, str(ROOT / "bench"))
    from corpus import generate_corpus

    if (os.cpu_count() or 1) < 2:
        pytest.skip("one CPU: the build parses in its own process")
    strace = shutil.which("strace")
    if strace is None:
        if os.environ.get("FIELDKIT_CI"):
            pytest.fail("strace is missing (.ci/run installs it)")
        pytest.skip("strace is not installed")
    records = _PARALLEL_FROM + 500
    generate_corpus(tmp_path / "src", records, seed=7, vocabulary_size=2000)
    out = tmp_path / "big.sqlite"
    trace = tmp_path / "forks.txt"
    r = subprocess.run([strace, "-f", "-e", "trace=clone,clone3,fork,vfork", "-o", str(trace),
                        str(exe), "build", str(tmp_path / "src"), "-o", str(out)],
                       env=sandbox.env, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    assert f"{records} records" in r.stdout
    # a new process is a clone without CLONE_VM (a thread shares the memory)
    forks = [line for line in trace.read_text().splitlines()
             if "clone" in line and "CLONE_VM" not in line and "= -1" not in line]
    assert len(forks) >= 2, "the build did not fork its parsing workers"
    with sqlite3.connect(f"file:{out}?mode=ro", uri=True) as db:
        assert db.execute("SELECT count(*) FROM records").fetchone()[0] == records


def _tree(folder: Path) -> dict[str, tuple[int, int]]:
    return {str(p.relative_to(folder)): (p.lstat().st_size, p.lstat().st_mtime_ns)
            for p in folder.rglob("*")}


def test_portable_mode_writes_nothing_outside_its_folder(exe: Path, sandbox: Sandbox,
                                                         tmp_path: Path) -> None:
    stick = tmp_path / "usb"
    shutil.copytree(APP, stick / "fieldkit", symlinks=True)
    portable_exe = stick / "fieldkit" / exe.name
    (stick / "fieldkit" / "portable").write_text("")
    before = _tree(stick / "fieldkit")
    for args in (("--version",), ("search", "checkpoint", "--json"),
                 ("run", "start", "checkpoint", "--name", "Km 42"),
                 ("gui", "--screenshot", str(tmp_path / "portable.png"))):
        r = sandbox.run(portable_exe, *args)
        assert r.returncode == 0, (args, r.stderr)
    assert sandbox.written() == [], "portable mode wrote to the profile"
    data = stick / "fieldkit" / "FieldKit-data"
    assert (data / ".private" / "user.sqlite").is_file()
    assert (data / "packs" / "installed.json").is_file()
    after = {k: v for k, v in _tree(stick / "fieldkit").items()
             if k != "FieldKit-data" and not k.startswith("FieldKit-data/")}
    assert after == {**before, "portable": before["portable"]}


def test_the_package_folder_is_never_written(exe: Path, sandbox: Sandbox) -> None:
    """Root ignores read-only modes, so this checks the stronger thing: after a first run,
    a search and a screenshot, not one file in the package folder changed."""
    before = _tree(APP)
    for args in (("--version",), ("search", "negotiation", "--json")):
        r = sandbox.run(exe, *args)
        assert r.returncode == 0, r.stderr
    assert _tree(APP) == before


def test_glibc_floor_does_not_rise() -> None:
    if not shutil.which("objdump"):
        pytest.fail("objdump is missing (binutils; .ci/run installs it)")
    floor, where = glibc_floor(APP)
    recorded = tuple(int(x) for x in RECORDED_GLIBC_FLOOR.read_text().split()[0].split("."))
    print(f"glibc floor: GLIBC_{'.'.join(map(str, floor))} (needed by {where}); "
          f"recorded {'.'.join(map(str, recorded))}")
    assert floor <= recorded, f"{where} raised the glibc floor"


def test_the_deb_installs_and_runs(exe: Path, sandbox: Sandbox, tmp_path: Path) -> None:
    """In CI (root, a throw-away machine) `dpkg -i` for real, then `fieldkit` from the PATH;
    elsewhere the same package unpacked into a folder (a shared machine's /opt stays alone)."""
    import subprocess

    debs = sorted((ROOT / "dist").glob("fieldkit_*_amd64.deb"))
    assert debs, "make package wrote no .deb"
    deb = debs[-1]
    listing = subprocess.run(["dpkg-deb", "-c", str(deb)], capture_output=True, text=True,
                             check=True).stdout
    for needed in ("./opt/fieldkit/fieldkit", "./usr/share/applications/fieldkit.desktop",
                   "./usr/share/icons/hicolor/256x256/apps/fieldkit.png",
                   "./usr/bin/fieldkit -> /opt/fieldkit/fieldkit"):
        assert needed in listing, f"{needed} is not in {deb.name}"
    depends = subprocess.run(["dpkg-deb", "-f", str(deb), "Depends"], capture_output=True,
                             text=True, check=True).stdout
    measured = (ROOT / "build" / "glibc-floor.txt").read_text().strip()
    assert f"libc6 (>= {measured})" in depends and "libstdc++6" in depends, depends
    system = os.environ.get("FIELDKIT_CI") and os.geteuid() == 0
    if system:
        subprocess.run(["dpkg", "-i", str(deb)], check=True, capture_output=True)
        installed = Path(shutil.which("fieldkit", path="/usr/bin") or "/usr/bin/fieldkit")
    else:
        subprocess.run(["dpkg-deb", "-x", str(deb), str(tmp_path / "root")], check=True)
        installed = tmp_path / "root" / "opt" / "fieldkit" / "fieldkit"
    try:
        r = sandbox.run(installed, "--version")
        assert r.returncode == 0, r.stderr
        assert "pack core version" in r.stdout
        r = sandbox.run(installed, "search", "checkpoint", "--json")
        assert r.returncode == 0, r.stderr
        assert json.loads(r.stdout)
    finally:
        if system:
            subprocess.run(["dpkg", "-r", "fieldkit"], check=True, capture_output=True)


def test_the_archive_is_reproducible_from_the_folder(exe: Path, tmp_path: Path) -> None:
    """The tar step again from the same dist/fieldkit gives the same bytes as `make package`'s
    archive (sorted, fixed mtime and owner, gzip without name or time). That PyInstaller
    gives the same folder for one commit is checked by hand (packaging/README.md): two full
    builds in every CI run would cost more than the whole smoke test."""
    import tarfile

    from build import normalised_tar

    archives = sorted((ROOT / "dist").glob("fieldkit-*-linux-x86_64.tar.gz"))
    assert archives, "make package wrote no archive"
    with tarfile.open(archives[-1]) as tar:
        first = tar.next()
        assert first is not None
        epoch = first.mtime
        assert (first.uid, first.gid, first.uname, first.gname) == (0, 0, "", "")
    again = tmp_path / archives[-1].name
    digest = normalised_tar(APP, again, epoch)
    with archives[-1].open("rb") as f:
        assert digest == hashlib.file_digest(f, "sha256").hexdigest()
