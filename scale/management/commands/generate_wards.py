import datetime as dt
import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from assignments.models import Task
from assignments.stored_status import not_current, refresh_all
from scale import bulk
from scale.generator import PLAN_END, Options, generate_wards


def _until(value: str) -> dt.date:
    if value == "today":
        return timezone.localdate()
    if value == "end":
        return PLAN_END
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise CommandError(f"--until: 'today', 'end' or YYYY-MM-DD, not {value!r}") from exc


class Command(BaseCommand):
    help = (
        "Generates synthetic wards sw-0001… shaped like the seeded plans, in bulk and reproducibly "
        "(only the missing ones: run with 1, then 114, then 3321 to grow a database)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--count", type=int, default=114, help="wards wanted in all (default 114; up to 3321)")
        parser.add_argument("--seed", type=int, default=2026)
        parser.add_argument(
            "--until",
            default="end",
            help="reports and measurements for the quarters ended by this day: 'end' (all 20 quarters of "
            "2026–2030, the default: the largest the tables get), 'today', or YYYY-MM-DD",
        )
        parser.add_argument("--wards-per-city", type=int, default=114)
        parser.add_argument("--tasks", type=int, default=60)
        parser.add_argument("--targets", type=int, default=40)
        parser.add_argument("--projects", type=int, default=30)
        parser.add_argument("--chunk", type=int, default=50, help="wards written per transaction")
        parser.add_argument(
            "--users",
            action="store_true",
            help="also create per ward <slug>.vanphong, <slug>.thuongtruc, <slug>.ktht and per city "
            "<city>.thanhpho (DEBUG only: the password is public)",
        )
        parser.add_argument("--password", default="bench-2026")

    def handle(self, *args, **o):
        if not 1 <= o["count"] <= 10_000:
            raise CommandError("--count must be between 1 and 10000.")
        if o["users"] and not settings.DEBUG:
            raise CommandError("--users creates accounts with a public password: only with DEBUG=1.")
        if o["tasks"] < 20:
            raise CommandError("--tasks must be at least 20 (two per appendix group).")
        options = Options(
            count=o["count"],
            seed=o["seed"],
            until=_until(o["until"]),
            wards_per_city=o["wards_per_city"],
            tasks=o["tasks"],
            targets=o["targets"],
            projects=o["projects"],
            users=o["users"],
            password=o["password"],
            chunk=o["chunk"],
        )
        verbose = o["verbosity"] >= 1
        started = time.monotonic()
        result = generate_wards(options, progress=(lambda msg: self.stdout.write(msg)) if o["verbosity"] >= 2 else None)
        # COPY sends no signal: store the new tasks' statuses (assignments.stored_status) as the
        # day's job would.
        refresh_all(queryset=Task.objects.filter(not_current(timezone.localdate())))
        # Fresh statistics for the status columns just written: without them PostgreSQL takes
        # the status index for the most selective path and a ward's filtered task list scans
        # the city's 20,000 matching tasks (0.25 s per query at 3,321 wards instead of 2 ms).
        bulk.analyze([Task])
        if verbose:
            rows = ", ".join(f"{k} {v}" for k, v in sorted(result.rows.items()))
            self.stdout.write(rows or "no rows")
            self.stdout.write(
                self.style.SUCCESS(
                    f"{result.created_wards} wards generated in {time.monotonic() - started:.1f} s "
                    f"({o['count'] - result.created_wards} already there)."
                )
            )
