"""What the package leaves out, and why: one list used by packaging/fieldkit.spec and by the
benchmark's trimmed hello window (bench/package.py), so both are trimmed by the same rules.

PyInstaller's link analysis pulls in every library a collected plugin needs; excluding Python
modules alone does not remove them, so the rules filter the built TOCs (a.binaries, a.datas) by
destination name. Names use '/' (TOC names are normalised before matching), so the rules hold on
Windows and macOS too, where most simply match nothing.
"""

from __future__ import annotations

import re
from pathlib import Path

from icu_data import SONAME_RE, reduce_library

# Where the reduced ICU data library is built (once per input and rules).
ICU_CACHE = Path(__file__).resolve().parents[1] / "build" / "icu-data"

# (pattern on the destination name, reason). Matching is case-sensitive, on '/'-separated names.
EXCLUDE: list[tuple[str, str]] = [
    # GTK: the platform theme plugin only mimics GTK dialogs and colours; it drags in the whole
    # GTK 3 stack (about 20 MB). FieldKit draws its own theme and uses Qt's own file dialogs.
    (r"plugins/platformthemes/libqgtk3\.so$", "GTK platform theme: FieldKit has its own theme"),
    (r"(^|/)lib(gtk|gdk)-3\.so", "GTK 3 stack, only for the GTK theme plugin"),
    (r"(^|/)libgdk_pixbuf-2\.0\.so", "GTK 3 stack, only for the GTK theme plugin"),
    (r"(^|/)libatk(-bridge)?-[0-9.]+\.so", "GTK 3 stack (accessibility toolkit for GTK)"),
    (r"(^|/)libatspi\.so", "GTK 3 stack (AT-SPI client for GTK; Qt has its own bridge)"),
    (r"(^|/)libcairo(-gobject)?\.so", "GTK 3 stack (cairo drawing), only for the GTK plugin"),
    (r"(^|/)libpango(cairo|ft2)?-1\.0\.so", "GTK 3 stack (pango text), only for the GTK plugin"),
    (r"(^|/)libepoxy\.so", "GTK 3 stack (GL dispatch for GTK)"),
    (r"(^|/)libcolord\.so|(^|/)libcloudproviders\.so|(^|/)libtracker",
     "GTK 3 stack (colour management, cloud providers, search) for the GTK file chooser"),
    (r"(^|/)libXcomposite\.so|(^|/)libXdamage\.so|(^|/)libXcursor\.so|(^|/)libXinerama\.so|"
     r"(^|/)libXrandr\.so|(^|/)libXi\.so|(^|/)libXfixes\.so|(^|/)libXext\.so|"
     r"(^|/)libXrender\.so", "X11 client libraries GTK links; Qt's xcb plugin uses xcb"),
    (r"(^|/)libpixman-1\.so|(^|/)libthai\.so|(^|/)libdatrie\.so|(^|/)libfribidi\.so|"
     r"(^|/)libgraphite2\.so|(^|/)libjpeg\.so|(^|/)libtiff\.so|(^|/)libwebp|(^|/)libdeflate|"
     r"(^|/)libjbig|(^|/)libLerc|(^|/)libsharpyuv",
     "libraries only GTK, cairo, pango or gdk-pixbuf use"),
    # QtNetwork is kept: single_instance.py uses QLocalServer/QLocalSocket. Its plugins are not:
    # sync speaks HTTPS through urllib3 and Python's ssl, never through Qt.
    (r"plugins/tls/", "Qt TLS backends: FieldKit's HTTPS is Python's ssl (kept), not Qt's"),
    (r"plugins/networkinformation/", "Qt network-information plugins: nothing asks Qt about "
     "the network"),
    # Kerberos stays: libQt6Network links libgssapi_krb5 (NEEDED), and QtNetwork is used.
    # Image formats: the app shows PNG (built into QtGui) and its own icons; it never loads
    # GIF, JPEG, ICO, SVG, WebP or TIFF images.
    (r"plugins/imageformats/", "image-format plugins: PNG is built in; no other format is read"),
    (r"plugins/iconengines/", "SVG icon engine: icons are PNG"),
    # GL and input: widgets paint in software; EGL/GLX integrations only serve OpenGL windows.
    (r"plugins/egldeviceintegrations/", "EGL device integrations (eglfs, embedded boards)"),
    (r"plugins/xcbglintegrations/", "xcb GL integrations: no OpenGL windows"),
    (r"plugins/generic/", "evdev/tslib/libinput generic input plugins (kiosk boards, not "
     "desktops; desktop input goes through xcb/wayland)"),
    (r"plugins/platforms/lib(qeglfs|qlinuxfb|qminimalegl|qminimal|qvnc|qvkkhrdisplay)\.so$",
     "platforms for embedded framebuffers and VNC; kept: xcb, wayland, offscreen"),
    (r"plugins/wayland-graphics-integration-(client|server)/",
     "Wayland server-buffer integrations (compositor-shared GL buffers; they need QtOpenGL); "
     "ordinary windows use wl_shm, built into the wayland plugin"),
    (r"(^|/)libQt6(OpenGL|EglFSDeviceIntegration|EglFsKmsSupport|EglFsKmsGbmSupport|"
     r"Pdf|Qml|QmlModels|QmlMeta|QmlWorkerScript|Quick|VirtualKeyboard)\.so",
     "Qt modules FieldKit never imports (OpenGL, EGLFS, PDF, QML/Quick); QtSvg stays for the "
     "Adwaita window decorations on GNOME Wayland"),
    # Translations: only the app's own languages.
    (r"Qt/translations/(?!qt(base)?_(en|es|fr|ar)\.qm$)", "Qt translations of languages "
     "FieldKit is not in (kept: en, es, fr, ar)"),
    # The desktop's own base libraries (the AppImage project's exclude list): every glibc
    # desktop has them, and the build host's copies raise the glibc floor (libstdc++ and
    # libexpat need 2.36 here) and clash with the system's own plugins (gio modules loaded into
    # a bundled glib, the system fontconfig's configuration read by a bundled fontconfig).
    # Qt 6.11 needs GLIBCXX_3.4.29 (GCC 11): Ubuntu 22.04 and Debian 12 have it.
    # Kept: the xcb utility libraries (xcb-cursor, -icccm, -keysyms... often not installed),
    # xkbcommon, OpenSSL, SQLite and libffi (Python's modules need their exact builds).
    (r"(^|/)lib(stdc\+\+\.so\.6|gcc_s\.so\.1)$", "system C++ runtime (see above)"),
    (r"(^|/)lib(X11|X11-xcb|Xau|Xdmcp|xcb|fontconfig|freetype|harfbuzz|png16|brotli(common|dec)|"
     r"expat|z|bz2|lzma|lz4|zstd|dbus-1|systemd|gcrypt|gpg-error|cap|selinux|mount|blkid|"
     r"pcre2-8|bsd|md|uuid|glib-2\.0|gobject-2\.0|gio-2\.0|gmodule-2\.0|gthread-2\.0)"
     r"\.so(\.[0-9.]+)?$", "the desktop's base libraries (see above)"),
    # The app's own sources of its translations: the app loads the compiled .qm beside them.
    (r"(^|/)assets/translations/[^/]+\.ts$", "translation sources (.ts): the app reads the "
     "compiled .qm catalogues"),
    # Python side.
    (r"(^|/)lib-dynload/_tkinter|(^|/)libtcl|(^|/)libtk", "Tk: not used"),
]

