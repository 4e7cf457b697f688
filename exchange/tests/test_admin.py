"""The admin's Excel buttons: export through the resources, import through the one importer."""

import pytest
from django.contrib.auth.models import Permission
from django.urls import NoReverseMatch, reverse

from accounts.models import Profile
from assignments.models import Task
from exchange.resources import TaskResource
from portal.tests.factories import make_user

pytestmark = pytest.mark.django_db

MODELS = ["assignments_task", "targets_target", "projects_project"]


@pytest.mark.parametrize("model", MODELS)
def test_it_offers_import_and_export_on_the_list(admin_client, bach_dang, model):
    page = admin_client.get(reverse(f"admin:{model}_changelist")).content.decode()
    assert reverse(f"admin:{model}_import") in page
    assert reverse(f"admin:{model}_export") in page


@pytest.mark.parametrize("model", MODELS)
def test_the_admin_has_no_importer_of_its_own(model):
    with pytest.raises(NoReverseMatch):
        reverse(f"admin:{model}_process_import")


def test_import_asks_for_the_ward_then_opens_its_import_page(admin_client, bach_dang, nguyen_dai_nang):
    url = reverse("admin:assignments_task_import")
    page = admin_client.get(url)
    assert page.status_code == 200
    assert [w.slug for w in page.context["wards"]] == ["bach-dang", "nguyen-dai-nang"]
    response = admin_client.get(url, {"ward": "bach-dang"})
    assert response.url == reverse("exchange:import", kwargs={"ward": "bach-dang"})
    assert admin_client.get(response.url).status_code == 200


def test_the_follow_up_office_goes_straight_to_its_ward(client, bach_dang):
    office = make_user(Profile.Role.FOLLOW_UP, ward=bach_dang, is_staff=True)
    office.user_permissions.add(Permission.objects.get(codename="change_target"))
    client.force_login(office)
    response = client.get(reverse("admin:targets_target_import"))
    assert response.url == reverse("exchange:import", kwargs={"ward": "bach-dang"})


def test_a_ward_outside_the_users_scope_is_refused_by_the_import_page(client, bach_dang, nguyen_dai_nang):
    office = make_user(Profile.Role.FOLLOW_UP, ward=bach_dang, is_staff=True)
    office.user_permissions.add(Permission.objects.get(codename="change_task"))
    client.force_login(office)
    response = client.get(reverse("admin:assignments_task_import"), {"ward": "nguyen-dai-nang"}, follow=True)
    assert response.status_code == 404


def test_the_export_writes_the_rows_the_importer_reads(plan_bd):
    tasks = Task.objects.filter(plan_item__plan=plan_bd).select_related("plan_item__plan__ward")
    dataset = TaskResource().export(tasks)
    first = tasks.first()
    row = dict(zip(dataset.headers, dataset[0], strict=True))
    assert row["plan_item"] == f"bach-dang/{plan_bd.code}/{first.plan_item.key}"
    assert (row["lead_text"], row["coordination_text"]) == (first.lead_text, first.coordination_text)


def test_the_admin_export_writes_text_that_looks_like_a_formula_as_text(plan_bd):
    import io

    import openpyxl

    from exchange.admin import TextOnlyXLSX

    tasks = Task.objects.filter(plan_item__plan=plan_bd).select_related("plan_item__plan__ward")
    hostile = {'=HYPERLINK("http://example.invalid","x")', "+84 912", "-1+2", "@SUM(A1)"}
    for task, text in zip(tasks, sorted(hostile), strict=False):
        Task.objects.filter(pk=task.pk).update(title=text)
    data = TextOnlyXLSX().export_data(TaskResource().export(tasks))
    ws = openpyxl.load_workbook(io.BytesIO(data)).active
    cells = [c for row in ws.iter_rows() for c in row if c.value in hostile]
    assert len(cells) == 4 and all(c.data_type == "s" for c in cells)
    assert not any(c.data_type == "f" for row in ws.iter_rows() for c in row)


def test_the_appendix_export_writes_every_formula_lead_as_text():
    import openpyxl

    from exchange.workbook_export.sheets import text_cell

    ws = openpyxl.Workbook().active
    for col, text in enumerate(["=1+1", "+1", "-1", "@A1", "Bình thường"], start=1):
        text_cell(ws, 1, col, text)
    assert [c.data_type for c in ws[1]] == ["s"] * 5
