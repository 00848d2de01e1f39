"""Build and remove the demo community that ``manage.py seed_demo`` loads.

Every post goes through the community's services, so revisions, counters, search vectors
and signals are what real use would produce; only then are the timestamps moved into the
past, so the lists look lived-in. The same seed gives the same community every time.
"""

import random
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta
from types import ModuleType

from allauth.account.models import EmailAddress
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.db import transaction
from django.db.models import Case, Count, IntegerField, OuterRef, Subquery, Sum, Value, When
from django.db.models.functions import Coalesce
from django.utils import timezone, translation
from taggit.models import Tag

from community import privileges, services
from community.models import Answer, Comment, PostTarget, Question, Revision, User, Vote
from community.roles import MODERATORS, SUPPORT_AGENTS

from . import en, pt_br
from .content import Thread, as_reply

DEMO_PASSWORD = "ccn-demo-2026"  # noqa: S105 - the documented password of the demo sign-ins
DEMO_DOMAIN = "example.com"  # reserved (RFC 2606): no real person signs up with it
MEMBER_COUNT = 30  # the four sign-ins included
HISTORY_DAYS = 60
SEED = 2026


@dataclass(frozen=True)
class SignIn:
    role: str
    email: str


SIGN_INS = (
    SignIn("customer", f"customer@{DEMO_DOMAIN}"),
    SignIn("moderator", f"moderator@{DEMO_DOMAIN}"),
    SignIn("agent", f"agent@{DEMO_DOMAIN}"),
    SignIn("admin", f"admin@{DEMO_DOMAIN}"),
)


def content_for(language_code: str) -> ModuleType:
    """The hand-written content in ``language_code``; English when there is none."""
    return pt_br if language_code.lower().replace("_", "-").startswith("pt") else en


def demo_exists() -> bool:
    return User.objects.filter(email__in=[s.email for s in SIGN_INS]).exists()


def demo_seed(*, language_code: str, seed: int = SEED) -> None:
    """Create the demo members, questions, answers, comments, votes and acceptances.

    Every member starts at 1 reputation and the history is written in one go, so it is
    replayed with the privileges suspended; the reputation it earns is the ledger's, as in
    real use.
    """
    content = content_for(language_code)
    with translation.override(language_code), privileges.suspended(), transaction.atomic():
        _DemoBuilder(content, random.Random(seed), timezone.now()).build()


def demo_reset() -> None:
    """Delete the demo members (every account at example.com) and everything they wrote.

    Posts by other members stay; the answer counts and scores that lose rows are
    recounted from what remains.
    """
    with transaction.atomic():
        members = User.objects.filter(email__iendswith=f"@{DEMO_DOMAIN}")
        Question.objects.filter(author__in=members).delete()
        answers = Answer.objects.filter(author__in=members)
        answered = set(answers.values_list("question_id", flat=True))
        answers.delete()
        Comment.objects.filter(author__in=members).delete()
        Revision.objects.filter(editor__in=members).delete()
        votes = Vote.objects.filter(voter__in=members)
        voted_questions = set(votes.values_list("question_id", flat=True)) - {None}
        voted_answers = set(votes.values_list("answer_id", flat=True)) - {None}
        votes.delete()
        _recount(answered, voted_questions, voted_answers)
        Tag.objects.annotate(uses=Count("taggit_taggeditem_items")).filter(uses=0).delete()
        members.delete()


def _recount(answered: set[int], voted_questions: set[int], voted_answers: set[int]) -> None:
    visible_answers = Answer.objects.filter(question=OuterRef("pk"), is_deleted=False)
    Question.objects.filter(pk__in=answered).update(
        answer_count=Coalesce(
            Subquery(visible_answers.values("question").annotate(n=Count("pk")).values("n")),
            Value(0),
        )
    )
    for model, ids in ((Question, voted_questions), (Answer, voted_answers)):
        field = "question" if model is Question else "answer"
        votes = Vote.objects.filter(**{field: OuterRef("pk")}).values(field)
        model.objects.filter(pk__in=ids).update(
            score=Coalesce(
                Subquery(votes.annotate(total=Sum("value")).values("total")),
                Value(0),
                output_field=IntegerField(),
            )
        )


