# Two entry points, each doing its own set-up on a fresh machine (a venv in .venv).
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STORE ?= store

.PHONY: demo test lint setup bench clean

$(BIN)/resgraph: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test,serve]'
	touch $@

setup: $(BIN)/resgraph

## demo: build the graph from data/ into the embedded store and show the lineage of 67/186
demo: setup
	$(BIN)/resgraph extract data/resolutions
	$(BIN)/resgraph build data/resolutions --store $(STORE)
	$(BIN)/resgraph lineage A/RES/67/186 --store $(STORE)

## lint: ruff (format check and lint, rules in pyproject.toml) and mypy, before any test runs
lint: setup
	$(BIN)/ruff format --check src tests benchmarks scripts
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/mypy src

## test: lint, then the whole test suite
test: lint
	$(BIN)/python -m pytest

## bench: extraction and build benchmarks on ../shared/corpus-full
bench: setup
	$(BIN)/python benchmarks/extract.py
	$(BIN)/python benchmarks/build.py

clean:
	rm -rf $(STORE) .pytest_cache
