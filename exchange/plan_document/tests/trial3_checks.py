"""Scoring of new-user trial 3: a proposal or an import preview against its hand reading.

Written blind, with the trial's files (``realistic_docs_3``, ``realistic_workbooks_3``), from the
JSON the README documents for ``import_plan --dry-run --json`` and ``import_appendix --dry-run
--json`` — not from the reader's code. Each check is ``(label, ok, detail)``; the end-to-end
tests assert every check of a kind, and the trial's figures count them.
"""

import json
import re
from io import StringIO

from django.core.management import CommandError, call_command

from core.text import fold


def words(text) -> str:
    """Folded, punctuation and spacing evened out: the form titles and names are compared in."""
    return " ".join(re.sub(r"[^\w%/]+", " ", fold(str(text or ""))).split())


def make_ward(name, slug, unit_names):
    from assignments.models import Unit
    from plans.models import City, Ward

    city, _ = City.objects.get_or_create(slug="hai-phong", defaults={"name": "Thành phố Hải Phòng"})
    ward = Ward.objects.create(city=city, name=name, slug=slug)
    for unit_name in unit_names:
        Unit.objects.create(ward=ward, name=unit_name)
    return ward


def run_command(*args):
    """The command's JSON (or None), its exit status and what it printed."""
    out, err = StringIO(), StringIO()
    status = 0
    try:
        call_command(*args, stdout=out, stderr=err)
    except SystemExit as exit_:
        status = exit_.code or 0
    except CommandError as error:
        status = getattr(error, "returncode", 1)
        err.write(str(error))
    text = out.getvalue()
    try:
        data = json.loads(text)
    except ValueError:
        data = None
    return data, status, text + err.getvalue()


def pasted_text(docx_bytes) -> str:
    """The document as Word copies it: paragraphs a line, table rows as tab-separated cells (a
    merged cell once), a cell's paragraphs on lines of their own."""
    from io import BytesIO

    from docx import Document
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    document = Document(BytesIO(docx_bytes))
    lines = []
    for element in document.element.body.iterchildren():
        if element.tag.endswith("}p"):
            lines.append(Paragraph(element, document).text)
        elif element.tag.endswith("}tbl"):
            for row in Table(element, document).rows:
                seen, cells = set(), []
                for cell in row.cells:
                    if id(cell._tc) in seen:
                        continue
                    seen.add(id(cell._tc))
                    cells.append("\n".join(p.text for p in cell.paragraphs))
                lines.append("\t".join(cells))
    return "\n".join(lines) + "\n"


def propose(tmp_path, key, documents, *, pasted=False):
    """``import_plan --dry-run --json`` on document ``key`` of ``documents`` (key → (builder, hand
    reading)), for a new ward with the reading's units: as a .docx, or as its pasted text."""
    build, expected = documents[key]
    ward = make_ward(*expected["ward"], expected["units"])
    if pasted:
        path = tmp_path / f"{key}.txt"
        path.write_text(pasted_text(build()), encoding="utf-8")
    else:
        path = tmp_path / f"{key}.docx"
        path.write_bytes(build())
    proposal, status, printed = run_command("import_plan", str(path), "--ward", ward.slug, "--dry-run", "--json")
    return proposal, status, printed, expected, ward, path


def confirm(ward, path, expected):
    """``import_plan FILE --ward W`` (the confirm) on a file already proposed; the plan it made,
    its number, issuer and period checked against the hand reading's header."""
    from plans.models import Plan

    _data, status, printed = run_command("import_plan", str(path), "--ward", ward.slug)
    assert status == 0, printed
    plan = Plan.objects.get(ward=ward, number=expected["header"]["number"])
    assert plan.issuing_body == expected["header"]["issuing_body"]
    assert plan.period_start.year == expected["header"]["period_start_year"]
    assert plan.period_end.year == expected["header"]["period_end_year"]
    return plan


