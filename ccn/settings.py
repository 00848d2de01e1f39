"""Settings for the Customer Care Network, read from the environment (see CONTRACT.md).

With nothing set, the embedded defaults apply: SQLite and Celery's filesystem broker in
``var/``, a local-memory cache and the console email backend. ``DATABASE_URL`` and
``REDIS_URL`` switch to PostgreSQL and Redis.
"""

import os
import secrets
import sys
from datetime import timedelta
from pathlib import Path

import environ
from celery.schedules import crontab
from django.utils.csp import CSP
from django.utils.translation import gettext_lazy as _

from ccn.durations import parse_duration

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = BASE_DIR / "var"
VAR_DIR.mkdir(exist_ok=True)
(VAR_DIR / "staticfiles").mkdir(exist_ok=True)

env = environ.Env()
TESTING = "pytest" in sys.modules or env.bool("CCN_TESTING", default=False)


def _embedded_secret_key() -> str:
    """A per-checkout key kept in var/, so sessions survive restarts without configuration."""
    key_file = VAR_DIR / "secret_key"
    if not key_file.exists():
        key_file.write_text(secrets.token_urlsafe(50))
        key_file.chmod(0o600)
    return key_file.read_text().strip()


SECRET_KEY = env.str("SECRET_KEY", default="") or _embedded_secret_key()
DEBUG = env.bool("DEBUG", default=False)
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

CCN_SITE_NAME = env.str("CCN_SITE_NAME", default="Customer Care Network")
# The address links in emails start with: emails are made by Celery, without a request.
CCN_SITE_URL = env.str(
    "CCN_SITE_URL", default=f"http://localhost:{env.int('PORT', default=8000)}"
).rstrip("/")
CCN_ESCALATE_AFTER = parse_duration(env.str("CCN_ESCALATE_AFTER", default="24h"))
CCN_ESCALATE_UNACCEPTED_AFTER = parse_duration(
    env.str("CCN_ESCALATE_UNACCEPTED_AFTER", default="72h")
)
# The rest of the default SLA policy (per-tag policies are edited in the admin).
CCN_SLA_FIRST_RESPONSE = parse_duration(env.str("CCN_SLA_FIRST_RESPONSE", default="4h"))
CCN_SLA_RESOLUTION = parse_duration(env.str("CCN_SLA_RESOLUTION", default="24h"))

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.postgres",
    "django_htmx",
    "taggit",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "allauth.usersessions",
    "ccn",
    "community",
    "reputation",
    "support",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "community.middleware.UserSessionActivityMiddleware",
    "community.middleware.StaffMfaRequiredMiddleware",
    "reputation.middleware.VisitMiddleware",
]
# `make bench` (tests/perf/bench.py): a floor view at /bench/hello and a query count on every
# response. Never on in production.
CCN_BENCH = env.bool("CCN_BENCH", default=False)
if CCN_BENCH:
    MIDDLEWARE.insert(0, "ccn.bench.QueryCountMiddleware")

ROOT_URLCONF = "ccn.urls"
WSGI_APPLICATION = "ccn.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.csp",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "ccn.context_processors.site",
                "community.context_processors.notifications",
                "ccn.pagecache.placeholders",
            ],
        },
    },
]

# --- Data stores -------------------------------------------------------------------------

DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{VAR_DIR / 'db.sqlite3'}"),
}
DATABASES["default"]["ATOMIC_REQUESTS"] = False
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL and a busy timeout let the web server and the worker share the file.
    DATABASES["default"]["OPTIONS"] = {
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
    }
else:
    DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
USES_POSTGRES = DATABASES["default"]["ENGINE"].startswith("django.db.backends.postgresql")
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = env.str("REDIS_URL", default="")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "ccn.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "ccn",
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        }
    }
    # Sessions are read from Redis and written through to PostgreSQL: a signed-in page
    # costs no session query, and losing Redis signs nobody out.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# --- Celery ------------------------------------------------------------------------------

BROKER_DIR = VAR_DIR / "broker"
if REDIS_URL:
    CELERY_BROKER_URL = REDIS_URL
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "socket_connect_timeout": 1,
        "socket_timeout": 1,
        "max_retries": 1,
    }
else:
    for folder in ("queue", "processed", "control"):
        (BROKER_DIR / folder).mkdir(parents=True, exist_ok=True)
    CELERY_BROKER_URL = "filesystem://"
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "data_folder_in": str(BROKER_DIR / "queue"),
        "data_folder_out": str(BROKER_DIR / "queue"),
        "processed_folder": str(BROKER_DIR / "processed"),
        "control_folder": str(BROKER_DIR / "control"),  # else "control/" in the working dir
        "store_processed": False,
        # With one message in flight per process (acks late, prefetch 1), the worker takes
        # the next only on its next poll: at the default 1s, the few hundred messages that
        # seeding the demo sends keep beat's escalation sweep waiting for minutes.
        "polling_interval": 0.1,
    }
