"""The office's pages for a plan from its document: upload, review, edit, confirm; isolation."""

import datetime as dt

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from accounts.models import Profile
from exchange.models import PlanImport
from exchange.plan_document import pending
from plans.models import Plan, PlanItem
from portal.tests.factories import WardFactory, make_user

from .helpers import PLAN_TEXT, docx_bytes

pytestmark = pytest.mark.django_db


@pytest.fixture
def office(ward):
    return make_user(Profile.Role.FOLLOW_UP, ward=ward)


def upload_url(ward):
    return reverse("exchange:plan_import", kwargs={"ward": ward.slug})


def url(name, row):
    return reverse(f"exchange:plan_import_{name}", kwargs={"ward": row.ward.slug, "token": row.token})


@pytest.fixture
def staged(client, office, ward):
    client.force_login(office)
    response = client.post(upload_url(ward), {"text": PLAN_TEXT})
    assert response.status_code == 302
    return PlanImport.objects.get(ward=ward)


def test_paste_then_review_shows_the_proposal_beside_the_source(client, staged, django_assert_max_num_queries):
    with django_assert_max_num_queries(10):
        response = client.get(url("review", staged))
    page = response.content.decode()
    assert response.status_code == 200
    programme = next(i for i in staged.proposal["items"] if i["kind"] == "programme")
    # The item links to its source paragraph, which the page holds with that id.
    assert f'href="#src-{programme["source"]}"' in page and f'id="src-{programme["source"]}"' in page
    assert "Chương trình phát triển kinh tế tư nhân" in page and "12-KH/ĐU" in page
    assert not Plan.objects.filter(ward=staged.ward).exists()


def test_review_queries_do_not_grow_with_the_document(client, office, ward):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(office)
    counts = []
    for copies in (1, 6):
        client.post(upload_url(ward), {"text": PLAN_TEXT * copies})
        row = PlanImport.objects.filter(ward=ward).order_by("-pk").first()
        client.get(url("review", row))  # the session and the menu's figures settle on the first view
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url("review", row)).status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1] <= 10


def test_edit_an_item_then_confirm_makes_one_plan(client, staged):
    item = next(i for i in staged.proposal["items"] if i["kind"] == "programme")
    edit = url("edit", staged) + f"?entry={item['id']}"
    assert client.get(edit).status_code == 200
    data = {"version": staged.version, "include": "on", "number": "1", "title": "Chương trình kinh tế tư nhân",
            "kind": "programme", "parent": item["parent"], "assignment": "UBND phường chủ trì", "period_text": "2026"}  # fmt: skip  # noqa: E501
    response = client.post(edit, data)
    assert response.status_code == 302
    staged.refresh_from_db()
    assert pending.find_entry(staged.proposal, item["id"])[1]["title"] == "Chương trình kinh tế tư nhân"
    # The same edit posted again from the old page is refused and changes nothing.
    stale = client.post(edit, data | {"title": "Khác"})
    assert stale.status_code == 409
    staged.refresh_from_db()
    assert pending.find_entry(staged.proposal, item["id"])[1]["title"] == "Chương trình kinh tế tư nhân"
    confirm = client.post(url("confirm", staged), {"version": staged.version})
    plan = Plan.objects.get(ward=staged.ward)
    assert confirm.status_code == 302 and confirm["Location"] == reverse("plan_detail", kwargs={"plan_pk": plan.pk})
    assert PlanItem.objects.get(plan=plan, kind="programme").title == "Chương trình kinh tế tư nhân"
    # A second confirmation (another tab, a double click) leads to the same plan.
    again = client.post(url("confirm", staged), {"version": staged.version})
    assert again["Location"] == confirm["Location"] and Plan.objects.filter(ward=staged.ward).count() == 1


def test_confirm_from_a_stale_page_is_refused(client, staged):
    response = client.post(url("confirm", staged), {"version": staged.version - 1})
    assert response.status_code == 409 and not Plan.objects.filter(ward=staged.ward).exists()


def test_a_save_that_fails_shows_why_and_writes_nothing(client, staged):
    task = staged.proposal["tasks"][0]
    edit = url("edit", staged) + f"?entry={task['id']}"
    data = {"version": staged.version, "include": "on", "number": "1", "title": task["title"],
            "lead_text": "Ban Quản lý chợ", "coordination_text": "", "period_text": "Hàng năm", "result": ""}  # fmt: skip  # noqa: E501
    assert client.post(edit, data).status_code == 302
    staged.refresh_from_db()
    response = client.post(url("confirm", staged), {"version": staged.version})
    assert response.status_code == 400
    assert "Ban Quản lý chợ" in response.content.decode()
    assert not Plan.objects.filter(ward=staged.ward).exists()
    assert not PlanItem.objects.filter(plan__ward=staged.ward).exists()


