"""Backup and restore of the whole portal: every row of every table, and the uploaded files.

``manage.py backup FILE`` writes one ``.tar.gz`` archive:

- ``data.jsonl``: every row of every model (auto-created many-to-many tables included), one
  JSON line per row, primary keys kept, read in **one transaction** (REPEATABLE READ on
  PostgreSQL, a read transaction on SQLite), so the rows agree with each other even while
  officials keep reporting;
- ``media/…``: every file under ``MEDIA_ROOT`` (evidence), read after the rows: files are
  only ever added, so every file the rows name is there;
- ``manifest.json``: format, date, database engine, the migrations applied, the number of
  rows of each model and the SHA-256 of every member.

``manage.py restore FILE`` checks every checksum first (``--check`` stops there), then
restores into an **empty** database (``migrate`` run, nothing else: no users, no wards) of the
same migrations, and refuses anything else with a message saying why. Rows go in as raw
inserts (as ``loaddata``'s: no signals, so no history rows or cache bumps are invented on the
way, and ``auto_now`` dates keep their values), in one
transaction, and the row counts are checked before it commits; sequences are reset
(PostgreSQL). The content types and permissions that ``migrate`` made are replaced by the
backup's, so that every row — generic relations and history included — is identical.

Works alike on SQLite and PostgreSQL, and between them (the archive holds values, not SQL).
"""

from __future__ import annotations

import base64
import datetime as dt
import decimal
import hashlib
import io
import json
import os
import tarfile
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from django.apps import apps
from django.conf import settings
from django.core.management.color import no_style
from django.db import DEFAULT_DB_ALIAS, connections, models, transaction
from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone
from django.utils.dateparse import parse_duration
from django.utils.duration import duration_iso_string

FORMAT = 1
DATA = "data.jsonl"
MANIFEST = "manifest.json"
MEDIA = "media/"
BATCH = 1000
CHUNK = 1024 * 1024
# Made by `migrate` in every new database (content types, permissions, and the role groups
# of accounts.roles with their permissions): replaced by the backup's rows, not "data". In the
# order they are deleted before the restore.
MIGRATE_MADE = ("auth.group_permissions", "auth.group", "auth.permission", "contenttypes.contenttype")


class BackupError(Exception):
    """A backup cannot be written or restored; the message says why (shown as is)."""


def backed_up_models() -> list[type[models.Model]]:
    """Every model with a table of its own, many-to-many tables included, in a stable order."""
    found = [
        m
        for m in apps.get_models(include_auto_created=True)
        if m._meta.managed and not m._meta.proxy and not m._meta.swapped
    ]
    for model in found:
        if model._meta.parents:
            raise BackupError(f"{model._meta.label}: multi-table inheritance is not supported by the backup")
    return sorted(found, key=lambda m: m._meta.label_lower)


def columns(model) -> list[models.Field]:
    return list(model._meta.local_concrete_fields)


