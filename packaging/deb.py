"""The .deb: dist/fieldkit/ under /opt/fieldkit, `fieldkit` on the PATH (/usr/bin symlink),
the .desktop entry and the icons under /usr/share; built by dpkg-deb with owner root and
SOURCE_DATE_EPOCH-clamped times, so it is reproducible like the tar.gz. Depends names the
desktop's base libraries that packaging/trim.py leaves to the system, and the measured glibc
floor."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent
ICONS = PACKAGING.parent / "assets" / "icons"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)

CONTROL = """Package: fieldkit
Version: {version}
Architecture: amd64
Maintainer: FieldKit maintainers <fieldkit@example.org>
Section: utils
Priority: optional
Depends: libc6 (>= {glibc}), libstdc++6 (>= 11), libgcc-s1, libglib2.0-0t64 | libglib2.0-0,
 libfontconfig1, libfreetype6, libx11-6, libx11-xcb1, libxcb1, libdbus-1-3, libxkbcommon0,
 libexpat1, zlib1g, libegl1 | libgl1
Description: offline field companion for humanitarian responders
 A searchable humanitarian-diplomacy library, checkpoint and meeting checklists,
 worksheets and cultural prompts, all offline. Updates come as signed packs.
"""


def build_deb(app: Path, dist: Path, version: str, epoch: int, glibc: str = "2.34") -> Path:
    out = dist / f"fieldkit_{version}_amd64.deb"
    with tempfile.TemporaryDirectory(prefix="fieldkit-deb-") as tmp:
        root = Path(tmp) / "root"
        shutil.copytree(app, root / "opt" / "fieldkit", symlinks=True)
        (root / "usr" / "bin").mkdir(parents=True)
        os.symlink("/opt/fieldkit/fieldkit", root / "usr" / "bin" / "fieldkit")
        apps = root / "usr" / "share" / "applications"
        apps.mkdir(parents=True)
        shutil.copyfile(PACKAGING / "fieldkit.desktop", apps / "fieldkit.desktop")
        for size in ICON_SIZES:
            d = root / "usr" / "share" / "icons" / "hicolor" / f"{size}x{size}" / "apps"
            d.mkdir(parents=True)
            shutil.copyfile(ICONS / f"fieldkit-{size}.png", d / "fieldkit.png")
        scalable = root / "usr" / "share" / "icons" / "hicolor" / "scalable" / "apps"
        scalable.mkdir(parents=True)
        shutil.copyfile(ICONS / "fieldkit.svg", scalable / "fieldkit.svg")
        (root / "DEBIAN").mkdir()
        (root / "DEBIAN" / "control").write_text(CONTROL.format(version=version, glibc=glibc),
                                                 encoding="utf-8")
        for path in [root, *root.rglob("*")]:  # the umask must not leak into the package
            if path.is_symlink():
                continue
            if path.is_dir() or os.access(path, os.X_OK):
                path.chmod(0o755)
            else:
                path.chmod(0o644)
        env = {**os.environ, "SOURCE_DATE_EPOCH": str(epoch)}
        subprocess.run(["dpkg-deb", "--root-owner-group", "-Zgzip", "-z6", "--build", str(root),
                        str(out)], check=True, env=env, stdout=subprocess.DEVNULL)
    return out
