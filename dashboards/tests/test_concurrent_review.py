"""Two office users act on the same submitted report at once: one approves, the other returns it.
Exactly one is applied; the other is told the report was handled meanwhile, and nothing breaks.

Sequential twins run on any database; the concurrent ones on PostgreSQL (``concurrent``).
"""

import pytest
from django.urls import reverse

from accounts.models import Profile
from assignments.models import ProgressReport
from portal.tests.concurrency import concurrent, form_data, open_forms, post_together
from portal.tests.factories import ProgressReportFactory, make_user
from portal.tests.world import build_ward

Q4 = dict(period_kind="quarter", period_year=2026, period_index=4)
HANDLED = "vừa được người khác xử lý"


@pytest.fixture
def w(today):
    w = build_ward("bach-dang", "Bạch Đằng")
    w.follow_up2 = make_user(Profile.Role.FOLLOW_UP, ward=w.ward, username="bach-dang.vanphong2")
    w.submitted = ProgressReportFactory(task=w.task, unit=w.ubnd, percent=80, review_state="submitted", **Q4)
    return w


def url(w):
    return reverse("review_queue", kwargs={"ward_slug": w.ward.slug})


def decisions(w):
    comment = f"y_kien_tien_do_{w.submitted.pk}"
    return [{"action": "approve"}, {"action": "return", comment: "Thiếu số liệu"}]


@pytest.mark.django_db
class TestSequential:
    def test_the_second_decision_on_the_same_report_is_refused(self, client, w):
        pages = []
        for user in (w.follow_up, w.follow_up2):
            client.force_login(user)
            pages.append(client.get(url(w)).content.decode())
        approve, give_back = decisions(w)
        client.force_login(w.follow_up)
        assert client.post(url(w), form_data(pages[0], "mot", **approve)).status_code == 302
        client.force_login(w.follow_up2)
        response = client.post(url(w), form_data(pages[1], "mot", **give_back))
        assert response.status_code == 409 and HANDLED in response.content.decode()
        report = ProgressReport.objects.get(pk=w.submitted.pk)
        assert (report.review_state, report.review_comment, report.version) == ("approved", "", w.submitted.version + 1)

    def test_two_bulk_approvals_of_the_same_reports_apply_once(self, client, w):
        key = f"tien_do:{w.submitted.pk}:{w.submitted.version}"
        for user, expected in ((w.follow_up, 302), (w.follow_up2, 409)):
            client.force_login(user)
            assert client.post(url(w), {"chon": [key], "action": "approve"}).status_code == expected
        assert ProgressReport.objects.get(pk=w.submitted.pk).version == w.submitted.version + 1


class TestConcurrent:
    pytestmark = concurrent

    def test_approve_and_return_at_the_same_instant_apply_exactly_one(self, live_server, w):
        pages = open_forms(live_server, [w.follow_up, w.follow_up2], url(w))
        answers = post_together(
            page.post(having="mot", **change) for page, change in zip(pages, decisions(w), strict=True)
        )
        assert sorted(a.status for a in answers) == [302, 409], answers
        refused = next(a for a in answers if a.status == 409)
        assert HANDLED in refused.text
        report = ProgressReport.objects.get(pk=w.submitted.pk)
        assert report.version == w.submitted.version + 1
        winner = answers.index(next(a for a in answers if a.status == 302))
        assert report.review_state == ("approved", "returned")[winner]

    def test_two_approvals_at_the_same_instant_record_one(self, live_server, w):
        pages = open_forms(live_server, [w.follow_up, w.follow_up2], url(w))
        answers = post_together(page.post(having="mot", action="approve") for page in pages)
        assert sorted(a.status for a in answers) == [302, 409], answers
        report = ProgressReport.objects.get(pk=w.submitted.pk)
        assert (report.review_state, report.version) == ("approved", w.submitted.version + 1)
        assert report.history.filter(review_state="approved").count() == 1
