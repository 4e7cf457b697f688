"""Excel import benchmark: the import service, first on a new plan, then again with nothing to change.

    DEBUG=1 .venv/bin/python bench/import_benchmark.py [--rows 10000]

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


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10_000)
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
