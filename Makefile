# FieldKit: `make run` opens the app, `make test` runs the whole suite. Both set up what they need.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
LIB    := build/library.sqlite
STAMP  := $(VENV)/.installed
DATA   := $(shell find data -type f 2>/dev/null)

TS     := $(wildcard assets/translations/fieldkit_*.ts)
QM     := $(TS:.ts=.qm)

.PHONY: setup run test lint bench screenshots clean i18n-check package translations

$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -r requirements.lock
	$(BIN)/pip install -q --no-deps --no-build-isolation -e .
	touch $@

$(LIB): $(STAMP) $(DATA)
	$(BIN)/fieldkit build data -o $(LIB)

## setup: the environment, the bundled library and the UI translations (.qm), no window
setup: $(LIB) $(QM)

# The compiled catalogues are built, never committed: the .ts files are their source.
assets/translations/%.qm: assets/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

## translations: pull new UI strings into assets/translations/*.ts, compile, show coverage
translations: $(STAMP)
	$(BIN)/python -m fieldkit.ui.i18n_check --update || true
	$(BIN)/python -m fieldkit.ui.i18n_check --release

## run: open the desktop app on the bundled library
run: setup
	$(BIN)/fieldkit

## package: dist/fieldkit/ (PyInstaller, one folder), dist/fieldkit-VERSION-linux-x86_64.tar.gz
## and a .deb, reproducible for one commit; prints the archive's SHA-256 and the glibc floor
package: setup
	@command -v cc >/dev/null || [ "$$(id -u)" != 0 ] || { apt-get update -qq && \
	  apt-get install -y -qq gcc; } >/dev/null 2>&1 \
	  || echo "warning: no C compiler: the package build needs cc to reduce ICU's data"
	$(BIN)/python packaging/build.py

## test: the whole suite (offscreen Qt; no display needed), with the package built once and
## smoke-tested (tests/package/; FIELDKIT_SKIP_PACKAGE=1 skips that locally, never in CI)
test: setup
	@if [ "$$FIELDKIT_SKIP_PACKAGE" != 1 ]; then $(MAKE) --no-print-directory package; fi
	@command -v nginx >/dev/null || test -x /usr/sbin/nginx || [ "$$(id -u)" != 0 ] || \
	  apt-get install -y -qq nginx-light >/dev/null 2>&1 || apt-get install -y -qq nginx \
	  >/dev/null 2>&1 || echo "warning: nginx missing: the HTTP sync tests will be skipped"
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest
	$(BIN)/ruff check .
	$(MAKE) --no-print-directory i18n-check

## i18n-check: every content text and UI string translated (es, fr, ar; en: plurals), glossary used,
## GLOSSARY.md fresh
i18n-check: $(STAMP)
	$(BIN)/python -m fieldkit.core.i18n_check data
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m fieldkit.ui.i18n_check

lint: $(STAMP)
	$(BIN)/ruff check .

## bench: search, build, GUI and pack benchmarks on a synthetic 100,000-record library
bench: setup
	$(BIN)/python bench/search.py
	$(BIN)/python bench/gui.py
	$(BIN)/python bench/packs.py
	$(BIN)/python bench/package.py
	$(BIN)/python bench/vault.py

## screenshots: docs/screenshots/*.png of every view
screenshots: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m fieldkit.ui.screenshots docs/screenshots

clean:
	rm -rf $(VENV) build dist
