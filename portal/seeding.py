"""Load plan documents (``fixtures/*.json``) into the database, idempotently.

A plan document is a nested JSON tree (format in ``fixtures/README.md``). Rows are found
by natural keys (ward slug, plan code, item key, position) and written only when a value
differs, so a second run changes nothing and leaves no history entries.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from django.db import transaction

from assignments.models import Task, TaskUnit, Unit, UnitAlias
from assignments.unit_names import normalize_unit_name
from assignments.units import STANDARD_UNITS, UnitMatcher, task_unit_roles
from plans.models import City, Plan, PlanItem, Ward
from projects.models import FundingSource, Project
from targets.models import Target

FIXTURES_DIR = Path(__file__).resolve().parent.parent / "fixtures"
PLAN_FIELDS = (
    "number title issuing_body issuing_body_name issued_place issued_on basis period_start period_end "
    "purpose requirements closing recipients signer_title signer_name"
).split()
ITEM_FIELDS = "kind number title general_objective main_activities body assignment period_text resources".split()
TARGET_FIELDS = "measure direction value value_max unit horizon_year is_annual baseline_value baseline_year".split()
TASK_FIELDS = (
    "number title lead_text coordination_text period_kind period_text start_year end_year due_date expected_result"
).split()
UNIT_FIELDS = ("short_name", "kind", "is_external", "is_collective")
PROJECT_FIELDS = "number name level field location_scale funding_text units_text".split()
# Tracked in the portal once loaded: set when the project is created, never reset by a seed.
PROJECT_PROGRESS_FIELDS = "total_investment phase".split()


@dataclass
class SeedReport:
    counts: Counter = field(default_factory=Counter)

    def note(self, model, action: str) -> None:
        self.counts[(model.__name__, action)] += 1

    @property
    def changed(self) -> int:
        return sum(n for (_, action), n in self.counts.items() if action in ("created", "updated", "deleted"))

    def lines(self) -> list[str]:
        models = sorted({m for m, _ in self.counts})
        return [
            f"{m}: " + ", ".join(f"{a} {self.counts[(m, a)]}" for a in ("created", "updated", "unchanged", "deleted"))
            for m in models
        ]


def _coerce(model, name: str, value):
    """JSON values to the field's Python type, so that comparison with the row is exact."""
    if value is None:
        return None
    internal = model._meta.get_field(name).get_internal_type()
    if internal == "DateField" and isinstance(value, str):
        return dt.date.fromisoformat(value)
    if internal == "DecimalField":
        return Decimal(str(value))
    return value


def upsert(report: SeedReport, model, lookup: dict, values: dict, initial: dict | None = None):
    """Find the row by ``lookup``; create it, or update the ``values`` that differ.

    ``initial`` values are written only when the row is created: they are what the portal's
    users change afterwards (a project's phase…), which a later seed must not undo.
    """
    values = {k: _coerce(model, k, v) for k, v in values.items()}
    obj = model.objects.filter(**lookup).first()
    if obj is None:
        initial = {k: _coerce(model, k, v) for k, v in (initial or {}).items()}
        obj = model.objects.create(**lookup, **values, **initial)
        report.note(model, "created")
        return obj
    changed = [k for k, v in values.items() if getattr(obj, k) != v]
    if changed:
        for k in changed:
            setattr(obj, k, values[k])
        obj.save()
        report.note(model, "updated")
    else:
        report.note(model, "unchanged")
    return obj


def _defaults_for(model, data: dict, names: list[str]) -> dict:
    """The listed fields, with the model's default for those the document leaves out."""
    out = {}
    for name in names:
        if name in data:
            out[name] = data[name]
        else:
            f = model._meta.get_field(name)
            out[name] = f.get_default() if f.has_default() else (None if f.null else "")
    return out


def delete_stale(report: SeedReport, queryset) -> None:
    for obj in queryset:
        obj.delete()
        report.note(type(obj), "deleted")


def ensure_city_and_ward(report: SeedReport, data: dict) -> Ward:
    city = upsert(report, City, {"slug": data["city"]["slug"]}, {"name": data["city"]["name"]})
    w = data["ward"]
    return upsert(report, Ward, {"slug": w["slug"]}, {"city": city, "name": w["name"], "kind": w.get("kind", "phuong")})


def ensure_units(report: SeedReport, ward: Ward, extra: list[dict]) -> None:
    specs = [
        {
            "name": s.name,
            "short_name": s.short_name,
            "kind": s.kind,
            "is_external": s.is_external,
            "is_collective": s.is_collective,
            "aliases": list(s.aliases),
        }
        for s in STANDARD_UNITS
    ] + extra
    for spec in specs:
        unit = upsert(
            report,
            Unit,
            {"ward": ward, "name": spec["name"]},
            {k: spec.get(k, False if k.startswith("is_") else "") for k in UNIT_FIELDS},
        )
        for alias in spec.get("aliases", []):
            # Spellings that normalise alike ("UBND", "Ủy ban nhân dân") are one alias row.
            if not unit.aliases.filter(normalized=normalize_unit_name(alias)).exists():
                UnitAlias.objects.create(unit=unit, alias=alias)
                report.note(UnitAlias, "created")


