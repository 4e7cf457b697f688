"""The follow-up office's import page: upload → preview → confirm, and who may use it."""

from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from accounts.models import Profile
from assignments.models import Task, Unit, UnitAlias
from portal.tests.factories import WardFactory, make_user

pytestmark = pytest.mark.django_db

TASKS_FILE = Path(__file__).resolve().parents[3] / "fixtures" / "examples" / "phu-luc-1-nhiem-vu.xlsx"


@pytest.fixture
def alice(ward):
    """The follow-up office of the ward."""
    return make_user(Profile.Role.FOLLOW_UP, ward=ward)


def upload(client, ward, content=None, name="phu-luc-1.xlsx"):
    content = content if content is not None else TASKS_FILE.read_bytes()
    return client.post(
        reverse("exchange:import", args=[ward.slug]),
        {"file": SimpleUploadedFile(name, content), "plan": "ke-hoach", "kind": ""},
    )


def test_it_previews_then_imports_with_the_unit_mapping(client, ward, alice):
    client.force_login(alice)
    response = upload(client, ward)
    assert response.status_code == 302
    preview = client.get(response["Location"])
    assert preview.status_code == 200
    page = preview.content.decode()
    assert "Thêm mới 41" in page and "Mầm non" in page
    assert not Task.objects.for_ward(ward).exists()

    form = preview.context["mapping_form"]
    schools = Unit.objects.get(ward=ward, name="Các trường học")
    data = {f"unit_{i}": str(schools.pk) for i, _ in enumerate(form.names)}
    data["generation"] = form["generation"].value()  # the ward's data as the preview saw it
    confirm = client.post(response["Location"] + "confirm/", data)
    assert confirm.status_code == 302
    assert Task.objects.for_ward(ward).count() == 41
    assert UnitAlias.objects.filter(unit=schools, alias="Tiểu học").exists()

    again = client.get(upload(client, ward)["Location"])
    assert "không đổi 41" in again.content.decode()


def test_the_confirmation_needs_a_unit_for_every_unmatched_name(client, ward, alice):
    client.force_login(alice)
    location = upload(client, ward)["Location"]
    response = client.post(location + "confirm/", {})
    assert response.status_code == 200
    assert response.context["mapping_form"].errors
    assert not Task.objects.for_ward(ward).exists()


def test_a_file_that_is_not_xlsx_is_refused_by_the_form(client, ward, alice):
    client.force_login(alice)
    response = upload(client, ward, b"hello", name="bang.csv")
    assert response.status_code == 200
    assert "Chỉ nhận tệp bảng tính .xlsx, .xls hoặc .ods." in response.content.decode()


def test_a_broken_file_shows_its_error_and_no_confirm_button(client, ward, alice):
    client.force_login(alice)
    location = upload(client, ward, b"PK\x03\x04broken")["Location"]
    page = client.get(location).content.decode()
    assert "Tệp .xlsx bị hỏng" in page
    assert "Xác nhận nạp" not in page


def test_who_may_import(client, ward):
    url = reverse("exchange:import", args=[ward.slug])
    assert client.get(url).status_code == 302  # anonymous: to the login page
    official = make_user(Profile.Role.OFFICIAL, ward=ward, unit=Unit.objects.filter(ward=ward).first())
    client.force_login(official)
    assert client.get(url).status_code == 403
    other = make_user(Profile.Role.FOLLOW_UP, ward=WardFactory())
    client.force_login(other)
    assert client.get(url).status_code == 404
    admin = make_user(Profile.Role.ADMIN)
    client.force_login(admin)
    assert client.get(url).status_code == 200


def test_another_wards_office_cannot_use_a_pending_upload(client, ward, alice):
    client.force_login(alice)
    location = upload(client, ward)["Location"]
    client.force_login(make_user(Profile.Role.FOLLOW_UP, ward=WardFactory()))
    assert client.post(location + "confirm/", {}).status_code == 404
    assert not Task.objects.for_ward(ward).exists()


def test_the_office_chooses_the_sheets_to_import_on_the_preview(client, ward, alice):
    from .helpers import task_rows, workbook_bytes

    other = [["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời gian"], [1, "Việc của trang hai", "UBND phường", "2027"]]
    data = workbook_bytes(task_rows(2), extra_sheets=[("Trang hai", other)])
    client.force_login(alice)
    location = upload(client, ward, data)["Location"]
    page = client.get(location).content.decode()
    assert 'name="sheet" value="Trang hai" checked' in page and "Thêm mới 3" in page
    page = client.get(location, {"sheet": "Trang hai"}).content.decode()
    assert "Thêm mới 1" in page and 'name="sheet" value="Phụ lục 1">' in page
    assert "Không chọn nạp trang này." in page
    generation = client.get(location, {"sheet": "Trang hai"}).context["mapping_form"]["generation"].value()
    response = client.post(location + "confirm/", {"sheet": "Trang hai", "generation": generation})
    assert response.status_code == 302
    assert list(Task.objects.for_ward(ward).values_list("title", flat=True)) == ["Việc của trang hai"]


def test_an_ods_file_is_accepted_by_the_form(client, ward, alice):
    from .helpers import task_rows
    from .test_real_layouts import ods_bytes

    client.force_login(alice)
    response = upload(client, ward, ods_bytes(task_rows(2)), name="phu-luc.ods")
    assert response.status_code == 302
    assert "Thêm mới 2" in client.get(response["Location"]).content.decode()
