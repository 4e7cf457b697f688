"""Tasks a plan assigns in its text ("1.1. …" then "- Cơ quan chủ trì: …", or "Giao X chủ trì,
phối hợp với Y thực hiện; thời gian: …") are proposed as tasks under their item, shown and edited
on the review page like appendix rows, and saved on confirm as ordinary tasks (``prose_tasks``)."""

import datetime as dt

import pytest
from django.urls import reverse

from accounts.models import Profile
from assignments.models import Task
from exchange.models import PlanImport
from exchange.plan_document import read_plan_document
from exchange.plan_document.saving import save_proposal, unmatched_units
from portal.tests.factories import UnitFactory, WardFactory, make_user

pytestmark = pytest.mark.django_db

OPENING = """ỦY BAN NHÂN DÂN
PHƯỜNG HẢI AN
Số: 20/KH-UBND
KẾ HOẠCH
Cải cách hành chính năm 2026
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao chất lượng phục vụ người dân, doanh nghiệp.
II. NHIỆM VỤ TRỌNG TÂM
1. Cải cách thủ tục hành chính
"""
LABELLED = """1.1. Rà soát, chuẩn hóa thủ tục hành chính trên Cổng dịch vụ công
- Cơ quan chủ trì: Văn phòng HĐND và UBND phường
- Cơ quan phối hợp: Phòng Kinh tế, Hạ tầng và Đô thị; Công an phường
- Thời gian hoàn thành: Quý II/2026
- Sản phẩm: Danh mục thủ tục được công bố
"""
RUN_IN = """1.2. Tổ chức các hoạt động văn hóa, thể thao chào mừng các ngày lễ lớn
Giao Phòng Văn hóa - Xã hội chủ trì, phối hợp với Công an phường thực hiện; thời gian: Tháng 9/2026.
"""
CLOSING = """III. TỔ CHỨC THỰC HIỆN
1. Văn phòng HĐND và UBND phường theo dõi, đôn đốc việc thực hiện Kế hoạch.
"""
UNITS = [
    "Văn phòng HĐND và UBND phường",
    "Phòng Kinh tế, Hạ tầng và Đô thị",
    "Phòng Văn hóa - Xã hội",
    "Công an phường",
]


def _ward(units=UNITS):
    ward = WardFactory(slug="hai-an", name="Hải An")
    for name in units:
        UnitFactory(ward=ward, name=name, short_name=name)
    return ward


def _tasks(text):
    proposal = read_plan_document(text=text)
    items = {item["id"]: item for item in proposal["items"]}
    return proposal, [(t, items[t["item"]]) for t in proposal["tasks"]]


def test_labelled_lines_under_an_item_are_proposed_as_its_task():
    _proposal, tasks = _tasks(OPENING + LABELLED + CLOSING)
    assert len(tasks) == 1
    task, item = tasks[0]
    assert item["number"] == "1.1" and task["title"] == item["title"]
    assert (task["number"], task["lead_text"], task["coordination_text"], task["period_text"], task["result"]) == (
        "1.1",
        "Văn phòng HĐND và UBND phường",
        "Phòng Kinh tế, Hạ tầng và Đô thị; Công an phường",
        "Quý II/2026",
        "Danh mục thủ tục được công bố",
    )
    assert task["include"] and not task["errors"]


def test_a_run_in_assignment_is_proposed_as_a_task():
    _proposal, tasks = _tasks(OPENING + RUN_IN + CLOSING)
    assert [(t["number"], t["lead_text"], t["coordination_text"], t["period_text"]) for t, _item in tasks] == [
        ("1.2", "Phòng Văn hóa - Xã hội", "Công an phường", "Tháng 9/2026")
    ]


def test_a_sentence_that_only_mentions_leading_gives_no_task():
    # K of trial 3: the committee is told to assign leads later; no unit leads this item.
    text = OPENING + (
        "1.1. Nâng cao chất lượng giáo dục, y tế\n"
        "Ủy ban nhân dân phường cụ thể hóa thành kế hoạch hằng năm, phân công rõ cơ quan chủ trì, phối hợp.\n"
    )
    assert _tasks(text + CLOSING)[1] == []


def test_a_plan_without_assignments_gives_no_tasks():
    text = OPENING + "1.1. Rà soát thủ tục hành chính\nCông khai đầy đủ thủ tục trên Cổng dịch vụ công.\n"
    proposal, tasks = _tasks(text + CLOSING)
    assert tasks == [] and proposal["items"]


def test_an_item_that_describes_its_work_is_not_a_task():
    # D of trial 2: a programme's breakthrough, described, then who leads: a direction, not a task.
    text = OPENING + (
        "1.1. Đột phá về cải cách hành chính\n"
        "Đơn giản hóa thủ tục hành chính; số hóa toàn bộ hồ sơ, kết quả giải quyết thủ tục hành chính.\n"
        "- Cơ quan chủ trì: Văn phòng HĐND và UBND phường\n"
        "- Thời gian hoàn thành: Quý II/2026\n"
    )
    assert _tasks(text + CLOSING)[1] == []