CELERY_TASK_IGNORE_RESULT = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_TIMEZONE = "UTC"
CCN_ESCALATION_SWEEP_SECONDS = env.int("CCN_ESCALATION_SWEEP_SECONDS", default=60)
CELERY_BEAT_SCHEDULE: dict = {
    # Escalation follows from the database: each sweep finds what is due, whatever was
    # missed while Redis or the worker was down.
    "support-sweep": {
        "task": "support.tasks.escalation_sweep",
        "schedule": CCN_ESCALATION_SWEEP_SECONDS,
        "options": {"expires": CCN_ESCALATION_SWEEP_SECONDS},
    },
    # Badges are awarded on the events that earn them; this catches anything missed.
    "reputation-badge-sweep": {"task": "reputation.tasks.sweep_badges", "schedule": 3600.0},
    "reputation-bounty-expiry": {"task": "reputation.tasks.expire_bounties", "schedule": 600.0},
    "reputation-serial-voting": {
        "task": "reputation.tasks.reverse_serial_voting", "schedule": crontab(hour=3, minute=30),
    },
    "reputation-voting-rings": {
        "task": "reputation.tasks.report_voting_rings", "schedule": crontab(hour=3, minute=45),
    },
    # Notification emails: "at once" batches every minute, digests every morning (UTC).
    "notification-emails-at-once": {
        "task": "community.tasks.email_notifications_due",
        "schedule": 60.0,
    },
    "notification-digests-daily": {
        "task": "community.tasks.email_digests",
        "schedule": crontab(minute=0, hour=7),
        "args": ("daily",),
    },
    "notification-digests-weekly": {
        "task": "community.tasks.email_digests",
        "schedule": crontab(minute=0, hour=7, day_of_week="mon"),
        "args": ("weekly",),
    },
    "data-exports-purge": {
        "task": "community.tasks.purge_data_exports",
        "schedule": crontab(minute=30, hour=3),
    },
}
CELERY_BEAT_SCHEDULE_FILENAME = str(VAR_DIR / "celerybeat-schedule")

# --- Accounts ----------------------------------------------------------------------------

AUTH_USER_MODEL = "community.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
if TESTING:  # hashing strength is not what the tests are about; speed is
    PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/"
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_SIGNUP_FORM_CLASS = "community.forms.SignupProfileForm"
ACCOUNT_ADAPTER = "community.adapters.AccountAdapter"
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_EMAIL_SUBJECT_PREFIX = f"[{CCN_SITE_NAME}] "
ACCOUNT_RATE_LIMITS = {  # nosec B105 - rates, not passwords
    "login": "30/m/ip",
    "login_failed": "10/m/ip,5/5m/key",
    "signup": "20/h/ip",
    "confirm_email": "1/3m/key",
    "reset_password": "20/m/ip,5/m/key",
    "reset_password_from_key": "20/m/ip",
}

ACCOUNT_SIGNUP_FORM_HONEYPOT_FIELD = "website"
ACCOUNT_REAUTHENTICATION_TIMEOUT = 300
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = CCN_SITE_NAME
USERSESSIONS_TRACK_ACTIVITY = True
# A member's last-seen time and address are recorded at most this often per session, not on
# every request (community.middleware.UserSessionActivityMiddleware).
CCN_SESSION_ACTIVITY_INTERVAL = env.int("CCN_SESSION_ACTIVITY_INTERVAL", default=300)
# Moderators, agents and admins must set up two-factor sign-in before anything else.
CCN_STAFF_MFA = env.bool("CCN_STAFF_MFA", default=False)



def _mailer_from_url(config: dict) -> dict:
    """Django 6.1's MAILERS entry for an ``EMAIL_URL`` parsed by django-environ."""
    mailer = {"BACKEND": config["EMAIL_BACKEND"]}
    if config["EMAIL_BACKEND"].endswith("smtp.EmailBackend"):
        mailer["OPTIONS"] = {
            "host": config.get("EMAIL_HOST") or "localhost",
            "port": config.get("EMAIL_PORT") or 25,
            "username": config.get("EMAIL_HOST_USER", ""),
            "password": config.get("EMAIL_HOST_PASSWORD", ""),
            "use_tls": config.get("EMAIL_USE_TLS", False),
            "use_ssl": config.get("EMAIL_USE_SSL", False),
            "timeout": 10,
        }
    return mailer


MAILERS = {"default": _mailer_from_url(env.email_url("EMAIL_URL", default="consolemail://"))}
if "EMAIL_URL" not in os.environ:
    # The console default is the documented choice for a machine nobody configured yet;
    # production sets EMAIL_URL (README, "Configuration").
    SILENCED_SYSTEM_CHECKS = ["mail.E001"]
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="community@localhost")

# --- Internationalisation ----------------------------------------------------------------

