"""Column headings of the appendix tables, as ward offices write them, per kind of table.

Headings are compared after ``heading_key``: no diacritics, lower case, punctuation and
anything in parentheses dropped ("Kết quả/ sản phẩm" → "ket qua san pham", "Tổng mức đầu
tư (triệu đồng)" → "tong muc dau tu"). A heading matches a field when its key is one of the
field's synonyms or starts with a synonym of two words or more ("Thời gian thực hiện dự
kiến" → period). A heading with a "%" sign names a task's percent done ("Tiến độ (%)"), never
its period. Unknown headings ("Ghi chú", a project's progress columns of an export) are
ignored; a task's progress columns are read back (``rows.TaskImporter.progress``).
"""

from __future__ import annotations

import re

from core.text import fold

TASKS, PROJECTS, TARGETS = "tasks", "projects", "targets"
KINDS = (TASKS, PROJECTS, TARGETS)

# The field that must be present for a header to be one of the kind, and that names a row.
MAIN_FIELD = {TASKS: "title", PROJECTS: "name", TARGETS: "statement"}

_NUMBER = ("stt", "tt", "so tt", "so thu tu", "thu tu", "s tt")
# The units that help: a task's, and a target's when its table gives one a row.
_COORDINATORS = (
    "don vi phoi hop",
    "phoi hop",
    "don vi phoi hop trien khai",
    "co quan phoi hop",
    "don vi phoi hop thuc hien",
    "co quan don vi phoi hop",
    "phoi hop thuc hien",
    "don vi tham gia",
)