def test_moving_an_item_under_its_own_child_is_refused(client, staged):
    items = staged.proposal["items"]
    part = next(i for i in items if i["number"] == "B")
    child = next(i for i in items if i["parent"] == part["id"])
    data = {"version": staged.version, "include": "on", "number": "B", "title": part["title"], "kind": "part",
            "parent": child["id"]}  # fmt: skip
    response = client.post(url("edit", staged) + f"?entry={part['id']}", data)
    assert response.status_code == 400


@pytest.mark.parametrize(
    "content, words",
    [(b"not a word file", "không phải văn bản Word"), (b"PK\x03\x04garbage", "bị hỏng")],
)
def test_hostile_files_get_a_message_and_nothing_is_kept(client, office, ward, content, words):
    client.force_login(office)
    response = client.post(upload_url(ward), {"file": SimpleUploadedFile("ke-hoach.docx", content)})
    assert response.status_code == 400 and words in response.content.decode()
    assert not PlanImport.objects.exists()


def test_wrong_extension_and_empty_form(client, office, ward):
    client.force_login(office)
    response = client.post(upload_url(ward), {"file": SimpleUploadedFile("ke-hoach.pdf", b"%PDF")})
    assert response.status_code == 400 and "Chỉ nhận tệp Word .docx" in response.content.decode()
    assert client.post(upload_url(ward), {"text": "  "}).status_code == 400


def test_a_docx_upload_is_read(client, office, ward):
    client.force_login(office)
    data = docx_bytes(
        ["Số: 01/KH-UBND", "KẾ HOẠCH", "Cải cách hành chính năm 2025", "I. MỤC ĐÍCH", "1. Mục đích", "Nội dung."]
    )
    response = client.post(upload_url(ward), {"file": SimpleUploadedFile("ke-hoach.docx", data)})
    assert response.status_code == 302
    assert PlanImport.objects.get().proposal["header"]["number"] == "01/KH-UBND"


def test_another_wards_office_cannot_see_edit_or_confirm(client, staged):
    other = WardFactory(slug="other")
    intruder = make_user(Profile.Role.FOLLOW_UP, ward=other)
    client.force_login(intruder)
    for name in ("review", "edit", "header"):
        assert client.get(url(name, staged)).status_code in (403, 404)
    assert client.post(url("confirm", staged), {"version": staged.version}).status_code in (403, 404)
    assert client.post(url("discard", staged)).status_code in (403, 404)
    # Through their own ward's address the token is unknown.
    own = reverse("exchange:plan_import_review", kwargs={"ward": "other", "token": staged.token})
    assert client.get(own).status_code == 404
    assert not Plan.objects.filter(ward=staged.ward).exists() and PlanImport.objects.filter(pk=staged.pk).exists()


def test_a_reader_of_the_ward_may_not_import(client, ward, staged):
    viewer = make_user(Profile.Role.WARD_VIEWER, ward=ward)
    client.force_login(viewer)
    assert client.get(upload_url(ward)).status_code == 403
    assert client.post(url("confirm", staged), {"version": staged.version}).status_code == 403


def test_discard_and_purge_after_a_day(client, staged, office, ward):
    assert client.post(url("discard", staged)).status_code == 302
    assert not PlanImport.objects.exists()
    old = pending.start(ward=ward, owner=office, proposal={"header": {}, "items": []})
    PlanImport.objects.filter(pk=old.pk).update(updated_at=timezone.now() - dt.timedelta(days=2))
    fresh = pending.start(ward=ward, owner=office, proposal={"header": {}, "items": []})
    client.get(upload_url(ward))  # opening the page clears what waited more than a day
    assert list(PlanImport.objects.values_list("pk", flat=True)) == [fresh.pk]


def test_the_office_menu_links_the_page(client, office, ward):
    client.force_login(office)
    links = {link["label"]: link["url"] for link in client.get("/", follow=True).context["nav_links"]}
    assert links["Nạp kế hoạch từ văn bản"] == upload_url(ward)
