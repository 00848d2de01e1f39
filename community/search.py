"""Full-text search and similar-title suggestions.

On PostgreSQL: a weighted tsvector per question (title A, body B, answers C) in a GIN
index, websearch syntax, ranking and highlighted snippets; similar titles are found through
a full-text index on titles and ordered by pg_trgm word similarity.
On SQLite (the embedded default) a plain substring fallback keeps both features working.

Both are bounded, whatever the number of questions: a search ranks at most
``SEARCH_CANDIDATES`` matches (the most recently active ones) and a similar-title lookup
ranks at most ``SIMILAR_CANDIDATES`` titles. Ranking reads each match's vector or title, and
a common word matches most of the table.
"""

import re
import time
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.postgres.search import (
    SearchHeadline,
    SearchQuery,
    SearchRank,
)
from django.db import connection
from django.db.models import F, Q, QuerySet
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from .models import Question
from .validation import normalise_tag

_TAG_FILTER = re.compile(r"\[([^\]]+)\]")
# Sentinels that markdown cannot contain, swapped for <mark> after escaping.
_START, _STOP = "\x02", "\x03"
SIMILAR_LIMIT = 5
SIMILAR_MIN_TITLE = 8
SIMILAR_CANDIDATES = 200
SIMILAR_MAX_WORDS = 12
SIMILAR_MIN_SIMILARITY = 0.3
SEARCH_CANDIDATES = 1000


@dataclass
class ParsedQuery:
    text: str
    tags: list[str] = field(default_factory=list)

    @property
    def words(self) -> list[str]:
        return [w for w in re.findall(r"[\w'-]+", self.text.lower()) if w not in {"or"}]


def parse_query(raw: str) -> ParsedQuery:
    """Split ``[tag]`` filters from the words of a search."""
    tags = [normalise_tag(t) for t in _TAG_FILTER.findall(raw or "")]
    text = _TAG_FILTER.sub(" ", raw or "").strip()
    return ParsedQuery(text=text[:200], tags=[t for t in tags if t])


def uses_postgres() -> bool:
    return connection.vendor == "postgresql"


_REFRESH_VECTORS_SQL = """
UPDATE community_question AS q SET search_vector =
    setweight(to_tsvector(%(config)s::regconfig, q.title), 'A')
    || setweight(to_tsvector(%(config)s::regconfig, q.body), 'B')
    || setweight(to_tsvector(%(config)s::regconfig, coalesce((
        SELECT string_agg(a.body, ' ') FROM community_answer AS a
        WHERE a.question_id = q.id AND NOT a.is_deleted), '')), 'C')
WHERE q.id = ANY(%(ids)s)
"""


def refresh_search_vectors_in(question_ids: list[int]) -> None:
    """Recompute the search vectors of these questions from title, body and visible answers.

    One statement for any number of questions, so bulk loads and single edits share it.
    """
    if not uses_postgres() or not question_ids:
        return
    with connection.cursor() as cursor:
        cursor.execute(
            _REFRESH_VECTORS_SQL,
            {"config": settings.CCN_SEARCH_CONFIG, "ids": list(question_ids)},
        )


def refresh_search_vector(question_id: int) -> None:
    refresh_search_vectors_in([question_id])


def highlight(snippet: str) -> SafeString:
    """Escape a database headline, keeping only our own highlight markers as <mark>."""
    html = escape(snippet).replace(_START, "<mark>").replace(_STOP, "</mark>")
    return mark_safe(html)  # noqa: S308 # nosec B308 B703 - all else was escaped above


def search_questions(parsed: ParsedQuery) -> QuerySet[Question]:
    """Visible questions matching the words and every ``[tag]``, best first.

    On PostgreSQL, the most recently active ``SEARCH_CANDIDATES`` matches, ranked.
    ``result_rows`` adds the highlighted snippets to the rows of one page.
    """
    questions = Question.objects.filter(is_deleted=False)
    for tag in parsed.tags:
        questions = questions.filter(tags__name=tag)
    if not parsed.text:
        return questions.order_by("-last_activity_at", "-pk") if parsed.tags else questions.none()
    if uses_postgres():
        return _postgres_search(questions, parsed.text)
    return _substring_search(questions, parsed.words)


def _search_query(text: str) -> SearchQuery:
    return SearchQuery(text, search_type="websearch", config=settings.CCN_SEARCH_CONFIG)


def _postgres_search(questions: QuerySet, text: str) -> QuerySet:
    query = _search_query(text)
    candidates = (
        questions.filter(search_vector=query).order_by("-last_activity_at")
        .values("pk")[:SEARCH_CANDIDATES]
    )
    return (
        Question.objects.filter(pk__in=candidates)
        .annotate(rank=SearchRank(F("search_vector"), query))
        .order_by("-rank", "-score", "-pk")
    )


def is_capped(parsed: ParsedQuery, count: int) -> bool:
    """Whether more questions match than a search ranks (the count shown is the cap)."""
    return bool(parsed.text) and uses_postgres() and count >= SEARCH_CANDIDATES


def result_rows(results: QuerySet, ids: list[int], parsed: ParsedQuery) -> QuerySet:
    """The questions ``ids`` of ``search_questions(parsed)``, in its order, ready to show:
    with their snippets on PostgreSQL, computed for these rows only."""
    rows = results.model.objects.filter(pk__in=ids).defer("body", "body_html", "search_vector")
    if parsed.text and uses_postgres():
        query = _search_query(parsed.text)
        rows = rows.annotate(
            rank=SearchRank(F("search_vector"), query),
            headline=SearchHeadline(
                "body", query, config=settings.CCN_SEARCH_CONFIG, start_sel=_START,
                stop_sel=_STOP, max_words=35, min_words=15,
            ),
        )
    return rows.order_by(*results.query.order_by)


