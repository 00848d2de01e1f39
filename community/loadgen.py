"""Bulk synthetic content for benchmarks: believable, consistent, and fast to write.

Rows are written with ``bulk_create`` in large batches, one batch of questions at a time
with their answers, votes, comments, revisions and tags, so memory stays bounded whatever
the size. Every counter is derived from the rows written (score = sum of votes, answer
count = answers), so nothing drifts.
"""

import random
from dataclasses import dataclass
from datetime import timedelta

from django.contrib.auth.hashers import make_password
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import OuterRef, Subquery
from django.utils import timezone
from django.utils.html import escape
from taggit.models import Tag, TaggedItem

from .models import Answer, Comment, Question, Revision, User, Vote
from .search import refresh_search_vectors_in

SUBJECTS = [
    "router", "invoice", "mobile app", "roaming", "wifi signal", "fibre installation",
    "prepaid plan", "voicemail", "SIM card", "5G coverage", "password reset", "smart TV app",
    "data allowance", "direct debit", "refund", "porting my number", "eSIM", "modem lights",
]
PROBLEMS = [
    "stops working after an update", "shows the wrong amount", "keeps disconnecting",
    "cannot be activated", "is much slower than promised", "asks for a code I never got",
    "was charged twice", "does not appear in my account", "drops every evening",
    "fails with error {code}",
]
ASKS = ["How do I fix it?", "Is this a known issue?", "What should I try first?",
        "Has anyone solved this?", "Who do I contact?"]
WORDS = [
    "please", "help", "account", "plan", "bill", "customer", "service", "support", "phone",
    "laptop", "tablet", "network", "speed", "signal", "settings", "menu", "restart", "reset",
    "cable", "light", "error", "code", "screen", "message", "month", "week", "yesterday",
    "payment", "card", "bank", "contract", "upgrade", "downgrade", "store", "technician",
]

UNUSABLE_PASSWORD = make_password(None)  # load members cannot sign in


