"""The leftovers of new-user trials 4–7 (docs/IMPORT_QUALITY.md, "Trial leftovers built"), each on
the smallest document that shows it."""

import datetime as dt

import pytest

from exchange.plan_document.reader import read_blocks
from exchange.plan_document.saving import save_proposal
from exchange.plan_document.source import blocks_from_text
from targets.models import Target

TARGET_TABLE = (
    "KẾ HOẠCH\n"
    "Xây dựng đô thị văn minh năm 2026\n"
    "I. CHỈ TIÊU NĂM 2026\n"
    "STT\tNội dung chỉ tiêu\tChỉ tiêu năm 2026\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian hoàn thành\n"
    "1\tTỷ lệ hộ gia đình văn hóa\t95%\tỦy ban nhân dân phường\tCác phòng chuyên môn\tQuý III/2026\n"
)


@pytest.mark.django_db
def test_a_target_rows_deadline_is_saved_by_the_confirm_with_the_day_it_falls_due(ward):
    proposal = read_blocks(blocks_from_text(TARGET_TABLE))
    [target] = proposal["targets"]
    assert target["deadline_text"] == "Quý III/2026"

    plan = save_proposal(ward=ward, proposal=proposal)
    saved = Target.objects.get(plan_item__plan=plan)
    assert (saved.deadline_text, saved.deadline) == ("Quý III/2026", dt.date(2026, 9, 30))
    assert [u.name for u in saved.coordinating_units.all()] == ["Các phòng chuyên môn"]
