"""python manage.py import_appendix FILE --ward WARD [--plan CODE] [--kind K] [--dry-run] [--json]

Prints the preview (each row new / updated / unchanged / in error) and every error; exits
non-zero and writes nothing when there is any error or an unmapped unit name. Unit names
that match nothing are mapped with ``--map "Tên trong tệp=Tên hoặc số của đơn vị"`` (stored
as aliases) or created with ``--create-unit "Tên"``.

``--json`` prints one JSON document instead (README, "For scripts"): each sheet with its rows
as read (group, number, name, lead and coordinating units, period as printed and as read,
errors and warnings). Exit status 1 when nothing could be read, 2 when rows were read but
the import would be refused, 0 otherwise.
"""

import json
import sys

from django.core.management.base import BaseCommand, CommandError

from exchange.unit_mapping import mapping_from_arguments
from exchange.workbook_import.headings import KINDS
from exchange.workbook_import.importing import ImportRejected, apply_import, preview_import
from plans.models import Ward


class Command(BaseCommand):
    help = "Nạp bảng phụ lục (nhiệm vụ, dự án, chỉ tiêu) từ tệp .xlsx vào kế hoạch của một phường."

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--ward", required=True, help="mã (slug) của phường")
        parser.add_argument("--plan", help="mã kế hoạch (bắt buộc khi phường có nhiều kế hoạch)")
        parser.add_argument("--kind", choices=KINDS, help="loại bảng (mặc định: tự nhận biết)")
        parser.add_argument("--appendix", help="khóa mục phụ lục trong kế hoạch, ví dụ PL1")
        parser.add_argument("--dry-run", action="store_true", help="chỉ xem trước, không ghi")
        parser.add_argument("--json", action="store_true", help="in kết quả đọc dạng JSON (xem README)")
        parser.add_argument("--sheet", action="append", default=None, metavar="TÊN", help="chỉ nạp trang này")
        parser.add_argument("--map", action="append", default=[], metavar="TÊN=ĐƠN_VỊ")
        parser.add_argument("--create-unit", action="append", default=[], metavar="TÊN")

    def handle(self, *args, **options):
        ward = Ward.objects.filter(slug=options["ward"]).first()
        if ward is None:
            raise CommandError(f"Không có phường mã “{options['ward']}”.")
        try:
            mapping = mapping_from_arguments(ward, options["map"], options["create_unit"])
        except ValueError as exc:
            raise CommandError(str(exc)) from exc
        kwargs = dict(
            ward=ward, source=options["file"], plan_code=options["plan"], kind=options["kind"],
            appendix=options["appendix"], unit_mapping=mapping, sheets=options["sheet"],
        )  # fmt: skip
        try:
            open(options["file"], "rb").close()
        except OSError as exc:
            raise CommandError(f"Không mở được tệp “{options['file']}”: {exc.strerror}.") from exc
        preview = preview_import(**kwargs)
        if options["json"]:
            document = as_json(preview, options["file"])
            self.stdout.write(json.dumps(document, ensure_ascii=False, indent=1))
            if not document["rows_read"]:
                sys.exit(1)
            if not preview.can_confirm:
                sys.exit(2)
            if not options["dry_run"]:
                apply_import(**kwargs)
            return
        self._print(preview)
        if not preview.can_confirm:
            raise CommandError(f"Có {len(preview.messages())} lỗi: không ghi gì.")
        if options["dry_run"]:
            self.stdout.write("Chạy thử (--dry-run): không ghi gì.")
            return
        try:
            apply_import(**kwargs)
        except ImportRejected as exc:
            self._print(exc.preview)
            raise CommandError("Không ghi gì.") from exc
        self.stdout.write(self.style.SUCCESS("Đã ghi."))

    def _print(self, preview) -> None:
        for row in preview.rows:
            label = f"{row.sheet} dòng {row.row}".ljust(22)
            title = row.title if len(row.title) <= 70 else row.title[:69] + "…"
            extra = f" ({', '.join(row.changes)})" if row.changes else ""
            self.stdout.write(f"{label} {row.status_label:<11} {row.number:>5}  {title}{extra}")
        counts = preview.counts
        self.stdout.write(
            f"Thêm mới {counts['new']}, cập nhật {counts['updated']}, không đổi {counts['unchanged']}, "
            f"lỗi {counts['error']}; giữ nguyên {preview.kept} dòng không có trong tệp."
        )
        for message in preview.messages():
            self.stderr.write(message)


def as_json(preview, path: str) -> dict:
    """The preview as the README documents it: every sheet with its rows as read."""
    sheets = {s["name"]: {**s, "rows": []} for s in preview.sheets}
    for row in preview.rows_in_reading_order:
        entry = {"row": row.row, "kind": row.kind, "status": row.status, "number": row.number, "name": row.title}
        entry |= row.reading
        entry |= {"errors": row.errors, "warnings": row.warnings, "unmatched_units": row.unmatched}
        sheets.setdefault(row.sheet, {"name": row.sheet, "kind": None, "appendix": None, "rows": []})
        sheets[row.sheet]["rows"].append(entry)
    counts = preview.counts
    return {
        "file": path,
        "plan": preview.plan.code if preview.plan else None,
        "sheets": list(sheets.values()),
        "rows_read": sum(1 for r in preview.rows if r.kind not in ("group", "total")),
        "counts": {k: counts[k] for k in ("new", "updated", "unchanged", "error")},
        "errors": preview.file_errors,
        "warnings": preview.file_warnings,
        "unmatched_units": preview.unmatched_units,
        "can_import": preview.can_confirm,
    }
