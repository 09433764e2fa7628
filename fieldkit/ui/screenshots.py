"""`make screenshots`: renders every view offscreen to docs/screenshots/*.png.

Uses a throw-away data folder with a sample run, so it never touches the user's own data.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from fieldkit.core.library import LibrarySet
from fieldkit.core.paths import bundled_library_path
from fieldkit.core.userdata import UserData

VIEWS = [
    ("home", "home"),
    ("search", "search:negotiation"),
    ("library", "library"),
    ("checklist", "checklist:checkpoint"),
    ("run", "run"),
    ("checkpoint", "checkpoint"),
    ("prompts", "prompts"),
    ("settings", "settings"),
    ("sync", "sync"),
    ("worksheets", "worksheets:SAMPLE_SHEET"),
    ("if-threatened", "threatened"),
]
SIZE = (1280, 800)


SAMPLE = {  # what a driver would type, in the run's own language
    "en": ("Checkpoint at km 42", "Letters in Arabic and English, 3 copies.", "Debrief, km 42",
           (("where", "Km 42, before the bridge"), ("when", "2026-05-03 14:10"),
            ("how-long", "40 minutes"), ("asked", "Papers twice, then what the trucks carry."))),
    "ar": ("حاجز الكيلو 42", "الرسائل بالعربية والإنجليزية، 3 نسخ.", "استخلاص، الكيلو 42",
           (("where", "الكيلو 42، قبل الجسر"), ("when", "2026-05-03 14:10"),
            ("how-long", "40 دقيقة"), ("asked", "الأوراق مرتين، ثم ما تحمله الشاحنات."))),
}


def seed_sample_run(library: Path, folder: Path, language: str = "en") -> str:
    """A checkpoint run part-way through, with a note, like one a driver would leave, and its
    debrief begun, in `language`; returns the debrief's sheet id."""
    label, note, sheet_label, values = SAMPLE[language]
    with LibrarySet([library], language=language) as libs, UserData(folder) as user:
        checklist = libs.checklist("checkpoint")
        run = user.runs.start(checklist, label, libs.infos[0])
        for item in run.items[:5]:
            user.runs.tick(run.id, item.id)
        user.runs.set_note(run.id, run.items[1].id, note)
        sheet = user.sheets.start(libs.worksheet("checkpoint-debrief"), sheet_label,
                                  run_id=run.id, library=libs.infos[0])
        for field_id, value in values:
            user.sheets.set_value(sheet.id, field_id, value)
        return sheet.id


def main(out_dir: str = "docs/screenshots") -> int:
    from fieldkit.ui.app import build_window, create_app, screenshot

    out = Path(out_dir)
    library = bundled_library_path()
    app = create_app()
    with tempfile.TemporaryDirectory(prefix="fieldkit-shots-") as tmp:
        folder = Path(tmp)
        sheet_id = seed_sample_run(library, folder)
        fresh = Path(tmp) / "fresh"  # no unfinished run: checkpoint mode starts one at once
        fresh.mkdir()
        shots = [(name, spec.replace("SAMPLE_SHEET", sheet_id), "en",
                  fresh if name == "checkpoint" else folder) for name, spec in VIEWS]
        # with the sample run unfinished, entering checkpoint mode asks: continue or new
        shots.append(("checkpoint-choice", "checkpoint", "en", folder))
        # Arabic, right to left (the language sets the direction), with a run started in Arabic
        # (a run keeps the language it was started in)
        arabic = Path(tmp) / "arabic"
        arabic.mkdir()
        seed_sample_run(library, arabic, "ar")
        shots += [("home-ar", "home", "ar", arabic), ("run-ar", "run", "ar", arabic),
                  ("checkpoint-ar", "checkpoint", "ar", fresh)]
        for name, spec, language, where in shots:
            window = build_window([library], where, language=language)
            try:
                screenshot(window, app, spec, SIZE, out / f"{name}.png")
            finally:
                window.close()
                window.ctx.close()
                window.deleteLater()
                app.processEvents()
            print(f"wrote {out / f'{name}.png'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
