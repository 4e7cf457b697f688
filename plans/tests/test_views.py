"""The follow-up office's plan pages: who may open them, what a save does, stale saves, queries."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from accounts.models import Profile
from plans.models import Plan, PlanItem
from portal.tests.factories import PlanItemFactory, TaskFactory, make_user
from portal.tests.world import build_world

pytestmark = pytest.mark.django_db

PLAN_POST = {
    "number": "29-KH/ĐU",
    "title": "Kế hoạch phát triển kinh tế số",
    "issuing_body": "party",
    "issuing_body_name": "Ban Thường vụ Đảng ủy phường",
    "issued_place": "Bạch Đằng",
    "issued_on": "20/10/2025",
    "period_start": "01/01/2026",
    "period_end": "31/12/2030",
    "basis": "Chương trình 16-CTr/TU",
    "purpose": "Mục đích",
    "requirements": "Yêu cầu",
}
ITEM_POST = {"kind": "programme", "number": "I", "title": "Chương trình chuyển đổi số"}


@pytest.fixture
def world(today):
    return build_world()


def page_urls(w):
    """Every authoring page (GET) of ward ``w``'s objects."""
    return [
        reverse("plan_create", kwargs={"ward_slug": w.ward.slug}),
        reverse("plan_edit", kwargs={"plan_pk": w.plan.pk}),
        reverse("plan_tree_edit", kwargs={"plan_pk": w.plan.pk}),
        reverse("item_create", kwargs={"plan_pk": w.plan.pk}),
        reverse("item_edit", kwargs={"item_pk": w.item.pk}),
        reverse("item_move", kwargs={"item_pk": w.item.pk}),
        reverse("item_remove", kwargs={"item_pk": w.item.pk}),
    ]


def test_the_permission_matrix(client, world):
    bd = world.bd
    for url in page_urls(bd):
        assert client.get(url).url.startswith(reverse("login")), url
        client.force_login(world.ndn.follow_up)
        assert client.get(url).status_code == 404, url
        for reader in (bd.viewer, bd.official, world.city_viewer):
            client.force_login(reader)
            assert client.get(url).status_code == 403, url
        client.force_login(bd.follow_up)
        assert client.get(url).status_code == 200, url
        client.force_login(make_user(Profile.Role.ADMIN, username=f"admin{abs(hash(url))}"))
        assert client.get(url).status_code == 200, url
        client.logout()


def test_the_plan_list_is_read_by_the_ward_and_offers_creation_to_the_office(client, world):
    url = reverse("plan_list", kwargs={"ward_slug": world.bd.ward.slug})
    create = reverse("plan_create", kwargs={"ward_slug": world.bd.ward.slug})
    client.force_login(world.bd.viewer)
    page = client.get(url)
    assert page.status_code == 200 and world.bd.plan.title in page.content.decode()
    assert create not in page.content.decode()
    client.force_login(world.bd.follow_up)
    assert create in client.get(url).content.decode()
    client.force_login(world.ndn.follow_up)
    assert client.get(url).status_code == 404


def test_the_office_creates_a_plan_with_dates_typed_dd_mm_yyyy(client, world):
    client.force_login(world.bd.follow_up)
    response = client.post(reverse("plan_create", kwargs={"ward_slug": world.bd.ward.slug}), PLAN_POST)
    plan = Plan.objects.get(ward=world.bd.ward, number="29-KH/ĐU")
    assert response.url == reverse("plan_tree_edit", kwargs={"plan_pk": plan.pk})
    assert plan.issued_on.isoformat() == "2025-10-20" and plan.period_end.year == 2030
    assert plan.history.get().history_user == world.bd.follow_up


def test_the_end_of_the_plan_as_printed_is_edited_and_shown_on_its_page(client, world):
    bd = world.bd
    client.force_login(bd.follow_up)
    end = {
        "closing": "Các chi bộ, đơn vị quán triệt, thực hiện nghiêm túc Kế hoạch này.",
        "signer_title": "T/M BAN THƯỜNG VỤ\nBÍ THƯ",
        "signer_name": "Nguyễn Văn An",
        "recipients": "- Thường trực Thành ủy,\n- Lưu Văn phòng.",
    }
    post = {**PLAN_POST, **end, "version": bd.plan.version}
    assert client.post(reverse("plan_edit", kwargs={"plan_pk": bd.plan.pk}), post).status_code == 302
    bd.plan.refresh_from_db()
    assert {name: getattr(bd.plan, name) for name in end} == end
    form = client.get(reverse("plan_edit", kwargs={"plan_pk": bd.plan.pk})).content.decode()
    assert '<textarea name="signer_title"' in form  # two printed lines: a one-line input would join them
    client.force_login(bd.viewer)
    page = client.get(reverse("plan_detail", kwargs={"plan_pk": bd.plan.pk})).content.decode()
    assert 'data-testid="plan-closing"' in page
    assert all(text in page for text in ("Nguyễn Văn An", "Lưu Văn phòng", "quán triệt, thực hiện nghiêm túc"))


