"""The pack commands of `fieldkit` (keygen, pack, trust): parse, call `fieldkit.packs`, print.

Kept apart from `cli.py` so the core commands stay short; loads the packs layer (cryptography,
zstandard) only when one of these commands runs.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from fieldkit.core.paths import bundled_library_path, data_dir

EXIT_OK = 0


def add_pack_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    s = sub.add_parser("keygen", parents=[common], help="make an Ed25519 signing key pair")
    s.add_argument("--out", type=Path, required=True, metavar="DIR")
    s.add_argument("--name", help="file name stem (default: fieldkit-KEYID)")

    pack = sub.add_parser("pack", parents=[common], help="signed data packs").add_subparsers(
        dest="pack_command", metavar="ACTION")
    pack.required = True
    s = pack.add_parser("create", parents=[common], help="build and sign a pack from a source "
                        "folder")
    s.add_argument("src", type=Path, metavar="SRC_DIR")
    s.add_argument("--key", type=Path, required=True)
    s.add_argument("--id", dest="pack_id", required=True)
    s.add_argument("--version", dest="pack_version", type=int, required=True)
    s.add_argument("--title")
    s.add_argument("--base", type=Path, metavar="OLD.fkpack",
                   help="write a delta: only the rows changed since this older full pack")
    s.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    s = pack.add_parser("verify", parents=[common], help="check a pack against trusted roots")
    s.add_argument("file", type=Path)
    s.add_argument("--json", action="store_true")
    s = pack.add_parser("install", parents=[common], help="verify and install a pack")
    s.add_argument("file", type=Path)
    s = pack.add_parser("list", parents=[common], help="installed packs")
    s.add_argument("--json", action="store_true")
    s = pack.add_parser("rollback", parents=[common], help="go back to the previous version")
    s.add_argument("pack_id", metavar="ID")
    s = pack.add_parser("remove", parents=[common], help="uninstall a pack")
    s.add_argument("pack_id", metavar="ID")

    trust = sub.add_parser("trust", parents=[common], help="roots of trust").add_subparsers(
        dest="trust_command", metavar="ACTION")
    trust.required = True
    s = trust.add_parser("add", parents=[common], help="trust a root.json or a public key")
    s.add_argument("source", type=Path, metavar="ROOT_OR_PUBKEY")
    s = trust.add_parser("list", parents=[common], help="trusted roots")
    s.add_argument("--json", action="store_true")

    feed = sub.add_parser("feed", parents=[common], help="publish packs as a static feed"
                          ).add_subparsers(dest="feed_command", metavar="ACTION")
    feed.required = True
    s = feed.add_parser("add", parents=[common], help="add packs and sign the next index")
    s.add_argument("feed_dir", type=Path, metavar="FEED_DIR")
    s.add_argument("packs", type=Path, nargs="+", metavar="PACK")
    s.add_argument("--key", type=Path, required=True, help="an index-role private key")
    s.add_argument("--expires-in", type=int, default=14, metavar="DAYS",
                   help="days until the index expires (0: already expired)")
    s = feed.add_parser("root", parents=[common], help="write the feed's next root")
    s.add_argument("feed_dir", type=Path, metavar="FEED_DIR")
    s.add_argument("--trust", type=Path, nargs="+", required=True, metavar="PUBKEY")
    s.add_argument("--threshold", type=int, default=1)
    s.add_argument("--sign", type=Path, nargs="+", required=True, metavar="KEY")
    s.add_argument("--expires-in", type=int, default=365, metavar="DAYS")

    s = sub.add_parser("sync", parents=[common], help="install newer packs from feeds, "
                       "folders or USB sticks")
    s.add_argument("sources", nargs="+", metavar="SOURCE", help="a folder or an http(s) URL")
    s.add_argument("--all", dest="take_all", action="store_true",
                   help="also packs not installed yet")
    s.add_argument("--accept-stale", action="store_true",
                   help="accept an expired index from a folder (e.g. an old USB stick)")
    s.add_argument("--check", action="store_true",
                   help="only say which updates exist and their download size")
    s.add_argument("--ca-file", metavar="PEM", help="also trust the CA certificates in this "
                   "file for https feeds (default: $FIELDKIT_CA_FILE)")
    s.add_argument("--json", action="store_true")

    s = sub.add_parser("relay", parents=[common], help="write the installed packs as a feed "
                       "folder (e.g. a USB stick) another device syncs from")
    s.add_argument("dest", type=Path, metavar="DIR")
    s.add_argument("--json", action="store_true")
    s = sub.add_parser("share", parents=[common], help="serve the installed packs read-only "
                       "on the local network for a while")
    s.add_argument("--port", type=int, default=8765, help="TCP port (default 8765)")
    s.add_argument("--minutes", type=float, default=30.0,
                   help="stop sharing after this long (default 30)")
    s.add_argument("--host", default="0.0.0.0",
                   help="address to listen on (default: every network of this machine)")


def _print_json(value: Any) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2))


def cmd_keygen(args: argparse.Namespace) -> int:
    from fieldkit.packs.signing import generate_key, write_keypair

    key = generate_key()
    priv, pub = write_keypair(key, args.out, args.name)
    print(f"Key id {key.public.keyid}\n  private: {priv} (keep it secret; never commit it)\n"
          f"  public:  {pub}")
    return EXIT_OK


def install_bundled(folder: Path) -> None:
    """The package's bundled library installed as a pack before a pack command looks."""
    from fieldkit.packs.readside import install_bundled as first_run

    for problem in first_run(folder):
        print(f"fieldkit: warning: {problem}", file=sys.stderr)


