"""A plan proposal read from a document and waiting for the office's review (``plan_document``).

Nothing of the proposal is ward data until the office confirms it: it lives here as JSON, with
its owner and ward, a version (every edit and the confirmation are checked against it, so two
tabs cannot overwrite each other or confirm twice), and, once confirmed, the plan it became.
Unconfirmed proposals are removed a day after their last change
(``plan_document.pending.purge_stale``, run whenever the upload page is opened).
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from core.concurrency import VersionedModel


class PlanImport(VersionedModel):
    ward = models.ForeignKey("plans.Ward", on_delete=models.CASCADE, related_name="+", verbose_name=_("phường"))
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+", verbose_name=_("người nạp")
    )
    token = models.CharField(_("mã"), max_length=32, unique=True)
    source_name = models.CharField(_("tên tệp"), max_length=255, blank=True)
    proposal = models.JSONField(_("đề xuất"))
    plan = models.ForeignKey(
        "plans.Plan", on_delete=models.SET_NULL, null=True, blank=True, related_name="+", verbose_name=_("kế hoạch")
    )
    created_at = models.DateTimeField(_("tạo lúc"), auto_now_add=True)
    updated_at = models.DateTimeField(_("sửa lúc"), auto_now=True)

    class Meta:
        verbose_name = _("đề xuất kế hoạch từ văn bản")
        verbose_name_plural = _("đề xuất kế hoạch từ văn bản")
        ordering = ["-updated_at"]
        indexes = [models.Index(fields=["ward", "updated_at"])]

    def __str__(self) -> str:
        return self.source_name or self.token
