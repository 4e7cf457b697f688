"""Settings for the ward plan portal, read from the environment.

One file, a few tiny helpers (as in healthchecks' ``hc/settings.py``). Tests override
what they need in ``config/test_settings.py``.
"""

import os
from pathlib import Path

import dj_database_url
from django.utils.csp import CSP
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent


def envbool(name: str, default: str) -> bool:
    return os.environ.get(name, default).lower() in {"1", "true", "yes", "on"}


def envint(name: str, default: str) -> int:
    return int(os.environ.get(name, default))


def envlist(name: str, default: str) -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def envmailer(debug: bool) -> dict:
    """A MAILERS entry from EMAIL_BACKEND (console when debugging, SMTP otherwise) and EMAIL_*."""
    smtp = "django.core.mail.backends.smtp.EmailBackend"
    backend = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend" if debug else smtp)
    if backend != smtp:
        return {"BACKEND": backend}
    options = {
        "host": os.environ.get("EMAIL_HOST", "localhost"),
        "port": envint("EMAIL_PORT", "25"),
        "username": os.environ.get("EMAIL_HOST_USER", ""),
        "password": os.environ.get("EMAIL_HOST_PASSWORD", ""),
        "use_tls": envbool("EMAIL_USE_TLS", "false"),
        "use_ssl": envbool("EMAIL_USE_SSL", "false"),
        "timeout": envint("EMAIL_TIMEOUT", "30"),
    }
    return {"BACKEND": backend, "OPTIONS": options}


def local_secret_key(path: Path) -> str:
    """The key kept in ``path``, created once (mode 0600) if missing.

    Every process of one server reads the same file, so sessions survive restarts and
    workers agree; several servers must share ``SECRET_KEY`` through the environment.
    """
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_text().strip()
    import secrets

    key = secrets.token_urlsafe(50)
    with os.fdopen(fd, "w") as handle:
        handle.write(key)
    return key


DEBUG = envbool("DEBUG", "false")
SECRET_KEY = os.environ.get("SECRET_KEY") or local_secret_key(
    Path(os.environ.get("SECRET_KEY_FILE", BASE_DIR / ".secret_key"))
)
ALLOWED_HOSTS = envlist("ALLOWED_HOSTS", "127.0.0.1,localhost,testserver")
CSRF_TRUSTED_ORIGINS = envlist("CSRF_TRUSTED_ORIGINS", "")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django_filters",
    "import_export",
    "simple_history",
    "axes",
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",  # Swagger UI/Redoc served from /static/ (ward intranets have no internet)
    "core",
    "accounts",
    "plans",
    "targets",
    "assignments",
    "projects",
    "portal",
    "exchange",
    "dashboards",
    "api",
    "scale",
    "public",
    "talk",
    "django_tasks_db",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "core.sessions.SignOutUnavailableMiddleware",
    "portal.middleware.ChosenLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "core.throttle.ThrottleMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # Axes must come last: it reads the outcome of authentication.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.template.context_processors.csp",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "accounts.context_processors.roles",
                "dashboards.context_processors.nav_links",
                "talk.context_processors.unread_notifications",
            ],
        },
    },
]

WSGI_APPLICATION = "config.wsgi.application"

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=envint("CONN_MAX_AGE", "60"),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"].setdefault("OPTIONS", {})["timeout"] = 20
    # Writers queue up at BEGIN instead of failing halfway: the embedded database's stand-in
    # for PostgreSQL's row locks when a form saves (core.concurrency).
    DATABASES["default"]["OPTIONS"]["transaction_mode"] = "IMMEDIATE"
    DATABASES["default"]["CONN_MAX_AGE"] = 0

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "accounts.auth_backends.CachedModelBackend",  # Django's ModelBackend, the user cached (below)
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "login"

# Failed logins: five tries per user and address, then a cool-off.
AXES_FAILURE_LIMIT = envint("AXES_FAILURE_LIMIT", "5")
AXES_COOLOFF_TIME = 0.25  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
AXES_RESET_ON_SUCCESS = True

