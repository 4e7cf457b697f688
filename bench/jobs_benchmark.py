"""What queueing the Word report saves the web request, and what the worker then spends.

    DEBUG=1 .venv/bin/python bench/jobs_benchmark.py [--runs 5]

On a fresh database (a temporary SQLite file unless DATABASE_URL is set) seeded with both plans,
demo users and demo activity, for Bạch Đằng's plan and its quarter 2/2026:

1. the report built in the request, as the view did before (``figures.collect`` +
   ``document.build_report`` + bytes): CPU seconds;
2. the office's POST that now only records the job and queues the task (database backend):
   wall seconds of the request;
3. the worker running those jobs (``db_worker --batch``): wall seconds per job;
4. the job's page and the file download: wall seconds of each request.

Median of ``--runs`` runs each. Progress and results are checked, not only timed.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="jobs-bench-"))
    os.environ.setdefault("DEBUG", "1")
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{tmp / 'bench.sqlite3'}")
    os.environ.setdefault("MEDIA_ROOT", str(tmp / "media"))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    os.environ["TASKS_BACKEND"] = "database"
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client

    settings.ALLOWED_HOSTS = ["*"]
    settings.SECURE_SSL_REDIRECT = False
    call_command("migrate", verbosity=0)
    t = time.perf_counter()
    call_command("seed", demo=True, demo_activity=True, verbosity=0)
    print(f"Seeded both plans with demo activity in {time.perf_counter() - t:.0f} s; database: {connection.vendor}")

    from core.models import BackgroundJob
    from exchange.report import document, figures
    from plans.models import Plan
    from plans.periods import ReportingPeriod

    plan = Plan.objects.select_related("ward__city").get(ward__slug="bach-dang")
    period = ReportingPeriod(2026, "quarter", 2)

    def in_request() -> float:
        t = time.process_time()
        data = figures.collect(plan, period)
        document.document_bytes(document.build_report(data))
        return time.process_time() - t

    before = [in_request() for _ in range(args.runs)]

    client = Client()
    client.force_login(plan.ward.profiles.filter(role="follow_up").first().user)
    url = f"/exchange/{plan.ward.slug}/report/"
    form = {"plan": plan.code, "kind": "quarter", "year": 2026, "index": 2}
    posts, locations = [], []
    for _ in range(args.runs):
        t = time.perf_counter()
        response = client.post(url, form)
        posts.append(time.perf_counter() - t)
        assert response.status_code == 302, response.status_code
        locations.append(response["Location"])
    assert BackgroundJob.objects.filter(status="queued").count() >= args.runs

    t = time.perf_counter()
    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", "--interval", "0", verbosity=0)
    worker = (time.perf_counter() - t) / args.runs
    jobs = BackgroundJob.objects.filter(task_path__endswith="build_periodic_report")
    assert all(j.status == "succeeded" and j.progress_done == j.progress_total for j in jobs), list(jobs)

    pages, files = [], []
    for location in locations:
        t = time.perf_counter()
        assert client.get(location).status_code == 200
        pages.append(time.perf_counter() - t)
        t = time.perf_counter()
        response = client.get(location + "file/")
        size = len(b"".join(response.streaming_content))
        files.append(time.perf_counter() - t)

    def row(label, values, unit="s"):
        print(f"{label:<58} {statistics.median(values):7.3f} {unit}")

    row("report built in the request, before (CPU)", before)
    row("POST that queues the report, now (wall)", posts)
    print(f"{'worker: one report job, now (wall, db_worker --batch)':<58} {worker:7.3f} s")
    row("the job's page (wall)", pages)
    row(f"the file's download, {size / 1024:.0f} KiB (wall)", files)


if __name__ == "__main__":
    main()
