# Tyndau — the two commands of the README: `make run` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
PORT   ?= 8000
HOST   ?= 127.0.0.1
DEMO_APPEALS ?= 5000

.PHONY: run test install lint format messages browser clean bench bench-analytics bench-load bench-pages bench-soak faults vendor-charts security

$(BIN)/tyndau: pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Tyndau needs Python 3.11 or newer")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $@

install: $(BIN)/tyndau

## Everything on SQLite with demo data, served on http://$(HOST):$(PORT)
run: export TYNDAU_DEBUG = 1
run: export TYNDAU_BASE_URL = http://$(HOST):$(PORT)
run: install
	@mkdir -p var
	$(BIN)/tyndau migrate --noinput
	$(BIN)/tyndau collectstatic --noinput -v0
	$(BIN)/tyndau train --if-missing --include-held-out
	$(BIN)/tyndau seed_demo --appeals $(DEMO_APPEALS) --if-empty
	$(BIN)/tyndau detect_alerts
	$(BIN)/tyndau demo_logins
	@echo
	@echo "Tyndau is at http://$(HOST):$(PORT)/  (officers log in at http://$(HOST):$(PORT)/ru/staff/login/)"
	@echo "Beside it: the background worker (e-mail outbox) and the deadline sweep, once a minute."
	@echo
	@trap 'kill $$worker $$sweeper 2>/dev/null; wait' EXIT INT TERM; \
	  $(BIN)/tyndau db_worker --no-reload --interval 2 -v 0 & worker=$$!; \
	  $(BIN)/tyndau sweep_deadlines --every 60 & sweeper=$$!; \
	  $(BIN)/tyndau runserver $(HOST):$(PORT)

## The whole test suite (SQLite unless DATABASE_URL says otherwise)
test: install
	@# pytest exits 5 when it collected nothing: for us that is a failure, said out loud.
	$(BIN)/pytest $(PYTEST_ARGS) || { status=$$?; \
	  [ $$status -ne 5 ] || echo "pytest collected no tests" >&2; exit $$status; }

## Benchmarks; each writes its part of bench/results.json. Needs PostgreSQL on this machine
## (BENCH_PG_ADMIN_URL, default postgres://postgres@127.0.0.1:5432/postgres) for the load parts.
bench: install
	OMP_NUM_THREADS=1 $(BIN)/python -m bench.intake
	$(BIN)/python -m bench.rollups
	$(BIN)/python -m bench.imports
	$(MAKE) bench-load bench-pages

## Filing under load on gunicorn vs a bare Django view vs django-helpdesk (installed into its
## own venv under bench/work/), inbox lists of 100,000, latency at fixed rates, memory
bench-load: install
	$(BIN)/python -m bench.web

## The inbox and the appeal page with APPEALS (default 1,000,000) appeals stored
bench-pages: install
	TYNDAU_DEBUG=1 $(BIN)/python -m bench.pages

## Load held: SOAK_SECONDS (600) at FILINGS_PER_SECOND (50) with tracking, inbox and dashboard readers
bench-soak: install
	$(BIN)/python -m bench.soak

## The analytics pages and the stats API with APPEALS appeals stored (default 1,000,000; SQLite,
## or PostgreSQL when DATABASE_URL names it)
bench-analytics: install
	$(BIN)/python -m bench.analytics

## Fault drills: web workers and the task worker killed, PostgreSQL restarted under load, the
## mail server down for an hour, the attachment store full. Needs PostgreSQL (BENCH_PG_ADMIN_URL,
## default postgres://postgres@127.0.0.1:5432/postgres); the restart drill runs its own server.
faults: install
	$(BIN)/pytest -p no:randomly -s -m faults tyndau faults

## Debian's Chromium for the browser tests (skipped when absent)
browser:
	@command -v chromium >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null)

## bandit over tyndau/ and pip-audit over the dependencies; fails on findings not accepted with
## a reason (security/accepted.toml, or `# nosec BXXX: reason` on the line)
security: install
	$(BIN)/python security/scan.py

lint: install
	$(BIN)/ruff check tyndau
	$(BIN)/ruff format --check tyndau

format: install
	$(BIN)/ruff format tyndau
	$(BIN)/ruff check --fix tyndau

## Re-extract the interface strings for translation and compile the catalogues
messages: install
	cd tyndau && TYNDAU_DEBUG=1 ../$(BIN)/tyndau makemessages -l kk -l ru -l en --no-obsolete -i "*/tests/*"
	cd tyndau && TYNDAU_DEBUG=1 ../$(BIN)/tyndau compilemessages

## Refresh the vendored Chart.js (served from the project, never from a CDN)
CHARTJS_VERSION ?= 4.6.1
vendor-charts:
	@rm -rf /tmp/tyndau-chartjs && mkdir -p /tmp/tyndau-chartjs
	cd /tmp/tyndau-chartjs && npm pack --silent chart.js@$(CHARTJS_VERSION) && tar xzf chart.js-*.tgz
	cp /tmp/tyndau-chartjs/package/dist/chart.umd.min.js tyndau/analytics/static/analytics/vendor/
	cp /tmp/tyndau-chartjs/package/LICENSE.md tyndau/analytics/static/analytics/vendor/chart.js-LICENSE.md

clean:
	rm -rf $(VENV) var .pytest_cache