def propose_and_confirm(tmp_path, key, documents):
    """``propose`` then ``confirm`` document ``key``: the plan made, and the hand reading."""
    _proposal, _status, _printed, expected, ward, path = propose(tmp_path, key, documents)
    return confirm(ward, path, expected), expected


def assert_saved_periods(tasks, saved_periods):
    """Each saved task's period against the reading: ``tasks`` maps a key to its task,
    ``saved_periods`` holds (key, period kind, start year, end year, due date), None where the
    reading checks nothing."""
    for key, kind, start, end, due in saved_periods:
        task = tasks[key]
        assert task.period_kind == kind, (key, task.period_kind, task.period_text)
        if start is not None:
            assert (task.start_year, task.end_year) == (start, end), key
        if due is not None:
            assert task.due_date.isoformat() == due, key


def preview_appendix(tmp_path, expected, content, filename, plan):
    """``import_appendix --dry-run --json`` on a workbook for a new ward with the reading's units,
    whose plan (``plan``: number, title, first and last year) is made first."""
    import datetime as dt

    from django.utils.text import slugify

    from plans.models import Plan

    ward = make_ward(*expected["ward"], expected["units"])
    number, title, first, last = plan
    Plan.objects.create(
        ward=ward,
        code=slugify(number.replace("/", "-")),
        number=number,
        title=title,
        issuing_body=Plan.IssuingBody.PEOPLES_COMMITTEE,
        period_start=dt.date(first, 1, 1),
        period_end=dt.date(last, 12, 31),
    )
    path = tmp_path / filename
    path.write_bytes(content)
    preview, status, printed = run_command("import_appendix", str(path), "--ward", ward.slug, "--dry-run", "--json")
    return preview, status, printed, ward, path


# --- plan proposals ---------------------------------------------------------------------------


def header_checks(proposal, expected):
    header = proposal.get("header") or {}
    checks = []
    for key, want in expected["header"].items():
        got = len(header.get("basis") or []) if key == "basis" else header.get(key)
        checks.append((f"header {key}", got == want, f"{got!r} ≠ {want!r}"))
    return checks


def _item_matches(item, number, title):
    return (item.get("number") or "") == number and words(title) in words(item.get("title"))


def item_checks(proposal, expected):
    items = proposal.get("items") or []
    by_id = {item["id"]: item for item in items}
    matched, checks = set(), []
    for number, kinds, title, parent, *fields in expected["items"]:
        found = [item for item in items if _item_matches(item, number, title) and item["id"] not in matched]
        label = f"item {number} {title[:30]}"
        if not found:
            checks.append((label, False, "missing"))
            continue
        item = found[0]
        matched.add(item["id"])
        wrong = []
        if item.get("kind") not in kinds:
            wrong.append(f"kind {item.get('kind')}")
        if parent != "*":
            parent_item = by_id.get(item.get("parent"))
            got = parent_item.get("number") if parent_item else None
            if got != parent:
                wrong.append(f"parent {got!r} ≠ {parent!r}")
        for extra in fields:
            assignment = words(" ".join(str(item.get(k) or "") for k in ("assignment", "body")))
            if "lead" in extra and words(extra["lead"]) not in assignment:
                wrong.append(f"lead not in {item.get('assignment')!r}")
            if "period" in extra and words(item.get("period_text")) != words(extra["period"]):
                wrong.append(f"period {item.get('period_text')!r}")
        checks.append((label, not wrong, "; ".join(wrong)))
    for item in items:
        if item["id"] in matched:
            continue
        optional = any(_item_matches(item, number, title) for number, title in expected["optional"])
        if not optional:
            checks.append((f"extra item {item.get('number')} {str(item.get('title'))[:40]}", False, item.get("kind")))
    return checks


def _close(got, want):
    try:
        return abs(float(got) - float(want)) < 1e-9
    except (TypeError, ValueError):
        return False


def _on_corpus_scale(direction):
    """Directions as the target corpus counts them (docs/IMPORT_QUALITY.md, "Method"): "trên 80%"
    is ``more_than`` to the parser and ``at_least`` to the hand reading."""
    return {"more_than": "at_least", "less_than": "at_most", "about": "exactly"}.get(direction, direction)


