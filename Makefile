# Two commands matter: `make run` and `make test` (see README.md).
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
# Test processes (pytest-xdist): CI machines have 2 cores; `make test PYTEST_WORKERS=0` runs in one process.
PYTEST_WORKERS ?= 2

.PHONY: run test test-fast lint venv migrate seed messages screenshots bench clean

$(STAMP): requirements.txt requirements-dev.txt
	@test -x $(PY) || "$$(scripts/find-python.sh)" -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	@touch $(STAMP)

venv: $(STAMP)

migrate: venv
	DEBUG=1 $(PY) manage.py migrate --noinput

seed: migrate
	DEBUG=1 $(PY) manage.py seed --demo --demo-activity

## Creates the virtualenv, installs, migrates, seeds both plans and the demo users, serves on :8000
## with the background worker (reminders) beside it; Ctrl-C stops both.
run: seed
	DEBUG=1 $(PY) manage.py db_worker --no-reload --interval 2 & worker=$$!; \
	trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	DEBUG=1 $(PY) manage.py runserver 127.0.0.1:8000

## Ruff, migrations in step, and the import layers (.importlinter, docs/ARCHITECTURE.md).
lint: venv
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	DEBUG=1 $(PY) manage.py makemigrations --check --dry-run
	$(VENV)/bin/lint-imports --no-logo --no-cache

## The whole suite: lint, migrations in step, unit, integration and browser tests.
test: lint
	DJANGO_SETTINGS_MODULE=config.test_settings $(VENV)/bin/pytest -q -p no:cacheprovider -n $(PYTEST_WORKERS) $(PYTEST_ARGS)

## While working: the suite without lint and without the browser journeys, on four processes.
test-fast: venv
	DJANGO_SETTINGS_MODULE=config.test_settings $(VENV)/bin/pytest -q -p no:cacheprovider -n 4 -m "not browser" $(PYTEST_ARGS)

## The browser journeys alone; they leave their screenshots in test-artifacts/screenshots/ and
## refresh the README's (docs/screenshots/ward-dashboard.png).
screenshots: venv
	DJANGO_SETTINGS_MODULE=config.test_settings $(VENV)/bin/pytest -q -p no:cacheprovider -m browser $(PYTEST_ARGS)

messages: venv
	DEBUG=1 $(PY) manage.py makemessages -l vi -l en --ignore=.venv --ignore=staticfiles --ignore=fixtures \
		--ignore=bench --ignore=test-artifacts
	DEBUG=1 $(PY) manage.py compilemessages --ignore=.venv

bench: venv
	$(PY) bench/run.py

clean:
	rm -rf $(VENV) db.sqlite3 staticfiles
