# Cradle: `make run` serves the demo on SQLite; `make test` runs every test (PostgreSQL/Redis when
# CRADLE_TEST_PG / CRADLE_TEST_REDIS are set, SQLite and in-process Redis otherwise).
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip

.PHONY: run test install install-test migrate migrations demo serve lint bench clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(PY)
	$(PIP) install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(PIP) install --quiet -e '.[test]'
	touch $@

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

migrate: install
	$(PY) -m backend.manage migrate

demo: migrate
	$(PY) -m backend.manage demo

serve: install
	$(PY) -m backend.manage serve

run: demo serve

test: install-test
	$(PY) -m pytest
	@if [ -x miniprogram/run-tests.sh ] && command -v npm >/dev/null; then miniprogram/run-tests.sh; fi

lint: install-test
	$(VENV)/bin/ruff check .

migrations: install
	$(PY) -m backend.manage makemigrations

bench: install-test
	$(PY) -m bench

clean:
	rm -rf var .pytest_cache
