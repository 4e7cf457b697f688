"""Rules added after the sixth held-out batch (docs/IMPORT_QUALITY.md): each test is one general
rule, on sentences written like those of ward and commune reports (not copies of the corpus)."""

from decimal import Decimal

import pytest

from targets.sentences import parse_target_sentence


def parts(text):
    return parse_target_sentence(text, None)


@pytest.mark.parametrize(
    "text",
    [
        "Thu ngân sách xã đạt 48 tỷ đồng, tăng hơn 2 lần so với dự toán đầu năm.",
        "Giá trị sản xuất công nghiệp đạt 95 tỷ đồng, tăng gần 3 lần so với dự toán.",
    ],
)
def test_a_multiple_after_a_level_with_a_qualifier_is_its_baseline(text):
    found = parts(text)
    assert len(found) == 1, found
    assert (found[0].unit, found[0].baseline_kind) == ("tỷ đồng", "times")
    assert found[0].baseline_value in (Decimal(2), Decimal(3))


def test_a_bracketed_level_after_what_is_compared_is_no_target():
    found = parts("Thu ngân sách xã năm 2025 đạt 48 tỷ đồng, tăng hơn 2 lần so với dự toán đầu năm (hơn 20 tỷ đồng).")
    assert [(p.value, p.unit, p.baseline_kind) for p in found] == [(Decimal(48), "tỷ đồng", "times")]


def test_a_bracketed_figure_that_is_no_comparison_still_counts():
    found = parts("Tỷ lệ thôn đạt chuẩn văn hóa 80% (12 thôn).")
    assert [p.value for p in found] == [Decimal(80), Decimal(12)]


@pytest.mark.parametrize(
    ("text", "count", "unit"),
    [
        ("Đảng bộ phường đạt và vượt 7/9 nhiệm vụ trọng tâm của nhiệm kỳ.", Decimal(7), "nhiệm vụ"),
        ("Xã hoàn thành 5/6 nhiệm vụ đề ra.", Decimal(5), "nhiệm vụ"),
    ],
)
def test_a_count_of_tasks_out_of_a_whole_is_read(text, count, unit):
    (part,) = parts(text)
    assert (part.direction, part.value, part.unit) == ("exactly", count, unit)


def test_the_targets_left_are_a_count_not_a_ceiling():
    found = parts("Toàn phường đạt 20/24 chỉ tiêu, còn 4 chỉ tiêu chưa đạt.")
    assert [(p.direction, p.value, p.unit) for p in found] == [
        ("exactly", Decimal(20), "chỉ tiêu"),
        ("exactly", Decimal(4), "chỉ tiêu"),
    ]


def test_a_level_left_after_going_down_is_still_a_ceiling():
    (part,) = parts("Số hộ nghèo giảm còn 12 hộ.")
    assert (part.direction, part.value, part.unit) == ("at_most", Decimal(12), "hộ")


@pytest.mark.parametrize(
    "text",
    [
        "Ngày 12-4-2025, xã tổ chức Đại hội đại biểu Đảng bộ lần thứ XX.",
        "Ngày 03.10.2025, phường ra mắt Trung tâm phục vụ hành chính công.",
    ],
)
def test_a_date_written_with_dashes_or_dots_is_no_value(text):
    assert all(part.value is None for part in parts(text))


def test_the_number_of_targets_a_congress_set_is_no_target():
    found = parts("Nhiệm kỳ 2025-2030, xã đặt ra 21 chỉ tiêu chủ yếu và 3 khâu đột phá.")
    assert all(part.value is None for part in found)


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("Dự toán chi ngân sách phường năm 2026 là 120 tỷ đồng.", "Dự toán chi ngân sách phường"),
        ("Chi thường xuyên hơn 64,2 tỷ đồng.", "Chi thường xuyên"),
        ("Chi đầu tư phát triển gần 9 tỷ đồng.", "Chi đầu tư phát triển"),
        ("Dự phòng ngân sách 1,5 tỷ đồng.", "Dự phòng ngân sách"),
    ],
)
def test_a_budget_line_names_its_own_quantity(text, measure):
    (part,) = parts(text)
    assert (part.measure, part.unit) == (measure, "tỷ đồng")


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("Về y tế: 100% trạm y tế đạt chuẩn quốc gia.", "Tỷ lệ trạm y tế đạt chuẩn quốc gia"),
        (
            "Chuyển đổi số: 95% hồ sơ thủ tục hành chính được xử lý trực tuyến.",
            "Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến",
        ),
        ("Tỷ lệ hộ dân dùng nước sạch: 100%.", "Tỷ lệ hộ dân dùng nước sạch"),  # the label names it
    ],
)
def test_a_topic_before_a_colon_is_no_part_of_the_share_that_names_its_subject(text, measure):
    (found,) = parts(text)
    assert found.measure == measure
