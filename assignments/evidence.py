"""Evidence files: which files a report may carry, checked by extension, content and size.

One home for the rule, used by the progress form and by ``services.log_progress`` alike.
Files also count against two quotas (``check_quota``): all the evidence of one report
(``EVIDENCE_REPORT_QUOTA_BYTES``) and of one ward (``EVIDENCE_WARD_QUOTA_BYTES``), so that
one report cannot carry 100 MB nor one ward fill the server's disk.
The content check reads the first bytes ("magic numbers"): a renamed executable is refused
even with a ``.pdf`` name.
"""

from __future__ import annotations

import mimetypes
import os

from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

ZIP = b"PK\x03\x04"
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # legacy Office (.doc, .xls, .ppt)

# extension: (content type, accepted signatures at offset 0)
ALLOWED: dict[str, tuple[str, tuple[bytes, ...]]] = {
    ".jpg": ("image/jpeg", (b"\xff\xd8\xff",)),
    ".jpeg": ("image/jpeg", (b"\xff\xd8\xff",)),
    ".png": ("image/png", (b"\x89PNG\r\n\x1a\n",)),
    ".gif": ("image/gif", (b"GIF87a", b"GIF89a")),
    ".webp": ("image/webp", (b"RIFF",)),
    ".heic": ("image/heic", ()),  # checked by its ftyp box below
    ".pdf": ("application/pdf", (b"%PDF-",)),
    ".doc": ("application/msword", (OLE,)),
    ".xls": ("application/vnd.ms-excel", (OLE,)),
    ".ppt": ("application/vnd.ms-powerpoint", (OLE,)),
    ".docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", (ZIP,)),
    ".xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", (ZIP,)),
    ".pptx": ("application/vnd.openxmlformats-officedocument.presentationml.presentation", (ZIP,)),
    ".odt": ("application/vnd.oasis.opendocument.text", (ZIP,)),
    ".ods": ("application/vnd.oasis.opendocument.spreadsheet", (ZIP,)),
}
ACCEPT_ATTR = ",".join(ALLOWED)  # for <input type=file accept=…>
MAX_FILES = 10
# Shown in the browser rather than downloaded.
INLINE_TYPES = {"image/jpeg", "image/png", "image/gif", "image/webp", "application/pdf"}


def _head(upload, size: int = 16) -> bytes:
    position = upload.tell() if hasattr(upload, "tell") else 0
    upload.seek(0)
    head = upload.read(size)
    upload.seek(position)
    return head


def _content_matches(extension: str, head: bytes) -> bool:
    if extension == ".heic":
        return head[4:8] == b"ftyp" and head[8:12] in (b"heic", b"heix", b"mif1", b"msf1", b"hevc")
    if extension == ".webp":
        return head.startswith(b"RIFF") and head[8:12] == b"WEBP"
    return any(head.startswith(signature) for signature in ALLOWED[extension][1])


def check_evidence_file(upload) -> str:
    """Raise ``ValidationError`` (Vietnamese) unless ``upload`` is an allowed file; return its content type."""
    name = os.path.basename(upload.name or "")
    extension = os.path.splitext(name)[1].lower()
    if extension not in ALLOWED:
        raise ValidationError(
            _("Tệp “%(name)s” không được nhận: chỉ nhận ảnh (JPG, PNG, GIF, WEBP, HEIC), PDF và tài liệu Office."),
            code="file_type",
            params={"name": name},
        )
    if upload.size > settings.EVIDENCE_MAX_BYTES:
        raise ValidationError(
            _("Tệp “%(name)s” quá lớn (%(size)s); tối đa %(max)s."),
            code="file_size",
            params={
                "name": name,
                "size": filesizeformat(upload.size),
                "max": filesizeformat(settings.EVIDENCE_MAX_BYTES),
            },
        )
    if upload.size == 0:
        raise ValidationError(_("Tệp “%(name)s” rỗng."), code="file_empty", params={"name": name})
    if not _content_matches(extension, _head(upload)):
        raise ValidationError(
            _("Nội dung tệp “%(name)s” không đúng với loại tệp %(ext)s."),
            code="file_content",
            params={"name": name, "ext": extension.lstrip(".").upper()},
        )
    return ALLOWED[extension][0]


def check_evidence_files(uploads) -> list[str]:
    """Every file checked; all the errors together."""
    uploads = list(uploads)
    if len(uploads) > MAX_FILES:
        raise ValidationError(_("Mỗi lần gửi tối đa %(max)s tệp."), code="too_many_files", params={"max": MAX_FILES})
    errors, types = [], []
    for upload in uploads:
        try:
            types.append(check_evidence_file(upload))
        except ValidationError as error:
            errors.extend(error.error_list)
    if errors:
        raise ValidationError(errors)
    return types


def check_quota(*, report_id: int | None, ward_id: int, uploads) -> None:
    """Raise ``ValidationError`` (Vietnamese) if ``uploads`` would take the report's or the
    ward's evidence past its quota.

    ``log_progress`` calls it with the report's row locked, so two uploads to one report
    cannot both slip under its quota; two reports of one ward uploading at the same instant
    can pass the ward's quota by one upload at most (locking the ward would queue every
    report of the ward behind each other on the busiest day).
    """
    from django.db.models import Sum

    from assignments.models import Evidence

    adding = sum(upload.size for upload in uploads)
    if not adding:
        return
    checks = [
        (
            Evidence.objects.filter(report_id=report_id) if report_id else Evidence.objects.none(),
            settings.EVIDENCE_REPORT_QUOTA_BYTES,
            _("Báo cáo này đã có %(used)s minh chứng; thêm %(adding)s sẽ vượt hạn mức %(max)s của một báo cáo."),
            "report_quota",
        ),
        (
            Evidence.objects.filter(report__task__plan_item__plan__ward_id=ward_id),
            settings.EVIDENCE_WARD_QUOTA_BYTES,
            _(
                "Minh chứng của phường đã dùng %(used)s; thêm %(adding)s sẽ vượt hạn mức %(max)s của phường. "
                "Hãy liên hệ quản trị viên."
            ),
            "ward_quota",
        ),
    ]
    for evidence, quota, message, code in checks:
        used = evidence.aggregate(total=Sum("size"))["total"] or 0
        if used + adding > quota:
            sizes = {"used": filesizeformat(used), "adding": filesizeformat(adding), "max": filesizeformat(quota)}
            raise ValidationError(message, code=code, params=sizes)


def evidence_response(evidence) -> FileResponse:
    """The file of ``evidence`` (an ``Evidence``), for a view that has checked who may read it.

    Images and PDFs open in the browser, other files download; 404 when the file is gone."""
    try:
        handle = evidence.file.open("rb")
    except FileNotFoundError as exc:
        raise Http404 from exc
    content_type = evidence.content_type or mimetypes.guess_type(evidence.original_name)[0]
    response = FileResponse(
        handle,
        as_attachment=content_type not in INLINE_TYPES,
        filename=evidence.original_name,
        content_type=content_type or "application/octet-stream",
    )
    response["X-Content-Type-Options"] = "nosniff"
    return response
