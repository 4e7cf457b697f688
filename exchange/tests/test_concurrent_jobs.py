"""Two office users press 'Thử lại' on the same failed job at the same instant (PostgreSQL, real
simultaneous requests): one new job, the other told it cannot be retried; never a 500."""

import pytest
from django.urls import reverse

from accounts.models import Profile
from core.models import BackgroundJob
from portal.tests.concurrency import Browser, concurrent, forms_in, post_together
from portal.tests.factories import make_user
from portal.tests.world import build_ward

pytestmark = concurrent


@pytest.fixture
def w(today):
    return build_ward("bach-dang", "Bạch Đằng")


def test_two_retries_of_one_failed_job_at_once_make_one_new_job(live_server, w):
    second_office = make_user(Profile.Role.FOLLOW_UP, ward=w.ward, username="bach-dang.vanphong2")
    url = reverse("exchange:job_retry", kwargs={"ward": w.ward.slug, "job_pk": w.job.pk})
    sends = []
    for user in (w.follow_up, second_office):
        page = Browser(live_server.url, user).get(
            reverse("exchange:job", kwargs={"ward": w.ward.slug, "job_pk": w.job.pk})
        )
        form = next(f for f in forms_in(page.answer.text) if f.action == url)
        sends.append(lambda page=page, form=form: page.browser.post(url, dict(form.fields)))
    answers = post_together(sends)
    assert [a.status for a in answers] == [302, 302], answers
    assert BackgroundJob.objects.filter(retry_of=w.job).count() == 1
    old_page = reverse("exchange:job", kwargs={"ward": w.ward.slug, "job_pk": w.job.pk})
    assert sorted(a.location == old_page for a in answers) == [False, True]  # one to the new job, one told
