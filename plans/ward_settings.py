"""The follow-up office edits its ward's rules (``WardSettings``): the form and the one write path.

The rules themselves are applied by ``assignments.status`` (due soon, lag), ``targets.thresholds``
(red/amber/green of a target) and ``dashboards.units`` (stale units); their defaults are in
docs/RULES.md. A save is refused when someone else saved the settings since the form was
loaded (``core.concurrency``); every change is in the settings' history.
"""

from __future__ import annotations

from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from core.concurrency import EditConflict, VersionField, create_once, locked_for_edit
from plans.models import WardSettings

LIMITS = {
    "due_soon_days": (1, 365),
    "at_risk_lag": (0, 100),
    "target_green_percent": (1, 200),
    "target_amber_percent": (0, 200),
    "period_close_days": (0, 365),
    "stale_periods": (1, 12),
}


class WardSettingsForm(forms.ModelForm):
    version = VersionField()

    class Meta:
        model = WardSettings
        fields = list(LIMITS)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, (low, high) in LIMITS.items():
            field = self.fields[name]
            field.min_value, field.max_value = low, high
            field.widget.attrs.update(min=low, max=high, inputmode="numeric")
            field.validators += [MinValueValidator(low), MaxValueValidator(high)]
        if not self.is_bound:
            self.fields["version"].initial = self.instance.version

    def clean(self):
        data = super().clean()
        green, amber = data.get("target_green_percent"), data.get("target_amber_percent")
        if green is not None and amber is not None and amber > green:
            self.add_error("target_amber_percent", _("Ngưỡng cảnh báo phải thấp hơn hoặc bằng ngưỡng đạt."))
        return data


def settings_of(ward) -> WardSettings:
    """The ward's rules for reading: its row, or the defaults (unsaved, version 0) — a page that
    only reads never writes one."""
    return WardSettings.objects.filter(ward_id=ward.pk).first() or WardSettings(ward=ward)


def update_ward_settings(*, ward, values: dict, expected: int | None) -> WardSettings:
    """Save the ward's rules if nobody saved them since version ``expected`` (``EditConflict``);
    the first save of a ward that had the defaults creates its row."""
    with transaction.atomic():
        settings = locked_for_edit(WardSettings.objects.all(), expected=expected, ward_id=ward.pk)
        if settings is None:
            settings = WardSettings(ward=ward)
        for name in LIMITS:
            setattr(settings, name, values[name])
        settings.full_clean(validate_unique=False)  # the database's own constraint (amber ≤ green) as a message
        if settings.version:
            settings.save()
        else:  # two first saves at once: the second insert is a conflict, not a server error
            settings = create_once(WardSettings, ward=ward, **{name: values[name] for name in LIMITS})
    return settings


__all__ = ["EditConflict", "WardSettingsForm", "update_ward_settings"]
