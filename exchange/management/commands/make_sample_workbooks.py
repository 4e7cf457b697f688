"""python manage.py make_sample_workbooks: the sample appendix workbooks of seed 004."""

from django.core.management.base import BaseCommand

from exchange.workbook_export.samples import write_samples


class Command(BaseCommand):
    help = "Ghi các tệp Excel mẫu của Phụ lục 1, Phụ lục 2 (kế hoạch phường Bạch Đằng) vào fixtures/examples/."

    def handle(self, *args, **options):
        for path in write_samples():
            self.stdout.write(str(path))
