"""Targets (chỉ tiêu) of plan items and the values measured against them."""

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from core.concurrency import VersionedModel
from core.review import ReviewedModel
from plans.periods import ReportingPeriodFields


class TargetQuerySet(models.QuerySet):
    def for_ward(self, ward):
        return self.filter(plan_item__plan__ward=ward)

    def measurable(self):
        return self.filter(value__isnull=False)


class Target(VersionedModel):
    """One measurable (or qualitative) target.

    ``statement`` is the sentence as printed. A sentence with several numbers gives
    several targets sharing the same ``statement`` on the same plan item; ``position``
    orders the sentences of the item and ``part`` the targets within one sentence.
    """

    class Direction(models.TextChoices):
        AT_LEAST = "at_least", _("Tối thiểu (≥)")
        MORE_THAN = "more_than", _("Trên (>)")
        AT_MOST = "at_most", _("Tối đa (≤)")
        LESS_THAN = "less_than", _("Dưới (<)")
        EXACTLY = "exactly", _("Đạt (=)")
        ABOUT = "about", _("Khoảng (≈)")
        QUALITATIVE = "qualitative", _("Định tính")

    plan_item = models.ForeignKey(
        "plans.PlanItem", on_delete=models.CASCADE, related_name="targets", verbose_name=_("thuộc mục")
    )
    statement = models.TextField(_("chỉ tiêu (như văn bản)"))
    position = models.PositiveIntegerField(_("thứ tự câu"), default=0)
    part = models.PositiveSmallIntegerField(_("thứ tự trong câu"), default=0)
    measure = models.CharField(_("nội dung đo"), max_length=300, blank=True)
    direction = models.CharField(_("chiều"), max_length=12, choices=Direction.choices, default=Direction.QUALITATIVE)
    value = models.DecimalField(_("giá trị"), max_digits=16, decimal_places=3, null=True, blank=True)
    value_max = models.DecimalField(
        _("giá trị cận trên"), max_digits=16, decimal_places=3, null=True, blank=True, help_text=_("Cho khoảng 3-5.")
    )
    unit = models.CharField(_("đơn vị tính"), max_length=80, blank=True)
    horizon_year = models.PositiveSmallIntegerField(_("năm đích"), null=True, blank=True)
    is_annual = models.BooleanField(_("hằng năm"), default=False)
    baseline_value = models.DecimalField(_("giá trị gốc"), max_digits=16, decimal_places=3, null=True, blank=True)
    baseline_year = models.PositiveSmallIntegerField(_("năm gốc"), null=True, blank=True)
    # The target's own deadline as printed ("Thời gian hoàn thành": "Quý III/2026"), and the day it
    # falls due, read by the one period reader (``targets.authoring.deadline_of_text``); None when
    # the text names no single deadline. The tracker aims at that day (``targets.tracking``).
    deadline_text = models.CharField(_("thời gian hoàn thành"), max_length=200, blank=True)
    deadline = models.DateField(_("hạn hoàn thành"), null=True, blank=True)
    responsible_unit = models.ForeignKey(
        "assignments.Unit",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="targets",
        verbose_name=_("đơn vị theo dõi"),
    )
    coordinating_units = models.ManyToManyField(
        "assignments.Unit", blank=True, related_name="coordinated_targets", verbose_name=_("đơn vị phối hợp")
    )
    # Folded text for search without diacritics (core.search); filled in save().
    search_text = models.TextField(editable=False, blank=True, default="")

    history = HistoricalRecords(m2m_fields=[coordinating_units])
    objects = TargetQuerySet.as_manager()

    class Meta:
        verbose_name = _("chỉ tiêu")
        verbose_name_plural = _("chỉ tiêu")
        # The plan first, as for tasks (a list across wards must not interleave them).
        ordering = ["plan_item__plan_id", "plan_item__tree_order", "position", "part"]
        constraints = [
            models.UniqueConstraint(fields=["plan_item", "position", "part"], name="target_unique_place"),
            models.CheckConstraint(
                condition=Q(value_max__isnull=True) | Q(value__lte=F("value_max")),
                name="target_range_ordered",
                violation_error_message=_("Giá trị cận dưới phải nhỏ hơn hoặc bằng cận trên."),
            ),
            models.CheckConstraint(
                condition=Q(direction="qualitative") | Q(value__isnull=False),
                name="target_quantitative_has_value",
                violation_error_message=_("Chỉ tiêu định lượng phải có giá trị."),
            ),
        ]

    def __str__(self) -> str:
        return self.measure or self.statement[:120]

    def save(self, *args, **kwargs):
        from core.search import search_text_of

        self.search_text = search_text_of(self)
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "search_text"}
        super().save(*args, **kwargs)

    @property
    def is_qualitative(self) -> bool:
        return self.direction == self.Direction.QUALITATIVE


class TargetMilestone(models.Model):
    """A yearly check-point of a target printed by the plan ("Năm 2026 | Năm 2027 | …"): the
    value the ward committed to by the end of ``year``. The goal itself stays the target's
    ``value`` at its ``horizon_year``; the tracking rule draws the path through these."""

    target = models.ForeignKey(Target, on_delete=models.CASCADE, related_name="milestones", verbose_name=_("chỉ tiêu"))
    year = models.PositiveSmallIntegerField(_("năm"))
    value = models.DecimalField(_("giá trị"), max_digits=16, decimal_places=3)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("mốc lộ trình")
        verbose_name_plural = _("mốc lộ trình")
        ordering = ["target", "year"]
        constraints = [
            models.UniqueConstraint(
                fields=["target", "year"],
                name="milestone_one_per_year",
                violation_error_message=_("Chỉ tiêu đã có mốc cho năm này."),
            )
        ]

    def __str__(self) -> str:
        return f"{self.target} — {self.year}: {self.value}"


class MeasurementQuerySet(models.QuerySet):
    def for_ward(self, ward):
        return self.filter(target__plan_item__plan__ward=ward)


class Measurement(VersionedModel, ReviewedModel, ReportingPeriodFields):
    """The actual value of a target for one reporting period, with where it came from."""

    target = models.ForeignKey(
        Target, on_delete=models.CASCADE, related_name="measurements", verbose_name=_("chỉ tiêu")
    )
    value = models.DecimalField(_("giá trị thực tế"), max_digits=16, decimal_places=3)
    source = models.CharField(_("nguồn số liệu"), max_length=300)
    note = models.TextField(_("ghi chú"), blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, verbose_name=_("người nhập")
    )
    recorded_at = models.DateTimeField(_("nhập lúc"), auto_now=True)

    history = HistoricalRecords()
    objects = MeasurementQuerySet.as_manager()

    REVIEW_UNIT_PATH = "target__responsible_unit"
    REVIEW_RELATED = ("target",)

    class Meta:
        verbose_name = _("số liệu thực hiện")
        verbose_name_plural = _("số liệu thực hiện")
        ordering = ["target", "period_year", "period_kind", "period_index"]
        constraints = [
            models.UniqueConstraint(
                fields=["target", "period_kind", "period_year", "period_index"],
                name="measurement_one_per_period",
                violation_error_message=_("Chỉ tiêu đã có số liệu cho kỳ này."),
            ),
            ReportingPeriodFields.period_index_constraint("measurement_period_index_valid"),
        ]

    def __str__(self) -> str:
        return f"{self.target} — {self.period}: {self.value}"

    @property
    def review_subject(self):
        return self.target

    def get_absolute_url(self) -> str:
        from django.urls import reverse

        url = reverse("target_detail", kwargs={"target_pk": self.target_id})
        return f"{url}?period={self.period.key}#measurement-form"
