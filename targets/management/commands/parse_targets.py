"""python manage.py parse_targets [--horizon YEAR] < sentences.txt

Reads target sentences (chỉ tiêu) from standard input, one per line, and writes one JSON line
per sentence: ``{"line": N, "sentence": "…", "targets": [{"measure", "direction", "value",
"value_max", "unit", "horizon_year", "is_annual", "change", "baseline_kind", "baseline_value",
"baseline_year"}, …]}`` (values as numbers, the fields of ``targets.sentences.TargetPart``).
Empty lines are skipped. Exits with status 1 when no line
held a measurable target (nothing could be read), 0 otherwise.
"""

from __future__ import annotations

import json
import sys
import unicodedata

from django.core.management.base import BaseCommand, CommandError

from targets.sentences import parse_target_sentence


class Command(BaseCommand):
    help = "Đọc các câu chỉ tiêu (mỗi dòng một câu) từ stdin, in ra từng chỉ tiêu dạng JSON."

    def add_arguments(self, parser):
        parser.add_argument("--horizon", type=int, default=None, help="Năm mốc mặc định khi câu không ghi năm.")

    def handle(self, *args, horizon=None, **options):
        if horizon is not None and not 1900 <= horizon <= 2200:
            raise CommandError("--horizon phải là một năm từ 1900 đến 2200.")
        measurable = 0
        for number, raw in enumerate(sys.stdin, start=1):
            # Text typed on another system may be decomposed (NFD): read it as the same words.
            sentence = unicodedata.normalize("NFC", raw).strip()
            if not sentence:
                continue
            parts = parse_target_sentence(sentence, horizon)
            measurable += sum(1 for part in parts if part.value is not None)
            record = {"line": number, "sentence": sentence, "targets": [part.as_json() for part in parts]}
            self.stdout.write(json.dumps(record, ensure_ascii=False))
        if not measurable:
            raise CommandError("Không đọc được chỉ tiêu định lượng nào từ dữ liệu vào.", returncode=1)
