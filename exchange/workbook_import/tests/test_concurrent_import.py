"""A preview confirmed after the ward's data changed is refused; two confirmations at once import once."""

from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from accounts.models import Profile
from assignments.models import Task, Unit
from portal.seeding import SeedReport, ensure_units
from portal.tests.concurrency import Browser, assert_one_saved_one_refused, concurrent, form_data, post_together
from portal.tests.factories import PlanFactory, WardFactory, make_user

TASKS_FILE = Path(__file__).resolve().parents[3] / "fixtures" / "examples" / "phu-luc-1-nhiem-vu.xlsx"
STALE = "Dữ liệu của phường đã thay đổi sau khi bạn xem trước"


@pytest.fixture
def ward():
    ward = WardFactory()
    ensure_units(SeedReport(), ward, [])
    PlanFactory(ward=ward, code="ke-hoach")
    return ward


@pytest.fixture
def office(ward):
    """Two people of the ward's follow-up office."""
    return [make_user(Profile.Role.FOLLOW_UP, ward=ward) for _ in range(2)]


def mapping(html: str, ward) -> dict:
    """Every unmatched unit name of the preview mapped to the ward's schools."""
    schools = str(Unit.objects.get(ward=ward, name="Các trường học").pk)
    return {name: schools for name in form_data(html, "generation") if name.startswith("unit_")}


def upload(client, ward):
    return client.post(
        reverse("exchange:import", args=[ward.slug]),
        {"file": SimpleUploadedFile("phu-luc-1.xlsx", TASKS_FILE.read_bytes()), "plan": "ke-hoach", "kind": ""},
    )


@pytest.mark.django_db
class TestSequential:
    def test_a_preview_confirmed_after_a_change_is_refused_then_confirmed_again(self, client, ward, office):
        client.force_login(office[0])
        uploaded = upload(client, ward)
        preview = client.get(uploaded["Location"]).content.decode()

        unit = Unit.objects.filter(ward=ward).first()  # meanwhile someone edits the ward's data
        unit.short_name = "Đã sửa"
        unit.save()

        confirm = uploaded["Location"] + "confirm/"
        refused = client.post(confirm, form_data(preview, "generation", **mapping(preview, ward)))
        assert refused.status_code == 409
        html = refused.content.decode()
        assert STALE in html
        assert not Task.objects.for_ward(ward).exists()
        assert client.post(confirm, form_data(html, "generation")).status_code == 302  # the units chosen are kept
        assert Task.objects.for_ward(ward).count() == 41

    def test_a_confirmation_without_the_previews_generation_is_refused(self, client, ward, office):
        client.force_login(office[0])
        uploaded = upload(client, ward)
        preview = client.get(uploaded["Location"]).content.decode()
        for generation in (None, "not-a-number"):
            data = form_data(preview, "generation", generation=generation, **mapping(preview, ward))
            assert client.post(uploaded["Location"] + "confirm/", data).status_code == 409
        assert not Task.objects.for_ward(ward).exists()


class TestConcurrent:
    pytestmark = concurrent

    def test_two_confirmations_at_the_same_instant_import_once(self, live_server, ward, office):
        previews = []
        for user in office:  # each uploads the same workbook and opens its preview
            browser = Browser(live_server.url, user)
            page = browser.get(reverse("exchange:import", args=[ward.slug]))
            answer = page.post(having="plan", files={"file": [("phu-luc-1.xlsx", TASKS_FILE.read_bytes())]})()
            assert answer.status == 302, answer
            previews.append(browser.get(answer.location))
        answers = post_together(page.post(having="generation", **mapping(page.answer.text, ward)) for page in previews)
        assert_one_saved_one_refused(answers, STALE)
        assert Task.objects.for_ward(ward).count() == 41
