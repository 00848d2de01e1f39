"""Whole pages cached for visitors, under versioned keys, with conditional GET.

A page is rendered once per version and language and served from the cache to every
visitor after that: the view names the versions it depends on (an app bumps them when
what the page shows changes), so nothing stale is served and nothing needs deleting.

What differs from one visitor to the next is punched out of the cached copy: the page is
rendered with placeholders for the CSRF token and the Content-Security-Policy nonce, and
each response gets its own token and nonce. Only requests that cannot carry anything
personal use the cache: GET or HEAD, no session cookie (so never a member, nor a visitor
part-way through signing in, and never a signed-in user however they were recognised), no
flash messages, not htmx. Everything else renders as
usual. The rule for views that use it: the page may depend only on its URL, the language
and the version.

Responses carry a weak ETag. A browser that already holds the page gets 304 Not
Modified, with no Content-Security-Policy header so that the nonce of the copy it holds
stays the one in force; the ETag covers the visitor's CSRF cookie, so a browser whose
token changed (after signing in and out) gets a fresh page.
"""

import hashlib
import uuid
from collections.abc import Callable

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse, HttpResponseNotModified
from django.middleware.csrf import get_token
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.csp import LazyNonce
from django.utils.translation import get_language

CSRF_PLACEHOLDER = "ccnCsrfTokenPlaceholder00000000"
NONCE_PLACEHOLDER = "ccnCspNoncePlaceholder000000000"
PAGE_TIMEOUT = 600  # seconds; a bound on what nothing invalidates, such as view counts


def is_cacheable(request: HttpRequest) -> bool:
    return (
        request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and CookieStorage.cookie_name not in request.COOKIES
        and "HTTP_AUTHORIZATION" not in request.META
        and not request.headers.get("HX-Request")
        and not getattr(getattr(request, "user", None), "is_authenticated", False)
    )


def placeholders(request: HttpRequest) -> dict:
    """Context processor: while a page is rendered for the cache, its per-visitor parts."""
    if getattr(request, "_ccn_rendering_for_cache", False):
        return {"csrf_token": CSRF_PLACEHOLDER, "csp_nonce": NONCE_PLACEHOLDER}
    return {}


def read_versions(keys: list[str], *, also: tuple[str, ...] = ()) -> tuple[list[str], dict]:
    """The versions stored under ``keys``, and whatever is under ``also``, in one round trip.

    A missing version gets a new one (a second round trip). Two requests may both find it
    missing and both set one; whichever wins, it is new, and content is only ever cached
    under a version read before the content was.
    """
    found = cache.get_many([*keys, *also])
    new = {key: uuid.uuid4().hex[:12] for key in keys if key not in found}
    if new:
        cache.set_many(new, timeout=None)
        found |= new
    return [str(found[key]) for key in keys], {key: found.get(key) for key in also}


def _page_key(request: HttpRequest) -> str:
    digest = hashlib.sha256(f"{get_language()}|{request.get_full_path()}".encode()).hexdigest()
    return f"page:{digest[:40]}"


def cached_for_visitors(
    request: HttpRequest, version_keys: list[str], render: Callable[[str], HttpResponse],
    on_hit: Callable[[], None] | None = None,
) -> HttpResponse:
    """``render(version)``'s page, from the cache when the request allows it.

    ``version_keys`` name the versions the page depends on; the page is cached with them
    and served while they are unchanged. The versions and the page are read in one round
    trip, and ``render`` gets the versions (joined) for its own fragments. ``on_hit`` runs
    when the page comes from the cache: what ``render`` would have recorded besides
    rendering (a question's view count).
    """
    cacheable = is_cacheable(request)
    key = _page_key(request)
    versions, found = read_versions(version_keys, also=(key,) if cacheable else ())
    version = ".".join(versions)
    if not cacheable:
        return render(version)
    entry = found[key]
    if entry is not None and entry["version"] != version:
        entry = None
    if entry is not None and on_hit is not None:
        on_hit()
    if entry is None:
        request._ccn_rendering_for_cache = True
        try:
            response = render(version)
        finally:
            request._ccn_rendering_for_cache = False
        if response.status_code != 200 or response.streaming or response.cookies:
            return _personalised(request, response.content, response)
        entry = {
            "version": version,
            "content": response.content,
            "content_type": response["Content-Type"],
            "etag": hashlib.md5(response.content, usedforsecurity=False).hexdigest(),
        }
        cache.set(key, entry, PAGE_TIMEOUT)
    get_token(request)  # the visitor's CSRF secret (a new one if they had none) is in the ETag
    etag = _etag(request, entry["etag"])
    if etag in request.headers.get("If-None-Match", ""):
        response = HttpResponseNotModified()
        response["ETag"] = etag
        response._csp_config = {}  # the copy the browser holds keeps its own policy
        _mark(response)
        return response
    response = HttpResponse(content_type=entry["content_type"])
    response["ETag"] = etag
    return _personalised(request, entry["content"], response)


def _etag(request: HttpRequest, content_etag: str) -> str:
    csrf_secret = request.META.get("CSRF_COOKIE", "")
    digest = hashlib.sha256(f"{content_etag}|{csrf_secret}".encode()).hexdigest()[:32]
    return f'W/"{digest}"'


def _personalised(request: HttpRequest, content: bytes, response: HttpResponse) -> HttpResponse:
    """The page with this request's own CSRF token and nonce in place of the placeholders."""
    if CSRF_PLACEHOLDER.encode() in content:
        content = content.replace(CSRF_PLACEHOLDER.encode(), get_token(request).encode())
    if NONCE_PLACEHOLDER.encode() in content:
        nonce = getattr(request, "_csp_nonce", None)  # unused yet, so it reads as false
        if nonce is None:
            nonce = LazyNonce()
        content = content.replace(NONCE_PLACEHOLDER.encode(), str(nonce).encode())
    response.content = content
    _mark(response)
    return response


def _mark(response: HttpResponse) -> None:
    # Browsers keep the page but ask each time (the ETag makes that cheap); shared caches
    # must not keep it at all, since it holds a visitor's CSRF token.
    patch_cache_control(response, private=True, no_cache=True)
    patch_vary_headers(response, ("Cookie", "Accept-Language"))
