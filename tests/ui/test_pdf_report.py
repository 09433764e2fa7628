"""The PDF report (issue 10): it uses the page's full width, repeats the table header on every
page and numbers its pages. Read back with pdftotext (poppler), as a person's viewer would."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from fieldkit.ui.report_export import export_run

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"),
                                reason="needs pdftotext (apt-get install poppler-utils)")
NOTE = ("Asked for papers twice; the person in charge checked the cargo manifest line by line "
        "and let us through after a call. ") * 3


def test_a_long_report_fills_the_page_repeats_its_header_and_numbers_pages(window,
                                                                           tmp_path: Path):
    libs, user = window.ctx.libs, window.ctx.user
    run = user.runs.start(libs.checklist("checkpoint"), "Checkpoint at km 42", libs.infos[0])
    for item in run.items[:12]:
        user.runs.tick(run.id, item.id)
    for item in run.items[::2]:
        user.runs.set_note(run.id, item.id, NOTE)
    pdf = export_run(user, libs, run.id, tmp_path / "report.pdf")

    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    pages = text.split("\f")
    pages = [p for p in pages if p.strip()]
    assert len(pages) >= 3
    for number, page in enumerate(pages, 1):
        assert f"page {number} of {len(pages)}" in page
    # the item table's header heads every page that holds item rows
    item_pages = [p for p in pages if "✔ yes" in p or "✘ no" in p]
    assert len(item_pages) >= 2
    headless = [p[:300] for p in item_pages if not re.search(r"Done\s+Item\s+Time\s+Note", p)]
    assert headless == []

    bbox = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    page_width = float(re.search(r'<page width="([\d.]+)"', bbox).group(1))
    right_edge = max(float(x) for x in re.findall(r'xMax="([\d.]+)"', bbox))
    assert right_edge > 0.8 * page_width  # the text reaches across the page, not 60% of it
