"""Synthetic wards at national scale, shaped like the two real plans (``manage.py generate_wards``).

Ward ``i`` (0-based) is ``sw-0001`` for i = 0, and everything about it is drawn from a
random generator seeded with ``(seed, i)``: the same seed gives the same wards, whether they
are made in one run or added in several (1, then 114, then 3,321). Each ward gets the
standard units, one plan with the tree of Bạch Đằng's plan (programmes, schemes, key tasks,
duties, the appendix groups and fields), about 60 tasks, 40 targets and 30 projects drawn
from both real plans, quarterly progress reports and measurements for every quarter of
2026–2030 that has ended by ``until``, and the capital plan of each project per year.
Wards fill cities of ``wards_per_city`` (114, like Hải Phòng), Hải Phòng first.

Rows are written in bulk (``scale.bulk``: COPY on PostgreSQL) a chunk of wards per
transaction, with no history rows (simple_history records changes made through the ORM).
"""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from types import SimpleNamespace

from django.contrib.auth.hashers import make_password
from django.db import transaction
from django.utils.text import slugify

from accounts.models import Profile
from assignments.models import Task, TaskUnit, Unit, UnitAlias
from assignments.unit_names import normalize_unit_name
from assignments.units import STANDARD_UNITS
from core.search import search_text_of
from core.text import fold
from plans.models import City, Plan, PlanItem, Ward, tree_order_for
from projects.models import FundingSource, Project
from targets.models import Target

from . import bulk
from .activity import FIRST_YEAR, LAST_YEAR, ActivityMixin, quarters_until
from .pools import CITY_NAMES, CITY_SLUGS, LEAD_UNITS, PHASES, PLACE_NAMES, SOURCE_WARD_NAME, pools
from .tables import MODELS_WRITTEN, TABLES, Through, User

SLUG_PREFIX = "sw-"
PLAN_END = dt.date(LAST_YEAR, 12, 31)
ITEM_TEXTS = ("title", "general_objective", "main_activities", "body", "assignment", "period_text", "resources")


@dataclass
class Options:
    count: int = 114
    seed: int = 2026
    until: dt.date = PLAN_END
    wards_per_city: int = 114
    tasks: int = 60
    targets: int = 40
    projects: int = 30
    users: bool = False
    password: str = "bench-2026"
    chunk: int = 50


@dataclass
class Result:
    created_wards: int = 0
    rows: dict[str, int] = field(default_factory=lambda: defaultdict(int))


def ward_slug(index: int) -> str:
    return f"{SLUG_PREFIX}{index + 1:04d}"


def ward_identity(index: int, wards_per_city: int) -> tuple[int, str, str]:
    """(city number, kind, name) of synthetic ward ``index``; names are unique."""
    n = len(PLACE_NAMES)
    name = PLACE_NAMES[index % n] + (f" {index // n + 1}" if index >= n else "")
    r = index % 114  # Hải Phòng's mix: 45 phường, 67 xã, 2 đặc khu
    kind = "phuong" if r < 45 else "xa" if r < 112 else "dac_khu"
    return index // wards_per_city, kind, name


