"""python manage.py import_plan FILE --ward WARD [--dry-run] [--json] [--map "TÊN=ĐƠN VỊ"] [--create-unit TÊN]

Reads a plan document (.docx, or a text file: anything else is read as UTF-8 text, "-" is
standard input) with ``exchange.plan_document`` and prints the proposal: with ``--json`` the
whole proposal as one JSON object (its fields are documented in the README, "Plan from its
document"), else a short summary. Without ``--dry-run`` the proposal is saved as a new plan of
the ward (``saving.save_proposal``: all or nothing). Unit names the ward does not have are
listed (``unmatched_units`` in the JSON) and answered as on the review page: ``--map "Tên=Đơn
vị"`` (kept as an alias) or ``--create-unit "Tên"``. Exits non-zero when nothing could be read,
or when saving was refused (each reason printed).
"""

import json
import sys

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from exchange.plan_document import DocumentError, read_plan_document
from exchange.plan_document.saving import save_proposal, unmatched_units
from exchange.plan_document.source import text_of_file
from exchange.unit_mapping import mapping_from_arguments
from plans.models import Ward


class Command(BaseCommand):
    help = "Đọc văn bản kế hoạch (.docx hoặc văn bản thuần) thành đề xuất kế hoạch; không có --dry-run thì lưu."

    def add_arguments(self, parser):
        parser.add_argument("file", help="tệp .docx hoặc .txt; “-” là đầu vào chuẩn")
        parser.add_argument("--ward", required=True, help="mã (slug) của phường")
        parser.add_argument("--dry-run", action="store_true", help="chỉ đọc và in, không ghi")
        parser.add_argument("--json", action="store_true", help="in đề xuất dạng JSON")
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
        try:
            if options["file"] == "-":
                data = sys.stdin.buffer.read()
            else:
                with open(options["file"], "rb") as handle:
                    data = handle.read()
        except OSError as exc:
            raise CommandError(f"Không mở được tệp “{options['file']}”: {exc.strerror}.") from exc
        try:
            if (
                data.startswith(b"PK")
                or data.startswith(b"\xd0\xcf\x11\xe0")
                or options["file"].lower().endswith(".docx")
            ):
                proposal = read_plan_document(data=data)
            else:
                proposal = read_plan_document(text=text_of_file(data))
        except DocumentError as exc:
            raise CommandError(str(exc)) from exc
        unmatched = {name: places for name, places in unmatched_units(ward, proposal).items() if name not in mapping}
        if options["json"]:
            self.stdout.write(json.dumps(proposal | {"unmatched_units": unmatched}, ensure_ascii=False, indent=1))
        else:
            header = proposal["header"]
            self.stdout.write(
                f"{header['number'] or '—'} {header['title'][:100]}\n"
                f"{len(proposal['items'])} mục, {len(proposal['targets'])} câu chỉ tiêu, "
                f"{len(proposal['tasks'])} nhiệm vụ, {len(proposal['projects'])} dự án."
            )
            for name, places in unmatched.items():
                self.stdout.write(f"Đơn vị chưa có: “{name}” ({'; '.join(places[:3])}): dùng --map hoặc --create-unit.")
        if options["dry_run"]:
            return
        try:
            plan = save_proposal(ward=ward, proposal=proposal, unit_mapping=mapping)
        except ValidationError as exc:
            for message in exc.messages:
                self.stderr.write(message)
            raise CommandError(f"Có {len(exc.messages)} lỗi: không ghi gì.") from exc
        self.stderr.write(self.style.SUCCESS(f"Đã tạo kế hoạch “{plan.code}”."))
