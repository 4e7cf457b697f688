"""What synthetic wards are made of: the texts of the two real plans, place names, phrases.

The plan tree of every synthetic ward is the tree of Bạch Đằng's plan (parts, programmes,
schemes, key tasks, duties, the two appendices); its tasks, targets and projects are drawn
from the tasks, targets and projects of both real plans. Loaded once per process.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from django.conf import settings

TREE_SOURCE = "plan-bach-dang.json"
SOURCE_WARD_NAME = "Bạch Đằng"

# Ward names for synthetic wards (none is a seeded ward's).
PLACE_NAMES = tuple(
    (
        "An Biên|An Dương|An Hải|An Lão|An Phong|An Trường|Bắc An|Bắc Sơn|Cát Hải|Chấn Hưng|Chu Văn An|"
        "Dư Hàng|Đằng Hải|Đằng Lâm|Đông Hải|Đồ Sơn|Gia Viên|Hà Đông|Hải An|Hải Thành|Hòa Bình|Hồng An|"
        "Hồng Bàng|Hưng Đạo|Kiến An|Kiến Thụy|Lạc Viên|Lãm Hà|Lê Chân|Lê Ích Mộc|Lê Lợi|Lưu Kiếm|Minh Đức|"
        "Nam Đồ Sơn|Nam Hải|Ngọc Sơn|Ngô Quyền|Nhân Hòa|Phạm Ngũ Lão|Phù Liễn|Quán Toan|Quang Trung|Tân Hưng|"
        "Thành Tô|Thiên Hương|Thủy Nguyên|Tiên Lãng|Trần Phú|Tràng Cát|Vĩnh Am|Vĩnh Bảo|Vĩnh Niệm|Xuân Đám|"
        "Yên Hưng|Kênh Giang|Hòa Lạc|Mỹ Đức|Tú Sơn|Đông Thái|Đông Phong|Tiên Minh|Quyết Thắng|Tân Minh|"
        "Hùng Thắng|Kiến Hưng|Nguyên Giáp|Bạch Long Vĩ|Cát Bà|Trường Tân|Tứ Cường|Thanh Hà|Việt Khê|Đại Sơn|"
        "Hợp Thành|Trấn Dương|Vĩnh Thịnh|Vĩnh Hải|Vĩnh Hòa|Nam An|Tây An"
    ).split("|")
)

# The 34 provinces since 1 July 2025; synthetic wards fill them in this order.
CITY_NAMES = tuple(
    (
        "Hải Phòng|Hà Nội|Huế|Lai Châu|Điện Biên|Sơn La|Lạng Sơn|Quảng Ninh|Thanh Hóa|Nghệ An|Hà Tĩnh|"
        "Cao Bằng|Tuyên Quang|Lào Cai|Thái Nguyên|Phú Thọ|Bắc Ninh|Hưng Yên|Ninh Bình|Quảng Trị|Đà Nẵng|"
        "Quảng Ngãi|Gia Lai|Khánh Hòa|Lâm Đồng|Đắk Lắk|Hồ Chí Minh|Đồng Nai|Tây Ninh|Cần Thơ|Vĩnh Long|"
        "Đồng Tháp|Cà Mau|An Giang"
    ).split("|")
)
CITY_SLUGS = {"Hải Phòng": "hai-phong"}

NARRATIVES = (
    "Đã ban hành kế hoạch triển khai, phân công cán bộ phụ trách.",
    "Tổ chức hội nghị quán triệt, tuyên truyền đến các tổ dân phố.",
    "Hoàn thành khảo sát hiện trạng, đang lập hồ sơ đề xuất.",
    "Phối hợp các phòng chuyên môn rà soát, tổng hợp số liệu.",
    "Đang triển khai theo tiến độ; đã giải ngân một phần kinh phí.",
    "Kiểm tra, đôn đốc các đơn vị; một số nội dung còn chậm do vướng mặt bằng.",
    "Báo cáo kết quả với Thường trực Đảng ủy; đề xuất điều chỉnh nội dung.",
    "Đã nghiệm thu hạng mục chính, chuẩn bị tổng kết.",
)

# Lead units of generated tasks (short names of ``assignments.units.STANDARD_UNITS``), with weights.
LEAD_UNITS = {
    "UBND phường": 6,
    "Phòng KTHT&ĐT": 4,
    "Phòng VH-XH": 3,
    "Văn phòng HĐND-UBND": 2,
    "Trung tâm Dịch vụ SNC": 2,
    "Công an phường": 2,
    "BCHQS phường": 1,
    "Trạm Y tế": 1,
    "UBMTTQ phường": 1,
    "VP Đảng ủy": 1,
    "Ban XDĐ": 1,
}

PHASES = {"proposed": 3, "preparation": 3, "clearance": 2, "construction": 4, "done": 2, "suspended": 1}


@dataclass(frozen=True)
class Pools:
    tree: tuple[dict, ...]  # the item tree of the source plan, without tasks/targets/projects
    plan: dict
    tasks: tuple[dict, ...]
    target_statements: tuple[dict, ...]
    projects: tuple[dict, ...]


def _strip(items: list[dict]) -> tuple[dict, ...]:
    out = []
    for item in items:
        clean = {k: v for k, v in item.items() if k not in ("tasks", "targets", "projects", "children")}
        clean["children"] = _strip(item.get("children", []))
        out.append(clean)
    return tuple(out)


def _collect(items: list[dict], key: str, into: list) -> None:
    for item in items:
        into.extend(item.get(key, []))
        _collect(item.get("children", []), key, into)


@cache
def pools() -> Pools:
    # The plan documents themselves, not the seed loader: scale stands beside portal, not on it.
    documents = sorted((settings.BASE_DIR / "fixtures").glob("plan-*.json"))
    docs = {p.name: json.loads(p.read_text(encoding="utf-8")) for p in documents}
    source = docs[TREE_SOURCE]
    tasks: list[dict] = []
    targets: list[dict] = []
    projects: list[dict] = []
    for doc in docs.values():
        _collect(doc["items"], "tasks", tasks)
        _collect(doc["items"], "targets", targets)
        _collect(doc["items"], "projects", projects)
    return Pools(_strip(source["items"]), source["plan"], tuple(tasks), tuple(targets), tuple(projects))
