"""Production mode: `check --deploy` is clean and the static files collect (manifest + compression)."""

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parents[2]


def run_manage(*args, tmp_path):
    # The browser tests' DJANGO_ALLOW_ASYNC_UNSAFE would trip check --deploy (async.E001).
    inherited = {k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"}
    env = {
        **inherited,
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "DEBUG": "0",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "portal.example.vn",
        "STATIC_ROOT": str(tmp_path / "static"),
    }
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=BASE_DIR, env=env, capture_output=True, text=True, timeout=300
    )


def test_check_deploy_is_clean(tmp_path):
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", tmp_path=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_without_a_secret_key_a_private_key_file_is_made_once_and_reused(tmp_path):
    key_file = tmp_path / "secret_key"
    env = {k: v for k, v in os.environ.items() if k not in ("SECRET_KEY", "DJANGO_ALLOW_ASYNC_UNSAFE")}
    env.update(DJANGO_SETTINGS_MODULE="config.settings", DEBUG="0", SECRET_KEY_FILE=str(key_file))
    show_key = ["-c", "import django; django.setup(); from django.conf import settings; print(settings.SECRET_KEY)"]

    def key_seen_by_a_new_process():
        result = subprocess.run(
            [sys.executable, *show_key], cwd=BASE_DIR, env=env, capture_output=True, text=True, timeout=120
        )
        assert result.returncode == 0, result.stderr
        return result.stdout.strip()

    first = key_seen_by_a_new_process()
    assert len(first) >= 50 and key_file.read_text() == first
    assert key_file.stat().st_mode & 0o777 == 0o600
    assert key_seen_by_a_new_process() == first


def test_static_files_collect_for_production(tmp_path):
    result = run_manage("collectstatic", "--noinput", tmp_path=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    manifest = (tmp_path / "static" / "staticfiles.json").read_text()
    assert "vendor/chartjs/chart.umd.min.js" in manifest
    assert "css/portal.css" in manifest


COOKIE_SETTINGS = [
    f"{cookie}_COOKIE_{flag}"
    for cookie in ("SESSION", "CSRF", "LANGUAGE")
    for flag in ("SECURE", "HTTPONLY", "SAMESITE")
]


@pytest.mark.django_db
def test_every_cookie_is_secure_httponly_and_same_site_in_production(tmp_path, client):
    """The production settings (read by a process started as production starts) applied to a
    journey that sets every cookie the portal sets: CSRF, session, language, messages."""
    show = [
        "-c",
        f"import django, json; django.setup(); from django.conf import settings as s; "
        f"print(json.dumps({{n: getattr(s, n) for n in {COOKIE_SETTINGS!r}}}))",
    ]
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"}
    env.update(DJANGO_SETTINGS_MODULE="config.settings", DEBUG="0", SECRET_KEY=secrets.token_urlsafe(50))
    result = subprocess.run([sys.executable, *show], cwd=BASE_DIR, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    production = json.loads(result.stdout)

    from django.contrib.messages import constants
    from django.contrib.messages.storage.cookie import CookieStorage
    from django.http import HttpResponse
    from django.test import RequestFactory, override_settings
    from django.urls import reverse

    from portal.tests.factories import UserFactory

    user = UserFactory(username="bd.ubnd")
    user.set_password("mat-khau-2026")
    user.save()
    cookies = {}
    with override_settings(**production):
        for response in (
            client.get(reverse("login")),
            client.post(reverse("login"), {"username": "bd.ubnd", "password": "mat-khau-2026"}),
            client.post(reverse("set_language"), {"language": "en", "next": "/"}),
        ):
            cookies.update(response.cookies)
        storage = CookieStorage(RequestFactory().get("/"))
        storage.add(constants.SUCCESS, "Đã lưu")
        response = HttpResponse()
        storage.update(response)
        cookies.update(response.cookies)
    assert {"csrftoken", "sessionid", "django_language", "messages"} <= set(cookies)
    for name, morsel in cookies.items():
        assert morsel["secure"], f"cookie {name} is not Secure"
        assert morsel["httponly"], f"cookie {name} is readable by scripts"
        assert morsel["samesite"] in ("Lax", "Strict"), f"cookie {name}: SameSite={morsel['samesite']!r}"
