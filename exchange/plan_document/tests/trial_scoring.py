"""How a new-user trial scores a plan proposal against its hand reading (``EXPECTED`` in
``realistic_docs_2``): header fields, items (kind, title, parent), target parts, task rows and
project rows. Each check returns what was right and what was wrong, so a test can assert on
it and a person can read why."""

from __future__ import annotations

from decimal import Decimal

from core.numbers import parse_number
from core.text import fold


def _same(a: str, b: str) -> bool:
    return fold(a or "").strip(" .;:") == fold(b or "").strip(" .;:")


def score_header(header: dict, expected: dict) -> list[str]:
    """The wrong header fields, each as "field: got ≠ expected"."""
    wrong = []
    pairs = [
        ("number", header.get("number"), expected["number"]),
        ("issuing_body_name", header.get("issuing_body_name"), expected["issuing_body_name"]),
        ("issued_on", header.get("issued_on"), expected["date"]),
        ("basis", len(header.get("basis") or []), expected["basis"]),
    ]
    for name, got, want in pairs:
        if got != want:
            wrong.append(f"{name}: {got!r} ≠ {want!r}")
    return wrong


def score_items(items: list[dict], expected: dict) -> tuple[int, list[str], list[str]]:
    """(items right, items missing or wrong, extra items) against ``expected["items"]``;
    items in ``expected["also"]`` (by kind and title's start) are right but not counted."""
    by_id = {i["id"]: i for i in items}
    used: set[str] = set()
    right, wrong = 0, []
    for kinds, title, parent in expected["items"]:
        found = next((i for i in items if _same(i["title"], title) and i["id"] not in used), None)
        if found is None:
            wrong.append(f"missing {kinds} {title!r}")
            continue
        used.add(found["id"])
        got_parent = by_id[found["parent"]]["title"] if found.get("parent") in by_id else None
        if found["kind"] not in kinds.split("|"):
            wrong.append(f"{title!r}: kind {found['kind']} ≠ {kinds}")
        elif not (parent is None and got_parent is None) and not _same(got_parent or "", parent or ""):
            wrong.append(f"{title!r}: parent {got_parent!r} ≠ {parent!r}")
        else:
            right += 1
    for kind, start in expected.get("also", []):
        for i in items:
            if i["id"] not in used and i["kind"] == kind and fold(i["title"]).startswith(fold(start)):
                used.add(i["id"])
    extra = [f"{i['kind']} {i['title'][:70]!r}" for i in items if i["id"] not in used]
    return right, wrong, extra


def _units(unit) -> tuple[str, ...]:
    return unit if isinstance(unit, tuple) else (unit,)


def target_part_errors(target: dict, part: dict, want: dict) -> list[str]:
    """What is wrong in one proposed target part against the clerk's reading."""
    errors = []
    value = part.get("value")
    if value is None or abs(Decimal(str(value))) != Decimal(want["value"]):
        errors.append(f"value {value} ≠ {want['value']}")
    if part.get("direction") != want["direction"]:
        errors.append(f"direction {part.get('direction')} ≠ {want['direction']}")
    unit = part.get("unit") or ""
    times = want["unit"] == "lần" and part.get("baseline_kind") == "times"
    if not times and fold(unit) not in {fold(u) for u in _units(want["unit"])}:
        errors.append(f"unit {unit!r} ≠ {want['unit']!r}")
    horizon = part.get("horizon_year") or target.get("horizon")
    if horizon != want["horizon"] and not (want["annual"] and part.get("is_annual")):
        errors.append(f"horizon {horizon} ≠ {want['horizon']}")
    if bool(part.get("is_annual")) != want["annual"]:
        errors.append(f"annual {part.get('is_annual')} ≠ {want['annual']}")
    if want["baseline_year"] and part.get("baseline_year") != want["baseline_year"]:
        errors.append(f"baseline year {part.get('baseline_year')} ≠ {want['baseline_year']}")
    if want["baseline_value"] is not None:
        got = part.get("baseline_value")
        if got is None or Decimal(str(got)) != Decimal(want["baseline_value"]):
            errors.append(f"baseline {got} ≠ {want['baseline_value']}")
    if fold(want["measure"]) not in fold(part.get("measure") or ""):
        errors.append(f"measure {part.get('measure')!r} lacks {want['measure']!r}")
    return errors


def score_targets(targets: list[dict], expected: dict) -> tuple[int, list[str], int]:
    """(target parts wholly right, what is wrong, parts proposed in all). A hand target is
    matched with the part whose measure or statement names its words."""
    parts = [(t, p) for t in targets if t.get("include", True) for p in t["parts"]]
    used: set[int] = set()
    right, wrong = 0, []
    for want in expected["targets"]:
        key = fold(want["measure"])
        candidates = [n for n, (_t, p) in enumerate(parts) if n not in used and key in fold(p.get("measure") or "")]
        candidates += [n for n, (t, _p) in enumerate(parts) if n not in used and key in fold(t["statement"])]
        if not candidates:
            wrong.append(f"missing target {want['measure']!r}")
            continue
        best = min(candidates, key=lambda n: len(target_part_errors(*parts[n], want)))
        used.add(best)
        errors = target_part_errors(*parts[best], want)
        if errors:
            wrong.append(f"{want['measure']!r}: " + "; ".join(errors))
        else:
            right += 1
    return right, wrong, len(parts)


