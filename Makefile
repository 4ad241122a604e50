# Two entry points on a fresh machine with Python 3.11 and make:
#   make demo   set up, then ingest the sample corpus and print a summary
#   make test   set up, then lint and run the whole test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup demo test lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)

demo: setup
	$(BIN)/sitrep demo --db sitrep-demo.db

lint: setup
	$(BIN)/ruff check src tests

test: lint
	$(BIN)/python -m pytest -q tests

bench: setup
	$(BIN)/python bench/extraction_f1.py --baseline
	$(BIN)/python bench/ingest_throughput.py

clean:
	rm -rf $(VENV) sitrep-demo.db sitrep-demo.db-wal sitrep-demo.db-shm
