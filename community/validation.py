"""The rules for what members write, shared by the forms (per-field messages) and services."""

import re

from django.conf import settings
from django.utils.translation import gettext as _

from .exceptions import CommunityError

TAG_MAX_LENGTH = 35
_SEPARATORS = re.compile(r"[\s,;]+")
_NOT_ALLOWED = re.compile(r"[^\w+#.-]")


def normalise_tag(raw: str) -> str:
    """Lower-case, hyphens for spaces and underscores, nothing but letters, digits, + # . -"""
    name = _NOT_ALLOWED.sub("", raw.strip().lower().replace("_", "-"))
    return re.sub(r"-{2,}", "-", name).strip("-.")


def parse_tags(text: str) -> list[str]:
    """Split what a member typed into distinct normalised tag names, keeping their order.

    Raises CommunityError when there are none, too many or one is too long.
    """
    names = []
    for raw in _SEPARATORS.split(text or ""):
        name = normalise_tag(raw)
        if name and name not in names:
            names.append(name)
    if not names:
        raise CommunityError(_("Add at least one tag."))
    if len(names) > settings.CCN_MAX_TAGS:
        raise CommunityError(
            _("Use at most %(max)d tags; you gave %(count)d.")
            % {"max": settings.CCN_MAX_TAGS, "count": len(names)}
        )
    too_long = [name for name in names if len(name) > TAG_MAX_LENGTH]
    if too_long:
        raise CommunityError(
            _("A tag may have at most %(max)d characters: %(tag)s")
            % {"max": TAG_MAX_LENGTH, "tag": too_long[0]}
        )
    return names


def check_title(title: str) -> str:
    low, high = settings.CCN_QUESTION_TITLE_LENGTH
    title = title.strip()
    if not low <= len(title) <= high:
        raise CommunityError(
            _("The title must have %(low)d to %(high)d characters; it has %(count)d.")
            % {"low": low, "high": high, "count": len(title)}
        )
    return title


def check_question_body(body: str) -> str:
    minimum = settings.CCN_QUESTION_BODY_MIN_LENGTH
    if len(body.strip()) < minimum:
        raise CommunityError(
            _("Describe your question in at least %(min)d characters.") % {"min": minimum}
        )
    return body


def check_answer_body(body: str) -> str:
    minimum = settings.CCN_ANSWER_BODY_MIN_LENGTH
    if len(body.strip()) < minimum:
        raise CommunityError(
            _("Write an answer of at least %(min)d characters.") % {"min": minimum}
        )
    return body


def check_comment_body(body: str) -> str:
    body = body.strip()
    if not body:
        raise CommunityError(_("Write a comment first."))
    if len(body) > settings.CCN_COMMENT_MAX_LENGTH:
        raise CommunityError(
            _("A comment may have at most %(max)d characters; yours has %(count)d.")
            % {"max": settings.CCN_COMMENT_MAX_LENGTH, "count": len(body)}
        )
    return body
