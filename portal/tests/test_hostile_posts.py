"""Hostile writes: every form of the portal, filled with bad input, answers 4xx or a page
with its errors in Vietnamese, changes nothing, and never gives a server error.

The pages come from the resolver (``test_isolation``'s walk), so forms added later are
posted to as well. Each page is opened by every role that may write (the ward's follow-up
office, an official of a unit, an admin); each POST form the page shows is sent back as the
browser would send it (``portal.tests.concurrency.forms_in``), by the first role to see it:

- each field in turn given ``SAMPLE`` hostile values of its type (the Django forms and
  formsets of the page's context say it: text, number, date, choice of another ward's object
  or of 10,000 ids, file; the management forms' counts too), the sample turning from field to
  field so that a form tries every value;
- every field hostile at once;
- the hidden ``version`` stale, missing, negative, past 2^31;
- for file fields: an empty file, a 0-byte .xlsx, a .docx that is a zip of garbage, a
  double extension, a 300-character name, a name with ``../``;

and by the other roles that see it: every field hostile at once, without the version.
Forms behind a first step (``STEPS``: the bulk edit's selection, a merge's preview) are
opened with it; a POST-only URL whose form no page showed gets ``BLIND_BODIES``.

Each POST runs in a savepoint rolled back afterwards, so every attempt starts from the
same state. Checks: status < 500; when the form is refused (4xx, or the page again with
200) nothing changed in the ward apps' tables or the pending imports (the SQL that ran is
read; a write rolled back before the answer is no change); no English Django message on the
Vietnamese page; the script payload comes back escaped. A plan read from its text waits for
review under the walk's token, so the plan-import pages are posted to as well.
"""

from __future__ import annotations

import io
import re
import zipfile
from urllib.parse import urlencode

import pytest
from django import forms
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection, transaction
from django.forms.formsets import BaseFormSet
from django.test.utils import CaptureQueriesContext
from django.urls import Resolver404, resolve, reverse

from accounts.models import Profile
from assignments.models import ProgressReport
from core.review import ReviewState
from exchange.models import PlanImport
from exchange.plan_document import pending, read_plan_document
from exchange.plan_document.pending import COLLECTIONS
from exchange.plan_document.tests.helpers import PLAN_TEXT
from portal.tests.concurrency import forms_in
from portal.tests.factories import PlanItemFactory, make_user
from portal.tests.test_isolation import (
    MODEL_OBJECTS,
    PATTERNS,
    POST_DATA,
    VALUE_KWARGS,
    WARD_APPS,
    fingerprint,
    urls_for,
)
from portal.tests.world import PDF, build_world

pytestmark = pytest.mark.django_db

XSS = "<script>alert(1)</script>"
TEXT = ["", "x" * 10_000, "a\x00b", "=cmd|' /C calc'!A0", XSS]
NUMBERS = ["-1", "0", str(2**63), "1e309", "1.000,5", "NaN"]
DATES = ["31/02/2026", "2026-13-45", "0000-00-00"]
MISSING_ID = "987654321"
MANY_IDS = [str(i) for i in range(1, 10_001)]  # a bulk action with 10,000 ids
# English that Django (or a forgotten string) would show if a message were not translated.
ENGLISH = (
    "This field is required",
    "Enter a valid",
    "Enter a whole number",
    "Enter a number",
    "Select a valid choice",
    "Ensure this value",
    "Null characters are not allowed",
    "The submitted file is empty",
    "No file was submitted",
    "is not one of the available choices",
    "Upload a valid",
    "already exists",
    "Management Form",
    "ManagementForm data is missing",
)
# Forms whose POST starts slow work or leaves the portal (each has its own tests).
SKIP_ACTIONS = ("/i18n/", "/accounts/", "/logout")


def docx_of_garbage() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", b"\x00\xff garbage <w:document")
    return buffer.getvalue()


