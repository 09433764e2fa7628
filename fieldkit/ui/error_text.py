"""The GUI's sentences for core errors, in the user's language.

Core errors say themselves in English (`str(exc)`, for the CLI and the logs) and carry a `code`
and `fields` (fieldkit/core/errors.py). Here each code has a translatable template; `%1`, `%2`…
are the named fields, in the order given. A code may have several templates: the first whose
fields the error carries is used, so the last one of each code needs none. The templates are
for translation: with no catalogue installed (English) the core's own sentence is said.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from fieldkit.core.errors import FieldKitError, Problem

_PLACE = re.compile(r"%(\d)")

# code -> [(fields, template)], most specific first.
TEMPLATES: dict[str, list[tuple[tuple[str, ...], str]]] = {
    # The pack family: installing, verifying and fetching packs.
    "pack.refused": [((), QT_TRANSLATE_NOOP(
        "ErrorText", "The pack was refused; nothing was installed."))],
    "pack.bad_format": [((), QT_TRANSLATE_NOOP(
        "ErrorText", "This is not a FieldKit pack, or it is incomplete; nothing was installed."))],
    "pack.bad_signature": [
        (("pack",), QT_TRANSLATE_NOOP(
            "ErrorText", "The pack %1 is not signed by a key FieldKit trusts; it was not "
                         "installed.")),
        ((), QT_TRANSLATE_NOOP(
            "ErrorText", "This is not signed by enough keys FieldKit trusts; it was "
                         "refused."))],
    "pack.bad_hash": [((), QT_TRANSLATE_NOOP(
        "ErrorText", "A file in the pack is not the one that was signed (damaged or changed); "
                     "nothing was installed."))],
    "pack.rollback": [((), QT_TRANSLATE_NOOP(
        "ErrorText", "This pack is older than the one you already have; it was not "
                     "installed."))],
    "pack.needs_newer_app": [
        (("pack", "version"), QT_TRANSLATE_NOOP(
            "ErrorText", "Pack %1 version %2 needs a newer FieldKit; it was skipped.")),
        ((), QT_TRANSLATE_NOOP(
            "ErrorText", "This pack needs a newer FieldKit; update FieldKit to install it."))],
    "pack.damaged": [
        (("pack", "version"), QT_TRANSLATE_NOOP(
            "ErrorText", "Pack %1 version %2 is damaged; it was skipped.")),
        ((), QT_TRANSLATE_NOOP("ErrorText", "A pack is damaged; it was skipped."))],
    "pack.files_missing": [
        (("pack", "version"), QT_TRANSLATE_NOOP(
            "ErrorText", "The files of pack %1 version %2 are missing; it was skipped.")),
        ((), QT_TRANSLATE_NOOP("ErrorText", "A pack's files are missing; it was skipped."))],
    "pack.bundled_in_place": [((), QT_TRANSLATE_NOOP(
        "ErrorText", "The library that came with FieldKit could not be installed as a pack, so "
                     "it is read where it is."))],
    "pack.expired": [((), QT_TRANSLATE_NOOP(
        "ErrorText", "The pack list has expired; get a fresh copy from the source."))],
    "pack.too_large": [((), QT_TRANSLATE_NOOP(
        "ErrorText", "The pack is larger than FieldKit allows; it was refused."))],
    "pack.bad_archive": [((), QT_TRANSLATE_NOOP(
        "ErrorText", "The pack holds files it must not hold; it was refused."))],
    "pack.untrusted": [((), QT_TRANSLATE_NOOP(
        "ErrorText", "This pack comes from a publisher FieldKit does not trust; it was "
                     "refused."))],
    "pack.install_failed": [((), QT_TRANSLATE_NOOP(
        "ErrorText", "The pack was checked but could not be installed; the packs you had are "
                     "unchanged."))],
    "sync.unreachable": [
        (("source",), QT_TRANSLATE_NOOP(
            "ErrorText", "%1 could not be reached; check the connection and try again.")),
        ((), QT_TRANSLATE_NOOP(
            "ErrorText", "The pack source could not be read; check it and try again."))],
    "sync.untrusted_certificate": [
        (("source",), QT_TRANSLATE_NOOP(
            "ErrorText", "The secure connection to %1 failed: its certificate is not one this "
                         "laptop trusts. If it is your organisation's own server, choose its CA "
                         "certificate in the CA certificate setting on the Sync screen, then "
                         "check again.")),
        ((), QT_TRANSLATE_NOOP(
            "ErrorText", "The secure connection to the source failed: its certificate is not "
                         "one this laptop trusts. If it is your organisation's own server, "
                         "choose its CA certificate in the CA certificate setting on the Sync "
                         "screen, then check again."))],
    "sync.bad_ca_file": [
        (("file",), QT_TRANSLATE_NOOP(
            "ErrorText", "The CA certificate file %1 cannot be read (missing, or not PEM "
                         "certificates); choose another in the CA certificate setting on the "
                         "Sync screen, or clear it.")),
        ((), QT_TRANSLATE_NOOP(
            "ErrorText", "The CA certificate file cannot be read (missing, or not PEM "
                         "certificates); choose another in the CA certificate setting on the "
                         "Sync screen, or clear it."))],
    "sync.cancelled": [((), QT_TRANSLATE_NOOP("ErrorText", "The download was cancelled."))],
    "sync.delta_refused": [
        (("pack",), QT_TRANSLATE_NOOP(
            "ErrorText", "%1: the download of only the changes was refused, so the full pack "
                         "was downloaded instead.")),
        ((), QT_TRANSLATE_NOOP(
            "ErrorText", "The download of only the changes was refused, so the full pack was "
                         "downloaded instead."))],
    "sync.stale_skipped": [
        (("pack",), QT_TRANSLATE_NOOP(
            "ErrorText", "%1 was not installed: the source is out of date.")),
        ((), QT_TRANSLATE_NOOP(
            "ErrorText", "A new pack was not installed: the source is out of date."))],
    # Pass it on: copying the installed packs to a drive or sharing them.
    "relay.nothing_installed": [((), QT_TRANSLATE_NOOP(
        "ErrorText", "No pack is installed on this laptop, so there is nothing to pass on."))],
    "relay.inside_data_folder": [((), QT_TRANSLATE_NOOP(
        "ErrorText", "Updates are never copied into FieldKit's own data folder; choose a USB "
                     "drive or another folder."))],
    "relay.not_a_folder": [
        (("file",), QT_TRANSLATE_NOOP(
            "ErrorText", "%1 is not a folder; choose a drive or a folder.")),
        ((), QT_TRANSLATE_NOOP("ErrorText", "This is not a folder; choose a drive or a "
                                            "folder."))],
    "relay.newer_there": [((), QT_TRANSLATE_NOOP(
        "ErrorText", "This drive already holds newer updates than this laptop has; nothing was "
                     "copied."))],
    "relay.not_kept": [
        (("pack", "version"), QT_TRANSLATE_NOOP(
            "ErrorText", "pack %1 version %2 was installed before FieldKit kept its signed "
                         "files; sync it again to pass it on")),
        ((), QT_TRANSLATE_NOOP(
            "ErrorText", "a pack was installed before FieldKit kept its signed files; sync it "
                         "again to pass it on"))],
    "relay.other_index": [
        (("pack", "version"), QT_TRANSLATE_NOOP(
            "ErrorText", "pack %1 version %2 came with another pack list than the newest this "
                         "laptop holds; sync it again from a source to pass it on")),
        ((), QT_TRANSLATE_NOOP(
            "ErrorText", "a pack came with another pack list than the newest this laptop "
                         "holds; sync it again from a source to pass it on"))],
    "share.port_busy": [
        (("port",), QT_TRANSLATE_NOOP(
            "ErrorText", "Port %1 is used by another program, so nothing is shared.")),
        ((), QT_TRANSLATE_NOOP(
            "ErrorText", "The network port is used by another program, so nothing is "
                         "shared."))],
    # The user's own data.
    "user.unusable": [((), QT_TRANSLATE_NOOP(
        "ErrorText", "Your data could not be opened or saved."))],
    "user.disk_full": [((), QT_TRANSLATE_NOOP(
        "ErrorText", "The disk is full; free some space and try again."))],
    "user.locked": [((), QT_TRANSLATE_NOOP(
        "ErrorText", "Your data file is in use by another FieldKit window or program; close it "
                     "and try again."))],
    "user.read_only": [((), QT_TRANSLATE_NOOP(
        "ErrorText", "Your data file is read-only; check its permissions."))],
    "user.damaged": [((), QT_TRANSLATE_NOOP(
        "ErrorText", "Your data file is damaged; restore a backup in Settings."))],
    "user.newer_schema": [((), QT_TRANSLATE_NOOP(
        "ErrorText", "Your data was written by a newer FieldKit; update FieldKit to open it."))],
    "vault.wrong_passphrase": [((), QT_TRANSLATE_NOOP(
        "ErrorText", "The passphrase is wrong; nothing was opened."))],
    "vault.wrong_key": [((), QT_TRANSLATE_NOOP(
        "ErrorText", "This key does not open the data in this folder."))],
    "vault.locked": [((), QT_TRANSLATE_NOOP(
        "ErrorText", "Your data is locked: a passphrase is needed to open it."))],
    "vault.has_passphrase": [((), QT_TRANSLATE_NOOP(
        "ErrorText", "Your data already has a passphrase; change it with the current one."))],
    # Backups.
    "backup.failed": [((), QT_TRANSLATE_NOOP(
        "ErrorText", "The backup could not be made."))],
    "backup.not_found": [
        (("name",), QT_TRANSLATE_NOOP("ErrorText", "There is no backup named %1.")),
        ((), QT_TRANSLATE_NOOP("ErrorText", "That backup no longer exists."))],
    "backup.folder_read_only": [
        (("name",), QT_TRANSLATE_NOOP(
            "ErrorText", "The data folder is read-only, so nothing can be restored into it; %1 "
                         "itself is intact.")),
        ((), QT_TRANSLATE_NOOP(
            "ErrorText", "The data folder is read-only, so nothing can be restored into it."))],
    "backup.restore_failed": [((), QT_TRANSLATE_NOOP(
        "ErrorText", "The backup could not be restored; your data is unchanged."))],
    "backup.set_aside_failed": [((), QT_TRANSLATE_NOOP(
        "ErrorText", "The damaged data file could not be moved aside, so the backup was not "
                     "restored; your data is unchanged."))],
    "backup.backup_folder_read_only": [
        (("name",), QT_TRANSLATE_NOOP(
            "ErrorText", "The backup %1 cannot be opened in a read-only folder; copy the data "
                         "folder somewhere writable and restore from there.")),
        ((), QT_TRANSLATE_NOOP(
            "ErrorText", "The backup cannot be opened in a read-only folder; copy the data "
                         "folder somewhere writable and restore from there."))],
    "backup.folder_in_use": [((), QT_TRANSLATE_NOOP(
        "ErrorText", "Close the other FieldKit window using this data folder first, then "
                     "restore."))],
    "backup.damaged": [
        (("name",), QT_TRANSLATE_NOOP(
            "ErrorText", "The backup %1 is damaged or not FieldKit data; choose another.")),
        ((), QT_TRANSLATE_NOOP(
            "ErrorText", "This backup is damaged or not FieldKit data; choose another."))],
    # Files written and read, the library, runs and worksheets.
    "output.refused": [
        (("file",), QT_TRANSLATE_NOOP(
            "ErrorText", "%1 cannot be written there; choose another place.")),
        ((), QT_TRANSLATE_NOOP(
            "ErrorText", "The file cannot be written there; choose another place."))],
    "output.disk_full": [
        (("file",), QT_TRANSLATE_NOOP(
            "ErrorText", "%1 could not be written: the disk is full; free some space and try "
                         "again.")),
        ((), QT_TRANSLATE_NOOP("ErrorText", "The disk is full; free some space and try again."))],
    "output.no_path": [((), QT_TRANSLATE_NOOP("ErrorText", "No output file was given."))],
    "output.in_data_folder": [
        (("file",), QT_TRANSLATE_NOOP(
            "ErrorText", "%1 is inside your FieldKit data folder, which only FieldKit writes; "
                         "choose a file outside it.")),
        ((), QT_TRANSLATE_NOOP(
            "ErrorText", "This is inside your FieldKit data folder, which only FieldKit "
                         "writes; choose a file outside it."))],
    "output.not_a_file": [
        (("file",), QT_TRANSLATE_NOOP(
            "ErrorText", "%1 is not a regular file (a folder, a link or a device); give the path "
                         "of a file to write.")),
        ((), QT_TRANSLATE_NOOP(
            "ErrorText", "This is not a regular file; give the path of a file to write."))],
    "report.failed": [((), QT_TRANSLATE_NOOP(
        "ErrorText", "The report could not be written."))],
    "library.unusable": [
        (("file",), QT_TRANSLATE_NOOP(
            "ErrorText", "The library %1 cannot be opened; it is missing, damaged or not a "
                         "FieldKit library.")),
        ((), QT_TRANSLATE_NOOP("ErrorText", "The library cannot be opened."))],
    "library.bad_record": [
        (("file",), QT_TRANSLATE_NOOP("ErrorText", "%1 cannot be read as a library record.")),
        ((), QT_TRANSLATE_NOOP("ErrorText", "A library record cannot be read."))],
    "build.failed": [((), QT_TRANSLATE_NOOP(
        "ErrorText", "The library could not be built."))],
    "build.bad_source": [
        (("file",), QT_TRANSLATE_NOOP("ErrorText", "The source file %1 is not valid.")),
        ((), QT_TRANSLATE_NOOP("ErrorText", "A source file is not valid."))],
    "build.bad_input": [
        (("file",), QT_TRANSLATE_NOOP("ErrorText", "The file %1 cannot be read for the build.")),
        ((), QT_TRANSLATE_NOOP("ErrorText", "A file cannot be read for the build."))],
    "not_found": [
        (("id",), QT_TRANSLATE_NOOP("ErrorText", "Nothing has the id %1.")),
        ((), QT_TRANSLATE_NOOP("ErrorText", "That item no longer exists."))],
    "run.wrong_state": [((), QT_TRANSLATE_NOOP(
        "ErrorText", "This run is finished; reopen it to change it."))],
    "run.empty_item": [((), QT_TRANSLATE_NOOP("ErrorText", "An added item needs some text."))],
    "sheet.bad_value": [((), QT_TRANSLATE_NOOP(
        "ErrorText", "This value does not fit the field."))],
    "wipe.bad_scope": [((), QT_TRANSLATE_NOOP(
        "ErrorText", "That is not something FieldKit can wipe."))],
}

# Codes whose core sentence gives the CLI's advice (`--ca-file`): the GUI says its own template,
# in English too.
GUI_WORDED = frozenset({"sync.untrusted_certificate", "sync.bad_ca_file"})


def error_text(exc: FieldKitError | Problem) -> str:
    """The sentence for `exc` in the user's language. In English it is `str(exc)`, the core's
    own sentence (it names the file and the cause, as the CLI does), but for GUI_WORDED codes;
    so is it for a code with no template (tests/ui/test_error_text.py checks every code core
    raises has one)."""
    for names, template in TEMPLATES.get(exc.code, []):
        if all(exc.fields.get(n) for n in names):
            said = QCoreApplication.translate("ErrorText", template)
            if said == template and exc.code not in GUI_WORDED:
                return str(exc)  # English (no catalogue): the core's own, fuller sentence
            return fill(said, [exc.fields[n] for n in names])
    return str(exc)


def problems_text(problems: list[str]) -> str:
    """Problems found without stopping (a pack skipped), each in the user's language."""
    return " ".join(error_text(p) if isinstance(p, Problem) else p for p in problems)


def fill(text: str, values: list[str]) -> str:
    """`%1`, `%2`… replaced in one pass (a value holding '%2' is left as it is)."""
    return _PLACE.sub(lambda m: values[int(m[1]) - 1], text)
