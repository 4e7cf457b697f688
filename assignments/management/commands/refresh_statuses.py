"""Store every task's status for today (``assignments.stored_status``): from cron just after midnight.

Each ward is a background job (``core.jobs``: run by the worker, retried, listed on the ward
office's page); ``--now`` refreshes here instead, without a worker (after a deploy, or when
the worker is down). Until it has run, the lists compute the status of the rows not yet
current on the spot: right, only slower."""

import time

from django.core.management.base import BaseCommand, CommandError

from assignments.models import Task
from assignments.stored_status import refresh_all
from assignments.tasks import STATUSES_LABEL, refresh_ward_statuses
from core import jobs
from plans.models import Ward


class Command(BaseCommand):
    help = "Queue the refresh of every ward's stored task statuses for today (or run it now with --now)."

    def add_arguments(self, parser):
        parser.add_argument("--ward", metavar="SLUG", help="only this ward (its slug)")
        parser.add_argument("--now", action="store_true", help="refresh in this process instead of queueing jobs")

    def handle(self, *args, ward=None, now=False, **options):
        wards = Ward.objects.order_by("slug")
        if ward:
            wards = wards.filter(slug=ward)
            if not wards.exists():
                raise CommandError(f"no ward with slug {ward!r}")
        if now:
            started = time.monotonic()
            tasks = Task.objects.filter(plan_item__plan__ward__in=wards) if ward else Task.objects.all()
            changed = refresh_all(queryset=tasks)
            self.stdout.write(f"{changed} task statuses changed in {time.monotonic() - started:.1f} s")
            return
        for each in wards:
            jobs.enqueue(refresh_ward_statuses, label=STATUSES_LABEL, ward=each, ward_id=each.pk)
        self.stdout.write(f"{wards.count()} ward(s) queued")
