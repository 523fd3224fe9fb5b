# The project's vocabulary. `make run` and `make test` are all a newcomer needs.
SHELL := /bin/bash
PYTHON ?= python3
# PORT: make run's server (default 8000), make up's proxy (default 8080).
export UV_PYTHON_DOWNLOADS := never
# Python keeps the bytecode it compiles (in __pycache__/, ignored by git), also where the
# environment says not to: without it every manage.py, server and test process spends
# about 1.5 s compiling Django and Wagtail again.
export PYTHONDONTWRITEBYTECODE :=

# Use uv from PATH when it runs; otherwise the copy pip installs for $(PYTHON).
UV := $(shell uv --version >/dev/null 2>&1 && echo uv || echo "$(PYTHON) -m uv")
VENV_PYTHON := .venv/bin/python
MANAGE := $(VENV_PYTHON) manage.py
TEST_MANAGE := DJANGO_SETTINGS_MODULE=portal.settings.test $(MANAGE)

.PHONY: help run up worker test lint format check messages messages-check demo bench bench-search bench-relevance bench-throughput bench-deps install uv system-deps pytest

help:
	@echo "make run    serve the portal with demo content on http://127.0.0.1:8000/ (SQLite)"
	@echo "make up     the production topology (PostgreSQL, Redis, 2 gunicorns, worker,"
	@echo "            scheduler, Varnish) with demo content on http://127.0.0.1:8080/"
	@echo "make test   lint, checks, message catalogues and the whole test suite"
	@echo "make worker the e-mail worker alone (make run starts it too)"
	@echo "make lint | format | messages | demo | bench | bench-throughput | bench-search | bench-relevance"

uv:
	@$(UV) --version >/dev/null 2>&1 || $(PYTHON) -m pip install --quiet --disable-pip-version-check uv

# Bytecode for every package is compiled here, once, on both cores: otherwise the first
# processes of a fresh checkout (the test database's build, each test process, each
# server) compile Django and Wagtail again, each on its own, while the clock runs.
install: uv
	@$(UV) sync --frozen --quiet --compile-bytecode

# The task worker: sends what the outbox holds (README, "E-mail"), and runs the other
# background tasks where they go to the database (production).
WORKER := $(MANAGE) run_worker

# The worker and the scheduler (forum reminders, scheduled publishing) run beside the
# server and stop with it; the links in what they send lead to this server's port.
run: install
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo_content --local-admin
	@export WAGTAILADMIN_BASE_URL=$${WAGTAILADMIN_BASE_URL:-http://127.0.0.1:$${PORT:-8000}}; \
	$(WORKER) & worker=$$!; $(MANAGE) run_scheduler & scheduler=$$!; \
	trap 'kill $$worker $$scheduler 2>/dev/null; wait $$worker $$scheduler 2>/dev/null' EXIT INT TERM; \
	$(MANAGE) runserver 127.0.0.1:$${PORT:-8000}

# The production topology on this machine (deploy/up.py, the Procfile); Ctrl-C stops it.
up: install system-deps
	PORT=$${PORT:-8080} $(VENV_PYTHON) -m deploy.up

worker: install
	$(WORKER)

demo: install
	$(MANAGE) load_demo_content

lint: install
	.venv/bin/ruff check .
	.venv/bin/ruff format --check .

format: install
	.venv/bin/ruff check --fix .
	.venv/bin/ruff format .

check: install
	$(TEST_MANAGE) check --fail-level WARNING
	$(TEST_MANAGE) makemigrations --check --dry-run

# Regenerate the interface catalogues after changing a translatable string.
LANGS := sv en ar fa so fi
messages: install
	$(MANAGE) makemessages $(addprefix --locale=,$(LANGS)) --no-obsolete \
	  --ignore=.venv --ignore=staticfiles --ignore=tests --ignore=bench --ignore=media
	$(MANAGE) compilemessages --ignore=.venv

# Fails when `make messages` would change a catalogue, a string is untranslated,
# or a catalogue does not compile. Leaves locale/ as it was.
messages-check: install
	$(MANAGE) check_messages

# Debian packages the suite and make up need: PostgreSQL (unless DATABASE_URL is set),
# Chromium's headless shell for the browser tests, DejaVu for the PDFs, gettext for the
# catalogues, Redis for the shared cache, Varnish for the proxy in front, Java and
# Node.js for the offline HTML checker (vnu-jar, from npm).
system-deps:
	@missing=""; \
	command -v chromium-headless-shell >/dev/null || missing="$$missing chromium-headless-shell fonts-dejavu-core fonts-liberation"; \
	test -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf || missing="$$missing fonts-dejavu-core"; \
	command -v msgfmt >/dev/null || missing="$$missing gettext"; \
	command -v redis-server >/dev/null || missing="$$missing redis-server"; \
	test -x /usr/sbin/varnishd || missing="$$missing varnish"; \
	command -v java >/dev/null || missing="$$missing default-jre-headless"; \
	command -v npm >/dev/null || missing="$$missing nodejs npm"; \
	if [ -z "$$DATABASE_URL" ] && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then missing="$$missing postgresql"; fi; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "Installing Debian packages:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	  else \
	    echo "Missing Debian packages. Install them with: sudo apt-get install$$missing"; exit 1; \
	  fi; \
	fi

# The offline HTML checker, pinned in package-lock.json. --ignore-scripts: its
# post-install script would download a Java runtime; Debian's is used instead.
node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund --ignore-scripts

# The suite runs in one process per core (pytest-xdist); PYTEST_WORKERS=0 runs it in one.
# loadfile: a test file runs in one process, so its module fixtures are made once;
# --no-loadscope-reorder keeps the order tests/conftest.py gives the files. The whole
# suite starts building its test database before pytest starts (tests/services.py).
PYTEST_WORKERS ?= auto
pytest: install system-deps node_modules/.package-lock.json
	$(VENV_PYTHON) -m tests.services $(if $(PYTEST_ARGS),,--build-test-database) $(VENV_PYTHON) -m pytest -n $(PYTEST_WORKERS) --dist loadfile --no-loadscope-reorder $(PYTEST_ARGS)

test: system-deps lint check messages-check pytest

# wrk, for the throughput benchmark.
bench-deps: system-deps
	@command -v wrk >/dev/null || { [ "$$(id -u)" = 0 ] && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends wrk >/dev/null; } || { echo "Install wrk: sudo apt-get install wrk"; exit 1; }

# Throughput of the topology (bench/throughput.py), the page timings, then search at
# scale on the same database (bench/search.py).
bench: install bench-deps
	$(VENV_PYTHON) -m tests.services $(VENV_PYTHON) bench/throughput.py
	$(VENV_PYTHON) -m tests.services $(VENV_PYTHON) bench/run.py
	$(VENV_PYTHON) -m tests.services $(VENV_PYTHON) bench/relevance.py

# Only the throughput: the topology with production settings, through the proxy and at
# one app instance, measured with wrk.
bench-throughput: install bench-deps
	$(VENV_PYTHON) -m tests.services $(VENV_PYTHON) bench/throughput.py

# Only the search part: ten thousand generated pages, index build time, search latency.
bench-search: install system-deps
	$(VENV_PYTHON) -m tests.services $(VENV_PYTHON) bench/search.py

# Precision at 3 and mean reciprocal rank of the search page on the relevance set.
bench-relevance: install system-deps
	$(VENV_PYTHON) -m tests.services $(VENV_PYTHON) bench/relevance.py
