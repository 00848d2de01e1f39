"""What a member's data export holds: everything they wrote and did, and nobody else's.

Each section is a function of the member returning JSON-ready data. Community's own are
below; reputation, support and any other app register theirs with ``register_section``.
Other members appear by id at most, never by name or email.
"""

from collections.abc import Callable

from allauth.account.models import EmailAddress
from allauth.usersessions.models import UserSession

from community.models import (
    Answer,
    Comment,
    Follow,
    Notification,
    NotificationPreference,
    PolicyAcceptance,
    Question,
    Revision,
    SuggestedEdit,
    User,
    Vote,
)

Section = Callable[[User], object]
SECTIONS: dict[str, Section] = {}


def register_section(name: str, collect: Section) -> None:
    if name in SECTIONS and SECTIONS[name] is not collect:
        raise ValueError(f"export section {name!r} is already registered")
    SECTIONS[name] = collect


def _when(moment):
    return moment.isoformat() if moment else None


def _post_ref(item) -> str:
    return f"question:{item.question_id}" if item.question_id else f"answer:{item.answer_id}"


def _profile(member: User) -> dict:
    return {
        "id": member.pk,
        "email": member.email,
        "display_name": member.display_name,
        "about": member.about,
        "language": member.language,
        "time_zone": getattr(member, "time_zone", ""),
        "reputation": member.reputation,
        "date_joined": _when(member.date_joined),
        "last_login": _when(member.last_login),
    }


def _email_addresses(member: User) -> list:
    return [
        {"email": a.email, "verified": a.verified, "primary": a.primary}
        for a in EmailAddress.objects.filter(user=member).order_by("pk")
    ]


def _sessions(member: User) -> list:
    return [
        {"ip": s.ip, "user_agent": s.user_agent, "created_at": _when(s.created_at),
         "last_seen_at": _when(s.last_seen_at)}
        for s in UserSession.objects.filter(user=member).order_by("pk")
    ]


def _questions(member: User) -> list:
    questions = Question.objects.filter(author=member).prefetch_related("tags").order_by("pk")
    return [
        {"id": q.pk, "url": q.get_absolute_url(), "title": q.title, "body": q.body,
         "tags": sorted(t.name for t in q.tags.all()), "score": q.score,
         "created_at": _when(q.created_at), "edited_at": _when(q.edited_at),
         "is_deleted": q.is_deleted}
        for q in questions
    ]


def _answers(member: User) -> list:
    answers = Answer.objects.filter(author=member).select_related("question").order_by("pk")
    return [
        {"id": a.pk, "question_id": a.question_id, "url": a.get_absolute_url(), "body": a.body,
         "score": a.score, "is_accepted": a.is_accepted, "created_at": _when(a.created_at),
         "edited_at": _when(a.edited_at), "is_deleted": a.is_deleted}
        for a in answers
    ]


def _comments(member: User) -> list:
    comments = Comment.objects.filter(author=member).select_related(
        "question", "answer__question"
    ).order_by("pk")
    return [
        {"id": c.pk, "on": _post_ref(c), "url": c.get_absolute_url(), "body": c.body,
         "created_at": _when(c.created_at), "is_deleted": c.is_deleted}
        for c in comments
    ]


def _revisions(member: User) -> list:
    return [
        {"on": _post_ref(r), "number": r.number, "title": r.title, "body": r.body,
         "tags": r.tag_names, "summary": r.summary, "created_at": _when(r.created_at)}
        for r in Revision.objects.filter(editor=member).order_by("pk")
    ]


def _suggested_edits(member: User) -> list:
    return [
        {"on": _post_ref(e), "title": e.title, "body": e.body, "tags": e.tag_names,
         "summary": e.summary, "status": e.status, "created_at": _when(e.created_at),
         "reviewed_at": _when(e.reviewed_at)}
        for e in SuggestedEdit.objects.filter(author=member).order_by("pk")
    ]


def _votes(member: User) -> list:
    return [
        {"on": _post_ref(v), "value": v.value, "created_at": _when(v.created_at)}
        for v in Vote.objects.filter(voter=member).order_by("pk")
    ]


def _follows(member: User) -> list:
    follows = Follow.objects.filter(follower=member).select_related("tag").order_by("pk")
    return [
        {"question_id": f.question_id, "tag": f.tag.name if f.tag else None,
         "member_id": f.member_id, "created_at": _when(f.created_at)}
        for f in follows
    ]


def _notifications(member: User) -> dict:
    notifications = Notification.objects.filter(recipient=member).order_by("pk")
    return {
        "preferences": dict(
            NotificationPreference.objects.filter(member=member).values_list("kind", "delivery")
        ),
        "received": [
            {"kind": n.kind, "subject": n.subject, "url": n.url, "delivery": n.delivery,
             "created_at": _when(n.created_at), "read_at": _when(n.read_at)}
            for n in notifications
        ],
    }


def _policy_acceptances(member: User) -> list:
    acceptances = PolicyAcceptance.objects.filter(member=member).select_related("document")
    return [
        {"document": a.document.kind, "version": _when(a.version),
         "accepted_at": _when(a.accepted_at)}
        for a in acceptances.order_by("pk")
    ]


for _name, _collect in [
    ("profile", _profile),
    ("email_addresses", _email_addresses),
    ("sessions", _sessions),
    ("questions", _questions),
    ("answers", _answers),
    ("comments", _comments),
    ("revisions", _revisions),
    ("suggested_edits", _suggested_edits),
    ("votes", _votes),
    ("follows", _follows),
    ("notifications", _notifications),
    ("policy_acceptances", _policy_acceptances),
]:
    register_section(_name, _collect)


def member_data(member: User) -> dict:
    """Every registered section for ``member``, in the order registered."""
    return {name: collect(member) for name, collect in SECTIONS.items()}
