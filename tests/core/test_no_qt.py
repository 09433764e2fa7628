"""`fieldkit.core` and `fieldkit.packs` never import Qt: checked on the source (ast) and on a
real import."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import fieldkit.core
import fieldkit.packs

CORE = Path(fieldkit.core.__file__).parent
PACKS = Path(fieldkit.packs.__file__).parent
QT_ROOTS = {"PySide6", "PySide2", "PyQt5", "PyQt6", "shiboken6", "shiboken2", "qtpy", "pytestqt"}


def imported_roots(path: Path) -> set[str]:
    """Top-level package of every import in the file, wherever it sits (functions included)."""
    roots: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
        elif (isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(
                node.func, "id", None)) in ("import_module", "__import__") and node.args
              and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
            roots.add(node.args[0].value.split(".")[0])
    return roots


def test_the_checker_sees_qt_imports(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("import os\ndef f():\n    from PySide6.QtCore import QObject\n"
                      "importlib.import_module('PyQt6.QtGui')\n", "utf-8")
    assert imported_roots(sample) >= {"os", "PySide6", "PyQt6"}


def test_no_core_module_imports_qt() -> None:
    modules = sorted(CORE.rglob("*.py"))
    assert len(modules) > 10  # the walk really found the core
    offenders = {p.name: sorted(imported_roots(p) & QT_ROOTS) for p in modules}
    assert {name: qt for name, qt in offenders.items() if qt} == {}


def test_no_core_module_imports_the_gui() -> None:
    for path in sorted(CORE.rglob("*.py")):
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                assert not node.module.startswith("fieldkit.ui"), path.name
            if isinstance(node, ast.Import):
                assert not any(a.name.startswith("fieldkit.ui") for a in node.names), path.name


def test_no_packs_module_imports_qt_or_the_gui() -> None:
    modules = sorted(PACKS.rglob("*.py"))
    assert len(modules) > 5
    for path in modules:
        roots = imported_roots(path)
        assert not roots & QT_ROOTS, path.name
        tree = ast.parse(path.read_text("utf-8"))
        assert not any(isinstance(n, ast.ImportFrom) and (n.module or "").startswith("fieldkit.ui")
                       for n in ast.walk(tree)), path.name


def test_importing_the_core_and_cli_loads_no_qt() -> None:
    modules = [f"fieldkit.{room.name}.{p.stem}" for room in (CORE, PACKS)
               for p in sorted(room.glob("*.py")) if p.stem != "__init__"]
    code = (f"import sys\nfor m in {[*modules, 'fieldkit.cli']!r}:\n    __import__(m)\n"
            f"print(sorted(m for m in sys.modules if m.split('.')[0] in {sorted(QT_ROOTS)!r}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=60).stdout
    assert out.strip() == "[]"