def hostile_uploads() -> list[SimpleUploadedFile]:
    return [
        SimpleUploadedFile("trong.png", b"", content_type="image/png"),
        SimpleUploadedFile("bang.xlsx", b"", content_type="application/octet-stream"),
        SimpleUploadedFile("ke-hoach.docx", docx_of_garbage(), content_type="application/octet-stream"),
        SimpleUploadedFile("bien-ban.pdf.exe", PDF, content_type="application/pdf"),
        SimpleUploadedFile("a" * 300 + ".pdf", PDF, content_type="application/pdf"),
        SimpleUploadedFile("../../../etc/bien-ban.pdf", PDF, content_type="application/pdf"),
    ]


@pytest.fixture
def world(today):
    """The isolation test's world, with an admin, a report waiting for review, and a second
    and an archived item under the group (the tree then shows its move and restore forms)."""
    w = build_world()
    bd = w.bd
    bd.admin = make_user(Profile.Role.ADMIN, username="quantri.thu")
    ProgressReport.objects.filter(pk=bd.report.pk).update(review_state=ReviewState.SUBMITTED)
    PlanItemFactory(plan=bd.plan, parent=bd.group, key="PL1.II", number="II", title="Nhóm văn hóa")
    PlanItemFactory(plan=bd.plan, parent=bd.group, key="PL1.III", number="III", title="Nhóm cũ", archived=True)
    # A plan read from its text, waiting for the office's review, under the token the walk puts in
    # the plan-import URLs (its review, edit, header, confirm and discard forms).
    bd.staged = pending.start(ward=bd.ward, owner=bd.follow_up, proposal=read_plan_document(text=PLAN_TEXT))
    PlanImport.objects.filter(pk=bd.staged.pk).update(token=VALUE_KWARGS["token"][0])
    return w


def staged_entries(w) -> list[dict]:
    """The first entry of each kind of the staged proposal (the edit page's ``?entry=``)."""
    proposal = w.bd.staged.proposal
    return [{"entry": rows[0]["id"]} for rows in (proposal.get(k) or [] for k in COLLECTIONS.values()) if rows]


# Pages whose form shows only after a first step (a query string): the steps to open them with.
STEPS = {
    "task_bulk": lambda w: [{"task": [w.bd.task.pk, w.bd.yearly_task.pk]}],
    # the unit of the URL is ``ubnd``: merging Công an into it, and UBND into itself
    "unit_merge": lambda w: [{"removed": w.bd.congan.pk}, {"removed": w.bd.ubnd.pk}],
    "target_bulk_units": lambda w: [{"target": w.bd.target.pk}],
    "exchange:plan_import_edit": staged_entries,
}


ROLES = ("follow_up", "official", "admin")


def django_fields(context) -> dict[str, forms.Field]:
    """Every field of the forms and formsets in the page's context, by its name in the HTML."""
    found: dict[str, forms.Field] = {}

    def add(form):
        for name, field in form.fields.items():
            found.setdefault(form.add_prefix(name), field)

    for layer in context or []:
        for value in layer.flatten().values() if hasattr(layer, "flatten") else []:
            candidates = value if isinstance(value, list | tuple) else [value]
            for candidate in candidates:
                if isinstance(candidate, forms.BaseForm):
                    add(candidate)
                elif isinstance(candidate, BaseFormSet):
                    add(candidate.management_form)
                    for form in [*candidate.forms, candidate.empty_form]:
                        add(form)
    return found


def other_ward_id(field, world) -> list[str]:
    queryset = getattr(field, "queryset", None)
    if queryset is None:
        return []
    attr = MODEL_OBJECTS.get(queryset.model._meta.label_lower)
    return [str(getattr(world.ndn, attr).pk)] if attr else []


