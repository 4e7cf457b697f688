"""What the dashboards keep of their own: each ward's city row for the day (``dashboards.row_store``)."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class CityRow(models.Model):
    """A ward's headline figures on the city dashboard, as computed on ``day`` under the ward's
    data ``generation`` (``core.generation``): valid while both are current, so that a cleared
    or per-process cache does not make the city dashboard run the rules for every ward again.

    One row per ward, overwritten when it is computed again (a new day, a write to the ward).
    """

    ward = models.OneToOneField(
        "plans.Ward", on_delete=models.CASCADE, primary_key=True, related_name="+", verbose_name=_("phường, xã")
    )
    day = models.DateField(_("ngày tính"))
    generation = models.BigIntegerField(_("thế hệ dữ liệu"))
    # The row's figures in every language (counts, exact money as text, the per-year trend):
    # ``dashboards.selectors.WardRow.figures``.
    figures = models.JSONField(_("số liệu"))
    computed_at = models.DateTimeField(_("lúc tính"))

    class Meta:
        verbose_name = _("hàng của phường trên bảng thành phố")
        verbose_name_plural = _("hàng của phường trên bảng thành phố")

    def __str__(self) -> str:
        return f"{self.ward_id} {self.day:%d/%m/%Y}"
