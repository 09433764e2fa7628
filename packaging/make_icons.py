"""Renders assets/icons/fieldkit.svg into the PNG sizes (Linux, the window icon) and the .ico
(Windows) that are committed beside it. Run after editing the SVG: `python packaging/make_icons.py`.
Needs QtSvg (in PySide6-Essentials) only here, never at run time.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

SIZES = (16, 24, 32, 48, 64, 128, 256)
ICONS = Path(__file__).resolve().parents[1] / "assets" / "icons"


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / "fieldkit.svg"))
    if not renderer.isValid():
        print(f"make_icons: {ICONS / 'fieldkit.svg'} is not a valid SVG", file=sys.stderr)
        return 1
    images = {}
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        image.save(str(ICONS / f"fieldkit-{size}.png"))
        images[size] = image
    write_ico(ICONS / "fieldkit.ico", [ICONS / f"fieldkit-{s}.png" for s in (16, 32, 48, 256)])
    return 0


def write_ico(out: Path, pngs: list[Path]) -> None:
    """An ICO holding PNG images (Windows Vista and later read them)."""
    import struct

    from PySide6.QtGui import QImage

    datas = [p.read_bytes() for p in pngs]
    header = struct.pack("<HHH", 0, 1, len(datas))
    offset = 6 + 16 * len(datas)
    entries = b""
    for path, data in zip(pngs, datas, strict=True):
        size = QImage(str(path)).width()
        dim = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    out.write_bytes(header + entries + b"".join(datas))


if __name__ == "__main__":
    sys.exit(main())
