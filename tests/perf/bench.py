"""`make bench`: the portal under gunicorn with production settings, driven by wrk.

One run, on one machine: create and migrate a benchmark database, fill it with
``generate_load_data`` (kept between runs; ``BENCH_FRESH=1`` rebuilds it), start gunicorn
(DEBUG off, PostgreSQL, Redis, collected static files), then drive each page with wrk at
``BENCH_CONNECTIONS`` connections for ``BENCH_SECONDS`` seconds, one page after another,
including a "hello" view with no database served by the same gunicorn: the floor.

For each page it reports requests/s, p50/p95/p99 latency, errors, the ratio to the floor,
SQL queries per request (from the ``X-CCN-Queries`` header the bench middleware adds) and
the response size; it prints a Markdown table and writes it, with the raw numbers as JSON,
to ``var/bench/<date>-<scale>.{md,json}``. Nothing here asserts a time: CI runs
``BENCH_SCALE=tiny`` so that the machinery keeps working.

Settings (environment): BENCH_SCALE (tiny, 100k (default), 1m), BENCH_DATABASE_URL
(default postgres://postgres@127.0.0.1:5432/ccn_bench_<scale>), BENCH_REDIS_URL (default
redis://127.0.0.1:6379/9), BENCH_SECONDS, BENCH_CONNECTIONS (8), BENCH_WORKERS (gunicorn
workers), BENCH_PORT (8765), BENCH_FRESH (1 to rebuild the data set), BENCH_ONLY (a
comma-separated list of page keys, for a quick look at a few pages).
"""

import http.client
import json
import os
import platform
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import unquote, urlsplit

ROOT = Path(__file__).resolve().parents[2]
OUT_DIR = ROOT / "var" / "bench"
WRK_SCRIPT = Path(__file__).with_name("wrk.lua")
PYTHON = sys.executable
BENCH_MEMBERS = 8
THREAD_TITLE = "Bench thread: my router keeps dropping the connection, 50 answers so far"


@dataclass(frozen=True)
class Scale:
    users: int
    questions: int
    answers_per_question: int
    seconds: int


SCALES = {
    "tiny": Scale(users=300, questions=1_000, answers_per_question=3, seconds=2),
    "100k": Scale(users=40_000, questions=100_000, answers_per_question=3, seconds=10),
    "1m": Scale(users=400_000, questions=1_000_000, answers_per_question=3, seconds=10),
}


@dataclass
class Page:
    """One row of the table: a pool of requests wrk picks from at random."""

    key: str
    label: str
    audience: str  # "floor", "visitor", "member", "search", "similar", "write"
    lines: list[str]
    expect: int = 200
    result: dict = field(default_factory=dict)


def _log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", flush=True)


# --- Configuration --------------------------------------------------------------------------


@dataclass
class Config:
    scale_name: str
    scale: Scale
    database_url: str
    redis_url: str
    seconds: int
    connections: int
    workers: int
    port: int
    fresh: bool
    only: set[str]

    @classmethod
    def from_environment(cls) -> "Config":
        name = os.environ.get("BENCH_SCALE", "100k")
        if name not in SCALES:
            sys.exit(f"BENCH_SCALE must be one of {', '.join(SCALES)}, not {name!r}")
        scale = SCALES[name]
        return cls(
            scale_name=name,
            scale=scale,
            database_url=os.environ.get(
                "BENCH_DATABASE_URL", f"postgres://postgres@127.0.0.1:5432/ccn_bench_{name}"
            ),
            redis_url=os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/9"),
            seconds=int(os.environ.get("BENCH_SECONDS", scale.seconds)),
            connections=int(os.environ.get("BENCH_CONNECTIONS", 8)),
            workers=int(os.environ.get("BENCH_WORKERS", (os.cpu_count() or 1) + 1)),
            port=int(os.environ.get("BENCH_PORT", 8765)),
            fresh=os.environ.get("BENCH_FRESH", "") not in ("", "0", "false"),
            only={k for k in os.environ.get("BENCH_ONLY", "").split(",") if k},
        )

    def server_environment(self) -> dict[str, str]:
        """Production settings, over plain http on the loopback."""
        return {
            **os.environ,
            "DATABASE_URL": self.database_url,
            "REDIS_URL": self.redis_url,
            "SECRET_KEY": _bench_secret_key(),
            "DEBUG": "false",
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "SECURE_SSL_REDIRECT": "false",
            "SECURE_COOKIES": "false",
            "CCN_BENCH": "1",
            "LANGUAGE_CODE": "en",
            "LOG_LEVEL": "WARNING",
            # The write pages post and vote as fast as wrk can: no member limit applies.
            "CCN_RATE_ANSWER": "100000000/h",
            "CCN_RATE_VOTE": "100000000/h",
            "CCN_RATE_SIMILAR": "100000000/h",
        }


