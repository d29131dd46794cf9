# Two commands for a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# Exported: in development the settings derive SITE_URL from them.
export HOST ?= 127.0.0.1
export PORT ?= 8000
export DEBUG ?= true
# `make test` leaves out the screenshots for people to look at (.ci/run takes
# them); `make test PYTEST_MARKERS=` runs everything.
PYTEST_MARKERS ?= not screenshots
# One test worker per core (pytest-xdist); the browser flows share one served
# site, so they stay together in one worker (tests/e2e/conftest.py).
# `make test PYTEST_WORKERS=0` runs everything in one process.
PYTEST_WORKERS ?= 2

.PHONY: run test install migrate seed lint format messages check clean e2e bench bench-reliability

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	@touch $(STAMP)

# The W3C Nu HTML Checker for the validator tests (runs on Java). Skipped, with
# a note from the tests, where npm is missing.
VNU_VERSION := 26.9.27
VNU_JAR := $(VENV)/vnu/node_modules/vnu-jar/build/dist/vnu.jar
$(VNU_JAR):
	@if command -v npm >/dev/null 2>&1; then \
	  npm install --silent --no-audit --no-fund --prefix $(VENV)/vnu vnu-jar@$(VNU_VERSION); \
	else echo "npm not found: the HTML validator tests will be skipped"; fi

install: $(STAMP) $(VNU_JAR)

migrate: install
	$(BIN)/python manage.py migrate --noinput

seed: migrate
	$(BIN)/python manage.py seed_demo

run: seed
	@echo "Serving on http://$(HOST):$(PORT)/  (admin: http://$(HOST):$(PORT)/admin/)"
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

test: install
	$(BIN)/python -m pytest -m "$(PYTEST_MARKERS)" -n $(PYTEST_WORKERS) --dist loadgroup $(PYTEST_ARGS)

e2e: install
	$(BIN)/python -m pytest tests/e2e -m "$(PYTEST_MARKERS)" $(PYTEST_ARGS)

# Templates: djade (template tags) then djhtml (indentation). Only .html:
# whitespace in robots.txt and the XML sitemaps is theirs to keep.
TEMPLATES = $(shell find templates -name '*.html')
DJHTML = $(BIN)/djhtml --tabwidth 2

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djade --check $(TEMPLATES)
	$(DJHTML) --check templates

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
	$(BIN)/djade $(TEMPLATES) || true  # exits 1 whenever it changed a file
	$(DJHTML) templates

check: install
	$(BIN)/python manage.py check
	$(BIN)/python manage.py makemigrations --check --dry-run

messages: install
	$(BIN)/python manage.py makemessages -l it --no-obsolete --no-location --ignore=.venv --ignore=var --ignore=bench
	touch locale/*/LC_MESSAGES/*.po  # else a .mo newer than its .po is skipped
	$(BIN)/python manage.py compilemessages -l it --ignore=.venv

bench: install
	$(BIN)/python bench/run.py
	$(BIN)/python bench/media.py

# Load with faults (Redis stopped, database frozen with --postgres): errors, p99, memory.
bench-reliability: install
	cd bench && ../$(BIN)/python reliability.py $(BENCH_ARGS)

clean:
	rm -rf $(VENV) var staticfiles
