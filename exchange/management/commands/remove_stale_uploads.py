"""Delete the workbook uploads never confirmed (``exchange.workbook_import.uploads``).

From cron every hour (README): ``17 * * * * … manage.py remove_stale_uploads``. Without it an
upload left unconfirmed is removed only when the next file is uploaded, which in a quiet
ward may be weeks later: the ward's data would stay in the media storage that long."""

from django.core.management.base import BaseCommand

from exchange.workbook_import.uploads import KEEP_FOR, remove_stale_uploads


class Command(BaseCommand):
    help = "Delete uploaded workbooks that were never confirmed and are older than a day."

    def handle(self, *args, **options):
        removed = remove_stale_uploads()
        self.stdout.write(f"{removed} upload(s) older than {KEEP_FOR} removed")
