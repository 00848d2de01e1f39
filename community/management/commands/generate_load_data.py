"""Fill the database with synthetic members, questions and answers for benchmarks."""

import random
import sys
import time
from concurrent.futures import ThreadPoolExecutor

from django.core.management.base import BaseCommand
from django.db import connections
from tqdm import tqdm

from community.loadgen import (
    LoadSpec,
    QuestionBatchWriter,
    RowSink,
    create_members,
    create_tags,
    finish,
)
from community.models import Question


class Command(BaseCommand):
    help = (
        "Bulk synthetic data for benchmarks: members, tags, questions, answers, votes, "
        "accepted answers, revisions, comments and the reputation they earn."
    )

    def add_arguments(self, parser):
        parser.add_argument("--users", type=int, default=1000)
        parser.add_argument("--questions", type=int, default=5000)
        parser.add_argument("--answers-per-question", type=int, default=3)
        parser.add_argument("--batch-size", type=int, default=2000)
        parser.add_argument("--seed", type=int, default=42)

    def handle(self, *args, users, questions, answers_per_question, batch_size, seed, **opts):
        spec = LoadSpec(users, questions, answers_per_question, batch_size, seed)
        rng = random.Random(seed)
        quiet = not sys.stderr.isatty() or opts["verbosity"] == 0
        started = time.monotonic()
        sink = RowSink()
        with tqdm(total=users, desc="members", unit="row", disable=quiet) as bar:
            member_ids = create_members(spec, rng, bar, sink)
        tags = create_tags(spec)
        writer = QuestionBatchWriter(spec, rng, member_ids, tags, sink)
        first = Question.objects.count()
        batches = [(first + start, min(batch_size, questions - start))
                   for start in range(0, questions, batch_size)]
        posts = 0
        with tqdm(total=questions, desc="questions", unit="q", disable=quiet) as bar:
            for batch in _planned(writer, batches, in_background=sink.is_postgres):
                posts += writer.write_batch(batch)
                bar.update(len(batch.question_ids))
        written = time.monotonic() - started
        finish()
        elapsed = time.monotonic() - started
        self.stdout.write(
            f"Created {users} members, {len(tags)} tags, {questions} questions and "
            f"{posts - questions} answers in {elapsed:.1f}s "
            f"({written:.1f}s writing, {elapsed - written:.1f}s vacuum and analyze)."
        )


def _planned(writer, batches, *, in_background: bool):
    """The batches, each planned while the one before it is written (on PostgreSQL: the
    planning is Python, the writing mostly the database, so the two cores both work)."""
    if not in_background:
        for first_number, count in batches:
            yield writer.plan(first_number, count)
        return
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="load-planner") as planner:
        pending = None
        for first_number, count in batches:
            upcoming = planner.submit(writer.plan, first_number, count)
            if pending is not None:
                yield pending.result()
            pending = upcoming
        if pending is not None:
            yield pending.result()
        planner.submit(connections.close_all).result()  # the planner's own connection
