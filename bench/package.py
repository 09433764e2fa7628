"""Package benchmark (run by `make bench`): the packaged FieldKit against a bare PySide6 hello
window packaged by the same PyInstaller in the same run, untrimmed (plain `--onedir`) and trimmed
by the same rules (packaging/trim.py, stripped).

Reports archive sizes (normalised tar.gz, as shipped) with their ratios, and the time from
process start to the first painted window (offscreen), FieldKit and hello interleaved, median
of --runs runs. Builds dist/fieldkit with `make package` first if it is missing.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out" / "package"
sys.path.insert(0, str(ROOT / "packaging"))

from build import normalised_tar  # noqa: E402

HELLO = '''\
import os, sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QLabel("Hello"))
window.resize(1280, 800)

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print(f"first-paint {time.time():.6f}", flush=True)
            obj.removeEventFilter(self)
            app.quit()
        return False

probe = FirstPaint()
window.installEventFilter(probe)
window.show()
sys.exit(app.exec())
'''

TRIMMED_SPEC = '''\
import os, sys
sys.path.insert(0, {packaging!r})
from trim import EXCLUDE_MODULES, trim
a = Analysis([{script!r}], excludes=EXCLUDE_MODULES)
a.binaries, _ = trim(a.binaries)
a.datas, _ = trim(a.datas)
pyz = PYZ(a.pure)
exe = EXE(pyz, a.scripts, [], exclude_binaries=True, name="hello", strip=True, upx=False,
          console=True)
coll = COLLECT(exe, a.binaries, a.datas, strip=True, upx=False, name="hello")
'''


def pyinstaller(*args: str, env: dict[str, str]) -> None:
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "ERROR",
                    *args], cwd=OUT, env=env, check=True)


def build_hellos(env: dict[str, str]) -> dict[str, Path]:
    OUT.mkdir(parents=True, exist_ok=True)
    script = OUT / "hello.py"
    script.write_text(HELLO, encoding="utf-8")
    pyinstaller("--onedir", "--name", "hello", "--distpath", str(OUT / "untrimmed"),
                "--workpath", str(OUT / "work-untrimmed"), "--specpath", str(OUT),
                str(script), env=env)
    spec = OUT / "hello-trimmed.spec"
    spec.write_text(TRIMMED_SPEC.format(packaging=str(ROOT / "packaging"), script=str(script)),
                    encoding="utf-8")
    pyinstaller("--distpath", str(OUT / "trimmed"), "--workpath", str(OUT / "work-trimmed"),
                str(spec), env=env)
    return {"untrimmed": OUT / "untrimmed" / "hello", "trimmed": OUT / "trimmed" / "hello"}


def first_paint(cmd: list[str], env: dict[str, str]) -> float:
    t0 = time.time()
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)
    for line in done.stdout.splitlines():
        if line.startswith("first-paint "):
            return float(line.split()[1]) - t0
    raise SystemExit(f"{cmd[0]} did not report a first paint:\n{done.stderr[-2000:]}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("--reuse-hellos", action="store_true",
                    help="time the hello builds already in bench/out/package (same PyInstaller)")
    args = ap.parse_args(argv)
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "0")
    env = {**os.environ, "SOURCE_DATE_EPOCH": epoch, "PYTHONHASHSEED": "0"}
    app = ROOT / "dist" / "fieldkit"
    if not (app / "fieldkit").is_file():
        subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py"), "--no-deb"],
                       cwd=ROOT, check=True)
    hellos = {"untrimmed": OUT / "untrimmed" / "hello", "trimmed": OUT / "trimmed" / "hello"}
    if not (args.reuse_hellos and all((h / "hello").is_file() for h in hellos.values())):
        hellos = build_hellos(env)
    sizes = {"fieldkit": 0, "untrimmed": 0, "trimmed": 0}
    with tempfile.TemporaryDirectory(prefix="fieldkit-bench-package-") as tmp_name:
        tmp = Path(tmp_name)
        for name, folder in (("fieldkit", app), *hellos.items()):
            archive = tmp / f"{name}.tar.gz"
            normalised_tar(folder, archive, int(epoch))
            sizes[name] = archive.stat().st_size
        run_env = {k: v for k, v in os.environ.items()
                   if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
        run_env.update({"QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp / "home"),
                        "XDG_CONFIG_HOME": str(tmp / "config"),
                        "XDG_CACHE_HOME": str(tmp / "cache"),
                        "FIELDKIT_HOME": str(tmp / "data"), "FIELDKIT_FIRST_PAINT_EXIT": "1"})
        fk_cmd = [str(app / "fieldkit")]
        hello_cmd = [str(hellos["trimmed"] / "hello")]
        # first run: the bundled pack is installed and caches are made; not timed
        first_paint(fk_cmd, run_env)
        first_paint(hello_cmd, run_env)
        fk, hello = [], []
        for _ in range(args.runs):  # interleaved: load on the shared machine hits both alike
            fk.append(first_paint(fk_cmd, run_env))
            hello.append(first_paint(hello_cmd, run_env))
    fk_med, hello_med = statistics.median(fk), statistics.median(hello)
    mb = 1e6
    result = {
        "archive_bytes": sizes,
        "vs_untrimmed_hello": sizes["fieldkit"] / sizes["untrimmed"],
        "vs_trimmed_hello": sizes["fieldkit"] / sizes["trimmed"],
        "first_paint_median_s": {"fieldkit": fk_med, "hello_trimmed": hello_med},
        "first_paint_ratio": fk_med / hello_med, "runs": args.runs,
    }
    (OUT / "package.json").write_text(json.dumps(result, indent=1), encoding="utf-8")
    print("package benchmark (tar.gz as shipped; first paint offscreen, median of "
          f"{args.runs} interleaved runs)")
    print(f"  archive: FieldKit {sizes['fieldkit'] / mb:.1f} MB; hello untrimmed "
          f"{sizes['untrimmed'] / mb:.1f} MB -> {result['vs_untrimmed_hello']:.2f}x "
          "(target <= 0.75x); hello trimmed "
          f"{sizes['trimmed'] / mb:.1f} MB -> {result['vs_trimmed_hello']:.2f}x "
          "(target <= 1.10x)")
    print(f"  first paint: FieldKit {fk_med:.3f} s, hello {hello_med:.3f} s -> "
          f"{result['first_paint_ratio']:.2f}x (target <= 2.0x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
