"""Downloads: who may export and report, and the list's filters applied to the export."""

import io

import docx
from django.urls import reverse
from openpyxl import load_workbook

from exchange.testing import report_done, task_of
from plans.models import PlanItem

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def task_titles(response) -> list[str]:
    ws = load_workbook(io.BytesIO(response.content)).active
    header = next(r for r in range(1, 15) if ws.cell(r, 1).value == "STT")
    merged = {m.min_row for m in ws.merged_cells.ranges}
    return [ws.cell(r, 2).value for r in range(header + 1, ws.max_row + 1) if r not in merged]


def test_it_exports_the_wards_tasks(client, follow_up, bach_dang):
    client.force_login(follow_up)
    response = client.get(reverse("exchange:export", args=["bach-dang", "tasks"]))
    assert response.status_code == 200
    assert response["Content-Type"] == XLSX
    assert "attachment" in response["Content-Disposition"]
    assert len(task_titles(response)) == 41


def test_it_applies_the_lists_filters(client, follow_up, plan_bd):
    client.force_login(follow_up)
    group = PlanItem.objects.get(plan=plan_bd, key="PL1.IX")
    url = reverse("exchange:export", args=["bach-dang", "tasks"])
    assert len(task_titles(client.get(url, {"group": group.pk}))) == 3

    task = task_of(plan_bd, "PL1.IX", "2")
    report_done(task, narrative="Đã nâng cấp Trạm y tế.")
    assert task_titles(client.get(url, {"group": group.pk, "status": "done_on_time"})) == [task.title]


def test_another_wards_user_gets_404(client, ndn_viewer, bach_dang):
    client.force_login(ndn_viewer)
    assert client.get(reverse("exchange:export", args=["bach-dang", "tasks"])).status_code == 404
    assert client.get(reverse("exchange:export", args=["bach-dang", "projects"])).status_code == 404
    assert client.get(reverse("exchange:report", args=["bach-dang"])).status_code == 404
    own = client.get(reverse("exchange:export", args=["nguyen-dai-nang", "projects"]))
    assert own.status_code == 200


def test_anonymous_users_are_sent_to_login(client, bach_dang):
    response = client.get(reverse("exchange:export", args=["bach-dang", "tasks"]))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_an_unknown_kind_is_404(client, follow_up):
    client.force_login(follow_up)
    assert client.get(reverse("exchange:export", args=["bach-dang", "budget"])).status_code == 404


def test_the_report_form_downloads_the_docx(client, follow_up, plan_bd):
    client.force_login(follow_up)
    url = reverse("exchange:report", args=["bach-dang"])
    page = client.get(url)
    assert page.status_code == 200
    assert b"<script>" not in page.content and b"style=" not in page.content

    queued = client.post(url, {"plan": plan_bd.code, "kind": "quarter", "year": 2026, "index": 2})
    assert queued.status_code == 302  # to the job's page (the report is built by the worker)
    response = client.get(queued["Location"] + "file/")
    assert response.status_code == 200
    doc = docx.Document(io.BytesIO(b"".join(response.streaming_content)))
    assert any(p.text.endswith("quý 2/2026") for p in doc.paragraphs)


def test_the_report_form_refuses_a_fifth_quarter(client, follow_up, plan_bd):
    client.force_login(follow_up)
    response = client.post(
        reverse("exchange:report", args=["bach-dang"]), {"plan": plan_bd.code, "kind": "half", "year": 2026, "index": 3}
    )
    assert response.status_code == 400
    assert "Kỳ số 3 không hợp lệ" in response.content.decode()
