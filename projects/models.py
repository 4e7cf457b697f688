"""Investment projects (dự án) with their funding, phase, capital plan and disbursement."""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from core.concurrency import VersionedModel
from core.review import ReviewedModel
from projects.finance import disbursed_within_plan, disbursement_rate


class FundingSource(models.Model):
    """A kind of funding, shared by every ward: "Ngân sách phường", "Vốn vay IBRD"…"""

    name = models.CharField(_("nguồn vốn"), max_length=200, unique=True)

    class Meta:
        verbose_name = _("nguồn vốn")
        verbose_name_plural = _("nguồn vốn")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class ProjectQuerySet(models.QuerySet):
    def for_ward(self, ward):
        return self.filter(ward=ward)


class Project(VersionedModel):
    class Level(models.TextChoices):
        CITY = "city", _("Dự án thành phố")
        WARD = "ward", _("Dự án phường")

    class Phase(models.TextChoices):
        PROPOSED = "proposed", _("Đề xuất")
        PREPARATION = "preparation", _("Chuẩn bị đầu tư")
        SITE_CLEARANCE = "clearance", _("Giải phóng mặt bằng")
        CONSTRUCTION = "construction", _("Thi công")
        DONE = "done", _("Hoàn thành")
        SUSPENDED = "suspended", _("Tạm dừng")

    class SiteClearance(models.TextChoices):
        NOT_NEEDED = "not_needed", _("Không phải giải phóng mặt bằng")
        NOT_STARTED = "not_started", _("Chưa giải phóng mặt bằng")
        IN_PROGRESS = "in_progress", _("Đang giải phóng mặt bằng")
        DONE = "done", _("Đã xong giải phóng mặt bằng")

    ward = models.ForeignKey("plans.Ward", on_delete=models.CASCADE, related_name="projects", verbose_name=_("phường"))
    plan_item = models.ForeignKey(
        "plans.PlanItem",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="projects",
        verbose_name=_("nhóm, lĩnh vực"),
    )
    level = models.CharField(_("cấp"), max_length=4, choices=Level.choices, default=Level.WARD)
    field = models.CharField(_("lĩnh vực"), max_length=200, blank=True)
    number = models.CharField(_("số thứ tự (như văn bản)"), max_length=20, blank=True)
    position = models.PositiveIntegerField(_("thứ tự"), default=0)
    name = models.TextField(_("tên dự án"))
    location_scale = models.TextField(_("địa điểm, quy mô"), blank=True)
    funding_text = models.CharField(_("nguồn vốn (như văn bản)"), max_length=500, blank=True)
    funding_sources = models.ManyToManyField(
        FundingSource, blank=True, related_name="projects", verbose_name=_("nguồn vốn")
    )
    units_text = models.CharField(_("đơn vị chủ trì, thực hiện (như văn bản)"), max_length=500, blank=True)
    lead_unit = models.ForeignKey(
        "assignments.Unit",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="led_projects",
        verbose_name=_("đơn vị chủ trì"),
    )
    implementing_units = models.ManyToManyField(
        "assignments.Unit", blank=True, related_name="implemented_projects", verbose_name=_("đơn vị thực hiện")
    )
    total_investment = models.DecimalField(
        _("tổng mức đầu tư (triệu đồng)"), max_digits=16, decimal_places=1, null=True, blank=True
    )
    phase = models.CharField(_("giai đoạn"), max_length=12, choices=Phase.choices, default=Phase.PROPOSED)
    site_clearance = models.CharField(
        _("giải phóng mặt bằng"), max_length=12, choices=SiteClearance.choices, blank=True, default=""
    )
    start_year = models.PositiveSmallIntegerField(_("năm khởi công"), null=True, blank=True)
    end_year = models.PositiveSmallIntegerField(_("năm hoàn thành"), null=True, blank=True)
    # Folded text for search without diacritics (core.search); filled in save().
    search_text = models.TextField(editable=False, blank=True, default="")

    history = HistoricalRecords(m2m_fields=[funding_sources, implementing_units])
    objects = ProjectQuerySet.as_manager()

    class Meta:
        verbose_name = _("dự án")
        verbose_name_plural = _("dự án")
        ordering = ["ward", "plan_item__tree_order", "position"]
        constraints = [
            models.CheckConstraint(
                condition=Q(total_investment__isnull=True) | Q(total_investment__gte=0),
                name="project_investment_not_negative",
                violation_error_message=_("Tổng mức đầu tư không được âm."),
            ),
            models.CheckConstraint(
                condition=Q(start_year__isnull=True)
                | Q(end_year__isnull=True)
                | Q(start_year__lte=models.F("end_year")),
                name="project_years_ordered",
                violation_error_message=_("Năm khởi công phải trước hoặc bằng năm hoàn thành."),
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        from core.search import search_text_of

        self.search_text = search_text_of(self)
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "search_text"}
        super().save(*args, **kwargs)


class CapitalYear(VersionedModel, ReviewedModel):
    """The capital planned for a project in one year, and how much of it was disbursed."""

    project = models.ForeignKey(
        Project, on_delete=models.CASCADE, related_name="capital_years", verbose_name=_("dự án")
    )
    year = models.PositiveSmallIntegerField(_("năm"))
    planned = models.DecimalField(_("kế hoạch vốn (triệu đồng)"), max_digits=16, decimal_places=1, default=Decimal(0))
    disbursed = models.DecimalField(_("đã giải ngân (triệu đồng)"), max_digits=16, decimal_places=1, default=Decimal(0))

    history = HistoricalRecords()

    REVIEW_UNIT_PATH = "project__lead_unit"
    REVIEW_RELATED = ("project",)

    class Meta:
        verbose_name = _("kế hoạch vốn năm")
        verbose_name_plural = _("kế hoạch vốn năm")
        ordering = ["project", "year"]
        constraints = [
            models.UniqueConstraint(
                fields=["project", "year"],
                name="capital_one_row_per_year",
                violation_error_message=_("Dự án đã có kế hoạch vốn cho năm này."),
            ),
            models.CheckConstraint(
                condition=Q(planned__gte=0, disbursed__gte=0),
                name="capital_not_negative",
                violation_error_message=_("Kế hoạch vốn và giải ngân không được âm."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.project} — {self.year}"

    @property
    def review_subject(self):
        return self.project

    @property
    def period(self):
        from plans.periods import PeriodKind, ReportingPeriod

        return ReportingPeriod(self.year, PeriodKind.YEAR)

    def get_absolute_url(self) -> str:
        from django.urls import reverse

        return reverse("project_detail", kwargs={"project_pk": self.project_id}) + f"?year={self.year}#capital-form"

    def clean(self):
        super().clean()
        if not disbursed_within_plan(self.planned, self.disbursed):
            raise ValidationError(
                {
                    "disbursed": _(
                        "Số giải ngân không được vượt kế hoạch vốn năm. "
                        "Nếu kế hoạch đã điều chỉnh, hãy sửa kế hoạch vốn trước."
                    )
                },
                code="over_plan",
            )

    @property
    def disbursement_rate(self) -> Decimal | None:
        """Percent of the year's plan disbursed (rule in ``projects.finance``)."""
        return disbursement_rate(self.planned, self.disbursed)
