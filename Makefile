# The two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= $(shell command -v python3.13 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
export PORT

.PHONY: run test lint audit install lock e2e screenshots messages bench clean

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

# The benchmark (tests/perf/bench.py, README "Scaling"): gunicorn with production settings on
# PostgreSQL and Redis, driven by wrk. BENCH_SCALE=tiny|100k|1m (default 100k);
# BENCH_DATABASE_URL and BENCH_REDIS_URL pick the stores (defaults: a ccn_bench_<scale>
# database on 127.0.0.1, Redis database 9, both emptied and filled by the bench).
bench: install
	@command -v wrk >/dev/null || { \
		if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO="sudo -n"; fi; \
		$$SUDO apt-get install -y -qq wrk >/dev/null 2>&1 || \
		{ $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq wrk; }; }
	$(PY) -m tests.perf.bench

messages: install
	$(PY) manage.py makemessages --locale pt_BR --ignore ".venv/*" --ignore "var/*" --no-obsolete
	$(PY) manage.py compilemessages --locale pt_BR --ignore ".venv/*"

clean:
	rm -rf var/
