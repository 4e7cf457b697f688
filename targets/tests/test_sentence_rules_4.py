"""Rules added after the seventh held-out batch (docs/IMPORT_QUALITY.md): each test is one general
rule, on sentences written like those of plans and reports (not copies of the corpus)."""

from decimal import Decimal

import pytest

from targets.sentences import parse_target_sentence


def parts(text):
    return parse_target_sentence(text, None)


def values(text):
    return [(p.value, p.value_max, p.unit) for p in parts(text) if p.value is not None]


@pytest.mark.parametrize(
    "text",
    [
        "(7) Tỷ lệ hộ dân dùng nước sạch: 98%.",
        "Về xã hội: (14) Tỷ lệ hộ dân dùng nước sạch: 98%.",
        "Tỷ lệ lao động có việc làm 90%; (3) Tỷ lệ hộ dân dùng nước sạch: 98%.",
    ],
)
def test_an_items_number_in_a_list_is_no_value(text):
    found = parts(text)
    assert found[-1].value == Decimal(98)
    assert all(p.value != Decimal(7) and p.value != Decimal(14) and p.value != Decimal(3) for p in found)
    assert found[-1].measure.startswith("Tỷ lệ hộ dân")


def test_a_bracketed_count_after_a_target_is_still_read():
    assert [p.value for p in parts("Tỷ lệ thôn đạt chuẩn 60% (9 thôn).")] == [Decimal(60), Decimal(9)]


@pytest.mark.parametrize("text", ["Tỷ lệ đảng viên mới kết nạp đạt từ 2%-3% mỗi năm.", "Chi cho giáo dục 18% - 20%."])
def test_a_range_of_two_percentages(text):
    (part,) = parts(text)
    assert (part.value, part.value_max, part.unit) in (
        (Decimal(2), Decimal(3), "%"),
        (Decimal(18), Decimal(20), "%"),
    )


@pytest.mark.parametrize(
    "text",
    [
        "Chiều 15/8, HĐND phường khai mạc kỳ họp thứ 3.",
        "Ngày 02/10, UBND xã tổ chức hội nghị.",
        "Căn cứ Nghị định ban hành ngày 12 tháng 3 năm 2021 của Chính phủ;",
        "Kế hoạch được ký tháng 6 năm 2024.",
    ],
)
def test_days_and_written_dates_hold_no_value(text):
    assert values(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Báo cáo kết quả kế hoạch 5 năm 2026 - 2030 của huyện đã được thông qua.",
        "Chiến lược phát triển 10 năm giai đoạn 2021-2030 đã được ban hành.",
    ],
)
def test_a_plans_length_before_its_period_is_no_value(text):
    assert values(text) == []


@pytest.mark.parametrize(("text", "unit"), [("Tổng vốn đầu tư 2,5 nghìn tỷ đồng.", "nghìn tỷ đồng"),
                                             ("Tổng vốn toàn xã hội 1,1 triệu tỷ đồng.", "triệu tỷ đồng")])  # fmt: skip
def test_thousands_and_millions_of_billions_are_one_unit(text, unit):
    (part,) = parts(text)
    assert part.unit == unit


def test_the_whole_a_count_of_targets_is_out_of_is_no_value():
    found = parts("Trong 20 chỉ tiêu của nghị quyết, có 6 chỉ tiêu vượt kế hoạch, 12 chỉ tiêu đạt.")
    assert [(p.value, p.unit) for p in found] == [(Decimal(6), "chỉ tiêu"), (Decimal(12), "chỉ tiêu")]


def test_the_count_of_targets_a_sentence_then_lists_is_no_value():
    found = parts("Năm 2026, phường phấn đấu đạt 15 chỉ tiêu, trong đó thu nhập bình quân đạt 90 triệu đồng.")
    assert [(p.value, p.unit) for p in found] == [(Decimal(90), "triệu đồng")]


def test_a_count_of_targets_met_out_of_a_whole_is_still_read():
    found = parts("Xã có 18/20 chỉ tiêu đạt và vượt kế hoạch, trong đó 7 chỉ tiêu vượt.")
    assert [p.value for p in found] == [Decimal(18), Decimal(7)]


