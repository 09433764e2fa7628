"""Deltas: only the rows added, changed and removed (by stable id) between two versions.

Two members: the keys (which ids changed or went, plain zstd) and the new rows, compressed
with zstd against a dictionary of the same rows' old values, which the client rebuilds from its
installed copy: an edited row costs little more than its edit. The result must give the signed
content digest, else nothing changes.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import zstandard

from fieldkit.packs.errors import HashError, SchemaError, SizeError
from fieldkit.packs.slim import _connect

# Tables keyed by a stable id; a checklist travels whole, with its phases and items.
KEYED = ("library_meta", "topics", "prompts", "checklists", "records", "worksheets")
# A keyed row that owns a tree of rows: (parent table, child table, column naming the owner,
# child column holding the parent's rowid). Trees travel whole with their owner.
TREES = {"checklists": ("phases", "items", "checklist_id", "phase_pk"),
         "worksheets": ("worksheet_sections", "worksheet_fields", "worksheet_id", "section_pk")}
_ROWID_COLUMNS = ("pk", "phase_pk", "section_pk")
_DICT_PREFIX = b"fieldkit-delta-dictionary\n"
_LEVEL = 19


@dataclass(frozen=True)
class DeltaFiles:
    keys: bytes  # compressed
    rows: bytes  # compressed against the old rows
    keys_raw: bytes
    rows_raw: bytes


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f"PRAGMA table_info({table})")
            if r[1] not in _ROWID_COLUMNS]


def _tree(conn: sqlite3.Connection, table: str, owner_id: str) -> list[Any]:
    parent, child, owner, link = TREES[table]
    pcols, ccols = _columns(conn, parent), _columns(conn, child)
    out = []
    for pk, *row in conn.execute(f"SELECT pk, {', '.join(pcols)} FROM {parent} WHERE "
                                 f"{owner} = ? ORDER BY position", (owner_id,)):
        children = [list(i) for i in conn.execute(
            f"SELECT {', '.join(ccols)} FROM {child} WHERE {link} = ? ORDER BY position",
            (pk,))]
        out.append([row, children])
    return out


def _rows(conn: sqlite3.Connection, table: str) -> dict[str, list[Any]]:
    cols = _columns(conn, table)
    rows = {str(r[0]): list(r) for r in conn.execute(
        f"SELECT {', '.join(cols)} FROM {table} ORDER BY id")}
    if table in TREES:
        for owner_id, row in rows.items():
            row.append(_tree(conn, table, owner_id))
    return rows


def _line(row: list[Any]) -> bytes:
    return json.dumps(row, ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n"


def _dictionary(conn: sqlite3.Connection,
                edited: dict[str, list[str]]) -> zstandard.ZstdCompressionDict:
    """The old values of the edited rows, in the keys' order: both sides build it the same."""
    parts = [_DICT_PREFIX]
    for table in KEYED:
        ids = edited.get(table, [])
        if ids:
            rows = _rows(conn, table)
            parts.extend(_line(rows[i]) for i in ids if i in rows)
    return zstandard.ZstdCompressionDict(b"".join(parts),
                                         dict_type=zstandard.DICT_TYPE_RAWCONTENT)


def make_delta(old_db: Path, new_db: Path) -> DeltaFiles:
    with _connect(old_db, readonly=True) as old, _connect(new_db, readonly=True) as new:
        keys: dict[str, Any] = {"format": 1, "columns": {}, "edited": {}, "added": {},
                                "deleted": {}}
        body: dict[str, list[Any]] = {}
        for table in KEYED:
            keys["columns"][table] = _columns(new, table)
            if table in TREES:
                parent, child, _owner, _link = TREES[table]
                keys["columns"][parent] = _columns(new, parent)
                keys["columns"][child] = _columns(new, child)
            a, b = _rows(old, table), _rows(new, table)
            edited = [i for i in b if i in a and a[i] != b[i]]
            added = [i for i in b if i not in a]
            keys["edited"][table], keys["added"][table] = edited, added
            keys["deleted"][table] = [i for i in a if i not in b]
            body[table] = [b[i] for i in edited + added]
        dictionary = _dictionary(old, keys["edited"])
    keys_raw = json.dumps(keys, separators=(",", ":")).encode("utf-8")
    rows_raw = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return DeltaFiles(zstandard.ZstdCompressor(level=_LEVEL).compress(keys_raw),
                      zstandard.ZstdCompressor(level=_LEVEL, dict_data=dictionary)
                      .compress(rows_raw), keys_raw, rows_raw)


def _decompress(data: bytes, limit: int, digest: str, what: str,
                dictionary: zstandard.ZstdCompressionDict | None = None) -> bytes:
    try:
        d = zstandard.ZstdDecompressor(dict_data=dictionary) if dictionary else \
            zstandard.ZstdDecompressor()
        raw = d.decompressobj().decompress(data)
    except zstandard.ZstdError as exc:
        raise HashError(f"the delta's {what} do not decompress ({exc})") from exc
    if len(raw) > limit:
        raise SizeError(f"the delta's {what} unpack to more than was signed")
    if hashlib.sha256(raw).hexdigest() != digest:
        raise HashError(f"the delta's {what} do not match the signed SHA-256")
    return raw


def apply_delta(slim_db: Path, keys_data: bytes, keys_len: int, keys_sha: str,
                rows_data: bytes, rows_len: int, rows_sha: str, version: int) -> None:
    """Applies the delta to `slim_db` (a staged copy of the installed rows) in one
    transaction; the caller checks the content digest afterwards."""
    keys = json.loads(_decompress(keys_data, keys_len, keys_sha, "keys"))
    with _connect(slim_db) as conn:
        for table, cols in keys["columns"].items():
            if _columns(conn, table) != cols:
                raise SchemaError(f"the delta's {table} columns do not match this FieldKit's")
        body = json.loads(_decompress(rows_data, rows_len, rows_sha, "rows",
                                      _dictionary(conn, keys["edited"])))
        conn.execute("BEGIN")
        for table in KEYED:
            gone = keys["deleted"][table] + keys["edited"][table]
            if table in TREES:
                parent, child, owner, link = TREES[table]
                for owner_id in gone:
                    conn.execute(f"DELETE FROM {child} WHERE {link} IN (SELECT pk FROM {parent} "
                                 f"WHERE {owner} = ?)", (owner_id,))
                    conn.execute(f"DELETE FROM {parent} WHERE {owner} = ?", (owner_id,))
            conn.executemany(f"DELETE FROM {table} WHERE id = ?", [(i,) for i in gone])
            cols = keys["columns"][table]
            sql = f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
            for row in body[table]:
                if table in TREES:
                    *row, tree = row
                    conn.execute(sql, row)
                    _insert_tree(conn, table, keys["columns"], tree)
                else:
                    conn.execute(sql, row)
        conn.execute("UPDATE library_meta SET version = ?", (str(version),))
        conn.execute("COMMIT")


def _insert_tree(conn: sqlite3.Connection, table: str, columns: dict[str, list[str]],
                 tree: list[Any]) -> None:
    parent, child, _owner, link = TREES[table]
    pcols, ccols = columns[parent], columns[child]
    for row, children in tree:
        cur = conn.execute(f"INSERT INTO {parent} ({', '.join(pcols)}) VALUES "
                           f"({', '.join('?' * len(pcols))})", row)
        conn.executemany(f"INSERT INTO {child} ({link}, {', '.join(ccols)}) VALUES "
                         f"(?, {', '.join('?' * len(ccols))})",
                         [(cur.lastrowid, *c) for c in children])
