"""Wards (the tenant), their plans and each plan's tree of items, as printed."""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from core.concurrency import VersionedModel
from plans.periods import ReportingPeriodFields


class City(models.Model):
    name = models.CharField(_("tên"), max_length=200, unique=True)
    slug = models.SlugField(_("mã"), max_length=80, unique=True)

    class Meta:
        verbose_name = _("thành phố")
        verbose_name_plural = _("thành phố")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def natural_key(self):
        return (self.slug,)


class WardQuerySet(models.QuerySet):
    def get_by_natural_key(self, slug):
        return self.get(slug=slug)


class Ward(models.Model):
    """A commune-level unit (phường, xã, đặc khu): the tenant of the portal."""

    class Kind(models.TextChoices):
        WARD = "phuong", _("Phường")
        COMMUNE = "xa", _("Xã")
        SPECIAL_ZONE = "dac_khu", _("Đặc khu")

    city = models.ForeignKey(City, on_delete=models.PROTECT, related_name="wards", verbose_name=_("thành phố"))
    kind = models.CharField(_("loại"), max_length=8, choices=Kind.choices, default=Kind.WARD)
    name = models.CharField(_("tên"), max_length=200)
    slug = models.SlugField(_("mã"), max_length=80, unique=True)

    objects = WardQuerySet.as_manager()

    class Meta:
        verbose_name = _("phường, xã")
        verbose_name_plural = _("phường, xã")
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["city", "name"], name="ward_unique_name_in_city")]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.name}"

    def natural_key(self):
        return (self.slug,)


class WardSettings(VersionedModel):
    """The follow-up rules a ward sets for itself; every rule module reads them from here.

    One row per ward, made with the defaults the first time it is read (``for_ward``). The
    defaults are documented in docs/RULES.md and on the settings page.
    """

    ward = models.OneToOneField(
        Ward, on_delete=models.CASCADE, primary_key=True, related_name="settings", verbose_name=_("phường")
    )
    due_soon_days = models.PositiveSmallIntegerField(
        _("số ngày “sắp đến hạn”"),
        default=30,
        help_text=_("Nhiệm vụ còn ít hơn số ngày này đến hạn mà chưa xong có thể bị đánh dấu cảnh báo."),
    )
    at_risk_lag = models.PositiveSmallIntegerField(
        _("độ chậm cho phép (điểm %)"),
        default=25,
        help_text=_("Tiến độ chậm hơn phần thời gian đã trôi qua quá số điểm này thì “có nguy cơ chậm”."),
    )
    target_green_percent = models.PositiveSmallIntegerField(_("chỉ tiêu đạt (xanh) từ % mục tiêu"), default=100)
    target_amber_percent = models.PositiveSmallIntegerField(_("chỉ tiêu cảnh báo (vàng) từ % mục tiêu"), default=80)
    period_close_days = models.PositiveSmallIntegerField(
        _("khóa kỳ báo cáo sau khi kỳ kết thúc (ngày)"),
        default=15,
        help_text=_("Sau số ngày này, báo cáo của kỳ chỉ còn xem được, trừ khi Văn phòng mở lại."),
    )
    stale_periods = models.PositiveSmallIntegerField(_("số kỳ không báo cáo thì cảnh báo"), default=2)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("quy tắc theo dõi của phường")
        verbose_name_plural = _("quy tắc theo dõi của phường")
        constraints = [
            models.CheckConstraint(
                condition=Q(target_amber_percent__lte=F("target_green_percent")),
                name="ward_settings_amber_below_green",
                violation_error_message=_("Ngưỡng cảnh báo phải thấp hơn hoặc bằng ngưỡng đạt."),
            ),
        ]

    def __str__(self) -> str:
        return str(self.ward)

    @classmethod
    def for_ward(cls, ward) -> WardSettings:
        """The ward's settings, made with the defaults when it has none yet (safe under races)."""
        ward_id = getattr(ward, "pk", ward)
        settings, _created = cls.objects.get_or_create(ward_id=ward_id)
        return settings


def in_force(path: str = "plan_item", *, nullable: bool = False) -> Q:
    """Rows (tasks, targets, projects) whose plan is in force and whose item is not archived.

    Archived plans and items stay readable on their own pages but leave the lists, dashboards,
    reminders and reports: a plan the ward has set aside must not pull its figures down.
    ``path`` leads from the row to its plan item; ``nullable`` keeps rows with no item (projects).
    """
    kept = Q(**{f"{path}__plan__archived": False, f"{path}__archived": False})
    return kept | Q(**{f"{path}__isnull": True}) if nullable else kept


class PeriodReopeningQuerySet(models.QuerySet):
    def for_ward(self, ward):
        return self.filter(ward=ward)

    def active_on(self, day):
        return self.filter(until__gte=day)


