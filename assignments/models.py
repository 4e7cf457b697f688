"""Units, the tasks they lead or coordinate, and the progress they report."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from assignments.unit_names import normalize_unit_name
from core.concurrency import VersionedModel
from core.review import ReviewedModel
from plans.periods import ReportingPeriodFields


class UnitQuerySet(models.QuerySet):
    def for_ward(self, ward):
        return self.filter(ward=ward)

    def internal(self):
        return self.filter(is_external=False)


class Unit(VersionedModel):
    """A body that leads or coordinates work: a ward office, or an outside body.

    One record per body and ward, whatever spelling the documents use; the spellings
    live in ``UnitAlias`` and are matched by ``assignments.units``.
    """

    class Kind(models.TextChoices):
        PARTY = "party", _("Cơ quan Đảng")
        COUNCIL = "council", _("Hội đồng nhân dân")
        COMMITTEE = "committee", _("Ủy ban nhân dân")
        OFFICE = "office", _("Phòng chuyên môn, văn phòng")
        SERVICE = "service", _("Đơn vị sự nghiệp")
        FRONT = "front", _("Mặt trận, đoàn thể")
        SECURITY = "security", _("Công an, quân sự")
        SCHOOL = "school", _("Trường học")
        HEALTH = "health", _("Y tế")
        RESIDENTIAL = "residential", _("Tổ dân phố")
        CITY = "city", _("Cơ quan thành phố")
        OTHER = "other", _("Khác")

    ward = models.ForeignKey("plans.Ward", on_delete=models.CASCADE, related_name="units", verbose_name=_("phường"))
    name = models.CharField(_("tên đầy đủ"), max_length=255)
    short_name = models.CharField(_("tên viết tắt"), max_length=80, blank=True)
    kind = models.CharField(_("loại"), max_length=12, choices=Kind.choices, default=Kind.OFFICE)
    is_external = models.BooleanField(
        _("ngoài phường"), default=False, help_text=_("Cơ quan thành phố, thuế…: phối hợp, không có tài khoản.")
    )
    is_collective = models.BooleanField(
        _("cụm chung"), default=False, help_text=_("Ví dụ: “các đơn vị liên quan”, “các phòng chuyên môn”.")
    )

    history = HistoricalRecords()
    objects = UnitQuerySet.as_manager()

    class Meta:
        verbose_name = _("đơn vị")
        verbose_name_plural = _("đơn vị")
        ordering = ["ward", "is_external", "name"]
        constraints = [models.UniqueConstraint(fields=["ward", "name"], name="unit_unique_name_in_ward")]

    def __str__(self) -> str:
        return self.name

    @property
    def display_name(self) -> str:
        return self.short_name or self.name


class UnitAlias(models.Model):
    """Another spelling of a unit's name, stored normalised for matching."""

    unit = models.ForeignKey(Unit, on_delete=models.CASCADE, related_name="aliases", verbose_name=_("đơn vị"))
    alias = models.CharField(_("cách viết"), max_length=255)
    normalized = models.CharField(max_length=255, editable=False, db_index=True)

    class Meta:
        verbose_name = _("cách viết khác của đơn vị")
        verbose_name_plural = _("cách viết khác của đơn vị")
        constraints = [models.UniqueConstraint(fields=["unit", "normalized"], name="unitalias_unique_per_unit")]

    def __str__(self) -> str:
        return self.alias

    def save(self, *args, **kwargs):
        self.normalized = normalize_unit_name(self.alias)
        super().save(*args, **kwargs)


class TaskQuerySet(models.QuerySet):
    def for_ward(self, ward):
        return self.filter(plan_item__plan__ward=ward)

    def with_units(self):
        return self.select_related("plan_item__plan__ward").prefetch_related("unit_roles__unit")


