"""Reading one Vietnamese target sentence (chỉ tiêu) into structured parts.

``parse_target_sentence("Tỷ lệ ... đạt trên 80%.", 2030)`` gives one ``TargetPart``
(more_than 80 %, horizon 2030). A sentence with several numbers gives several parts,
a sentence with no number one qualitative part.

Rules, in the order they apply:

* Numbers are written the Vietnamese way: ``1.000`` is a thousand, ``75,5`` is 75.5,
  ``01`` is 1 (read by ``core.numbers.parse_number``). ``**bold**`` markers are ignored.
* Not values: years (a four-digit number 1900–2100 that is not followed by ``%`` or a unit),
  dates (``12/02/2026``), year ranges (``2026-2030``), document numbers (``số 57-NQ/TW``,
  ``226/2025/QH15``, ``Nghị định 60/2024/NĐ-CP``, ``Đề án 06``), names with a number
  (``5G``, ``lớp 9``, ``mức độ 2``, ``giai đoạn 2``), map scales (``tỷ lệ 1/2000``) and
  age bands that say who is counted (``trẻ em từ 3 đến 5 tuổi``, ``từ 01-18 tuổi``).
* Direction from the words just before the number: ``trên``/``hơn`` → more_than;
  ``tối thiểu``/``ít nhất``/``không dưới``/``đạt và vượt`` (or ``trở lên`` after it) →
  at_least; ``tối đa``/``không quá`` (or ``trở xuống`` after it) → at_most; ``dưới`` →
  less_than; ``khoảng``/``xấp xỉ`` → about; ``top N`` → at_most N (a rank). A plain
  number or ``đạt N`` is **exactly**: the plan states the level to reach, and whether
  overshooting is fine is the measure's business, not the sentence's. The words, and the
  signs ``≥ > ≤ < ~ =``, are listed once in ``DIRECTION_WORDS``.
* ``6/14 trường`` is value 6 with unit ``trường (trên 14)``; ``3-5%`` and ``từ 3 đến 5%``
  are ranges (value 3, value_max 5); ``20 doanh nghiệp trên 1.000 dân`` and
  ``20 doanh nghiệp/1.000 dân`` are ratios (unit ``doanh nghiệp/1.000 dân``).
* ``Đến năm 2030``/``đến 2030`` (or the end of ``giai đoạn 2026-2030``, or the year a figure
  is for: ``năm 2020 đạt …``, not a baseline ``so với năm 2015``) set the horizon, else
  ``default_horizon``. Money written short (``596tỷđ``, ``60trđ``, ``Tr. đồng``) is read as
  ``tỷ đồng``/``triệu đồng``, with a per-head or per-area tail (``/người/năm``, ``/ha``).
  ``hằng năm``/``hàng năm``/``mỗi năm``/``/năm`` make it annual; parts inside a
  ``(trong đó: …)`` breakdown inherit the annual flag of the part they detail.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from decimal import Decimal

from core.numbers import parse_number

DIRECTIONS = ("at_least", "more_than", "at_most", "less_than", "exactly", "about", "qualitative")
MEASURE_MAX = 300


@dataclass(frozen=True)
class TargetPart:
    measure: str
    direction: str
    value: Decimal | None = None
    value_max: Decimal | None = None
    unit: str = ""
    horizon_year: int | None = None
    is_annual: bool = False

    def as_json(self) -> dict:
        """Plain JSON values (numbers as int or float) for a plan document."""
        data = asdict(self)
        for key in ("value", "value_max"):
            if data[key] is not None:
                number = data[key]
                data[key] = int(number) if number == number.to_integral_value() else float(number)
        return data


# A Vietnamese number: 1.000 / 1.000,5 / 75,5 / 01.
_NUM = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
_NUMBER_RE = re.compile(rf"(?<![\w/.,-])({_NUM})(?:\s*(?:-|–|đến)\s*({_NUM}))?(?:/(\d+)(?!\d*/))?(?![\w/]|-[A-ZĐ])")

# Spans that contain digits but are no values; they are blanked before numbers are read.
_NOT_VALUES = [
    r"\b\d{1,2}/\d{1,2}/\d{4}\b",  # dates
    r"\b(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}\b",  # year ranges
    r"\bsố\s+\d[\w/.\-]*",  # document numbers
    r"\b\d+(?:/\d+)*[-/][A-ZĐ][\w/\-]*",  # 57-NQ/TW, 226/2025/QH15
    r"\b(?:Nghị định|Quyết định|Thông tư|Luật|Đề án|Chỉ thị|Kế hoạch|Nghị quyết)\s+\d[\w/.\-]*",
    r"\b(?:lớp|mức độ|giai đoạn|Giai đoạn|nhiệm kỳ|khóa|cấp độ|tầng)\s+\d+\b",
    r"\btỷ lệ\s+\d+/\d+",  # map scale
    r"\btừ\s+\d+\s*(?:-|–|đến)\s*\d+\s+tuổi",  # age bands
    r"\b(?:trẻ em|trẻ|người|dân số)\s+(?:dưới|trên|từ)\s+\d+\s+tuổi",
    r"\b\d+[A-Za-z]\w*",  # 5G, 6G
]
_NOT_VALUE_RE = re.compile("|".join(f"(?:{p})" for p in _NOT_VALUES))
_YEAR_RE = re.compile(r"^(?:19|20)\d{2}$")

# Unit heads, longest first; anything else falls back to the first word after the number.
_UNITS = sorted(
    """tỷ đồng|triệu đồng|nghìn đồng|đồng|doanh nghiệp|dự án|phòng học thông minh|phòng học|tuổi|năm|cm|kg|ha|km|m2
    |người|lần|hộ gia đình|hộ|trường|học sinh|giáo viên|lao động|tổ dân phố|giường bệnh|bác sĩ|công trình|lượt
    |sản phẩm|mô hình|câu lạc bộ|nhà văn hóa|vụ|tháng|ngày|điểm""".replace("\n", "")
    .replace(" |", "|")
    .split("|"),
    key=len,
    reverse=True,
)
_UNIT_RE = re.compile(r"\s*(" + "|".join(re.escape(u.strip()) for u in _UNITS) + r")(?![\wÀ-ỹ])", re.IGNORECASE)
_RATIO_RE = re.compile(rf"(?:\s+hoạt động)?\s*(?:/|\s+trên\s+)({_NUM})\s+(người dân|dân|hộ|người)(?![\wÀ-ỹ])")
_PER_YEAR_RE = re.compile(r"\s*/\s*năm")

# The words and signs that say which way a target goes, written just before its number.
# Sentences here and the importer's "Chiều" and "Giá trị" cells read this one list.
# Where words of two directions end the text before a number ("đạt và vượt", "vượt"),
# the direction listed first wins; "đạt" says what a plain number already says (exactly).
DIRECTION_WORDS: tuple[tuple[str, str], ...] = (
    ("không dưới", "at_least"), ("không ít hơn", "at_least"), ("tối thiểu", "at_least"), ("ít nhất", "at_least"),
    ("đạt và vượt", "at_least"), (">=", "at_least"), ("≥", "at_least"),
    ("không quá", "at_most"), ("không vượt quá", "at_most"), ("tối đa", "at_most"), ("top", "at_most"),
    ("<=", "at_most"), ("≤", "at_most"),
    ("khoảng", "about"), ("xấp xỉ", "about"), ("gần", "about"), ("~", "about"),
    ("dưới", "less_than"), ("ít hơn", "less_than"), ("<", "less_than"),
    ("trên", "more_than"), ("hơn", "more_than"), ("vượt", "more_than"), (">", "more_than"),
    ("đạt", "exactly"), ("=", "exactly"),
)  # fmt: skip

# Markers read right before a number (the text is folded to lower case first), one pattern
# per direction in the order of DIRECTION_WORDS.
_BEFORE_RE = [
    (
        re.compile(
            rf"(?:^|[\s(])(?:{'|'.join(re.escape(w) for w, d in DIRECTION_WORDS if d == direction)})"
            r"(?:\s+mỗi năm|\s+mỗi)?\s*$"
        ),
        direction,
    )
    for direction in dict.fromkeys(d for _w, d in DIRECTION_WORDS)
]
_AFTER_MARKERS = [(re.compile(r"\s*trở lên"), "at_least"), (re.compile(r"\s*trở xuống"), "at_most")]

# Words that lead into a number and say nothing about what is measured.
_LEAD_WORDS = re.compile(
    r"^(?:\s|[,:;(\-–]|trong đó|phấn đấu|phần đầu|đến năm \d{4}|đến \d{4}|từ năm \d{4}|hằng năm|hàng năm|có|đạt)+",
    re.IGNORECASE,
)
_TRAIL_WORDS = re.compile(
    r"(?:\s|[,:;]|đạt và vượt|đạt|là|có|thêm|ở mức|mỗi năm|mỗi|không dưới|không quá|tối thiểu|ít nhất|tối đa"
    r"|khoảng|xấp xỉ|trên|dưới|top|thuộc|hằng năm|hàng năm|phấn đấu|phần đầu)+$",
    re.IGNORECASE,
)
_VERB_BEFORE = re.compile(
    r"(?:đạt|tăng|giảm|bình quân|là|thêm|ở mức|lên|xuống|khoảng|trên|dưới|tối thiểu|tối đa|ít nhất|không quá|top"
    r"|mỗi năm|mỗi|thuộc)\s*$",
    re.IGNORECASE,
)
_HORIZON_RE = re.compile(r"đến\s+(?:năm\s+)?((?:19|20)\d{2})\b", re.IGNORECASE)
# "… năm 2020 đạt 845 hộ": the year the figure is for, unless it is a baseline ("so với năm 2015").
_YEAR_OF_RE = re.compile(r"\bnăm\s+((?:19|20)\d{2})\b", re.IGNORECASE)
_BASELINE_BEFORE_RE = re.compile(r"(?:so với|từ|kể từ|với|cùng kỳ|trước)\s*(?:cùng kỳ\s*)?$", re.IGNORECASE)
# Money written short, often glued to the number: "596tỷđ", "8 tỷ.đ", "60trđ", "45 Tr. đồng".
_MONEY_SHORT = [
    (
        re.compile(r"(?<=\d)\s*(?:tỷ\s*\.?\s*đ(?:ồng)?)(?![\wÀ-ỹ])|(?<![\wÀ-ỹ])tỷ\s*\.?\s*đ(?![\wÀ-ỹ])", re.IGNORECASE),
        " tỷ đồng",
    ),
    (
        re.compile(
            r"(?<=\d)\s*(?:tr\s*\.?\s*đ(?:ồng)?|triệu\s*đ)(?![\wÀ-ỹ])|(?<![\wÀ-ỹ])tr\s*\.?\s*đ(?:ồng)?(?![\wÀ-ỹ])",
            re.IGNORECASE,
        ),
        " triệu đồng",
    ),
]
# A money unit per head, per hectare…: "triệu đồng/người/năm".
_PER_RE = re.compile(r"\s*/\s*(người|ha|hộ|lao động|khẩu)(?![\wÀ-ỹ])")
_PERIOD_RE = re.compile(r"giai đoạn\s+(?:19|20)\d{2}\s*[-–]\s*((?:19|20)\d{2})", re.IGNORECASE)
_ANNUAL_RE = re.compile(r"hằng năm|hàng năm|mỗi năm|/\s*năm", re.IGNORECASE)
_STRONG_BOUNDARY = re.compile(r"[;:]|\.\s|trong đó")
_CLAUSE_END = re.compile(r"[;]|\.(?:\s|$)")


def _blank(match: re.Match) -> str:
    return " " * len(match.group(0))


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip(" ,;:.-–")


@dataclass
class _Hit:
    start: int
    end: int  # end of number, unit and ratio
    value: Decimal
    value_max: Decimal | None
    unit: str
    direction: str
    per_year: bool
    in_breakdown: bool


def _read_unit(text: str, pos: int) -> tuple[str, int, bool]:
    """The unit after a number at ``pos``: (unit, end position, per year)."""
    rest = text[pos:]
    if rest.startswith("%"):
        unit, end = "%", pos + 1
    else:
        m = _UNIT_RE.match(rest)
        if m:
            unit, end = m.group(1), pos + m.end()
        else:
            word = re.match(r"\s*([^\s,;.()]+)", rest)
            unit, end = (word.group(1), pos + word.end()) if word else ("", pos)
    ratio = _RATIO_RE.match(text, end)
    if ratio and unit != "%":
        unit += f"/{ratio.group(1)} {ratio.group(2)}"
        end = ratio.end()
    per = _PER_RE.match(text, end)
    if per and unit.endswith("đồng"):
        unit += f"/{per.group(1)}"
        end = per.end()
    per_year = _PER_YEAR_RE.match(text, end)
    if per_year:
        unit += "/năm"
        end = per_year.end()
    return unit, end, bool(per_year)


def _find_hits(text: str) -> list[_Hit]:
    masked = _NOT_VALUE_RE.sub(_blank, text)
    lowered = masked.lower()
    hits: list[_Hit] = []
    for m in _NUMBER_RE.finditer(masked):
        if hits and m.start() < hits[-1].end:
            continue  # the denominator of a ratio already read
        low, high, denominator = m.group(1), m.group(2), m.group(3)
        if _YEAR_RE.match(low) and not high:
            following = masked[m.end() :]
            if not following.startswith("%") and not _UNIT_RE.match(following):
                continue
        unit, end, per_year = _read_unit(masked, m.end())
        if denominator:
            unit = f"{unit} (trên {int(denominator)})"
        before = lowered[max(0, m.start() - 40) : m.start()]
        direction = "exactly"
        for pattern, name in _BEFORE_RE:
            if pattern.search(before):
                direction = name
                break
        if direction == "at_most" and before.rstrip().endswith("top"):
            unit, end, per_year = "hạng", m.end(), False  # "top 10 thành phố": a rank
        for pattern, name in _AFTER_MARKERS:
            if after := pattern.match(lowered, end):
                direction, end = name, after.end()
        opened = lowered.rfind("(", 0, m.start())
        in_breakdown = opened > lowered.rfind(")", 0, m.start()) and "trong đó" in lowered[opened : m.start()]
        hits.append(
            _Hit(
                start=m.start(),
                end=end,
                value=parse_number(low),
                value_max=parse_number(high) if high else None,
                unit=unit,
                direction=direction,
                per_year=per_year,
                in_breakdown=in_breakdown,
            )
        )
    return hits


def _measure(text: str, hit: _Hit, segment_start: int, limit: int) -> str:
    """What the number measures: the words before it, or the noun phrase after it."""
    before = text[segment_start : hit.start]
    boundaries = list(_STRONG_BOUNDARY.finditer(before))
    if boundaries:
        before = before[boundaries[-1].end() :]
    before_clean = _clean(_TRAIL_WORDS.sub("", _LEAD_WORDS.sub("", before)))
    after_text = text[hit.end : limit]
    stop = re.search(r"^\s*,|[;()]|\.(?:\s|$)|,\s*trong đó", after_text)
    after_text = _clean(after_text[: stop.start()] if stop else after_text)
    noun = "" if hit.unit == "%" or hit.unit.endswith("/năm") else hit.unit.split(" (")[0]
    after_clean = _clean(f"{noun} {after_text}")
    numbered_noun = not _VERB_BEFORE.search(before.rstrip())
    if before_clean and len(before_clean.split()) >= 2 and (not numbered_noun or not after_text):
        measure = before_clean
    elif after_text and len(after_clean.split()) >= 2:
        measure = after_clean
    elif before_clean:
        measure = before_clean
    else:
        measure = f"Số {hit.unit}".strip()
    measure = measure[:1].upper() + measure[1:]
    return measure[:MEASURE_MAX]


def _annual(text: str, hit: _Hit) -> bool:
    """``hằng năm`` in the clause of the number, or ``/năm`` after it."""
    if hit.per_year:
        return True
    starts = [m.end() for m in _CLAUSE_END.finditer(text, 0, hit.start)]
    end = _CLAUSE_END.search(text, hit.end)
    return bool(_ANNUAL_RE.search(text[starts[-1] if starts else 0 : end.start() if end else len(text)]))


def _year_of_figure(text: str) -> int | None:
    for m in _YEAR_OF_RE.finditer(text):
        if not _BASELINE_BEFORE_RE.search(text[: m.start()]):
            return int(m.group(1))
    return None


def parse_target_sentence(text: str, default_horizon: int | None) -> list[TargetPart]:
    """The parts of one target sentence (see the module docstring for the rules)."""
    text = re.sub(r"\s+", " ", text.replace("**", "")).strip()
    for pattern, spelled in _MONEY_SHORT:
        text = re.sub(r"\s+", " ", pattern.sub(spelled, text)).strip()
    horizon = default_horizon
    if m := _HORIZON_RE.search(text):
        horizon = int(m.group(1))
    elif m := _PERIOD_RE.search(text):
        horizon = int(m.group(1))
    elif year := _year_of_figure(text):
        horizon = year
    hits = _find_hits(text)
    if not hits:
        return [
            TargetPart(
                measure=_clean(text)[:MEASURE_MAX],
                direction="qualitative",
                horizon_year=horizon,
                is_annual=bool(_ANNUAL_RE.search(text)),
            )
        ]
    parts: list[TargetPart] = []
    previous_end = 0
    head_annual = False
    for index, hit in enumerate(hits):
        limit = hits[index + 1].start if index + 1 < len(hits) else len(text)
        annual = _annual(text, hit)
        if hit.in_breakdown:
            annual = head_annual
        else:
            head_annual = annual
        parts.append(
            TargetPart(
                measure=_measure(text, hit, previous_end, limit),
                direction=hit.direction,
                value=hit.value,
                value_max=hit.value_max,
                unit=hit.unit,
                horizon_year=horizon,
                is_annual=annual,
            )
        )
        previous_end = hit.end
    return parts