def test_an_elided_item_after_a_comma_shares_the_verb_before_it():
    found = parts("Tỷ lệ hộ nghèo giảm còn 2,1%, cận nghèo 3,4%.")
    assert [(p.direction, p.value) for p in found] == [("at_most", Decimal("2.1")), ("at_most", Decimal("3.4"))]


@pytest.mark.parametrize(
    "text",
    [
        "Tỷ lệ hộ nghèo còn 2,1%, 100% trường học đạt chuẩn quốc gia.",
        "Tỷ lệ hộ nghèo còn 2,1%, đạt 100% kế hoạch.",
        "Tỷ lệ hộ nghèo còn 2,1%, tỷ lệ lao động qua đào tạo 70%.",
    ],
)
def test_an_item_with_its_own_quantity_or_verb_keeps_its_own_bound(text):
    assert parts(text)[1].direction == "exactly"


def test_a_start_level_with_its_year_is_the_baseline():
    (part,) = parts("Thu nhập bình quân tăng từ 40 triệu đồng năm 2020 lên 62 triệu đồng năm 2025.")
    assert (part.value, part.horizon_year) == (Decimal(62), 2025)
    assert (part.baseline_kind, part.baseline_value, part.baseline_year) == ("value", Decimal(40), 2020)


def test_a_ceiling_reached_from_a_level_of_another_year():
    (part,) = parts("Tỷ lệ hộ nghèo giảm từ 6,2% năm 2021 xuống còn 2,5% năm 2025.")
    assert (part.direction, part.value, part.baseline_value, part.baseline_year) == (
        "at_most",
        Decimal("2.5"),
        Decimal("6.2"),
        2021,
    )


def test_a_change_on_the_year_before_is_compared_with_it_and_leaves_the_level_alone():
    level, change = parts("Tỷ lệ trẻ suy dinh dưỡng 8,5% (giảm tỷ lệ trẻ suy dinh dưỡng so với năm trước 0,2%).")
    assert (level.value, level.is_annual, level.baseline_kind) == (Decimal("8.5"), False, "")
    assert (change.value, change.change, change.is_annual, change.baseline_kind) == (
        Decimal("0.2"),
        "decrease",
        False,
        "percent_over",
    )


def test_a_rate_defined_on_the_year_before_is_yearly():
    (part,) = parts("Tỷ lệ tăng thu ngân sách so năm trước: 8% trở lên.")
    assert (part.is_annual, part.baseline_kind) == (True, "")


def test_a_heading_year_over_a_list_is_the_horizon_of_its_rates():
    found = parts("Đến năm 2028: Giảm tỷ suất sinh bình quân hàng năm 0,3‰, tỷ lệ hộ nghèo còn dưới 1%.")
    assert [(p.is_annual, p.horizon_year) for p in found] == [(True, 2028), (False, 2028)]


def test_a_year_of_one_figure_is_still_no_horizon_of_a_rate():
    found = parts("Thu ngân sách đến năm 2025 đạt 40 tỷ đồng, tăng bình quân hàng năm 6%.")
    assert [p.horizon_year for p in found] == [2025, None]


@pytest.mark.parametrize(
    "text",
    [
        "Kéo giảm tai nạn giao thông trên cả ba tiêu chí về số vụ, số người chết và số người bị thương.",
        "Giữ vững an ninh trên cả hai tuyến biên giới.",
    ],
)
def test_all_of_a_number_in_words_is_a_scope_not_a_count(text):
    assert values(text) == []


def test_the_criteria_a_commune_meets_name_its_class():
    found = parts("Không còn xã dưới 12 tiêu chí, thu nhập của người dân tăng ít nhất 1,3 lần so với năm 2020.")
    assert [(p.value, p.unit) for p in found] == [(Decimal(0), "xã"), (Decimal("1.3"), "lần")]
    assert (found[1].direction, found[1].baseline_kind, found[1].baseline_year) == ("at_least", "times", 2020)


