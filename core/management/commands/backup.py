"""``manage.py backup FILE``: the database and the uploaded files in one archive (core.backup)."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from core.backup import BackupError, write_backup


class Command(BaseCommand):
    help = "Write a consistent backup (every row of the database and the files of MEDIA_ROOT) to FILE (.tar.gz)."

    def add_arguments(self, parser):
        parser.add_argument("file", help="the archive to write, e.g. /var/backups/portal/portal-2026-11-27.tar.gz")
        parser.add_argument("--database", default="default", help="the database alias (default: default)")

    def handle(self, *args, file, database, **options):
        try:
            manifest = write_backup(Path(file), using=database)
        except (BackupError, OSError) as exc:
            raise CommandError(str(exc)) from exc
        rows = sum(manifest["counts"].values())
        files = len(manifest["members"]) - 1
        self.stdout.write(f"{file}: {rows} rows of {len(manifest['counts'])} tables, {files} file(s)")
