"""Background jobs: slow work on a real worker, retried when it fails, visible to the office.

Django's tasks framework runs the work (``settings.TASKS``): in production the database
backend of django-tasks-db, whose worker (``manage.py db_worker``, see the README) takes the
queued tasks from the database, so a job survives a restart of the web server; in tests the
immediate backend runs each at once.

- ``enqueue(task, label=…, ward=…, user=…, **kwargs)`` records a ``BackgroundJob`` (what the
  office sees) and queues ``task`` with the job's id.
- A task written with ``@job_task`` keeps its job current: running, the number of attempts,
  and on success its summary (the task's return value). When it raises, the job shows the
  error and the task is queued again after ``settings.JOB_RETRY_DELAYS`` (seconds: one
  per retry, ``max_attempts`` in all); after the last attempt the job is "failed". The
  framework's own row of each attempt keeps the traceback (admin: "Task results").
- ``recent_jobs(ward)`` lists a ward's jobs, newest first, for its office's page.
- A running attempt writes a heartbeat every ``settings.JOB_HEARTBEAT_SECONDS`` (a thread of
  its own). A worker killed mid-job (out of memory, ``kill -9``, the machine restarted) leaves
  its job "running" for ever: ``reap_stale()`` (``manage.py reap_jobs``, from cron every few
  minutes) finds running jobs whose heartbeat is older than ``settings.JOB_STALE_SECONDS``,
  marks their attempt failed ("the worker stopped") and retries them like any failed attempt,
  or fails the job after its last attempt; the office sees which on its page.
- ``progress(job_id, done, total)``: a long job says how far it has come (shown to the office).

A task must be safe to run again: a retry repeats whatever the failed attempt did before it
failed (the reminders record each email sent, so a retry sends only the ones missing).
"""

from __future__ import annotations

import datetime as dt
import logging
import threading

from django.conf import settings
from django.db import connection, transaction
from django.db.models import F, Q
from django.tasks import task
from django.utils import timezone
from django.utils.translation import gettext_noop

from core.models import BackgroundJob

logger = logging.getLogger(__name__)

ERROR_MAX_CHARS = 500


def job_task(function=None, **task_options):
    """Like ``django.tasks.task``, for a function run as a ``BackgroundJob`` (see above).

    The function takes its own keyword arguments (plain JSON values); the task also takes the
    job's id, which ``enqueue`` passes."""

    def decorate(func):
        def run(context, job_id: int, **kwargs):
            return _run(func, context, job_id, kwargs)

        # The task is found again by the worker under the function's module and name; not
        # functools.wraps, whose __wrapped__ would show the framework the function's signature.
        for attribute in ("__module__", "__name__", "__qualname__", "__doc__"):
            setattr(run, attribute, getattr(func, attribute))
        return task(takes_context=True, **task_options)(run)

    return decorate(function) if function is not None else decorate


def _update(job_id: int, **fields) -> None:
    BackgroundJob.objects.filter(pk=job_id).update(updated_at=timezone.now(), **fields)


class _Heartbeat(threading.Thread):
    """Writes the job's heartbeat every ``interval`` seconds while its attempt runs."""

    def __init__(self, job_id: int, interval: float):
        super().__init__(name=f"job-{job_id}-heartbeat", daemon=True)
        self.job_id, self.interval, self.stopped = job_id, interval, threading.Event()

    def run(self):
        try:
            while not self.stopped.wait(self.interval):
                BackgroundJob.objects.filter(pk=self.job_id, status=BackgroundJob.Status.RUNNING).update(
                    heartbeat_at=timezone.now()
                )
        finally:
            connection.close()  # this thread's own connection

    def stop(self):
        self.stopped.set()
        self.join(timeout=self.interval + 5)


def _run(func, context, job_id: int, kwargs: dict):
    _update(job_id, status=BackgroundJob.Status.RUNNING, attempts=F("attempts") + 1,
            task_result_id=str(context.task_result.id), heartbeat_at=timezone.now(),
            progress_done=None, progress_total=None)  # fmt: skip
    job = BackgroundJob.objects.filter(pk=job_id).first()
    interval = settings.JOB_HEARTBEAT_SECONDS
    heartbeat = _Heartbeat(job_id, interval) if interval else None
    if heartbeat is not None:
        heartbeat.start()
    try:
        summary = func(**kwargs)
    except Exception as exc:
        if job is None:  # its ward was deleted meanwhile: nothing to report to
            raise
        error = f"{type(exc).__name__}: {exc}"[:ERROR_MAX_CHARS]
        if job.attempts < job.max_attempts:
            # Recorded before queueing: an immediate backend runs the retry inside enqueue().
            _update(job_id, status=BackgroundJob.Status.RETRYING, error=error)
            _retry(context.task_result.task, job, kwargs)
        else:
            _update(job_id, status=BackgroundJob.Status.FAILED, error=error, finished_at=timezone.now())
        logger.warning("job %s (%s), attempt %s of %s: %s", job_id, job.label, job.attempts, job.max_attempts, error)
        raise
    finally:
        if heartbeat is not None:
            heartbeat.stop()
    _update(
        job_id,
        status=BackgroundJob.Status.SUCCEEDED,
        error="",
        summary=summary if isinstance(summary, dict) else None,
        finished_at=timezone.now(),
    )
    return summary