def test_a_multiple_with_no_quantity_of_its_own_is_still_the_baseline_of_the_level():
    (part,) = parts("Thu nhập bình quân đạt 72 triệu đồng, tăng gấp 1,8 lần so với năm 2020.")
    assert (part.baseline_kind, part.baseline_value, part.baseline_year) == ("times", Decimal("1.8"), 2020)


def test_who_a_share_counts_is_no_zero_of_its_own():
    found = parts("Phấn đấu có trên 70% tổ dân phố không có người vi phạm pháp luật.")
    assert [(p.value, p.unit) for p in found] == [(Decimal(70), "%")]


def test_a_zero_in_words_of_its_own_clause_is_still_read():
    found = parts("Tỷ lệ hộ dùng nước sạch đạt 100%, không còn hộ nghèo.")
    assert [(p.value, p.unit) for p in found] == [(Decimal(100), "%"), (Decimal(0), "hộ")]


def test_not_letting_something_happen_after_the_last_figure_is_a_qualitative_part():
    found = parts("Phấn đấu kéo giảm số vụ cháy nổ từ 5-10% và không để xảy ra cháy nổ nghiêm trọng.")
    assert [p.direction for p in found][-1] == "qualitative"
    assert found[-1].measure.startswith("Không để xảy ra cháy nổ")


def test_the_structure_of_the_economy_between_figures_is_a_qualitative_part():
    found = parts(
        "Tốc độ tăng giá trị sản xuất 9%; Cơ cấu kinh tế là Dịch vụ - Công nghiệp - Nông nghiệp; "
        "Thu ngân sách 50 tỷ đồng."
    )
    assert [p.direction for p in found] == ["exactly", "qualitative", "exactly"]


def test_a_list_item_building_an_organisation_to_a_state_is_a_qualitative_part():
    found = parts(
        "Nâng cao chất lượng sinh hoạt chi bộ; xây dựng chính quyền, đoàn thể trong sạch, vững mạnh; "
        "kết nạp 15 đảng viên."
    )
    assert [p.direction for p in found][-2:] == ["qualitative", "exactly"]
    assert any("trong sạch, vững mạnh" in p.measure for p in found if p.direction == "qualitative")


def test_the_opening_clause_that_says_what_the_body_works_at_is_no_part():
    found = parts(
        "Nhiệm kỳ 2025-2030, Đảng bộ xã tập trung xây dựng hệ thống chính trị trong sạch, vững mạnh; "
        "phấn đấu thu nhập đạt 80 triệu đồng."
    )
    assert [p.direction for p in found] == ["exactly"]


def test_a_year_named_by_a_campaigns_title_is_the_horizon():
    (part, *_) = parts("Triển khai Năm Chuyển đổi số 2027, phường phấn đấu 90% hồ sơ được xử lý trực tuyến.")
    assert part.horizon_year == 2027


@pytest.mark.parametrize(
    "text",
    [
        "Sáng 20/12, với 100% đại biểu có mặt tán thành, HĐND xã thông qua nghị quyết.",
        "95% đại biểu HĐND huyện biểu quyết thông qua kế hoạch.",
    ],
)
def test_a_councils_vote_is_no_target(text):
    assert values(text) == []


def test_the_year_before_is_no_part_of_a_changes_label():
    (_, change) = parts("Tỷ lệ hộ nghèo 3% (giảm tỷ lệ hộ nghèo so với năm trước 0,5%).")
    assert change.measure == "Mức giảm tỷ lệ hộ nghèo"


def test_how_a_value_is_priced_is_no_part_of_its_label():
    (part,) = parts("GRDP bình quân đầu người theo giá hiện hành đạt 5.000 USD/người.")
    assert part.measure == "GRDP bình quân đầu người"


def test_stable_at_a_level_says_the_bound_not_the_quantity():
    (part,) = parts("Tỷ lệ che phủ rừng ổn định ở mức 45%.")
    assert (part.measure, part.value) == ("Tỷ lệ che phủ rừng", Decimal(45))
