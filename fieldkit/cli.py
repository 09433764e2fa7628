"""The `fieldkit` command: parse, call the core API, print. Errors become one plain sentence.

No logic lives here that the GUI would need too; that belongs in `fieldkit.core`.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import textwrap
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fieldkit import __version__
from fieldkit.core.backup import auto_backup, list_backups, restore_backup
from fieldkit.core.errors import FieldKitError
from fieldkit.core.paths import bundled_library_path, data_dir
from fieldkit.core.report import write_report
from fieldkit.core.search import KINDS, Filters
from fieldkit.core.sources import SETTINGS

if TYPE_CHECKING:  # the database layer loads only for the commands that use it: the GUI
    from fieldkit.core.library import LibrarySet  # paints its window before it loads
    from fieldkit.core.userdata import UserData

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="fieldkit", description=(
        "FieldKit: the humanitarian-diplomacy library, checkpoint checklists and cultural "
        "prompts, offline. With no command, opens the desktop app."))
    p.add_argument("--version", action="version", version=f"fieldkit {__version__}")
    p.add_argument("--library", action="append", type=Path, metavar="FILE",
                   help="content DB to read (repeat for several; default: the bundled library)")
    p.add_argument("--data-dir", type=Path, metavar="DIR",
                   help="folder for your own data "
                   "(default: $FIELDKIT_HOME or the user data folder)")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    # The global options are also accepted after the command (`fieldkit gui --data-dir X`).
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--library", action="append", type=Path, metavar="FILE",
                        default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    common.add_argument("--data-dir", type=Path, metavar="DIR", default=argparse.SUPPRESS,
                        help=argparse.SUPPRESS)

    s = sub.add_parser("search", parents=[common], help="search records, checklists and prompts")
    s.add_argument("query")
    s.add_argument("--kind", choices=KINDS, action="append")
    s.add_argument("--type", dest="record_type", action="append", help="record type, e.g. Manual")
    s.add_argument("--publisher", action="append")
    s.add_argument("--language", action="append")
    s.add_argument("--year-from", type=int)
    s.add_argument("--year-to", type=int)
    s.add_argument("--limit", type=int, default=20)
    s.add_argument("--json", action="store_true")

    s = sub.add_parser("show", parents=[common], help="show one library record")
    s.add_argument("id")
    s.add_argument("--json", action="store_true")

    s = sub.add_parser("checklists", parents=[common], help="list checklists")
    s.add_argument("--json", action="store_true")
    s = sub.add_parser("checklist", parents=[common], help="show one checklist")
    s.add_argument("id")
    s.add_argument("--json", action="store_true")

    s = sub.add_parser("prompts", parents=[common], help="list cultural prompts")
    s.add_argument("--topic")
    s.add_argument("--context", choices=SETTINGS)
    s.add_argument("--json", action="store_true")

    s = sub.add_parser("info", parents=[common], help="summary of the library in use")
    s.add_argument("--json", action="store_true")

    s = sub.add_parser("build", parents=[common], help="compile a source folder into a content DB")
    s.add_argument("src", type=Path, metavar="SRC_DIR")
    s.add_argument("-o", "--output", type=Path, required=True, metavar="OUT")

    run = sub.add_parser("run", parents=[common], help="checklist runs").add_subparsers(
        dest="run_command", metavar="ACTION")
    run.required = True
    s = run.add_parser("start", parents=[common],
                       help="start a run of a checklist; prints the run id")
    s.add_argument("checklist_id")
    s.add_argument("--name")
    s.add_argument("--author", help="who runs it: a person or a team")
    s.add_argument("--json", action="store_true")
    s = run.add_parser("tick", parents=[common], help="tick (or --undo) an item")
    s.add_argument("run_id")
    s.add_argument("item_id")
    s.add_argument("--undo", action="store_true")
    s.add_argument("--note")
    s = run.add_parser("show", parents=[common], help="show a run")
    s.add_argument("run_id")
    s.add_argument("--json", action="store_true")
    s = run.add_parser("finish", parents=[common], help="mark a run finished")
    s.add_argument("run_id")
    s = run.add_parser("report", parents=[common], help="write a run's report as HTML")
    s.add_argument("run_id")
    s.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.html")
    s = run.add_parser("rename", parents=[common], help="rename a run (blank: the default name)")
    s.add_argument("run_id")
    s.add_argument("name")
    s = run.add_parser("delete", parents=[common], help="delete a run with its ticks and notes")
    s.add_argument("run_id")
    s = run.add_parser("na", parents=[common], help="mark an item not applicable (or --undo)")
    s.add_argument("run_id")
    s.add_argument("item_id")
    s.add_argument("--reason")
    s.add_argument("--undo", action="store_true")
    s = run.add_parser("add-item", parents=[common], help="add your own item to a run")
    s.add_argument("run_id")
    s.add_argument("text")
    s.add_argument("--phase", help="phase id (default: the last phase)")
    s = run.add_parser("note", parents=[common], help="set the note for the whole run")
    s.add_argument("run_id")
    s.add_argument("text")

    s = sub.add_parser("runs", parents=[common], help="list checklist runs")
    s.add_argument("--json", action="store_true")

    backup = sub.add_parser("backup", parents=[common], help="backups of your data").add_subparsers(
        dest="backup_command", metavar="ACTION")
    backup.required = True
    s = backup.add_parser("list", parents=[common], help="list backups, newest first")
    s.add_argument("--json", action="store_true")
    s = backup.add_parser("restore", parents=[common],
                          help="bring a backup back (your current data is kept aside)")
    s.add_argument("name")

    s = sub.add_parser("gui", parents=[common], help="open the desktop app")
    s.add_argument("--screenshot", type=Path, metavar="FILE",
                   help="render a view offscreen to a PNG and exit")
    s.add_argument("--view", default="home",
                   help="home|library|search:QUERY|checklist:ID|run|checkpoint|prompts|settings")
    s.add_argument("--size", default="1280x800", metavar="WxH")
    return p


def _print_json(value: Any) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2))


def _libraries(args: argparse.Namespace) -> LibrarySet:
    from fieldkit.core.library import LibrarySet

    return LibrarySet(args.library or [bundled_library_path()])


def _user_data(args: argparse.Namespace) -> UserData:
    from fieldkit.core.userdata import UserData

    folder = data_dir(args.data_dir)
    user = UserData(folder)
    try:
        auto_backup(folder)
    except FieldKitError as exc:  # a failed backup must never stop a tick: warn and go on
        print(f"fieldkit: warning: {exc}", file=sys.stderr)
    return user


def _wrap(text: str, indent: str = "    ") -> str:
    return textwrap.fill(" ".join(text.split()), width=88, initial_indent=indent,
                         subsequent_indent=indent)


def cmd_search(args: argparse.Namespace) -> int:
    filters = Filters(kinds=tuple(args.kind or ()), record_types=tuple(args.record_type or ()),
                      publishers=tuple(args.publisher or ()), languages=tuple(args.language or ()),
                      year_from=args.year_from, year_to=args.year_to)
    with _libraries(args) as libs:
        result = libs.search(args.query, filters, limit=max(1, args.limit))
    if args.json:
        _print_json([{"id": h.id, "kind": h.kind, "title": h.title,
                      "snippet": h.marked_snippet("**", "**")} for h in result.hits])
        return EXIT_OK
    if not result.hits:
        print(f"No results for {args.query!r}.")
    for h in result.hits:
        print(f"[{h.kind}] {h.title}  ({h.id})")
        if h.snippet:
            print(_wrap(h.marked_snippet("*", "*")))
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    with _libraries(args) as libs:
        r = libs.record(args.id)
    if args.json:
        _print_json(r.as_json())
        return EXIT_OK
    print(r.title)
    print(" · ".join(str(v) for v in (r.record_type, r.contact, r.year, r.publisher) if v))
    for label, value in (("Summary", r.summary), ("Description", r.description)):
        if value:
            print(f"\n{label}")
            for para in value.split("\n\n"):
                print(_wrap(para, "  "))
    if r.key_concepts:
        print("\nKey concepts")
        for c in r.key_concepts:
            print(textwrap.fill(c, 88, initial_indent="  • ", subsequent_indent="    "))
    for k, v in r.extra.items():
        print(f"\n{k}: {v}")
    return EXIT_OK


def cmd_checklists(args: argparse.Namespace) -> int:
    with _libraries(args) as libs:
        lists = libs.checklists()
    if args.json:
        _print_json([{"id": c.id, "title": c.title} for c in lists])
    else:
        for c in lists:
            print(f"{c.id:24} {c.title}")
    return EXIT_OK


def cmd_checklist(args: argparse.Namespace) -> int:
    with _libraries(args) as libs:
        c = libs.checklist(args.id)
    if args.json:
        _print_json(c.as_json())
        return EXIT_OK
    print(c.title)
    for phase in c.phases:
        print(f"\n{phase.title}")
        for i in phase.items:
            mark = "!" if i.is_critical else " "
            print(f" {mark} [ ] {i.text}  ({i.id})")
    return EXIT_OK


def cmd_prompts(args: argparse.Namespace) -> int:
    with _libraries(args) as libs:
        prompts = libs.prompts(topic=args.topic, context=args.context)
    if args.json:
        _print_json([p.as_json() for p in prompts])
        return EXIT_OK
    for p in prompts:
        print(f"{p.title}  ({p.id}, {p.topic_title})")
        print(_wrap(p.text))
        for line in p.do:
            print(f"    do: {line}")
        for line in p.avoid:
            print(f"    avoid: {line}")
        print()
    return EXIT_OK


def cmd_info(args: argparse.Namespace) -> int:
    with _libraries(args) as libs:
        infos = libs.infos
        counts = {k: libs.count(Filters(kinds=(k,))) for k in KINDS}
    if args.json:
        _print_json({"libraries": [{"id": i.id, "title": i.title, "version": i.version,
                                    "built_at": i.built_at, "path": str(i.path)} for i in infos],
                     "counts": counts})
        return EXIT_OK
    for i in infos:
        print(f"{i.title} ({i.id}) version {i.version}, built {i.built_at}\n  {i.path}")
    print(f"{counts['record']} records, {counts['checklist']} checklists, "
          f"{counts['prompt']} prompts")
    return EXIT_OK


def cmd_build(args: argparse.Namespace) -> int:
    from fieldkit.core.build import build_library

    report = build_library(args.src, args.output)
    print(f"Built {report.path}: {report.records} records, {report.checklists} checklists, "
          f"{report.prompts} prompts.")
    return EXIT_OK


def cmd_run(args: argparse.Namespace) -> int:
    action = args.run_command
    with _user_data(args) as user:
        if action == "start":
            with _libraries(args) as libs:
                checklist = libs.checklist(args.checklist_id)
                run = user.runs.start(checklist, args.name, libs.infos[0], args.author)
            if args.json:
                _print_json(run.as_json())
            else:
                print(run.id)
        elif action == "tick":
            item = user.runs.tick(args.run_id, args.item_id, done=not args.undo, note=args.note)
            print(f"{'[x]' if item.done else '[ ]'} {item.text}")
        elif action == "show":
            run = user.runs.get(args.run_id)
            if args.json:
                _print_json(run.as_json())
            else:
                _print_run(run)
        elif action == "finish":
            run = user.runs.finish(args.run_id)
            done, total = run.progress()
            print(f"Finished {run.label}: {done} of {total} items done.")
            for item in run.critical_undone():
                print(f"fieldkit: warning: critical item not done: {item.text}", file=sys.stderr)
        elif action == "rename":
            print(f"Renamed to {user.runs.rename(args.run_id, args.name).label}")
        elif action == "delete":
            user.runs.delete(args.run_id)
            print(f"Deleted run {args.run_id}")
        elif action == "na":
            item = user.runs.set_na(args.run_id, args.item_id, not args.undo, args.reason)
            print(f"{'[n/a]' if item.na else '[ ]'} {item.text}")
        elif action == "add-item":
            item = user.runs.add_item(args.run_id, args.text, args.phase)
            print(item.id)
        elif action == "note":
            user.runs.set_run_note(args.run_id, args.text)
            print("Note saved")
        elif action == "report":
            run = user.runs.get(args.run_id)
            try:
                from fieldkit.core.run_views import with_library

                with _libraries(args) as libs:
                    run = with_library(run, libs)
            except FieldKitError:
                pass  # the report stands on the run's own copy when content is unavailable
            path = write_report(run, user.runs.events(args.run_id), args.output)
            print(f"Wrote {path}")
    return EXIT_OK


def _print_run(run) -> None:
    done, total = run.progress()
    state = f"finished {run.finished_at}" if run.finished_at else "open"
    print(f"{run.label} ({run.id}), started {run.started_at}, {state}: {done}/{total} done")
    for _pid, title, items in run.phases():
        print(f"\n{title}")
        for i in items:
            mark = "[x]" if i.done else "[n/a]" if i.na else "[ ]"
            crit = "!" if i.is_critical else " "
            added = " (added)" if i.added else ""
            print(f" {crit} {mark} {i.text}{added}  ({i.id})")
            if i.note:
                print(f"        note: {i.note}")


def cmd_runs(args: argparse.Namespace) -> int:
    with _user_data(args) as user:
        runs = user.runs.list()
    if args.json:
        _print_json([{"id": r.id, "name": r.name, "checklist_id": r.checklist_id,
                      "started_at": r.started_at, "finished_at": r.finished_at,
                      "done": r.done, "total": r.total} for r in runs])
        return EXIT_OK
    if not runs:
        print("No checklist runs yet.")
    for r in runs:
        state = "finished" if r.is_finished else "open"
        print(f"{r.id}  {r.label}  {r.done}/{r.total}  {state}  started {r.started_at}")
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    folder = data_dir(args.data_dir)
    if args.backup_command == "list":
        backups = list_backups(folder)
        if args.json:
            _print_json([{"name": b.name, "kind": b.kind, "taken_at": b.taken_at.isoformat(),
                          "size": b.size} for b in backups])
        elif not backups:
            print("No backups yet.")
        else:
            for b in backups:
                print(f"{b.name}  {b.kind:15} {b.size // 1024} KiB")
        return EXIT_OK
    aside = restore_backup(folder, args.name)
    print(f"Restored {args.name}." + (f" Your previous data was kept as {aside.name}." if aside
                                        else ""))
    return EXIT_OK


def cmd_gui(args: argparse.Namespace) -> int:
    from fieldkit.ui.app import run_app

    return run_app(args)


COMMANDS = {"search": cmd_search, "show": cmd_show, "checklists": cmd_checklists,
            "checklist": cmd_checklist, "prompts": cmd_prompts, "info": cmd_info,
            "build": cmd_build, "run": cmd_run, "runs": cmd_runs, "backup": cmd_backup,
            "gui": cmd_gui}


def _error(message: str) -> int:
    """The one line a person sees: 'fieldkit: error: ...', never a traceback or a SQL dump."""
    print(f"fieldkit: error: {' '.join(message.split())}", file=sys.stderr)
    return EXIT_ERROR


def _is_database_error(exc: BaseException) -> bool:
    if isinstance(exc, sqlite3.Error):
        return True
    sa_exc = sys.modules.get("sqlalchemy.exc")  # not loaded: it cannot be one of its errors
    return sa_exc is not None and isinstance(exc, sa_exc.SQLAlchemyError)


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        args = parser.parse_args([*(argv if argv is not None else sys.argv[1:]), "gui"])
    try:
        return COMMANDS[args.command](args)
    except FieldKitError as exc:
        return _error(str(exc))
    except BrokenPipeError:  # output piped into `head` and closed early: not an error
        sys.stderr.close()
        return EXIT_OK
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        return _error(f"{where}{exc.strerror or exc}")
    except Exception as exc:
        if not _is_database_error(exc):
            raise
        # a damaged file the core did not name
        return _error(f"a database file could not be read ({getattr(exc, 'orig', None) or exc})")
    except KeyboardInterrupt:
        print("fieldkit: interrupted", file=sys.stderr)
        return 130