# POSTs counted per client address and per field value (core.throttle), by URL name, whichever
# view serves it: "forgot my password" as often as login allows failures (per email), and four
# times that per address (a ward office may share one address), within the same cool-off.
COOLOFF_SECONDS = int(AXES_COOLOFF_TIME * 3600)
POST_THROTTLES = {
    "password_reset": {
        "address": (4 * AXES_FAILURE_LIMIT, COOLOFF_SECONDS),
        "fields": {"email": (AXES_FAILURE_LIMIT, COOLOFF_SECONDS)},
    },
}

LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", _("Tiếng Việt")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True
FORMAT_MODULE_PATH = ["config.formats"]

STATIC_URL = "static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if not DEBUG
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}
MEDIA_URL = "media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))

# List filters: an unset choice reads "all", not "---------".
FILTERS_EMPTY_CHOICE_LABEL = _("Tất cả")

# Evidence files on progress reports.
EVIDENCE_MAX_BYTES = envint("EVIDENCE_MAX_BYTES", str(10 * 1024 * 1024))
# Quotas (assignments.evidence.check_quota): all the files of one report, of one ward.
EVIDENCE_REPORT_QUOTA_BYTES = envint("EVIDENCE_REPORT_QUOTA_BYTES", str(50 * 1024 * 1024))
EVIDENCE_WARD_QUOTA_BYTES = envint("EVIDENCE_WARD_QUOTA_BYTES", str(5 * 1024 * 1024 * 1024))
FILE_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 20 * 1024 * 1024

# Excel imports refuse sheets longer than this.
IMPORT_MAX_ROWS = envint("IMPORT_MAX_ROWS", "20000")
# An Excel import whose preview has more rows than this, or whose file is larger than this many
# bytes, is confirmed on the background worker (exchange.workbook_import.tasks: its progress and
# result on the job's page); smaller ones are imported in the request, as before.
IMPORT_QUEUE_ROWS = envint("IMPORT_QUEUE_ROWS", "500")
IMPORT_QUEUE_BYTES = envint("IMPORT_QUEUE_BYTES", str(512 * 1024))

CACHES = {
    "default": {
        "BACKEND": "core.redis_cache.ReusingRedisCache",  # one client per pool (see the module)
        "LOCATION": os.environ["REDIS_URL"],
    }
    if os.environ.get("REDIS_URL")
    else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
}
if os.environ.get("REDIS_URL"):
    # Page bodies of {% cache %} (keyed by the ward's generation): a copy in each process too,
    # so a warm dashboard makes no round trip for its body (core/tiered_cache.py).
    CACHES["template_fragments"] = {
        "BACKEND": "core.tiered_cache.ProcessAndSharedCache",
        "LOCATION": "fragments",
        "TIMEOUT": 3600,
        "OPTIONS": {"SHARED": "default"},
    }
# Sessions, the signed-in user and their profile without SQL on each request (docs/PERFORMANCE.md),
# only with a cache shared by every process: with per-process memory a logout or a password
# change in one gunicorn worker would not reach the others' copies.
# (core.sessions: Django's cached_db, read from the database while Redis is unreachable.)
SESSION_ENGINE = "core.sessions" if os.environ.get("REDIS_URL") else "django.contrib.sessions.backends.db"
AUTH_CACHE_SECONDS = envint("AUTH_CACHE_SECONDS", "300" if os.environ.get("REDIS_URL") else "0")
# The bell's unread count per user (talk.unread), only with the shared cache as above.
UNREAD_CACHE_SECONDS = envint("UNREAD_CACHE_SECONDS", "3600" if os.environ.get("REDIS_URL") else "0")
# A signed-in user's ward dashboard whole, served without rendering while the ward's data, the
# user and their unread count are unchanged (core.page_cache), only with the shared cache as above.
PAGE_CACHE_SECONDS = envint("PAGE_CACHE_SECONDS", "600" if os.environ.get("REDIS_URL") else "0")

