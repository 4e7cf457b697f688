"""Sign-in, throttling of wrong passwords, password change, role groups and user admin."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from accounts.models import Profile
from accounts.roles import ROLE_GROUPS
from portal.tests.world import build_ward

pytestmark = pytest.mark.django_db

PASSWORD = "pw-12345678"  # portal.tests.factories.UserFactory


@pytest.fixture
def bd(today):
    return build_ward("bach-dang", "Bạch Đằng", reports=0)


def login(client, username, password=PASSWORD):
    return client.post(reverse("login"), {"username": username, "password": password})


def test_an_official_signs_in_and_lands_on_my_work(client, bd):
    response = login(client, bd.official.username)
    assert response.status_code == 302
    assert client.get(response["Location"])["Location"] == reverse("my_work")


def test_a_wrong_password_shows_a_vietnamese_error(client, bd):
    response = login(client, bd.official.username, "sai-mat-khau")
    assert response.status_code == 200
    assert "mật khẩu chính xác" in response.content.decode()


def test_five_wrong_passwords_lock_the_account(client, bd):
    for _attempt in range(4):
        assert login(client, bd.official.username, "sai-mat-khau").status_code == 200
    locked = login(client, bd.official.username, "sai-mat-khau")
    assert locked.status_code == 429
    assert "Tạm khóa đăng nhập" in locked.content.decode()
    # Even the right password is refused during the cool-off.
    again = login(client, bd.official.username)
    assert again.status_code == 429
    assert "_auth_user_id" not in client.session


def test_another_user_is_not_locked_by_someone_elses_failures(client, bd):
    for _attempt in range(5):
        login(client, bd.official.username, "sai-mat-khau")
    assert login(client, bd.viewer.username).status_code == 302


def test_logout_needs_a_post(client, bd):
    client.force_login(bd.official)
    response = client.post(reverse("logout"))
    assert response.status_code == 302
    assert "_auth_user_id" not in client.session


def test_password_change(client, bd):
    client.force_login(bd.official)
    response = client.post(
        reverse("password_change"),
        {"old_password": PASSWORD, "new_password1": "Ph0ng-Bach-Dang-2026", "new_password2": "Ph0ng-Bach-Dang-2026"},
    )
    assert response.status_code == 302
    bd.official.refresh_from_db()
    assert bd.official.check_password("Ph0ng-Bach-Dang-2026")


def test_pages_need_a_signed_in_user(client):
    response = client.get(reverse("my_work"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


class TestGroups:
    def test_every_role_group_exists_after_migrate(self):
        assert set(Group.objects.values_list("name", flat=True)) >= {
            "Cán bộ đơn vị",
            "Văn phòng theo dõi",
            "Lãnh đạo xem",
            "Thành phố xem",
        }

    def test_users_join_their_roles_group(self, bd):
        assert list(bd.official.groups.values_list("name", flat=True)) == ["Cán bộ đơn vị"]
        assert list(bd.viewer.groups.values_list("name", flat=True)) == ["Lãnh đạo xem"]

    def test_officials_may_add_reports_and_viewers_only_view(self, bd):
        assert bd.official.has_perm("assignments.add_progressreport")
        assert bd.official.has_perm("assignments.view_task")
        assert bd.viewer.has_perm("assignments.view_task")
        assert not bd.viewer.has_perm("assignments.add_progressreport")
        assert not bd.viewer.has_perm("assignments.change_task")

    def test_changing_the_role_changes_the_group(self, bd):
        profile = bd.official.profile
        profile.role = Profile.Role.WARD_VIEWER
        profile.unit = None
        profile.save()
        assert list(bd.official.groups.values_list("name", flat=True)) == [ROLE_GROUPS["ward_viewer"][0]]


class TestUserAdmin:
    def test_admins_see_roles_in_the_user_list_and_form(self, admin_client, bd):
        response = admin_client.get(reverse("admin:auth_user_changelist"))
        assert response.status_code == 200
        assert bd.official.username in response.content.decode()
        response = admin_client.get(reverse("admin:auth_user_change", args=[bd.official.pk]))
        assert response.status_code == 200
        assert "profile-0-role" in response.content.decode()

    def test_officials_cannot_open_the_admin(self, client, bd):
        client.force_login(bd.official)
        response = client.get(reverse("admin:index"))
        assert response.status_code == 302