def _bench_secret_key() -> str:
    """One key per checkout, so sessions made for the bench stay valid between runs."""
    key_file = ROOT / "var" / "bench" / "secret_key"
    if not key_file.exists():
        key_file.parent.mkdir(parents=True, exist_ok=True)
        key_file.write_text(secrets.token_urlsafe(50))
        key_file.chmod(0o600)
    return key_file.read_text().strip()


# --- Database and data set ------------------------------------------------------------------


def ensure_database(config: Config) -> None:
    import psycopg2
    from psycopg2 import sql

    parts = urlsplit(config.database_url)
    name = parts.path.lstrip("/")
    admin = psycopg2.connect(
        host=parts.hostname, port=parts.port or 5432, user=unquote(parts.username or ""),
        password=unquote(parts.password or ""), dbname="postgres", connect_timeout=5,
    )
    admin.autocommit = True
    with admin.cursor() as cursor:
        if config.fresh:
            _log(f"dropping {name} (BENCH_FRESH)")
            cursor.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(
                sql.Identifier(name)))
        cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
        if cursor.fetchone() is None:
            _log(f"creating database {name}")
            cursor.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    admin.close()


def manage(config: Config, *args: str) -> float:
    started = time.monotonic()
    subprocess.run(  # noqa: S603 - our own manage.py, fixed arguments
        [PYTHON, "manage.py", *args], cwd=ROOT, env=config.server_environment(), check=True
    )
    return time.monotonic() - started


def load_data(config: Config) -> dict:
    """Generate the data set unless the database already holds it."""
    from community.models import Question

    have = Question.objects.count()
    scale = config.scale
    if have >= scale.questions:
        _log(f"the data set is there ({have:,} questions); BENCH_FRESH=1 rebuilds it")
        return {"generated": False, "seconds": None}
    _log(f"generating {scale.users:,} members and {scale.questions - have:,} questions")
    seconds = manage(
        config, "generate_load_data", f"--users={scale.users}",
        f"--questions={scale.questions - have}",
        f"--answers-per-question={scale.answers_per_question}",
    )
    return {"generated": True, "seconds": round(seconds, 1)}


def data_size() -> dict:
    from django.db import connection

    counts = {}
    with connection.cursor() as cursor:
        for label, table in [
            ("members", "community_user"), ("questions", "community_question"),
            ("answers", "community_answer"), ("comments", "community_comment"),
            ("votes", "community_vote"), ("tags", "taggit_tag"),
        ]:
            cursor.execute(f"SELECT count(*) FROM {table}")  # noqa: S608 - fixed names
            counts[label] = cursor.fetchone()[0]
        cursor.execute("SELECT pg_database_size(current_database())")
        counts["database_mb"] = round(cursor.fetchone()[0] / 2**20)
    return counts


# --- Fixtures: members with sessions, the threads and pools the pages use -------------------


def bench_members() -> list:
    """Members of the load who earned the right to vote both ways (reputation 100), as a
    member signing in to vote would have; bench members of their own if the load has
    too few (a data set made before loads wrote the reputation ledger)."""
    from allauth.account.models import EmailAddress
    from django.conf import settings

    from community.models import User

    earned = list(
        User.objects.filter(
            email__startswith="load", is_active=True, is_staff=False,
            reputation__gte=settings.CCN_PRIVILEGES["vote_down"],
        ).order_by("pk")[:BENCH_MEMBERS]
    )
    if len(earned) == BENCH_MEMBERS:
        return earned
    members = []
    for number in range(BENCH_MEMBERS):
        email = f"bench{number}@example.invalid"
        member, created = User.objects.get_or_create(
            email=email, defaults={"display_name": f"Bench member {number}"}
        )
        if created:
            member.set_unusable_password()
            member.save(update_fields=["password"])
            EmailAddress.objects.create(user=member, email=email, verified=True, primary=True)
        members.append(member)
    return members


