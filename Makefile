# Two entry points on a fresh machine with Python 3.11 and make:
#   make demo   set up, then ingest the sample corpus and print a summary
#   make test   set up, then lint and run the whole test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup browser dictionaries demo test lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)

# Debian's chromium for the report's browser test (Playwright cannot download one here)
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium; \
	  else echo "install Debian's chromium (sudo apt-get install chromium) for the browser test"; fi; }

# FreeDict's dictionaries into English: the English word for a foreign noun no table holds
DICTIONARIES := deu fra pol
dictionaries:
	@test -f /usr/share/dictd/freedict-deu-eng.index || { \
	  if [ "$$(id -u)" = 0 ]; then { apt-get update -qq && apt-get install -y -qq \
	    $(foreach d,$(DICTIONARIES),dict-freedict-$(d)-eng); } \
	    || echo "FreeDict's dictionaries could not be installed: foreign nouns stay as written"; \
	  else echo "install Debian's FreeDict dictionaries (sudo apt-get install $(foreach d,$(DICTIONARIES),dict-freedict-$(d)-eng)) to name foreign nouns in English"; fi; }

demo: setup
	$(BIN)/sitrep demo --db sitrep-demo.db

lint: setup
	$(BIN)/ruff check src tests bench

test: lint browser dictionaries
	$(BIN)/python -m pytest -q tests bench

bench: setup
	$(BIN)/python bench/extraction_f1.py --baseline
	$(BIN)/python bench/ingest_throughput.py

clean:
	rm -rf $(VENV) sitrep-demo.db sitrep-demo.db-wal sitrep-demo.db-shm sitrep-demo-report
