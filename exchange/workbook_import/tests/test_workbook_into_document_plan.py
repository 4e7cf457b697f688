"""A ward that read its plan from the Word document then works in its own appendix workbook:
importing the workbook updates the tasks the document gave, never adds them a second time."""

import datetime as dt

import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from assignments.models import Task
from exchange.models import PlanImport
from exchange.plan_document.tests.realistic_docs import DOCUMENTS
from exchange.plan_document.tests.test_new_user_documents import new_ward_office
from exchange.workbook_import.importing import apply_import, preview_import
from exchange.workbook_import.preview import NEW
from plans.models import Plan, PlanItem
from portal.seeding import SeedReport, ensure_units
from portal.tests.factories import PlanFactory, PlanItemFactory, TaskFactory, WardFactory

from .realistic_workbooks import WORKBOOKS

pytestmark = pytest.mark.django_db


def test_the_appendix_workbook_of_a_plan_read_from_its_document_matches_its_tasks(client, tmp_path):
    office = new_ward_office("Kiến An")
    ward = office.profile.ward
    client.force_login(office)
    upload = SimpleUploadedFile("b.docx", DOCUMENTS["b-kien-an-112"]())
    client.post(reverse("exchange:plan_import", kwargs={"ward": ward.slug}), {"file": upload})
    row = PlanImport.objects.get(ward=ward)
    confirm = reverse("exchange:plan_import_confirm", kwargs={"ward": ward.slug, "token": row.token})
    assert client.post(confirm, {"version": row.version}).status_code == 302
    plan = Plan.objects.get(ward=ward)
    assert Task.objects.filter(plan_item__plan=plan).count() == 4
    path = tmp_path / "kien-an.xlsx"
    path.write_bytes(WORKBOOKS["kien-an-phu-luc.xlsx"]())
    preview = preview_import(ward=ward, source=path, plan=plan)
    statuses = [(r.kind, r.number, r.status) for r in preview.rows if r.kind in ("task", "group")]
    assert not [s for s in statuses if s[2] == NEW], statuses
    apply_import(ward=ward, source=path, plan=plan)
    tasks = Task.objects.filter(plan_item__plan=plan)
    assert tasks.count() == 4
    # The workbook is the ward's follow-up sheet: its wording of a task wins.
    assert tasks.get(number="1").title == "Ra quân lập lại trật tự vỉa hè"


def test_a_second_numbered_appendix_is_not_taken_for_the_plans_unnumbered_one(tmp_path):
    """Only an unnumbered appendix stands for "PHỤ LỤC n"; a plan whose appendices are numbered
    gets the workbook's "PHỤ LỤC 2" as a new appendix, not in "Phụ lục 1"."""
    ward = WardFactory()
    ensure_units(SeedReport(), ward, [])
    plan = PlanFactory(ward=ward, period_start=dt.date(2026, 1, 1), period_end=dt.date(2030, 12, 31))
    first = PlanItemFactory(plan=plan, kind=PlanItem.Kind.APPENDIX, key="PL1", number="Phụ lục 1", title="Nhiệm vụ")
    TaskFactory(plan_item=first)
    path = tmp_path / "pl2.xlsx"
    path.write_bytes(WORKBOOKS["kien-an-phu-luc.xlsx"]())
    book = openpyxl.load_workbook(path)
    book.active["A1"] = "PHỤ LỤC 2"
    book.save(path)
    preview = preview_import(ward=ward, source=path, plan=plan)
    assert preview.sheets[0]["appendix"] == "PHỤ LỤC 2"
