"""Queue the day's reminders for every ward (or one): ``manage.py send_reminders`` from cron.

Each ward's reminders are a background job (``core.jobs``), run by the worker and listed on
the ward office's page like those of its "Nhắc việc" button."""

import datetime as dt

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from assignments.tasks import REMINDERS_LABEL, send_ward_reminders
from core import jobs
from core.models import BackgroundJob
from plans.models import Ward


class Command(BaseCommand):
    help = "Enqueue the reminders (send_ward_reminders) of every ward, or of one, for a day (default today)."

    def add_arguments(self, parser):
        parser.add_argument("--ward", metavar="SLUG", help="only this ward (its slug)")
        parser.add_argument("--date", metavar="YYYY-MM-DD", help="the day to remind for (default: today)")

    def handle(self, *args, ward=None, date=None, **options):
        try:
            day = dt.date.fromisoformat(date) if date else timezone.localdate()
        except ValueError as exc:
            raise CommandError(f"--date must be YYYY-MM-DD, not {date!r}") from exc
        wards = Ward.objects.order_by("slug")
        if ward:
            wards = wards.filter(slug=ward)
            if not wards.exists():
                raise CommandError(f"no ward with slug {ward!r}")
        failed = 0
        for each in wards:
            job, _result = jobs.enqueue(
                send_ward_reminders, label=REMINDERS_LABEL, ward=each, ward_id=each.pk, day_iso=day.isoformat()
            )
            if job.status == BackgroundJob.Status.SUCCEEDED:
                summary = job.summary
                self.stdout.write(
                    f"{each.slug}: {summary['sent']} sent to {summary['units']} unit(s), "
                    f"{summary['skipped']} already reminded, {summary['failed']} failed, "
                    f"{len(summary['outside'])} outside unit(s) to chase by hand"
                )
            elif job.status == BackgroundJob.Status.FAILED:
                failed += 1
                self.stderr.write(f"{each.slug}: failed ({job.error})")
            else:
                self.stdout.write(f"{each.slug}: queued (job {job.pk})")
        if failed:
            raise CommandError(f"{failed} ward(s) failed")
