# Cradle: `make run` serves the demo on SQLite; `make test` runs every test (PostgreSQL/Redis when
# CRADLE_TEST_PG / CRADLE_TEST_REDIS are set, SQLite and in-process Redis otherwise).
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip

.PHONY: run test install install-test migrate migrations demo serve console console-docs lint bench fuzz two-nodes soak clean

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

# The HQ web console (console/, served at /console/): npm ci + vite build when its sources or lock changed.
console:
	@if command -v npm >/dev/null; then console/build.sh; \
	else echo "console: npm not found, /console/ answers 503 until Node.js 18+ is installed and this runs" >&2; fi

run: demo console serve

# Screenshots for docs/console.md, taken by the browser tests (tests/console) at 1280x800
console-docs: install-test console
	CRADLE_CONSOLE_DOCS=1 $(PY) -m pytest tests/console -p no:cacheprovider -q

# lint first: a new import cycle between layers or a core import of bots/, admin_api/ or fakes/ fails the run
test: install-test console lint
	$(PY) -m pytest
	@if [ -x miniprogram/run-tests.sh ] && command -v npm >/dev/null; then miniprogram/run-tests.sh; fi

# ruff, then the layer contracts of pyproject.toml's [tool.importlinter] (docs/architecture.md)
lint: install-test
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports --no-cache

migrations: install
	$(PY) -m backend.manage makemigrations

bench: install-test
	$(PY) -m bench

# Two API nodes, two Celery workers and a beat on private PostgreSQL/Redis/RabbitMQ servers; kill and restart
# scenarios (deploy/README.md "Two nodes"); figures in var/two-nodes.json, logs in var/cluster/
two-nodes: install-test
	$(PY) -m pytest tests/cluster -p no:cacheprovider -s -q

# Mixed traffic over two nodes for SOAK_MINUTES (default 10): memory per process, p99 per minute, errors, and the
# database checked against every answer (bench/soak.py)
soak: install-test
	$(PY) -m bench.soak --minutes $${SOAK_MINUTES:-10}

# Schemathesis with 50 random examples per operation and token against a real server; findings in var/fuzz-report.json
fuzz: install-test
	mkdir -p var
	CRADLE_FUZZ_EXAMPLES=$${CRADLE_FUZZ_EXAMPLES:-50} CRADLE_FUZZ_RANDOM=1 CRADLE_FUZZ_REPORT=var/fuzz-report.json \
	  $(PY) -m pytest tests/ops/test_fuzz.py -p no:cacheprovider -s

clean:
	rm -rf var .pytest_cache console/dist
