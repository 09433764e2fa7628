"""Two builds of one source, in two processes, with SOURCE_DATE_EPOCH set, give the same bytes:
the library DB and the signed pack (the package's archive must be byte-identical per commit)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from fieldkit.packs.signing import generate_key, write_keypair

SOURCE = Path(__file__).parent / "fixtures" / "source"

PACK = """
import sys
from pathlib import Path
from fieldkit.packs.manifest import create_pack
from fieldkit.packs.signing import load_signing_key
create_pack(Path(sys.argv[1]), load_signing_key(Path(sys.argv[2])), "test", 3, Path(sys.argv[3]))
"""


def _env() -> dict[str, str]:
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000"}
    env.pop("PYTHONHASHSEED", None)  # each process hashes differently, as two CI runs would
    return env


def test_two_library_builds_are_byte_identical(tmp_path: Path) -> None:
    outs = [tmp_path / f"lib{i}.sqlite" for i in (1, 2)]
    for out in outs:
        subprocess.run([sys.executable, "-m", "fieldkit", "build", str(SOURCE), "-o", str(out)],
                       env=_env(), check=True, capture_output=True)
    assert outs[0].read_bytes() == outs[1].read_bytes()


def test_two_pack_builds_are_byte_identical(tmp_path: Path) -> None:
    priv, _pub = write_keypair(generate_key(), tmp_path / "keys", "k")
    outs = [tmp_path / f"p{i}.fkpack" for i in (1, 2)]
    for out in outs:
        subprocess.run([sys.executable, "-c", PACK, str(SOURCE), str(priv), str(out)],
                       env=_env(), check=True, capture_output=True)
    assert outs[0].read_bytes() == outs[1].read_bytes()