class PeriodReopening(ReportingPeriodFields):
    """The follow-up office reopened a closed reporting period (``plans.locks``), with a reason.

    For the whole ward, one unit or one task, until a day; the row stays as the record of who
    reopened what and why (shown on the ward's settings page and in the records' history page).
    """

    ward = models.ForeignKey(Ward, on_delete=models.CASCADE, related_name="reopenings", verbose_name=_("phường"))
    # String references: plans stands below assignments (the lock rule reads ids only).
    unit = models.ForeignKey(
        "assignments.Unit",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("đơn vị"),
        help_text=_("Để trống: mở lại cho cả phường."),
    )
    task = models.ForeignKey(
        "assignments.Task",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("nhiệm vụ"),
    )
    reason = models.TextField(_("lý do mở lại"))
    until = models.DateField(_("mở đến hết ngày"))
    reopened_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("người mở"),
    )
    reopened_at = models.DateTimeField(_("mở lúc"), auto_now_add=True)

    objects = PeriodReopeningQuerySet.as_manager()

    class Meta:
        verbose_name = _("mở lại kỳ báo cáo")
        verbose_name_plural = _("mở lại kỳ báo cáo")
        ordering = ["-reopened_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(reason=""),
                name="periodreopening_has_reason",
                violation_error_message=_("Phải ghi lý do mở lại kỳ báo cáo."),
            ),
            ReportingPeriodFields.period_index_constraint("periodreopening_period_index_valid"),
        ]
        indexes = [models.Index(fields=["ward", "period_year", "period_kind", "period_index"])]

    def __str__(self) -> str:
        return f"{self.ward} — {self.period}"


class PlanQuerySet(models.QuerySet):
    def for_ward(self, ward):
        return self.filter(ward=ward)

    def published(self):
        """Plans the ward's follow-up office opened to citizens (the public pages show only these)."""
        return self.filter(published=True)

    def active(self):
        """Plans in force: archived plans leave the lists and dashboards (they stay readable)."""
        return self.filter(archived=False)


