"""A reviewed proposal → an ordinary plan, all or nothing, through the domain's authoring services.

``save_proposal`` writes the plan (``plans.authoring.create_plan``), its items in reading order
(``create_item``), the kept target parts (``targets.authoring.create_targets``), the appendix
tasks (``assignments.authoring.create_task``, units matched by ``UnitMatcher``, periods read by
``assignments.periods_text``) and projects (``projects.authoring.save_project``), inside one
transaction: a problem anywhere (a lead unit the ward does not have, a task without a period)
raises ``ValidationError`` listing every row to fix, and nothing stays written. A period the
portal cannot read into a deadline is kept as printed, "thời gian chưa rõ", as in the Excel import. History
is recorded by each service with ``author``. Items left out (``include`` false) take their
children, targets and rows with them.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from assignments.authoring import TaskFields, create_task
from assignments.periods_text import read_period_text, years_of
from assignments.units import UnitMatcher
from core.numbers import parse_number
from exchange.unit_mapping import save_unit_mapping
from plans.authoring import ITEM_FIELDS, create_item, create_plan
from plans.models import PlanItem
from projects.authoring import CapitalRow, save_project
from targets.authoring import create_targets

from .prose_tasks import read_assignment

KINDS = {choice for choice, _label in PlanItem.Kind.choices}
ISSUING_BODIES = ("party", "ubnd", "hdnd")


def plan_values(header: dict) -> dict:
    today = dt.date.today()
    start = header.get("period_start_year") or today.year
    end = header.get("period_end_year") or start
    basis = header.get("basis_text") or "\n".join(header.get("basis") or [])
    issued_on = header.get("issued_on")
    return {
        "number": (header.get("number") or "").strip()[:50],
        "title": (header.get("title") or "").strip() or _("Kế hoạch nạp từ văn bản"),
        "issuing_body": header.get("issuing_body") if header.get("issuing_body") in ISSUING_BODIES else "ubnd",
        "issuing_body_name": (header.get("issuing_body_name") or "")[:200],
        "issued_place": (header.get("issued_place") or "")[:100],
        "issued_on": dt.date.fromisoformat(issued_on) if issued_on else None,
        "basis": basis,
        "period_start": dt.date(int(start), 1, 1),
        "period_end": dt.date(int(max(int(end), int(start))), 12, 31),
        # The bodies of "Mục đích" and "Yêu cầu" as read, editable on the plan's page.
        "purpose": header.get("purpose") or "",
        "requirements": header.get("requirements") or "",
        # The end of the document as printed: shown on the plan's page, editable there.
        "closing": header.get("closing_text") or "",
        "signer_title": (header.get("signer_title") or "")[:200],
        "signer_name": (header.get("signer_name") or "")[:120],
        "recipients": header.get("recipients") or "",
    }


def _kept_items(items: list[dict]) -> list[dict]:
    left_out: set[str] = set()
    kept = []
    for item in items:
        if not item.get("include", True) or item.get("parent") in left_out:
            left_out.add(item["id"])
        else:
            kept.append(item)
    return kept


def _units(matcher: UnitMatcher, text: str, where: str, errors: list[str]) -> list:
    resolution = matcher.resolve(text or "")
    if resolution.unmatched:
        errors.append(
            _("%(where)s: không có đơn vị “%(names)s” trong phường. Hãy sửa tên hoặc thêm đơn vị trước.")
            % {"where": where, "names": "; ".join(resolution.unmatched)}
        )
    return resolution.units


def _responsible(matcher: UnitMatcher, target: dict, holder: PlanItem):
    """The unit that follows a target: as the office chose it, else the lead of the item's
    assignment ("Giao Ủy ban nhân dân phường chủ trì …"); None leaves it to the caller."""
    if target.get("responsible_text"):
        return matcher.match(target["responsible_text"])
    node = holder
    while node is not None:
        # "Đơn vị chủ trì: Công an phường." or "Giao … chủ trì, phối hợp …": the rule of the tasks
        # proposed from an item's text (``prose_tasks``).
        if lead := read_assignment(node.assignment or "").lead:
            return matcher.match(lead)
        node = node.parent
    return None


def _money(project: dict) -> tuple[Decimal | None, list[CapitalRow]]:
    """The total investment and each year's capital plan and disbursement of a proposed project,
    read the Vietnamese way ("1.800", "120,5"); ``ValueError`` (a Vietnamese message) otherwise."""
    text = (project.get("total_investment") or "").strip()
    total = parse_number(text) if text else None
    rows = []
    for year, figures in sorted((project.get("capital") or {}).items()):
        planned, disbursed = (figures.get(name, "").strip() for name in ("capital_plan", "disbursed"))
        if planned or disbursed:
            rows.append(
                CapitalRow(
                    pk=None,
                    version=None,
                    year=int(year),
                    planned=parse_number(planned) if planned else Decimal(0),
                    disbursed=parse_number(disbursed) if disbursed else Decimal(0),
                )
            )
    return total, rows


def _task_place(task: dict) -> str:
    return _("Nhiệm vụ %(n)s “%(t)s”") % {"n": task.get("number", ""), "t": (task.get("title") or "")[:60]}


def _project_place(project: dict) -> str:
    return _("Dự án %(n)s “%(t)s”") % {"n": project.get("number", ""), "t": (project.get("name") or "")[:60]}


def _target_place(target: dict) -> str:
    return _("Chỉ tiêu “%(t)s”") % {"t": (target.get("statement") or "")[:60]}


# The unit cells of each kind of row, and whether a row under no item is saved (a target is,
# under "Các chỉ tiêu"; a task or project is not).
UNIT_CELLS = (
    ("tasks", ("lead_text", "coordination_text"), _task_place, False),
    ("projects", ("units_text",), _project_place, False),
    ("targets", ("responsible_text", "coordination_text"), _target_place, True),
)


def unmatched_units(ward, proposal: dict) -> dict[str, list[str]]:
    """The unit names of the rows the plan would get that match no unit of the ward, each with
    the rows that write it: what the office maps (``exchange.unit_mapping``) before confirming.
    A target's responsible unit and partners are asked for as a task's units are: left out
    unanswered, a target table's "Đơn vị phối hợp" was dropped without a word."""
    matcher = UnitMatcher.for_ward(ward)
    kept = {item["id"] for item in _kept_items(proposal.get("items") or [])}
    out: dict[str, list[str]] = {}
    for collection, cells, place, loose in UNIT_CELLS:
        for entry in proposal.get(collection) or []:
            placed = entry.get("item") in kept or (loose and not entry.get("item"))
            if not entry.get("include", True) or not placed:
                continue
            for cell in cells:
                for name in matcher.resolve(entry.get(cell) or "").unmatched:
                    out.setdefault(name, []).append(place(entry))
    return out


