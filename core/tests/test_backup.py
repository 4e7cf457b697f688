"""Backup and restore (core.backup): backup → wipe → restore gives every row and file back."""

from __future__ import annotations

import io
import json
import shutil
import tarfile
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from assignments.services import log_progress
from core import jobs
from core.backup import backed_up_models, columns, sha256_file
from core.models import BackgroundJob
from plans.periods import ReportingPeriod
from portal.tests.factories import TaskFactory
from portal.tests.world import build_world, pdf_upload, png_upload

pytestmark = pytest.mark.django_db(transaction=True)


def snapshot(media: Path) -> tuple[dict, dict]:
    """Every row of every model, by primary key, and every file under ``media`` with its checksum."""
    rows = {
        model._meta.label_lower: list(
            model._base_manager.order_by("pk").values_list(*[c.attname for c in columns(model)])
        )
        for model in backed_up_models()
    }
    files = {p.relative_to(media).as_posix(): sha256_file(p) for p in sorted(media.rglob("*")) if p.is_file()}
    return rows, files


def wipe(media: Path) -> None:
    """An empty database (as after `migrate`) and an empty MEDIA_ROOT."""
    call_command("flush", interactive=False, verbosity=0)
    shutil.rmtree(media)
    media.mkdir()


@pytest.fixture
def media(tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.MEDIA_ROOT.mkdir()
    return settings.MEDIA_ROOT


@pytest.fixture
def filled(media, today):
    """Two wards and a far one with plans, tasks, reports with evidence, history, a job."""
    world = build_world()
    log_progress(
        task=world.bd.task, unit=world.bd.ubnd, period=ReportingPeriod(2026, "quarter", 4), status="in_progress",
        percent=35, narrative="Đã khảo sát 3/5 tuyến đường", author=world.bd.official,
        files=[png_upload("ảnh hiện trường.png"), pdf_upload("biên bản.pdf")],
    )  # fmt: skip
    world.bd.project.funding_sources.add(*world.ndn.project.funding_sources.all())
    jobs.enqueue(jobs_probe, label="Nhắc việc", ward=world.bd.ward, note="sao lưu")
    return world


@jobs.job_task
def jobs_probe(*, note: str) -> dict:
    return {"note": note}


def test_backup_wipe_restore_gives_identical_rows_and_files(filled, media, tmp_path, capsys):
    before = snapshot(media)
    rows, files = before
    assert len(files) >= 4 and sum(len(r) for r in rows.values()) > 100
    assert rows["assignments.historicalprogressreport"] and rows["core.backgroundjob"] and rows["auth.permission"]

    archive = tmp_path / "backups" / "portal.tar.gz"
    call_command("backup", str(archive))
    assert f"{len(files)} file(s)" in capsys.readouterr().out
    wipe(media)
    assert snapshot(media) != before

    call_command("restore", str(archive))
    assert "restored" in capsys.readouterr().out
    after = snapshot(media)
    assert after[1] == before[1]
    for label, expected in before[0].items():
        assert after[0][label] == expected, f"{label} differs after the restore"

    # The sequences follow the restored rows: new rows get new ids.
    task = TaskFactory(plan_item=filled.bd.item)
    assert task.pk > max(row[0] for row in before[0]["assignments.task"])


def test_restore_refuses_a_database_that_is_not_empty(filled, media, tmp_path):
    archive = tmp_path / "portal.tar.gz"
    call_command("backup", str(archive))
    before = snapshot(media)
    with pytest.raises(CommandError, match="the database is not empty"):
        call_command("restore", str(archive))
    assert snapshot(media) == before


def rewrite(archive: Path, target: Path, *, change_member=None, change_manifest=None) -> Path:
    """A copy of ``archive`` with one member's bytes or the manifest changed."""
    with tarfile.open(archive, "r:gz") as source, tarfile.open(target, "w:gz") as out:
        for member in source:
            body = source.extractfile(member).read()
            if member.name == "manifest.json" and change_manifest:
                manifest = json.loads(body)
                change_manifest(manifest)
                body = json.dumps(manifest).encode()
            elif change_member and member.name.startswith("media/"):
                body, change_member = body + b"!", None
            member.size = len(body)
            out.addfile(member, io.BytesIO(body))
    return target


def test_check_finds_a_damaged_file_and_restore_refuses_it(filled, media, tmp_path, capsys):
    archive = tmp_path / "portal.tar.gz"
    call_command("backup", str(archive))
    call_command("restore", "--check", str(archive))
    assert "intact" in capsys.readouterr().out

    damaged = rewrite(archive, tmp_path / "damaged.tar.gz", change_member=True)
    wipe(media)
    with pytest.raises(CommandError, match="damaged"):
        call_command("restore", "--check", str(damaged))
    with pytest.raises(CommandError, match="damaged"):
        call_command("restore", str(damaged))
    assert not any(media.iterdir())


def test_restore_refuses_a_backup_of_other_migrations_and_a_file_that_is_no_backup(filled, media, tmp_path):
    archive = tmp_path / "portal.tar.gz"
    call_command("backup", str(archive))
    other = rewrite(
        archive, tmp_path / "other.tar.gz", change_manifest=lambda m: m["migrations"].append("plans.9999_future")
    )
    wipe(media)
    with pytest.raises(CommandError, match="not at the backup's migrations"):
        call_command("restore", str(other))
    not_a_backup = tmp_path / "notes.tar.gz"
    not_a_backup.write_bytes(b"hello")
    with pytest.raises(CommandError, match="not a backup archive"):
        call_command("restore", str(not_a_backup))


def test_a_failed_restore_leaves_nothing_behind(filled, media, tmp_path):
    archive = tmp_path / "portal.tar.gz"
    call_command("backup", str(archive))
    wrong = rewrite(
        archive, tmp_path / "wrong.tar.gz", change_manifest=lambda m: m["counts"].update({"plans.ward": 99})
    )
    wipe(media)
    with pytest.raises(CommandError, match="row counts differ"):
        call_command("restore", str(wrong))
    assert not any(media.rglob("*.*"))
    assert not BackgroundJob.objects.exists()
