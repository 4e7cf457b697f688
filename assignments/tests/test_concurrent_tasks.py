"""Task authoring under real simultaneous requests (PostgreSQL): two people editing the same task,
two bulk edits confirmed at once, two tasks created in the same group at the same instant.

The sequential versions (any database) are in test_authoring.py and test_bulk.py.
"""

import pytest
from django.urls import reverse

from accounts.models import Profile
from assignments.models import DeadlineRevision, Task
from portal.tests.concurrency import (
    Browser,
    Page,
    assert_one_saved_one_refused,
    concurrent,
    open_forms,
    post_together,
)
from portal.tests.factories import make_user
from portal.tests.world import build_ward

pytestmark = concurrent


@pytest.fixture
def w(today):
    w = build_ward("bach-dang", "Bạch Đằng", tasks=2)
    w.second_office = make_user(Profile.Role.FOLLOW_UP, ward=w.ward, username="bach-dang.vanphong2")
    return w


def test_two_edits_of_one_task_at_the_same_instant_keep_exactly_one(live_server, w):
    url = reverse("task_edit", kwargs={"task_pk": w.task.pk})
    pages = open_forms(live_server, [w.follow_up, w.second_office], url)
    answers = post_together(page.post(title=f"Tên do người thứ {i + 1} sửa") for i, page in enumerate(pages))
    saved, refused = assert_one_saved_one_refused(answers)
    title = Task.objects.get(pk=w.task.pk).title
    assert title in ("Tên do người thứ 1 sửa", "Tên do người thứ 2 sửa")
    assert title not in refused.text or "Trong lúc bạn" in refused.text


def test_two_bulk_edits_confirmed_at_once_apply_one_and_refuse_the_other(live_server, w):
    ids = "&".join(f"task={t.pk}" for t in w.tasks)
    previews = []
    for user, year in ((w.follow_up, "2028"), (w.second_office, "2029")):
        page = Browser(live_server.url, user).get(f"{reverse('task_bulk')}?{ids}")
        preview = page.post(
            having="task", step="preview", action="deadline", period_kind="year", year=year, reason=f"Lùi sang {year}"
        )()
        assert preview.status == 200, preview
        previews.append(Page(page.browser, page.url, preview))
    answers = post_together(p.post(having="expect", step="confirm") for p in previews)
    saved, refused = assert_one_saved_one_refused(answers, message="Chưa sửa nhiệm vụ nào")
    years = {t.end_year for t in Task.objects.filter(pk__in=[t.pk for t in w.tasks])}
    assert len(years) == 1  # all from one edit, none half-applied
    assert DeadlineRevision.objects.count() == 2


def test_two_tasks_created_in_one_group_at_once_both_saved(live_server, w):
    url = reverse("task_create", kwargs={"ward_slug": w.ward.slug})
    pages = open_forms(live_server, [w.follow_up, w.second_office], url)
    answers = post_together(
        page.post(
            having="title",
            plan_item=str(w.item.pk),
            title=f"Nhiệm vụ tạo cùng lúc {i}",
            leads=[str(w.ubnd.pk)],
            period_kind="ongoing",
        )
        for i, page in enumerate(pages)
    )
    assert [a.status for a in answers] == [302, 302], answers
    created = Task.objects.filter(title__startswith="Nhiệm vụ tạo cùng lúc")
    assert created.count() == 2 and len({t.position for t in created}) == 2