VOCABULARY: dict[str, dict[str, tuple[str, ...]]] = {
    TASKS: {
        "number": _NUMBER,
        "title": (
            "nhiem vu",
            "nhiem vu trong tam",
            "noi dung",
            "noi dung nhiem vu",
            "ten nhiem vu",
            "nhiem vu giai phap",
            "noi dung cong viec",
            "ten nhiem vu de an",
            "nhiem vu cu the",
            "cac nhiem vu",
            "noi dung thuc hien",
            "noi dung hoat dong",
            "hoat dong",
            "ten de an nhiem vu",
            "nhiem vu giai phap chu yeu",
            "cong viec",
            "ten cong viec",
        ),
        "lead": (
            "don vi chu tri",
            "chu tri",
            "co quan chu tri",
            "don vi chu tri thuc hien",
            "co quan don vi chu tri",
            "co quan chu tri thuc hien",
            "don vi thuc hien",
            "co quan thuc hien",
            "don vi chiu trach nhiem",
            "chu tri thuc hien",
            "don vi chu tri tham muu",
        ),
        "coordinators": _COORDINATORS,
        # One column for both ("Chủ trì/Phối hợp"): the lead on the first line, the partners
        # below or labelled (``assignments.units.split_lead_and_partners``); ``match_header_row``
        # makes it the lead's and the partners' column at once.
        "lead_and_partners": (
            "chu tri phoi hop",
            "don vi chu tri phoi hop",
            "co quan chu tri phoi hop",
            "co quan don vi chu tri phoi hop",
            "chu tri va phoi hop",
            "don vi chu tri va phoi hop",
            "co quan chu tri va co quan phoi hop",
            "don vi chu tri don vi phoi hop",
        ),
        "period": (
            "thoi gian",
            "thoi gian thuc hien",
            "thoi han",
            "thoi gian hoan thanh",
            "thoi han hoan thanh",
            "tien do",
            "tien do thuc hien",
            "tien do hoan thanh",
            "moc thoi gian",
            "thoi gian trinh",
            "thoi gian thuc hien hoan thanh",
            "thoi gian trien khai",
            "han hoan thanh",
            "han",
            "han chot",
            "thoi han thuc hien",
        ),
        "result": (
            "ket qua san pham",
            "san pham",
            "ket qua",
            "ket qua du kien",
            "san pham du kien",
            "ket qua dau ra",
            "san pham dau ra",
            "ket qua dau ra san pham",
            "hinh thuc san pham",
            "san pham hoan thanh",
            "ket qua san pham dau ra",
            "yeu cau ket qua",
        ),
        # The money of a task ("Kinh phí dự kiến (triệu đồng)", "Nguồn kinh phí"): kept as its
        # resources (``rows.task_resources``), never its product or period.
        "cost": (
            "kinh phi",
            "kinh phi du kien",
            "kinh phi thuc hien",
            "du toan kinh phi",
            "tong kinh phi",
            "du kien kinh phi",
            "kinh phi du toan",
        ),
        "cost_source": ("nguon kinh phi", "nguon luc", "nguon kinh phi thuc hien", "nguon luc thuc hien"),
        # The progress columns of an export ("Tình trạng", "Tỷ lệ hoàn thành (%)", "Báo cáo mới
        # nhất", "Kỳ báo cáo"): read back so progress typed into an export becomes reports.
        "status": ("tinh trang", "tinh trang thuc hien", "trang thai", "trang thai thuc hien"),
        "percent": ("ty le hoan thanh",),
        "narrative": ("bao cao moi nhat", "ket qua thuc hien"),
        "report_period": ("ky bao cao",),
    },
    PROJECTS: {
        "number": _NUMBER,
        "name": (
            "ten du an",
            "du an",
            "ten cong trinh du an",
            "ten cong trinh",
            "danh muc du an",
            "ten du an cong trinh",
            "danh muc cong trinh",
            "danh muc cong trinh du an",
            "danh muc du an cong trinh",
            "cong trinh du an",
            "ten danh muc du an",
        ),
        "funding": ("nguon von", "nguon von dau tu", "co cau nguon von"),
        "units": (
            "don vi chu tri thuc hien",
            "don vi chu tri",
            "don vi thuc hien",
            "chu dau tu",
            "don vi chu tri phoi hop",
            "co quan chu tri",
            "chu tri",
            "don vi quan ly",
            "don vi de xuat",
        ),
        "field": ("linh vuc",),
        "total_investment": (
            "tong muc dau tu",
            "tmdt",
            "tong von",
            "tong von dau tu",
            "du kien tong muc dau tu",
            "tong muc dau tu du kien",
            "khai toan tong muc dau tu",
        ),
        "location_scale": (
            "dia diem quy mo",
            "dia diem",
            "quy mo",
            "dia diem va quy mo",
            "dia diem xay dung",
            "quy mo dau tu",
            "nang luc thiet ke",
            "quy mo nang luc thiet ke",
            "dia diem xd",
        ),
        "period": ("thoi gian thuc hien", "thoi gian", "thoi gian khoi cong hoan thanh", "thoi gian kc ht", "tien do"),
        # Capital columns of project lists: "Trong đó: vốn ngân sách …", "Kế hoạch vốn năm 2026",
        # "Giải ngân" (the year of each is read by ``layouts._capital_columns``).
        "budget": ("von ngan sach", "ngan sach nha nuoc", "von nsnn", "trong do von ngan sach", "nsnn"),
        "capital_plan": (
            "ke hoach von",
            "ke hoach von nam",
            "kh von",
            "kh von nam",
            "von bo tri",
            "ke hoach dau tu cong",
        ),
        "disbursed": ("giai ngan", "da giai ngan", "gia tri giai ngan", "luy ke giai ngan", "uoc giai ngan"),
    },
    TARGETS: {
        "number": _NUMBER,
        "statement": ("chi tieu", "noi dung chi tieu", "ten chi tieu", "muc tieu cu the"),
        # "Mục tiêu 2030", "Kế hoạch năm 2030": the value, its year in the heading (``column_years``).
        "value": (
            "gia tri",
            "gia tri chi tieu",
            "muc phan dau",
            "chi tieu dat",
            "muc tieu",
            "muc tieu nam",
            "muc tieu den nam",
            "ke hoach",
            "ke hoach nam",
            "chi tieu nam",
            "chi tieu den nam",
        ),
        # "Thực hiện 2025", "Ước thực hiện năm 2025": the level the target starts from, and its year.
        "baseline": ("thuc hien", "thuc hien nam", "uoc thuc hien", "uoc thuc hien nam", "uoc dat", "hien trang"),
        "unit": ("don vi tinh", "dvt"),
        "year": ("nam", "nam dat", "nam dich", "moc thoi gian"),
        # "Cơ quan theo dõi": the Party's programmes name the body that follows the target up.
        "responsible": (
            "don vi theo doi",
            "don vi chu tri",
            "don vi phu trach",
            "co quan chu tri",
            "chu tri",
            "co quan theo doi",
            "co quan phu trach",
            "co quan don vi theo doi",
        ),
        # A ward's yearly target table gives each target its own partner and deadline ("Đơn vị
        # phối hợp", "Thời gian hoàn thành"): read as the target's, so the table stays a target
        # table and is not taken for tasks (whose columns those are too).
        "coordinators": _COORDINATORS,
        "deadline": ("thoi gian hoan thanh", "thoi han hoan thanh", "han hoan thanh", "thoi han"),
        # Columns the export adds after the value (read back so an export imports unchanged).
        "measure": ("noi dung do", "noi dung do luong", "chi so do"),
        "direction": ("chieu", "chieu chi tieu"),
        "value_max": ("gia tri can tren",),
        "annual": ("hang nam",),
    },
}