def member_cookies(members) -> list[tuple[str, str]]:
    """A signed-in session and a CSRF secret per member: what a browser would hold."""
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.utils.crypto import get_random_string
    from django.utils.module_loading import import_string

    store_class = import_string(settings.SESSION_ENGINE + ".SessionStore")
    cookies = []
    for member in members:
        session = store_class()
        session[SESSION_KEY] = str(member.pk)
        session[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
        session[HASH_SESSION_KEY] = member.get_session_auth_hash()
        session.create()
        csrf_secret = get_random_string(32)
        cookie = (
            f"{settings.SESSION_COOKIE_NAME}={session.session_key}; "
            f"{settings.CSRF_COOKIE_NAME}={csrf_secret}"
        )
        cookies.append((cookie, csrf_secret))
    return cookies


def long_thread():
    """The question with 50 answers (made once, by load members, through the services)."""
    from community import services
    from community.models import Question, User

    thread = Question.objects.filter(title=THREAD_TITLE).first()
    if thread and thread.answer_count >= 50:
        return thread
    authors = list(User.objects.filter(email__startswith="load").order_by("pk")[:51])
    body = (
        "Since last week my router drops the connection every evening around eight. "
        "The lights stay green but nothing loads. I restarted it and changed the channel."
    )
    thread = thread or services.question_ask(
        author=authors[0], title=THREAD_TITLE, body=body, tags="router wifi-signal"
    )
    for number, author in enumerate(authors[1 + thread.answer_count:51], start=1):
        services.answer_post(
            author=author, question=thread,
            body=f"Answer {number}: try a fixed channel, update the firmware, and check "
                 "whether a neighbour's network shares the same frequency.\n\n"
                 "That fixed it for me after a week of evening drops.",
        )
    thread.refresh_from_db()
    return thread


def fixtures() -> dict:
    from django.db.models import Count
    from taggit.models import TaggedItem

    from community.models import Answer, Question

    members = bench_members()
    three = list(
        Question.objects.filter(answer_count=3, is_deleted=False).order_by("pk")
        .values_list("pk", "title")[:2000]
    )
    threes = [Question(pk=pk, title=title).get_absolute_url() for pk, title in three]
    busy_tag = (
        TaggedItem.objects.values("tag__name").annotate(n=Count("pk")).order_by("-n").first()
    )
    read_pks = {pk for pk, _ in three}
    write_questions = list(
        Question.objects.filter(is_deleted=False).exclude(pk__in=read_pks)
        .order_by("-pk").values_list("pk", flat=True)[:1000]
    )
    vote_answers = list(
        Answer.objects.filter(is_deleted=False).exclude(question_id__in=read_pks)
        .exclude(author__in=members).order_by("pk").values_list("pk", flat=True)[:2000]
    )
    return {
        "members": members,
        "cookies": member_cookies(members),
        "three": threes,
        "fifty": long_thread().get_absolute_url(),
        "tag": busy_tag["tag__name"],
        "write_questions": write_questions,
        "vote_answers": vote_answers,
    }


# --- Pages ----------------------------------------------------------------------------------


def _line(method: str, path: str, headers: dict | None = None, body: str = "") -> str:
    header_text = "|".join(f"{k}: {v}" for k, v in (headers or {}).items())
    return "\t".join([method, path, header_text, body])


def typed_titles(count: int) -> list[str]:
    """Titles as an asker might type them: the load data's subjects and problems, reworded."""
    import random

    from community.loadgen import PROBLEMS, SUBJECTS, WORDS

    rng = random.Random(7)
    openings = ["My", "Our", "The", "Why does my", "Help: my", "Since yesterday my"]
    titles = []
    for _ in range(count):
        problem = rng.choice(PROBLEMS).format(code=rng.randint(100, 999))
        extra = " ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 3)))
        titles.append(f"{rng.choice(openings)} {rng.choice(SUBJECTS)} {problem} {extra}".strip())
    return titles


def pages(data: dict) -> list[Page]:
    from urllib.parse import quote

    def visitor(*paths):
        return [_line("GET", p) for p in paths]

    def member(*paths, extra=None):
        return [
            _line("GET", p, {"Cookie": cookie, **(extra or {})})
            for p in paths for cookie, _ in data["cookies"]
        ]

    def posting(number, path, body, extra=None):
        """A form post by the bench member ``number`` (modulo their count)."""
        cookie, csrf = data["cookies"][number % len(data["cookies"])]
        return _line("POST", path, {
            "Cookie": cookie, "X-CSRFToken": csrf,
            "Content-Type": "application/x-www-form-urlencoded", **(extra or {}),
        }, body)

    three, fifty, tag = data["three"][0], data["fifty"], quote(data["tag"])
    answer_body = "body=" + quote(
        "Restarting the router and waiting two minutes fixed the same problem for me."
    )
    similar_titles = typed_titles(300)
    return [
        Page("hello", "hello (floor: no database, no template)", "floor",
             visitor("/bench/hello")),
        Page("q3_visitor", "question, 3 answers — visitor", "visitor", visitor(three)),
        Page("q3_visitor_many", f"question, 3 answers — visitor, {len(data['three']):,} "
             "different questions", "visitor", visitor(*data["three"])),
        Page("q3_member", "question, 3 answers — member", "member", member(three)),
        Page("q50_visitor", "question, 50 answers — visitor", "visitor", visitor(fifty)),
        Page("q50_member", "question, 50 answers — member", "member", member(fifty)),
        Page("home_visitor", "home list — visitor", "visitor", visitor("/")),
        Page("home_member", "home list — member", "member", member("/")),
        Page("tag_visitor", f"popular tag ({data['tag']}) — visitor", "visitor",
             visitor(f"/tags/{tag}/")),
        Page("deep_visitor", "home list, page 500 — visitor", "visitor",
             visitor("/?page=500")),
        Page("search_common", "search, a common word (“account”)", "search",
             visitor("/search/?q=account")),
        Page("search_rare", "search, a rare word (“417”)", "search",
             visitor("/search/?q=417")),
        Page("similar", f"similar-questions suggestion, {len(similar_titles)} different "
             "titles — member", "similar",
             member(*[f"/questions/similar/?title={quote(t)}" for t in similar_titles],
                    extra={"HX-Request": "true"})),
        Page("answer", "post an answer — member", "write",
             [posting(n, f"/questions/{pk}/answer/", answer_body)
              for n, pk in enumerate(data["write_questions"])],
             expect=302),
        Page("vote", "vote on an answer (htmx) — member", "write",
             [posting(n, f"/answers/{pk}/vote/", f"value={value}", {"HX-Request": "true"})
              for n, pk in enumerate(data["vote_answers"]) for value in (1, 0)]),
    ]


# --- Server and load generator --------------------------------------------------------------


def gunicorn_command(config: Config) -> list[str]:
    return [
        str(Path(PYTHON).with_name("gunicorn")), "ccn.wsgi",
        f"--bind=127.0.0.1:{config.port}", f"--workers={config.workers}",
        "--worker-class=sync", "--max-requests=0", "--timeout=30",
        f"--error-logfile={OUT_DIR / 'gunicorn.log'}",
    ]


def start_server(config: Config) -> subprocess.Popen:
    command = gunicorn_command(config)
    _log("starting " + " ".join(Path(c).name if c.startswith("/") else c for c in command))
    server = subprocess.Popen(command, cwd=ROOT, env=config.server_environment())  # noqa: S603
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            sys.exit(f"gunicorn exited with {server.returncode}; see {OUT_DIR / 'gunicorn.log'}")
        try:
            status, _, _ = fetch(config, _line("GET", "/healthz"))
            if status == 200:
                return server
        except OSError:
            pass
        time.sleep(0.3)
    server.terminate()
    sys.exit("gunicorn did not answer /healthz within 60s")


def stop_server(server: subprocess.Popen) -> None:
    server.send_signal(signal.SIGTERM)
    try:
        server.wait(timeout=30)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()


def worker_memory(server: subprocess.Popen) -> dict:
    """Resident memory of each gunicorn worker now (VmRSS) and at its peak (VmHWM), in MB."""
    children = Path(f"/proc/{server.pid}/task/{server.pid}/children")
    pids = children.read_text().split() if children.exists() else []
    workers = []
    for pid in pids:
        fields = {}
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            name, _, value = line.partition(":")
            if name in ("VmRSS", "VmHWM"):
                fields[name] = round(int(value.split()[0]) / 1024, 1)
        workers.append({"pid": int(pid), "rss_mb": fields.get("VmRSS"),
                        "peak_rss_mb": fields.get("VmHWM")})
    return {"workers": workers,
            "max_peak_rss_mb": max((w["peak_rss_mb"] or 0 for w in workers), default=None)}


def fetch(config: Config, line: str) -> tuple[int, int, int | None]:
    """One request as wrk would send it: (status, body size, queries it made)."""
    method, path, header_text, body = line.split("\t")
    headers = dict(pair.split(": ", 1) for pair in header_text.split("|") if pair)
    connection = http.client.HTTPConnection("127.0.0.1", config.port, timeout=30)
    try:
        connection.request(method, path, body=body or None, headers=headers)
        response = connection.getresponse()
        content = response.read()
        queries = response.getheader("X-CCN-Queries")
        return response.status, len(content), int(queries) if queries else None
    finally:
        connection.close()


def run_page(config: Config, page: Page, workdir: Path) -> None:
    # A few requests first: the workers warm up, and we learn the queries and size.
    samples = [fetch(config, page.lines[i % len(page.lines)]) for i in range(6)]
    status, size, queries = samples[-1]
    if status != page.expect:
        _log(f"{page.key}: expected HTTP {page.expect}, got {status}")
    requests_file = workdir / f"{page.key}.requests"
    requests_file.write_text("\n".join(page.lines) + "\n")
    out_file = workdir / f"{page.key}.json"
    environment = {**os.environ, "BENCH_REQUESTS": str(requests_file),
                   "BENCH_EXPECT": str(page.expect), "BENCH_OUT": str(out_file)}
    subprocess.run(  # noqa: S603 - wrk with arguments built here
        [shutil.which("wrk"), "--threads=1", f"--connections={config.connections}",
         f"--duration={config.seconds}s", "--timeout=10s", f"--script={WRK_SCRIPT}",
         f"http://127.0.0.1:{config.port}"],
        env=environment, check=True, stdout=subprocess.DEVNULL,
    )
    raw = json.loads(out_file.read_text())
    seconds = raw["duration_us"] / 1e6
    errors = sum(raw["errors"].values()) + raw["unexpected_status"]
    # wrk counts 4xx/5xx in errors.status and we count any unexpected status: once each.
    errors -= min(raw["errors"]["status"], raw["unexpected_status"])
    page.result = {
        "requests": raw["requests"],
        "rps": round(raw["requests"] / seconds, 1),
        "p50_ms": raw["latency_us"]["p50"] / 1000,
        "p95_ms": raw["latency_us"]["p95"] / 1000,
        "p99_ms": raw["latency_us"]["p99"] / 1000,
        "max_ms": raw["latency_us"]["max"] / 1000,
        "errors": errors,
        "queries": queries,
        "bytes": size,
        "sample_status": status,
    }


# --- Targets and the report -----------------------------------------------------------------

TARGETS = {  # audience: (share of the floor's requests/s, p95 ms, p99 ms)
    "visitor": (0.50, None, 100),
    "member": (0.25, None, 100),
    "search": (None, 80, 100),
    "similar": (None, 40, 100),
    "write": (None, None, 100),
}


def verdict(page: Page, floor_rps: float) -> str:
    if page.audience == "floor":
        return ""
    share, p95, p99 = TARGETS[page.audience]
    r = page.result
    misses = []
    if share and r["rps"] < share * floor_rps:
        misses.append(f"< {share:.0%} of floor")
    if p95 and r["p95_ms"] > p95:
        misses.append(f"p95 > {p95} ms")
    if p99 and r["p99_ms"] > p99:
        misses.append(f"p99 > {p99} ms")
    if r["errors"]:
        misses.append("errors")
    return "met" if not misses else "missed: " + ", ".join(misses)


def table(pages_run: list[Page]) -> str:
    floor = next((p.result["rps"] for p in pages_run if p.key == "hello"), None)
    rows = [
        "| page | req/s | p50 ms | p95 ms | p99 ms | errors | × floor | queries | bytes | target |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for page in pages_run:
        r = page.result
        ratio = f"{r['rps'] / floor:.2f}" if floor else "–"
        queries = "–" if r["queries"] is None else r["queries"]
        rows.append(
            f"| {page.label} | {r['rps']:,.0f} | {r['p50_ms']:.1f} | {r['p95_ms']:.1f} | "
            f"{r['p99_ms']:.1f} | {r['errors']} | {ratio} | {queries} | "
            f"{r['bytes']:,} | {verdict(page, floor) if floor else ''} |"
        )
    return "\n".join(rows)


def machine() -> dict:
    cpu = next(
        (line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
         if line.startswith("model name")), platform.processor(),
    )
    memory_kb = next(
        int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines()
        if line.startswith("MemTotal")
    )
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        postgres = cursor.fetchone()[0]
    import django

    return {
        "cpu": cpu, "cores": os.cpu_count(), "memory_gib": round(memory_kb / 2**20),
        "os": platform.platform(), "python": platform.python_version(),
        "django": django.get_version(), "postgresql": postgres,
    }


def git_commit() -> str:
    try:
        return subprocess.run(  # noqa: S603 - a fixed git command
            [shutil.which("git") or "/usr/bin/git", "rev-parse", "--short", "HEAD"],
            cwd=ROOT, capture_output=True, text=True, check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def report(config: Config, pages_run: list[Page], context: dict) -> Path:
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC)
    stem = OUT_DIR / f"{stamp:%Y-%m-%d}-{config.scale_name}"
    size = context["data"]
    memory = context["memory"]
    header = (
        f"Benchmark {stamp:%Y-%m-%d %H:%M} UTC, commit {context['commit']}, scale "
        f"{config.scale_name}: {size['questions']:,} questions, {size['answers']:,} answers, "
        f"{size['members']:,} members ({size['database_mb']:,} MB database).\n"
        f"Machine: {context['machine']['cpu']}, {context['machine']['cores']} cores, "
        f"{context['machine']['memory_gib']} GiB; PostgreSQL {context['machine']['postgresql']}"
        f", Redis; gunicorn {config.workers} sync workers; wrk, {config.connections} "
        f"connections, {config.seconds}s per page.\n"
        f"Largest gunicorn worker: {memory['max_peak_rss_mb']} MB resident at its peak. "
        f"Load average before/after: {context['load_before'][0]:.1f}/"
        f"{context['load_after'][0]:.1f} (other work on the machine skews the numbers).\n"
    )
    markdown = header + "\n" + table(pages_run) + "\n"
    stem.with_suffix(".md").write_text(markdown)
    payload = {
        "date": stamp.isoformat(timespec="seconds"), "scale": config.scale_name,
        "config": {k: v for k, v in asdict(config).items() if k not in ("only",)},
        **context,
        "pages": [{"key": p.key, "label": p.label, "audience": p.audience,
                   "expect": p.expect, "distinct_requests": len(p.lines), **p.result}
                  for p in pages_run],
    }
    payload["config"]["database_url"] = urlsplit(config.database_url)._replace(
        netloc=urlsplit(config.database_url).hostname or "").geturl()
    stem.with_suffix(".json").write_text(json.dumps(payload, indent=2, default=str) + "\n")
    print("\n" + markdown, flush=True)
    _log(f"written {stem.with_suffix('.md').relative_to(ROOT)} and .json")
    return stem


# --- The run --------------------------------------------------------------------------------


def main() -> None:
    if shutil.which("wrk") is None:
        sys.exit("wrk is not installed: apt-get install wrk (make bench does it)")
    config = Config.from_environment()
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    os.environ.update(config.server_environment())
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ccn.settings")

    ensure_database(config)
    _log("migrating")
    manage(config, "migrate", "--noinput", "-v", "0")
    import django

    django.setup()
    from django.core.cache import cache
    from django.db import connections

    cache.clear()  # the bench's own Redis database: nothing of anyone else's
    generation = load_data(config)
    _log("collecting static files")
    manage(config, "collectstatic", "--noinput", "-v", "0")
    _log("preparing members, sessions and the 50-answer thread")
    data = fixtures()
    context = {"commit": git_commit(), "machine": machine(), "data": data_size(),
               "generation": generation}
    connections.close_all()

    all_pages = pages(data)
    chosen = [p for p in all_pages if not config.only or p.key in config.only | {"hello"}]
    context["load_before"] = os.getloadavg()
    server = start_server(config)
    try:
        with tempfile.TemporaryDirectory(prefix="ccn-bench-") as workdir:
            for page in chosen:
                _log(f"{page.key}: {config.seconds}s at {config.connections} connections")
                run_page(config, page, Path(workdir))
        context["memory"] = worker_memory(server)
        context["load_after"] = os.getloadavg()
    finally:
        stop_server(server)
    report(config, chosen, context)
    failed = [page.key for page in chosen if page.result["errors"]]
    if failed:
        sys.exit(f"errors on: {', '.join(failed)} (see {OUT_DIR / 'gunicorn.log'})")


if __name__ == "__main__":
    main()
