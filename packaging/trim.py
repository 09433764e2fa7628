"""What the package leaves out, and why: one list used by packaging/fieldkit.spec and by the
benchmark's trimmed hello window (bench/package.py), so both are trimmed by the same rules.

PyInstaller's link analysis pulls in every library a collected plugin needs; excluding Python
modules alone does not remove them, so the rules filter the built TOCs (a.binaries, a.datas) by
destination name. Names use '/' (TOC names are normalised before matching), so the rules hold on
Windows and macOS too, where most simply match nothing.
"""

from __future__ import annotations

import re

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
     r"(^|/)libjbig|(^|/)libLerc|(^|/)libsharpyuv|(^|/)libxml2\.so|(^|/)libicu",
     "libraries only GTK, cairo, pango or gdk-pixbuf use"),
    # QtNetwork is kept: single_instance.py uses QLocalServer/QLocalSocket. Its plugins are not:
    # sync speaks HTTPS through urllib3 and Python's ssl, never through Qt.
    (r"plugins/tls/", "Qt TLS backends: FieldKit's HTTPS is Python's ssl (kept), not Qt's"),
    (r"plugins/networkinformation/", "Qt network-information plugins: nothing asks Qt about "
     "the network"),
    (r"(^|/)libgssapi_krb5\.so|(^|/)libkrb5(support)?\.so|(^|/)libk5crypto\.so|"
     r"(^|/)libcom_err\.so|(^|/)libkeyutils\.so",
     "Kerberos, linked by Qt's network stack for HTTP negotiate auth, which FieldKit never uses"),
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
    (r"plugins/wayland-graphics-integration-(client|server)/.*(egl|vulkan|drm|dmabuf)",
     "Wayland GL buffer integrations: no OpenGL windows (shm is kept)"),
    (r"(^|/)libQt6(OpenGL|EglFSDeviceIntegration|EglFsKmsSupport|EglFsKmsGbmSupport|"
     r"Pdf|Qml|QmlModels|QmlMeta|QmlWorkerScript|Quick|Svg|VirtualKeyboard)\.so",
     "Qt modules FieldKit never imports (OpenGL, EGLFS, PDF, QML/Quick, SVG)"),
    # Translations: only the app's own languages.
    (r"Qt/translations/(?!qt(base)?_(en|es|fr|ar)\.qm$)", "Qt translations of languages "
     "FieldKit is not in (kept: en, es, fr, ar)"),
    # Python side.
    (r"(^|/)lib-dynload/_tkinter|(^|/)libtcl|(^|/)libtk", "Tk: not used"),
]

_COMPILED = [(re.compile(p), why) for p, why in EXCLUDE]


def excluded_by(name: str) -> str | None:
    """The reason `name` (a TOC destination) is left out, or None to keep it."""
    name = name.replace("\\", "/")
    for pattern, why in _COMPILED:
        if pattern.search(name):
            return why
    return None


def trim(toc: list[tuple[str, str, str]]) -> tuple[list[tuple[str, str, str]], list[str]]:
    """The TOC without excluded entries, and one line per excluded entry."""
    kept, dropped = [], []
    for entry in toc:
        why = excluded_by(entry[0])
        if why is None:
            kept.append(entry)
        else:
            dropped.append(f"{entry[0]}: {why}")
    return kept, dropped


# Python modules never imported by FieldKit (keeps their hooks from pulling in data).
EXCLUDE_MODULES = ["tkinter", "_tkinter", "pydoc_data", "PySide6.QtQml",
                   "PySide6.QtQuick", "PySide6.QtOpenGL", "PySide6.QtSvg", "PySide6.QtPdf",
                   "IPython", "pytest", "hypothesis"]
