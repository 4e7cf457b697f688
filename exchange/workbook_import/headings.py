"""Column headings of the appendix tables, as ward offices write them, per kind of table.

Headings are compared after ``heading_key``: no diacritics, lower case, punctuation and
anything in parentheses dropped ("Kết quả/ sản phẩm" → "ket qua san pham", "Tổng mức đầu
tư (triệu đồng)" → "tong muc dau tu"). A heading matches a field when its key is one of the
field's synonyms or starts with a synonym of two words or more ("Thời gian thực hiện dự
kiến" → period). Unknown headings ("Ghi chú", progress columns of an export) are ignored.
"""

from __future__ import annotations

import re

from core.text import fold

TASKS, PROJECTS, TARGETS = "tasks", "projects", "targets"
KINDS = (TASKS, PROJECTS, TARGETS)

# The field that must be present for a header to be one of the kind, and that names a row.
MAIN_FIELD = {TASKS: "title", PROJECTS: "name", TARGETS: "statement"}

_NUMBER = ("stt", "tt", "so tt", "so thu tu", "thu tu")

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
        ),
        "lead": ("don vi chu tri", "chu tri", "co quan chu tri", "don vi chu tri thuc hien"),
        "coordinators": (
            "don vi phoi hop",
            "phoi hop",
            "don vi phoi hop trien khai",
            "co quan phoi hop",
            "don vi phoi hop thuc hien",
        ),
        "period": ("thoi gian", "thoi gian thuc hien", "thoi han", "thoi gian hoan thanh", "thoi han hoan thanh"),
        "result": (
            "ket qua san pham",
            "san pham",
            "ket qua",
            "ket qua du kien",
            "san pham du kien",
            "ket qua dau ra",
            "san pham dau ra",
        ),
    },
    PROJECTS: {
        "number": _NUMBER,
        "name": ("ten du an", "du an", "ten cong trinh du an", "ten cong trinh", "danh muc du an"),
        "funding": ("nguon von", "nguon von dau tu"),
        "units": (
            "don vi chu tri thuc hien",
            "don vi chu tri",
            "don vi thuc hien",
            "chu dau tu",
            "don vi chu tri phoi hop",
        ),
        "field": ("linh vuc",),
        "total_investment": ("tong muc dau tu", "tmdt"),
        "location_scale": ("dia diem quy mo", "dia diem", "quy mo", "dia diem va quy mo"),
    },
    TARGETS: {
        "number": _NUMBER,
        "statement": ("chi tieu", "noi dung chi tieu", "ten chi tieu", "muc tieu cu the"),
        "value": ("gia tri", "gia tri chi tieu", "muc phan dau", "chi tieu dat"),
        "unit": ("don vi tinh", "dvt"),
        "year": ("nam", "nam dat", "nam dich", "moc thoi gian"),
        "responsible": ("don vi theo doi", "don vi chu tri", "don vi phu trach"),
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
    "measure": "Nội dung đo",
    "direction": "Chiều",
    "value_max": "Giá trị cận trên",
    "annual": "Hằng năm",
}


def heading_key(text) -> str:
    text = re.sub(r"\(.*?\)", " ", fold(str(text or "")))
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


def match_heading(text, kind: str) -> str | None:
    """The field of ``kind`` a heading names, or None."""
    key = heading_key(text)
    if not key:
        return None
    best, best_len = None, 0
    for name, synonyms in VOCABULARY[kind].items():
        for synonym in synonyms:
            if key == synonym:
                return name
            if " " in synonym and key.startswith(synonym + " ") and len(synonym) > best_len:
                best, best_len = name, len(synonym)
    return best


def match_header_row(labels: list, kind: str) -> dict[str, int]:
    """``{field: column index}`` for the labels of a header row (the first column wins)."""
    columns: dict[str, int] = {}
    for index, label in enumerate(labels):
        name = match_heading(label, kind)
        if name and name not in columns:
            columns[name] = index
    return columns