def cmd_pack(args: argparse.Namespace) -> int:
    from fieldkit.packs import install
    from fieldkit.packs.manifest import create_pack, verify_pack
    from fieldkit.packs.signing import load_signing_key
    from fieldkit.packs.trust import TrustStore

    folder = data_dir(args.data_dir)
    if args.pack_command != "create":
        install_bundled(folder)
    action = args.pack_command
    if action == "create":
        from fieldkit.core.files import check_output_target

        check_output_target(args.output, folder, data_dir())  # never over the user's own data
        m = create_pack(args.src, load_signing_key(args.key), args.pack_id, args.pack_version,
                        args.output, title=args.title, base=args.base)
        size = args.output.stat().st_size
        kind = f"delta from version {m.delta.version}" if m.delta else "pack"
        print(f"Wrote {args.output}: {kind} {m.id} version {m.version}, "
              f"{m.counts['record']} records, {size} bytes, digest {m.content_digest[:16]}.")
    elif action == "verify":
        m, root = verify_pack(args.file, TrustStore(folder))
        if args.json:
            _print_json({"id": m.id, "version": m.version, "title": m.title,
                         "content_digest": m.content_digest, "root": root.anchor})
        else:
            print(f"OK: pack {m.id} version {m.version} ({m.title}), signed under root "
                  f"{root.anchor}.")
    elif action == "install":
        r = install.install_pack(folder, args.file)
        if not r.changed:
            print(f"Pack {r.id} version {r.version} is already installed.")
        elif r.previous is None:
            print(f"Installed pack {r.id} version {r.version} ({r.title}).")
        else:
            print(f"Updated pack {r.id} from version {r.previous} to {r.version} ({r.title}).")
    elif action == "list":
        packs = install.installed_packs(folder)
        if args.json:
            _print_json([p.as_json() for p in packs])
        elif not packs:
            print("No packs installed.")
        for p in packs if not args.json else ():
            print(f"{p.id:16} version {p.current.version:<5} {p.current.title}  "
                  f"(content as of {p.current.content_as_of[:10]}, "
                  f"installed {p.current.installed_at[:10]})")
    elif action == "rollback":
        r = install.rollback_pack(folder, args.pack_id)
        print(f"Rolled pack {r.id} back from version {r.previous} to {r.version}.")
    elif action == "remove":
        p = install.remove_pack(folder, args.pack_id)
        print(f"Removed pack {p.id} version {p.current.version}.")
    return EXIT_OK


def cmd_trust(args: argparse.Namespace) -> int:
    from fieldkit.packs.trust import TrustStore, format_time, load_trust_source

    install_bundled(data_dir(args.data_dir))
    store = TrustStore(data_dir(args.data_dir))
    if args.trust_command == "add":
        root = store.add(load_trust_source(args.source))
        kind = "public key" if root.is_local else f"root version {root.version}"
        print(f"Trusted {kind} as {root.anchor}.")
        return EXIT_OK
    roots = store.roots()
    if args.json:
        _print_json([{"id": r.anchor, "version": r.version, "expires": format_time(r.expires),
                      "is_key": r.is_local,
                      "roles": {n: {"keyids": ro.keyids, "threshold": ro.threshold}
                                for n, ro in r.roles.items()}} for r in roots])
    elif not roots:
        print("No roots trusted yet.")
    for r in roots if not args.json else ():
        what = "key" if r.is_local else f"root v{r.version}, expires {format_time(r.expires)[:10]}"
        print(f"{r.anchor}  {what}  packs signed by {r.roles['packs'].threshold} of "
              f"{len(r.roles['packs'].keyids)}")
    return EXIT_OK


def library_paths(folder: Path) -> list[Path]:
    """The installed packs and the bundled library, for `LibrarySet`; a pack that cannot be
    read is named on stderr and skipped. Nothing installed: the bundled library, as before."""
    from fieldkit.packs.errors import PackError
    from fieldkit.packs.install import tidy
    from fieldkit.packs.readside import library_paths as paths_and_problems

    with contextlib.suppress(PackError, OSError):  # old version folders: at the latest now
        tidy(folder)
    paths, problems = paths_and_problems(folder, bundled_library_path())
    for problem in problems:
        print(f"fieldkit: warning: {problem}", file=sys.stderr)
    return paths


