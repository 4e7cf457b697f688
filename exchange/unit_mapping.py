"""Unit names a file writes that match no unit of the ward: the office maps each to a unit of
the ward, or asks for a new unit with that name. The Excel import and the plan read from its
document ask the same question with the same form, and keep the answer the same way: a new
unit, or an alias of the chosen one, so that the name matches by itself next time."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from assignments.models import Unit, UnitAlias
from assignments.unit_names import normalize_unit_name
from assignments.units import UnitMatcher

CREATE = "new"  # the value of a mapping that asks for a new unit


class UnitChoicesForm(forms.Form):
    """One required choice per unmatched name: a unit of the ward, or a new unit."""

    def __init__(self, *args, names: list[str], units, places: dict[str, list[str]] | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.names = names
        choices = [("", _("— Chọn đơn vị —")), (CREATE, _("Tạo đơn vị mới với tên này"))]
        choices += [(str(u.pk), u.name) for u in units]
        for i, name in enumerate(names):
            where = ", ".join((places or {}).get(name, [])[:5])
            self.fields[f"unit_{i}"] = forms.ChoiceField(choices=choices, label=name, required=True, help_text=where)

    def mapping(self) -> dict[str, str | int]:
        out: dict[str, str | int] = {}
        for i, name in enumerate(self.names):
            value = self.cleaned_data[f"unit_{i}"]
            out[name] = value if value == CREATE else int(value)
        return out


def save_unit_mapping(ward, unit_mapping: dict | None) -> None:
    """Create the units asked for and store the other mapped names as aliases (inside the
    caller's transaction: an import refused afterwards leaves no unit behind)."""
    for name, target in (unit_mapping or {}).items():
        if target in (None, ""):
            continue
        if str(target) == CREATE:
            Unit.objects.get_or_create(ward=ward, name=name[:255], defaults={"kind": Unit.Kind.OTHER})
            continue
        unit = Unit.objects.get(ward=ward, pk=int(target))  # a unit of another ward raises DoesNotExist
        norm = normalize_unit_name(name)
        if norm not in {normalize_unit_name(unit.name), normalize_unit_name(unit.short_name)}:
            if not unit.aliases.filter(normalized=norm).exists():
                UnitAlias.objects.create(unit=unit, alias=name[:255])


def mapping_from_arguments(ward, pairs: list[str], creates: list[str]) -> dict[str, str | int]:
    """The mapping a command line asks for: ``--map "Tên trong tệp=Đơn vị"`` (a unit's name,
    spelling or number) and ``--create-unit "Tên"``. ``ValueError`` (Vietnamese) on a pair
    without "=" or a unit the ward does not have."""
    matcher = UnitMatcher.for_ward(ward)
    mapping: dict[str, str | int] = {name: CREATE for name in creates}
    for pair in pairs:
        name, sep, target = pair.partition("=")
        if not sep:
            raise ValueError(f"--map “{pair}”: cần dạng “Tên trong tệp=Đơn vị”.")
        unit = (
            Unit.objects.filter(ward=ward, pk=int(target)).first() if target.strip().isdigit() else None
        ) or matcher.match(target)
        if unit is None:
            raise ValueError(f"--map “{pair}”: phường không có đơn vị “{target}”.")
        mapping[name.strip()] = unit.pk
    return mapping