class Task(VersionedModel):
    """A row of an appendix table: what a lead unit must do, by when, for what product."""

    class PeriodKind(models.TextChoices):
        YEARLY = "yearly", _("Hàng năm")
        ONGOING = "ongoing", _("Thường xuyên")
        RANGE = "range", _("Giai đoạn")
        YEAR = "year", _("Trong năm")
        DATE = "date", _("Đến ngày")
        # A period the portal cannot read into a deadline ("Theo kế hoạch của thành phố"): the
        # printed text is kept, the task has no deadline until the office sets one.
        UNCLEAR = "unclear", _("Thời gian chưa rõ")

    # No index of its own: ``task_item_stored_status`` and ``task_unique_position_in_item`` both
    # start with it.
    plan_item = models.ForeignKey(
        "plans.PlanItem", on_delete=models.CASCADE, related_name="tasks", verbose_name=_("thuộc mục"), db_index=False
    )
    number = models.CharField(_("số thứ tự (như văn bản)"), max_length=20, blank=True)
    position = models.PositiveIntegerField(_("thứ tự"), default=0)
    title = models.TextField(_("nhiệm vụ"))
    lead_text = models.CharField(_("đơn vị chủ trì (như văn bản)"), max_length=500, blank=True)
    coordination_text = models.CharField(_("đơn vị phối hợp (như văn bản)"), max_length=500, blank=True)
    units = models.ManyToManyField(Unit, through="TaskUnit", related_name="tasks", verbose_name=_("đơn vị"))
    period_kind = models.CharField(_("loại thời hạn"), max_length=8, choices=PeriodKind.choices)
    period_text = models.CharField(_("thời gian (như văn bản)"), max_length=200, blank=True)
    start_year = models.PositiveSmallIntegerField(_("từ năm"), null=True, blank=True)
    end_year = models.PositiveSmallIntegerField(_("đến năm"), null=True, blank=True)
    due_date = models.DateField(_("hạn"), null=True, blank=True)
    expected_result = models.TextField(_("kết quả/sản phẩm"), blank=True)
    # Two of the "6 rõ" (assignments.six_clear) that appendix tables seldom print.
    approver = models.CharField(
        _("thẩm quyền phê duyệt"),
        max_length=255,
        blank=True,
        help_text=_("Ai phê duyệt, nghiệm thu kết quả, ví dụ: Thường trực Đảng ủy, Chủ tịch UBND phường."),
    )
    resources = models.TextField(
        _("nguồn lực"), blank=True, help_text=_("Kinh phí, nguồn vốn hoặc nguồn lực để thực hiện.")
    )
    # A name and title as the ward writes it ("Đ/c Nguyễn Văn A, Phó Chủ tịch UBND"): the person who
    # answers for the task is often a leader without an account, so text rather than a user.
    responsible_person = models.CharField(_("người phụ trách"), max_length=200, blank=True)
    # How much the task counts in its item's progress (assignments.status.rollup); equal by default.
    weight = models.PositiveSmallIntegerField(
        _("trọng số"),
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text=_("Mức độ quan trọng khi tính tiến độ chung (1–100, mặc định 1)."),
    )
    # Folded text for search without diacritics (core.search); filled in save().
    search_text = models.TextField(editable=False, blank=True, default="")
    # The status rule's result for one day, kept by assignments.stored_status so that lists
    # filter and count it in SQL; not to be read without checking status_as_of (see there).
    current_status = models.CharField(max_length=16, blank=True, default="", editable=False)
    status_deadline = models.DateField(null=True, blank=True, editable=False)
    status_as_of = models.DateField(null=True, blank=True, editable=False)

    history = HistoricalRecords(excluded_fields=["current_status", "status_deadline", "status_as_of"])
    objects = TaskQuerySet.as_manager()

    class Meta:
        verbose_name = _("nhiệm vụ")
        verbose_name_plural = _("nhiệm vụ")
        # The plan first: every plan numbers its tree from the start, so a list across wards
        # ordered by the place alone interleaves them.
        ordering = ["plan_item__plan_id", "plan_item__tree_order", "position"]
        # The day first: a list reads the rows current today (``status_as_of = today AND
        # current_status = …``) and looks for the others (``status_as_of`` before or after today,
        # or NULL), which this index finds at once when there are none, as after the night's job.
        indexes = [
            models.Index(fields=["status_as_of", "current_status"], name="task_stored_status_by_day"),
            # A city's list counts its tasks of a status by walking its wards' plan items: with
            # the status in the index, without reading the tasks' rows (once vacuumed).
            models.Index(fields=["plan_item", "status_as_of", "current_status"], name="task_item_stored_status"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(start_year__isnull=True) | Q(end_year__isnull=True) | Q(start_year__lte=F("end_year")),
                name="task_period_start_before_end",
                violation_error_message=_("Năm bắt đầu phải trước hoặc bằng năm kết thúc."),
            ),
            models.UniqueConstraint(fields=["plan_item", "position"], name="task_unique_position_in_item"),
            models.CheckConstraint(
                condition=Q(weight__gte=1, weight__lte=100),
                name="task_weight_1_100",
                violation_error_message=_("Trọng số phải từ 1 đến 100."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.number}. {self.title}" if self.number else self.title

    def save(self, *args, **kwargs):
        from core.search import search_text_of

        self.search_text = search_text_of(self)
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "search_text"}
        super().save(*args, **kwargs)

    def clean(self):
        if self.period_kind == self.PeriodKind.DATE and not self.due_date:
            raise ValidationError({"due_date": _("Nhiệm vụ có hạn theo ngày phải có ngày hạn.")})
        if self.period_kind in (self.PeriodKind.RANGE, self.PeriodKind.YEARLY) and not (
            self.start_year and self.end_year
        ):
            raise ValidationError({"start_year": _("Nhiệm vụ theo giai đoạn phải có năm bắt đầu và kết thúc.")})

    @property
    def lead_units(self) -> list[Unit]:
        return [r.unit for r in self.unit_roles.all() if r.role == TaskUnit.Role.LEAD]

    @property
    def coordinating_units(self) -> list[Unit]:
        return [r.unit for r in self.unit_roles.all() if r.role == TaskUnit.Role.COORDINATOR]


class TaskUnit(models.Model):
    """A unit's role on a task. One row per unit and task, so no unit is both lead and coordinator."""

    class Role(models.TextChoices):
        LEAD = "lead", _("Chủ trì")
        COORDINATOR = "coordinator", _("Phối hợp")

    task = models.ForeignKey(Task, on_delete=models.CASCADE, related_name="unit_roles", verbose_name=_("nhiệm vụ"))
    unit = models.ForeignKey(Unit, on_delete=models.PROTECT, related_name="task_roles", verbose_name=_("đơn vị"))
    role = models.CharField(_("vai trò"), max_length=12, choices=Role.choices)
    position = models.PositiveSmallIntegerField(_("thứ tự"), default=0)

    # A lead unit changed in the portal shows in the task's history (who, when).
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("đơn vị thực hiện nhiệm vụ")
        verbose_name_plural = _("đơn vị thực hiện nhiệm vụ")
        ordering = ["task", "role", "position"]
        constraints = [
            models.UniqueConstraint(
                fields=["task", "unit"],
                name="taskunit_one_role_per_unit",
                violation_error_message=_("Một đơn vị không thể vừa chủ trì vừa phối hợp cùng một nhiệm vụ."),
            )
        ]

    def __str__(self) -> str:
        return f"{self.unit} ({self.get_role_display()})"


class DeadlineRevision(models.Model):
    """A task's deadline moved: the period before and after, who moved it, when and why.

    The task's own period fields always hold the current (revised) deadline, which is what the
    status rule reads; these rows keep the past (``assignments.deadlines``). The first row's
    ``old_*`` fields are the deadline as first set (usually as printed).
    """

    class Source(models.TextChoices):
        FORM = "form", _("Sửa nhiệm vụ")
        BULK = "bulk", _("Sửa hàng loạt")
        IMPORT = "import", _("Nạp Excel")

    task = models.ForeignKey(
        Task, on_delete=models.CASCADE, related_name="deadline_revisions", verbose_name=_("nhiệm vụ")
    )
    old_period_kind = models.CharField(_("loại thời hạn cũ"), max_length=8, choices=Task.PeriodKind.choices)
    old_period_text = models.CharField(_("thời gian cũ (như văn bản)"), max_length=200, blank=True)
    old_start_year = models.PositiveSmallIntegerField(_("từ năm (cũ)"), null=True, blank=True)
    old_end_year = models.PositiveSmallIntegerField(_("đến năm (cũ)"), null=True, blank=True)
    old_due_date = models.DateField(_("hạn cũ"), null=True, blank=True)
    new_period_kind = models.CharField(_("loại thời hạn mới"), max_length=8, choices=Task.PeriodKind.choices)
    new_period_text = models.CharField(_("thời gian mới (như văn bản)"), max_length=200, blank=True)
    new_start_year = models.PositiveSmallIntegerField(_("từ năm (mới)"), null=True, blank=True)
    new_end_year = models.PositiveSmallIntegerField(_("đến năm (mới)"), null=True, blank=True)
    new_due_date = models.DateField(_("hạn mới"), null=True, blank=True)
    reason = models.TextField(_("lý do điều chỉnh"))
    source = models.CharField(_("điều chỉnh qua"), max_length=8, choices=Source.choices, default=Source.FORM)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("người điều chỉnh"),
    )
    changed_at = models.DateTimeField(_("điều chỉnh lúc"), auto_now_add=True)

    class Meta:
        verbose_name = _("điều chỉnh thời hạn")
        verbose_name_plural = _("điều chỉnh thời hạn")
        ordering = ["task", "changed_at", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(reason=""),
                name="deadlinerevision_has_reason",
                violation_error_message=_("Phải ghi lý do điều chỉnh thời hạn."),
            )
        ]

    def __str__(self) -> str:
        return f"{self.task_id}: {self.old_period_text} → {self.new_period_text}"


