"""``manage.py restore FILE``: a backup (core.backup) into an empty database; ``--check`` only verifies it."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from core.backup import BackupError, check_archive, restore_backup


class Command(BaseCommand):
    help = (
        "Restore a backup made by `manage.py backup` into an empty, migrated database and MEDIA_ROOT. "
        "With --check, only verify the archive (every checksum) and change nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="the archive written by `manage.py backup`")
        parser.add_argument("--check", action="store_true", help="only verify the archive")
        parser.add_argument("--database", default="default", help="the database alias (default: default)")

    def handle(self, *args, file, check, database, **options):
        try:
            checked = check_archive(Path(file)) if check else restore_backup(Path(file), using=database)
        except (BackupError, OSError) as exc:
            raise CommandError(str(exc)) from exc
        manifest = checked.manifest
        summary = (
            f"{checked.rows} rows of {len(manifest['counts'])} tables, {len(checked.media)} file(s), "
            f"made {manifest['created_at']} on {manifest['database']}"
        )
        self.stdout.write(f"{file}: {'intact' if check else 'restored'}: {summary}")