def score_tasks(tasks: list[dict], items: list[dict], expected: dict) -> tuple[int, list[str]]:
    """(task rows clean, what is wrong): number, title, period as printed, group, no error."""
    by_id = {i["id"]: i for i in items}
    right, wrong = 0, []
    rows = {t["number"]: t for t in tasks}
    for number, title, _lead, _coordinators, period, group in expected["tasks"]:
        row = rows.get(number)
        if row is None:
            wrong.append(f"missing task {number}")
            continue
        problems = []
        if not _same(row["title"], title):
            problems.append(f"title {row['title']!r}")
        if row["period_text"] != period:
            problems.append(f"period {row['period_text']!r} ≠ {period!r}")
        owner = by_id.get(row["item"], {}).get("title", "")
        if not _same(owner, group):
            problems.append(f"group {owner!r} ≠ {group!r}")
        if row["errors"]:
            problems.append(f"errors {row['errors']}")
        if problems:
            wrong.append(f"task {number}: " + "; ".join(problems))
        else:
            right += 1
    extra = [t for t in tasks if t["number"] not in {e[0] for e in expected["tasks"]}]
    wrong += [f"extra task row {t['number']!r} {t['title'][:40]!r} {t['errors']}" for t in extra]
    return right, wrong


def score_projects(projects: list[dict], expected: dict) -> tuple[int, list[str]]:
    """(project rows right, what is wrong): number, name, total investment, funding as printed."""
    right, wrong = 0, []
    rows = {p["number"]: p for p in projects}
    for number, name, total, funding, *_rest in expected["projects"]:
        row = rows.get(number)
        if row is None:
            wrong.append(f"missing project {number}")
            continue
        problems = []
        if not _same(row["name"], name):
            problems.append(f"name {row['name']!r}")
        got_total = parse_number(row.get("total_investment") or "") if row.get("total_investment") else None
        if got_total is None or got_total != Decimal(total):
            problems.append(f"total {row.get('total_investment')!r} ≠ {total}")
        if row.get("funding_text") != funding:
            problems.append(f"funding {row.get('funding_text')!r}")
        if row["errors"]:
            problems.append(f"errors {row['errors']}")
        if problems:
            wrong.append(f"project {number}: " + "; ".join(problems))
        else:
            right += 1
    extra = [p for p in projects if p["number"] not in {e[0] for e in expected["projects"]}]
    wrong += [f"extra project row {p['number']!r} {p['name'][:40]!r}" for p in extra]
    return right, wrong


def score_assignments(items: list[dict], expected: dict) -> tuple[int, list[str]]:
    """(key tasks whose assignment names the lead and whose period is as printed, what is wrong)."""
    right, wrong = 0, []
    for title, leads, _coordinators, period in expected["assignments"]:
        item = next((i for i in items if _same(i["title"], title)), None)
        if item is None:
            wrong.append(f"missing {title!r}")
            continue
        problems = []
        if not all(fold(lead) in fold(item["assignment"]) for lead in leads):
            problems.append(f"assignment {item['assignment']!r}")
        if item["period_text"] != period:
            problems.append(f"period {item['period_text']!r} ≠ {period!r}")
        if problems:
            wrong.append(f"{title[:40]!r}: " + "; ".join(problems))
        else:
            right += 1
    return right, wrong


def score(proposal: dict, expected: dict) -> dict:
    """Every score of one proposal, as numbers and the reasons for each miss."""
    items_right, items_wrong, extra = score_items(proposal["items"], expected)
    targets_right, targets_wrong, parts = score_targets(proposal["targets"], expected)
    tasks_right, tasks_wrong = score_tasks(proposal["tasks"], proposal["items"], expected)
    projects_right, projects_wrong = score_projects(proposal["projects"], expected)
    assignments_right, assignments_wrong = score_assignments(proposal["items"], expected)
    header_wrong = score_header(proposal["header"], expected)
    return {
        "header": f"{4 - len(header_wrong)}/4",
        "items": f"{items_right}/{len(expected['items'])}, {len(extra)} extra",
        "targets": f"{targets_right}/{len(expected['targets'])} wholly right, {parts} parts proposed",
        "tasks": f"{tasks_right}/{len(expected['tasks'])}",
        "projects": f"{projects_right}/{len(expected['projects'])}",
        "assignments": f"{assignments_right}/{len(expected['assignments'])}",
        "wrong": header_wrong + items_wrong + [f"extra {e}" for e in extra] + targets_wrong + tasks_wrong
        + projects_wrong + assignments_wrong,
    }  # fmt: skip
