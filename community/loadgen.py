"""Bulk synthetic content for benchmarks: believable, consistent, and fast to write.

One batch of questions at a time is planned in memory with everything that hangs off it
(answers, votes, accepted answers, tags, revisions, comments) and written in one
transaction, so memory stays bounded whatever the size. Every counter is derived from the
rows planned (score = sum of votes, answer count = answers, last activity = latest
answer), so nothing drifts.

On PostgreSQL rows go in with COPY, and questions last, through one INSERT … SELECT that
computes their search vectors from the title, the body and the answers just written:
each row is written once, constraints and indexes stay in place (foreign keys are checked
at commit, so questions may name answers written before them). Elsewhere (SQLite in the
tests) the same rows go through ``bulk_create``.

Satellites derive their own rows from the same facts: each batch sends
``signals.load_batch_written`` with the votes and acceptances it holds (reputation writes
its ledger from them), inside the batch's transaction.
"""

import io
import itertools
import random
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.contrib.contenttypes.models import ContentType
from django.db import connection, models, transaction
from django.utils import timezone
from django.utils.html import escape
from psycopg2.extras import execute_values
from taggit.models import Tag, TaggedItem

from . import signals
from .models import Answer, Comment, Question, Revision, User, Vote

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


@dataclass(frozen=True)
class LoadVote:
    """A vote the batch holds, with what a ledger needs to know about it."""

    voter_id: int
    author_id: int
    question_id: int | None
    answer_id: int | None
    value: int
    created_at: datetime


@dataclass(frozen=True)
class LoadAcceptance:
    question_id: int
    answer_id: int
    asker_id: int
    answerer_id: int
    accepted_at: datetime


def _zipf_weights(n: int, exponent: float = 1.1) -> list[float]:
    return [1 / (rank**exponent) for rank in range(1, n + 1)]


