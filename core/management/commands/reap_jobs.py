"""Retry or fail the background jobs whose worker stopped mid-run (``core.jobs.reap_stale``).

From cron every few minutes (README): ``*/5 * * * * … manage.py reap_jobs``."""

from django.core.management.base import BaseCommand

from core import jobs


class Command(BaseCommand):
    help = "Retry (or fail after the last attempt) running jobs whose worker stopped sending heartbeats."

    def handle(self, *args, **options):
        for job in jobs.reap_stale():
            self.stdout.write(f"job {job.pk} ({job.label}): worker stopped on attempt {job.attempts}, {job.status}")
