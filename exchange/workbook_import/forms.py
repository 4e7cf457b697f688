"""Forms of the import page: the upload, and the mapping of unit names that matched nothing."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from core.concurrency import VersionField
from plans.models import Plan

from ..unit_mapping import UnitChoicesForm

MAX_UPLOAD_BYTES = 10 * 1024 * 1024
EXTENSIONS = (".xlsx", ".xls", ".ods")
KIND_CHOICES = [
    ("", _("Tự nhận biết")),
    ("tasks", _("Nhiệm vụ (như Phụ lục 1)")),
    ("projects", _("Dự án (như Phụ lục 2)")),
    ("targets", _("Chỉ tiêu")),
]


class ImportUploadForm(forms.Form):
    file = forms.FileField(
        label=_("Tệp bảng tính (.xlsx, .xls, .ods)"),
        help_text=_("Bảng phụ lục như văn bản: nhiệm vụ, dự án hoặc chỉ tiêu; mỗi trang tính một bảng."),
    )
    plan = forms.ModelChoiceField(queryset=Plan.objects.none(), label=_("Kế hoạch"), to_field_name="code")
    kind = forms.ChoiceField(choices=KIND_CHOICES, required=False, label=_("Loại bảng"))

    def __init__(self, *args, plans, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["plan"].queryset = plans
        if plans.count() == 1:
            self.fields["plan"].initial = plans.first().code

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if not upload.name.lower().endswith(EXTENSIONS):
            raise forms.ValidationError(
                _(
                    "Chỉ nhận tệp bảng tính .xlsx, .xls hoặc .ods. Hãy mở tệp bằng Excel hoặc LibreOffice "
                    "rồi lưu thành .xlsx."
                ),
                code="extension",
            )
        if upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(_("Tệp lớn hơn 10 MB."), code="too_big")
        return upload


class UnitMappingForm(UnitChoicesForm):
    """The unmatched names' choices (``exchange.unit_mapping``), and the ward's data generation
    the preview was computed at (``importing.apply_import``)."""

    generation = VersionField(max_value=2**63 - 1)
