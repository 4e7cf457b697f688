"""Threads on a task or a target: who writes, who reads, bad input, withdrawing, history.

Actors (``portal/tests/world.py``): in Bạch Đằng the UBND leads ``bd.task`` and answers for
``bd.target``, the Công an coordinates ``bd.task``, the Trạm Y tế has no role; the office
follows up; the committee's viewer reads; Nguyễn Đại Năng's people must get 404.
"""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from accounts.models import Profile
from portal.tests.factories import make_user
from talk.models import BODY_MAX_CHARS, Comment, Notification
from talk.services import post_comment

pytestmark = pytest.mark.django_db


def task_thread(task):
    return reverse("talk:task_thread", kwargs={"task_pk": task.pk})


def target_thread(target):
    return reverse("talk:target_thread", kwargs={"target_pk": target.pk})


def post(client, user, url, body):
    client.force_login(user)
    return client.post(url, {"body": body})


class TestWhoWrites:
    @pytest.mark.parametrize(
        ("actor", "status"),
        [("official", 302), ("coordinator", 302), ("follow_up", 302), ("bystander", 403), ("viewer", 403)],
    )
    def test_on_a_task_the_office_and_the_units_of_the_task_write_the_others_read(self, client, bd, actor, status):
        response = post(client, getattr(bd, actor), task_thread(bd.task), "Đề nghị bổ sung số liệu quý IV.")
        assert response.status_code == status
        assert Comment.objects.filter(task=bd.task).count() == (1 if status == 302 else 0)
        # Everyone of the ward reads the thread on the task page.
        page = client.get(reverse("task_detail", kwargs={"task_pk": bd.task.pk})).content.decode()
        assert 'data-testid="thread"' in page
        assert ('data-testid="comment-form"' in page) == (status == 302)

    @pytest.mark.parametrize(
        ("actor", "status"), [("official", 302), ("follow_up", 302), ("coordinator", 403), ("viewer", 403)]
    )
    def test_on_a_target_the_office_and_its_responsible_unit_write(self, client, bd, actor, status):
        response = post(client, getattr(bd, actor), target_thread(bd.target), "Số liệu lấy từ Chi cục Thống kê.")
        assert response.status_code == status
        assert Comment.objects.filter(target=bd.target).count() == (1 if status == 302 else 0)

    def test_an_admin_writes_anywhere_a_city_viewer_only_reads(self, client, world):
        admin = make_user(Profile.Role.ADMIN, username="quantri")
        assert post(client, admin, task_thread(world.bd.task), "Quản trị ghi chú.").status_code == 302
        assert post(client, world.city_viewer, task_thread(world.bd.task), "Thành phố hỏi.").status_code == 403
        assert client.get(task_thread(world.bd.task)).status_code == 200

    def test_another_wards_thread_is_not_found_for_reading_or_writing(self, client, world):
        for user in (world.ndn.official, world.ndn.follow_up):
            client.force_login(user)
            assert client.get(task_thread(world.bd.task)).status_code == 404
            assert client.post(task_thread(world.bd.task), {"body": "Xin chào"}).status_code == 404
            assert client.post(target_thread(world.bd.target), {"body": "Xin chào"}).status_code == 404
        assert not Comment.objects.exists()

    def test_ids_that_are_not_ids_are_not_found(self, client, bd):
        client.force_login(bd.follow_up)
        assert client.post(f"/tasks/{2**70}/comments/", {"body": "x"}).status_code == 404
        assert client.post(f"/comments/{2**70}/remove/").status_code == 404
        assert client.post(f"/notifications/{2**70}/open/").status_code == 404


class TestBadInput:
    @pytest.mark.parametrize(
        ("body", "message"),
        [
            ("", "Hãy viết nội dung bình luận."),
            ("   \n\t  ", "Hãy viết nội dung bình luận."),
            ("x" * 20_000, "Bình luận dài 20.000 ký tự; tối đa 4.000 ký tự."),
        ],
    )
    def test_it_says_why_in_vietnamese_and_saves_nothing(self, client, bd, body, message):
        response = post(client, bd.official, task_thread(bd.task), body)
        assert response.status_code == 400
        assert message in response.content.decode()
        assert not Comment.objects.exists() and not Notification.objects.exists()

    def test_the_longest_comment_allowed_is_kept_whole(self, client, bd):
        body = "ư" * BODY_MAX_CHARS
        assert post(client, bd.official, task_thread(bd.task), body).status_code == 302
        assert Comment.objects.get().body == body

    def test_a_null_character_is_refused_not_a_server_error(self, client, bd):
        response = post(client, bd.official, task_thread(bd.task), "a\x00b")
        assert response.status_code == 400
        assert not Comment.objects.exists()

    def test_markup_is_shown_as_text(self, client, bd):
        post(client, bd.official, task_thread(bd.task), "<script>alert(1)</script>")
        page = client.get(reverse("task_detail", kwargs={"task_pk": bd.task.pk})).content.decode()
        assert "<script>alert(1)</script>" not in page
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