class ProgressReportQuerySet(models.QuerySet):
    def for_ward(self, ward):
        return self.filter(task__plan_item__plan__ward=ward)


class ProgressReport(VersionedModel, ReviewedModel, ReportingPeriodFields):
    """What a unit reports on a task for one reporting period."""

    class Status(models.TextChoices):
        NOT_STARTED = "not_started", _("Chưa triển khai")
        IN_PROGRESS = "in_progress", _("Đang thực hiện")
        DONE = "done", _("Hoàn thành")
        BLOCKED = "blocked", _("Gặp vướng mắc")

    task = models.ForeignKey(Task, on_delete=models.CASCADE, related_name="reports", verbose_name=_("nhiệm vụ"))
    unit = models.ForeignKey(Unit, on_delete=models.PROTECT, related_name="reports", verbose_name=_("đơn vị báo cáo"))
    status = models.CharField(_("tình trạng"), max_length=12, choices=Status.choices)
    percent = models.PositiveSmallIntegerField(_("tỷ lệ hoàn thành (%)"), default=0)
    narrative = models.TextField(_("kết quả thực hiện"), blank=True)
    completed_on = models.DateField(_("ngày hoàn thành"), null=True, blank=True)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, verbose_name=_("người báo cáo")
    )
    created_at = models.DateTimeField(_("tạo lúc"), auto_now_add=True)
    updated_at = models.DateTimeField(_("cập nhật lúc"), auto_now=True)

    history = HistoricalRecords()
    objects = ProgressReportQuerySet.as_manager()

    REVIEW_UNIT_PATH = "unit"
    REVIEW_RELATED = ("task",)

    class Meta:
        verbose_name = _("báo cáo tiến độ")
        verbose_name_plural = _("báo cáo tiến độ")
        ordering = ["-period_year", "-period_kind", "-period_index", "-updated_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["task", "unit", "period_kind", "period_year", "period_index"],
                name="report_one_per_task_unit_period",
                violation_error_message=_("Đơn vị đã có báo cáo cho nhiệm vụ này trong kỳ này."),
            ),
            models.CheckConstraint(
                condition=Q(percent__gte=0, percent__lte=100),
                name="report_percent_0_100",
                violation_error_message=_("Tỷ lệ hoàn thành phải từ 0 đến 100%%."),
            ),
            ReportingPeriodFields.period_index_constraint("report_period_index_valid"),
        ]
        indexes = [models.Index(fields=["task", "period_year", "period_kind", "period_index"])]

    def __str__(self) -> str:
        return f"{self.task} — {self.period} — {self.unit}"

    @property
    def review_subject(self):
        return self.task

    def get_absolute_url(self) -> str:
        from django.urls import reverse

        return reverse("task_detail", kwargs={"task_pk": self.task_id}) + "#report-form"


