"""Two office users saving the same account, or creating the same user name, at the same instant."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from portal.tests.concurrency import Browser, assert_one_saved_one_refused, concurrent, post_together
from portal.tests.world import build_ward

pytestmark = concurrent
User = get_user_model()


@pytest.fixture
def w(today):
    return build_ward("bach-dang", "Bạch Đằng")


def test_two_saves_of_one_account_keep_exactly_one(live_server, w):
    path = reverse("person_detail", kwargs={"user_pk": w.official.pk})
    pages = [Browser(live_server.url, w.follow_up).get(path) for _ in range(2)]
    names = ["Nguyễn Văn An", "Trần Thị Bình"]
    answers = post_together(
        page.post(having="full_name", full_name=name, action="save") for page, name in zip(pages, names, strict=True)
    )
    saved, refused = assert_one_saved_one_refused(answers)
    w.official.refresh_from_db()
    assert w.official.first_name == names[answers.index(saved)]
    assert names[1 - answers.index(saved)] in refused.text  # what the second person typed is kept


def test_two_creations_of_the_same_user_name_make_one_account_and_no_error(live_server, w):
    path = reverse("person_create", kwargs={"ward_slug": w.ward.slug})
    pages = [Browser(live_server.url, w.follow_up).get(path) for _ in range(2)]
    data = {"full_name": "Lê Văn Cường", "username": "bd.cuong", "email": "", "role": "ward_viewer"}
    answers = post_together(page.post(having="username", **data) for page in pages)
    assert sorted(a.status for a in answers) == [200, 400], answers
    assert User.objects.filter(username="bd.cuong").count() == 1
    assert "Tên đăng nhập này đã có người dùng." in answers[[a.status for a in answers].index(400)].text