# Background work (core.jobs): stored in the database and run by `manage.py db_worker`
# (django-tasks-db), so that it survives restarts and never holds a web request. TASKS_BACKEND
# =immediate runs each task inside the request instead (no worker; the tests do that).
TASK_BACKENDS = {
    "database": "django_tasks_db.DatabaseBackend",
    "immediate": "django.tasks.backends.immediate.ImmediateBackend",
}
TASKS = {"default": {"BACKEND": TASK_BACKENDS[os.environ.get("TASKS_BACKEND", "database")], "QUEUES": ["default"]}}
# A failed job is tried again after these many seconds (one per retry; 3 attempts in all).
JOB_RETRY_DELAYS = [60, 600]
# A running job writes a heartbeat this often; one silent for JOB_STALE_SECONDS lost its worker
# and is retried or failed by `manage.py reap_jobs` (cron, every 5 minutes).
JOB_HEARTBEAT_SECONDS = envint("JOB_HEARTBEAT_SECONDS", "30")
JOB_STALE_SECONDS = envint("JOB_STALE_SECONDS", "300")

# Email (reminders to officials): Django 6.1's MAILERS, from the classic EMAIL_* variables.
# The console in DEBUG, SMTP otherwise; tests swap in the locmem backend by themselves.
MAILERS = {"default": envmailer(DEBUG)}
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "webmaster@localhost")
SERVER_EMAIL = os.environ.get("SERVER_EMAIL", DEFAULT_FROM_EMAIL)
# Absolute links in emails: the portal's public address, without a trailing slash.
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000").rstrip("/")

# A strict policy: every script and style sheet comes from the portal itself.
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "frame-ancestors": [CSP.SELF],
    "form-action": [CSP.SELF],
}

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.SessionAuthentication",
        "rest_framework.authentication.BasicAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination",
    "PAGE_SIZE": 50,
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Ward plan portal API",
    "DESCRIPTION": "Read-only API of plans, targets, tasks, reports and projects, scoped to the user.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    # The schema, like the API, is for signed-in users only.
    "SERVE_PERMISSIONS": ["rest_framework.permissions.IsAuthenticated"],
    # /api/docs/: the UI's files come from drf_spectacular_sidecar, never a CDN.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    # No badge image from validator.swagger.io (another host, and img-src is 'self' data:).
    "SWAGGER_UI_SETTINGS": {"deepLinking": True, "validatorUrl": None},
    # Two choice sets are called period_kind: a task's deadline kind and a report's period kind.
    "ENUM_NAME_OVERRIDES": {
        "TaskPeriodKindEnum": "assignments.models.Task.PeriodKind",
        "ReportingPeriodKindEnum": "plans.periods.PeriodKind",
    },
}

IMPORT_EXPORT_USE_TRANSACTIONS = True
IMPORT_EXPORT_SKIP_ADMIN_LOG = False

# Production hardening: on whenever DEBUG is off, so `check --deploy` is clean.
if not DEBUG:
    SECURE_SSL_REDIRECT = envbool("SECURE_SSL_REDIRECT", "true")
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    # Every cookie the portal sets (session, CSRF, language; messages follow the session's
    # flags) only over HTTPS, out of reach of scripts, and not sent by other sites' forms.
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    LANGUAGE_COOKIE_SECURE = True
    SESSION_COOKIE_HTTPONLY = True
    CSRF_COOKIE_HTTPONLY = True  # no script of the portal reads the token from the cookie
    LANGUAGE_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = CSRF_COOKIE_SAMESITE = LANGUAGE_COOKIE_SAMESITE = "Lax"
    SECURE_HSTS_SECONDS = envint("SECURE_HSTS_SECONDS", "31536000")
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SECURE_CONTENT_TYPE_NOSNIFF = True
    SECURE_REFERRER_POLICY = "same-origin"

# Benchmarks only (bench/run.py): serves /bench/bare/, a view that does nothing, to measure
# the framework's ceiling on the same server. Never on in production.
BENCH_BARE_VIEW = envbool("BENCH_BARE_VIEW", "false")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}