_BASE_RULES = [i for i, (_p, why) in enumerate(EXCLUDE) if "base libraries" in why
               or "C++ runtime" in why]
_COMPILED = [(re.compile(p), why) for p, why in EXCLUDE]


def excluded_by(name: str) -> str | None:
    """The reason `name` (a TOC destination) is left out, or None to keep it."""
    name = name.replace("\\", "/")
    for pattern, why in _COMPILED:
        if pattern.search(name):
            return why
    return None


def trim(toc: list[tuple[str, str, str]]) -> tuple[list[tuple[str, str, str]], list[str]]:
    """The TOC without excluded entries, ICU's data library reduced (packaging/icu_data.py),
    and one line per excluded entry or kind of ICU item left out."""
    kept, dropped = [], []
    for entry in toc:
        why = excluded_by(entry[0])
        if why is not None:
            dropped.append(f"{entry[0]}: {why}")
        elif entry[2] == "BINARY" and SONAME_RE.search(entry[0].replace("\\", "/")):
            reduced, lines = reduce_library(Path(entry[1]), ICU_CACHE)
            kept.append((entry[0], str(reduced), entry[2]))
            dropped.extend(f"{entry[0]}: {line}" for line in lines)
        else:
            kept.append(entry)
    return kept, dropped


def check_needed(kept: list[tuple[str, str, str]], dropped_names: list[str]) -> list[str]:
    """Kept ELF files that need a library the rules dropped and the system does not provide
    (the base-library rules are the only ones that may be needed): one line each. Linux only:
    reads the dynamic section with readelf."""
    import shutil
    import subprocess

    if shutil.which("readelf") is None:
        return []
    system = re.compile(EXCLUDE[_BASE_RULES[0]][0] + "|" + EXCLUDE[_BASE_RULES[1]][0])
    missing_ok = {n.rsplit("/", 1)[-1] for n in dropped_names if system.search(n)}
    dropped = {n.rsplit("/", 1)[-1] for n in dropped_names} - missing_ok
    problems = []
    for name, src, kind in kept:
        if kind != "BINARY" and not name.endswith((".so", ".so.6")) and ".so." not in name:
            continue
        out = subprocess.run(["readelf", "-d", src], capture_output=True, text=True).stdout
        for lib in re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", out):
            if lib in dropped:
                problems.append(f"{name} needs {lib}, which the trim rules dropped")
    return problems


# Python modules never imported by FieldKit (keeps them and their hooks' data out of the PYZ):
# Tk; the packaging tools setuptools' import hook drags in (178 modules); SQLAlchemy's dialects
# for servers (FieldKit speaks only SQLite) and its asyncio extension (FieldKit's database
# calls are plain, on the worker); zstandard's CFFI backend (its C backend is used);
# PySide6 modules it never imports.
EXCLUDE_MODULES = ["tkinter", "_tkinter", "pydoc_data",
                   "setuptools", "distutils", "_distutils_hack", "pkg_resources",
                   "sqlalchemy.dialects.mssql", "sqlalchemy.dialects.mysql",
                   "sqlalchemy.dialects.oracle", "sqlalchemy.dialects.postgresql",
                   "sqlalchemy.ext.asyncio",
                   "zstandard._cffi",
                   "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtOpenGL", "PySide6.QtSvg",
                   "PySide6.QtPdf", "IPython", "pytest", "hypothesis"]
