"""The plan page's publication form (the follow-up office opens the plan to citizens)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from core.concurrency import VersionField
from plans.models import Plan, PlanItem


class PublicationForm(forms.Form):
    label_suffix = ""  # check boxes read as statements, not as questions

    published = forms.BooleanField(
        label=_("Công khai kế hoạch này"),
        required=False,
        help_text=_("Người dân xem được cây kế hoạch, tình trạng nhiệm vụ, chỉ tiêu và dự án, không cần đăng nhập."),
    )
    narratives = forms.BooleanField(
        label=_("Kèm kết quả thực hiện do các đơn vị báo cáo"),
        required=False,
        help_text=_("Không bao giờ hiện tên người báo cáo."),
    )
    evidence = forms.BooleanField(label=_("Kèm tệp minh chứng"), required=False)
    version = VersionField()


# --- authoring (plans.authoring) ------------------------------------------------------------

DATE_INPUT = ["%d/%m/%Y", "%d-%m-%Y", "%Y-%m-%d"]


class VietnameseDateField(forms.DateField):
    """A date typed dd/mm/yyyy (a plain text box: phones' date pickers vary, offices type dates)."""

    def __init__(self, **kwargs):
        kwargs.setdefault("input_formats", DATE_INPUT)
        kwargs.setdefault(
            "widget",
            forms.TextInput(attrs={"placeholder": "dd/mm/yyyy", "inputmode": "numeric", "autocomplete": "off"}),
        )
        kwargs.setdefault("error_messages", {"invalid": _("Nhập ngày theo dạng dd/mm/yyyy, ví dụ 05/01/2026.")})
        super().__init__(**kwargs)

    def prepare_value(self, value):
        return value.strftime("%d/%m/%Y") if hasattr(value, "strftime") else value


def _text(label, *, required=False, rows=3, help_text=""):
    return forms.CharField(
        label=label, required=required, help_text=help_text, widget=forms.Textarea(attrs={"rows": rows})
    )


class PlanForm(forms.Form):
    """A plan's printed head: number and symbol, issuing body, place and date, period, basis, purpose."""

    number = forms.CharField(label=_("Số, ký hiệu"), max_length=60, required=False, help_text=_("Ví dụ: 29-KH/ĐU"))
    title = _text(_("Tên kế hoạch"), required=True, rows=2)
    issuing_body = forms.ChoiceField(label=_("Cơ quan ban hành"), choices=Plan.IssuingBody.choices)
    issuing_body_name = forms.CharField(
        label=_("Tên cơ quan ban hành (như văn bản)"),
        max_length=200,
        required=False,
        help_text=_("Ví dụ: Ban Thường vụ Đảng ủy phường Bạch Đằng"),
    )
    issued_place = forms.CharField(label=_("Địa danh"), max_length=120, required=False)
    issued_on = VietnameseDateField(label=_("Ngày ban hành"), required=False)
    period_start = VietnameseDateField(label=_("Thời gian thực hiện: từ ngày"))
    period_end = VietnameseDateField(label=_("đến ngày"))
    basis = _text(_("Căn cứ"), rows=4, help_text=_("Mỗi văn bản căn cứ một dòng."))
    purpose = _text(_("Mục đích"), rows=4)
    requirements = _text(_("Yêu cầu"), rows=4)
    closing = _text(_("Đoạn kết"), rows=3)
    # Printed on two lines ("T/M BAN THƯỜNG VỤ" / "BÍ THƯ"): a one-line input would join them.
    signer_title = forms.CharField(
        label=_("Thẩm quyền ký"),
        max_length=200,
        required=False,
        help_text=_("Ví dụ: T/M BAN THƯỜNG VỤ, BÍ THƯ"),
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    signer_name = forms.CharField(label=_("Người ký"), max_length=120, required=False)
    recipients = _text(_("Nơi nhận"), rows=3, help_text=_("Mỗi nơi nhận một dòng."))
    version = VersionField()

    def clean(self):
        data = super().clean()
        start, end = data.get("period_start"), data.get("period_end")
        if start and end and start > end:
            self.add_error("period_end", _("Ngày kết thúc phải sau hoặc trùng ngày bắt đầu."))
        return data


class PlanItemForm(forms.Form):
    """One item of the tree: its kind, number as printed, title and texts."""

    kind = forms.ChoiceField(label=_("Loại mục"), choices=PlanItem.Kind.choices)
    number = forms.CharField(
        label=_("Số thứ tự (như văn bản)"),
        max_length=20,
        required=False,
        help_text=_("Giữ đúng như văn bản, ví dụ: I, 2.1, XIX. Thứ tự hiển thị đổi bằng nút Lên, Xuống."),
    )
    title = _text(_("Tiêu đề"), required=True, rows=2)
    general_objective = _text(_("Mục tiêu tổng quát"))
    main_activities = _text(_("Các hoạt động chính"), rows=4, help_text=_("Mỗi hoạt động một dòng."))
    body = _text(_("Nội dung"))
    assignment = _text(_("Phân công thực hiện"))
    period_text = forms.CharField(label=_("Thời gian thực hiện"), max_length=300, required=False)
    resources = _text(_("Nguồn lực"))
    version = VersionField()


class ItemMoveForm(forms.Form):
    """Where an item goes: under which item (or at the root), and at which place among its siblings."""

    parent = forms.ModelChoiceField(
        label=_("Chuyển vào trong"),
        queryset=PlanItem.objects.none(),
        required=False,
        empty_label=_("— Cấp cao nhất của kế hoạch —"),
    )
    place = forms.IntegerField(
        label=_("Đứng thứ"),
        min_value=1,
        max_value=10_000,
        required=False,
        help_text=_("Để trống: đứng cuối cùng."),
    )
    version = VersionField()

    def __init__(self, *args, plan: Plan, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["parent"].queryset = PlanItem.objects.filter(plan=plan).order_by("tree_order")
        self.fields["parent"].label_from_instance = _indented


def _indented(item: PlanItem) -> str:
    title = item.title if len(item.title) <= 70 else item.title[:69] + "…"
    return f"{'— ' * item.depth}{item.number + '. ' if item.number else ''}{title}"


class VersionForm(forms.Form):
    """The version a one-button action (archive, remove, move up…) was shown at."""

    version = VersionField()


# --- reopening a closed reporting period (plans.locks) ---------------------------------------


class ReopenForm(forms.Form):
    """The office reopens a closed period for the ward, one unit or one task, with a reason."""

    prefix = "reopen"

    period = forms.CharField(
        label=_("Kỳ báo cáo"),
        max_length=10,
        help_text=_("Ví dụ: 2026-Q3 (quý 3/2026), 2026-H1 (6 tháng đầu năm), 2026-M7 (tháng 7), 2026 (năm)."),
    )
    unit = forms.ModelChoiceField(label=_("Đơn vị"), queryset=None, required=False, empty_label=_("Cả phường"))
    task = forms.ModelChoiceField(
        label=_("Hoặc một nhiệm vụ"), queryset=None, required=False, empty_label=_("— Không chọn —")
    )
    until = VietnameseDateField(label=_("Mở đến hết ngày"))
    reason = forms.CharField(label=_("Lý do mở lại"), widget=forms.Textarea(attrs={"rows": 2}), max_length=1000)

    def __init__(self, *args, units, tasks, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = units
        self.fields["task"].queryset = tasks

    def clean_period(self):
        from plans.periods import ReportingPeriod

        try:
            return ReportingPeriod.from_key(self.cleaned_data["period"])
        except ValueError as error:
            raise forms.ValidationError(_("Kỳ báo cáo không hợp lệ (ví dụ: 2026-Q3)."), code="bad_period") from error