def target_checks(proposal, expected):
    parts = [(target, part) for target in proposal.get("targets") or [] for part in target.get("parts") or []]
    checks = []
    for want in expected["targets"]:
        label = f"target {want['measure']}"
        found = [(t, p) for t, p in parts if want["measure"] in words(p.get("measure"))]
        if not found:
            found = [(t, p) for t, p in parts if want["measure"] in words(t.get("statement"))]
        if not found:
            checks.append((label, False, "missing"))
            continue
        if "value" in want:
            found = [(t, p) for t, p in found if _close(p.get("value"), want["value"])] or found
        target, part = found[0]
        wrong = []
        if "value" in want and not _close(part.get("value"), want["value"]):
            wrong.append(f"value {part.get('value')!r}")
        if "direction" in want and _on_corpus_scale(part.get("direction")) != want["direction"]:
            wrong.append(f"direction {part.get('direction')!r}")
        if "unit" in want and (part.get("unit") or "").casefold() != want["unit"].casefold():
            wrong.append(f"unit {part.get('unit')!r}")
        horizon = part.get("horizon_year") or target.get("horizon")
        if "horizon" in want and horizon != want["horizon"]:
            wrong.append(f"horizon {horizon!r}")
        if "annual" in want and bool(part.get("is_annual")) != want["annual"]:
            wrong.append(f"annual {part.get('is_annual')!r}")
        if "change" in want and "change" in part and part["change"] != want["change"]:
            wrong.append(f"change {part['change']!r}")
        if "baseline_year" in want and part.get("baseline_year") != want["baseline_year"]:
            wrong.append(f"baseline year {part.get('baseline_year')!r}")
        if "baseline_value" in want and not _close(part.get("baseline_value"), want["baseline_value"]):
            wrong.append(f"baseline value {part.get('baseline_value')!r}")
        checks.append((label, not wrong, "; ".join(wrong) + f" [{part.get('measure')!r}]"))
    return checks


def task_checks(proposal, expected):
    tasks = proposal.get("tasks") or []
    items = {item["id"]: item for item in proposal.get("items") or []}
    checks = []
    for want in expected["tasks"]:
        label = f"task {want['group'][:12]} {want['number']} {want['title'][:30]}"
        found = [
            t for t in tasks if t.get("number") == want["number"] and words(want["title"]) == words(t.get("title"))
        ]
        if not found:
            checks.append((label, False, "missing"))
            continue
        task, wrong = found[0], []
        if words(task.get("lead_text")) != words(want["lead"]):
            wrong.append(f"lead {task.get('lead_text')!r}")
        if words(task.get("coordination_text")) != words(want["coordinating"]):
            wrong.append(f"coordinating {task.get('coordination_text')!r}")
        if words(task.get("period_text")) != words(want["period"]):
            wrong.append(f"period {task.get('period_text')!r}")
        if words(task.get("result")) != words(want["product"]):
            wrong.append(f"product {task.get('result')!r}")
        group = items.get(task.get("item")) or {}
        if words(want["group"]) not in words(group.get("title")):
            wrong.append(f"group {group.get('title')!r}")
        if task.get("errors"):
            wrong.append(f"errors {task['errors']!r}")
        checks.append((label, not wrong, "; ".join(wrong)))
    return checks


def proposal_checks(proposal, expected):
    if proposal is None:
        return [("proposal read", False, "no JSON")]
    return (
        header_checks(proposal, expected)
        + item_checks(proposal, expected)
        + target_checks(proposal, expected)
        + task_checks(proposal, expected)
    )


# --- workbook previews ------------------------------------------------------------------------


def _row_matches(row, want):
    return (
        row.get("kind") == want["kind"]
        and str(row.get("number") or "") == want["number"]
        and words(row.get("name")) == words(want["name"])
    )