@dataclass
class LoadSpec:
    users: int
    questions: int
    answers_per_question: int
    batch_size: int = 2000
    seed: int = 42
    tag_count: int = 0

    @property
    def tags(self) -> int:
        return self.tag_count or max(30, min(2000, self.questions // 250))


def _zipf_weights(n: int, exponent: float = 1.1) -> list[float]:
    return [1 / (rank**exponent) for rank in range(1, n + 1)]


def _sentence(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def _title(rng: random.Random, n: int) -> str:
    problem = rng.choice(PROBLEMS).format(code=rng.randint(100, 999))
    return f"My {rng.choice(SUBJECTS)} {problem} (case {n}). {rng.choice(ASKS)}"[:150]


def _body(rng: random.Random, sentences: int) -> tuple[str, str]:
    paragraphs = [_sentence(rng, rng.randint(8, 18)) for _ in range(sentences)]
    return "\n\n".join(paragraphs), "".join(f"<p>{escape(p)}</p>\n" for p in paragraphs)


def create_members(spec: LoadSpec, rng: random.Random, progress) -> list[int]:
    first = User.objects.count()
    since = timezone.now() - timedelta(days=365)
    for start in range(0, spec.users, spec.batch_size):
        count = min(spec.batch_size, spec.users - start)
        User.objects.bulk_create(
            User(
                email=f"load{first + start + i}@example.invalid",
                display_name=f"Member {first + start + i}",
                password=UNUSABLE_PASSWORD,
                date_joined=since + timedelta(minutes=rng.randint(0, 525_000)),
            )
            for i in range(count)
        )
        progress.update(count)
    return list(User.objects.order_by("-pk").values_list("pk", flat=True)[: spec.users])


def create_tags(spec: LoadSpec) -> list[Tag]:
    names = sorted({s.replace(" ", "-").lower() for s in SUBJECTS})
    names += [f"topic-{n}" for n in range(spec.tags - len(names))]
    existing = set(Tag.objects.filter(name__in=names).values_list("name", flat=True))
    Tag.objects.bulk_create(Tag(name=n, slug=n) for n in names if n not in existing)
    return list(Tag.objects.filter(name__in=names))


class QuestionBatchWriter:
    """Writes one batch of questions and everything that hangs off them."""

    def __init__(self, spec: LoadSpec, rng: random.Random, member_ids: list[int], tags):
        self.spec, self.rng, self.member_ids, self.tags = spec, rng, member_ids, tags
        self.tag_weights = _zipf_weights(len(tags))
        self.question_type = ContentType.objects.get_for_model(Question)
        self.now = timezone.now()

    def _member(self) -> int:
        return self.rng.choice(self.member_ids)

    def _when(self, after=None):
        start = after or self.now - timedelta(days=365)
        span = max(60, int((self.now - start).total_seconds()))
        return start + timedelta(seconds=self.rng.randint(0, span))

    @transaction.atomic
    def write(self, first_number: int, count: int) -> int:
        questions = [self._question(first_number + i) for i in range(count)]
        planned_answers = {id(q): self._answers_for(q) for q in questions}
        question_voters = {id(q): self._voters_for(q) for q in questions}
        Question.objects.bulk_create(questions)
        answers = []
        for question in questions:
            for answer in planned_answers[id(question)]:
                answer.question_id = question.pk
                answers.append(answer)
        answer_voters = [self._voters_for(a) for a in answers]
        Answer.objects.bulk_create(answers, batch_size=5000)
        Vote.objects.bulk_create(
            [Vote(question_id=q.pk, voter_id=v, value=value)
             for q in questions for v, value in question_voters[id(q)]]
            + [Vote(answer_id=a.pk, voter_id=v, value=value)
               for a, voters in zip(answers, answer_voters, strict=True) for v, value in voters],
            batch_size=5000,
        )
        self._accept_best_answers(questions)
        self._tag(questions)
        self._revisions_and_comments(questions, answers)
        refresh_search_vectors_in([q.pk for q in questions])
        return len(questions) + len(answers)

    def _question(self, number: int) -> Question:
        body, html = _body(self.rng, self.rng.randint(2, 4))
        created = self._when()
        return Question(
            author_id=self._member(), title=_title(self.rng, number), body=body,
            body_html=html, created_at=created, last_activity_at=created,
            view_count=self.rng.randint(0, 3000),
        )

    def _answers_for(self, question: Question) -> list[Answer]:
        count = self.rng.randint(0, 2 * self.spec.answers_per_question)
        answers = []
        for _ in range(count):
            body, html = _body(self.rng, self.rng.randint(1, 3))
            answers.append(Answer(
                author_id=self._member(), body=body, body_html=html,
                created_at=self._when(question.created_at),
            ))
        question.answer_count = count
        if answers:
            question.last_activity_at = max(a.created_at for a in answers)
        return answers

    def _voters_for(self, post) -> list[tuple[int, int]]:
        """(voter, value) pairs for ``post``, never its author; sets the post's score."""
        voters = {self._member() for _ in range(self.rng.choice([0, 0, 1, 2, 3, 5, 8]))}
        voters.discard(post.author_id)
        votes = [(v, 1 if self.rng.random() < 0.85 else -1) for v in voters]
        post.score = sum(value for _, value in votes)
        return votes

    def _accept_best_answers(self, questions: list[Question]) -> None:
        chosen = [q.pk for q in questions if q.answer_count and self.rng.random() < 0.55]
        best = Answer.objects.filter(question=OuterRef("pk")).order_by("-score", "pk")
        Question.objects.filter(pk__in=chosen).update(
            accepted_answer=Subquery(best.values("pk")[:1])
        )

    def _tag(self, questions: list[Question]) -> None:
        items = []
        for question in questions:
            chosen = {t.pk for t in self.rng.choices(self.tags, self.tag_weights, k=3)}
            for tag_id in list(chosen)[: self.rng.randint(1, 3)]:
                items.append(TaggedItem(
                    content_type=self.question_type, object_id=question.pk, tag_id=tag_id
                ))
        TaggedItem.objects.bulk_create(items, batch_size=5000)

    def _revisions_and_comments(self, questions, answers) -> None:
        revisions = [
            Revision(question=q, editor_id=q.author_id, number=1, title=q.title, body=q.body,
                     created_at=q.created_at)
            for q in questions
        ] + [
            Revision(answer=a, editor_id=a.author_id, number=1, body=a.body,
                     created_at=a.created_at)
            for a in answers
        ]
        Revision.objects.bulk_create(revisions, batch_size=5000)
        comments = []
        for answer in answers:
            if self.rng.random() < 0.2:
                text = _sentence(self.rng, self.rng.randint(5, 12))
                comments.append(Comment(
                    answer=answer, author_id=self._member(), body=text,
                    body_html=escape(text), created_at=self._when(answer.created_at),
                ))
        Comment.objects.bulk_create(comments, batch_size=5000)
