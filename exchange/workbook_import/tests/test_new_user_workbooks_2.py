"""The second new-user trial's workbooks (``realistic_workbooks_2``, written before the importer
was run on them), uploaded through the import page as a new ward's office would: the .ods
follow-up workbook imports as printed; the tracker's export is refused with errors that name
the duplicate row's and the lead-less row's cells, and its status and percent are not dropped
without a word."""

import datetime as dt
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from accounts.models import Profile
from assignments.models import Task
from exchange.management.commands.import_appendix import as_json
from exchange.workbook_import.importing import CREATE, apply_import, preview_import
from portal.seeding import SeedReport, ensure_units
from portal.tests.factories import PlanFactory, WardFactory, make_user
from projects.models import Project

from .realistic_workbooks_2 import EXPECTED, WORKBOOKS

pytestmark = pytest.mark.django_db


def _ward_and_plan(name: str):
    ward = WardFactory(name=name)
    ensure_units(SeedReport(), ward, [])
    plan = PlanFactory(ward=ward, period_start=dt.date(2026, 1, 1), period_end=dt.date(2030, 12, 31))
    return ward, plan


def _rows(preview, name: str) -> list[dict]:
    return [row for sheet in as_json(preview, name)["sheets"] for row in sheet["rows"]]


def _task_rows(rows: list[dict]) -> list[tuple]:
    """Each task row as read: number, name, lead and coordinating units, period as printed."""
    return [
        (
            r["number"],
            r["name"],
            "; ".join(r.get("lead", [])),
            "; ".join(r.get("coordinating", [])),
            r.get("period_text", ""),
        )
        for r in rows
        if r["kind"] == "task"
    ]


def test_the_ods_follow_up_workbook_imports_as_printed(tmp_path):
    name = "do-son-theo-doi.ods"
    expected = EXPECTED[name]
    ward, plan = _ward_and_plan("Đồ Sơn")
    path = tmp_path / name
    path.write_bytes(WORKBOOKS[name]())
    preview = preview_import(ward=ward, source=path, plan=plan)
    assert not preview.has_errors, preview.messages()
    rows = _rows(preview, name)
    assert _task_rows(rows) == [t[:5] for t in expected["tasks"]]
    projects = [(r["number"], r["name"], Decimal(r["total_investment"])) for r in rows if r["kind"] == "project"]
    assert projects == [(n, name, Decimal(total)) for n, name, total, _capital in expected["projects"]]
    assert sum(r["kind"] == "total" for r in rows) == expected["totals"]
    apply_import(ward=ward, source=path, plan=plan, unit_mapping=dict.fromkeys(preview.unmatched_units, CREATE))
    imported = {t.number: t for t in Task.objects.filter(plan_item__plan=plan)}
    assert sorted(imported) == [t[0] for t in expected["tasks"]]
    for number, _title, lead, _coordinators, _period, group in expected["tasks"]:
        task = imported[number]
        assert [u.name for u in task.lead_units] == [lead]
        assert task.plan_item.title == group
    projects = {p.number: p for p in Project.objects.filter(plan_item__plan=plan)}
    for number, _name, total, capital in expected["projects"]:
        assert projects[number].total_investment == Decimal(total)
        planned = {c.year: c.planned for c in projects[number].capital_years.all()}
        assert planned == {y: Decimal(v) for y, v in capital.items()}


def test_the_trackers_export_is_refused_with_the_cells_named(tmp_path):
    name = "gia-vien-xuat.xlsx"
    expected = EXPECTED[name]
    ward, plan = _ward_and_plan("Gia Viên")
    path = tmp_path / name
    path.write_bytes(WORKBOOKS[name]())
    preview = preview_import(ward=ward, source=path, plan=plan)
    assert preview.has_errors
    messages = " ".join(preview.messages())
    for cell, word in expected["errors"]:
        assert cell in messages and word in messages.lower(), messages
    rows = _rows(preview, name)
    assert _task_rows([r for r in rows if not r["errors"]]) == [t[:5] for t in expected["tasks"]]
    # The status and percent columns become progress reports of the rows that can be imported.
    reports = [r.number for r in preview.rows if any("báo cáo tiến độ" in c for c in r.changes)]
    assert reports == list(expected["progress"])


def test_the_trackers_export_through_the_page_names_the_cells(client, tmp_path):
    name = "gia-vien-xuat.xlsx"
    ward, plan = _ward_and_plan("Gia Viên")
    office = make_user(Profile.Role.FOLLOW_UP, ward=ward)
    client.force_login(office)
    upload = SimpleUploadedFile(name, WORKBOOKS[name]())
    response = client.post(reverse("exchange:import", kwargs={"ward": ward.slug}), {"file": upload, "plan": plan.code})
    page = (
        client.get(response["Location"]).content.decode() if response.status_code == 302 else response.content.decode()
    )
    for cell, _word in EXPECTED[name]["errors"]:
        assert cell in page