class _DemoBuilder:
    """One run of the demo: its random source, its clock and the members it created."""

    def __init__(self, content: ModuleType, rng: random.Random, now: datetime):
        from faker import Faker  # a development dependency (.[dev]), as the demo is

        self.content, self.rng, self.now = content, rng, now
        self.faker = Faker(content.FAKER_LOCALE)
        self.faker.seed_instance(rng.random())
        self.sign_ins: dict[str, User] = {}
        self.community: list[User] = []  # everyone but the sign-ins: they post and vote

    def build(self) -> None:
        self._members()
        threads = list(self.content.THREADS)
        asked = [self._asked_at(thread) for thread in threads]
        for asked_at, thread in sorted(zip(asked, threads, strict=True), key=lambda p: p[0]):
            self._thread(thread, asked_at)

    # --- members -------------------------------------------------------------------------

    def _members(self) -> None:
        password = make_password(DEMO_PASSWORD)  # hashed once: hashing is slow on purpose
        names = self._names(MEMBER_COUNT)
        for sign_in, (first, last) in zip(SIGN_INS, names, strict=False):
            display = f"{first} {last}"
            if sign_in.role == "agent":
                display = self.content.AGENT_NAME.format(first_name=first)
            is_admin = sign_in.role == "admin"
            self.sign_ins[sign_in.role] = self._member(
                sign_in.email, display, password, is_staff=is_admin, is_superuser=is_admin
            )
        self.sign_ins["moderator"].groups.add(Group.objects.get(name=MODERATORS))
        self.sign_ins["agent"].groups.add(Group.objects.get(name=SUPPORT_AGENTS))
        for first, last in names[len(SIGN_INS):]:
            display = f"{first} {last}" if self.rng.random() < 0.7 else f"{first} {last[0]}."
            email = f"{_ascii(first)}.{_ascii(last)}@{DEMO_DOMAIN}"
            self.community.append(self._member(email, display, password))

    def _names(self, count: int) -> list[tuple[str, str]]:
        names: list[tuple[str, str]] = []
        while len(names) < count:
            name = (self.faker.first_name(), self.faker.last_name())
            if all(_ascii(n) != _ascii(name[0]) for n, _ in names):  # distinct first names
                names.append(name)
        return names

    def _member(self, email: str, display_name: str, password: str, **extra) -> User:
        joined = self.now - timedelta(days=self.rng.uniform(HISTORY_DAYS + 5, 900))
        member = User.objects.create(
            email=email, display_name=display_name, password=password, date_joined=joined,
            **extra,
        )
        EmailAddress.objects.create(user=member, email=email, verified=True, primary=True)
        return member

    def _writer(self, by: str | None, *, asker: User | None = None, avoid=()) -> User:
        if by == "asker":
            return asker
        if by:
            return self.sign_ins[by]
        return self.rng.choice([m for m in self.community if m not in avoid])

    # --- threads -------------------------------------------------------------------------

    def _asked_at(self, thread: Thread) -> datetime:
        if not thread.answers:  # still waiting: asked in the last few days
            return self.now - timedelta(hours=self.rng.uniform(3, 96))
        return self.now - timedelta(hours=self.rng.uniform(8, HISTORY_DAYS * 24))

    def _later(self, moment: datetime, *, least: float, most: float) -> datetime:
        """A moment after ``moment`` (between ``least`` and ``most`` hours), never in the future."""
        wait = timedelta(hours=self.rng.uniform(least, most))
        return moment + min(wait, (self.now - moment) * self.rng.uniform(0.1, 0.6))

    def _thread(self, thread: Thread, asked_at: datetime) -> None:
        asker = self._writer(thread.by)
        question = services.question_ask(
            author=asker, title=thread.title, body=thread.body, tags=thread.tags
        )
        _backdate(question, asked_at)
        self._comments(question, thread.comments, after=asked_at, asker=asker)
        self._votes(question, most=3)
        last_activity, accepted, answerers = asked_at, None, [asker]
        for item in map(as_reply, thread.answers):
            author = self._writer(item.by, asker=asker, avoid=answerers)
            answerers.append(author)
            last_activity = self._later(last_activity, least=0.25, most=30)
            answer = services.answer_post(author=author, question=question, body=item.body)
            _backdate(answer, last_activity)
            self._comments(answer, item.comments, after=last_activity, asker=asker)
            self._votes(answer, least=1 if item.accepted else 0, most=5 if item.accepted else 2)
            accepted = answer if item.accepted else accepted
        if accepted:
            services.answer_accept(member=asker, answer=accepted)
            last_activity = self._later(last_activity, least=0.5, most=20)
        Question.objects.filter(pk=question.pk).update(
            last_activity_at=last_activity,
            view_count=self.rng.randint(12, 90) * (1 + len(thread.answers)),
        )

    def _comments(self, post, items, *, after: datetime, asker: User) -> None:
        moment = after
        for item in map(as_reply, items):
            author = self._writer(item.by, asker=asker, avoid=[post.author])
            comment = services.comment_add(author=author, post=post, body=item.body)
            moment = self._later(moment, least=0.1, most=36)
            Comment.objects.filter(pk=comment.pk).update(created_at=moment)

    def _votes(self, post, *, least: int = 0, most: int) -> None:
        """Votes from community members only, so the sign-ins start with a clean slate."""
        voters = self.rng.sample(
            [m for m in self.community if m != post.author], self.rng.randint(least, most)
        )
        if not voters:
            return
        cast_at = []
        for voter in voters:
            value = Vote.DOWN if self.rng.random() < 0.12 else Vote.UP
            services.vote_set(voter=voter, post=post, value=value)
            cast_at.append(When(voter=voter, then=Value(self._later(
                post.created_at, least=0.5, most=24 * 14
            ))))
        Vote.objects.filter(**PostTarget.target_of(post)).update(created_at=Case(*cast_at))


def _backdate(post: Question | Answer, moment: datetime) -> None:
    """Move a new post, and its first revision, to ``moment``."""
    type(post).objects.filter(pk=post.pk).update(created_at=moment)
    Revision.objects.filter(**PostTarget.target_of(post)).update(created_at=moment)
    post.created_at = moment


def _ascii(text: str) -> str:
    """``text`` lower-cased without accents or spaces, for an email's local part."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(ch for ch in plain.lower() if ch.isalnum())

