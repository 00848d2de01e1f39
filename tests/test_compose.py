"""docker-compose.yml shows the multi-host shape (no Docker engine here: parse and inspect)."""

import re
import shlex
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
APP_SERVICES = ("web", "worker", "beat", "migrate")
CONTRACT_SETTINGS = ("DATABASE_URL", "REDIS_URL", "SECRET_KEY", "ALLOWED_HOSTS", "DEBUG")


@pytest.fixture(scope="module")
def services():
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    return compose["services"]


def _command(service) -> str:
    command = service.get("command", "")
    return command if isinstance(command, str) else shlex.join(command)


def test_the_five_services_and_a_one_shot_migration(services):
    assert {"web", "worker", "beat", "postgres", "redis", "migrate"} <= set(services)


def test_each_process_type_runs_what_it_should(services):
    assert _command(services["web"]).startswith("gunicorn ccn.wsgi")
    assert re.match(r"celery -A ccn worker\b", _command(services["worker"]))
    assert re.match(r"celery -A ccn beat\b", _command(services["beat"]))
    assert "manage.py migrate" in _command(services["migrate"])
    assert services["migrate"]["restart"] == "no"


@pytest.mark.parametrize("name", APP_SERVICES)
def test_app_services_share_one_image_and_the_production_settings(services, name):
    service = services[name]
    assert service["build"] == "."
    environment = service["environment"]
    assert set(CONTRACT_SETTINGS) <= set(environment)
    assert environment["DEBUG"] == "false"
    assert "@postgres:5432/" in environment["DATABASE_URL"]
    assert environment["REDIS_URL"].startswith("redis://redis:6379/")
    assert ":?" in environment["SECRET_KEY"], "SECRET_KEY must be given, never defaulted"


@pytest.mark.parametrize("name", ("web", "worker", "beat"))
def test_long_running_services_wait_for_healthy_stores_and_the_migration(services, name):
    depends_on = services[name]["depends_on"]
    assert depends_on["postgres"]["condition"] == "service_healthy"
    assert depends_on["redis"]["condition"] == "service_healthy"
    assert depends_on["migrate"]["condition"] == "service_completed_successfully"


def test_data_stores_use_real_images_with_health_checks(services):
    assert services["postgres"]["image"] == "postgres:16"
    assert services["redis"]["image"] == "redis:7"
    for name in ("postgres", "redis", "web"):
        assert services[name]["healthcheck"]["test"], name


def test_web_health_check_is_valid_python(services):
    test = services["web"]["healthcheck"]["test"]
    assert test[:3] == ["CMD", "python", "-c"]
    compile(test[3], "healthcheck", "exec")


def test_dockerfile_builds_the_image_the_services_run():
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert re.search(r"^FROM python:3\.13", dockerfile, re.MULTILINE)
    assert "collectstatic" in dockerfile
    assert re.search(r"^USER (?!root)", dockerfile, re.MULTILINE)


def test_a_proxy_publishes_the_one_port_and_spreads_requests_over_web_replicas(services):
    proxy, web = services["proxy"], services["web"]
    assert proxy["image"].startswith("nginx:")
    assert proxy["depends_on"]["web"]["condition"] == "service_healthy"
    assert proxy["healthcheck"]["test"]
    assert proxy["ports"]
    assert "ports" not in web, "a published web port stops `--scale web=3`"
    config_file = proxy["volumes"][0].split(":")[0]
    config = (ROOT / config_file).read_text()
    assert re.search(r"server web:8000 resolve;", config)
    assert "X-Forwarded-For" in config and "X-Forwarded-Proto" in config


def test_web_replicas_trust_exactly_the_proxy_in_front_of_them(services):
    environment = services["web"]["environment"]
    assert environment["TRUSTED_PROXY_COUNT"].startswith("${TRUSTED_PROXY_COUNT:-1}")
