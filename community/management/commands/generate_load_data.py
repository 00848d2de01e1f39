"""Fill the database with synthetic members, questions and answers for benchmarks."""

import random
import sys
import time

from django.core.management.base import BaseCommand
from tqdm import tqdm

from community.loadgen import LoadSpec, QuestionBatchWriter, create_members, create_tags
from community.models import Question


class Command(BaseCommand):
    help = "Bulk synthetic data for benchmarks (members, tags, questions, answers, votes…)."

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
        with tqdm(total=users, desc="members", unit="row", disable=quiet) as bar:
            member_ids = create_members(spec, rng, bar)
        tags = create_tags(spec)
        writer = QuestionBatchWriter(spec, rng, member_ids, tags)
        first = Question.objects.count()
        rows = 0
        with tqdm(total=questions, desc="questions", unit="q", disable=quiet) as bar:
            for start in range(0, questions, batch_size):
                count = min(batch_size, questions - start)
                rows += writer.write(first + start, count)
                bar.update(count)
        elapsed = time.monotonic() - started
        self.stdout.write(
            f"Created {users} members, {len(tags)} tags, {questions} questions and "
            f"{rows - questions} answers in {elapsed:.1f}s."
        )
