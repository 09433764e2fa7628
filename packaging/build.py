"""`make package`: the bundled library and its signed pack, the PyInstaller one-folder build,
then a normalised tar.gz (sorted names, fixed mtime, owner 0/0, gzip without name or time) and a
.deb, both reproducible for one commit. Prints the archive's SHA-256 and the glibc floor.

Usage: python packaging/build.py [--skip-pyinstaller] [--no-deb]
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import hashlib
import os
import re
import shutil
import sqlite3
import stat
import subprocess
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUILD = ROOT / "build"
DIST = ROOT / "dist"
APP = DIST / "fieldkit"
PACKAGING = ROOT / "packaging"
GLIBC_RE = re.compile(rb"GLIBC_(\d+)\.(\d+)(?:\.(\d+))?")


def version() -> str:
    from fieldkit import __version__

    return __version__


def source_date_epoch() -> int:
    """SOURCE_DATE_EPOCH, else the commit time of HEAD (so two builds of a commit agree)."""
    text = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if text.isdigit():
        return int(text)
    try:
        out = subprocess.run(["git", "log", "-1", "--format=%ct"], cwd=ROOT, check=True,
                             capture_output=True, text=True).stdout.strip()
        return int(out)
    except (OSError, subprocess.CalledProcessError, ValueError):
        return 0


def run(cmd: list[str], env: dict[str, str]) -> None:
    print("+ " + " ".join(cmd), file=sys.stderr)
    subprocess.run(cmd, cwd=ROOT, env=env, check=True)


def build_inputs(env: dict[str, str]) -> None:
    """build/library.sqlite (read in place at first start) and build/library.fkpack."""
    py = sys.executable
    library = BUILD / "library.sqlite"
    run([py, "-m", "fieldkit", "build", "data", "-o", str(library)], env)
    # One file, no WAL: a WAL database makes every reader create `-shm` beside it, which a
    # read-only package folder refuses (and which would change the package folder).
    with contextlib.closing(sqlite3.connect(library)) as conn:
        conn.execute("PRAGMA journal_mode=DELETE")
    run([py, str(PACKAGING / "library_pack.py")], env)


def pyinstaller(env: dict[str, str], dist: Path = DIST, spec: Path | None = None) -> None:
    run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(dist), "--workpath", str(BUILD / "pyinstaller"),
         str(spec or PACKAGING / "fieldkit.spec")], env)


def normalised_tar(folder: Path, out: Path, epoch: int, prefix: str | None = None) -> str:
    """A tar.gz of `folder` that depends only on the files' contents, names and exec bits:
    sorted, mtime `epoch`, owner 0/0 with no names, modes 0755/0644, gzip with no name or time.
    Returns its SHA-256."""
    prefix = prefix or folder.name
    tmp = out.with_name(out.name + ".tmp")
    with tmp.open("wb") as f_out, gzip.GzipFile(filename="", mode="wb", fileobj=f_out,
                                                  mtime=0, compresslevel=9) as gz, \
            tarfile.open(fileobj=gz, mode="w", format=tarfile.GNU_FORMAT) as tar:
        paths = sorted(folder.rglob("*"), key=lambda p: p.relative_to(folder).as_posix())
        for path in [folder, *paths]:
            rel = path.relative_to(folder).as_posix()
            name = prefix if rel == "." else f"{prefix}/{rel}"
            info = tar.gettarinfo(str(path), arcname=name)
            info.mtime = epoch
            info.uid = info.gid = 0
            info.uname = info.gname = ""
            if info.isdir():
                info.mode = 0o755
            elif info.issym():
                info.mode = 0o777
            else:
                info.mode = 0o755 if path.stat().st_mode & stat.S_IXUSR else 0o644
            if info.isfile():
                with path.open("rb") as f:
                    tar.addfile(info, f)
            else:
                tar.addfile(info)
    os.replace(tmp, out)
    with out.open("rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()


def glibc_floor(folder: Path) -> tuple[tuple[int, ...], str]:
    """The highest GLIBC_x.y symbol version any ELF file in `folder` needs (objdump -T), and
    the file that needs it."""
    best: tuple[int, ...] = (0,)
    where = ""
    for path in sorted(folder.rglob("*")):
        if path.is_symlink() or not path.is_file():
            continue
        with path.open("rb") as f:
            if f.read(4) != b"\x7fELF":
                continue
        out = subprocess.run(["objdump", "-T", str(path)], capture_output=True).stdout
        for m in GLIBC_RE.finditer(out):
            v = tuple(int(x) for x in m.groups() if x is not None)
            if v > best:
                best, where = v, str(path.relative_to(folder))
    return best, where


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--skip-pyinstaller", action="store_true",
                   help="only re-make the archive and .deb from dist/fieldkit")
    p.add_argument("--no-deb", action="store_true")
    args = p.parse_args(argv)
    epoch = source_date_epoch()
    env = {**os.environ, "SOURCE_DATE_EPOCH": str(epoch), "PYTHONHASHSEED": "0"}
    os.environ.update({"SOURCE_DATE_EPOCH": str(epoch)})
    if not args.skip_pyinstaller:
        build_inputs(env)
        pyinstaller(env)
    ver = version()
    archive = DIST / f"fieldkit-{ver}-linux-x86_64.tar.gz"
    digest = normalised_tar(APP, archive, epoch)
    floor, where = glibc_floor(APP)
    floor_text = ".".join(map(str, floor))
    (BUILD / "glibc-floor.txt").write_text(f"{floor_text}\n", encoding="utf-8")
    size = archive.stat().st_size
    print(f"{archive.relative_to(ROOT)}: {size / 1e6:.1f} MB")
    print(f"SHA-256 {digest}  {archive.name}")
    print(f"glibc floor: GLIBC_{floor_text} (needed by {where})")
    if not args.no_deb and shutil.which("dpkg-deb"):
        from deb import build_deb

        deb = build_deb(APP, DIST, ver, epoch, glibc=floor_text)
        with deb.open("rb") as f:
            deb_digest = hashlib.file_digest(f, "sha256").hexdigest()
        print(f"{deb.relative_to(ROOT)}: SHA-256 {deb_digest}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(PACKAGING))
    sys.exit(main())