@pytest.mark.parametrize(
    "change, field",
    [
        ({"period_end": "31/12/2025"}, "period_end"),
        ({"issued_on": "2025-13-45"}, "issued_on"),
        ({"title": ""}, "title"),
    ],
)
def test_bad_plan_input_is_shown_with_400_and_nothing_is_made(client, world, change, field):
    client.force_login(world.bd.follow_up)
    before = Plan.objects.count()
    response = client.post(reverse("plan_create", kwargs={"ward_slug": world.bd.ward.slug}), {**PLAN_POST, **change})
    assert response.status_code == 400
    assert response.context["form"].errors[field]
    assert Plan.objects.count() == before


def test_two_offices_saving_the_same_plan_one_gets_409_and_keeps_what_it_typed(client, world):
    plan = world.bd.plan
    url = reverse("plan_edit", kwargs={"plan_pk": plan.pk})
    client.force_login(world.bd.follow_up)
    loaded = client.get(url).context["form"].initial["version"]
    first = client.post(url, {**PLAN_POST, "title": "Bản thứ nhất", "version": loaded})
    assert first.status_code == 302
    second = client.post(url, {**PLAN_POST, "title": "Bản thứ hai", "version": loaded})
    assert second.status_code == 409
    body = second.content.decode()
    assert "Trong lúc bạn sửa" in body and "Bản thứ hai" in body and "Bản thứ nhất" in body
    plan.refresh_from_db()
    assert plan.title == "Bản thứ nhất"
    # The form now carries the new version: saving again is deliberate and goes through.
    again = client.post(url, {**PLAN_POST, "title": "Bản thứ hai", "version": second.context["form"].data["version"]})
    assert again.status_code == 302
    plan.refresh_from_db()
    assert plan.title == "Bản thứ hai"


def test_archive_and_unarchive_a_plan(client, world):
    plan = world.bd.plan
    client.force_login(world.bd.follow_up)
    url = reverse("plan_archive", kwargs={"plan_pk": plan.pk})
    client.post(url, {"archived": "1", "version": plan.version})
    plan.refresh_from_db()
    assert plan.archived
    dashboard = client.get(reverse("ward_dashboard", kwargs={"ward_slug": world.bd.ward.slug})).content.decode()
    assert reverse("plan_detail", kwargs={"plan_pk": plan.pk}) not in dashboard
    assert client.get(reverse("plan_detail", kwargs={"plan_pk": plan.pk})).status_code == 200
    listing = client.get(reverse("plan_list", kwargs={"ward_slug": world.bd.ward.slug}))
    assert listing.context["archived"] == [plan] and listing.context["active"] == []
    stale = client.post(url, {"archived": "0", "version": plan.version - 1})
    assert stale.status_code == 409
    client.post(url, {"archived": "0", "version": plan.version})
    plan.refresh_from_db()
    assert not plan.archived


def test_add_an_item_under_another_and_at_the_root(client, world):
    plan, group = world.bd.plan, world.bd.group
    client.force_login(world.bd.follow_up)
    url = reverse("item_create", kwargs={"plan_pk": plan.pk})
    client.post(f"{url}?parent={group.pk}", {**ITEM_POST, "number": "XIX", "kind": "group"})
    client.post(url, ITEM_POST)
    child = PlanItem.objects.get(plan=plan, number="XIX")
    root = PlanItem.objects.get(plan=plan, number="I", parent=None, kind="programme")
    assert child.parent == group and child.tree_order == f"{group.tree_order}.0001"
    assert root.tree_order == "0001"
    assert child.history.get().history_user == world.bd.follow_up
    # A parent of another ward's plan is not found.
    assert client.post(f"{url}?parent={world.ndn.group.pk}", ITEM_POST).status_code == 404
    assert client.post(f"{url}?parent=abc", ITEM_POST).status_code == 404


def test_edit_an_item_and_a_stale_edit_is_refused(client, world):
    item = world.bd.item
    url = reverse("item_edit", kwargs={"item_pk": item.pk})
    client.force_login(world.bd.follow_up)
    version = item.version
    assert client.post(url, {**ITEM_POST, "kind": "group", "number": "IX", "version": version}).status_code == 302
    stale = client.post(url, {**ITEM_POST, "kind": "group", "number": "XIX", "version": version})
    assert stale.status_code == 409
    item.refresh_from_db()
    assert item.number == "IX"


def test_moving_an_item_under_its_own_descendant_is_refused_in_vietnamese(client, world):
    group, item = world.bd.group, world.bd.item
    client.force_login(world.bd.follow_up)
    response = client.post(
        reverse("item_move", kwargs={"item_pk": group.pk}), {"parent": item.pk, "version": group.version}
    )
    assert response.status_code == 400
    assert "Không thể chuyển một mục vào trong chính nó" in response.content.decode()
    item.refresh_from_db()
    assert item.parent == group


