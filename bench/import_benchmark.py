"""Excel import benchmark: the import service, first on a new plan, then again with nothing to change.

    DEBUG=1 .venv/bin/python bench/import_benchmark.py [--rows 10000]
    DEBUG=1 .venv/bin/python bench/import_benchmark.py --corpus [--failures]

``--corpus`` measures how well real appendix layouts are read instead: each workbook of
``bench/corpus/workbooks/`` (built by its ``build.py``, with its source address and a hand
reading in ``*.expected.json``) is previewed into a fresh ward with the usual units, and every
row read is compared with the hand reading (group, number, name, lead and coordinating units,
period as printed and as read, product; for projects: funding, lead, total investment, capital
per year). It prints rows recovered exactly, and whether each workbook would be imported as printed (units
not yet known to the ward are listed for the office to confirm) or refused, with the message.

Generates a task workbook in the appendix layout (title rows, group rows merged across,
``--rows`` tasks in groups of 500, the unit spellings of seed 004), then in one run, on a
fresh database (a temporary SQLite file unless DATABASE_URL is set):

1. ``exchange.workbook_import.importing.apply_import`` into the plan (read, match, compare, bulk writes);
2. the service again with the same file (nothing to change).

and prints rows per second for each. Times include reading the workbook. (The row-by-row
django-import-export import it was once compared with is gone: the admin imports through the
same service.)
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

LEADS = ["UBND phường", "Công an phường", "Ban Chỉ huy Quân sự phường, Công an phường", "Phòng KTHT&ĐT"]
COORDINATORS = [
    "Các Sở, ngành thành phố và đơn vị liên quan",
    "Trung tâm Dịch vụ SNC và các đơn vị có liên quan",
    "Các phòng chuyên môn, đơn vị liên quan",
    "Thuế thành phố, Thuế cơ sở 4, các phòng, đơn vị liên quan",
    "Các Sở, ngành; phòng VH-XH và các đơn vị liên quan",
]
PERIODS = ["Hàng năm", "2026-2030", "Thường xuyên", "Năm 2027", "30/6/2028"]
ROMAN = "I II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI XVII XVIII XIX XX".split()


def make_workbook(path: Path, rows: int) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment

    wb = Workbook()
    ws = wb.active
    ws.title = "Phụ lục 1"
    ws.append(["PHỤ LỤC 1"])
    ws.append(["CÁC NHIỆM VỤ TRỌNG TÂM GIAI ĐOẠN 2026-2030 (dữ liệu sinh cho đo hiệu năng)"])
    ws.append([])
    ws.append(
        ["STT", "Nhiệm vụ trọng tâm", "Đơn vị chủ trì", "Đơn vị phối hợp, triển khai", "Thời gian", "Kết quả/ sản phẩm"]
    )
    wrap = Alignment(wrap_text=True, vertical="top")
    for i in range(rows):
        if i % 500 == 0:
            ws.append([f"{ROMAN[i // 500 % len(ROMAN)]}. Nhóm nhiệm vụ số {i // 500 + 1}"])
            ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=6)
        ws.append(
            [
                i % 500 + 1,
                f"Nhiệm vụ thử số {i + 1}: triển khai, kiểm tra và báo cáo kết quả thực hiện",
                LEADS[i % len(LEADS)],
                COORDINATORS[i % len(COORDINATORS)],
                PERIODS[i % len(PERIODS)],
                f"Sản phẩm của nhiệm vụ {i + 1}; báo cáo của UBND phường",
            ]
        )
        ws.cell(ws.max_row, 2).alignment = wrap
    wb.save(path)


CORPUS = ROOT / "bench" / "corpus" / "workbooks"
TASK_FIELDS = ("group", "number", "name", "lead", "coordinating", "period_text", "product")
PROJECT_FIELDS = ("group", "number", "name", "lead", "funding", "total_investment")


def same_row(expected: dict, read: dict) -> list[str]:
    """The fields where ``read`` differs from the hand reading ``expected`` (empty: exact)."""
    from decimal import Decimal

    fields = TASK_FIELDS if "period_text" in expected else PROJECT_FIELDS
    wrong = [f for f in fields if f != "total_investment" and expected.get(f) != read.get(f)]
    if "total_investment" in fields:
        want, got = expected.get("total_investment"), read.get("total_investment")
        if (Decimal(want) if want else None) != (Decimal(got) if got else None):
            wrong.append("total_investment")
    if "capital" in expected or read.get("capital"):

        def amounts(capital):
            return {(y, k): Decimal(v) for y, years in (capital or {}).items() for k, v in years.items()}

        if amounts(expected.get("capital")) != amounts(read.get("capital")):
            wrong.append("capital")
    if "period" in expected:
        period = read.get("period") or {}
        wrong += [f"period.{k}" for k, v in expected["period"].items() if period.get(k) != v]
    if expected.get("sheet") != read.get("sheet"):
        wrong.append("sheet")
    return wrong


def corpus(show_failures: bool) -> None:
    import json

    from exchange.management.commands.import_appendix import as_json
    from exchange.workbook_import.importing import preview_import
    from plans.models import City, Plan, Ward
    from portal.seeding import SeedReport, ensure_units

    city, _ = City.objects.get_or_create(slug="bench-city", defaults={"name": "Thành phố đo"})
    totals = {"rows": 0, "exact": 0, "books": 0, "as_printed": 0}
    print(f"{'workbook':<36} {'rows':>5} {'exact':>6} {'extra':>6} {'totals':>7}  outcome")
    for path in sorted(CORPUS.glob("*.expected.json")):
        hand = json.loads(path.read_text())
        slug = path.name.removesuffix(".expected.json")
        ward, _ = Ward.objects.get_or_create(slug=slug[:50], defaults={"city": city, "name": slug})
        ensure_units(SeedReport(), ward, [])
        period = {"period_start": dt.date(2026, 1, 1), "period_end": dt.date(2030, 12, 31)}
        Plan.objects.get_or_create(ward=ward, code="kh", defaults={"title": slug, "issuing_body": "ubnd", **period})
        preview = preview_import(ward=ward, source=CORPUS / hand["file"])
        document = as_json(preview, hand["file"])
        read = [
            {**row, "sheet": sheet["name"]}
            for sheet in document["sheets"]
            for row in sheet["rows"]
            if row["kind"] in ("task", "project")
        ]
        skipped = sum(1 for sheet in document["sheets"] for row in sheet["rows"] if row["kind"] == "total")
        exact = 0
        for i, expected in enumerate(hand["rows"]):
            wrong = same_row(expected, read[i]) if i < len(read) else ["missing"]
            exact += not wrong
            if wrong and show_failures:
                print(f"   {slug} row {i + 1}: {', '.join(wrong)}\n     read: {read[i] if i < len(read) else None}")
        errors = preview.messages() if preview.has_errors else []
        if hand.get("refused"):
            ok = bool(errors) and any(hand["refused"] in m for m in errors)
            outcome = ("refused as it should be: " if ok else "NOT refused as it should be: ") + (errors or [""])[0]
        elif errors:
            ok, outcome = False, "refused: " + errors[0]
        else:
            ok = len(read) == len(hand["rows"]) == exact and len(preview.warnings) == hand.get("warnings", 0)
            units = len(preview.unmatched_units)
            outcome = ("imported as printed" if ok else "imported, NOT as printed") + (
                f" ({units} unit names for the office to confirm)" if units else ""
            )
            if preview.warnings:
                outcome += f"; {len(preview.warnings)} warning(s): {preview.warnings[0][:90]}"
        totals["rows"] += len(hand["rows"])
        totals["exact"] += exact
        totals["books"] += 1
        totals["as_printed"] += ok
        extra = max(len(read) - len(hand["rows"]), 0)
        print(f"{slug:<36} {len(hand['rows']):>5} {exact:>6} {extra:>6} {skipped:>7}  {outcome}")
    share = totals["exact"] / totals["rows"] * 100 if totals["rows"] else 0
    print(
        f"\nRows recovered exactly: {totals['exact']} / {totals['rows']} ({share:.1f}%); workbooks imported as "
        f"printed or refused with the right message: {totals['as_printed']} / {totals['books']}"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--corpus", action="store_true", help="measure the real appendix layouts instead")
    parser.add_argument("--failures", action="store_true", help="with --corpus: print each row read wrong")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="import-bench-"))
    os.environ.setdefault("DEBUG", "1")
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{tmp / 'bench.sqlite3'}")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection

    settings.IMPORT_MAX_ROWS = max(settings.IMPORT_MAX_ROWS, args.rows + 100)
    call_command("migrate", verbosity=0)
    if args.corpus:
        return corpus(args.failures)

    from assignments.models import Task
    from exchange.workbook_import.importing import apply_import
    from plans.models import City, Plan, Ward
    from portal.seeding import SeedReport, ensure_units

    city, _ = City.objects.get_or_create(slug="bench-city", defaults={"name": "Thành phố đo"})
    ward, _ = Ward.objects.get_or_create(slug="bench-ward", defaults={"city": city, "name": "Phường đo"})
    ensure_units(SeedReport(), ward, [])
    period = {"period_start": dt.date(2026, 1, 1), "period_end": dt.date(2030, 12, 31)}
    plan, _ = Plan.objects.get_or_create(
        ward=ward, code="bench-service", defaults={"title": "bench-service", "issuing_body": "ubnd", **period}
    )
    path = tmp / "tasks.xlsx"
    t = time.perf_counter()
    make_workbook(path, args.rows)
    size = path.stat().st_size / 1024
    print(f"Workbook: {args.rows:,} tasks, {size:.0f} KiB, written in {time.perf_counter() - t:.1f} s")
    print(f"Database: {connection.vendor}")

    def report(label: str, seconds: float, count: int) -> float:
        print(f"{label:<46} {seconds:7.2f} s  {count / seconds:9,.0f} rows/s")
        return seconds

    t = time.perf_counter()
    preview = apply_import(ward=ward, source=path, plan=plan)
    report("exchange.workbook_import.importing.apply_import (bulk)", time.perf_counter() - t, args.rows)
    assert preview.counts["new"] == args.rows, preview.counts
    assert Task.objects.filter(plan_item__plan=plan).count() == args.rows

    t = time.perf_counter()
    again = apply_import(ward=ward, source=path, plan=plan)
    report("apply_import again (same file, no change)", time.perf_counter() - t, args.rows)
    assert again.counts["unchanged"] == args.rows, again.counts


if __name__ == "__main__":
    main()
