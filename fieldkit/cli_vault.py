"""The passphrase side of `fieldkit`: asking for it, and `fieldkit passphrase set|change|remove`.

Passphrases come from the terminal without echo (getpass), or, for scripts and tests, from
FIELDKIT_PASSPHRASE (commands that open the data) or one per line on standard input when it
is not a terminal (`fieldkit passphrase ...`). Never printed, never logged. A wrong one counts
as at the app's lock screen (the growing wait, and the wipe after the number of tries the person
chose): the terminal is not a way around them.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
import time
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from fieldkit.core.errors import UserDataError
from fieldkit.core.paths import data_dir

if TYPE_CHECKING:  # the vault (cryptography, SQLCipher) loads only when a command needs it
    from fieldkit.core.vault import DataKey

EXIT_OK = 0
ENV_PASSPHRASE = "FIELDKIT_PASSPHRASE"
READABLE_BY_ANYONE = ("Your notes, runs and worksheets are now stored without encryption: "
                      "anyone with this computer or a copy of its disk can read them.")


def _vault() -> ModuleType:
    """fieldkit.core.vault, imported on first use: the app's start-up parses these commands
    but must not load cryptography and SQLCipher before its window paints."""
    from fieldkit.core import vault

    return vault


def _access() -> ModuleType:
    from fieldkit.core import access

    return access


def add_passphrase_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("passphrase", parents=[common],
                       help="encrypt your data with a passphrase, change it or remove it")
    actions = p.add_subparsers(dest="passphrase_command", metavar="ACTION")
    actions.required = True
    actions.add_parser("set", parents=[common],
                       help="encrypt your data (asks the new passphrase twice)")
    actions.add_parser("change", parents=[common],
                       help="change the passphrase (asks the old one, then the new one twice)")
    actions.add_parser("remove", parents=[common],
                       help="decrypt your data for good (anyone with the computer can read it)")


def user_key(folder: Path) -> DataKey | None:
    """The data key for a command that opens `folder`'s data: None when it has no passphrase;
    otherwise unlocked with FIELDKIT_PASSPHRASE or a passphrase typed at the terminal."""
    if not _vault().is_protected(folder):
        return None
    _access().refuse_beside_a_window(folder)
    passphrase = os.environ.get(ENV_PASSPHRASE)
    if passphrase is None:
        if not sys.stdin.isatty():
            raise _vault().PassphraseRequired("your data is locked: type the passphrase at a "
                                              f"terminal or set {ENV_PASSPHRASE}")
        passphrase = _ask("Passphrase: ")
    _wait_after_failures(folder)
    return _access().unlock_key(folder, passphrase)


def _wait_after_failures(folder: Path) -> None:
    """After wrong passphrases in a row the next try waits, as at the lock screen (the count is
    on disk, shared with the app)."""
    from fieldkit.core.privacy import read_privacy

    delay = _access().retry_delay(read_privacy(folder).failed_unlocks)
    if delay:
        print(f"Waiting {delay} s: the last passphrases typed were wrong.", file=sys.stderr,
              flush=True)
        time.sleep(delay)


def _ask(prompt: str) -> str:
    try:
        return getpass.getpass(prompt)
    except EOFError:
        raise _vault().PassphraseRequired("no passphrase was given") from None


class _Answers:
    """Passphrases for `fieldkit passphrase`: typed (no echo) at a terminal, or read one per
    line from standard input when it is not a terminal."""

    def __init__(self) -> None:
        self.interactive = sys.stdin.isatty()

    def next(self, prompt: str) -> str:
        if self.interactive:
            return _ask(prompt)
        line = sys.stdin.readline()
        if not line:
            raise _vault().PassphraseRequired(
                f"no passphrase was given for '{prompt.rstrip(': ')}' (standard input ended)")
        return line.rstrip("\r\n")

    def new(self) -> str:
        first = self.next("New passphrase: ")
        if self.next("New passphrase again: ") != first:
            raise _vault().PassphraseRequired("the two new passphrases differ; nothing was changed")
        return first


def cmd_passphrase(args: argparse.Namespace) -> int:
    folder = data_dir(args.data_dir)
    answers = _Answers()
    if args.passphrase_command == "set":
        if _vault().is_protected(folder):
            raise UserDataError(f"{folder}: your data already has a passphrase; use "
                                     "'fieldkit passphrase change'")
        _vault().set_passphrase(folder, answers.new()).forget()
        print("Your data is now encrypted; it opens only with this passphrase. Without it "
              "nobody, not even FieldKit, can bring the data back.")
    elif args.passphrase_command == "change":
        _require_protected(folder)
        _access().refuse_beside_a_window(folder)
        old = answers.next("Current passphrase: ")
        new = answers.new()
        _wait_after_failures(folder)
        with _access().counting_failures(folder):
            _vault().change_passphrase(folder, old, new)
        print("The passphrase was changed.")
    else:
        _require_protected(folder)
        _access().refuse_beside_a_window(folder)
        passphrase = answers.next("Current passphrase: ")
        _wait_after_failures(folder)
        with _access().counting_failures(folder):
            _vault().remove_passphrase(folder, passphrase)
        print(READABLE_BY_ANYONE)
    return EXIT_OK


def _require_protected(folder: Path) -> None:
    if not _vault().is_protected(folder):
        raise UserDataError(f"{folder}: your data has no passphrase; set one with "
                                 "'fieldkit passphrase set'")


PASSPHRASE_COMMANDS = {"passphrase": cmd_passphrase}