class TestPosting:
    def test_the_comment_comes_back_to_the_task_page_with_its_anchor(self, client, bd):
        response = post(client, bd.official, task_thread(bd.task), "  Đã gửi báo cáo quý IV.  ")
        comment = Comment.objects.get()
        assert (
            response["Location"] == reverse("task_detail", kwargs={"task_pk": bd.task.pk}) + f"#binh-luan-{comment.pk}"
        )
        assert (comment.body, comment.author, comment.ward, comment.target) == (
            "Đã gửi báo cáo quý IV.",
            bd.official,
            bd.ward,
            None,
        )
        page = client.get(response["Location"]).content.decode()
        assert "Đã gửi báo cáo quý IV." in page and f'id="binh-luan-{comment.pk}"' in page
        assert comment.history.count() == 1

    def test_the_target_page_shows_its_thread(self, client, bd):
        post(client, bd.follow_up, target_thread(bd.target), "Đề nghị ghi rõ nguồn số liệu.")
        page = client.get(reverse("target_detail", kwargs={"target_pk": bd.target.pk})).content.decode()
        assert "Đề nghị ghi rõ nguồn số liệu." in page and "Văn phòng theo dõi" in page

    def test_a_get_of_the_thread_page_shows_the_form_to_those_who_write(self, client, bd):
        client.force_login(bd.coordinator)
        page = client.get(task_thread(bd.task))
        assert page.status_code == 200 and 'name="body"' in page.content.decode()
        client.force_login(bd.viewer)
        assert 'name="body"' not in client.get(task_thread(bd.task)).content.decode()


class TestWithdrawing:
    @pytest.fixture
    def comment(self, bd):
        return post_comment(subject=bd.task, author=bd.official, body="Số liệu nhầm, xin gỡ.")

    def remove(self, client, user, comment):
        client.force_login(user)
        return client.post(reverse("talk:comment_remove", kwargs={"comment_pk": comment.pk}))

    @pytest.mark.parametrize(
        ("actor", "status"), [("official", 302), ("follow_up", 302), ("coordinator", 403), ("viewer", 403)]
    )
    def test_its_author_or_the_office_withdraws_it(self, client, bd, comment, actor, status):
        assert self.remove(client, getattr(bd, actor), comment).status_code == status
        comment.refresh_from_db()
        assert comment.is_removed == (status == 302)

    def test_the_page_hides_the_text_the_history_keeps_it(self, client, bd, comment):
        self.remove(client, bd.follow_up, comment)
        page = client.get(reverse("task_detail", kwargs={"task_pk": bd.task.pk})).content.decode()
        assert "Số liệu nhầm, xin gỡ." not in page and "vẫn lưu trong lịch sử" in page
        records = comment.history.order_by("history_date")
        assert [r.history_type for r in records] == ["+", "~"]
        assert records.last().body == "Số liệu nhầm, xin gỡ." and records.last().removed_by == bd.follow_up

    def test_withdrawing_twice_changes_nothing_more(self, client, bd, comment):
        self.remove(client, bd.official, comment)
        first = Comment.objects.get().removed_at
        assert self.remove(client, bd.follow_up, comment).status_code == 302
        comment.refresh_from_db()
        assert comment.removed_at == first and comment.removed_by == bd.official
        assert comment.history.count() == 2

    def test_another_ward_cannot_withdraw_it(self, client, world, comment):
        assert self.remove(client, world.ndn.follow_up, comment).status_code == 404
        comment.refresh_from_db()
        assert not comment.is_removed


def thread_queries(client, user, url) -> int:
    client.force_login(user)
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


def test_the_thread_costs_the_same_queries_whatever_its_length(client, bd):
    urls = [reverse("task_detail", kwargs={"task_pk": bd.task.pk}), task_thread(bd.task)]
    target_url = reverse("target_detail", kwargs={"target_pk": bd.target.pk})
    post_comment(subject=bd.task, author=bd.official, body="Một")
    post_comment(subject=bd.target, author=bd.official, body="Một")
    few = [thread_queries(client, bd.follow_up, url) for url in [*urls, target_url]]
    for i in range(15):
        author = (bd.official, bd.coordinator, bd.follow_up)[i % 3]
        post_comment(subject=bd.task, author=author, body=f"Ý kiến {i}")
        post_comment(subject=bd.target, author=bd.follow_up, body=f"Ý kiến {i}")
    many = [thread_queries(client, bd.follow_up, url) for url in [*urls, target_url]]
    assert many == few
