"""Real simultaneous HTTP requests, for the concurrency test of every form that writes.

Two people open the same form in two browsers and save at the same instant: the tests of
``*/tests/test_concurrent_*.py`` do exactly that against a live server (pytest-django's
``live_server``, a threaded WSGI server in the test process) on PostgreSQL:

    pytestmark = concurrent            # PostgreSQL only, transactional database

    def test_two_saves(live_server, w):
        pages = open_forms(live_server, [w.official, w.follow_up], url)   # both GET: same state
        answers = post_together(page.post(narrative=f"mine {i}") for i, page in enumerate(pages))
        saved, refused = assert_one_saved_one_refused(answers)     # [302, 409] + the message

``Browser`` is one person's browser (its own cookies, logged in with ``force_login``), ``Page``
a page it loaded (``page.post(having="version", files=None, **changes)`` prepares the
submission of the form that has the field ``having``, as the browser would send it, hidden
version included, with ``changes``), ``post_together`` sends prepared requests from one
thread each, released at once by a barrier, and returns their ``Answer``s in order
(``status``, ``text``, ``location``). ``form_data(html, having="version", **changes)`` gives
the same submission for Django's test client, for the sequential tests.

SQLite cannot take part: the test database is one in-memory database shared by every thread,
so the requests would not be concurrent writers. ``concurrent`` skips there with that reason.
"""

from __future__ import annotations

import threading
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from http.cookies import SimpleCookie

import pytest
from django.conf import settings
from django.db import connection
from django.test import Client
from django.test.client import BOUNDARY, MULTIPART_CONTENT, encode_multipart

needs_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="real concurrent writers need PostgreSQL: SQLite's test database is one in-memory database "
    "shared by every thread (CI runs these with DATABASE_URL=postgres://…)",
)
# The marks of a concurrency test module: ``pytestmark = concurrent``.
concurrent = [needs_postgresql, pytest.mark.django_db(transaction=True)]

TIMEOUT = 30  # seconds a request may take before the test fails rather than hangs


@dataclass
class Answer:
    """What the server answered: status, body, where a redirect goes."""

    status: int
    text: str
    location: str = ""

    @property
    def saved(self) -> bool:
        """The POST/redirect/GET of a successful save."""
        return self.status == 302

    def __repr__(self) -> str:  # a failing assert shows the status and the start of the page
        return f"Answer({self.status}, {self.location or self.text[:200]!r})"


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None  # a 302 is an answer to look at, not to follow


