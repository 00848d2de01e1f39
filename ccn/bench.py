"""What `make bench` adds to the portal when CCN_BENCH is on, and only then.

- ``hello``: a view that touches neither the database nor a template, served through the
  same middleware by the same gunicorn: the floor that no page of this stack can beat.
- ``QueryCountMiddleware``: the number of SQL queries a request made, in the
  ``X-CCN-Queries`` response header, so the benchmark reports queries per request of the
  real server without DEBUG.
"""

from django.db import connections
from django.http import HttpResponse
from django.views.decorators.http import require_GET

QUERY_COUNT_HEADER = "X-CCN-Queries"


@require_GET
def hello(request):
    return HttpResponse(b"hello", content_type="text/plain")


class QueryCountMiddleware:
    """Counts every query on every database connection while the request is handled."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        count = 0

        def counting(execute, sql, params, many, context):
            nonlocal count
            count += 1
            return execute(sql, params, many, context)

        wrappers = [connection.execute_wrapper(counting) for connection in connections.all()]
        for wrapper in wrappers:
            wrapper.__enter__()
        try:
            response = self.get_response(request)
        finally:
            for wrapper in reversed(wrappers):
                wrapper.__exit__(None, None, None)
        response.headers[QUERY_COUNT_HEADER] = str(count)
        return response
