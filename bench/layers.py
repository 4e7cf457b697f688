"""Where a signed-in page's time goes: each layer timed in-process, then a profile by part.

Requests go through Django's WSGI handler in this process (no HTTP, no client library), with
production-like settings (DEBUG off) and the database and cache of the environment
(``DATABASE_URL``, ``REDIS_URL``; with Redis, sessions and the user are cached as in
production). For each benchmark view (``/bench/bare/`` … the ward dashboard, scale/views.py)
``--requests`` timed requests after a warm-up give the mean CPU+wall time per request; then
``--profile`` requests of the ward dashboard under cProfile give the time spent in each
part (middleware, session, user, context processors, view, template, SQL, cache).

    DATABASE_URL=postgres://…/bench REDIS_URL=redis://127.0.0.1:6379/7 \\
        .venv/bin/python bench/layers.py --ward sw-0001 --requests 500
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
for key, value in {
    "DJANGO_SETTINGS_MODULE": "config.settings",
    "DEBUG": "0",
    "SECRET_KEY": "bench-only-not-secret-0123456789abcdefghijklmnopqrstuvwxyz",
    "SECURE_SSL_REDIRECT": "false",
    "ALLOWED_HOSTS": "127.0.0.1,testserver",
    "BENCH_BARE_VIEW": "1",
}.items():
    os.environ.setdefault(key, value)

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.auth import get_user_model  # noqa: E402
from django.core.handlers.wsgi import WSGIHandler  # noqa: E402
from django.test import Client  # noqa: E402

# Parts of a request, by the functions whose cumulative time they are (file fragment, name).
PARTS = [
    ("whole request", "django/core/handlers/base.py", "get_response"),
    ("session read", "django/contrib/sessions/backends/base.py", "_get_session"),
    ("user (get_user)", "django/contrib/auth/__init__.py", "get_user"),
    ("view function", "dashboards/views.py", "ward_dashboard"),
    ("template render (all)", "django/template/backends/django.py", "render"),
    ("context processors (all)", "django/template/context.py", "bind_template"),
    ("  roles", "accounts/context_processors.py", "roles"),
    ("  nav_links", "dashboards/context_processors.py", "nav_links"),
    ("  unread_notifications", "talk/context_processors.py", "unread_notifications"),
    ("  csrf", "django/template/context_processors.py", "csrf"),
    ("bell (unread count)", "talk/context_processors.py", "<lambda>"),
    ("menu (nav_html)", "dashboards/context_processors.py", "<lambda>"),
    ("page body cache ({% cache %})", "django/templatetags/cache.py", "render"),
    ("ward + generation query (get_object_or_404)", "django/shortcuts.py", "get_object_or_404"),
    ("SQL (cursor.execute)", "django/db/backends/utils.py", "execute"),
    ("cache get (all)", "django/core/cache/backends/redis.py", "get"),
    ("cache get (locmem)", "django/core/cache/backends/locmem.py", "get"),
    ("url reverse", "django/urls/base.py", "reverse"),
    ("middleware: csp", "django/middleware/csp.py", "process_response"),
    ("middleware: axes", "axes/middleware.py", "__call__"),
    ("middleware: history", "simple_history/middleware.py", "__call__"),
    ("middleware: throttle", "core/throttle.py", "__call__"),
    ("middleware: language", "portal/middleware.py", "__call__"),
    ("gettext", "django/utils/translation/trans_real.py", "gettext"),
    ("redis client construction", "redis/client.py", "__init__"),
]


# A browser sends back the CSRF cookie its first page set (as bench/run.py's wrk does); without it
# every response would draw a new secret, a cost no browser's second page pays.
BROWSER_CSRF_SECRET = "benchCsrfSecretOf32LettersDigit0"


def environ(path: str, cookie: str) -> dict:
    return {
        "REQUEST_METHOD": "GET",
        "PATH_INFO": path,
        "QUERY_STRING": "",
        "SERVER_NAME": "127.0.0.1",
        "SERVER_PORT": "80",
        "HTTP_HOST": "127.0.0.1",
        "HTTP_COOKIE": f"{settings.SESSION_COOKIE_NAME}={cookie}; {settings.CSRF_COOKIE_NAME}={BROWSER_CSRF_SECRET}",
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(b""),
        "wsgi.errors": sys.stderr,
        "SERVER_PROTOCOL": "HTTP/1.1",
    }


def call(app, path: str, cookie: str) -> int:
    status = []
    body = app(environ(path, cookie), lambda s, h, exc_info=None: status.append(s))
    b"".join(body)
    if hasattr(body, "close"):
        body.close()
    return int(status[0].split()[0])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--ward", default="sw-0001")
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--profile", type=int, default=300, help="profiled dashboard requests (0: none)")
    parser.add_argument("--top", type=int, default=0, help="also print the N costliest functions")
    args = parser.parse_args()

    client = Client()
    client.force_login(get_user_model().objects.get(username=f"{args.ward}.thuongtruc"))
    cookie = client.cookies[settings.SESSION_COOKIE_NAME].value
    app = WSGIHandler()
    views = [
        ("bare", "/bench/bare/"),
        ("session", "/bench/session/"),
        ("auth floor", "/bench/auth/"),
        ("page floor", "/bench/page/"),
        ("ward dashboard", f"/wards/{args.ward}/"),
    ]
    print(f"sessions: {settings.SESSION_ENGINE.rsplit('.', 1)[-1]}, cache: {settings.CACHES['default']['BACKEND']}")
    print(f"load average: {Path('/proc/loadavg').read_text().split()[:3]}")
    print("| view | ms per request (wall) | ms CPU | req/s of one core | status |")
    print("|---|---:|---:|---:|---:|")
    for name, path in views:
        for _ in range(20):
            code = call(app, path, cookie)
        wall, cpu = time.perf_counter(), time.process_time()
        for _ in range(args.requests):
            call(app, path, cookie)
        wall, cpu = (time.perf_counter() - wall) / args.requests, (time.process_time() - cpu) / args.requests
        print(f"| {name} | {wall * 1000:.2f} | {cpu * 1000:.2f} | {1 / wall:.0f} | {code} |")
    if not args.profile:
        return
    profiler = cProfile.Profile(time.process_time)  # CPU time: waits on a busy machine left out
    path = f"/wards/{args.ward}/"
    profiler.enable()
    for _ in range(args.profile):
        call(app, path, cookie)
    profiler.disable()
    stats = pstats.Stats(profiler)
    total = {}
    for (filename, _line, func), (_cc, _nc, _tt, ct, _callers) in stats.stats.items():
        for label, fragment, name in PARTS:
            if filename.endswith(fragment) and func == name:
                total[label] = total.get(label, 0.0) + ct
    print(f"\nward dashboard under cProfile ({args.profile} requests, CPU; inflated by profiling: compare shares):")
    print("| part | ms per request | share of the request |")
    print("|---|---:|---:|")
    whole = total.get("whole request", 0.0) or 1.0
    for label, _fragment, _name in PARTS:
        if label in total:
            ms = total[label] / args.profile * 1000
            print(f"| {label} | {ms:.2f} | {total[label] / whole:.0%} |")
    if args.top:
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(args.top)
        pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(args.top)
        print(out.getvalue())


if __name__ == "__main__":
    main()
