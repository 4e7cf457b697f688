"""Issue 12.6 in a real browser at 390 px and on a desktop screen: an official comments on a
task, the office sees the bell's count, opens the notification, lands on the comment and
replies; the official's bell then counts the reply. No CSP violation, no sideways scroll."""

import pytest

from portal.tests.browser.conftest import DESKTOP, PHONE, fits, log_in, open_page
from portal.tests.world import build_ward
from talk.models import Comment, Notification

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize("screen,viewport", [("phone", PHONE), ("desktop", DESKTOP)])
def test_an_official_comments_the_office_is_told_and_replies(live_server, browser, shot, today, screen, viewport):
    w = build_ward(f"talk-{screen}", "Bạch Đằng")
    Notification.objects.filter(ward=w.ward).delete()
    Comment.objects.filter(ward=w.ward).delete()
    page = open_page(browser, viewport)
    width = viewport["width"]
    try:
        log_in(page, live_server, w.official.username)
        page.goto(f"{live_server.url}/tasks/{w.task.pk}/")
        page.get_by_label("Bình luận của bạn").fill("Đơn vị đã khảo sát xong, đề nghị văn phòng xem số liệu quý IV.")
        page.get_by_role("button", name="Gửi bình luận").click()
        page.wait_for_load_state()
        assert "Đã gửi bình luận." in page.content()
        assert page.get_by_test_id("comment").count() == 1
        fits(page, width)
        page.get_by_test_id("thread").scroll_into_view_if_needed()
        shot(page, f"12-6-task-thread-{screen}", full_page=False)

        # Bad input on a phone: an empty comment is refused in Vietnamese, nothing saved.
        page.get_by_role("button", name="Gửi bình luận").click()
        page.wait_for_load_state()
        assert "Hãy viết nội dung bình luận." in page.content()
        assert Comment.objects.filter(task=w.task).count() == 1

        log_in(page, live_server, w.follow_up.username)
        bell = page.get_by_test_id("bell")
        assert bell.is_visible()  # outside the folded menu, on a phone too
        assert page.get_by_test_id("bell-count").inner_text() == "1"
        shot(page, f"12-6-bell-{screen}", full_page=False)
        bell.click()
        page.wait_for_load_state()
        assert page.get_by_test_id("notification").count() == 1
        assert "bình luận về" in page.get_by_test_id("notification").inner_text()
        fits(page, width)
        shot(page, f"12-6-notifications-{screen}")
        page.get_by_test_id("notification-open").click()
        page.wait_for_load_state()
        assert f"/tasks/{w.task.pk}/" in page.url and "#binh-luan-" in page.url
        assert page.get_by_test_id("bell-count").count() == 0
        page.get_by_label("Bình luận của bạn").fill("Văn phòng đã nhận, đề nghị gửi kèm biên bản nghiệm thu.")
        page.get_by_role("button", name="Gửi bình luận").click()
        page.wait_for_load_state()
        assert page.get_by_test_id("comment").count() == 2

        log_in(page, live_server, w.official.username)
        assert page.get_by_test_id("bell-count").inner_text() == "1"
        assert not page.csp_errors, page.csp_errors
    finally:
        page.context.close()
