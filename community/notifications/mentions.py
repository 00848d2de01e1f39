"""@mentions: ``@Ana_Souza`` in an answer or a comment names a member taking part in the thread.

A display name may hold spaces and need not be unique, so a mention is the name with runs
of other characters written as ``_`` (its handle), matched without regard to case among
the members of the thread only: the asker, the answerers and the commenters. That is
also what the completion in the editor offers.
"""

import re

from django.db.models import Q, QuerySet

from community.models import Answer, Comment, Question, User

_MENTION = re.compile(r"(?<![\w@/.])@(\w(?:[\w.\-]*\w)?)")
_CODE = re.compile(r"```.*?```|`[^`\n]*`", re.DOTALL)
_NOT_HANDLE = re.compile(r"[^\w.\-]+")


def mention_handle(display_name: str) -> str:
    """What to write after ``@`` to mention a member with this display name."""
    return _NOT_HANDLE.sub("_", display_name.strip()).strip("_.-")


def mentioned_handles(text: str) -> set[str]:
    """The handles mentioned in markdown ``text`` (code left out), case-folded."""
    return {match.casefold() for match in _MENTION.findall(_CODE.sub(" ", text))}


def thread_participants(question: Question) -> QuerySet[User]:
    """Active members who asked, answered or commented in the thread of ``question``."""
    answerers = Answer.objects.filter(question=question, is_deleted=False).values("author")
    commenters = Comment.objects.filter(
        Q(question=question) | Q(answer__question=question), is_deleted=False
    ).values("author")
    return User.objects.filter(
        Q(pk=question.author_id) | Q(pk__in=answerers) | Q(pk__in=commenters), is_active=True
    )


def members_mentioned(*, text: str, question: Question) -> set[int]:
    """Ids of the thread's members that ``text`` mentions."""
    handles = mentioned_handles(text)
    if not handles:
        return set()
    return {
        member.pk for member in thread_participants(question).only("pk", "display_name")
        if mention_handle(member.display_name).casefold() in handles
    }


def mention_candidates(member, question: Question) -> list[dict]:
    """Names and handles the editor offers ``member`` after ``@``: the thread's members.

    One query, and none for visitors (who cannot write).
    """
    if not member.is_authenticated:
        return []
    participants = thread_participants(question).exclude(pk=member.pk).only("display_name")
    return sorted(
        ({"name": m.display_name, "handle": mention_handle(m.display_name)} for m in participants),
        key=lambda candidate: candidate["name"].casefold(),
    )