def workbook_checks(preview, status, expected):
    if preview is None:
        return [("preview read", False, "no JSON")]
    checks = [
        ("exit status 0", status == 0, f"status {status}"),
        ("can import", preview.get("can_import") is True, repr(preview.get("errors"))),
    ]
    sheets = [sheet for sheet in preview.get("sheets") or [] if sheet.get("rows")]
    checks.append(("sheets read", len(sheets) == expected["sheets"], f"{len(sheets)} sheets"))
    rows = [row for sheet in sheets for row in sheet["rows"]]
    matched = set()
    for want in expected["rows"]:
        label = f"{want['kind']} {want['number']} {want['name'][:30]}"
        found = [row for row in rows if _row_matches(row, want) and id(row) not in matched]
        if not found:
            checks.append((label, False, "missing"))
            continue
        row, wrong = found[0], []
        matched.add(id(row))
        if row.get("errors"):
            wrong.append(f"errors {row['errors']!r}")
        if want["kind"] == "task":
            if [words(u) for u in row.get("lead") or []] != [words(u) for u in want["lead"]]:
                wrong.append(f"lead {row.get('lead')!r}")
            if [words(u) for u in row.get("coordinating") or []] != [words(u) for u in want["coordinating"]]:
                wrong.append(f"coordinating {row.get('coordinating')!r}")
            if want["period_text"] is not None and words(row.get("period_text")) != words(want["period_text"]):
                wrong.append(f"period text {row.get('period_text')!r}")
            period = row.get("period") or {}
            for key, value in want["period"].items():
                if period.get(key) != value:
                    wrong.append(f"period {key} {period.get(key)!r}")
            if words(row.get("product")) != words(want["product"]):
                wrong.append(f"product {row.get('product')!r}")
            if row.get("group_numbers") != want["group_numbers"]:
                wrong.append(f"group {row.get('group_numbers')!r}")
        checks.append((label, not wrong, "; ".join(wrong)))
    for row in rows:
        if id(row) not in matched and row.get("kind") != "total":
            checks.append((f"extra row {row.get('row')} {str(row.get('name'))[:40]}", False, row.get("kind")))
    return checks


def scored(parts: dict, proposal, expected) -> list:
    """Every check of ``parts`` (a trial's scored parts: name → checks function) on ``proposal``."""
    return [check for part in parts.values() for check in part(proposal, expected)]


def failures(checks):
    return [f"{label}: {detail}" for label, ok, detail in checks if not ok]


def confirm_through_pages(client, build, expected, filename):
    """The follow-up office of a new ward uploads the .docx, opens the review, confirms in one step
    (every unit the document names is the ward's) and finds the plan's page; the saved plan."""
    import re

    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.urls import reverse

    from accounts.models import Profile
    from exchange.models import PlanImport
    from plans.models import Plan
    from portal.tests.factories import make_user

    ward = make_ward(*expected["ward"], expected["units"])
    client.force_login(make_user(Profile.Role.FOLLOW_UP, ward=ward))
    upload = SimpleUploadedFile(filename, build())
    response = client.post(reverse("exchange:plan_import", kwargs={"ward": ward.slug}), {"file": upload})
    assert response.status_code == 302, response.content.decode()[:2000]
    assert client.get(response["Location"]).status_code == 200
    row = PlanImport.objects.filter(ward=ward).latest("pk")
    confirm = reverse("exchange:plan_import_confirm", kwargs={"ward": ward.slug, "token": row.token})
    response = client.post(confirm, {"version": row.version})
    assert response.status_code == 302, re.findall(r"(?s)cần sửa những điểm sau.{0,2500}", response.content.decode())
    plan = Plan.objects.get(ward=ward)
    assert plan.number == expected["header"]["number"]
    assert (plan.period_start.year, plan.period_end.year) == (
        expected["header"]["period_start_year"],
        expected["header"]["period_end_year"],
    )
    assert client.get(reverse("plan_detail", kwargs={"plan_pk": plan.pk})).status_code == 200
    return plan