def _retry(queued_task, job: BackgroundJob, kwargs: dict) -> None:
    delays = settings.JOB_RETRY_DELAYS
    delay = delays[min(job.attempts, len(delays)) - 1] if delays else 0
    if delay and queued_task.get_backend().supports_defer:
        queued_task = queued_task.using(run_after=timezone.now() + dt.timedelta(seconds=delay))
    queued_task.enqueue(job_id=job.pk, **kwargs)


def enqueue(queued_task, *, label: str, ward=None, user=None, max_attempts: int = 3, **kwargs):
    """Record a job for ``ward`` (``label``: what it does, a gettext_noop'd Vietnamese phrase)
    and queue ``queued_task`` (a ``@job_task``) with ``kwargs``. Returns (job, task result)."""
    job = BackgroundJob.objects.create(
        ward=ward,
        task_path=queued_task.module_path,
        label=label,
        requested_by=user if user is not None and user.is_authenticated else None,
        max_attempts=max_attempts,
    )
    result = queued_task.enqueue(job_id=job.pk, **kwargs)
    # A queued task has not run: say which row of the queue holds it.
    BackgroundJob.objects.filter(pk=job.pk, task_result_id="").update(task_result_id=str(result.id))
    job.refresh_from_db()
    return job, result


def recent_jobs(ward, limit: int = 10) -> list[BackgroundJob]:
    """The ward's latest jobs, newest first (one query)."""
    return list(BackgroundJob.objects.filter(ward=ward).select_related("requested_by")[:limit])


def progress(job_id: int | None, done: int, total: int) -> None:
    """Record how far a running job has come (and that it is alive). ``job_id`` None: not a job."""
    if job_id is not None:
        _update(job_id, progress_done=done, progress_total=total, heartbeat_at=timezone.now())


# What the office reads for an attempt whose worker stopped (translated when shown).
WORKER_STOPPED = gettext_noop("Máy chạy nền đã dừng giữa chừng (không còn tín hiệu).")


def reap_stale(now: dt.datetime | None = None) -> list[BackgroundJob]:
    """Running jobs whose worker stopped (see the module's docstring): retried, or failed after
    their last attempt. Returns them. Safe to run from several places at once."""
    from django_tasks_db.models import DBTaskResult

    now = now or timezone.now()
    cutoff = now - dt.timedelta(seconds=settings.JOB_STALE_SECONDS)
    stale = Q(heartbeat_at__lt=cutoff) | Q(heartbeat_at__isnull=True, updated_at__lt=cutoff)
    reaped = []
    for job in BackgroundJob.objects.filter(stale, status=BackgroundJob.Status.RUNNING):
        with transaction.atomic():
            # Claimed by this update only if still stale: a second reaper, or the attempt's
            # own last write, wins otherwise.
            if not BackgroundJob.objects.filter(stale, pk=job.pk, status=BackgroundJob.Status.RUNNING).update(
                status=BackgroundJob.Status.RETRYING, error=WORKER_STOPPED, updated_at=now
            ):
                continue
            attempt = DBTaskResult.objects.filter(id=job.task_result_id).first() if job.task_result_id else None
            if attempt is not None and attempt.status == "RUNNING":
                DBTaskResult.objects.filter(id=attempt.id).update(
                    status="FAILED", finished_at=now, exception_class_path="core.jobs.WorkerStopped",
                    traceback=WORKER_STOPPED,
                )  # fmt: skip
            job.refresh_from_db()
            if attempt is not None and job.attempts < job.max_attempts:
                kwargs = {k: v for k, v in attempt.args_kwargs["kwargs"].items() if k != "job_id"}
                transaction.on_commit(lambda t=attempt.task, j=job, kw=kwargs: _retry(t, j, kw))
            else:
                _update(job.pk, status=BackgroundJob.Status.FAILED, finished_at=now)
            logger.warning("job %s (%s): worker stopped on attempt %s", job.pk, job.label, job.attempts)
        job.refresh_from_db()
        reaped.append(job)
    return reaped
