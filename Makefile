# hubtools: the two set-up commands are `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# Each stage says what it does and how long it usually takes on a 2-core machine.
SAY    := @printf '\n== %s\n'

.PHONY: install test demo bench lint format clean

install: $(STAMP)

# torch is installed first and pinned: an unpinned torch pulls a multi-GB CUDA build.
$(STAMP): pyproject.toml
	$(SAY) "install 1/4: virtual environment in $(VENV) (about 5 s)"
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(SAY) "install 2/4: torch 2.13.0, CPU build (about 15 s from the local cache, minutes from PyPI)"
	$(BIN)/pip install --quiet --progress-bar off torch==2.13.0
	$(SAY) "install 3/4: hubtools and its dependencies, with the dev tools (about 25 s)"
	$(BIN)/pip install --quiet --progress-bar off -e '.[dev]'
	$(SAY) "install 4/4: done"
	touch $(STAMP)

# The coverage floor only rises: raise it when the suite covers more, never lower it.
COV_FLOOR := 91

test: install
	$(SAY) "test 1/4: ruff, lint and format (about 1 s)"
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(SAY) "test 2/4: mypy, strict on cards, publish and localhub (about 45 s cold, 5 s cached)"
	$(BIN)/mypy
	$(SAY) "test 3/4: actionlint on the workflows (about 1 s)"
	$(BIN)/actionlint .github/workflows/*.yml
	$(SAY) "test 4/4: pytest with line coverage, floor $(COV_FLOOR)% (about 16 minutes on this 2-core machine with one other busy process, 23 with two; the slowest tests and the least covered files are listed at the end)"
	rm -f .coverage .coverage.*
	$(BIN)/python -m pytest -q --durations=15 --cov=hubtools --cov-report=term --cov-fail-under=$(COV_FLOOR)

demo: install
	$(SAY) "demo: a local Hub, two fictional users, a tiny model trained and published (about 40 s)"
	$(BIN)/python -m hubtools.demo

bench: install
	@for f in bench/*.py; do echo "== $$f"; $(BIN)/python $$f || exit 1; done

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache .coverage .coverage.*
