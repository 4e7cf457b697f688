"""Test settings: the real settings, with a fast hasher and files under a temp folder."""

import os
import tempfile

os.environ.setdefault("DEBUG", "1")

from config.settings import *  # noqa: E402,F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MEDIA_ROOT = tempfile.mkdtemp(prefix="portal-media-")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
AXES_ENABLED = True
# whitenoise warns on every request when STATIC_ROOT does not exist; tests never collectstatic.
STATIC_ROOT = tempfile.mkdtemp(prefix="portal-static-")
# Tasks run inside the test (one test drives the real worker: core/tests/test_jobs.py).
TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}
JOB_RETRY_DELAYS = [0, 0]
JOB_HEARTBEAT_SECONDS = 0  # no heartbeat thread in tests (it would need its own connection)
