"""Build step: the bundled library as a signed pack, with the root the package will trust.

Signs with the private key `FIELDKIT_SIGNING_KEY` names; without it, makes (once) a development
key outside the repository (`$XDG_DATA_HOME/fieldkit-dev/`) and says so on stderr. Writes, for
the spec to bundle: build/library.fkpack, build/roots/root.json (public), build/library-pack.json.
Byte-identical output for one commit when SOURCE_DATE_EPOCH is set (Ed25519 is deterministic).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from fieldkit.packs.bundled import BundledPack
from fieldkit.packs.manifest import create_pack, verify_pack
from fieldkit.packs.signing import SigningKey, generate_key, load_signing_key, write_keypair
from fieldkit.packs.trust import ROLES, TrustStore, load_trust_source, new_root

ROOT = Path(__file__).resolve().parents[1]
PACK_ID = "core"
ROOT_YEARS = 10  # the bundled root must outlive the copies people keep on sticks


def dev_key_dir() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "fieldkit-dev"


def signing_key() -> tuple[SigningKey, bool]:
    """The release key, or the local development key (made on first use)."""
    named = os.environ.get("FIELDKIT_SIGNING_KEY")
    if named:
        return load_signing_key(Path(named)), False
    folder = dev_key_dir()
    priv = folder / "dev.key"
    if not priv.is_file():
        write_keypair(generate_key(), folder, "dev")
        print(f"library_pack: FIELDKIT_SIGNING_KEY is not set: made a development signing key "
              f"in {folder} (outside the repository; never commit it)", file=sys.stderr)
    else:
        print(f"library_pack: FIELDKIT_SIGNING_KEY is not set: signing with the development "
              f"key in {folder}; packages built so trust only that key", file=sys.stderr)
    return load_signing_key(priv), True


def source_epoch() -> int:
    text = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    return int(text) if text.isdigit() else int(dt.datetime.now(dt.UTC).timestamp())


def pack_version(data: Path) -> int:
    """FIELDKIT_PACK_VERSION, else the UTC time of the last commit that touched `data/` as
    YYYYMMDDHHMM: it grows with every content change and is the same for every build of one
    commit; a publisher's feed numbers later versions the same way."""
    named = os.environ.get("FIELDKIT_PACK_VERSION", "").strip()
    if named:
        return int(named)
    try:
        out = subprocess.run(["git", "log", "-1", "--format=%ct", "--", str(data)], cwd=ROOT,
                             capture_output=True, text=True, check=True).stdout.strip()
        when = int(out) if out else source_epoch()
    except (OSError, subprocess.CalledProcessError):
        when = source_epoch()
    return int(dt.datetime.fromtimestamp(when, dt.UTC).strftime("%Y%m%d%H%M"))


def write_root(key: SigningKey, out: Path) -> None:
    """FIELDKIT_ROOT (the publisher's root.json, whose lineage its feed continues), else a
    version-1 root naming this key for every role, expiring ROOT_YEARS after the source date."""
    named = os.environ.get("FIELDKIT_ROOT")
    out.parent.mkdir(parents=True, exist_ok=True)
    if named:
        shutil.copyfile(named, out)
        return
    expires = dt.datetime.fromtimestamp(source_epoch(), dt.UTC).replace(microsecond=0)
    expires = expires.replace(year=expires.year + ROOT_YEARS)
    env = new_root(1, {r: [key.public] for r in ROLES}, dict.fromkeys(ROLES, 1), expires, [key])
    out.write_text(json.dumps(env, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def main() -> int:
    build = ROOT / "build"
    data = ROOT / "data"
    key, is_dev = signing_key()
    root_file = build / "roots" / "root.json"
    write_root(key, root_file)
    version = pack_version(data)
    pack = build / "library.fkpack"
    m = create_pack(data, key, PACK_ID, version, pack)
    with tempfile.TemporaryDirectory(prefix="fieldkit-verify-") as tmp:  # the app's own check
        store = TrustStore(Path(tmp))
        store.add(load_trust_source(root_file))
        verify_pack(pack, store)
    info = BundledPack(m.id, m.version, pack, [root_file])
    (build / "library-pack.json").write_text(json.dumps(info.as_json(), indent=1) + "\n",
                                             encoding="utf-8")
    kind = "development" if is_dev else "release"
    print(f"library_pack: {pack.relative_to(ROOT)}: pack {m.id} version {m.version}, signed "
          f"with the {kind} key {key.public.keyid[:12]}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
