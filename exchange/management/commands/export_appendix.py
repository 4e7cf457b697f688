"""``manage.py export_appendix --ward WARD --kind tasks|projects|targets OUT.xlsx [--plan CODE]``."""

from django.core.management.base import BaseCommand, CommandError

from exchange.workbook_export import exporting
from plans.models import Plan, Ward


class Command(BaseCommand):
    help = "Xuất nhiệm vụ, dự án hoặc chỉ tiêu của một phường ra tệp .xlsx theo mẫu phụ lục."

    def add_arguments(self, parser):
        parser.add_argument("out", metavar="OUT.xlsx", help="Tệp .xlsx sẽ ghi ra.")
        parser.add_argument("--ward", required=True, help="Mã phường (slug), ví dụ bach-dang.")
        parser.add_argument("--kind", required=True, choices=sorted(exporting.EXPORTERS))
        parser.add_argument("--plan", help="Mã kế hoạch (code); bỏ trống để xuất mọi kế hoạch của phường.")

    def handle(self, *args, out, ward, kind, plan=None, **options):
        try:
            ward_obj = Ward.objects.get(slug=ward)
        except Ward.DoesNotExist as exc:
            raise CommandError(f"Không có phường “{ward}”.") from exc
        plan_obj = None
        if plan:
            try:
                plan_obj = Plan.objects.get(ward=ward_obj, code=plan)
            except Plan.DoesNotExist as exc:
                raise CommandError(f"Phường “{ward}” không có kế hoạch “{plan}”.") from exc
        queryset = exporting.ward_queryset(kind, ward_obj, plan_obj)
        wb = exporting.EXPORTERS[kind](queryset, plan=plan_obj)
        try:
            wb.save(out)
        except OSError as exc:
            raise CommandError(f"Không ghi được tệp {out}: {exc}") from exc
        rows = queryset.count()
        self.stdout.write(self.style.SUCCESS(f"Đã xuất {rows} dòng ({kind}) của {ward_obj} ra {out}."))
