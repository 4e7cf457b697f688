"""In-process measurements of the main pages (run by bench/run.py in its own process).

Each page is requested through Django's test ``Client`` in this process, against the
database in ``DATABASE_URL``, with production-like settings (DEBUG off). For each page:
a request under ``CaptureQueriesContext`` with the cache cleared and one with it warm
(query counts, status, size), ``--warmup``
requests, then ``--requests`` timed requests ("warm": the cache is kept), then
``--cold`` timed requests with the cache cleared before each ("cold": what a request costs
when nothing is cached). Prints one JSON object.

"Cold" clears Django's caches only: what the process keeps in memory (compiled templates,
``functools`` caches of the rules, the URL resolver) and what is kept in the database (the
city rows of the day, ``dashboards.CityRow``) stay. ``--cold-delete dashboards.CityRow`` also
deletes every row of that model before each cold request (the city's first visitor of the day
when the day's job has not run).

    python bench/inprocess.py --ward sw-0001 --requests 20
    python bench/inprocess.py --session sw-0001.thuongtruc   # prints a session key
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PRODUCTION_LIKE = {
    "DJANGO_SETTINGS_MODULE": "config.settings",
    "DEBUG": "0",
    "SECRET_KEY": "bench-only-not-secret-0123456789abcdefghijklmnopqrstuvwxyz",
    "SECURE_SSL_REDIRECT": "false",
    "ALLOWED_HOSTS": "127.0.0.1,testserver",
}
for key, value in PRODUCTION_LIKE.items():
    os.environ.setdefault(key, value)

import django  # noqa: E402

django.setup()

from django.apps import apps  # noqa: E402
from django.conf import settings  # noqa: E402
from django.contrib.auth import get_user_model  # noqa: E402
from django.core.cache import caches  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from scale.pages import main_pages  # noqa: E402


def percentile(values: list[float], p: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)]


COLD_DELETE: list[str] = []  # models whose rows a cold request starts without (--cold-delete)


def clear_caches() -> None:
    """Every cache, the process's copies of page bodies included (core.tiered_cache), and the
    rows of the ``--cold-delete`` models."""
    for alias in settings.CACHES:
        caches[alias].clear()
    for label in COLD_DELETE:
        apps.get_model(label).objects.all().delete()


def client_for(username: str) -> Client:
    client = Client()
    if username:  # "" : signed out (the public pages)
        client.force_login(get_user_model().objects.get(username=username))
    return client


def measure(client: Client, path: str, requests: int, warmup: int, cold: int, budget: float) -> dict:
    client.get(path)  # a first visit may create rows once (e.g. the ward's cache generation)
    counted = []
    for clear in (True, False):  # queries computed afresh, then served from the cache
        if clear:
            clear_caches()
        with CaptureQueriesContext(connection) as ctx:
            response = client.get(path)
        counted.append(ctx.captured_queries)
    result = {
        "path": path,
        "status": response.status_code,
        "bytes": len(response.content),
        "queries": len(counted[0]),
        "queries_warm": len(counted[1]),
        "sql_ms": round(sum(float(q["time"]) for q in counted[0]) * 1000, 1),
    }
    for _ in range(warmup):
        client.get(path)
    started = time.monotonic()
    for label, count, clear in (("warm", requests, False), ("cold", cold, True)):
        times, cpu = [], []
        for _ in range(count):
            if clear:
                clear_caches()
            t0, c0 = time.perf_counter(), time.process_time()
            client.get(path)
            times.append((time.perf_counter() - t0) * 1000)
            cpu.append((time.process_time() - c0) * 1000)
            if time.monotonic() - started > budget and len(times) >= 3:
                break
        if times:
            result[label] = {
                "n": len(times),
                "p50_ms": round(percentile(times, 50), 1),
                "p95_ms": round(percentile(times, 95), 1),
                "max_ms": round(max(times), 1),
                # This process's CPU (Python: views, templates, the client) without waiting for
                # the cores or the database: on a shared machine, the page's own cost.
                "cpu_p50_ms": round(percentile(cpu, 50), 1),
            }
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--ward", default="sw-0001")
    parser.add_argument("--requests", type=int, default=20)
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument("--cold", type=int, default=10)
    parser.add_argument("--budget", type=float, default=60.0, help="seconds of timed requests per page at most")
    parser.add_argument("--only", default="", help="comma-separated page names")
    parser.add_argument("--session", help="print a session key for this username and exit")
    parser.add_argument(
        "--cold-delete", default="", help="comma-separated app_label.Model whose rows a cold request starts without"
    )
    args = parser.parse_args()
    COLD_DELETE.extend(label.strip() for label in args.cold_delete.split(",") if label.strip())
    if args.session:
        client = client_for(args.session)
        print(client.cookies[settings.SESSION_COOKIE_NAME].value)
        return
    from plans.models import Ward

    results = {"wards": Ward.objects.count(), "pages": {}}
    clients: dict[str, Client] = {}
    only = {n.strip() for n in args.only.split(",") if n.strip()}
    for name, username, path in main_pages(args.ward):
        if only and name not in only:
            continue
        client = clients.get(username) or clients.setdefault(username, client_for(username))
        results["pages"][name] = measure(client, path, args.requests, args.warmup, args.cold, args.budget)
        print(f"  {name}: {results['pages'][name]}", file=sys.stderr)
    print(json.dumps(results))


if __name__ == "__main__":
    main()
