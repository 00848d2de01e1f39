"""Full-text search and similar-title suggestions.

On PostgreSQL: a weighted tsvector per question (title A, body B, answers C) in a GIN
index, websearch syntax, ranking and highlighted snippets; pg_trgm for similar titles.
On SQLite (the embedded default) a plain substring fallback keeps both features working.
"""

import re
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.postgres.search import (
    SearchHeadline,
    SearchQuery,
    SearchRank,
    TrigramWordSimilarity,
)
from django.db import connection
from django.db.models import Case, F, IntegerField, Q, QuerySet, Value, When
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from .models import Question
from .validation import normalise_tag

_TAG_FILTER = re.compile(r"\[([^\]]+)\]")
# Sentinels that markdown cannot contain, swapped for <mark> after escaping.
_START, _STOP = "\x02", "\x03"
SIMILAR_LIMIT = 5
SIMILAR_MIN_TITLE = 8


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
    """Visible questions matching the words and every ``[tag]``, best first."""
    questions = Question.objects.filter(is_deleted=False)
    for tag in parsed.tags:
        questions = questions.filter(tags__name=tag)
    if not parsed.text:
        return questions.order_by("-last_activity_at") if parsed.tags else questions.none()
    if uses_postgres():
        return _postgres_search(questions, parsed.text)
    return _substring_search(questions, parsed.words)


def _postgres_search(questions: QuerySet, text: str) -> QuerySet:
    config = settings.CCN_SEARCH_CONFIG
    query = SearchQuery(text, search_type="websearch", config=config)
    return (
        questions.filter(search_vector=query)
        .annotate(
            rank=SearchRank(F("search_vector"), query),
            headline=SearchHeadline(
                "body", query, config=config, start_sel=_START, stop_sel=_STOP,
                max_words=35, min_words=15,
            ),
        )
        .order_by("-rank", "-score")
    )


def _substring_search(questions: QuerySet, words: list[str]) -> QuerySet:
    for word in words[:8]:
        questions = questions.filter(
            Q(title__icontains=word) | Q(body__icontains=word) | Q(answers__body__icontains=word)
        )
    return questions.distinct().order_by("-score", "-created_at")


def similar_questions(title: str, *, limit: int = SIMILAR_LIMIT) -> list[Question]:
    """Questions whose titles resemble ``title``: solved ones first, then the closest."""
    title = title.strip()[:150]
    if len(title) < SIMILAR_MIN_TITLE:
        return []
    candidates = Question.objects.filter(is_deleted=False).select_related("accepted_answer")
    solved_first = Case(
        When(accepted_answer__isnull=False, then=Value(1)), default=Value(0),
        output_field=IntegerField(),
    )
    if uses_postgres():
        matches = (
            candidates.annotate(similarity=TrigramWordSimilarity(title, "title"))
            .filter(similarity__gte=0.3)
            .annotate(solved=solved_first)
            .order_by("-solved", "-similarity", "-score")
        )
        return list(matches[:limit])
    words = [w for w in parse_query(title).words if len(w) >= 4]
    if not words:
        return []
    matching = Q()
    for word in words:
        matching |= Q(title__icontains=word)
    found = list(candidates.filter(matching).order_by("-score")[:50])
    found.sort(
        key=lambda q: (q.is_solved, sum(w in q.title.lower() for w in words)), reverse=True
    )
    return found[:limit]