def cmd_feed(args: argparse.Namespace) -> int:
    from fieldkit.packs.feed import add_packs, write_root
    from fieldkit.packs.signing import load_public_key, load_signing_key

    if args.feed_command == "add":
        index = add_packs(args.feed_dir, args.packs, load_signing_key(args.key),
                          args.expires_in)
        print(f"Wrote index version {index.version} of {args.feed_dir} "
              f"({len(index.packs)} packs, expires {index.expires:%Y-%m-%d %H:%M} UTC).")
        return EXIT_OK
    root = write_root(args.feed_dir, [load_public_key(p) for p in args.trust], args.threshold,
                      [load_signing_key(p) for p in args.sign], args.expires_in)
    print(f"Wrote root version {root.version} of {args.feed_dir}.")
    return EXIT_OK


def cmd_sync(args: argparse.Namespace) -> int:
    from fieldkit.packs.errors import PackError
    from fieldkit.packs.sync import sync_all

    install_bundled(data_dir(args.data_dir))
    if args.check:
        return _check_updates(args)
    progress = _progress_printer() if sys.stderr.isatty() and not args.json else None
    reports, failures = sync_all(
        data_dir(args.data_dir), args.sources, take_all=args.take_all,
        accept_stale=args.accept_stale, progress=progress,
        warn=(lambda msg: print(f"fieldkit: warning: {msg}", file=sys.stderr))
        if len(args.sources) > 1 else None, ca_file=args.ca_file)
    if args.json:
        _print_json({"reports": [r.as_json() for r in reports], "failed": failures})
    else:
        for r in reports:
            stale = f" (stale: content as of {r.content_as_of[:10]})" if r.is_stale else ""
            if not r.installed:
                print(f"{r.source}: everything is up to date{stale}.")
            for i in r.installed:
                was = f"from version {i.previous} " if i.previous else ""
                print(f"{r.source}: {i.id} {was}to version {i.version}{stale}.")
            for s in r.skipped:
                print(f"{r.source}: skipped {s}")
    if not reports:
        raise PackError(failures[0] if len(failures) == 1 else "no source could be synced")
    return EXIT_OK


def _progress_printer() -> Callable[[int, int], None]:
    """Bytes, rate and time left on one stderr line, rewritten as a download goes."""
    from fieldkit.packs.progress import Meter

    meter = Meter()

    def show(done: int, total: int) -> None:
        end = "\n" if done >= total else ""
        print(f"\r  {meter.update(done, total).describe():60}", end=end, file=sys.stderr,
              flush=True)

    return show


def _check_updates(args: argparse.Namespace) -> int:
    from fieldkit.packs.errors import PackError
    from fieldkit.packs.sync import available_updates, open_source

    folder = data_dir(args.data_dir)
    last: PackError | None = None
    for text in args.sources:  # the first source that answers
        try:
            updates = available_updates(folder, open_source(text, args.ca_file),
                                        take_all=args.take_all,
                                        accept_stale=args.accept_stale)
        except PackError as exc:
            last = exc
            if len(args.sources) > 1:
                print(f"fieldkit: warning: {exc}", file=sys.stderr)
            continue
        if args.json:
            _print_json({"source": text, "updates": [u.as_json() for u in updates]})
        elif not updates:
            print(f"{text}: everything is up to date.")
        for u in updates if not args.json else ():
            was = f"{u.installed} -> " if u.installed else "new, "
            how = "delta" if u.is_delta else "full pack"
            print(f"{u.id:16} {was}{u.version}  {u.download / 1024:.0f} KiB ({how})  {u.title}")
        return EXIT_OK
    if last is None:
        raise PackError("no source was given")
    raise last


def cmd_relay(args: argparse.Namespace) -> int:
    from fieldkit.packs.relay import relay

    report = relay(data_dir(args.data_dir), args.dest)
    if args.json:
        _print_json(report.as_json())
        return EXIT_OK
    for line in report.written:
        print(f"Wrote {line}.")
    for line in report.left_out:
        print(f"fieldkit: warning: {line}", file=sys.stderr)
    for feed in report.feeds:
        print(f"Another device syncs from it with: fieldkit sync {feed}")
    if not report.feeds:
        from fieldkit.packs.errors import PackError

        raise PackError("no installed pack could be passed on")
    return EXIT_OK


def cmd_share(args: argparse.Namespace) -> int:
    import time

    from fieldkit.packs.share import start_share

    share = start_share(data_dir(args.data_dir), port=args.port, minutes=args.minutes,
                        host=args.host)
    until = time.strftime("%H:%M", time.localtime(time.time() + args.minutes * 60))
    print(f"Sharing {len(share.plan.written)} pack(s) until {until} (Ctrl+C stops sooner). "
          "On the other laptop:", flush=True)
    for url in share.urls:
        print(f"  fieldkit sync {url}", flush=True)
    for line in share.plan.left_out:
        print(f"fieldkit: warning: {line}", file=sys.stderr)
    try:
        share.wait()
    except KeyboardInterrupt:
        share.stop()
    served = sum(1 for r in share.log if r.status in (200, 206) and r.path.endswith(".fkpack"))
    print(f"Stopped sharing ({served} pack download(s) served).")
    return EXIT_OK


PACK_COMMANDS = {"keygen": cmd_keygen, "pack": cmd_pack, "trust": cmd_trust, "feed": cmd_feed,
                 "sync": cmd_sync, "relay": cmd_relay, "share": cmd_share}
