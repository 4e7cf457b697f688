"""Forms of the unit pages (``assignments.unit_views``)."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from assignments.models import Unit
from assignments.unit_admin import alias_lines
from core.concurrency import VersionField


class UnitForm(forms.ModelForm):
    """A unit's names, kind and flags, and its other spellings one per line."""

    version = VersionField()
    spellings = forms.CharField(
        label=_("Cách viết khác"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Mỗi dòng một cách viết mà văn bản, tệp Excel dùng cho đơn vị này."),
    )

    class Meta:
        model = Unit
        fields = ["name", "short_name", "kind", "is_external", "is_collective"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk and not self.is_bound:
            self.initial["version"] = self.instance.version
            self.initial["spellings"] = "\n".join(a.alias for a in self.instance.aliases.all())

    def clean_spellings(self) -> list[str]:
        return alias_lines(self.cleaned_data.get("spellings", ""))


class MergeForm(forms.Form):
    """Which unit of the ward disappears into the kept one, at the versions the preview showed."""

    removed = forms.ModelChoiceField(
        label=_("Đơn vị bị gộp (sẽ bị xóa)"),
        queryset=Unit.objects.none(),
        empty_label=_("— Chọn đơn vị —"),
        error_messages={"invalid_choice": _("Đơn vị này không có trong danh sách của phường.")},
    )
    kept_version = VersionField()
    removed_version = VersionField()

    def __init__(self, *args, kept: Unit, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["removed"].queryset = Unit.objects.for_ward(kept.ward_id).exclude(pk=kept.pk)