def _sentence(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def _title(rng: random.Random, n: int) -> str:
    problem = rng.choice(PROBLEMS).format(code=rng.randint(100, 999))
    return f"My {rng.choice(SUBJECTS)} {problem} (case {n}). {rng.choice(ASKS)}"[:150]


class _Paragraphs:
    """Paragraphs drawn from a pool made once: writing each word at random costs more than
    all the database work of a post, and a body made of pooled paragraphs reads the same."""

    def __init__(self, rng: random.Random, size: int = 4000):
        texts = [_sentence(rng, rng.randint(8, 18)) for _ in range(size)]
        self.pool = [(text, f"<p>{escape(text)}</p>\n") for text in texts]

    def body(self, rng: random.Random, count: int) -> tuple[str, str]:
        chosen = rng.choices(self.pool, k=count)
        return "\n\n".join(t for t, _ in chosen), "".join(h for _, h in chosen)


# --- Writing rows -------------------------------------------------------------------------


class RowSink:
    """Writes planned rows (dicts of attribute names) of a model, with ids reserved first.

    COPY on PostgreSQL; ``bulk_create`` elsewhere. Fields a row leaves out take their
    model default, so a column added later needs no change here.
    """

    def __init__(self):
        self.is_postgres = connection.vendor == "postgresql"
        self.state: dict = {}  # for receivers of load_batch_written to keep across batches
        self._defaults: dict[type[models.Model], dict] = {}
        self._next_ids: dict[str, int] = {}

    def reserve_ids(self, model: type[models.Model], count: int) -> list[int]:
        if not count:
            return []
        table = model._meta.db_table
        with connection.cursor() as cursor:
            if self.is_postgres:
                cursor.execute(
                    "SELECT nextval(pg_get_serial_sequence(%s, 'id')) "
                    "FROM generate_series(1, %s)", [table, count],
                )
                return [row[0] for row in cursor.fetchall()]
            cursor.execute(f"SELECT coalesce(max(id), 0) FROM {table}")  # noqa: S608 - model table
            first = max(cursor.fetchone()[0] + 1, self._next_ids.get(table, 0))
        self._next_ids[table] = first + count
        return list(range(first, first + count))

    def columns(self, model: type[models.Model]) -> list[models.Field]:
        return list(model._meta.concrete_fields)

    def write(self, model: type[models.Model], rows: Iterable[dict], *, table: str = "") -> None:
        """Rows without an "id" get one from the table's sequence."""
        self.put(self.prepare(model, rows, table=table))

    def prepare(self, model, rows: Iterable[dict], *, table: str = "") -> "Prepared":
        """The rows made ready to write: as COPY text on PostgreSQL. Needs no database, so
        the next batch can be prepared while this one is written."""
        prepared = Prepared(model=model, table=table or model._meta.db_table)
        if not self.is_postgres:
            prepared.rows = list(rows)
            return prepared
        rows = iter(rows)
        first = next(rows, None)
        if first is None:
            return prepared
        fields = [f for f in self.columns(model) if "id" in first or not f.primary_key]
        defaults = self._defaults.get(model)
        if defaults is None:
            defaults = self._defaults[model] = {
                f.attname: f.get_default() for f in self.columns(model)
            }
        text = io.StringIO()
        for row in itertools.chain([first], rows):
            text.write("\t".join(
                _copy_text(row[f.attname] if f.attname in row else defaults[f.attname])
                for f in fields
            ))
            text.write("\n")
        text.seek(0)
        prepared.names = ", ".join(connection.ops.quote_name(f.column) for f in fields)
        prepared.text = text
        return prepared

    def put(self, prepared: "Prepared") -> None:
        if prepared.text is not None:
            with connection.cursor() as cursor:
                cursor.cursor.copy_expert(
                    f"COPY {prepared.table} ({prepared.names}) FROM STDIN", prepared.text
                )
        elif prepared.rows:
            prepared.model.objects.bulk_create(
                (prepared.model(**row) for row in prepared.rows), batch_size=2000
            )

    def relax_durability(self) -> None:
        """This transaction's commit does not wait for the disk: a crash can lose the last
        batches of a load, never make them inconsistent (PostgreSQL's own guarantee)."""
        if self.is_postgres:
            with connection.cursor() as cursor:
                cursor.execute("SET LOCAL synchronous_commit = off")

    def update(self, model: type[models.Model], field: str, values: dict[int, object]) -> None:
        """Set ``field`` of the rows ``values`` names (by id) to their values, in one pass."""
        if not values:
            return
        if not self.is_postgres:
            objects = [model(pk=pk, **{field: value}) for pk, value in values.items()]
            model.objects.bulk_update(objects, [field], batch_size=1000)
            return
        column = connection.ops.quote_name(model._meta.get_field(field).column)
        table = model._meta.db_table
        with connection.cursor() as cursor:
            execute_values(
                cursor.cursor,
                f"UPDATE {table} AS t SET {column} = v.value "  # noqa: S608 - model names
                "FROM (VALUES %s) AS v(id, value) WHERE t.id = v.id",
                list(values.items()), page_size=5000,
            )


@dataclass
class Prepared:
    model: type[models.Model]
    table: str
    rows: list[dict] | None = None  # for bulk_create
    names: str = ""  # for COPY
    text: io.StringIO | None = None


_COPY_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


def _copy_text(value) -> str:
    """A value in COPY's text format."""
    if value is None:
        return r"\N"
    if value is True or value is False:
        return "t" if value else "f"
    if isinstance(value, str):
        return value.translate(_COPY_ESCAPES)
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, datetime):
        return value.isoformat()
    raise TypeError(f"no COPY text for {type(value).__name__}")


# --- Members and tags ---------------------------------------------------------------------


def create_members(spec: LoadSpec, rng: random.Random, progress, sink: RowSink | None = None):
    """``spec.users`` members who cannot sign in; returns their ids."""
    sink = sink or RowSink()
    first = User.objects.count()
    since = timezone.now() - timedelta(days=365)
    member_ids: list[int] = []
    for start in range(0, spec.users, spec.batch_size * 5):
        count = min(spec.batch_size * 5, spec.users - start)
        with transaction.atomic():
            ids = sink.reserve_ids(User, count)
            sink.write(User, (
                {
                    "id": pk, "email": f"load{first + start + i}@example.invalid",
                    "display_name": f"Member {first + start + i}",
                    "password": UNUSABLE_PASSWORD,
                    "date_joined": since + timedelta(minutes=rng.randint(0, 525_000)),
                }
                for i, pk in enumerate(ids)
            ))
        member_ids.extend(ids)
        progress.update(count)
    return member_ids


def create_tags(spec: LoadSpec) -> list[Tag]:
    names = sorted({s.replace(" ", "-").lower() for s in SUBJECTS})
    names += [f"topic-{n}" for n in range(spec.tags - len(names))]
    existing = set(Tag.objects.filter(name__in=names).values_list("name", flat=True))
    Tag.objects.bulk_create(Tag(name=n, slug=n) for n in names if n not in existing)
    return list(Tag.objects.filter(name__in=names))


# --- Questions and all that hangs off them ------------------------------------------------

