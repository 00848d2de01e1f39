"""Parse the short durations used in settings: ``90s``, ``30m``, ``24h``, ``3d``."""

import re
from datetime import timedelta

_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days"}
_PATTERN = re.compile(r"^\s*(\d+)\s*([smhd])\s*$")


def parse_duration(text: str) -> timedelta:
    match = _PATTERN.match(text or "")
    if not match:
        raise ValueError(f"{text!r} is not a duration like 90s, 30m, 24h or 3d")
    amount, unit = match.groups()
    return timedelta(**{_UNITS[unit]: int(amount)})