def values_for(name: str, field: forms.Field | None, baseline: list[str], world) -> list:
    """The hostile values for one field: by its type, with an empty value, 10,000 characters,
    a NUL byte and a list where one value is expected for every field."""
    common = ["", "x" * 10_000, "a\x00b", [baseline[0] if baseline else "1", "2"]]
    if name == "version" or name.endswith("-version"):
        current = int(baseline[0]) if baseline and baseline[0].lstrip("-").isdigit() else 1
        return [str(current - 1), None, "-1", str(2**31), "abc"]
    if isinstance(field, forms.FileField):
        return []  # files are posted on their own
    if isinstance(field, forms.ModelMultipleChoiceField):
        return [*common, *other_ward_id(field, world), MISSING_ID, "-1", str(2**63), XSS, MANY_IDS]
    if isinstance(field, forms.ModelChoiceField):
        return [*common, *other_ward_id(field, world), MISSING_ID, "-1", str(2**63), XSS]
    if isinstance(field, forms.DateField | forms.DateTimeField):
        return [*common, *DATES, "-1"]
    if isinstance(field, forms.IntegerField | forms.DecimalField | forms.FloatField):
        return [*common, *NUMBERS]
    if isinstance(field, forms.ChoiceField | forms.BooleanField):
        return [*common, XSS, "-1", MISSING_ID]
    if field is None and baseline and baseline[0].isdigit():
        return [*common, MISSING_ID, "-1", str(2**63), XSS, MANY_IDS]
    # Text (or a field the view reads by hand): text and numbers a person might paste.
    return [*common, "=cmd|' /C calc'!A0", XSS, "NaN", "1e309", "31/02/2026"]


def target_of(page_url: str, action: str) -> str | None:
    url = (action or page_url).split("#")[0]
    if not url.startswith("/"):
        return None
    path = url.split("?")[0]
    try:
        resolve(path)
    except Resolver404:
        return None
    return None if path.startswith(SKIP_ACTIONS) else url


def page_forms(client, url: str, world, query: dict | None = None):
    """(target URL, baseline data, Django fields by name, file field names) of every POST form
    of the page."""
    if query:
        url = f"{url}?{urlencode(query, doseq=True)}"
    response = client.get(url)
    if response.status_code != 200 or response.streaming:
        return []
    html = response.content.decode()
    fields = django_fields(response.context)
    found = []
    for form in forms_in(html):
        action = target_of(url, form.action)
        if action is None:
            continue
        data = {k: list(v) for k, v in form.fields.items()}
        files = [
            name for name, field in fields.items() if isinstance(field, forms.FileField) and f'name="{name}"' in html
        ]
        found.append((action, data, fields, files))
    return found


SAMPLE = 3  # hostile values per field; the offset turns with the field, so a form tries them all


def attempts(data: dict, fields: dict, files: list[str], world, *, first: bool = True):
    """(label, body) of the hostile submissions of one form. The ``first`` role to see the form
    sends each field in turn, every field at once, the version stale or missing and the hostile
    files; the other roles (the same form, their own rights) send every field at once and no
    version."""
    names = [name for name in data if name != "csrfmiddlewaretoken"]
    for position, name in enumerate(names):
        values = values_for(name, fields.get(name), data[name], world)
        if name == "version" or name.endswith("-version"):
            values = values if first else [None]
        elif first:
            start = position * SAMPLE
            values = [values[(start + i) % len(values)] for i in range(min(SAMPLE, len(values)))]
        else:
            continue
        for value in values:
            body = {k: list(v) for k, v in data.items()}
            if value is None:
                body.pop(name)
            else:
                body[name] = value
            yield f"{name}={str(value)[:40]!r}", body
    for value in TEXT[1:] + NUMBERS[2:4] + DATES[:1] if first else ["a\x00b", XSS, str(2**63)]:
        yield (
            f"every field={value[:20]!r}",
            {k: v if k == "csrfmiddlewaretoken" or k.endswith("version") else value for k, v in data.items()},
        )
    for upload in hostile_uploads() if files and first else []:
        for name in files:
            upload.seek(0)
            yield f"{name}=file {upload.name[:40]!r}", {**data, name: upload}


# The ward apps, and the pending plan imports (a refused edit of a proposal must not change it).
WARD_TABLES = tuple(f"{app}_" for app in (*WARD_APPS, "exchange"))
WRITE = re.compile(r'^\s*(INSERT INTO|UPDATE|DELETE FROM)\s+"?(\w+)"?', re.IGNORECASE)


