"""ICU's data, reduced to what a FieldKit window uses. Linux only; used by packaging/trim.py, so
the package and the benchmark's trimmed hello window get the same reduction.

PySide6's `libQt6Core` links ICU, whose data library (`libicudata.so.NN`, 32 MB, the package's
largest file) holds one symbol, `icudtNN_dat`: an ICU "common data" package of about 3,900
items. Qt reaches ICU for collation (QCollator: the file dialogs sort names with it) and for
locale-specific case mapping (QLocale::toUpper); its own tables cover everything else (locale
formats, bidi, line breaking, normalisation). The reduced package keeps every item except:

- locale data of languages the app is not in (the app's are `APP_LANGUAGES`); `root` and every
  region of a kept language stay, so collation of another language falls back to the root
  order, as ICU does for any locale it lacks;
- the table-based legacy codepage converters (`*.cnv`, 5 MB): Qt reads and writes UTF-8 and
  UTF-16, whose converters are code in `libicuuc`, not data; the alias table stays;
- the break-iterator dictionaries for Chinese, Japanese, Thai, Lao, Khmer and Burmese (3 MB):
  Qt breaks text with its own tables;
- transliteration rules and Unicode character names, which Qt never asks for.

The reduced package is written in ICU's common-data format (the original's header, a table of
contents sorted by name, items aligned to 16 bytes and padded as ICU's `icupkg` pads them:
rewriting the full package gives its exact bytes), then assembled into a shared library with the
same soname and symbol by the C compiler (`cc`), with no C library needed. Same input, same
output: the build stays reproducible.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import struct
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

# The app's languages (fieldkit/ui/i18n.LANGUAGES; tests/package holds the two equal).
APP_LANGUAGES = ("en", "es", "fr", "ar")

SONAME_RE = re.compile(r"(^|/)libicudata\.so\.(\d+)$")
_LOCALE_RE = re.compile(r"^([a-z]{2,3})(_|$)")
# Items of every tree that are no language's: the list of installed locales (`res_index`, which
# the locale pattern would take for a language "res"), the shared strings (`pool`), `root`.
_ALWAYS_KEPT = frozenset({"res_index", "pool", "root"})
_ALIGN = 16
_PAD = b"\xaa"  # what ICU's own packager (icupkg) pads with


class IcuDataError(Exception):
    """The ICU data library could not be read or reduced."""


@dataclass(frozen=True)
class Item:
    name: str  # e.g. "icudt73l/coll/es.res"
    data: bytes


def dropped_because(name: str, languages: tuple[str, ...] = APP_LANGUAGES) -> str | None:
    """Why the item `name` ("icudt73l/<tree>/<leaf>" or "icudt73l/<leaf>") is left out, or None
    to keep it."""
    parts = name.split("/")[1:]
    leaf = parts[-1]
    tree = parts[0] if len(parts) > 1 else ""
    if not tree and leaf.endswith(".cnv"):
        return "legacy codepage table"
    if not tree and leaf == "unames.icu":
        return "Unicode character names"
    if tree == "translit":
        return "transliteration"
    if leaf.endswith(".dict"):
        return "break-iterator dictionary"
    if leaf.endswith(".res") and leaf[:-4] not in _ALWAYS_KEPT:
        match = _LOCALE_RE.match(leaf[:-4])
        if match and match.group(1) not in languages:
            return "locale data of a language the app is not in"
    return None


def read_symbol(library: Path, symbol: str) -> bytes:
    """The bytes of `symbol` in the ELF64 little-endian shared library `library`."""
    blob = library.read_bytes()
    if blob[:4] != b"\x7fELF" or blob[4] != 2 or blob[5] != 1:
        raise IcuDataError(f"{library} is not a 64-bit little-endian ELF file")
    shoff, = struct.unpack_from("<Q", blob, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", blob, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", blob, shoff + i * shentsize)
                for i in range(shnum)]
    for _name, kind, _flags, _addr, offset, size, link, _info, _align, entsize in sections:
        if kind not in (2, 11):  # SHT_SYMTAB, SHT_DYNSYM
            continue
        strtab = sections[link]
        for at in range(offset, offset + size, entsize):
            st_name, _st_info, _other, shndx, value, st_size = struct.unpack_from(
                "<IBBHQQ", blob, at)
            start = strtab[4] + st_name
            if blob[start:blob.index(b"\0", start)].decode() != symbol:
                continue
            home = sections[shndx]
            begin = home[4] + (value - home[3])
            return blob[begin:begin + st_size]
    raise IcuDataError(f"{library} has no symbol {symbol}")


def read_package(data: bytes) -> tuple[bytes, list[Item]]:
    """(the package's header, its items in table-of-contents order)."""
    header_size, = struct.unpack_from("<H", data, 0)
    if data[2:4] != b"\xda\x27" or data[12:16] != b"CmnD":
        raise IcuDataError("not an ICU common-data package")
    count, = struct.unpack_from("<I", data, header_size)
    entries = [struct.unpack_from("<II", data, header_size + 4 + 8 * i) for i in range(count)]
    items = []
    for i, (name_at, data_at) in enumerate(entries):
        start = header_size + name_at
        name = data[start:data.index(b"\0", start)].decode("ascii")
        end = header_size + entries[i + 1][1] if i + 1 < count else len(data)
        items.append(Item(name, data[header_size + data_at:end]))
    return data[:header_size], items


def write_package(header: bytes, items: list[Item]) -> bytes:
    """A common-data package of `items` (kept in their sorted order: ICU looks names up by
    binary search)."""
    names = b"".join(item.name.encode("ascii") + b"\0" for item in items)
    toc_size = 4 + 8 * len(items)
    first = -(-(toc_size + len(names)) // _ALIGN) * _ALIGN
    toc, body, name_at = [struct.pack("<I", len(items))], bytearray(), toc_size
    for item in items:
        toc.append(struct.pack("<II", name_at, first + len(body)))
        name_at += len(item.name) + 1
        body += item.data
        body += _PAD * (-len(body) % _ALIGN)
    table = b"".join(toc) + names
    return header + table + _PAD * (first - len(table)) + bytes(body)


def reduce_library(source: Path, cache: Path,
                   languages: tuple[str, ...] = APP_LANGUAGES) -> tuple[Path, list[str]]:
    """`source` (libicudata.so.NN) reduced, built once into `cache`: (its path, one line per
    kind of item left out with the count and size)."""
    match = SONAME_RE.search(source.name)
    if match is None:
        raise IcuDataError(f"{source} is not an ICU data library")
    major = match.group(2)
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None:
        raise IcuDataError("no C compiler (cc) to assemble the reduced ICU data library")
    toolchain = "".join(subprocess.run([tool, "--version"], capture_output=True,
                                       text=True).stdout
                        for tool in (compiler, shutil.which("ld") or compiler))
    # Keyed by the input, these rules, the languages and the compiler: a change to any rebuilds.
    key = hashlib.sha256(source.read_bytes() + Path(__file__).read_bytes()
                         + ",".join(languages).encode() + toolchain.encode()).hexdigest()[:16]
    target = cache / key / source.name
    header, items = read_package(read_symbol(source, f"icudt{major}_dat"))
    kept = [item for item in items if dropped_because(item.name, languages) is None]
    summary: dict[str, list[int]] = {}
    for item in items:
        why = dropped_because(item.name, languages)
        if why is not None:
            counts = summary.setdefault(why, [0, 0])
            counts[0] += 1
            counts[1] += len(item.data)
    lines = [f"{count} ICU data items ({size / 1e6:.1f} MB) left out: {why}"
             for why, (count, size) in sorted(summary.items())]
    if target.is_file():
        return target, lines
    cache.mkdir(parents=True, exist_ok=True)
    # Built in a folder of its own, then renamed into place whole: a build running beside this
    # one (the benchmark's hello) never sees half a library.
    work = Path(tempfile.mkdtemp(prefix=f".{key}-", dir=cache))
    try:
        data = write_package(header, kept)
        (work / f"icudt{major}l.dat").write_bytes(data)
        (work / "icudata.S").write_text(
            f"    .section .rodata\n"
            f"    .globl icudt{major}_dat\n"
            f"    .type icudt{major}_dat, @object\n"
            f"    .balign {_ALIGN}\n"
            f"icudt{major}_dat:\n"
            f"    .incbin \"icudt{major}l.dat\"\n"
            f"    .size icudt{major}_dat, . - icudt{major}_dat\n"
            f"    .section .note.GNU-stack,\"\",@progbits\n", encoding="ascii")
        done = subprocess.run([compiler, "-shared", "-nostdlib", f"-Wl,-soname,{source.name}",
                               "-Wl,--build-id=sha1", "-o", source.name, "icudata.S"],
                              cwd=work, capture_output=True, text=True)
        if done.returncode != 0:
            raise IcuDataError(f"{compiler} could not assemble the reduced ICU data: "
                               f"{done.stderr.strip()}")
        if read_symbol(work / source.name, f"icudt{major}_dat") != data:
            raise IcuDataError(f"{compiler} assembled a library whose ICU data differs from "
                               "the reduced package")
        try:
            work.rename(cache / key)
        except OSError:
            if not target.is_file():  # not another build's finished copy: a real failure
                raise
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return target, lines
