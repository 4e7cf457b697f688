"""Enqueue the day's reminders for every ward (or one): ``manage.py send_reminders`` from cron."""

import datetime as dt

from django.core.management.base import BaseCommand, CommandError
from django.tasks import TaskResultStatus
from django.utils import timezone

from assignments.tasks import send_ward_reminders
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
            result = send_ward_reminders.enqueue(ward_id=each.pk, day_iso=day.isoformat())
            if result.status == TaskResultStatus.SUCCESSFUL:
                summary = result.return_value
                self.stdout.write(
                    f"{each.slug}: {summary['sent']} sent to {summary['units']} unit(s), "
                    f"{summary['skipped']} already reminded, {summary['failed']} failed, "
                    f"{len(summary['outside'])} outside unit(s) to chase by hand"
                )
            elif result.status == TaskResultStatus.FAILED:
                failed += 1
                self.stderr.write(f"{each.slug}: failed ({result.errors[-1].exception_class_path})")
            else:
                self.stdout.write(f"{each.slug}: enqueued ({result.id})")
        if failed:
            raise CommandError(f"{failed} ward(s) failed")
