"""Forms of the plan-from-document pages: the upload, the header, and one form per kind of entry.

Each edit form carries the proposal's version (``VersionField``); the views hand the cleaned
values to ``pending``, which checks it.
"""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from core.concurrency import VersionField
from plans.models import Plan, PlanItem
from targets.models import Target

MAX_UPLOAD_BYTES = 10 * 1024 * 1024
MAX_PARTS_SHOWN = 6


class UploadForm(forms.Form):
    file = forms.FileField(
        label=_("Tệp Word (.docx)"), required=False, help_text=_("Văn bản kế hoạch như nhận được, cả phụ lục.")
    )
    text = forms.CharField(
        label=_("Hoặc dán nội dung văn bản"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("Sao chép từ Word hoặc PDF rồi dán vào đây; bảng phụ lục dán từ Word giữ được các cột."),
    )

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload is None:
            return None
        if not upload.name.lower().endswith(".docx"):
            raise forms.ValidationError(
                _("Chỉ nhận tệp Word .docx. Tệp .doc hoặc PDF: hãy lưu thành .docx, hoặc sao chép nội dung rồi dán."),
                code="extension",
            )
        if upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(_("Tệp lớn hơn 10 MB."), code="too_big")
        return upload

    def clean(self):
        data = super().clean()
        if not data.get("file") and not (data.get("text") or "").strip() and not self.errors:
            raise forms.ValidationError(_("Chọn tệp .docx hoặc dán nội dung văn bản."), code="empty")
        return data


class HeaderForm(forms.Form):
    version = VersionField()
    number = forms.CharField(label=_("Số, ký hiệu"), max_length=50, required=False)
    title = forms.CharField(label=_("Tên kế hoạch"), widget=forms.Textarea(attrs={"rows": 3}))
    issuing_body = forms.ChoiceField(label=_("Cơ quan ban hành"), choices=Plan.IssuingBody.choices)
    issuing_body_name = forms.CharField(label=_("Tên cơ quan ban hành"), max_length=200, required=False)
    issued_place = forms.CharField(label=_("Nơi ban hành"), max_length=100, required=False)
    issued_on = forms.DateField(label=_("Ngày ban hành"), required=False)
    basis_text = forms.CharField(label=_("Căn cứ"), required=False, widget=forms.Textarea(attrs={"rows": 3}))
    period_start_year = forms.IntegerField(label=_("Từ năm"), min_value=1990, max_value=2100)
    period_end_year = forms.IntegerField(label=_("Đến năm"), min_value=1990, max_value=2100)

    def clean(self):
        data = super().clean()
        start, end = data.get("period_start_year"), data.get("period_end_year")
        if start and end and start > end:
            self.add_error("period_end_year", _("Năm kết thúc phải từ năm bắt đầu trở đi."))
        return data

    def values(self) -> dict:
        data = dict(self.cleaned_data)
        data.pop("version")
        data["issued_on"] = data["issued_on"].isoformat() if data["issued_on"] else None
        return data


class ItemForm(forms.Form):
    version = VersionField()
    include = forms.BooleanField(label=_("Đưa vào kế hoạch"), required=False)
    number = forms.CharField(label=_("Số (như văn bản)"), max_length=20, required=False)
    title = forms.CharField(label=_("Tên mục"), widget=forms.Textarea(attrs={"rows": 2}), max_length=500)
    kind = forms.ChoiceField(label=_("Loại mục"), choices=PlanItem.Kind.choices)
    parent = forms.ChoiceField(label=_("Thuộc mục"), required=False)
    assignment = forms.CharField(
        label=_("Phân công (đơn vị)"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    period_text = forms.CharField(label=_("Thời gian thực hiện"), required=False, max_length=300)

    def __init__(self, *args, parents: list[tuple[str, str]], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["parent"].choices = [("", _("— Mục cấp cao nhất —")), *parents]

    def values(self) -> dict:
        data = dict(self.cleaned_data)
        data.pop("version")
        data["parent"] = data["parent"] or None
        return data


class TargetForm(forms.Form):
    version = VersionField()
    include = forms.BooleanField(label=_("Đưa vào kế hoạch"), required=False)
    statement = forms.CharField(label=_("Câu chỉ tiêu (như văn bản)"), widget=forms.Textarea(attrs={"rows": 3}))

    def __init__(self, *args, parts: list[dict], **kwargs):
        super().__init__(*args, **kwargs)
        self.part_count = min(len(parts), MAX_PARTS_SHOWN)
        for i in range(self.part_count):
            self.fields[f"p{i}_keep"] = forms.BooleanField(label=_("Giữ chỉ tiêu %(n)s") % {"n": i + 1}, required=False)
            self.fields[f"p{i}_measure"] = forms.CharField(label=_("Nội dung đo"), max_length=300)
            self.fields[f"p{i}_direction"] = forms.ChoiceField(label=_("Chiều"), choices=Target.Direction.choices)
            self.fields[f"p{i}_value"] = forms.DecimalField(label=_("Giá trị"), required=False, localize=True)
            self.fields[f"p{i}_value_max"] = forms.DecimalField(label=_("Cận trên"), required=False, localize=True)
            self.fields[f"p{i}_unit"] = forms.CharField(label=_("Đơn vị tính"), max_length=50, required=False)
            self.fields[f"p{i}_horizon_year"] = forms.IntegerField(
                label=_("Năm đạt"), required=False, min_value=1990, max_value=2100
            )

    @staticmethod
    def initial_for(entry: dict, version: int) -> dict:
        initial = {"version": version, "include": entry.get("include", True), "statement": entry["statement"]}
        for i, part in enumerate(entry.get("parts", [])[:MAX_PARTS_SHOWN]):
            initial[f"p{i}_keep"] = part.get("keep", True)
            for name in ("measure", "direction", "value", "value_max", "unit", "horizon_year"):
                initial[f"p{i}_{name}"] = part.get(name)
        return initial

    def values(self, entry: dict) -> dict:
        data = self.cleaned_data
        parts = [dict(p) for p in entry.get("parts", [])]
        for i in range(self.part_count):
            part = parts[i]
            part["keep"] = data[f"p{i}_keep"]
            for name in ("measure", "direction", "unit", "horizon_year"):
                part[name] = data[f"p{i}_{name}"]
            for name in ("value", "value_max"):
                number = data[f"p{i}_{name}"]
                part[name] = None if number is None else (int(number) if number == int(number) else float(number))
        return {"include": data["include"], "statement": data["statement"], "parts": parts}


class TaskForm(forms.Form):
    version = VersionField()
    include = forms.BooleanField(label=_("Đưa vào kế hoạch"), required=False)
    number = forms.CharField(label=_("Số (như văn bản)"), max_length=20, required=False)
    title = forms.CharField(label=_("Nhiệm vụ"), widget=forms.Textarea(attrs={"rows": 2}))
    lead_text = forms.CharField(label=_("Đơn vị chủ trì"), max_length=500)
    coordination_text = forms.CharField(label=_("Đơn vị phối hợp"), max_length=500, required=False)
    period_text = forms.CharField(label=_("Thời gian"), max_length=300)
    result = forms.CharField(label=_("Kết quả/sản phẩm"), required=False, widget=forms.Textarea(attrs={"rows": 2}))
    # A task table's "Kinh phí" and "Nguồn kinh phí" (``workbook_import.rows.task_resources``).
    resources = forms.CharField(label=_("Nguồn lực"), required=False, widget=forms.Textarea(attrs={"rows": 2}))

    def values(self) -> dict:
        data = dict(self.cleaned_data)
        data.pop("version")
        return data


class ProjectForm(forms.Form):
    version = VersionField()
    include = forms.BooleanField(label=_("Đưa vào kế hoạch"), required=False)
    number = forms.CharField(label=_("Số (như văn bản)"), max_length=20, required=False)
    name = forms.CharField(label=_("Tên dự án"), widget=forms.Textarea(attrs={"rows": 2}))
    funding_text = forms.CharField(label=_("Nguồn vốn"), max_length=500, required=False)
    units_text = forms.CharField(label=_("Đơn vị chủ trì, thực hiện"), max_length=500, required=False)

    def values(self) -> dict:
        data = dict(self.cleaned_data)
        data.pop("version")
        return data


ENTRY_FORMS = {"items": ItemForm, "targets": TargetForm, "tasks": TaskForm, "projects": ProjectForm}