class _Forms(HTMLParser):
    """The forms of a page with their fields, as a browser would submit them unchanged."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.forms: list[Form] = []
        self._select: str | None = None
        self._options: list[tuple[str, bool]] = []
        self._option_value: str | None = None
        self._option_text = ""
        self._textarea: str | None = None
        self._text = ""

    def handle_starttag(self, tag, attrs):
        a = {k: (v or "") for k, v in attrs}
        if tag == "form":
            self.forms.append(Form(action=a.get("action", ""), attrs=a))
            return
        if not self.forms:
            return
        current = self.forms[-1]
        name = a.get("name")
        if tag == "input" and name and "disabled" not in a:
            kind = a.get("type", "text").lower()
            if kind in ("checkbox", "radio"):
                if "checked" in a:
                    current.fields.setdefault(name, []).append(a.get("value", "on"))
            elif kind not in ("submit", "button", "image", "reset", "file"):
                current.fields.setdefault(name, []).append(a.get("value", ""))
        elif tag == "select" and name:
            self._select, self._options = name, []
        elif tag == "option" and self._select is not None:
            self._option_value = a.get("value")
            self._option_text = ""
            self._options.append(("", "selected" in a))
        elif tag == "textarea" and name:
            self._textarea, self._text = name, ""

    def handle_data(self, data):
        if self._textarea is not None:
            self._text += data
        elif self._option_value is None and self._select is not None and self._options:
            self._option_text += data

    def handle_endtag(self, tag):
        if tag == "option" and self._select is not None and self._options:
            value = self._option_value if self._option_value is not None else self._option_text.strip()
            self._options[-1] = (value, self._options[-1][1])
            self._option_value = None
        elif tag == "select" and self._select is not None:
            chosen = [value for value, selected in self._options if selected] or [v for v, _ in self._options[:1]]
            self.forms[-1].fields[self._select] = chosen
            self._select = None
        elif tag == "textarea" and self._textarea is not None:
            # the HTML spec drops the newline right after <textarea>
            self.forms[-1].fields[self._textarea] = [self._text.removeprefix("\n")]
            self._textarea = None


@dataclass
class Form:
    action: str
    attrs: dict
    fields: dict[str, list[str]] = field(default_factory=dict)

    def value(self, name: str) -> str:
        return self.fields.get(name, [""])[0]


def forms_in(html: str) -> list[Form]:
    """The POST forms of a page, each with the fields a browser would send unchanged."""
    parser = _Forms()
    parser.feed(html)
    return [f for f in parser.forms if f.attrs.get("method", "get").lower() == "post"]


def form_data(html: str, having: str = "version", **changes) -> dict[str, list[str] | str]:
    """What submitting the form with a field ``having`` sends, with ``changes`` (``None``
    drops a field): for sequential tests with Django's test client, which post the hidden
    version exactly as a browser that loaded the page would."""
    for form in forms_in(html):
        if having in form.fields:
            data: dict[str, list[str] | str] = {k: list(v) for k, v in form.fields.items()}
            for name, value in changes.items():
                if value is None:
                    data.pop(name, None)
                else:
                    data[name] = value
            return data
    raise AssertionError(f"no form with a field {having!r}")


def submission(url: str, html: str, having: str = "version", **changes) -> tuple[str, dict]:
    """Where the form with ``having`` on the page at ``url`` posts to, and what it sends."""
    form = next((f for f in forms_in(html) if having in f.fields), None)
    assert form is not None, f"no form with a field {having!r} on {url}"
    action = urllib.parse.urljoin(url, form.action or url).split("#")[0]
    return action, form_data(html, having, **changes)


@dataclass
class Page:
    """A page a browser loaded; ``post()`` prepares the submission of one of its forms."""

    browser: Browser
    url: str
    answer: Answer

    def form(self, having: str = "version") -> Form:
        """The first POST form with a field named ``having`` (e.g. ``capital-year``)."""
        for candidate in forms_in(self.answer.text):
            if having in candidate.fields:
                return candidate
        raise AssertionError(f"no form with a field {having!r} on {self.url}: {self.answer!r}")

    def post(self, *, having: str = "version", files: dict | None = None, **changes) -> Callable[[], Answer]:
        """The submission of the form with ``having``, its fields changed by ``changes`` (a
        ``None`` value removes a field), ``files`` as ``{name: [(filename, bytes), …]}``;
        call the result to send it (``post_together`` calls several at once)."""
        action, data = submission(self.url, self.answer.text, having, **changes)
        return lambda: self.browser.post(action, data, files=files)


class Browser:
    """One person's browser on the live server: its own cookies, logged in as ``user``."""

    def __init__(self, base_url: str, user=None) -> None:
        self.base_url = base_url.rstrip("/")
        self.cookies: dict[str, str] = {}
        self._opener = urllib.request.build_opener(_NoRedirect)
        if user is not None:
            client = Client()
            client.force_login(user)  # the session row is committed: transactional test database
            self.cookies[settings.SESSION_COOKIE_NAME] = client.cookies[settings.SESSION_COOKIE_NAME].value

    def _send(self, request: urllib.request.Request) -> Answer:
        request.add_header("Cookie", "; ".join(f"{k}={v}" for k, v in self.cookies.items()))
        try:
            response = self._opener.open(request, timeout=TIMEOUT)
        except urllib.error.HTTPError as error:  # 3xx (not followed), 4xx and 5xx
            response = error
        with response:
            body = response.read().decode("utf-8", "replace")
            for header in response.headers.get_all("Set-Cookie") or []:
                for morsel in SimpleCookie(header).values():
                    self.cookies[morsel.key] = morsel.value
            return Answer(response.status, body, response.headers.get("Location", ""))

    def url(self, path: str) -> str:
        return path if path.startswith("http") else self.base_url + path

    def get(self, path: str) -> Page:
        url = self.url(path)
        return Page(self, url, self._send(urllib.request.Request(url)))

    def post(self, path: str, data: dict, *, files: dict | None = None) -> Answer:
        url = self.url(path)
        if files:
            payload = {**data}
            for name, uploads in files.items():
                payload[name] = [_Upload(filename, content) for filename, content in uploads]
            body, content_type = encode_multipart(BOUNDARY, payload), MULTIPART_CONTENT
        else:
            body = urllib.parse.urlencode(data, doseq=True).encode()
            content_type = "application/x-www-form-urlencoded"
        request = urllib.request.Request(url, data=body, method="POST")
        request.add_header("Content-Type", content_type)
        return self._send(request)


