"""What `make bench` adds to the portal, and how it reports (no test here measures time)."""

import pytest
from django.db import connection
from django.http import HttpResponse
from django.test import RequestFactory

from ccn.bench import QUERY_COUNT_HEADER, QueryCountMiddleware, hello
from tests.perf import bench


@pytest.mark.django_db
def test_hello_is_the_floor_no_database_no_template(django_assert_num_queries):
    with django_assert_num_queries(0):
        response = hello(RequestFactory().get("/bench/hello"))
    assert response.status_code == 200 and response.content == b"hello"


@pytest.mark.django_db
def test_every_response_says_how_many_queries_it_made():
    def view(request):
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.execute("SELECT 2")
        return HttpResponse("ok")

    response = QueryCountMiddleware(view)(RequestFactory().get("/"))
    assert response[QUERY_COUNT_HEADER] == "2"


def _page(key, audience, **result):
    page = bench.Page(key, key, audience, ["GET\t/\t\t"])
    page.result = {"rps": 100.0, "p50_ms": 5.0, "p95_ms": 9.0, "p99_ms": 12.0, "errors": 0,
                   "queries": 3, "bytes": 1000, **result}
    return page


def test_the_table_compares_each_page_with_the_floor_and_its_target():
    pages = [
        _page("hello", "floor", rps=1000.0),
        _page("home", "visitor", rps=600.0),
        _page("search", "search", p95_ms=120.0),
        _page("vote", "write", errors=2),
    ]
    rows = bench.table(pages).splitlines()
    assert rows[0].startswith("| page | req/s |")
    assert "| 0.60 |" in rows[3] and rows[3].endswith("| met |")
    assert "p95 > 80 ms" in rows[4]
    assert "errors" in rows[5]


def test_scales_grow_from_ci_size_to_a_million():
    assert bench.SCALES["tiny"].questions < bench.SCALES["100k"].questions == 100_000
    assert bench.SCALES["1m"].questions == 1_000_000