class Plan(VersionedModel):
    class IssuingBody(models.TextChoices):
        PARTY_COMMITTEE = "party", _("Đảng ủy phường")
        PEOPLES_COMMITTEE = "ubnd", _("Ủy ban nhân dân phường")
        PEOPLES_COUNCIL = "hdnd", _("Hội đồng nhân dân phường")

    ward = models.ForeignKey(Ward, on_delete=models.CASCADE, related_name="plans", verbose_name=_("phường"))
    code = models.SlugField(_("mã nội bộ"), max_length=80, help_text=_("Mã ổn định dùng khi nạp lại dữ liệu."))
    number = models.CharField(_("số, ký hiệu"), max_length=60, blank=True, help_text=_("Ví dụ: 29-KH/ĐU"))
    title = models.TextField(_("tên kế hoạch"))
    issuing_body = models.CharField(_("cơ quan ban hành"), max_length=8, choices=IssuingBody.choices)
    issuing_body_name = models.CharField(_("tên cơ quan ban hành"), max_length=200, blank=True)
    issued_place = models.CharField(_("địa danh"), max_length=120, blank=True)
    issued_on = models.DateField(_("ngày ban hành"), null=True, blank=True)
    basis = models.TextField(_("căn cứ"), blank=True)
    period_start = models.DateField(_("bắt đầu"))
    period_end = models.DateField(_("kết thúc"))
    purpose = models.TextField(_("mục đích"), blank=True)
    requirements = models.TextField(_("yêu cầu"), blank=True)
    closing = models.TextField(_("đoạn kết"), blank=True)
    recipients = models.TextField(_("nơi nhận"), blank=True)
    signer_title = models.CharField(_("thẩm quyền ký"), max_length=200, blank=True)
    signer_name = models.CharField(_("người ký"), max_length=120, blank=True)
    # Public pages (public/): off until the ward's follow-up office opens the plan, and what
    # they may show beyond the plan as printed (``plans.services.set_publication``).
    published = models.BooleanField(
        _("công khai"),
        default=False,
        help_text=_("Người dân xem được kế hoạch tại trang công khai, không cần đăng nhập."),
    )
    publish_narratives = models.BooleanField(
        _("công khai kết quả thực hiện"),
        default=False,
        help_text=_("Trang công khai hiện kết quả thực hiện mà các đơn vị báo cáo (không kèm tên người báo cáo)."),
    )
    publish_evidence = models.BooleanField(
        _("công khai minh chứng"), default=False, help_text=_("Trang công khai cho tải các tệp minh chứng.")
    )
    # Archived by the follow-up office (``plans.authoring.set_plan_archived``): out of the lists
    # and dashboards, still readable from the ward's plan list, and can be brought back.
    archived = models.BooleanField(_("đã lưu trữ"), default=False)

    history = HistoricalRecords()
    objects = PlanQuerySet.as_manager()

    class Meta:
        verbose_name = _("kế hoạch")
        verbose_name_plural = _("kế hoạch")
        ordering = ["ward__name", "period_start", "code"]
        constraints = [
            models.UniqueConstraint(fields=["ward", "code"], name="plan_unique_code_in_ward"),
            models.CheckConstraint(
                condition=Q(period_start__lte=F("period_end")),
                name="plan_period_start_before_end",
                violation_error_message=_("Ngày bắt đầu phải trước hoặc trùng ngày kết thúc."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.number} {self.title}".strip() if self.number else self.title


class PlanItemQuerySet(models.QuerySet):
    def for_ward(self, ward):
        return self.filter(plan__ward=ward)

    def roots(self):
        return self.filter(parent__isnull=True)


def tree_order_for(parent_order: str, position: int) -> str:
    """The sort key of an item at ``position`` under a parent whose key is ``parent_order``
    ("" for a root): the positions of the ancestors and the item, zero-padded, so that sorting
    on it gives reading order. The one rule: ``PlanItem.save`` (the seed, the admin, the forms)
    and ``plans.authoring.rebuild_tree_order`` (after a move) both use it, and so does the
    synthetic generator (``scale``)."""
    own = f"{position:04d}"
    return f"{parent_order}.{own}" if parent_order else own


class PlanItem(VersionedModel):
    """One node of a plan's tree: a part, a programme, a scheme, a key task, a group…

    ``number`` is kept exactly as printed (``XIX``, ``2.1``, a gap where the text skips
    one); ``position`` is the order among siblings, which is what sorting uses.
    """

    class Kind(models.TextChoices):
        PART = "part", _("Phần")
        SECTION = "section", _("Mục")
        PROGRAMME = "programme", _("Chương trình")
        SCHEME = "scheme", _("Đề án")
        KEY_TASK = "key_task", _("Nhiệm vụ trọng tâm")
        GROUP = "group", _("Nhóm nội dung")
        FIELD = "field", _("Lĩnh vực")
        SOLUTION = "solution", _("Giải pháp")
        DUTY = "duty", _("Nhiệm vụ của đơn vị")
        APPENDIX = "appendix", _("Phụ lục")

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="items", verbose_name=_("kế hoạch"))
    parent = models.ForeignKey(
        "self", on_delete=models.CASCADE, null=True, blank=True, related_name="children", verbose_name=_("thuộc")
    )
    kind = models.CharField(_("loại"), max_length=10, choices=Kind.choices)
    key = models.CharField(
        _("khóa"), max_length=120, help_text=_("Đường dẫn ổn định trong kế hoạch, ví dụ B.I.1 hoặc PL1.IX.")
    )
    number = models.CharField(_("số thứ tự (như văn bản)"), max_length=20, blank=True)
    position = models.PositiveIntegerField(_("thứ tự"), default=0)
    title = models.TextField(_("tiêu đề"))
    general_objective = models.TextField(_("mục tiêu tổng quát"), blank=True)
    main_activities = models.TextField(_("các hoạt động chính"), blank=True)
    body = models.TextField(_("nội dung"), blank=True)
    assignment = models.TextField(_("phân công thực hiện"), blank=True)
    period_text = models.CharField(_("thời gian thực hiện"), max_length=300, blank=True)
    resources = models.TextField(_("nguồn lực"), blank=True)
    depth = models.PositiveSmallIntegerField(_("cấp"), default=0)
    # An item with tasks, targets or projects under it is archived rather than deleted
    # (``plans.authoring.remove_item``); its subtree stays, out of the authoring lists.
    archived = models.BooleanField(_("đã lưu trữ"), default=False)
    # How much the item counts in its parent's progress (assignments.status.rollup); equal by default.
    weight = models.PositiveSmallIntegerField(
        _("trọng số"),
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text=_("Mức độ quan trọng khi tính tiến độ của mục cha (1–100, mặc định 1)."),
    )
    # Positions of the ancestors and the item, zero-padded: sorting on it gives reading order.
    tree_order = models.CharField(max_length=120, editable=False, db_index=True, default="")

    history = HistoricalRecords()
    objects = PlanItemQuerySet.as_manager()

    class Meta:
        verbose_name = _("mục của kế hoạch")
        verbose_name_plural = _("mục của kế hoạch")
        ordering = ["plan", "tree_order"]
        constraints = [
            models.UniqueConstraint(fields=["plan", "key"], name="planitem_unique_key_in_plan"),
            models.CheckConstraint(
                condition=Q(weight__gte=1, weight__lte=100),
                name="planitem_weight_1_100",
                violation_error_message=_("Trọng số phải từ 1 đến 100."),
            ),
        ]
        indexes = [models.Index(fields=["plan", "parent", "position"])]

    def __str__(self) -> str:
        return f"{self.number}. {self.title}" if self.number else self.title

    def save(self, *args, **kwargs):
        self.depth = self.parent.depth + 1 if self.parent_id else 0
        self.tree_order = tree_order_for(self.parent.tree_order if self.parent_id else "", self.position)
        super().save(*args, **kwargs)

    def activity_lines(self) -> list[str]:
        return [line for line in self.main_activities.splitlines() if line.strip()]
