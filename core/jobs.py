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
- ``progress(job_id, done, total)``: a long job says how far it has come (shown to the office);
  inside the task, ``report_progress(done, total)`` says it for the job being run. Called inside
  a transaction (an import, all rows or none), the numbers go through the heartbeat thread,
  whose own connection commits them at once (on SQLite, whose one writer is the job's own
  transaction, they show when it ends).
- ``attach_file(filename, content)``: the file a job made (the Word report), kept with the job
  under ``MEDIA_ROOT/jobs/<ward>/<job>/`` and downloaded through the job's page.
- A task raises ``JobError`` (a Vietnamese sentence) for a failure the office should read as
  it is; ``retryable=False`` when running it again would fail the same way (data refused): the
  job fails at once, and ``summary`` (e.g. the rows in error) is kept.
- ``retry(job, user=…)``: the office runs a failed job again; a new job (``retry_of``) with the
  same arguments, the failed one marked ``retried_at``, both kept.

A task must be safe to run again: a retry repeats whatever the failed attempt did before it
failed (the reminders record each email sent, so a retry sends only the ones missing).
"""

from __future__ import annotations

import contextvars
import datetime as dt
import logging
import threading
import time

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import DatabaseError, connection, transaction
from django.db.models import F, Q
from django.tasks import task
from django.utils import timezone
from django.utils.module_loading import import_string
from django.utils.translation import gettext_noop

from core.models import BackgroundJob

logger = logging.getLogger(__name__)

ERROR_MAX_CHARS = 500
# A job's progress is written at most this often (seconds), however often the task reports it.
PROGRESS_EVERY = 0.5


class JobError(Exception):
    """A failure told to the office as it is (a Vietnamese sentence, already translated).

    ``retryable=False``: the data was refused, running it again would fail the same way, so
    the job fails at once; ``summary`` is kept on the job (e.g. the errors to show)."""

    def __init__(self, message: str, *, retryable: bool = True, summary: dict | None = None):
        super().__init__(message)
        self.retryable, self.summary = retryable, summary


class _Running:
    """The job the current task runs (``report_progress``, ``attach_file`` find it here)."""

    def __init__(self, job_id: int, heartbeat: _Heartbeat | None):
        self.job_id, self.heartbeat, self.last_write = job_id, heartbeat, 0.0


_running: contextvars.ContextVar[_Running | None] = contextvars.ContextVar("running_job", default=None)


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
        self.job_id, self.interval = job_id, interval
        self.stopped, self.nudged = threading.Event(), threading.Event()
        self.pending: tuple[int, int] | None = None  # progress reported from inside a transaction

    def report(self, done: int, total: int) -> None:
        """Progress to write on this thread's connection (the task's is inside a transaction)."""
        self.pending = (done, total)
        self.nudged.set()

    def run(self):
        try:
            while not self.stopped.is_set():
                self.nudged.wait(self.interval)
                self.nudged.clear()
                if self.stopped.is_set():
                    break
                fields = {"heartbeat_at": timezone.now()}
                pending, self.pending = self.pending, None
                if pending is not None:
                    fields.update(progress_done=pending[0], progress_total=pending[1])
                try:
                    BackgroundJob.objects.filter(pk=self.job_id, status=BackgroundJob.Status.RUNNING).update(**fields)
                except DatabaseError as exc:  # SQLite: the job's own transaction holds the one write lock
                    logger.info("job %s: heartbeat not written (%s)", self.job_id, exc)
                if pending is not None:
                    self.stopped.wait(PROGRESS_EVERY)
        finally:
            connection.close()  # this thread's own connection

    def stop(self):
        self.stopped.set()
        self.nudged.set()
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
    running = _running.set(_Running(job_id, heartbeat))
    try:
        summary = func(**kwargs)
    except Exception as exc:
        if job is None:  # its ward was deleted meanwhile: nothing to report to
            raise
        detail = f"{type(exc).__name__}: {exc}"
        # The office reads the error: a JobError's own sentence, else a plain one; the exception
        # itself is for the administrator, in the log.
        error = str(exc)[:ERROR_MAX_CHARS] if isinstance(exc, JobError) else UNEXPECTED
        if isinstance(exc, JobError) and not exc.retryable:
            final = {"retryable": False} | (exc.summary or {})
            _update(job_id, status=BackgroundJob.Status.FAILED, error=error, summary=final, finished_at=timezone.now())
        elif job.attempts < job.max_attempts:
            # Recorded before queueing: an immediate backend runs the retry inside enqueue().
            _update(job_id, status=BackgroundJob.Status.RETRYING, error=error)
            _retry(context.task_result.task, job, kwargs)
        else:
            _update(job_id, status=BackgroundJob.Status.FAILED, error=error, finished_at=timezone.now())
        logger.warning("job %s (%s), attempt %s of %s: %s", job_id, job.label, job.attempts, job.max_attempts, detail)
        raise
    finally:
        _running.reset(running)
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


def enqueue(queued_task, *, label: str, ward=None, user=None, max_attempts: int = 3, retry_of=None, **kwargs):
    """Record a job for ``ward`` (``label``: what it does, a gettext_noop'd Vietnamese phrase)
    and queue ``queued_task`` (a ``@job_task``) with ``kwargs``. Returns (job, task result)."""
    job = BackgroundJob.objects.create(
        ward=ward,
        task_path=queued_task.module_path,
        label=label,
        requested_by=user if user is not None and user.is_authenticated else None,
        max_attempts=max_attempts,
        arguments=kwargs,
        retry_of=retry_of,
    )
    result = queued_task.enqueue(job_id=job.pk, **kwargs)
    # A queued task has not run: say which row of the queue holds it.
    BackgroundJob.objects.filter(pk=job.pk, task_result_id="").update(task_result_id=str(result.id))
    job.refresh_from_db()
    return job, result


class NotRetryable(Exception):
    """The job is not a failed one, was retried already, or says that a retry would fail too."""


def retry(job: BackgroundJob, *, user=None) -> BackgroundJob:
    """Run a failed job again, as the office asks: a new job with the same task and arguments
    (``retry_of`` = the failed one, which records ``retried_at``). Once per failed job: a second
    click, or two people at once, raise ``NotRetryable``. Returns the new job."""
    if not job.may_retry or job.arguments is None:
        raise NotRetryable
    claimed = BackgroundJob.objects.filter(
        pk=job.pk, status=BackgroundJob.Status.FAILED, retried_at__isnull=True
    ).update(retried_at=timezone.now())
    if not claimed:
        raise NotRetryable
    queued_task = import_string(job.task_path)
    new_job, _result = enqueue(
        queued_task, label=job.label, ward=job.ward, user=user, max_attempts=job.max_attempts, retry_of=job,
        **job.arguments,
    )  # fmt: skip
    return new_job


def recent_jobs(ward, limit: int = 10) -> list[BackgroundJob]:
    """The ward's latest jobs, newest first (one query)."""
    return list(BackgroundJob.objects.filter(ward=ward).select_related("requested_by")[:limit])


def progress(job_id: int | None, done: int, total: int) -> None:
    """Record how far a running job has come (and that it is alive). ``job_id`` None: not a job."""
    if job_id is not None:
        _update(job_id, progress_done=done, progress_total=total, heartbeat_at=timezone.now())


def report_progress(done: int, total: int) -> None:
    """How far the job being run has come (nothing outside a job). Written at most every
    ``PROGRESS_EVERY`` seconds, and always when ``done`` reaches ``total``; from inside a
    transaction, through the heartbeat thread's connection so that the office sees it now."""
    running = _running.get()
    if running is None:
        return
    now = time.monotonic()
    if done < total and now - running.last_write < PROGRESS_EVERY:
        return
    running.last_write = now
    if connection.in_atomic_block and running.heartbeat is not None:
        running.heartbeat.report(done, total)
    else:
        progress(running.job_id, done, total)


def attach_file(filename: str, content: bytes) -> None:
    """Keep ``content`` as the file of the job being run (replacing an earlier attempt's)."""
    running = _running.get()
    if running is None:
        raise RuntimeError("attach_file() outside a job")
    job = BackgroundJob.objects.get(pk=running.job_id)
    if job.result_file:
        job.result_file.delete(save=False)
    job.result_file.save(filename, ContentFile(content), save=False)
    _update(job.pk, result_file=job.result_file.name)


# What the office reads for an attempt whose worker stopped (translated when shown).
UNEXPECTED = gettext_noop(
    "Gặp lỗi ngoài dự kiến khi chạy việc này; chi tiết đã ghi vào nhật ký máy chủ cho quản trị viên."
)
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
