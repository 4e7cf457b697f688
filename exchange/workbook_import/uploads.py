"""Uploaded workbooks waiting for the office to confirm their import: kept, then removed.

The import page stores the upload under ``imports/<token>.<ext>`` and keeps the token in the
session until the import is confirmed (then the file is deleted at once). An upload that is
never confirmed — the office closed the tab, the session expired — would stay in the media
storage for ever, holding the ward's data: the ones older than ``KEEP_FOR`` (a day: time
enough to come back to a preview, not to keep files nobody sees) are removed by ``manage.py
remove_stale_uploads`` from cron every hour (README), and by every new upload.
"""

from __future__ import annotations

import datetime as dt

from django.core.files.storage import default_storage
from django.utils import timezone

FOLDER = "imports"
KEEP_FOR = dt.timedelta(days=1)


def save_upload(token: str, upload) -> str:
    """Store ``upload`` for its preview; returns its storage path."""
    remove_stale_uploads()
    extension = upload.name.rsplit(".", 1)[-1].lower() if "." in upload.name else "xlsx"
    return default_storage.save(f"{FOLDER}/{token}.{extension}", upload)


def remove_stale_uploads(now: dt.datetime | None = None, storage=default_storage) -> int:
    """Delete the uploads older than ``KEEP_FOR``; returns how many were removed."""
    now = now or timezone.now()
    try:
        _folders, files = storage.listdir(FOLDER)
    except FileNotFoundError:
        return 0
    removed = 0
    for name in files:
        path = f"{FOLDER}/{name}"
        try:
            if now - storage.get_modified_time(path) > KEEP_FOR:
                storage.delete(path)
                removed += 1
        except FileNotFoundError:  # removed meanwhile by a confirm or another cleanup
            continue
    return removed