_STAGING = "ccn_load_questions"
# The vectors refresh_search_vectors_in() would compute, for questions still in staging.
_INSERT_QUESTIONS_SQL = """
INSERT INTO community_question ({columns}, search_vector)
SELECT {staged_columns},
    setweight(to_tsvector(%(config)s::regconfig, s.title), 'A')
    || setweight(to_tsvector(%(config)s::regconfig, s.body), 'B')
    || setweight(to_tsvector(%(config)s::regconfig, coalesce(a.bodies, '')), 'C')
FROM ccn_load_questions AS s
LEFT JOIN (
    SELECT question_id, string_agg(body, ' ') AS bodies FROM community_answer
    WHERE question_id IN (SELECT id FROM ccn_load_questions) AND NOT is_deleted
    GROUP BY question_id
) AS a ON a.question_id = s.id
"""


@dataclass
class Batch:
    """A planned batch: its rows ready to write, and the facts satellites derive from."""

    posts: int
    votes: list[LoadVote]
    acceptances: list[LoadAcceptance]
    rows: list[Prepared]
    questions: Prepared
    question_ids: list[int]


class QuestionBatchWriter:
    """Plans and writes one batch of questions and everything that hangs off them."""

    def __init__(self, spec: LoadSpec, rng: random.Random, member_ids: list[int], tags,
                 sink: RowSink | None = None):
        self.spec, self.rng, self.member_ids, self.tags = spec, rng, member_ids, tags
        self.sink = sink or RowSink()
        self.tag_weights = _zipf_weights(len(tags))
        self.paragraphs = _Paragraphs(rng)
        self.question_type = ContentType.objects.get_for_model(Question)
        self.now = timezone.now()

    def _member(self) -> int:
        return self.rng.choice(self.member_ids)

    def _when(self, after=None) -> datetime:
        start = after or self.now - timedelta(days=365)
        span = max(60, int((self.now - start).total_seconds()))
        return start + timedelta(seconds=self.rng.randint(0, span))

    def write(self, first_number: int, count: int) -> int:
        """Write ``count`` questions; return how many posts (questions and answers)."""
        return self.write_batch(self.plan(first_number, count))

    def plan(self, first_number: int, count: int) -> "Batch":
        """Every row of a batch, made ready to write. Touches the database only to reserve
        ids, so it may run in another thread (with its own connection) while the previous
        batch is written."""
        plan = self._plan(first_number, count)
        questions, answers = plan["questions"], plan["answers"]
        prepare = self.sink.prepare
        return Batch(
            posts=len(questions) + len(answers),
            votes=plan["votes"],
            acceptances=plan["acceptances"],
            rows=[
                prepare(Answer, answers),
                prepare(Vote, (
                    {"voter_id": v.voter_id, "question_id": v.question_id,
                     "answer_id": v.answer_id, "value": v.value, "created_at": v.created_at}
                    for v in plan["votes"]
                )),
                prepare(TaggedItem, self._tagged_items(questions)),
                prepare(Revision, self._revisions(questions, answers)),
                prepare(Comment, self._comments(answers)),
            ],
            questions=prepare(
                Question, questions, table=_STAGING if self.sink.is_postgres else ""
            ),
            question_ids=[q["id"] for q in questions],
        )

    def write_batch(self, batch: "Batch") -> int:
        """One transaction: answers and everything else first, questions last (their
        search vectors are computed from the answers), then the satellites' rows."""
        with transaction.atomic():
            self.sink.relax_durability()
            for prepared in batch.rows:
                self.sink.put(prepared)
            self._write_questions(batch)
            signals.load_batch_written.send(
                sender=None, votes=batch.votes, acceptances=batch.acceptances, sink=self.sink
            )
        return batch.posts

    def _plan(self, first_number: int, count: int) -> dict:
        question_ids = self.sink.reserve_ids(Question, count)
        questions, answers, votes = [], [], []
        for number, pk in enumerate(question_ids, start=first_number):
            question = self._question(pk, number)
            questions.append(question)
            for _ in range(self.rng.randint(0, 2 * self.spec.answers_per_question)):
                answers.append(self._answer(question))
        for answer, pk in zip(answers, self.sink.reserve_ids(Answer, len(answers)), strict=True):
            answer["id"] = pk
        by_question = {q["id"]: q for q in questions}
        for answer in answers:
            question = by_question[answer["question_id"]]
            question["answer_count"] += 1
            question["last_activity_at"] = max(question["last_activity_at"], answer["created_at"])
        for post in [*questions, *answers]:
            votes.extend(self._votes_for(post))
        acceptances = self._accept_best_answers(questions, answers)
        return {"questions": questions, "answers": answers, "votes": votes,
                "acceptances": acceptances}

    def _question(self, pk: int, number: int) -> dict:
        body, html = self.paragraphs.body(self.rng, self.rng.randint(2, 4))
        created = self._when()
        return {
            "id": pk, "author_id": self._member(), "title": _title(self.rng, number),
            "body": body, "body_html": html, "created_at": created,
            "last_activity_at": created, "view_count": self.rng.randint(0, 3000),
            "answer_count": 0, "score": 0,
        }

    def _answer(self, question: dict) -> dict:
        body, html = self.paragraphs.body(self.rng, self.rng.randint(1, 3))
        return {
            "question_id": question["id"], "author_id": self._member(), "body": body,
            "body_html": html, "created_at": self._when(question["created_at"]), "score": 0,
        }

    def _votes_for(self, post: dict) -> list[LoadVote]:
        """Votes on ``post``, never by its author; sets the post's score."""
        voters = {self._member() for _ in range(self.rng.choice([0, 0, 1, 2, 3, 5, 8]))}
        voters.discard(post["author_id"])
        is_answer = "question_id" in post
        votes = [
            LoadVote(
                voter_id=voter, author_id=post["author_id"],
                question_id=None if is_answer else post["id"],
                answer_id=post["id"] if is_answer else None,
                value=1 if self.rng.random() < 0.85 else -1,
                created_at=self._when(post["created_at"]),
            )
            for voter in sorted(voters)
        ]
        post["score"] = sum(vote.value for vote in votes)
        return votes

    def _accept_best_answers(self, questions, answers) -> list[LoadAcceptance]:
        best: dict[int, dict] = {}
        for answer in answers:  # the highest score, the first written among equals
            current = best.get(answer["question_id"])
            if current is None or answer["score"] > current["score"]:
                best[answer["question_id"]] = answer
        acceptances = []
        for question in questions:
            answer = best.get(question["id"])
            if answer is None or self.rng.random() >= 0.55:
                continue
            question["accepted_answer_id"] = answer["id"]
            acceptances.append(LoadAcceptance(
                question_id=question["id"], answer_id=answer["id"],
                asker_id=question["author_id"], answerer_id=answer["author_id"],
                accepted_at=max(answer["created_at"], question["last_activity_at"]),
            ))
        return acceptances

    def _write_questions(self, batch: "Batch") -> None:
        if not self.sink.is_postgres:
            from .search import refresh_search_vectors_in

            self.sink.put(batch.questions)
            refresh_search_vectors_in(batch.question_ids)
            return
        columns = [f for f in self.sink.columns(Question) if f.attname != "search_vector"]
        names = [connection.ops.quote_name(f.column) for f in columns]
        with connection.cursor() as cursor:
            cursor.execute(
                f"CREATE TEMP TABLE IF NOT EXISTS {_STAGING} "
                "(LIKE community_question INCLUDING DEFAULTS) ON COMMIT DELETE ROWS"
            )
            cursor.execute(f"TRUNCATE {_STAGING}")  # a batch not yet committed
            self.sink.put(batch.questions)
            cursor.execute(
                _INSERT_QUESTIONS_SQL.format(
                    columns=", ".join(names), staged_columns=", ".join(f"s.{n}" for n in names)
                ),
                {"config": settings.CCN_SEARCH_CONFIG},
            )

    def _tagged_items(self, questions) -> Iterable[dict]:
        for question in questions:
            chosen = {t.pk for t in self.rng.choices(self.tags, self.tag_weights, k=3)}
            for tag_id in sorted(chosen)[: self.rng.randint(1, 3)]:
                yield {"content_type_id": self.question_type.pk, "object_id": question["id"],
                       "tag_id": tag_id}

    def _revisions(self, questions, answers) -> Iterable[dict]:
        for q in questions:
            yield {"question_id": q["id"], "editor_id": q["author_id"], "number": 1,
                   "title": q["title"], "body": q["body"], "created_at": q["created_at"]}
        for a in answers:
            yield {"answer_id": a["id"], "editor_id": a["author_id"], "number": 1,
                   "body": a["body"], "created_at": a["created_at"]}

    def _comments(self, answers) -> Iterable[dict]:
        for answer in answers:
            if self.rng.random() < 0.2:
                text = self.rng.choice(self.paragraphs.pool)[0]
                yield {"answer_id": answer["id"], "author_id": self._member(), "body": text,
                       "body_html": escape(text), "created_at": self._when(answer["created_at"])}


def finish() -> None:
    """After a load: fresh planner statistics and visibility maps (index-only scans rely
    on them), and every cached list and count out of date."""
    from . import caching

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:  # VACUUM cannot run inside a transaction
            cursor.execute("ANALYZE" if connection.in_atomic_block else "VACUUM (ANALYZE)")
    caching.bump(caching.LISTS, caching.COUNTS)
