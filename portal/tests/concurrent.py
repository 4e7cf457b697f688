"""Real simultaneous requests for the concurrency tests (PostgreSQL only).

``post_together(user, [(url, data), …])`` posts each from its own thread, test client and
database connection, released at the same instant by a barrier, and returns the sorted
status codes.
"""

from __future__ import annotations

import threading

import pytest
from django.db import connection
from django.test import Client

needs_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="concurrent writers need PostgreSQL (the test database of SQLite is one shared in-memory file)",
)


def post_together(user, requests: list[tuple[str, dict]]) -> list[int]:
    barrier = threading.Barrier(len(requests))
    statuses: list[int] = []

    def run(url: str, data: dict) -> None:
        try:
            client = Client()
            client.force_login(user)
            barrier.wait(timeout=10)
            statuses.append(client.post(url, data).status_code)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=request) for request in requests]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return sorted(statuses)