LANGUAGE_CODE = env.str("LANGUAGE_CODE", default="en")
LANGUAGES = [("en", _("English")), ("pt-br", _("Brazilian Portuguese"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True
# The text-search dictionary follows the community's language.
CCN_SEARCH_CONFIG = "portuguese" if LANGUAGE_CODE.lower().startswith("pt") else "english"

# --- Static files ------------------------------------------------------------------------

STATIC_URL = "static/"
STATIC_ROOT = VAR_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG or TESTING
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
WHITENOISE_USE_FINDERS = DEBUG or TESTING

# --- Security ----------------------------------------------------------------------------

SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:", "https:"],
    "connect-src": [CSP.SELF],
    "font-src": [CSP.SELF],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
}
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=not DEBUG and not TESTING)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# How many proxies in front of gunicorn append to X-Forwarded-For (docker-compose.yml's
# nginx: 1); rate limits, view counts and allauth then see the visitor's own address.
ALLAUTH_TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)
SESSION_COOKIE_SECURE = env.bool("SECURE_COOKIES", default=not DEBUG and not TESTING)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=0 if DEBUG else 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
}

# --- Community rules ---------------------------------------------------------------------

CCN_QUESTION_TITLE_LENGTH = (15, 150)
CCN_QUESTION_BODY_MIN_LENGTH = 30
CCN_ANSWER_BODY_MIN_LENGTH = 15
CCN_COMMENT_MAX_LENGTH = 600
CCN_MAX_TAGS = 5
CCN_QUESTIONS_PER_PAGE = 20
CCN_VIEW_WINDOW_SECONDS = 3600
# "Email at once" sends at most one email per member per interval; the rest wait for it.
CCN_NOTIFICATION_EMAIL_INTERVAL = timedelta(minutes=5)

# Per member (and, times the factor, per IP address); see ccn/ratelimit.py.
CCN_RATE_LIMITS = {
    "ask": env.str("CCN_RATE_ASK", default="10/h"),
    "answer": env.str("CCN_RATE_ANSWER", default="30/h"),
    "comment": env.str("CCN_RATE_COMMENT", default="60/h"),
    "vote": env.str("CCN_RATE_VOTE", default="120/h"),
    "edit": env.str("CCN_RATE_EDIT", default="60/h"),
    "preview": env.str("CCN_RATE_PREVIEW", default="600/h"),
    "similar": env.str("CCN_RATE_SIMILAR", default="600/h"),
    # Password attempts on account deletion: someone at an unlocked screen cannot guess on.
    "account_delete": "5/h",
}
CCN_RATE_LIMIT_IP_FACTOR = 3

# --- Reputation and privileges (defaults of the Stack Exchange rules, sized for a brand) ---

CCN_REPUTATION = {
    "upvoted": 10,  # a question or an answer is up-voted
    "downvoted": -2,  # a question or an answer is down-voted
    "downvote_answer_cost": -1,  # what down-voting an answer costs the voter
    "answer_accepted": 15,  # to the answer's author
    "accepted_an_answer": 2,  # to the asker, not for accepting their own answer
    "edit_approved": 2,  # a suggested edit is approved
    "edit_approved_max_total": 1000,
    "removed_as_spam": -100,  # a moderator removed the post as spam or abuse
    "daily_vote_limit": 200,  # from up-votes, per day in the member's time zone
}
# The reputation each privilege needs. Moderators and support agents hold them all.
CCN_PRIVILEGES = {
    "vote_up": 15,
    "flag": 15,
    "comment_anywhere": 50,
    "vote_down": 100,
    "create_tags": 150,
    "review": 500,
    "edit_any": 1000,
    "close": 2000,
}

# --- Support: the ladder from peers to agents ---------------------------------------------

# Questions older than this are never escalated by the sweep (a community that adopts the
# portal with years of history does not flood the queue on day one).
CCN_ESCALATE_LOOKBACK = parse_duration(env.str("CCN_ESCALATE_LOOKBACK", default="30d"))
CCN_ESCALATION_BATCH_SIZE = 200
CCN_SLA_WARNING = parse_duration(env.str("CCN_SLA_WARNING", default="1h"))
CCN_SUPPORT_REQUESTS_OPEN_MAX = 3  # "Ask support": open requests per member
CCN_PEER_EXPERTS = 3  # "Can you help?" requests per question
CCN_PEER_DAILY_LIMIT = 5  # requests per expert in 24 hours
CCN_PEER_ACTIVE_DAYS = 30
# The sweep runs the peer round of questions asked within this window.
CCN_PEER_ROUND_WINDOW = parse_duration("1h")
# Bounties: who may offer, how long they run, how many at once (issue 5).
CCN_BOUNTY = {
    "min_reputation": 75,
    "min_question_age_days": 2,
    "days": 7,
    "grace_days": 1,
    "max_open_per_member": 3,
    "auto_award_min_score": 2,  # unawarded: half to the best answer posted during it
}
# Serial voting: this many votes from one member on one other member's posts within these
# hours are reversed by the nightly check.
CCN_SERIAL_VOTING = {"votes": 5, "hours": 24}
# New accounts (joined within these days) up-voting each other from one network are reported.
CCN_NEW_ACCOUNT_DAYS = 30