def encode(value):
    """A column's value as JSON (``decode`` reads it back exactly: microseconds kept)."""
    if isinstance(value, (dt.datetime, dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, dt.timedelta):
        return duration_iso_string(value)
    if isinstance(value, decimal.Decimal | uuid.UUID):
        return str(value)
    if isinstance(value, bytes | memoryview):
        return base64.b64encode(bytes(value)).decode()
    return value


def decode(column: models.Field, value):
    if value is None:
        return None
    kind = column.get_internal_type()
    if kind == "BinaryField":
        return base64.b64decode(value)
    if kind == "DurationField":
        return parse_duration(value)
    if kind == "JSONField":
        return value
    return column.to_python(value)


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while block := handle.read(CHUNK):
            digest.update(block)
    return digest.hexdigest()


def applied_migrations(using: str) -> list[str]:
    recorder = MigrationRecorder(connections[using])
    return sorted(f"{app}.{name}" for app, name in recorder.applied_migrations())


def _dump_rows(handle, using: str) -> dict[str, int]:
    connection = connections[using]
    outer = connection.in_atomic_block  # called inside a transaction: its snapshot is the one
    with transaction.atomic(using=using):
        if connection.vendor == "postgresql" and not outer:
            # One snapshot for every table: rows written meanwhile are all in or all out.
            # (SQLite: the read transaction holds its snapshot, or its shared lock, until the end.)
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
        return _write_rows(handle, using)


def _write_rows(handle, using: str) -> dict[str, int]:
    counts = {}
    for model in backed_up_models():
        cols = columns(model)
        label = model._meta.label_lower
        rows = model._base_manager.using(using).order_by("pk").values_list(*[c.attname for c in cols])
        count = 0
        handle.write(json.dumps({"model": label, "fields": [c.attname for c in cols]}) + "\n")
        for row in rows.iterator(chunk_size=2000):
            handle.write(json.dumps([encode(v) for v in row], ensure_ascii=False) + "\n")
            count += 1
        counts[label] = count
    return counts


def media_files(root: Path) -> Iterator[tuple[Path, str]]:
    """Every file under ``root`` with its path inside the archive (``media/…``), sorted."""
    if not root.is_dir():
        return
    for directory, dirs, files in os.walk(root):
        dirs.sort()
        for name in sorted(files):
            path = Path(directory) / name
            yield path, MEDIA + path.relative_to(root).as_posix()


def write_backup(target: Path, *, using: str = DEFAULT_DB_ALIAS) -> dict:
    """Write the archive to ``target`` (through a temporary file renamed at the end); returns
    its manifest."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="portal-backup-") as tmp:
        data = Path(tmp) / DATA
        with open(data, "w", encoding="utf-8") as handle:
            counts = _dump_rows(handle, using)
        manifest = {
            "format": FORMAT,
            "created_at": timezone.now().isoformat(),
            "database": connections[using].vendor,
            "migrations": applied_migrations(using),
            "counts": counts,
            "members": {DATA: {"sha256": sha256_file(data), "size": data.stat().st_size}},
        }
        partial = target.with_name(target.name + ".part")
        with tarfile.open(partial, "w:gz") as archive:
            archive.add(data, arcname=DATA)
            for path, name in media_files(Path(settings.MEDIA_ROOT)):
                manifest["members"][name] = {"sha256": sha256_file(path), "size": path.stat().st_size}
                archive.add(path, arcname=name)
            body = json.dumps(manifest, indent=1, ensure_ascii=False).encode()
            info = tarfile.TarInfo(MANIFEST)
            info.size, info.mtime = len(body), int(timezone.now().timestamp())
            archive.addfile(info, io.BytesIO(body))
        os.replace(partial, target)
    return manifest


# --- restore ------------------------------------------------------------------------------------


@dataclass
class Checked:
    """An archive whose members all match the manifest."""

    manifest: dict
    media: list[str] = field(default_factory=list)

    @property
    def rows(self) -> int:
        return sum(self.manifest["counts"].values())


def _safe_media_path(name: str) -> PurePosixPath:
    relative = PurePosixPath(name[len(MEDIA) :])
    if relative.is_absolute() or ".." in relative.parts or not relative.parts:
        raise BackupError(f"the archive holds an unsafe path: {name!r}")
    return relative


def check_archive(source: Path) -> Checked:
    """Read the whole archive once: the manifest, and every member's size and checksum."""
    try:
        archive = tarfile.open(source, "r:gz")
    except (OSError, tarfile.TarError) as exc:
        raise BackupError(f"{source}: not a backup archive ({exc})") from exc
    with archive:
        try:
            manifest = json.load(archive.extractfile(MANIFEST))
        except (KeyError, ValueError) as exc:
            raise BackupError(f"{source}: no readable {MANIFEST}") from exc
        if manifest.get("format") != FORMAT:
            raise BackupError(f"{source}: backup format {manifest.get('format')!r}, this portal reads {FORMAT}")
        expected = dict(manifest["members"])
        checked = Checked(manifest)
        for member in archive:
            if member.name == MANIFEST:
                continue
            if not member.isfile() or member.name not in expected:
                raise BackupError(f"{source}: unexpected member {member.name!r}")
            if member.name.startswith(MEDIA):
                _safe_media_path(member.name)
                checked.media.append(member.name)
            digest = hashlib.sha256()
            stream = archive.extractfile(member)
            while block := stream.read(CHUNK):
                digest.update(block)
            if digest.hexdigest() != expected.pop(member.name)["sha256"]:
                raise BackupError(f"{source}: {member.name} is damaged (checksum differs)")
        if expected:
            raise BackupError(f"{source}: missing from the archive: {', '.join(sorted(expected))}")
    return checked


def _refuse_unless_empty(using: str, manifest: dict) -> None:
    if applied_migrations(using) != manifest["migrations"]:
        missing = sorted(set(manifest["migrations"]) - set(applied_migrations(using)))
        extra = sorted(set(applied_migrations(using)) - set(manifest["migrations"]))
        raise BackupError(
            "the database is not at the backup's migrations: run `manage.py migrate` on an empty database "
            "with the portal's version that made the backup"
            + (f"; missing {', '.join(missing[:5])}" if missing else "")
            + (f"; not in the backup {', '.join(extra[:5])}" if extra else "")
        )
    filled = [
        m._meta.label
        for m in backed_up_models()
        if m._meta.label_lower not in MIGRATE_MADE and m._base_manager.using(using).exists()
    ]
    if filled:
        raise BackupError(
            "the database is not empty (rows in " + ", ".join(filled[:5]) + (", …" if len(filled) > 5 else "") + "): "
            "restore only into a new database (create it, run `manage.py migrate`, then restore)"
        )


def _read_rows(handle) -> Iterator[tuple[type[models.Model], list[models.Field], list]]:
    model = cols = None
    for line in handle:
        item = json.loads(line)
        if isinstance(item, dict):
            model = apps.get_model(item["model"])
            by_attname = {c.attname: c for c in columns(model)}
            if set(item["fields"]) != set(by_attname):
                raise BackupError(f"{item['model']}: the backup's columns differ from this database's")
            cols = [by_attname[name] for name in item["fields"]]
            yield model, cols, []
        else:
            yield model, cols, item


def _load_rows(data: Path, using: str, counts: dict[str, int]) -> None:
    with transaction.atomic(using=using):
        _insert_rows(data, using, counts)


def _insert_rows(data: Path, using: str, counts: dict[str, int]) -> None:
    from django.contrib.contenttypes.models import ContentType

    for label in MIGRATE_MADE:
        apps.get_model(label)._base_manager.using(using).all().delete()
    loaded: dict[str, int] = {}
    batch: list = []
    current = None

    def flush():
        if not batch:
            return
        # A raw insert, as loaddata's: values as stored (auto_now fields keep theirs), no signals.
        fields = columns(current)
        size = connections[using].ops.bulk_batch_size(fields, batch) or len(batch)
        for start in range(0, len(batch), size):
            current._base_manager.using(using)._insert(batch[start : start + size], fields=fields, raw=True)
        batch.clear()

    with open(data, encoding="utf-8") as handle:
        for model, cols, values in _read_rows(handle):
            if model is not current:
                flush()
                current = model
                loaded.setdefault(model._meta.label_lower, 0)
            if not values:
                continue
            batch.append(model(**{c.attname: decode(c, v) for c, v in zip(cols, values, strict=True)}))
            loaded[model._meta.label_lower] += 1
            if len(batch) >= BATCH:
                flush()
    flush()
    if loaded != counts:
        differ = sorted(k for k in set(loaded) | set(counts) if loaded.get(k) != counts.get(k))
        raise BackupError(f"row counts differ from the manifest for {', '.join(differ[:5])}: nothing restored")
    connection = connections[using]
    statements = connection.ops.sequence_reset_sql(no_style(), backed_up_models())
    with connection.cursor() as cursor:
        for sql in statements:
            cursor.execute(sql)
    ContentType.objects.clear_cache()


def restore_backup(source: Path, *, using: str = DEFAULT_DB_ALIAS) -> Checked:
    """Check ``source``, then restore it into the empty database ``using`` and ``MEDIA_ROOT``."""
    checked = check_archive(source)
    _refuse_unless_empty(using, checked.manifest)
    media_root = Path(settings.MEDIA_ROOT)
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="portal-restore-") as tmp, tarfile.open(source, "r:gz") as archive:
        data = Path(tmp) / DATA
        for member in archive:
            if member.name == DATA:
                with open(data, "wb") as out:
                    _copy(archive.extractfile(member), out)
            elif member.name.startswith(MEDIA):
                path = media_root / _safe_media_path(member.name)
                if path.exists():
                    if sha256_file(path) == checked.manifest["members"][member.name]["sha256"]:
                        continue
                    _remove(written)
                    raise BackupError(f"{path} exists with other content: restore into an empty MEDIA_ROOT")
                path.parent.mkdir(parents=True, exist_ok=True)
                with open(path, "wb") as out:
                    _copy(archive.extractfile(member), out)
                written.append(path)
        try:
            _load_rows(data, using, checked.manifest["counts"])
        except Exception:
            _remove(written)  # the rows were rolled back: so are the files
            raise
    return checked


def _copy(source, target) -> None:
    while block := source.read(CHUNK):
        target.write(block)


def _remove(paths: list[Path]) -> None:
    for path in paths:
        path.unlink(missing_ok=True)