def _weighted(rng: random.Random, weights: dict[str, int]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _search_text(model, values: dict) -> str:
    """``search_text`` as the model's save() fills it (core.search), without a model instance."""
    return search_text_of(SimpleNamespace(_meta=model._meta, **values))


class Generator(ActivityMixin):
    def __init__(self, options: Options, progress: Callable[[str], None] | None = None) -> None:
        self.o = options
        self.progress = progress or (lambda msg: None)
        self.ids = bulk.IdAllocator()
        self.pools = pools()
        self.quarters = quarters_until(options.until)
        self.result = Result()
        self.aliases = {spec.name: [(a, normalize_unit_name(a)) for a in spec.aliases] for spec in STANDARD_UNITS}
        self.short = {spec.short_name: spec.name for spec in STANDARD_UNITS}
        self.password_hash = make_password(options.password) if options.users else ""
        self.now = dt.datetime.combine(min(options.until, PLAN_END), dt.time(12), tzinfo=dt.UTC)
        self.cities: dict[int, City] = {}
        self.funding: dict[str, int] = {}
        self.existing_users: set[str] | None = None

    # -- driving ---------------------------------------------------------------------
    def run(self) -> Result:
        existing = set(Ward.objects.filter(slug__startswith=SLUG_PREFIX).values_list("slug", flat=True))
        todo = [i for i in range(self.o.count) if ward_slug(i) not in existing]
        for start in range(0, len(todo), self.o.chunk):
            chunk = todo[start : start + self.o.chunk]
            with transaction.atomic():
                self.rows: dict[str, list[tuple]] = defaultdict(list)
                for index in chunk:
                    self.make_ward(index)
                for key, table in TABLES.items():
                    if self.rows[key]:
                        self.result.rows[key] += bulk.write_rows(table, self.rows[key])
            self.result.created_wards += len(chunk)
            self.progress(f"{self.result.created_wards}/{len(todo)} wards")
        if todo:
            bulk.reset_sequences(MODELS_WRITTEN)
            bulk.analyze(MODELS_WRITTEN)
        return self.result

    def city(self, number: int) -> City:
        if number not in self.cities:
            name = CITY_NAMES[number % len(CITY_NAMES)] + (f" {number // len(CITY_NAMES) + 1}" if number >= 34 else "")
            slug = CITY_SLUGS.get(name) or slugify(fold(name))
            label = f"Thành phố {name}" if name in ("Hải Phòng", "Hà Nội", "Huế", "Đà Nẵng", "Cần Thơ") else name
            city = City.objects.filter(slug=slug).first() or City.objects.create(slug=slug, name=label)
            self.cities[number] = city
            if self.o.users:
                self.add_user(f"{slug}.thanhpho", f"Cán bộ {label}", Profile.Role.CITY_VIEWER, city_id=city.pk)
        return self.cities[number]

    def funding_source(self, name: str) -> int:
        if name not in self.funding:
            self.funding[name] = FundingSource.objects.get_or_create(name=name)[0].pk
        return self.funding[name]

    def add(self, key: str, row: tuple) -> int:
        self.rows[key].append(row)
        return row[0]

    def add_user(self, username: str, full_name: str, role: str, *, ward_id=None, unit_id=None, city_id=None) -> None:
        if self.existing_users is None:
            self.existing_users = set(User.objects.filter(username__contains=".").values_list("username", flat=True))
        if username in self.existing_users:
            return
        self.existing_users.add(username)
        uid = self.ids.take(User)
        self.add("user", (uid, self.password_hash, False, username, full_name[:150], False, True, self.now))
        self.add("profile", (self.ids.take(Profile), uid, role, ward_id, unit_id, city_id))

    # -- one ward --------------------------------------------------------------------
    def make_ward(self, index: int) -> None:
        rng = random.Random(f"{self.o.seed}:{index}")
        city_number, kind, name = ward_identity(index, self.o.wards_per_city)
        city = self.city(city_number)
        ward_id = self.add("ward", (self.ids.take(Ward), city.pk, kind, name, ward_slug(index)))
        label = {"phuong": "phường", "xa": "xã", "dac_khu": "đặc khu"}[kind] + " " + name

        units: dict[str, int] = {}
        for spec in STANDARD_UNITS:
            uid = self.add(
                "unit",
                (
                    self.ids.take(Unit),
                    ward_id,
                    spec.name,
                    spec.short_name,
                    spec.kind,
                    spec.is_external,
                    spec.is_collective,
                ),
            )
            units[spec.short_name] = uid
            seen = {normalize_unit_name(spec.name)}
            for alias, normalized in self.aliases[spec.name]:
                if normalized not in seen:
                    seen.add(normalized)
                    self.add("alias", (self.ids.take(UnitAlias), uid, alias, normalized))
        internal = [s.short_name for s in STANDARD_UNITS if not s.is_external and not s.is_collective]
        collective = [s.short_name for s in STANDARD_UNITS if s.is_collective or s.is_external]

        p = self.pools.plan
        plan_id = self.add(
            "plan",
            (
                self.ids.take(Plan),
                ward_id,
                f"{ward_slug(index)}-ctr16",
                f"{rng.randint(10, 99)}-KH/ĐU",
                p["title"],
                p["issuing_body"],
                p["issuing_body_name"].replace(SOURCE_WARD_NAME, name),
                label.capitalize(),
                p["basis"],
                dt.date(FIRST_YEAR, 1, 1),
                PLAN_END,
                p["purpose"],
                p["requirements"],
                p["closing"],
                p["recipients"],
                p["signer_title"],
                "Nguyễn Văn A",
            ),
        )
        items = self.make_items(plan_id, name)
        by_kind = defaultdict(list)
        for key, (item_id, kind_) in items.items():
            by_kind[kind_].append((key, item_id))

        self.make_targets(rng, [i for k in ("programme", "key_task") for _, i in by_kind[k]], units, internal)
        groups = [i for key, i in by_kind["group"] if key.startswith("PL1.")]
        self.make_tasks(rng, groups, units, internal, collective, label)
        city_group = items["PL2.I"][0]
        fields = [(i, self._item_title(key)) for key, i in by_kind["field"]]
        self.make_projects(rng, ward_id, city_group, fields, units, internal, label)

        if self.o.users:
            slug = ward_slug(index)
            self.add_user(f"{slug}.vanphong", f"Văn phòng {label}", Profile.Role.FOLLOW_UP, ward_id=ward_id)
            self.add_user(f"{slug}.thuongtruc", f"Thường trực {label}", Profile.Role.WARD_VIEWER, ward_id=ward_id)
            self.add_user(
                f"{slug}.ktht",
                f"Phòng KTHT&ĐT {label}",
                Profile.Role.OFFICIAL,
                ward_id=ward_id,
                unit_id=units["Phòng KTHT&ĐT"],
            )

    def _item_title(self, key: str) -> str:
        return self._titles[key]

    def make_items(self, plan_id: int, ward_name: str) -> dict[str, tuple[int, str]]:
        out: dict[str, tuple[int, str]] = {}
        self._titles: dict[str, str] = {}

        def visit(items, parent_id, parent_order, depth):
            for position, data in enumerate(items):
                item_id = self.ids.take(PlanItem)
                order = tree_order_for(parent_order, position)
                text = {k: (data.get(k) or "").replace(SOURCE_WARD_NAME, ward_name) for k in ITEM_TEXTS}
                self.add(
                    "item",
                    (
                        item_id,
                        plan_id,
                        parent_id,
                        data["kind"],
                        data["key"],
                        data.get("number", ""),
                        position,
                        text["title"],
                        text["general_objective"],
                        text["main_activities"],
                        text["body"],
                        text["assignment"],
                        text["period_text"],
                        text["resources"],
                        depth,
                        order,
                    ),
                )
                out[data["key"]] = (item_id, data["kind"])
                self._titles[data["key"]] = text["title"]
                visit(data["children"], item_id, order, depth + 1)

        visit(self.pools.tree, None, "", 0)
        return out

    def make_targets(self, rng, item_ids: list[int], units, internal) -> None:
        made = 0
        positions: dict[int, int] = defaultdict(int)
        statements = self.pools.target_statements
        while made < self.o.targets:
            statement = rng.choice(statements)
            item_id = rng.choice(item_ids)
            position = positions[item_id]
            positions[item_id] += 1
            for part_no, part in enumerate(statement["parts"][: self.o.targets - made]):
                value = part.get("value")
                scale = rng.uniform(0.8, 1.2)
                value = None if value is None else Decimal(str(round(value * scale, 1) if value > 100 else value))
                row = dict(statement=statement["statement"], measure=part.get("measure", ""), unit=part.get("unit", ""))
                tid = self.add(
                    "target",
                    (
                        self.ids.take(Target),
                        item_id,
                        row["statement"],
                        position,
                        part_no,
                        row["measure"],
                        part["direction"],
                        value,
                        row["unit"],
                        part.get("horizon_year"),
                        bool(part.get("is_annual")),
                        None,
                        None,
                        units[rng.choice(internal)],
                        _search_text(Target, row),
                    ),
                )
                made += 1
                if value is not None:
                    self.make_measurements(rng, tid, part["direction"], float(value))

    def make_tasks(self, rng, groups: list[int], units, internal, collective, label) -> None:
        counts = [2] * len(groups)
        for _ in range(self.o.tasks - 2 * len(groups)):
            counts[rng.randrange(len(groups))] += 1
        for group_id, count in zip(groups, counts, strict=True):
            for position in range(count):
                self.make_task(rng, group_id, position, units, internal, collective, label)

    def make_task(self, rng, group_id, position, units, internal, collective, label) -> None:
        src = rng.choice(self.pools.tasks)
        title = src["title"] + (f" trên địa bàn {label}" if rng.random() < 0.3 else "")
        roll = rng.random()
        start, end, due = FIRST_YEAR, LAST_YEAR, None
        if roll < 0.2:
            kind, period_text = "ongoing", "Thường xuyên"
        elif roll < 0.3:
            kind = "year"
            start = end = rng.randint(FIRST_YEAR, LAST_YEAR)
            period_text = f"Năm {start}"
        elif roll < 0.35:
            kind = "date"
            due = dt.date(rng.randint(FIRST_YEAR, LAST_YEAR), rng.choice((3, 6, 9, 12)), 28)
            start = end = None
            period_text = f"Trước {due:%d/%m/%Y}"
        elif src["period_kind"] == "yearly":
            kind, period_text = "yearly", "Hàng năm"
        else:
            kind = "range"
            end = rng.randint(FIRST_YEAR, LAST_YEAR)
            period_text = f"{start}-{end}" if end > start else f"Năm {start}"
        lead = _weighted(rng, LEAD_UNITS)
        coordinators = rng.sample([u for u in internal if u != lead], rng.randint(0, 2))
        coordinators += rng.sample(collective, rng.randint(0, 1))
        row = dict(
            number=str(position + 1),
            title=title,
            lead_text=lead,
            coordination_text="; ".join(coordinators),
            period_text=period_text,
            expected_result=src.get("expected_result", ""),
        )
        task_id = self.add(
            "task",
            (
                self.ids.take(Task),
                group_id,
                row["number"],
                position,
                title,
                lead,
                row["coordination_text"],
                kind,
                period_text,
                start,
                end,
                due,
                row["expected_result"],
                _search_text(Task, row),
            ),
        )
        self.add("taskunit", (self.ids.take(TaskUnit), task_id, units[lead], "lead", 0))
        for order, name in enumerate(coordinators, start=1):
            self.add("taskunit", (self.ids.take(TaskUnit), task_id, units[name], "coordinator", order))
        self.make_reports(rng, task_id, kind, start or due.year, end or due.year, due, units[lead])
        helper = next((c for c in coordinators if c in internal), None)
        if helper:
            self.make_coordinator_reports(rng, task_id, units[helper], start or due.year, end or due.year)

    def make_projects(self, rng, ward_id, city_group, fields, units, internal, label) -> None:
        city_count = max(1, round(self.o.projects * 8 / 30))
        ward_sources = [p for p in self.pools.projects if p.get("level") == "ward"]
        city_sources = [p for p in self.pools.projects if p.get("level") == "city"] or ward_sources
        positions: dict[int, int] = defaultdict(int)
        for n in range(self.o.projects):
            is_city = n < city_count
            src = rng.choice(city_sources if is_city else ward_sources)
            item_id, field_name = (city_group, "") if is_city else rng.choice(fields)
            position = positions[item_id]
            positions[item_id] += 1
            lead = (
                units["UBND thành phố"]
                if is_city
                else units[rng.choice(("UBND phường", "Phòng KTHT&ĐT", "Trung tâm Dịch vụ SNC"))]
            )
            total = round(rng.lognormvariate(9.5, 1.0), 1)  # million đồng: ~13 billion median
            first = rng.randint(FIRST_YEAR, LAST_YEAR - 1)
            last = rng.randint(first, LAST_YEAR)
            sources = src.get("funding_sources") or ["Ngân sách phường"]
            row = dict(
                number=str(position + 1),
                name=src["name"].replace(SOURCE_WARD_NAME, label.split(" ", 1)[1]),
                field=field_name,
                location_scale=src.get("location_scale", ""),
                funding_text=", ".join(sources),
                units_text=src.get("units_text", ""),
            )
            pid = self.add(
                "project",
                (
                    self.ids.take(Project),
                    ward_id,
                    item_id,
                    "city" if is_city else "ward",
                    field_name,
                    row["number"],
                    position,
                    row["name"],
                    row["location_scale"],
                    row["funding_text"],
                    row["units_text"],
                    lead,
                    Decimal(str(total)),
                    _weighted(rng, PHASES),
                    first,
                    last,
                    _search_text(Project, row),
                ),
            )
            for name in sources:
                self.add("funding", (self.ids.take(Through["funding"]), pid, self.funding_source(name)))
            for name in rng.sample(internal, rng.randint(0, 2)):
                self.add("implementing", (self.ids.take(Through["implementing"]), pid, units[name]))
            self.make_capital(rng, pid, total, first, last)


def generate_wards(options: Options, progress: Callable[[str], None] | None = None) -> Result:
    """Makes synthetic wards ``sw-0001`` … up to ``options.count`` (those missing only)."""
    return Generator(options, progress).run()