def _substring_search(questions: QuerySet, words: list[str]) -> QuerySet:
    for word in words[:8]:
        questions = questions.filter(
            Q(title__icontains=word) | Q(body__icontains=word) | Q(answers__body__icontains=word)
        )
    return questions.distinct().order_by("-score", "-created_at", "-pk")


def similar_questions(title: str, *, limit: int = SIMILAR_LIMIT) -> list[Question]:
    """Questions whose titles resemble ``title``: solved ones first, then the closest."""
    title = title.strip()[:150]
    if len(title) < SIMILAR_MIN_TITLE:
        return []
    if uses_postgres():
        return _similar_titles(title)[:limit]
    words = [w for w in parse_query(title).words if len(w) >= 4]
    if not words:
        return []
    matching = Q()
    for word in words:
        matching |= Q(title__icontains=word)
    candidates = Question.objects.filter(is_deleted=False).only(*_SUGGESTION_FIELDS)
    found = list(candidates.filter(matching).order_by("-score")[:50])
    found.sort(
        key=lambda q: (q.is_solved, sum(w in q.title.lower() for w in words)), reverse=True
    )
    return found[:limit]


# The typed title's words, in order, each with how many titles hold it; counted only for
# words that PostgreSQL's statistics do not already list as common, so they are rare and
# cheap to count. The to_tsvector(…, title) expressions match the full-text indexes on
# titles, community_q_title_fts_<config> (migration 0007).
_TITLE_WORDS_SQL = """
SELECT word.lexeme,
       CASE WHEN word.lexeme = ANY(%(common)s) THEN NULL ELSE (
           SELECT count(*) FROM community_question
           WHERE NOT is_deleted
             AND to_tsvector(%(config)s::regconfig, title) @@ quote_literal(word.lexeme)::tsquery
       ) END
FROM unnest(to_tsvector(%(config)s::regconfig, %(title)s)) AS word
ORDER BY word.positions[1] LIMIT %(limit)s
"""
_SUGGESTION_FIELDS = ("id", "title", "accepted_answer_id", "answer_count", "score")
_TITLES_MATCHING_SQL = """
SELECT id, title, accepted_answer_id, answer_count, score,
       word_similarity(%(title)s, title)
FROM community_question
WHERE NOT is_deleted AND to_tsvector(%(config)s::regconfig, title) @@ %(query)s::tsquery
LIMIT %(limit)s
"""
_TITLE_STATS_SQL = """
SELECT stats.most_common_elems::text::text[], stats.most_common_elem_freqs, index.reltuples
FROM pg_stats AS stats JOIN pg_class AS index ON index.relname = stats.tablename
WHERE stats.tablename = %s AND stats.attname = 'to_tsvector'
"""
_TITLE_STATS_TIMEOUT = 600  # seconds a process keeps the word frequencies it read
_title_stats: dict[str, tuple[float, dict[str, float]]] = {}


def _common_title_words(cursor, config: str) -> dict[str, float]:
    """How many titles hold each common word, from PostgreSQL's statistics on the index."""
    read_at, counts = _title_stats.get(config, (0.0, {}))
    if time.monotonic() - read_at > _TITLE_STATS_TIMEOUT:
        cursor.execute(_TITLE_STATS_SQL, [f"community_q_title_fts_{config}"])
        row = cursor.fetchone()
        counts = {}
        if row and row[0]:
            words, frequencies, rows = row
            counts = {w: f * max(rows, 0) for w, f in zip(words, frequencies, strict=False)}
        _title_stats[config] = (time.monotonic(), counts)
    return counts


def _similar_titles(title: str) -> list[Question]:
    """Questions whose titles hold the typed title's rarest words, best first.

    Candidates: up to SIMILAR_CANDIDATES titles holding the three rarest words that some
    title holds; when that finds too few, the two rarest, then the rarest. Each lookup
    intersects a few lists of the full-text index on titles, starting with the shortest:
    cheap whatever the number of questions. They are then ordered by pg_trgm word
    similarity, solved ones first.
    """
    config = settings.CCN_SEARCH_CONFIG
    with connection.cursor() as cursor:
        common = _common_title_words(cursor, config)
        cursor.execute(_TITLE_WORDS_SQL, {
            "config": config, "title": title, "common": list(common), "limit": SIMILAR_MAX_WORDS,
        })
        counted = [(common.get(word, count), order, word)
                   for order, (word, count) in enumerate(cursor.fetchall())]
        rarest = [word for count, _, word in sorted(counted) if count]
        found: dict[int, tuple] = {}
        for size in range(min(3, len(rarest)), 0, -1):
            cursor.execute(_TITLES_MATCHING_SQL, {
                "config": config, "title": title, "limit": SIMILAR_CANDIDATES,
                "query": " & ".join(map(_tsquery_word, rarest[:size])),
            })
            found.update((row[0], row) for row in cursor.fetchall())
            if len(found) >= SIMILAR_LIMIT:
                break
    close = [row for row in found.values() if row[5] >= SIMILAR_MIN_SIMILARITY]
    close.sort(key=lambda row: (row[2] is not None, row[5], row[4], row[0]), reverse=True)
    return [Question(**dict(zip(_SUGGESTION_FIELDS, row[:5], strict=True))) for row in close]


def _tsquery_word(lexeme: str) -> str:
    return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'"