def test_move_buttons_and_parent_select(client, world):
    plan, group = world.bd.plan, world.bd.group
    other = PlanItemFactory(plan=plan, key="PL2", number="PL2", kind="appendix", position=1)
    client.force_login(world.bd.follow_up)
    client.post(reverse("item_shift", kwargs={"item_pk": other.pk}), {"direction": "up", "version": other.version})
    other.refresh_from_db()
    group.refresh_from_db()
    assert (other.tree_order, group.tree_order) == ("0000", "0001")
    item = world.bd.item
    item.refresh_from_db()
    assert item.tree_order == "0001.0000"
    response = client.post(
        reverse("item_move", kwargs={"item_pk": item.pk}), {"parent": other.pk, "place": "1", "version": item.version}
    )
    assert response.status_code == 302
    item.refresh_from_db()
    assert item.parent == other and item.tree_order == "0000.0000"


def test_removing_shows_what_is_under_and_archives(client, world):
    item = world.bd.item
    client.force_login(world.bd.follow_up)
    url = reverse("item_remove", kwargs={"item_pk": item.pk})
    page = client.get(url).content.decode()
    assert "nhiệm vụ" in page and "Lưu trữ mục" in page
    client.post(url, {"version": item.version})
    item.refresh_from_db()
    assert item.archived
    assert (
        'data-testid="archived-badge"'
        in client.get(reverse("plan_tree_edit", kwargs={"plan_pk": item.plan_id})).content.decode()
    )
    plan_page = client.get(reverse("plan_detail", kwargs={"plan_pk": item.plan_id})).content.decode()
    assert 'data-testid="item-archived"' in plan_page  # still readable on the plan page, marked
    client.post(reverse("item_restore", kwargs={"item_pk": item.pk}), {"version": item.version})
    item.refresh_from_db()
    assert not item.archived


def test_an_empty_item_is_deleted_after_the_confirmation(client, world):
    empty = PlanItemFactory(plan=world.bd.plan, parent=world.bd.group, key="PL1.II", number="II", position=5)
    client.force_login(world.bd.follow_up)
    url = reverse("item_remove", kwargs={"item_pk": empty.pk})
    assert "Xóa hẳn mục" in client.get(url).content.decode()
    assert PlanItem.objects.filter(pk=empty.pk).exists()  # the GET deletes nothing
    assert client.post(url, {"version": empty.version - 1}).status_code == 409
    assert PlanItem.objects.filter(pk=empty.pk).exists()
    client.post(url, {"version": empty.version})
    assert not PlanItem.objects.filter(pk=empty.pk).exists()


def _queries(client, url) -> int:
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


def test_the_plan_list_and_tree_pages_query_the_same_whatever_their_size(client, world):
    bd = world.bd
    client.force_login(bd.follow_up)
    tree_url = reverse("plan_tree_edit", kwargs={"plan_pk": bd.plan.pk})
    list_url = reverse("plan_list", kwargs={"ward_slug": bd.ward.slug})
    item_url = reverse("item_edit", kwargs={"item_pk": bd.item.pk})
    _queries(client, tree_url)  # warm the session and the caches
    small = [_queries(client, url) for url in (tree_url, list_url, item_url)]
    for n in range(12):
        item = PlanItemFactory(plan=bd.plan, parent=bd.group, key=f"PL1.X{n}", number=str(n), position=n + 1)
        TaskFactory(plan_item=item)
        PlanItemFactory(plan=bd.plan, parent=item, key=f"PL1.X{n}.1", number="1")
    for n in range(5):
        Plan.objects.create(
            ward=bd.ward,
            code=f"them-{n}",
            title="Thêm",
            issuing_body="ubnd",
            period_start="2026-01-01",
            period_end="2030-12-31",
        )
    assert [_queries(client, url) for url in (tree_url, list_url, item_url)] == small


def test_each_tree_row_links_to_adding_a_task_and_a_target_under_it(client, world):
    """From the tree the office adds a task or a target to an item, which the form has chosen."""
    w = world.bd
    client.force_login(w.follow_up)
    page = client.get(reverse("plan_tree_edit", kwargs={"plan_pk": w.plan.pk})).content.decode()
    task_link = reverse("task_create", kwargs={"ward_slug": w.ward.slug}) + f"?group={w.item.pk}"
    target_link = reverse("target_create", kwargs={"ward_slug": w.ward.slug}) + f"?item={w.item.pk}"
    assert f'href="{task_link}"' in page and f'href="{target_link}"' in page
    for link in (task_link, target_link):
        form = client.get(link).content.decode()
        assert f'<option value="{w.item.pk}" selected>' in form