def writes(queries) -> list[str]:
    """The writes to the ward apps' tables (history included) among ``queries``: the rows
    ``test_isolation.fingerprint`` reads and the pending imports, at the cost of reading the SQL
    that ran."""
    found = []
    for query in queries:
        match = WRITE.match(query["sql"])
        if match and match.group(2).startswith(WARD_TABLES):
            found.append(query["sql"][:120])
    return found


def state() -> str:
    """``test_isolation.fingerprint`` and the pending plan imports."""
    return fingerprint() + repr(list(PlanImport.objects.order_by("pk").values_list()))


def check(client, action: str, label: str, body: dict, before: str, failures: list[str]) -> None:
    where = f"POST {action} {label}"
    with transaction.atomic(), CaptureQueriesContext(connection) as queries:
        try:
            response = client.post(action, body)
        except Exception as error:  # the test client re-raises what would be a 500
            failures.append(f"{where}: {type(error).__name__}: {str(error)[:160]}")
            transaction.set_rollback(True)
            return
        try:
            if response.status_code >= 500:
                failures.append(f"{where}: {response.status_code}")
                return
            text = "" if response.streaming else response.content.decode("utf-8", "replace")
            if XSS in text:
                failures.append(f"{where}: the script comes back unescaped")
            leaked = [phrase for phrase in ENGLISH if phrase in text]
            if leaked:
                failures.append(f"{where}: English on the Vietnamese page: {leaked}")
            written = writes(queries)
            # A write undone before the answer (a savepoint rolled back, a purge of nothing) is no
            # change: only then is the whole state read again.
            if (response.status_code == 200 or 400 <= response.status_code < 500) and written and state() != before:
                failures.append(f"{where}: refused ({response.status_code}) but it wrote: {written[:2]}")
        finally:
            transaction.set_rollback(True)


FORM_PATTERNS = [p for p in PATTERNS if not p.name.startswith(("api:", "public:")) and "export" not in p.name]


# Bodies for an action that no page's form showed (POST-only URLs): the isolation test's
# plausible body, made hostile.
BLIND_BODIES = [{}, {"version": "-1"}, {"version": str(2**63), "direction": XSS}] + [
    dict.fromkeys(POST_DATA, value) for value in ("", "x" * 10_000, "a\x00b", str(2**63), "31/02/2026")
]


@pytest.mark.parametrize("pattern", FORM_PATTERNS, ids=lambda p: p.name)
def test_hostile_posts_never_give_a_server_error_nor_change_anything(client, world, pattern):
    urls = urls_for(pattern, world.bd) if pattern.kwargs else [reverse(pattern.name)]
    queries = [None, *STEPS.get(pattern.name, lambda w: [])(world)]
    before = state()
    failures: list[str] = []
    seen = set()
    for url in urls:
        for role in ROLES:
            client.force_login(getattr(world.bd, role))
            found = [form for query in queries for form in page_forms(client, url, world, query)]
            for action, data, fields, files in found:
                key = (action, tuple(sorted(data)))
                first = key not in seen
                seen.add(key)
                for label, body in attempts(data, fields, files, world, first=first):
                    check(client, action, f"[{role}] {label}", body, before, failures)
            if not found and client.get(url).status_code == 405:
                for body in BLIND_BODIES:
                    check(client, url, f"[{role}] {str(body)[:60]}", body, before, failures)
    assert not failures, "\n".join(failures[:40]) + f"\n({len(failures)} in all)"
    assert state() == before


def test_the_walk_finds_the_forms(client, world):
    client.force_login(world.bd.follow_up)
    found = page_forms(client, reverse("task_detail", kwargs={"task_pk": world.bd.task.pk}), world)
    assert any("version" in data or "narrative" in data for _action, data, _fields, _files in found)
    assert re.search(r"files", " ".join(files for *_rest, names in found for files in names))
