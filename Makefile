# The two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= $(shell command -v python3.13 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
export PORT

.PHONY: run test lint audit install lock e2e screenshots messages clean

# Exactly the versions CI tested (requirements.lock, with hashes), then the project itself.
$(VENV)/.installed: pyproject.toml requirements.lock
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --require-hashes -r requirements.lock
	$(PY) -m pip install --quiet --no-deps -e .
	touch $@

install: $(VENV)/.installed

run: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py seed_demo --if-empty
	DEBUG=$${DEBUG:-true} $(PY) manage.py runall --port $(PORT)

test: install
	$(PY) -m pytest

lint: install
	$(VENV)/bin/ruff check .
	$(PY) manage.py makemigrations --check --dry-run

# Static analysis of our code, and known vulnerabilities in the locked dependencies.
audit: install
	$(VENV)/bin/bandit -r ccn community reputation support -x '*/migrations/*' -q
	$(VENV)/bin/pip-audit -r requirements.lock --vulnerability-service pypi --disable-pip --progress-spinner off

# After changing dependencies in pyproject.toml: pin them again, for every platform.
lock: install
	$(PY) -m pip install --quiet uv
	$(VENV)/bin/uv pip compile pyproject.toml --extra dev --generate-hashes --universal \
		--python-version 3.13 -o requirements.lock

e2e: install
	$(PY) -m pytest tests/e2e -m e2e

# The README's screenshots (docs/screenshots/), desktop and phone, from the demo community.
screenshots: install
	CCN_SCREENSHOTS=1 $(PY) -m pytest tests/e2e/test_screenshots.py -m e2e

messages: install
	$(PY) manage.py makemessages --locale pt_BR --ignore ".venv/*" --ignore "var/*" --no-obsolete
	$(PY) manage.py compilemessages --locale pt_BR --ignore ".venv/*"

clean:
	rm -rf var/
