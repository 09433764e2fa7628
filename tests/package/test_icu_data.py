"""ICU's data reduced for the package (packaging/icu_data.py): what it keeps, that Qt reads it,
and that the package ships it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.package.conftest import APP

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

import icu_data  # noqa: E402

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="PySide6 ships ICU's data library on Linux only")


def _source() -> Path:
    import PySide6

    found = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    assert found, "PySide6 has no libicudata.so.NN"
    return found[0]


@pytest.fixture(scope="module")
def reduced(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if shutil.which("cc") is None and shutil.which("gcc") is None:
        if os.environ.get("FIELDKIT_CI"):
            pytest.fail("no C compiler (.ci/run installs gcc)")
        pytest.skip("no C compiler")
    path, _lines = icu_data.reduce_library(_source(), tmp_path_factory.mktemp("icu"))
    return path


def _names(library: Path) -> dict[str, bytes]:
    major = icu_data.SONAME_RE.search(library.name).group(2)
    _header, items = icu_data.read_package(icu_data.read_symbol(library, f"icudt{major}_dat"))
    return {item.name.split("/", 1)[1]: item.data for item in items}


def test_the_app_languages_are_the_uis() -> None:
    from fieldkit.ui.i18n import LANGUAGES

    assert icu_data.APP_LANGUAGES == LANGUAGES


def test_rewriting_the_full_package_gives_the_same_bytes() -> None:
    """The writer lays items out as ICU's own packager does: the whole package read and
    written again is byte-identical."""
    source = _source()
    major = icu_data.SONAME_RE.search(source.name).group(2)
    data = icu_data.read_symbol(source, f"icudt{major}_dat")
    header, items = icu_data.read_package(data)
    assert len(items) > 3000
    assert icu_data.write_package(header, items) == data


def test_the_reduced_data_keeps_the_app_languages_and_leaves_out_the_rest(reduced: Path) -> None:
    full, kept = _names(_source()), _names(reduced)
    assert reduced.stat().st_size < _source().stat().st_size / 4
    for name in ("coll/root.res", "coll/ucadata.icu", "coll/es.res", "coll/fr.res",
                 "coll/ar.res", "root.res", "en_GB.res", "es_419.res", "fr_CA.res",
                 "ar_SA.res", "cnvalias.icu", "nfkc.nrm", "likelySubtags.res",
                 "supplementalData.res", "brkitr/word.brk", "zone/ar.res", "curr/pool.res",
                 "res_index.res", "coll/res_index.res", "pool.res", "lang/root.res"):
        assert name in kept, name
        assert kept[name] == full[name], name
    for name in ("coll/zh.res", "coll/de.res", "sv.res", "ja.res", "gb18030.cnv",
                 "brkitr/cjdict.dict", "translit/root.res", "unames.icu"):
        assert name in full and name not in kept, name
    assert not [n for n in kept if n.endswith((".cnv", ".dict"))]
    assert sorted(kept) == list(kept), "ICU finds items by binary search on sorted names"


COLLATE = """
import functools, json
from PySide6.QtCore import QCollator, QCoreApplication, QLocale
app = QCoreApplication([])
words = ["éclair", "Zebra", "apple", "Ñandú", "nube", "file10", "file9", "عربي", "ألف",
         "Ärger", "ozone", "ch", "cz", "côte", "cote", "coté", "côté"]
out = {}
for name in ["en_US", "es_ES", "fr_CA", "ar_SA", "sv_SE"]:
    c = QCollator(QLocale(name))
    c.setNumericMode(True)
    out[name] = sorted(words, key=functools.cmp_to_key(c.compare))
out["upper"] = [QLocale("tr_TR").toUpper("istanbul"), QLocale("fr_FR").toUpper("école")]
print(json.dumps(out))
"""


def _collate(preload: Path | None) -> dict[str, list[str]]:
    import json

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    if preload is not None:
        env["LD_PRELOAD"] = str(preload)
    done = subprocess.run([sys.executable, "-c", COLLATE], env=env, capture_output=True,
                          text=True, timeout=120, check=True)
    return json.loads(done.stdout)


def test_qt_sorts_and_cases_the_app_languages_as_with_the_full_data(reduced: Path) -> None:
    full, small = _collate(None), _collate(reduced)
    for name in ("en_US", "es_ES", "fr_CA", "ar_SA", "upper"):
        assert small[name] == full[name], name
    # Spanish orders ñ after n; Arabic puts its own script first: the locale data is read.
    assert small["es_ES"].index("nube") < small["es_ES"].index("Ñandú")
    assert small["ar_SA"][0] == "ألف"
    assert small["upper"] == ["İSTANBUL", "ÉCOLE"]
    # Swedish is left out: its order falls back to the root order (ä with a), which proves
    # the reduced library was the one loaded.
    assert full["sv_SE"] != small["sv_SE"]
    assert small["sv_SE"] == small["en_US"]


def test_the_package_ships_the_reduced_data(reduced: Path) -> None:
    shipped = sorted((APP / "_internal" / "PySide6" / "Qt" / "lib").glob("libicudata.so.*"))
    if not shipped:
        if os.environ.get("FIELDKIT_CI") or os.environ.get("FIELDKIT_SKIP_PACKAGE") != "1":
            pytest.fail(f"{APP} has no libicudata.so.NN: run `make package`")
        pytest.skip("FIELDKIT_SKIP_PACKAGE=1: the package is not built in this run")
    assert set(_names(shipped[0])) == set(_names(reduced))
