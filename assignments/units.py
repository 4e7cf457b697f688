"""Unit-name matching: one home for turning the unit cells of a document into unit records,
and a task's lead and coordination cells into its units and their roles (``task_unit_roles``).

Documents spell a unit many ways ("Phòng KTHT&ĐT", "Phòng Kinh tế, Hạ tầng và Đô thị")
and list several in one cell, often with a catch-all ("Các Sở, ngành; phòng VH-XH và
các đơn vị liên quan"). Names are compared after ``normalize_unit_name``: no diacritics,
lower case, abbreviations expanded, punctuation dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from assignments.unit_names import normalize_unit_name

# Separators between the names of one cell. Commas also sit inside names
# ("Các Sở, ngành"), so pieces are re-joined when the joined text is a known name.
_SEPARATOR_RE = re.compile(r"\s*(?:;|,|\bvà\b|\bva\b|\n)\s*", re.IGNORECASE)


def split_unit_cell(text: str, known: Iterable[str] = ()) -> list[str]:
    """Split a cell into unit phrases, keeping known names that contain separators whole."""
    pieces = [p.strip(" .:-–") for p in _SEPARATOR_RE.split(text or "")]
    pieces = [p for p in pieces if p]
    known_norm = {normalize_unit_name(k) for k in known}
    phrases: list[str] = []
    i = 0
    while i < len(pieces):
        # The longest run of pieces that forms a known name wins.
        for j in range(len(pieces), i + 1, -1):
            joined = ", ".join(pieces[i:j])
            if normalize_unit_name(joined) in known_norm:
                phrases.append(joined)
                i = j
                break
        else:
            phrases.append(pieces[i])
            i += 1
    return phrases


def task_unit_roles(leads: Iterable, coordinators: Iterable) -> list[tuple[object, str]]:
    """A task's units with their roles, in the order its ``TaskUnit`` rows are numbered:
    the lead units, then the coordinating units that do not lead it.

    The importer (units matched in the lead and coordination cells) and the seed (units
    named in a plan document) both go through here. A unit has one role per task: named
    in both cells it leads, named twice it counts once.
    """
    from assignments.models import TaskUnit  # the models import this module (aliases are normalised here)

    roles: list[tuple[object, str]] = []
    for units, role in ((leads, TaskUnit.Role.LEAD), (coordinators, TaskUnit.Role.COORDINATOR)):
        for unit in units:
            if unit not in [u for u, _role in roles]:
                roles.append((unit, role))
    return roles


@dataclass(frozen=True)
class UnitSpec:
    """A unit every ward has (or refers to), with the spellings documents use."""

    name: str
    short_name: str
    kind: str
    is_external: bool = False
    is_collective: bool = False
    aliases: tuple[str, ...] = field(default_factory=tuple)


# The usual bodies of a ward and the outside bodies plans name (DOMAIN.md, "Who is who").
STANDARD_UNITS: tuple[UnitSpec, ...] = (
    UnitSpec("Đảng ủy phường", "Đảng ủy", "party", aliases=("Đảng ủy", "Ban Thường vụ Đảng ủy")),
    UnitSpec("Văn phòng Đảng ủy", "VP Đảng ủy", "party"),
    UnitSpec("Ban Xây dựng Đảng", "Ban XDĐ", "party", aliases=("Ban xây dựng Đảng phường",)),
    UnitSpec("Hội đồng nhân dân phường", "HĐND phường", "council", aliases=("HĐND",)),
    UnitSpec("Ủy ban nhân dân phường", "UBND phường", "committee", aliases=("UBND", "Ủy ban nhân dân")),
    UnitSpec(
        "Văn phòng HĐND-UBND phường",
        "Văn phòng HĐND-UBND",
        "office",
        aliases=("Văn phòng HĐND và UBND", "Văn phòng UBND", "Văn phòng"),
    ),
    UnitSpec(
        "Phòng Kinh tế, Hạ tầng và Đô thị",
        "Phòng KTHT&ĐT",
        "office",
        aliases=("Phòng KT,HT&ĐT", "Phòng Kinh tế - Hạ tầng và Đô thị", "KT,HT&ĐT"),
    ),
    UnitSpec("Phòng Văn hóa - Xã hội", "Phòng VH-XH", "office", aliases=("Phòng Văn hóa và Xã hội",)),
    UnitSpec(
        "Trung tâm Dịch vụ Sự nghiệp công",
        "Trung tâm Dịch vụ SNC",
        "service",
        aliases=("Trung tâm DV SNC", "Trung tâm dịch vụ sự nghiệp công phường"),
    ),
    UnitSpec(
        "Ủy ban Mặt trận Tổ quốc Việt Nam phường",
        "UBMTTQ phường",
        "front",
        aliases=("UBMTTQ", "UBMTTQ VN phường", "Ủy ban MTTQ Việt Nam phường", "UBMT Tổ quốc Việt Nam phường"),
    ),
    UnitSpec("Các tổ chức chính trị - xã hội", "Các đoàn thể", "front", is_collective=True, aliases=("Các đoàn thể",)),
    UnitSpec("Công an phường", "Công an phường", "security"),
    UnitSpec("Ban Chỉ huy Quân sự phường", "BCHQS phường", "security"),
    UnitSpec("Trạm Y tế phường", "Trạm Y tế", "health"),
    UnitSpec("Các trường học", "Các trường", "school", is_collective=True, aliases=("các trường học",)),
    UnitSpec("Các tổ dân phố", "Các TDP", "residential", is_collective=True),
    UnitSpec(
        "Các phòng chuyên môn, đơn vị liên quan",
        "Các phòng, đơn vị liên quan",
        "other",
        is_collective=True,
        aliases=("Các phòng chuyên môn", "các phòng, đơn vị liên quan", "các phòng chuyên môn, đơn vị liên quan"),
    ),
    UnitSpec(
        "Các đơn vị liên quan",
        "Đơn vị liên quan",
        "other",
        is_collective=True,
        aliases=("đơn vị liên quan", "các đơn vị có liên quan", "đơn vị có liên quan", "các cơ quan, đơn vị liên quan"),
    ),
    UnitSpec("Ủy ban nhân dân thành phố", "UBND thành phố", "city", is_external=True, aliases=("UBND TP",)),
    UnitSpec(
        "Các Sở, ngành thành phố",
        "Các Sở, ngành",
        "city",
        is_external=True,
        is_collective=True,
        aliases=("Các Sở, ngành", "Các Sở ngành", "Các Sở ngành thành phố", "Sở ban ngành", "Các sở, ban, ngành"),
    ),
    UnitSpec("Thuế thành phố", "Thuế TP", "city", is_external=True),
    UnitSpec("Thuế cơ sở 4", "Thuế cơ sở 4", "city", is_external=True),
)


@dataclass
class CellResolution:
    units: list = field(default_factory=list)
    unmatched: list[str] = field(default_factory=list)


class UnitMatcher:
    """Matches phrases against one ward's units and their aliases (loaded once)."""

    def __init__(self, units: Iterable) -> None:
        self.by_norm: dict[str, object] = {}
        self.names: list[str] = []
        for unit in units:
            spellings = [unit.name, unit.short_name, *(a.alias for a in unit.aliases.all())]
            for spelling in filter(None, spellings):
                self.by_norm.setdefault(normalize_unit_name(spelling), unit)
                self.names.append(spelling)

    @classmethod
    def for_ward(cls, ward) -> UnitMatcher:
        from assignments.models import Unit

        return cls(Unit.objects.filter(ward=ward).prefetch_related("aliases"))

    def match(self, phrase: str):
        return self.by_norm.get(normalize_unit_name(phrase))

    def resolve(self, cell: str) -> CellResolution:
        result = CellResolution()
        for phrase in split_unit_cell(cell, self.names):
            unit = self.match(phrase)
            if unit is None:
                result.unmatched.append(phrase)
            elif unit not in result.units:
                result.units.append(unit)
        return result
