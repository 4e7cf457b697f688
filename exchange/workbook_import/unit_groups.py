"""Tasks grouped by unit: a group row that names one of the ward's units ("I. CÔNG AN PHƯỜNG",
"II. PHÒNG VĂN HÓA - XÃ HỘI") leads the tasks under it whose lead cell is empty.

An office that hands each unit its own list groups the tasks by unit rather than by topic and
leaves the lead cells empty: the group says who leads. Only a group whose whole title is one unit
of the ward does so; under a topic ("KINH TẾ - ĐÔ THỊ") an empty lead cell stays an error that
names the cell, never a lead guessed.
"""

from assignments.units import UnitMatcher


def lead_of_groups(path, matcher: UnitMatcher) -> str:
    """The name of the unit the innermost group of ``path`` names, as the ward spells it (the lead
    shown and saved reads "Công an phường", not the group's capitals), else ""."""
    for group in reversed(path):
        title = str(getattr(group, "title", "") or "").strip()
        resolution = matcher.resolve(title) if title else None
        if resolution and len(resolution.units) == 1 and not resolution.unmatched:
            return resolution.units[0].name
    return ""
