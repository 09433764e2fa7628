"""What the Sync screen runs on the worker: look for updates, install them, and say the result
in plain words. Calls the packs API only (no Qt, no SQL); cancellation comes in through the
worker's Progress, and a cancelled download keeps its `.part` file for the next try."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from fieldkit.core.errors import Problem
from fieldkit.packs.errors import (
    ExpiredError,
    FetchError,
    HashError,
    PackError,
    SignatureError,
    TrustError,
)
from fieldkit.packs.fetch import FetchCancelled, FetchPolicy, HttpSource
from fieldkit.packs.install import InstalledPack, installed_packs
from fieldkit.packs.sources import FolderSource, Source
from fieldkit.packs.sync import SyncReport, Update, available_updates, sync_source
from fieldkit.ui.error_text import error_text, fill
from fieldkit.ui.worker import Cancelled, Progress, describe_failure

# The update notice looks quickly and gives up quietly: it must never hold anything up.
NOTICE_POLICY = FetchPolicy(connect_timeout=3.0, read_timeout=5.0, attempts=1)


def make_source(text: str, cancel: threading.Event | None = None,
                policy: FetchPolicy | None = None, ca_file: str | None = None) -> Source:
    """A feed URL or a folder; `ca_file` adds an organisation's own CA for an https feed."""
    text = text.strip()
    if text.startswith(("http://", "https://")):
        return HttpSource(text, policy, cancel, ca_file=ca_file)
    return FolderSource(Path(text).expanduser())


@dataclass(frozen=True)
class Checked:
    source: str
    updates: list[Update]
    installed: list[InstalledPack]


def check_updates(home: Path, text: str, *, take_all: bool = True, accept_stale: bool = False,
                  cancel: threading.Event | None = None,
                  policy: FetchPolicy | None = None, ca_file: str | None = None) -> Checked:
    """What the source offers, checked (signatures, rollback, expiry); nothing installed."""
    try:
        updates = available_updates(home, make_source(text, cancel, policy, ca_file),
                                    take_all=take_all,
                                    accept_stale=accept_stale)
    except FetchCancelled:
        raise Cancelled from None
    return Checked(text, updates, installed_packs(home))


def install_updates(home: Path, text: str, progress: Progress, *, take_all: bool = True,
                    accept_stale: bool = False, ca_file: str | None = None) -> SyncReport:
    """Fetch and install; a cancel before the switch leaves the installed version as it was
    (the install checks at each step, the download at each chunk)."""
    source = make_source(text, progress.cancel_event, ca_file=ca_file)
    try:
        return sync_source(home, source, take_all=take_all, accept_stale=accept_stale,
                           progress=progress.report, steps=progress.say)
    except FetchCancelled:
        raise Cancelled from None


def first_answering_source(home: Path, sources: list[str],
                           ca_file: str | None = None) -> Checked | None:
    """The update notice: the first remembered source that answers, or None (a stick that is
    not plugged in, no network, a stale stick: said nothing about)."""
    for text in sources:
        try:
            return check_updates(home, text, policy=NOTICE_POLICY, ca_file=ca_file)
        except PackError:
            continue
    return None


def describe_report(report: SyncReport, titles: dict[str, str]) -> str:
    """'Regional pack: updated from version 1 to version 3.' per pack, or 'up to date'."""
    def tr(text: str, *values: object) -> str:
        return fill(QCoreApplication.translate("ErrorText", text), [str(v) for v in values])

    lines = []
    for r in report.installed:
        name = r.title or titles.get(r.id) or r.id
        if not r.changed:
            lines.append(tr(_ALREADY, name, r.version))
        elif r.previous is None:
            lines.append(tr(_INSTALLED, name, r.version))
        else:
            lines.append(tr(_UPDATED_DELTA if r.id in report.via_delta else _UPDATED, name,
                            r.previous, r.version))
    if not report.installed:
        lines.append(tr(_UP_TO_DATE))
    for s in report.skipped:
        if not isinstance(s, Problem):
            lines.append(tr(_SKIPPED, s))
            continue
        said = error_text(s)
        if said == s:  # English: the core's own sentence names the pack
            lines.append(tr(_SKIPPED, s) if s.fields.get("skipped") else s)
        elif s.fields.get("skipped"):  # the file's name, then the reason in their language
            lines.append(tr(_SKIPPED_BECAUSE, s.fields["skipped"], said))
        else:  # a sentence of its own (a delta refused, a pack left for a stale source)
            lines.append(said)
    if report.is_stale and report.content_as_of:
        lines.append(tr(_OUT_OF_DATE, report.content_as_of[:10]))
    return "\n".join(lines)


def explain_failure(exc: BaseException) -> str:
    """One sentence that says what kind of problem it was, so the person knows whether trying
    again can help: a refused (untrusted) update is never worth a retry, a network one is."""
    said = describe_failure(exc)
    kind = (_REFUSED_UNTRUSTED if isinstance(exc, SignatureError | TrustError) else
            _REFUSED_TAMPERED if isinstance(exc, HashError) else
            _REFUSED_STALE if isinstance(exc, ExpiredError) else
            _UNREACHABLE if isinstance(exc, FetchError) and exc.code not in _OWN_KIND else None)
    if kind is None:
        return said
    return QCoreApplication.translate("ErrorText", kind).replace("%1", said)


# a setting to change, not a network to wait for: said as it is
_OWN_KIND = frozenset({"sync.untrusted_certificate", "sync.bad_ca_file"})
_ALREADY = QT_TRANSLATE_NOOP("ErrorText", "%1: version %2 was already installed.")
_INSTALLED = QT_TRANSLATE_NOOP("ErrorText", "%1: installed version %2.")
_UPDATED = QT_TRANSLATE_NOOP("ErrorText", "%1: updated from version %2 to version %3.")
_UPDATED_DELTA = QT_TRANSLATE_NOOP(
    "ErrorText", "%1: updated from version %2 to version %3 (only the changes were "
                 "downloaded).")
_UP_TO_DATE = QT_TRANSLATE_NOOP("ErrorText", "Everything is up to date: nothing was changed.")
_SKIPPED = QT_TRANSLATE_NOOP("ErrorText", "Skipped %1.")
_SKIPPED_BECAUSE = QT_TRANSLATE_NOOP("ErrorText", "Skipped %1: %2.")
_OUT_OF_DATE = QT_TRANSLATE_NOOP("ErrorText",
                                 "The source was out of date: content as of %1.")
_REFUSED_UNTRUSTED = QT_TRANSLATE_NOOP(
    "ErrorText", "Refused: this update is not signed by a publisher this device trusts, so "
                 "nothing was installed. Do not use this source. (%1)")
_REFUSED_TAMPERED = QT_TRANSLATE_NOOP(
    "ErrorText", "Refused: a file on this source is not the one its publisher signed (damaged "
                 "or tampered with), so nothing was installed. (%1)")
_REFUSED_STALE = QT_TRANSLATE_NOOP("ErrorText", "Refused: this source is out of date. (%1)")
_UNREACHABLE = QT_TRANSLATE_NOOP(
    "ErrorText", "Could not reach the source or read from it (no network, too slow, or the "
                 "drive was removed). Nothing was changed; try again later. (%1)")