@transaction.atomic
def save_proposal(*, ward, proposal: dict, author=None, unit_mapping: dict | None = None):
    """The plan made from ``proposal`` (see the module docstring), the unit names the office
    mapped kept first (new units, or aliases of the chosen ones)."""
    save_unit_mapping(ward, unit_mapping)
    values = plan_values(proposal.get("header") or {})
    plan = create_plan(ward=ward, author=author, **values)
    years = (values["period_start"].year, values["period_end"].year)
    created: dict[str, PlanItem] = {}
    for item in _kept_items(proposal.get("items") or []):
        parent = created.get(item.get("parent")) if item.get("parent") else None
        fields = {name: (item.get(name) or "") for name in ITEM_FIELDS if name != "kind"}
        fields["number"] = fields["number"][:20]
        fields["title"] = fields["title"] or fields["number"] or "—"
        kind = item.get("kind") if item.get("kind") in KINDS else "group"
        created[item["id"]] = create_item(plan=plan, parent=parent, author=author, kind=kind, **fields)
    errors: list[str] = []
    loose = None
    matcher = UnitMatcher.for_ward(ward)
    fallback = matcher.match("UBND phường") or matcher.match("Ủy ban nhân dân phường")
    for target in proposal.get("targets") or []:
        if not target.get("include", True):
            continue
        holder = created.get(target.get("item"))
        if holder is None:
            if target.get("item"):
                continue  # its item was left out
            if loose is None:
                loose = create_item(
                    plan=plan, parent=None, author=author, kind="section", number="", title=_("Các chỉ tiêu")
                )
            holder = loose
        parts = [p for p in target.get("parts") or [] if p.get("keep", True)]
        responsible = _responsible(matcher, target, holder) or fallback
        # The partners a target table names on the target's row: a name the ward lacked was
        # asked for on the review (``unmatched_units``) and mapped before this.
        partners = [u for u in matcher.resolve(target.get("coordination_text") or "").units if u != responsible]
        if parts:
            try:
                create_targets(
                    plan_item=holder,
                    statement=target["statement"],
                    parts=parts,
                    responsible_unit=responsible,
                    coordinating_units=partners,
                    deadline_text=target.get("deadline_text") or "",
                    author=author,
                )
            except ValidationError as exc:
                errors.append(
                    _("Chỉ tiêu “%(s)s”: %(e)s") % {"s": target["statement"][:80], "e": "; ".join(exc.messages)}
                )
    for task in proposal.get("tasks") or []:
        holder = created.get(task.get("item"))
        if not task.get("include", True) or holder is None:
            continue
        where = _task_place(task)
        leads = _units(matcher, task.get("lead_text", ""), where, errors)
        coordinators = [u for u in _units(matcher, task.get("coordination_text", ""), where, errors) if u not in leads]
        if not (task.get("period_text") or "").strip():
            errors.append(f"{where}: {_('Thiếu thời gian thực hiện.')}")
            continue
        # A period the portal cannot read ("Khi có yêu cầu") is kept as printed, as "thời gian
        # chưa rõ", as the Excel import does: never a reason to refuse the plan.
        period, _warning = read_period_text(task.get("period_text", ""), default_years=years)
        if not leads:
            if not task.get("lead_text"):
                errors.append(_("%(where)s: thiếu đơn vị chủ trì.") % {"where": where})
            continue
        fields = TaskFields(
            plan_item=holder,
            number=task.get("number", "")[:20],
            title=task.get("title", ""),
            leads=leads,
            coordinators=coordinators,
            period=period,
            expected_result=task.get("result", ""),
            resources=task.get("resources", ""),
        )
        try:
            create_task(fields=fields, author=author)
        except ValidationError as exc:
            errors.append(f"{where}: {'; '.join(exc.messages)}")
    for project in proposal.get("projects") or []:
        holder = created.get(project.get("item"))
        if not project.get("include", True) or holder is None:
            continue
        where = _project_place(project)
        units = _units(matcher, project.get("units_text", ""), where, errors)
        try:
            total, capital = _money(project)
        except ValueError as exc:
            errors.append(f"{where}: {exc}")
            continue
        first, last = years_of(read_period_text(project.get("period_text", ""), default_years=years)[0])
        try:
            save_project(
                ward=ward,
                project=None,
                expected_version=None,
                values={
                    "level": "ward",
                    "plan_item": holder,
                    "field": project.get("field", "")[:200],
                    "number": project.get("number", "")[:20],
                    "name": project.get("name", ""),
                    "location_scale": project.get("location_scale", ""),
                    "funding_text": project.get("funding_text", "")[:500],
                    "lead_unit": units[0] if units else None,
                    "total_investment": total,
                    "phase": "proposed",
                    "site_clearance": "",
                    "start_year": first,
                    "end_year": last,
                },
                implementing_units=units[1:],
                capital=capital,
                author=author,
            )
        except ValidationError as exc:
            errors.append(f"{where}: {'; '.join(exc.messages)}")
    if errors:
        raise ValidationError(errors)
    return plan