def evidence_path(instance, filename):
    """A path nobody can guess; files are served only through the access-checked view."""
    import uuid

    from django.utils.text import get_valid_filename

    return f"evidence/{instance.report.task_id}/{uuid.uuid4().hex}/{get_valid_filename(filename)[-50:]}"


class Evidence(models.Model):
    report = models.ForeignKey(
        ProgressReport, on_delete=models.CASCADE, related_name="evidence", verbose_name=_("báo cáo")
    )
    file = models.FileField(_("tệp"), upload_to=evidence_path)
    original_name = models.CharField(_("tên tệp"), max_length=255)
    content_type = models.CharField(max_length=120, blank=True)
    size = models.PositiveIntegerField(_("dung lượng"), default=0)
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("minh chứng")
        verbose_name_plural = _("minh chứng")
        ordering = ["uploaded_at"]

    def __str__(self) -> str:
        return self.original_name


class ReminderQuerySet(models.QuerySet):
    def for_ward(self, ward):
        return self.filter(ward=ward)

    def on(self, day):
        return self.filter(day=day)


class Reminder(models.Model):
    """One reminder email sent to one official of a unit (``assignments.tasks.send_ward_reminders``).

    At most one per official, unit and day: a re-run of the same day sends nothing twice.
    """

    ward = models.ForeignKey("plans.Ward", on_delete=models.CASCADE, related_name="reminders", verbose_name=_("phường"))
    unit = models.ForeignKey(Unit, on_delete=models.CASCADE, related_name="reminders", verbose_name=_("đơn vị"))
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="reminders",
        verbose_name=_("người nhận"),
    )
    day = models.DateField(_("ngày nhắc"))
    sent_at = models.DateTimeField(_("gửi lúc"), auto_now_add=True)
    task_count = models.PositiveIntegerField(_("số nhiệm vụ"), default=0)

    objects = ReminderQuerySet.as_manager()

    class Meta:
        verbose_name = _("nhắc việc")
        verbose_name_plural = _("nhắc việc")
        ordering = ["-sent_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["unit", "user", "day"],
                name="reminder_once_per_official_and_day",
                violation_error_message=_("Cán bộ này đã được nhắc việc trong ngày."),
            )
        ]
        indexes = [models.Index(fields=["ward", "unit", "-sent_at"])]

    def __str__(self) -> str:
        return f"{self.unit} — {self.user} — {self.day:%d/%m/%Y}"
