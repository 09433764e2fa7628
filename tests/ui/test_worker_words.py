"""A file the system refused, said in the user's language by its cause and file name: the
system's own words ('[Errno 2] No such file or directory') are English on every machine."""

from __future__ import annotations

import errno
from collections.abc import Iterator
from pathlib import Path

import pytest

from fieldkit.ui import i18n
from fieldkit.ui.worker import describe_failure


@pytest.fixture
def spanish(qapp) -> Iterator[None]:
    assert i18n.install_language(qapp, "es")
    yield
    i18n.install_language(qapp, "en")


def _raised(fn) -> OSError:
    with pytest.raises(OSError) as caught:
        fn()
    return caught.value


def test_system_refusals_are_said_in_spanish_with_the_file_name(spanish, tmp_path: Path) -> None:
    gone = _raised(lambda: (tmp_path / "notas.txt").read_text())
    assert describe_failure(gone) == "notas.txt ya no existe."
    (tmp_path / "carpeta").mkdir()
    folder = _raised(lambda: (tmp_path / "carpeta").open("w"))  # EISDIR: no words of its own
    assert describe_failure(folder).startswith("Algo salió mal: [Errno 21]")
    denied = OSError(errno.EACCES, "Permission denied", str(tmp_path / "informe.pdf"))
    assert describe_failure(denied) == ("FieldKit no tiene permiso para usar informe.pdf; "
                                        "compruebe sus permisos.")
    full = OSError(errno.ENOSPC, "No space left on device")
    assert describe_failure(full) == "El disco está lleno; libere espacio e inténtelo de nuevo."


def test_in_english_the_cause_is_said_plainly_too(qapp, tmp_path: Path) -> None:
    gone = _raised(lambda: (tmp_path / "notes.txt").read_text())
    assert describe_failure(gone) == "notes.txt no longer exists."
    assert describe_failure(ValueError("odd\nmore")) == "Something went wrong: odd"
