"""The `fieldkit` command: parse, call the core API, print. Errors become one plain sentence.

No logic lives here that the GUI would need too; that belongs in `fieldkit.core`.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import textwrap
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fieldkit import __version__
from fieldkit.cli_packs import PACK_COMMANDS, add_pack_commands, library_paths
from fieldkit.cli_vault import PASSPHRASE_COMMANDS, add_passphrase_commands, user_key
from fieldkit.core.crashlog import record_crash
from fieldkit.core.errors import FieldKitError
from fieldkit.core.language import SHIPPED, system_language
from fieldkit.core.paths import data_dir
from fieldkit.core.search import KINDS, Filters
from fieldkit.core.sources import SETTINGS
from fieldkit.core.wipe import SCOPES as WIPE_SCOPES
from fieldkit.terminal import VisibleStream, json_safe

if TYPE_CHECKING:  # the database layer loads only for the commands that use it: the GUI
    from fieldkit.core.library import LibrarySet  # paints its window before it loads
    from fieldkit.core.userdata import UserData

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2
# Bounds for numbers from the command line: anything outside is a usage error, never an
# OverflowError deep in SQLite.
MAX_LIMIT = 10_000
YEARS = (1, 9999)


def _bounded_int(low: int, high: int):
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{text} is out of range ({low} to {high})")
        return value

    parse.__name__ = "number"  # argparse names the type in its messages
    return parse


def _path(text: str) -> Path:
    """A path argument; an empty one would silently mean the current folder."""
    if not text.strip():
        raise argparse.ArgumentTypeError("the path is empty; give a file or folder name")
    return Path(text)


def _parser(every_command: bool = True) -> argparse.ArgumentParser:
    """The whole command line; with `every_command` False, only the global options and `gui`
    (what `fieldkit` with no arguments needs: the app's start skips building the rest)."""
    p = argparse.ArgumentParser(prog="fieldkit", description=(
        "FieldKit: the humanitarian-diplomacy library, checkpoint checklists and cultural "
        "prompts, offline. With no command, opens the desktop app."))
    p.add_argument("--version", action="store_true", dest="show_version",
                   help="the app's version and the installed packs' versions and ages")
    p.add_argument("--library", action="append", type=_path, metavar="FILE",
                   help="content DB to read (repeat for several; default: the bundled library)")
    p.add_argument("--data-dir", type=_path, metavar="DIR",
                   help="folder for your own data "
                   "(default: $FIELDKIT_HOME or the user data folder)")
    p.add_argument("--lang", choices=SHIPPED, default=None,
                   help="language of checklists, prompts, worksheets and reports "
                   "(default: from the system locale, LC_ALL / LC_MESSAGES / LANG)")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    # The global options are also accepted after the command (`fieldkit gui --data-dir X`).
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--library", action="append", type=_path, metavar="FILE",
                        default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    common.add_argument("--data-dir", type=_path, metavar="DIR", default=argparse.SUPPRESS,
                        help=argparse.SUPPRESS)
    common.add_argument("--lang", choices=SHIPPED, default=argparse.SUPPRESS,
                        help=argparse.SUPPRESS)

    if every_command:
        _add_commands(sub, common)
    # --lang comes through `common` (shared with every command): for `gui` it is the language
    # of the app (default: the one chosen in Settings, else the system's)
    s = sub.add_parser("gui", parents=[common], help="open the desktop app")
    s.add_argument("--screenshot", type=_path, metavar="FILE",
                   help="render a view offscreen to a PNG and exit")
    s.add_argument("--view", default="home",
                   help="home|library|search:QUERY|checklist:ID|run|checkpoint|prompts|settings|"
                   "worksheets[:ID]|threatened")
    s.add_argument("--size", default="1280x800", metavar="WxH")
    if every_command:
        add_pack_commands(sub, common)
        add_passphrase_commands(sub, common)
    return p


def _add_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    """Every command but `gui` (and the pack and passphrase commands, added after it)."""
    s = sub.add_parser("search", parents=[common], help="search records, checklists and prompts")
    s.add_argument("query")
    s.add_argument("--kind", choices=KINDS, action="append")
    s.add_argument("--type", dest="record_type", action="append", help="record type, e.g. Manual")
    s.add_argument("--publisher", action="append")
    s.add_argument("--language", action="append")
    s.add_argument("--year-from", type=_bounded_int(*YEARS))
    s.add_argument("--year-to", type=_bounded_int(*YEARS))
    s.add_argument("--limit", type=_bounded_int(1, MAX_LIMIT), default=20)
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
    s.add_argument("src", type=_path, metavar="SRC_DIR")
    s.add_argument("-o", "--output", type=_path, required=True, metavar="OUT")

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
    s.add_argument("-o", "--output", type=_path, required=True, metavar="FILE.html")
    s.add_argument("--share-safe", action="store_true",
                   help="leave out notes, names and worksheets (a copy to hand on)")
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

    s = sub.add_parser("worksheets", parents=[common], help="list worksheets")
    s.add_argument("--json", action="store_true")
    s = sub.add_parser("worksheet", parents=[common], help="show one worksheet and its fields")
    s.add_argument("id")
    s.add_argument("--json", action="store_true")
    s = sub.add_parser("sheets", parents=[common], help="list your filled-in worksheets")
    s.add_argument("--run", dest="run_id", metavar="RUN_ID", help="only those attached to a run")
    s.add_argument("--json", action="store_true")
    sheet = sub.add_parser("sheet", parents=[common],
                           help="fill in worksheets").add_subparsers(
        dest="sheet_command", metavar="ACTION")
    sheet.required = True
    s = sheet.add_parser("start", parents=[common],
                         help="start filling in a worksheet; prints the sheet id")
    s.add_argument("worksheet_id")
    s.add_argument("--run", dest="run_id", metavar="RUN_ID", help="attach it to this run")
    s.add_argument("--name")
    s.add_argument("--json", action="store_true")
    s = sheet.add_parser("set", parents=[common], help="set one field ('' clears it)")
    s.add_argument("sheet_id")
    s.add_argument("field_id")
    s.add_argument("value")
    s = sheet.add_parser("show", parents=[common], help="show a sheet")
    s.add_argument("sheet_id")
    s.add_argument("--json", action="store_true")
    s = sheet.add_parser("report", parents=[common], help="write a sheet's report as HTML")
    s.add_argument("sheet_id")
    s.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.html")

    backup = sub.add_parser("backup", parents=[common], help="backups of your data").add_subparsers(
        dest="backup_command", metavar="ACTION")
    backup.required = True
    s = backup.add_parser("list", parents=[common], help="list backups, newest first")
    s.add_argument("--json", action="store_true")
    s = backup.add_parser("restore", parents=[common],
                          help="bring a backup back (your current data is kept aside)")
    s.add_argument("name")

    s = sub.add_parser("wipe", parents=[common],
                       help="erase your data now (emergency): --scope notes|all|everything --yes")
    s.add_argument("--scope", choices=WIPE_SCOPES, default="notes",
                   help="notes: runs, notes, worksheets and their backups; all: also settings "
                   "and logs; everything: also installed packs and trusted publishers")
    s.add_argument("--yes", action="store_true", help="really erase (there is no undo)")


def _print_json(value: Any) -> None:
    print(json_safe(json.dumps(value, ensure_ascii=False, indent=2)))


def _data_folders(args: argparse.Namespace) -> tuple[Path, ...]:
    """The data folder in use and the one FieldKit uses by default: no output may land in
    either."""
    return tuple(dict.fromkeys((data_dir(args.data_dir), data_dir())))


def _libraries(args: argparse.Namespace) -> LibrarySet:
    from fieldkit.core.library import LibrarySet

    return LibrarySet(args.library or library_paths(data_dir(args.data_dir)),
                      language=_language(args))


def _language(args: argparse.Namespace) -> str:
    """--lang, else the system locale's language (English if it is not one FieldKit ships)."""
    return getattr(args, "lang", None) or system_language(os.environ)


def _user_data(args: argparse.Namespace) -> UserData:
    from fieldkit.core.backup import auto_backup
    from fieldkit.core.userdata import UserData

    folder = data_dir(args.data_dir)
    user = UserData(folder, key := user_key(folder))
    try:
        auto_backup(folder, key=key)
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
    if r.language:
        print(f"Language: {r.language}")
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

    report = build_library(args.src, args.output, data_folders=_data_folders(args))
    print(f"Built {report.path}: {report.records} records, {report.checklists} checklists, "
          f"{report.prompts} prompts.")
    return EXIT_OK


def cmd_run(args: argparse.Namespace) -> int:
    action = args.run_command
    with _user_data(args) as user:
        if action == "start":
            with _libraries(args) as libs:
                checklist = libs.checklist(args.checklist_id)
                run = user.runs.start(checklist, args.name, author=args.author)
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
            from fieldkit.core.report import write_report

            path = write_report(run, user.runs.events(args.run_id), args.output,
                                data_folders=(user.folder, *_data_folders(args)),
                                sheets=user.sheets.for_run(args.run_id),
                                share_safe=args.share_safe,
                                language=getattr(args, "lang", None))
            print(f"Wrote {path}")
    return EXIT_OK


def _print_run(run) -> None:
    from fieldkit.core.content import language_name

    done, total = run.progress()
    state = f"finished {run.finished_at}" if run.finished_at else "open"
    print(f"{run.label} ({run.id}), started {run.started_at}, {state}: {done}/{total} done")
    print(f"Checklist text in {language_name(run.language)}, the language the run was "
          "started in")
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


def cmd_worksheets(args: argparse.Namespace) -> int:
    with _libraries(args) as libs:
        sheets = libs.worksheets()
    if args.json:
        _print_json([{"id": w.id, "title": w.title, "summary": w.summary, "fields": w.fields}
                     for w in sheets])
    else:
        for w in sheets:
            print(f"{w.id:24} {w.title}")
    return EXIT_OK


def cmd_worksheet(args: argparse.Namespace) -> int:
    with _libraries(args) as libs:
        w = libs.worksheet(args.id)
    if args.json:
        _print_json(w.as_json())
        return EXIT_OK
    print(w.title)
    for section in w.sections:
        print(f"\n{section.title}")
        for point in section.points:
            print(textwrap.fill(point, 88, initial_indent="  • ", subsequent_indent="    "))
        for f in section.fields:
            options = f" ({' | '.join(f.options)})" if f.options else ""
            print(f"  [{f.kind}] {f.label}{options}  ({f.id})")
    return EXIT_OK


def cmd_sheets(args: argparse.Namespace) -> int:
    with _user_data(args) as user:
        sheets = user.sheets.list(run_id=args.run_id)
    if args.json:
        _print_json([{"id": s.id, "name": s.name, "worksheet_id": s.worksheet_id,
                      "run_id": s.run_id, "started_at": s.started_at,
                      "updated_at": s.updated_at, "filled": s.filled, "total": s.total}
                     for s in sheets])
        return EXIT_OK
    if not sheets:
        print("No worksheets filled in yet.")
    for sh in sheets:
        run = f"  run {sh.run_id}" if sh.run_id else ""
        print(f"{sh.id}  {sh.label}  {sh.filled}/{sh.total}{run}  changed {sh.updated_at}")
    return EXIT_OK


def cmd_sheet(args: argparse.Namespace) -> int:
    from fieldkit.core.sheet_report import write_sheet_report

    action = args.sheet_command
    with _user_data(args) as user:
        if action == "start":
            with _libraries(args) as libs:
                worksheet = libs.worksheet(args.worksheet_id)
                sheet = user.sheets.start(worksheet, args.name, run_id=args.run_id)
            if args.json:
                _print_json(sheet.as_json())
            else:
                print(sheet.id)
        elif action == "set":
            sheet = user.sheets.set_value(args.sheet_id, args.field_id, args.value)
            f = sheet.worksheet.field(args.field_id)
            print(f"{f.label if f else args.field_id}: {sheet.value(args.field_id) or '—'}")
        elif action == "show":
            sheet = user.sheets.get(args.sheet_id)
            if args.json:
                _print_json(sheet.as_json())
            else:
                _print_sheet(sheet)
        elif action == "report":
            sheet = user.sheets.get(args.sheet_id)
            run_label = None
            if sheet.run_id is not None:
                with contextlib.suppress(FieldKitError):  # the sheet stands on its own
                    run_label = user.runs.get(sheet.run_id).label
            path = write_sheet_report(sheet, args.output, run_label,
                                      getattr(args, "lang", None))
            print(f"Wrote {path}")
    return EXIT_OK


def _print_sheet(sheet) -> None:
    done, total = sheet.progress()
    run = f", run {sheet.run_id}" if sheet.run_id else ""
    print(f"{sheet.label} ({sheet.id}), started {sheet.started_at}{run}: "
          f"{done}/{total} fields filled")
    for section in sheet.worksheet.sections:
        if not section.fields:
            continue
        print(f"\n{section.title}")
        for f in section.fields:
            value = sheet.value(f.id)
            print(f"  {f.label}  ({f.id})")
            for line in (value.splitlines() or ["—"]):
                print(f"      {line}")


def cmd_backup(args: argparse.Namespace) -> int:
    from fieldkit.core.backup import list_backups, restore_backup

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
    aside = restore_backup(folder, args.name, key=user_key(folder))
    print(f"Restored {args.name}." + (f" Your previous data was kept as {aside.name}." if aside
                                        else ""))
    return EXIT_OK


def cmd_wipe(args: argparse.Namespace) -> int:
    from fieldkit.core.wipe import SCOPE_HELP, wipe

    folder = data_dir(args.data_dir)
    if not args.yes:
        return _error(f"wiping erases {SCOPE_HELP[args.scope]} in {folder} for good; "
                      f"add --yes to do it: fieldkit wipe --scope {args.scope} --yes")
    result = wipe(folder, args.scope)
    if not result.is_complete:
        return _error(f"the wipe of {folder} could not remove {len(result.left)} file(s), "
                      f"e.g. {result.left[0]}; close FieldKit and run it again")
    key = " The key was destroyed first." if result.key_destroyed else ""
    print(f"Wiped {SCOPE_HELP[args.scope]} from {folder}.{key}")
    return EXIT_OK


def cmd_gui(args: argparse.Namespace) -> int:
    from fieldkit.ui.app import run_app

    return run_app(args)


COMMANDS = {"search": cmd_search, "show": cmd_show, "checklists": cmd_checklists,
            "checklist": cmd_checklist, "prompts": cmd_prompts, "info": cmd_info,
            "build": cmd_build, "run": cmd_run, "runs": cmd_runs, "backup": cmd_backup,
            "gui": cmd_gui, "wipe": cmd_wipe, "worksheets": cmd_worksheets,
            "worksheet": cmd_worksheet, "sheets": cmd_sheets, "sheet": cmd_sheet,
            **PACK_COMMANDS, **PASSPHRASE_COMMANDS}


def _print_version(args: argparse.Namespace) -> int:
    """`fieldkit --version`: the app, then each installed pack with its version and age (the
    bundled library counts once the package has installed it)."""
    from fieldkit.cli_packs import install_bundled
    from fieldkit.packs.install import installed_packs
    from fieldkit.packs.trust import parse_time, utcnow

    print(f"fieldkit {__version__}")
    folder = data_dir(args.data_dir)
    try:
        install_bundled(folder)
        packs = installed_packs(folder)
    except FieldKitError as exc:
        print(f"fieldkit: warning: {exc}", file=sys.stderr)
        packs = []
    if not packs:
        print("No packs installed (the library built into this copy is used).")
    for p in packs:
        c = p.current
        days = max(0, (utcnow() - parse_time(c.content_as_of, "pack")).days)
        age = "from today" if days == 0 else f"{days} day{'s' if days != 1 else ''} old"
        print(f"pack {p.id} version {c.version}: content as of {c.content_as_of[:10]} "
              f"({age}), installed {c.installed_at[:10]}")
    return EXIT_OK


def _check_texts(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """Text arguments (a note, a name, a query) must be text: bytes that are not UTF-8 reach
    Python as lone surrogates, which no database or file can store. Paths may hold any bytes."""
    for name, value in vars(args).items():
        for text in value if isinstance(value, list) else [value]:
            if isinstance(text, str) and not text.isascii():
                try:
                    text.encode("utf-8")
                except UnicodeEncodeError:
                    parser.error(f"argument {name.replace('_', '-')}: the text holds bytes that "
                                 "are not UTF-8")


def _error(message: str) -> int:
    """The one line a person sees: 'fieldkit: error: ...', never a traceback or a SQL dump."""
    print(f"fieldkit: error: {' '.join(message.split())}", file=sys.stderr)
    return EXIT_ERROR


def _is_database_error(exc: BaseException) -> bool:
    from fieldkit.core.userfile import SQLITE_ERRORS

    if isinstance(exc, SQLITE_ERRORS):
        return True
    sa_exc = sys.modules.get("sqlalchemy.exc")  # not loaded: it cannot be one of its errors
    return sa_exc is not None and isinstance(exc, sa_exc.SQLAlchemyError)


def main(argv: Sequence[str] | None = None) -> int:
    # Everything printed shows control characters (a note holding ESC[2J) instead of obeying
    # them; the streams are put back on the way out (tests call main in-process).
    streams = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = VisibleStream(sys.stdout), VisibleStream(sys.stderr)
    try:
        return _main(argv)
    finally:
        sys.stdout, sys.stderr = streams


def _main(argv: Sequence[str] | None) -> int:
    from fieldkit.core.package_env import prepare_environment

    prepare_environment()
    arguments = list(argv if argv is not None else sys.argv[1:])
    parser = _parser(every_command=bool(arguments))
    args = parser.parse_args(arguments)
    if args.show_version and args.command is None:
        return _print_version(args)
    if args.command is None:
        args = parser.parse_args([*arguments, "gui"])
    _check_texts(parser, args)
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
            return _last_resort(exc, args)
        # a damaged file the core did not name
        return _error(f"a database file could not be read ({getattr(exc, 'orig', None) or exc})")
    except KeyboardInterrupt:
        print("fieldkit: interrupted", file=sys.stderr)
        return 130


def _last_resort(exc: Exception, args: argparse.Namespace) -> int:
    """A failure no layer foresaw (a bug): one line for the person, the traceback in the log."""
    try:
        folder: Path | None = data_dir(args.data_dir)
    except (OSError, ValueError):
        folder = None
    log = record_crash(exc, folder, context=f"fieldkit {args.command}")
    where = f"the details are in {log}" if log else "the details could not be logged"
    return _error(f"an unexpected problem stopped this command ({type(exc).__name__}); {where}")
