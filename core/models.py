from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class WardGeneration(models.Model):
    """A number that changes whenever a ward's data changes: the key of its cached figures.

    Kept in the database, in the same transaction as the write that bumps it, so every app
    server sees the change at once whatever its cache (per-process or shared). See
    ``core.generation``.
    """

    ward = models.OneToOneField("plans.Ward", on_delete=models.CASCADE, primary_key=True, related_name="+")
    value = models.BigIntegerField(default=0)

    class Meta:
        # The table keeps the name it had when the generation lived in ``scale``.
        db_table = "scale_wardgeneration"
        verbose_name = "ward data generation"

    def __str__(self) -> str:
        return f"{self.ward_id}: {self.value}"


def job_file_path(job: BackgroundJob, filename: str) -> str:
    """Where a job's file is stored: by ward and job, so that each has its own folder."""
    return f"jobs/{job.ward_id or 'none'}/{job.pk}/{filename}"


class BackgroundJob(models.Model):
    """One piece of background work asked for by someone (or cron), as the office sees it.

    The tasks framework's own rows (``django_tasks_db``) hold one row per *attempt*, with the
    traceback; this row follows the whole job across its retries: status, attempts, the last
    error in a sentence, and the ward it belongs to, so that the ward's office can see it.
    Written only by ``core.jobs``.
    """

    class Status(models.TextChoices):
        QUEUED = "queued", _("Đang chờ")
        RUNNING = "running", _("Đang chạy")
        RETRYING = "retrying", _("Lỗi, sẽ thử lại")
        SUCCEEDED = "succeeded", _("Đã xong")
        FAILED = "failed", _("Thất bại")

    ward = models.ForeignKey(
        "plans.Ward", on_delete=models.CASCADE, null=True, blank=True, related_name="+", verbose_name=_("phường")
    )
    task_path = models.CharField(max_length=200)
    label = models.CharField(_("việc"), max_length=200)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    status = models.CharField(_("tình trạng"), max_length=10, choices=Status.choices, default=Status.QUEUED)
    attempts = models.PositiveSmallIntegerField(_("số lần chạy"), default=0)
    max_attempts = models.PositiveSmallIntegerField(default=3)
    task_result_id = models.CharField(max_length=64, blank=True)
    error = models.TextField(_("lỗi"), blank=True)
    summary = models.JSONField(null=True, blank=True)
    created_at = models.DateTimeField(_("lúc yêu cầu"), auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    finished_at = models.DateTimeField(_("lúc xong"), null=True, blank=True)
    # Written by the running attempt every JOB_HEARTBEAT_SECONDS: a running job whose heartbeat
    # is older than JOB_STALE_SECONDS lost its worker (core.jobs.reap_stale).
    heartbeat_at = models.DateTimeField(null=True, blank=True)
    # How far a long job has come (core.jobs.progress), e.g. rows imported of rows read.
    progress_done = models.PositiveIntegerField(null=True, blank=True)
    progress_total = models.PositiveIntegerField(null=True, blank=True)
    # The task's keyword arguments (plain JSON): what a retry asked by the office runs again.
    arguments = models.JSONField(null=True, blank=True)
    # A file the job made (the Word report), under MEDIA_ROOT/jobs/<ward>/<job>/: never linked
    # from a public URL, downloaded through the job's page, which checks the reader's ward.
    result_file = models.FileField(max_length=300, blank=True, upload_to=job_file_path)
    # The office asked to run a failed job again: the new job points back here, and this one
    # records when, so that it is retried once (core.jobs.retry).
    retry_of = models.ForeignKey(
        "self", on_delete=models.SET_NULL, null=True, blank=True, related_name="retries", verbose_name=_("thử lại của")
    )
    retried_at = models.DateTimeField(_("lúc thử lại"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["ward", "-created_at"], name="core_job_ward_recent")]
        verbose_name = _("việc chạy nền")
        verbose_name_plural = _("việc chạy nền")

    def __str__(self) -> str:
        return f"{self.label} ({self.get_status_display()})"

    @property
    def progress_percent(self) -> int | None:
        if not self.progress_total or self.progress_done is None:
            return None
        return min(100, round(self.progress_done * 100 / self.progress_total))

    @property
    def is_finished(self) -> bool:
        return self.status in (self.Status.SUCCEEDED, self.Status.FAILED)

    @property
    def may_retry(self) -> bool:
        """A failed job the office may run again: not yet retried, and not refused for its data
        (a job that says so in its summary: running it again would fail the same way)."""
        final = isinstance(self.summary, dict) and self.summary.get("retryable") is False
        return self.status == self.Status.FAILED and self.retried_at is None and not final and bool(self.task_path)
