"""Unit-name matching: one home for turning the unit cells of a document into unit records,
and a task's lead and coordination cells into its units and their roles (``task_unit_roles``).

Documents spell a unit many ways ("Phòng KTHT&ĐT", "Phòng Kinh tế, Hạ tầng và Đô thị")
and list several in one cell, often with a catch-all ("Các Sở, ngành; phòng VH-XH và
các đơn vị liên quan"). Names are compared after ``normalize_unit_name``: no diacritics,
lower case, abbreviations expanded, punctuation dropped.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

from assignments.unit_names import normalize_unit_name
from core.text import fold

# Separators between the names of one cell. Commas also sit inside names
# ("Các Sở, ngành"), so pieces are re-joined when the joined text is a known name.
_SEPARATOR_RE = re.compile(r"(\s*(?:;|,|\bvà\b|\bva\b|\n)\s*)", re.IGNORECASE)
# The words a unit's name starts with ("Phòng …", "Hội …", "các đơn vị …"), folded. A piece
# after a comma or "và" that starts with none of them and names no known unit is the rest of
# the name before it: "Các sở, ngành liên quan" is one unit, not "Các sở" and "ngành liên quan".
UNIT_HEAD_WORDS = (
    "ban", "bch", "bchqs", "bo chi huy", "bhxh", "bao hiem", "cac", "chi bo", "chi cuc", "chi nhanh",
    "chu tich", "cong an", "cong ty", "dang uy", "doan", "hdnd", "hoi", "hop tac xa", "htx", "kho bac",
    "lien doan", "mat tran", "mttq", "ngan hang", "nha van hoa", "pho chu tich", "phong", "quy", "so",
    "tdp", "thanh tra", "thue", "to", "tram", "trung tam", "truong", "ubmttq", "ubnd", "uy ban",
    "van phong", "vien", "xi nghiep", "dai", "ho", "nguoi", "dong chi", "thuong truc", "thu truong",
    # School levels name schools on their own ("trường THCS, Tiểu học, Mầm non": three schools).
    "tieu hoc", "mam non", "thcs", "thpt", "trung hoc", "nha tre", "mau giao",
)  # fmt: skip
_HEAD_RE = re.compile(r"^(?:" + "|".join(re.escape(w) for w in UNIT_HEAD_WORDS) + r")\b")


def starts_like_a_unit(piece: str) -> bool:
    return bool(_HEAD_RE.match(fold(piece).strip()))


def split_unit_cell(text: str, known: Iterable[str] = ()) -> list[str]:
    """Split a cell into unit phrases, on separators only where the pieces name units.

    A run of pieces that is a known name is kept whole (the longest wins: "Phòng Kinh tế, Hạ
    tầng và Đô thị"); a piece after a comma or "và" that is not known and does not start like
    a unit's name ("ngành liên quan") stays with the piece before it. What is left unknown is
    returned as printed, for the office to confirm (``UnitMatcher.resolve`` lists it unmatched).
    """
    # Separators inside brackets split nothing: "UBND phường (Phòng VH-XH, Trạm Y tế)" is one
    # phrase, whose brackets ``units_in_brackets`` reads.
    brackets: list[str] = []

    def hide(m: re.Match) -> str:
        brackets.append(m.group(0))
        return f"\x00{len(brackets) - 1}\x00"

    parts = _SEPARATOR_RE.split(_BRACKETS_RE.sub(hide, text or ""))
    parts = [_HIDDEN_RE.sub(lambda m: brackets[int(m.group(1))], part) for part in parts]
    pieces = [p.strip(" .:-–") for p in parts[0::2]]
    seps = [" ".join(s.split()) or "\n" for s in parts[1::2]]  # seps[i] sits after pieces[i]
    known = list(known)  # read twice: here and for the units in brackets
    known_norm = {normalize_unit_name(k) for k in known}

    def joined(i: int, j: int) -> str:
        out = pieces[i]
        for k in range(i + 1, j):
            if pieces[k]:
                sep = seps[k - 1]
                out = f"{out}, {pieces[k]}" if sep == "," else f"{out} {sep} {pieces[k]}" if sep != "\n" else out
        return out.strip()

    phrases: list[tuple[str, bool, str]] = []  # (phrase, known, separator before it)
    i = 0
    while i < len(pieces):
        if not pieces[i]:
            i += 1
            continue
        before = seps[i - 1] if i else ""
        # The longest run of pieces that forms a known name wins.
        for j in range(len(pieces), i, -1):
            name = joined(i, j)
            if normalize_unit_name(name) in known_norm:
                phrases.append((name, True, before))
                i = j
                break
        else:
            phrases.append((pieces[i], False, before))
            i += 1
    out: list[tuple[str, bool]] = []
    catch_all = False  # inside "Các phòng, ban, đơn vị liên quan" (a catch-all of one cell)
    for n, (phrase, is_known, before) in enumerate(phrases):
        glue = before.lower() in (",", "và", "va")
        if out and glue and not is_known and (catch_all or not starts_like_a_unit(phrase)):
            # The rest of the name before it, even when that name alone is a known unit: "Các tổ
            # dân phố, khu dân cư" is one phrase (the ward confirms it), not a unit and a stray.
            sep = ", " if before == "," else f" {before} "
            out[-1] = (f"{out[-1][0]}{sep}{phrase}", False)
        else:
            out.append((phrase, is_known))
            catch_all = not is_known and _opens_catch_all(phrases[n:])
        if catch_all and _CATCH_ALL_END_RE.search(fold(phrase)):
            catch_all = False
    return [unit for phrase, _known in out for unit in units_in_brackets(phrase, known)]


# "Chủ trì: Phòng VH-XH", "Phối hợp: Các tổ dân phố", "Đơn vị phối hợp - …": a role named before
# the units of one cell that holds both (folded).
_ROLE_LABEL_RE = re.compile(r"(?:^|[\n;.]\s*)(?:(?:don vi|co quan)\s+)?(chu tri|phoi hop)\s*[:\-–]\s*")


def split_lead_and_partners(text: str, known: Iterable[str] = ()) -> tuple[str, str]:
    """(lead text, coordination text) of a cell under one heading "Chủ trì/Phối hợp".

    Offices type the lead first and the partners after it, each on its own line (Alt+Enter),
    or label them ("Chủ trì: …" / "Phối hợp: …"). Labels decide when there are any (lines
    before the first label lead); else the first line leads and the lines below help; a cell of
    one line leads with its first unit and is helped by the others (``split_unit_cell``)."""
    # NFC first: the labels are found in the folded text, whose offsets must be the text's.
    text = unicodedata.normalize("NFC", str(text or "")).replace("\r\n", "\n").replace("\r", "\n").strip()
    folded = fold(text)
    if len(folded) == len(text) and (labels := list(_ROLE_LABEL_RE.finditer(folded))):
        parts = {"chu tri": [], "phoi hop": []}
        if head := text[: labels[0].start()].strip(" ;.\n"):
            parts["chu tri"].append(head)
        for n, label in enumerate(labels):
            end = labels[n + 1].start() if n + 1 < len(labels) else len(text)
            if piece := text[label.end() : end].strip(" ;.\n"):
                parts[label.group(1)].append(piece)
        return "; ".join(parts["chu tri"]), "; ".join(parts["phoi hop"])
    lines = [line.strip(" ;,.-–+") for line in text.split("\n")]
    lines = [line for line in lines if line]
    if len(lines) > 1:
        return lines[0], "; ".join(lines[1:])
    units = split_unit_cell(text, known)
    return (units[0] if units else ""), "; ".join(units[1:])


_BRACKETS_RE = re.compile(r"\([^()]*\)")
_HIDDEN_RE = re.compile(r"\x00(\d+)\x00")


# "UBND phường (Phòng Kinh tế)", "UBND phường (qua Văn phòng HĐND-UBND)", "Ủy ban nhân dân phường
# (Phòng VH-XH tham mưu)": the committee or council answers through the units in brackets, which do
# the work and report on it.
_THROUGH_RE = re.compile(
    r"^(?P<body>[^()]+?)\s*\(\s*(?:thông qua|qua|giao)?\s*(?P<unit>[^()]+?)(?:\s+(?:tham mưu|thực hiện))?\s*\)$",
    re.IGNORECASE,
)
_ANSWERING_BODY_RE = re.compile(r"^(?:ubnd|uy ban nhan dan|hdnd|hoi dong nhan dan|dang uy|ban thuong vu)\b")


def units_in_brackets(phrase: str, known: Iterable[str] = ()) -> list[str]:
    """The units a phrase "Body (Units)" names: the units in brackets when the body is the
    committee, council or Party committee acting through them; the name before the brackets
    when they spell the same unit again ("Ủy ban Mặt trận Tổ quốc Việt Nam phường (UBMTTQ)",
    "Phòng VH-XH (Phòng Văn hóa - Xã hội)"); else the phrase as printed ("Công an phường (chủ
    trì)", "Các tổ dân phố (Tổ 1, Tổ 2)": for the office to confirm)."""
    m = _THROUGH_RE.match(phrase)
    if m is None:
        return [phrase]
    body, inner = m.group("body").strip(), m.group("unit").strip()
    if normalize_unit_name(inner) == normalize_unit_name(body) or (" " not in inner and inner.isupper()):
        return [body]  # the same unit spelt twice: the name before the brackets
    if _ANSWERING_BODY_RE.match(fold(body)) and len(inner.split()) >= 2 and starts_like_a_unit(inner):
        return split_unit_cell(inner, known)
    return [phrase]


# "Các phòng, ban, đơn vị liên quan", "các sở, ban, ngành có liên quan": a catch-all whose commas
# separate no units of their own.
_CATCH_ALL_END_RE = re.compile(r"\b(?:co )?lien quan$")


def _opens_catch_all(phrases: list[tuple[str, bool, str]]) -> bool:
    """Whether the first phrase ("Các phòng") opens a catch-all that a later phrase of the run,
    joined by commas or "và" and with no known unit between, closes with "… liên quan"."""
    if not fold(phrases[0][0]).startswith("cac "):
        return False
    for phrase, is_known, before in phrases[1:]:
        if is_known or before.lower() not in (",", "và", "va"):
            return False
        if _CATCH_ALL_END_RE.search(fold(phrase)):
            return True
    return False


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
        aliases=(
            "Các Sở, ngành",
            "Các Sở ngành",
            "Các Sở ngành thành phố",
            "Sở ban ngành",
            "Các sở, ban, ngành",
            "Các sở, ngành liên quan",
            "Các sở, ban, ngành thành phố",
        ),
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

    def __init__(self, units: Iterable, *, place: str = "") -> None:
        self.by_norm: dict[str, object] = {}
        self.names: list[str] = []
        # The ward's own name ("Lê Chân"): "UBND phường Lê Chân", as the ward's own documents
        # write it, is its "Ủy ban nhân dân phường" ("phường" is a noise word of the names).
        self.place = normalize_unit_name(place) if place else ""
        for unit in units:
            spellings = [unit.name, unit.short_name, *(a.alias for a in unit.aliases.all())]
            for spelling in filter(None, spellings):
                self.by_norm.setdefault(normalize_unit_name(spelling), unit)
                self.names.append(spelling)

    @classmethod
    def for_ward(cls, ward) -> UnitMatcher:
        from assignments.models import Unit

        return cls(Unit.objects.filter(ward=ward).prefetch_related("aliases"), place=ward.name)

    def match(self, phrase: str):
        norm = normalize_unit_name(phrase)
        unit = self.by_norm.get(norm)
        if unit is None and self.place and norm.endswith(" " + self.place):
            unit = self.by_norm.get(norm[: -len(self.place) - 1])
        return unit

    def resolve(self, cell: str) -> CellResolution:
        result = CellResolution()
        for phrase in split_unit_cell(cell, self.names):
            unit = self.match(phrase)
            if unit is None:
                result.unmatched.append(phrase)
            elif unit not in result.units:
                result.units.append(unit)
        return result
