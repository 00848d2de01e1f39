"""Cached HTML of posts and of question-list rows, shared by every viewer who may see it.

Posts on a question page
------------------------

Rendering a post is most of the cost of a question page: its body, author card, comments,
vote control and forms. What a post looks like depends on the thread's version (any write
bumps it, see ``community.caching``), the language and time zone, and on what the viewer
may do with it: whether they are signed in, may vote and how they voted, may edit,
suggest an edit, delete or comment. Those are in the key, so a post is rendered once for
all members in the same position (in a long thread, nearly every post, for nearly every
member) and never shown to a viewer with other rights. The CSRF token, the only other
thing that differs, is rendered as a placeholder and replaced on the way out.

The view collects every key of the page first and reads them in one round trip
(``for_page``); the ``post_fragment`` template tag renders what was missing, and the view
stores those afterwards (``PostFragments.save``).

Rows of question lists
----------------------
A row (title, counts, tags, asker) is the same on every list and for every viewer; it is
keyed by its question's version, so a vote or an answer re-renders that row only. A search
snippet is punched out of the cached row like the CSRF token.
"""

from dataclasses import dataclass, field

from django.core.cache import cache
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from ccn.pagecache import CSRF_PLACEHOLDER

from . import caching, permissions, selectors
from .models import Answer, Question

FRAGMENT_TIMEOUT = 600  # seconds; bounds what no version covers (reputation, "2 hours ago")


def _post_key(kind: str, pk: int) -> str:
    return f"{kind}:{pk}"


def _kind(post: Question | Answer) -> str:
    return "questions" if isinstance(post, Question) else "answers"


@dataclass
class PostFragments:
    keys: dict[str, str]  # "answers:12" -> cache key
    found: dict[str, str]
    rendered: dict[str, str] = field(default_factory=dict)
    missing_posts: list = field(default_factory=list)

    def html(self, context, template_name: str, post, kind: str, extra: dict) -> SafeString:
        key = self.keys.get(_post_key(kind, post.pk))
        html = self.found.get(key) if key else None
        if html is None:
            flat = context.flatten()
            flat.update(extra, post=post, kind=kind, csrf_token=CSRF_PLACEHOLDER)
            html = render_to_string(template_name, flat)
            if key:
                self.rendered[key] = html
        token = str(context.get("csrf_token") or "")
        return mark_safe(html.replace(CSRF_PLACEHOLDER, token))  # noqa: S308 # nosec B308 B703 - our own rendering

    def missing(self, posts: list[Question | Answer]) -> list[Question | Answer]:
        """The posts that will be rendered, not read from the cache (``missing_posts``)."""
        self.missing_posts = [
            post for post in posts
            if self.keys.get(_post_key(_kind(post), post.pk)) not in self.found
        ]
        return self.missing_posts

    def save(self) -> None:
        if self.rendered:
            cache.set_many(self.rendered, FRAGMENT_TIMEOUT)


def _viewer_state(user, post: Question | Answer, votes: dict) -> str:
    vote_key = f"{'q' if isinstance(post, Question) else 'a'}{post.pk}"
    # Everything post.html, answer.html and their includes ask about the viewer.
    flags = [
        user.is_authenticated,
        permissions.can_vote(user, post),
        permissions.can_edit(user, post),
        permissions.can_suggest_edit(user, post),
        permissions.can_delete(user, post),
        permissions.can_comment(user, post),
    ]
    return "".join("1" if flag else "0" for flag in flags) + f"{votes.get(vote_key, 0):+d}"


def for_page(user, question: Question, answers: list[Answer], votes: dict, *,
             version: str) -> PostFragments:
    """``version`` is the thread's, read before its posts were: a write in between then
    leaves these fragments under a version that is already old."""
    where = f"{get_language()}|{timezone.get_current_timezone_name()}"
    keys = {}
    for post in [question, *answers]:
        kind = _kind(post)
        state = _viewer_state(user, post, votes)
        keys[_post_key(kind, post.pk)] = f"post:{version}:{where}:{kind}:{post.pk}:{state}"
    return PostFragments(keys=keys, found=cache.get_many(list(keys.values())))


SNIPPET_PLACEHOLDER = "ccnSearchSnippetPlaceholder0000"


def question_rows(questions: list[Question]) -> SafeString:
    """The list rows of ``questions``, each rendered once per version of its question."""
    versions = caching.versions_of([caching.question_scope(q.pk) for q in questions])
    where = f"{get_language()}|{timezone.get_current_timezone_name()}"
    keys = [
        f"row:{version}:{where}:{q.pk}:{int(bool(getattr(q, 'snippet', '')))}"
        for q, version in zip(questions, versions, strict=True)
    ]
    found = cache.get_many(keys)
    missing = [q for q, key in zip(questions, keys, strict=True) if key not in found]
    selectors.with_tags(missing)
    rendered = {}
    html = []
    for question, key in zip(questions, keys, strict=True):
        row = found.get(key)
        if row is None:
            snippet = getattr(question, "snippet", "")
            question.snippet = SNIPPET_PLACEHOLDER if snippet else ""
            row = rendered[key] = render_to_string(
                "community/partials/question_row.html", {"question": question}
            )
            question.snippet = snippet
        if SNIPPET_PLACEHOLDER in row:
            row = row.replace(SNIPPET_PLACEHOLDER, str(question.snippet))
        html.append(row)
    if rendered:
        cache.set_many(rendered, FRAGMENT_TIMEOUT)
    return mark_safe("".join(html))  # noqa: S308 # nosec B308 B703 - our own rendering
