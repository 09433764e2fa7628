# FieldKit: `make run` opens the app, `make test` runs the whole suite. Both set up what they need.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
LIB    := build/library.sqlite
STAMP  := $(VENV)/.installed
DATA   := $(shell find data -type f 2>/dev/null)

.PHONY: setup run test lint bench screenshots clean

$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -r requirements.lock
	$(BIN)/pip install -q --no-deps --no-build-isolation -e .
	touch $@

$(LIB): $(STAMP) $(DATA)
	$(BIN)/fieldkit build data -o $(LIB)

## setup: the environment and the bundled library, no window
setup: $(LIB)

## run: open the desktop app on the bundled library
run: setup
	$(BIN)/fieldkit

## test: the whole suite (offscreen Qt; no display needed)
test: setup
	@command -v nginx >/dev/null || test -x /usr/sbin/nginx || [ "$$(id -u)" != 0 ] || \
	  apt-get install -y -qq nginx-light >/dev/null 2>&1 || apt-get install -y -qq nginx \
	  >/dev/null 2>&1 || echo "warning: nginx missing: the HTTP sync tests will be skipped"
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest
	$(BIN)/ruff check .

lint: $(STAMP)
	$(BIN)/ruff check .

## bench: search, build, GUI and pack benchmarks on a synthetic 100,000-record library
bench: setup
	$(BIN)/python bench/search.py
	$(BIN)/python bench/gui.py
	$(BIN)/python bench/packs.py
	$(BIN)/python bench/vault.py

## screenshots: docs/screenshots/*.png of every view
screenshots: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m fieldkit.ui.screenshots docs/screenshots

clean:
	rm -rf $(VENV) build dist