# Human names of the fields, for messages.
FIELD_LABELS = {
    "number": "STT",
    "title": "Nhiệm vụ",
    "lead": "Đơn vị chủ trì",
    "coordinators": "Đơn vị phối hợp",
    "period": "Thời gian",
    "result": "Kết quả/sản phẩm",
    "name": "Tên dự án",
    "funding": "Nguồn vốn",
    "units": "Đơn vị chủ trì, thực hiện",
    "field": "Lĩnh vực",
    "total_investment": "Tổng mức đầu tư",
    "location_scale": "Địa điểm, quy mô",
    "statement": "Chỉ tiêu",
    "value": "Giá trị",
    "unit": "Đơn vị tính",
    "year": "Năm",
    "responsible": "Đơn vị theo dõi",
    "deadline": "Thời gian hoàn thành",
    "measure": "Nội dung đo",
    "baseline": "Thực hiện (năm gốc)",
    "direction": "Chiều",
    "value_max": "Giá trị cận trên",
    "annual": "Hằng năm",
    "status": "Tình trạng",
    "percent": "Tỷ lệ hoàn thành (%)",
    "narrative": "Báo cáo mới nhất",
    "report_period": "Kỳ báo cáo",
    "budget": "Vốn ngân sách",
    "cost": "Kinh phí",
    "cost_source": "Nguồn kinh phí",
    "capital_plan": "Kế hoạch vốn",
    "disbursed": "Giải ngân",
}


def heading_key(text) -> str:
    text = re.sub(r"\(.*?\)", " ", fold(str(text or "")))
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


# "Năm 2025 (ước)", "2025 (ƯTH)", "Năm 2025 (thực hiện)": a year marked as estimated or done is
# the level a target starts from, not a yearly milestone (``heading_key`` drops the brackets).
_DONE_NOTE_RE = re.compile(r"\(\s*(?:uoc(?: tinh| dat| th| thuc hien)?|uth|thuc hien|th)\s*\)")


def _is_done_year(text, key: str) -> bool:
    return bool(_YEAR_HEADING_RE.fullmatch(key)) and bool(_DONE_NOTE_RE.search(fold(str(text or ""))))


def match_heading(text, kind: str) -> str | None:
    """The field of ``kind`` a heading names, or None."""
    key = heading_key(text)
    if not key:
        return None
    if "baseline" in VOCABULARY[kind] and _is_done_year(text, key):
        return "baseline"
    if "%" in str(text) and "percent" in VOCABULARY[kind]:
        # "Tiến độ (%)", "Tiến độ thực hiện %": a share done, never the period "Tiến độ" names alone.
        return "percent"
    best, best_len = None, 0
    for name, synonyms in VOCABULARY[kind].items():
        for synonym in synonyms:
            if key == synonym:
                return name
            if " " in synonym and key.startswith(synonym + " ") and len(synonym) > best_len:
                best, best_len = name, len(synonym)
    return best


def match_header_row(labels: list, kind: str) -> dict[str, int]:
    """``{field: column index}`` for the labels of a header row (the first column wins;
    ``repeated_headings`` tells when two columns carry the same heading)."""
    columns: dict[str, int] = {}
    for index, label in enumerate(labels):
        name = match_heading(label, kind)
        if name and name not in columns:
            columns[name] = index
    if (both := columns.pop("lead_and_partners", None)) is not None and "lead" not in columns:
        columns["lead"] = both
        columns.setdefault("coordinators", both)
    if kind == TARGETS and "value" not in columns and (years := year_columns(labels)):
        # "Năm 2026" … "Năm 2030", one column a year: the last year's figure is what the plan
        # aims at (its year, read from the heading, the horizon); the others are milestones.
        columns["value"] = years[max(years)]
    return columns


_YEAR_HEADING_RE = re.compile(r"(?:nam\s+)?(20\d\d)")


def year_columns(labels: list) -> dict[int, int]:
    """``{year: column index}`` of the headings that name a year and nothing else ("Năm 2027",
    "2028", "Năm 2030 (mục tiêu)")."""
    years: dict[int, int] = {}
    for index, label in enumerate(labels):
        if m := _YEAR_HEADING_RE.fullmatch(heading_key(label)):
            years.setdefault(int(m.group(1)), index)
    return years


def milestone_columns(labels: list, value_column: int, value_year: int) -> list[tuple[int, int]]:
    """(year, column index) of a target table's year columns before the one the value is read
    from ("Năm 2026" … "Năm 2029" before "Năm 2030"): the yearly milestones of each target."""
    return [
        (y, c)
        for y, c in sorted(year_columns(labels).items())
        if y < value_year and c != value_column and not _is_done_year(labels[c], heading_key(labels[c]))
    ]


def repeated_headings(labels: list, kind: str) -> list[tuple[str, list[int]]]:
    """(field, column indexes) for every field named by two columns with the same heading:
    which of them holds the figures cannot be guessed, so the import stops and names them."""
    by_key: dict[tuple[str, str], list[int]] = {}
    for index, label in enumerate(labels):
        name = match_heading(label, kind)
        if name:
            by_key.setdefault((name, heading_key(label)), []).append(index)
    return [(name, cols) for (name, _key), cols in by_key.items() if len(cols) > 1]
