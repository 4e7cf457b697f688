"""``manage.py parse_targets``: sentences on stdin, one JSON line per sentence on stdout."""

import io
import json
import sys
import unicodedata

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError


def run(text: str, *args) -> list[dict]:
    out = io.StringIO()
    stdin = io.StringIO(text)
    saved, sys.stdin = sys.stdin, stdin
    try:
        call_command("parse_targets", *args, stdout=out)
    finally:
        sys.stdin = saved
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_it_writes_one_json_line_per_sentence_with_every_target():
    records = run("Đến năm 2030, tỷ lệ hộ dân sử dụng nước sạch đạt 100%.\n\nThu hút trên 20 doanh nghiệp/1.000 dân.\n")
    assert [r["line"] for r in records] == [1, 3]
    water = records[0]["targets"][0]
    assert (water["value"], water["unit"], water["horizon_year"], water["direction"]) == (100, "%", 2030, "exactly")
    firms = records[1]["targets"][0]
    assert (firms["direction"], firms["value"], firms["unit"]) == ("more_than", 20, "doanh nghiệp/1.000 dân")


def test_a_default_horizon_applies_where_the_sentence_names_no_year():
    [record] = run("Tỷ lệ tham gia bảo hiểm y tế đạt 95%.\n", "--horizon", "2030")
    assert record["targets"][0]["horizon_year"] == 2030


def test_decomposed_unicode_reads_like_composed():
    sentence = "Tỷ lệ trường đạt chuẩn quốc gia đạt 80%."
    composed = run(sentence + "\n")
    decomposed = run(unicodedata.normalize("NFD", sentence) + "\n")
    assert composed == decomposed


def test_nothing_measurable_exits_non_zero():
    with pytest.raises(CommandError) as caught:
        run("Xây dựng chính quyền trong sạch, vững mạnh.\n")
    assert caught.value.returncode == 1
    with pytest.raises(CommandError):
        run("")
