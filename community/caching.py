"""Versions of what community pages show, bumped on every write, and cached list counts.

Cached pages and fragments carry a version in their key instead of being deleted:

- ``lists``: every question list (home, tag pages, every sort and page);
- ``question:<pk>``: one thread, with its answers, comments and votes;
- ``counts``: how many questions a list has (the paginators' counts).

Every signal in ``community.signals`` is a write that pages may show, so each one bumps
the lists and the thread it names: once when the service sends it (inside its
transaction) and again when it is delivered after commit (receivers connected in
``CommunityConfig.ready``), so a page read between the two is not kept. The counts move
only with the writes that can change them. A version that is missing from the
cache (evicted, or Redis restarted) reads as a new one, which is the safe direction: the
old pages are simply never read again.
"""

import uuid

from django.core.cache import cache
from django.db import transaction

from ccn.pagecache import read_versions

from . import signals

LISTS = "lists"
COUNTS = "counts"
COUNT_TIMEOUT = 600  # seconds; a backstop for any write that no signal announces
# Signals after which every count is still right; any other (new ones too) bumps counts.
_COUNT_NEUTRAL = {
    signals.vote_changed, signals.comment_posted, signals.answer_accepted,
    signals.answer_unaccepted,
}


def _key(name: str) -> str:
    return f"ccn:version:{name}"


def question_scope(pk: int) -> str:
    return f"question:{pk}"


def versions(*names: str) -> str:
    """The current versions of ``names``, joined: a stable part of a cache key.

    Read it before reading what it covers from the database: a write in between then
    leaves what was cached under a version that is already old.
    """
    return ".".join(versions_of(names))


def versions_of(names) -> list[str]:
    """The current version of each of ``names``, in one round trip (two when some are new)."""
    return read_versions(version_keys(*names))[0]


def version_keys(*names: str) -> list[str]:
    return [_key(name) for name in names]


def bump(*names: str) -> None:
    cache.set_many({_key(name): uuid.uuid4().hex[:12] for name in names}, timeout=None)


def cached_count(label: str, count) -> int:
    """``count()``, computed at most once per counts version for this ``label``."""
    key = f"ccn:count:{versions(COUNTS)}:{label}"
    value = cache.get(key)
    if value is None:
        value = count()
        cache.set(key, value, COUNT_TIMEOUT)
    return value


def content_changed(*, question_ids=(), counts: bool = True) -> None:
    """The lists and these threads show something new: bump their versions now and again
    after commit (a page read in between may have been cached under the first bump)."""
    names = [LISTS, *(question_scope(pk) for pk in question_ids)]
    if counts:
        names.append(COUNTS)
    bump(*names)
    transaction.on_commit(lambda: bump(*names))


def _question_id(kwargs: dict) -> int | None:
    """The thread a community signal is about, from whichever object it names."""
    for name in ("question", "answer", "post", "comment"):
        target = kwargs.get(name)
        if target is None:
            continue
        if hasattr(target, "answer_count"):  # a question
            return target.pk
        if getattr(target, "question_id", None):  # an answer, or a comment on a question
            return target.question_id
        answer = getattr(target, "answer", None)  # a comment on an answer
        if answer is not None:
            return answer.question_id
    return None


def on_community_signal(sender, signal, **kwargs) -> None:
    question_id = _question_id(kwargs)
    names = [LISTS] + ([question_scope(question_id)] if question_id else [])
    if signal not in _COUNT_NEUTRAL:
        names.append(COUNTS)
    bump(*names)


def connect_receivers() -> None:
    for name, value in vars(signals).items():
        if isinstance(value, signals.Signal):
            value.connect(on_community_signal, dispatch_uid=f"community.caching.{name}")
