"""A day whose night job did not run: the city list by status before and after the catch-up.

Against the bench database in ``DATABASE_URL`` (production-like settings, as
``bench/inprocess.py``), it moves every task's stored status back one day (as if the night's
``refresh_statuses`` had not run), then, signed in as the city viewer:

1. requests the city list by status ``--before`` times (each computes the rows not current,
   and the first queues the catch-up, ``assignments.tasks.queue_catch_up``), counting the
   catch-up jobs queued;
2. runs the worker once (``db_worker --batch``), as the worker of ``make run`` or systemd would;
3. requests the same list ``--after`` times.

Prints one JSON object: the times (ms) of each request, the jobs queued, the worker's seconds.
It changes the bench database's stored statuses (and leaves them current for today).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_tp6 .venv/bin/python bench/missed_night.py
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("TASKS_BACKEND", "database")

from django.core.cache import caches  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.utils import timezone  # noqa: E402
from inprocess import client_for  # noqa: E402  (sets up Django with the production-like settings)

from assignments.models import Task  # noqa: E402
from assignments.tasks import catch_up_statuses  # noqa: E402
from core.models import BackgroundJob  # noqa: E402


def timed(client, path: str) -> float:
    started = time.perf_counter()
    response = client.get(path)
    assert response.status_code == 200, response.status_code
    return round((time.perf_counter() - started) * 1000, 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--city-viewer", default="hai-phong.thanhpho")
    parser.add_argument("--path", default="/tasks/?status=at_risk")
    parser.add_argument("--before", type=int, default=3)
    parser.add_argument("--after", type=int, default=10)
    args = parser.parse_args()

    today = timezone.localdate()
    Task.objects.update(status_as_of=today - dt.timedelta(days=1))
    BackgroundJob.objects.filter(task_path=catch_up_statuses.module_path).delete()
    for alias in caches:
        caches[alias].clear()  # the cache's once-a-day mark of an earlier run
    client = client_for(args.city_viewer)
    before = [timed(client, args.path) for _ in range(args.before)]
    queued = BackgroundJob.objects.filter(task_path=catch_up_statuses.module_path).count()
    started = time.perf_counter()
    call_command("db_worker", batch=True, no_startup_delay=True, verbosity=0)
    worker_s = round(time.perf_counter() - started, 1)
    job = BackgroundJob.objects.filter(task_path=catch_up_statuses.module_path).first()
    after = [timed(client, args.path) for _ in range(args.after)]
    print(json.dumps({
        "tasks": Task.objects.count(),
        "before_ms": before,
        "catch_up_jobs_queued": queued,
        "job": {"status": job.status, "summary": job.summary} if job else None,
        "worker_s": worker_s,
        "after_ms": after,
    }))  # fmt: skip


if __name__ == "__main__":
    main()
