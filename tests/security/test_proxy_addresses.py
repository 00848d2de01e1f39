"""Behind the proxy (docker-compose.yml), limits and view counts see the visitor's address."""

from django.test import RequestFactory

from ccn.ratelimit import client_address


def _request(forwarded: str | None = None):
    extra = {"HTTP_X_FORWARDED_FOR": forwarded} if forwarded is not None else {}
    return RequestFactory().get("/", REMOTE_ADDR="10.0.0.2", **extra)


def test_without_a_trusted_proxy_the_peer_is_the_visitor(settings):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 0
    assert client_address(_request("203.0.113.7")) == "10.0.0.2"


def test_behind_one_proxy_its_record_of_the_visitor_counts(settings):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    assert client_address(_request("203.0.113.7")) == "203.0.113.7"


def test_an_address_the_client_wrote_itself_is_ignored(settings):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    assert client_address(_request("198.51.100.1, 203.0.113.7")) == "203.0.113.7"


def test_a_missing_header_falls_back_to_the_peer(settings):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    assert client_address(_request()) == "10.0.0.2"