def test_confirm_saves_the_tasks_with_their_units_and_deadlines():
    ward = _ward()
    proposal = read_plan_document(text=OPENING + LABELLED + RUN_IN + CLOSING)
    assert unmatched_units(ward, proposal) == {}
    plan = save_proposal(ward=ward, proposal=proposal)
    tasks = {t.number: t for t in Task.objects.filter(plan_item__plan=plan).with_units()}
    assert set(tasks) == {"1.1", "1.2"}
    first, second = tasks["1.1"], tasks["1.2"]
    assert first.plan_item.number == "1.1" and first.plan_item.kind == "key_task"
    assert [u.name for u in first.lead_units] == ["Văn phòng HĐND và UBND phường"]
    assert sorted(u.name for u in first.coordinating_units) == ["Công an phường", "Phòng Kinh tế, Hạ tầng và Đô thị"]
    assert first.due_date == dt.date(2026, 6, 30)
    assert first.expected_result == "Danh mục thủ tục được công bố"
    assert [u.name for u in second.lead_units] == ["Phòng Văn hóa - Xã hội"]
    assert [u.name for u in second.coordinating_units] == ["Công an phường"]
    assert second.due_date == dt.date(2026, 9, 30)


def test_an_unknown_unit_of_a_prose_task_is_asked_before_confirming(client):
    ward = _ward([name for name in UNITS if name != "Công an phường"])
    client.force_login(make_user(Profile.Role.FOLLOW_UP, ward=ward))
    client.post(reverse("exchange:plan_import", kwargs={"ward": ward.slug}), {"text": OPENING + LABELLED + CLOSING})
    row = PlanImport.objects.get(ward=ward)
    page = client.get(reverse("exchange:plan_import_review", kwargs={"ward": ward.slug, "token": row.token}))
    form = page.context["unit_form"]
    assert form.names == ["Công an phường"] and "1.1" in form.fields["unit_0"].help_text
    confirm = reverse("exchange:plan_import_confirm", kwargs={"ward": ward.slug, "token": row.token})
    assert client.post(confirm, {"version": row.version}).status_code == 400
    assert not Task.objects.filter(plan_item__plan__ward=ward).exists()


def test_the_review_page_shows_the_task_and_the_office_can_leave_it_out(client):
    ward = _ward()
    client.force_login(make_user(Profile.Role.FOLLOW_UP, ward=ward))
    client.post(reverse("exchange:plan_import", kwargs={"ward": ward.slug}), {"text": OPENING + LABELLED + CLOSING})
    row = PlanImport.objects.get(ward=ward)
    task = row.proposal["tasks"][0]
    page = client.get(reverse("exchange:plan_import_review", kwargs={"ward": ward.slug, "token": row.token}))
    assert f'id="e-{task["id"]}"' in page.content.decode()
    edit = reverse("exchange:plan_import_edit", kwargs={"ward": ward.slug, "token": row.token})
    data = {"version": row.version, "number": "1.1", "title": task["title"], "lead_text": task["lead_text"],
            "coordination_text": "", "period_text": "Quý II/2026", "result": ""}  # fmt: skip
    assert client.post(f"{edit}?entry={task['id']}", data).status_code == 302
    row.refresh_from_db()
    confirm = reverse("exchange:plan_import_confirm", kwargs={"ward": ward.slug, "token": row.token})
    assert client.post(confirm, {"version": row.version}).status_code == 302
    assert not Task.objects.filter(plan_item__plan__ward=ward).exists()


def test_a_task_also_in_the_appendix_table_is_created_once():
    ward = _ward()
    appendix = (
        "PHỤ LỤC\nDANH MỤC NHIỆM VỤ\n"
        "STT\tNội dung nhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành\tSản phẩm\n"
        "1\tRà soát, chuẩn hóa thủ tục hành chính trên Cổng dịch vụ công\tVăn phòng HĐND và UBND phường\t"
        "Công an phường\tQuý II/2026\tDanh mục thủ tục\n"
    )
    proposal = read_plan_document(text=OPENING + LABELLED + RUN_IN + CLOSING + appendix)
    titles = [t["title"] for t in proposal["tasks"]]
    assert titles.count("Rà soát, chuẩn hóa thủ tục hành chính trên Cổng dịch vụ công") == 1
    assert len(titles) == 2  # the table's row, and 1.2 which the table does not list
    plan = save_proposal(ward=ward, proposal=proposal)
    saved = Task.objects.filter(plan_item__plan=plan, title__startswith="Rà soát, chuẩn hóa")
    assert saved.count() == 1 and saved.get().expected_result == "Danh mục thủ tục"