class PlanLoader:
    def __init__(self, report: SeedReport, ward: Ward, plan: Plan) -> None:
        self.report, self.ward, self.plan = report, ward, plan
        self.matcher = UnitMatcher.for_ward(ward)
        self.seen_items: set[int] = set()

    def unit(self, name: str) -> Unit:
        unit = self.matcher.match(name)
        if unit is None:
            raise ValueError(f"{self.plan.code}: unit {name!r} is not a unit of {self.ward.slug}")
        return unit

    def load_items(self, items: list[dict], parent: PlanItem | None) -> None:
        for position, data in enumerate(items):
            item = upsert(
                self.report,
                PlanItem,
                {"plan": self.plan, "key": data["key"]},
                {"parent": parent, "position": position, **_defaults_for(PlanItem, data, ITEM_FIELDS)},
            )
            self.seen_items.add(item.pk)
            self.load_targets(item, data.get("targets", []))
            self.load_tasks(item, data.get("tasks", []))
            self.load_projects(item, data.get("projects", []))
            self.load_items(data.get("children", []), item)

    def load_targets(self, item: PlanItem, statements: list[dict]) -> None:
        kept = []
        for position, statement in enumerate(statements):
            for part, data in enumerate(statement["parts"]):
                target = upsert(
                    self.report,
                    Target,
                    {"plan_item": item, "position": position, "part": part},
                    {"statement": statement["statement"], **_defaults_for(Target, data, TARGET_FIELDS)},
                )
                kept.append(target.pk)
        delete_stale(self.report, item.targets.exclude(pk__in=kept))

    def load_tasks(self, item: PlanItem, tasks: list[dict]) -> None:
        kept = []
        for position, data in enumerate(tasks):
            task = upsert(
                self.report,
                Task,
                {"plan_item": item, "position": position},
                _defaults_for(Task, data, TASK_FIELDS),
            )
            kept.append(task.pk)
            leads = [self.unit(name) for name in data.get("lead", [])]
            roles = task_unit_roles(leads, [self.unit(name) for name in data.get("coordinators", [])])
            kept_roles = []
            for order, (unit, role) in enumerate(roles):
                row = upsert(self.report, TaskUnit, {"task": task, "unit": unit}, {"role": role, "position": order})
                kept_roles.append(row.pk)
            delete_stale(self.report, task.unit_roles.exclude(pk__in=kept_roles))
        delete_stale(self.report, item.tasks.exclude(pk__in=kept))

    def load_projects(self, item: PlanItem, projects: list[dict]) -> None:
        kept = []
        for position, data in enumerate(projects):
            lead = self.unit(data["lead"]) if data.get("lead") else None
            project = upsert(
                self.report,
                Project,
                {"ward": self.ward, "plan_item": item, "position": position},
                {"lead_unit": lead, **_defaults_for(Project, data, PROJECT_FIELDS)},
                initial=_defaults_for(Project, data, PROJECT_PROGRESS_FIELDS),
            )
            kept.append(project.pk)
            self._set_m2m(project.funding_sources, [self._funding(n) for n in data.get("funding_sources", [])])
            self._set_m2m(project.implementing_units, [self.unit(n) for n in data.get("implementing", [])])
        delete_stale(self.report, item.projects.exclude(pk__in=kept))

    def _funding(self, name: str) -> FundingSource:
        return upsert(self.report, FundingSource, {"name": name}, {})

    def _set_m2m(self, manager, objs: list) -> None:
        if set(manager.all()) != set(objs):
            manager.set(objs)
            self.report.note(manager.model, "updated")


def load_plan_document(report: SeedReport, data: dict) -> Plan:
    ward = ensure_city_and_ward(report, data)
    ensure_units(report, ward, data.get("units", []))
    plan_data = data["plan"]
    plan = upsert(report, Plan, {"ward": ward, "code": plan_data["code"]}, _defaults_for(Plan, plan_data, PLAN_FIELDS))
    loader = PlanLoader(report, ward, plan)
    loader.load_items(data["items"], None)
    delete_stale(report, plan.items.exclude(pk__in=loader.seen_items).order_by("-depth"))
    return plan


def plan_documents(directory: Path = FIXTURES_DIR) -> list[Path]:
    return sorted(directory.glob("plan-*.json"))


@transaction.atomic
def seed_plans(paths: list[Path] | None = None) -> SeedReport:
    report = SeedReport()
    for path in paths or plan_documents():
        load_plan_document(report, json.loads(path.read_text(encoding="utf-8")))
    return report
