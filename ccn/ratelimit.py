"""A small fixed-window rate limiter on the shared cache, per member and per IP address.

Limits are read from ``settings.CCN_RATE_LIMITS``: ``{"ask": "10/h", ...}`` where the
period is ``s``, ``m``, ``h`` or ``d``. The per-IP allowance is ``CCN_RATE_LIMIT_IP_FACTOR``
times the member's, so a household or an office behind one address is not locked out.
"""

import hashlib
import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.utils.translation import gettext as _

_PERIODS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


class RateLimited(Exception):
    """Too many actions of one kind; ``str(error)`` says when to try again."""


@dataclass(frozen=True)
class Rate:
    count: int
    seconds: int

    @classmethod
    def parse(cls, text: str) -> "Rate":
        count, period = text.split("/")
        return cls(int(count), _PERIODS[period])


def _count(key: str, seconds: int) -> int:
    window = int(time.time() // seconds)
    cache_key = f"ratelimit:{key}:{window}"
    if hasattr(cache, "incr_with_expiry"):  # ccn.cache.RedisCache: one round trip
        return cache.incr_with_expiry(cache_key, seconds + 1)
    cache.add(cache_key, 0, timeout=seconds + 1)
    try:
        return cache.incr(cache_key)
    except ValueError:  # expired between add and incr
        cache.set(cache_key, 1, timeout=seconds + 1)
        return 1


def client_address(request) -> str:
    """The visitor's address: behind ``TRUSTED_PROXY_COUNT`` proxies (docker-compose.yml's
    nginx is one), the one they recorded in X-Forwarded-For; otherwise the peer's.

    Counted from the right, so an address a client writes in the header itself is ignored.
    """
    proxies = settings.ALLAUTH_TRUSTED_PROXY_COUNT
    forwarded = request.headers.get("X-Forwarded-For", "")
    if proxies and forwarded:
        hops = [hop.strip() for hop in forwarded.split(",")]
        if len(hops) >= proxies and hops[-proxies]:
            return hops[-proxies]
    return request.META.get("REMOTE_ADDR", "") or "unknown"


def check(request, action: str) -> None:
    """Count one ``action`` by this member and this address; raise RateLimited past the limit."""
    limit = settings.CCN_RATE_LIMITS.get(action)
    if not limit:
        return
    rate = Rate.parse(limit)
    address = hashlib.sha256(client_address(request).encode()).hexdigest()[:24]
    keys = [(f"{action}:ip:{address}", rate.count * settings.CCN_RATE_LIMIT_IP_FACTOR)]
    if request.user.is_authenticated:
        keys.append((f"{action}:member:{request.user.pk}", rate.count))
    if any(_count(key, rate.seconds) > allowed for key, allowed in keys):
        raise RateLimited(
            _("You are doing that too often. Please wait a little and try again; "
              "what you wrote is kept below.")
        )