class _Upload:
    """A file for ``encode_multipart`` (it reads ``name`` and ``read()``)."""

    def __init__(self, name: str, content: bytes) -> None:
        self.name, self._content = name, content

    def read(self) -> bytes:
        return self._content


def open_forms(live_server, users: Iterable, path: str) -> list[Page]:
    """Each user's browser loads ``path`` (one after the other: both see the same state)."""
    pages = [Browser(live_server.url, user).get(path) for user in users]
    for page in pages:
        assert page.answer.status == 200, page.answer
    return pages


def post_together(requests: Iterable[Callable[[], Answer]]) -> list[Answer]:
    """Send each prepared request from its own thread, all released at the same instant.

    Returns the answers in the order given. The server handles each request in a thread of
    its own with its own database connection (``live_server``), so the writes truly overlap.
    """
    requests = list(requests)
    barrier = threading.Barrier(len(requests))
    answers: list[Answer | BaseException | None] = [None] * len(requests)

    def run(index: int, send: Callable[[], Answer]) -> None:
        try:
            barrier.wait(timeout=TIMEOUT)
            answers[index] = send()
        except BaseException as error:  # re-raised in the test's thread below
            answers[index] = error
        finally:
            connection.close()  # a thread's connection is its own: never leave it open

    threads = [threading.Thread(target=run, args=(i, send)) for i, send in enumerate(requests)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=TIMEOUT * 2)
    for answer in answers:
        if isinstance(answer, BaseException):
            raise answer
        assert answer is not None, "a request did not finish in time"
    return answers  # type: ignore[return-value]


def assert_one_saved_one_refused(answers: list[Answer], message: str = "Trong lúc bạn") -> tuple[Answer, Answer]:
    """Exactly one save went through (302) and the other was refused (409) with ``message``;
    returns (saved, refused). No 5xx ever."""
    statuses = sorted(a.status for a in answers)
    assert statuses == [302, 409], answers
    saved = next(a for a in answers if a.status == 302)
    refused = next(a for a in answers if a.status == 409)
    assert message in refused.text, refused
    return saved, refused


def race(live_server, users: list, path: str, changes: list[dict], *, having: str = "version") -> list[Answer]:
    """Each user opens ``path`` (same state), then all submit its form at the same instant,
    user ``i`` with ``changes[i]``; the answers in the users' order."""
    pages = open_forms(live_server, users, path)
    return post_together(page.post(having=having, **change) for page, change in zip(pages, changes, strict=True))


def in_turn(users: list, path: str, changes: list[dict], *, having: str = "version") -> list:
    """The sequential twin of ``race`` with Django's test client (any database): each user
    opens ``path``, then they submit one after the other; the responses in the users' order."""
    clients = []
    for user in users:
        client = Client()
        client.force_login(user)
        clients.append((client, client.get(path)))
    for _client, page in clients:
        assert page.status_code == 200, page
    return [
        client.post(*submission(path, page.content.decode(), having, **change))
        for (client, page), change in zip(clients, changes, strict=True)
    ]
