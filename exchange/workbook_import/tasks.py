"""A large appendix import, confirmed by the office and run by the background worker.

The confirm step (``views.import_confirm``) checks the unit mapping and the preview's
generation as for any import; for a workbook above ``settings.IMPORT_QUEUE_ROWS`` rows or
``settings.IMPORT_QUEUE_BYTES`` bytes it queues this task instead of importing in the
request. The task calls the same service, ``importing.apply_import``: all rows or none, and
refused (nothing written) when the ward's data changed since the preview the office confirmed.
A refusal is final (the job fails at once with the messages; running it again would be refused
too); any other failure is retried. Progress: rows read of the preview's rows.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.storage import default_storage
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from core.jobs import JobError, job_task, report_progress
from plans.models import Ward

from .importing import ImportRejected, ImportStale, apply_import

# What the office's list of background jobs calls it (translated when shown).
IMPORT_LABEL = gettext_noop("Nạp bảng phụ lục từ Excel")
ERRORS_KEPT = 50  # the messages of a refused import kept on the job's page


def is_large(*, rows: int, size: int) -> bool:
    """Is this import queued rather than run in the request?"""
    return rows > settings.IMPORT_QUEUE_ROWS or size > settings.IMPORT_QUEUE_BYTES


@job_task
def import_workbook(
    *,
    ward_id: int,
    path: str,
    filename: str,
    plan_code: str,
    kind: str | None,
    unit_mapping: dict,
    expected_generation: int,
    sheets: list[str] | None,
    user_id: int | None,
    total_rows: int,
) -> dict:
    """Import the stored upload ``path`` into the ward's plan ``plan_code`` (see the module)."""
    ward = Ward.objects.get(pk=ward_id)
    user = get_user_model().objects.filter(pk=user_id).first() if user_id else None
    try:
        with default_storage.open(path, "rb") as handle:
            source = handle.read()
    except FileNotFoundError as exc:
        raise JobError(
            _("Không còn tệp “%(file)s” đã tải lên (tệp chờ quá một ngày bị xóa): hãy tải lên lại.")
            % {"file": filename},
            retryable=False,
        ) from exc
    total = max(total_rows, 1)
    report_progress(0, total)
    try:
        preview = apply_import(
            ward=ward, source=source, plan_code=plan_code, kind=kind, unit_mapping=unit_mapping,
            expected_generation=expected_generation, sheets=sheets, user=user,
            on_progress=lambda done: report_progress(min(done, total), total),
        )  # fmt: skip
    except ImportRejected as exc:
        raise JobError(
            _("Không nạp dòng nào của “%(file)s”: tệp có lỗi.") % {"file": filename},
            retryable=False,
            summary={"errors": exc.preview.messages()[:ERRORS_KEPT]},
        ) from exc
    except ImportStale as exc:
        raise JobError(
            _(
                "Không nạp dòng nào của “%(file)s”: dữ liệu của phường đã thay đổi sau khi xem trước. "
                "Hãy tải tệp lên, xem trước và xác nhận lại."
            )
            % {"file": filename},
            retryable=False,
        ) from exc
    report_progress(total, total)
    try:
        default_storage.delete(path)
    except OSError:  # left for uploads.remove_stale_uploads; the rows are in
        pass
    counts = preview.counts
    return {
        "filename": filename,
        "counts": {key: counts[key] for key in ("new", "updated", "unchanged")},
        "kept": preview.kept,
        "rows": len(preview.rows),
    }
