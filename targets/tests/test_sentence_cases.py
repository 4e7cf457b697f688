"""The target sentences issue 13 names, one case each: changes, ranges, baselines, zeros, units,
per-year rates, horizons, several targets in one sentence, and sentences that set none."""

from decimal import Decimal

import pytest

from targets.sentences import parse_target_sentence


def one(text, horizon=None):
    parts = parse_target_sentence(text, horizon)
    assert len(parts) == 1, parts
    return parts[0]


def test_an_increase_without_a_bound_is_a_change_of_the_measure():
    part = one("Thu nhập bình quân đầu người tăng bình quân 10%/năm.")
    assert (part.direction, part.change, part.value, part.unit, part.is_annual) == (
        "exactly", "increase", Decimal(10), "%/năm", True,
    )  # fmt: skip
    assert part.measure == "Mức tăng thu nhập bình quân đầu người"


def test_a_bound_on_a_change_keeps_the_change():
    part = one("Thu nhập bình quân đầu người tăng hơn 8%/năm.")
    assert (part.direction, part.change, part.value) == ("more_than", "increase", Decimal(8))


def test_a_decrease_down_to_a_level_is_a_ceiling_not_a_change():
    part = one("Tỷ lệ hộ nghèo giảm còn dưới 1%.")
    assert (part.direction, part.change, part.value, part.unit) == ("less_than", "", Decimal(1), "%")
    assert part.measure == "Tỷ lệ hộ nghèo"
    assert one("Tỷ lệ hộ nghèo giảm còn 1,5%.").direction == "at_most"


def test_a_decrease_by_an_amount_is_a_change():
    part = one("Tỷ lệ hộ nghèo giảm 0,5%.")
    assert (part.direction, part.change, part.value) == ("exactly", "decrease", Decimal("0.5"))
    assert part.measure == "Mức giảm tỷ lệ hộ nghèo"


@pytest.mark.parametrize("text", ["Tỷ lệ lao động qua đào tạo từ 5 đến 7%.", "Tỷ lệ lao động qua đào tạo 5-7%."])
def test_ranges(text):
    part = one(text)
    assert (part.value, part.value_max, part.unit) == (Decimal(5), Decimal(7), "%")


def test_a_multiple_of_a_year_is_a_baseline():
    part = one("Tổng vốn đầu tư đạt 500 tỷ đồng, gấp 3 lần so với năm 2020.")
    assert (part.value, part.unit) == (Decimal(500), "tỷ đồng")
    assert (part.baseline_kind, part.baseline_value, part.baseline_year) == ("times", Decimal(3), 2020)


def test_a_multiple_alone_is_the_target_compared_with_the_year():
    part = one("Thu nhập của người dân nông thôn gấp 3 lần so với năm 2020.")
    assert (part.value, part.unit, part.baseline_kind, part.baseline_year) == (Decimal(3), "lần", "times", 2020)


def test_a_change_compared_with_a_year():
    part = one("Thu ngân sách tăng 15% so với năm 2025.")
    assert (part.change, part.value, part.baseline_kind, part.baseline_value, part.baseline_year) == (
        "increase", Decimal(15), "percent_over", None, 2025,
    )  # fmt: skip
    assert part.horizon_year is None  # the year compared with is not the horizon


def test_a_level_with_its_change_since_a_year_and_since_the_start_of_the_term():
    part = one("Số hộ kinh doanh năm 2030: 845 hộ, tăng 80 hộ so với năm 2025.")
    assert (part.value, part.horizon_year) == (Decimal(845), 2030)
    assert (part.baseline_kind, part.baseline_value, part.baseline_year) == ("difference", Decimal(80), 2025)
    part = one("Tổng số đảng viên đạt 545 đồng chí, tăng 116 đảng viên so với đầu nhiệm kỳ.")
    assert (part.value, part.baseline_kind, part.baseline_value, part.baseline_year) == (
        Decimal(545), "difference", Decimal(116), None,
    )  # fmt: skip


def test_a_starting_level():
    part = one("Đến năm 2030, tăng tỷ trọng ngành dịch vụ từ 40% lên 55%.")
    assert (part.value, part.baseline_kind, part.baseline_value, part.horizon_year) == (
        Decimal(55), "value", Decimal(40), 2030,
    )  # fmt: skip


def test_zero_and_numbers_in_words():
    part = one("Phấn đấu đến năm 2030 không còn hộ nghèo.")
    assert (part.direction, part.value, part.unit, part.measure, part.horizon_year) == (
        "exactly", Decimal(0), "hộ", "Số hộ nghèo", 2030,
    )  # fmt: skip
    assert one("Tỷ lệ trường học đạt chuẩn quốc gia 100%.").value == Decimal(100)
    part = one("Xây dựng một trường đạt chuẩn quốc gia mức độ 2.")
    assert (part.value, part.unit) == (Decimal(1), "trường")


@pytest.mark.parametrize("written", ["1,2‰", "1,2%0", "1,2 %o", "1,2 phần nghìn", "1,2 phần ngàn"])
def test_per_mille_and_its_typed_forms(written):
    part = one(f"Tỷ lệ sinh con thứ ba dưới {written}.")
    assert (part.value, part.unit, part.direction) == (Decimal("1.2"), "‰", "less_than")


@pytest.mark.parametrize(
    ("written", "unit"),
    [
        ("45 đồng", "đồng"),
        ("45 nghìn đồng", "nghìn đồng"),
        ("45 triệu đồng", "triệu đồng"),
        ("45 tỷ đồng", "tỷ đồng"),
        ("45 Tr.đ", "triệu đồng"),
        ("45 Tr. đồng", "triệu đồng"),
        ("45trđ", "triệu đồng"),
        ("45 tr.đ", "triệu đồng"),
        ("45 triệu", "triệu đồng"),
        ("45tỷđ", "tỷ đồng"),
    ],
)
def test_money(written, unit):
    part = one(f"Giá trị sản phẩm trên địa bàn đạt {written}.")
    assert (part.value, part.unit) == (Decimal(45), unit)


@pytest.mark.parametrize("noun", ["người", "hội viên", "đảng viên", "lao động", "hộ", "doanh nghiệp", "trường"])
def test_counted_nouns(noun):
    part = one(f"Phấn đấu mỗi năm kết nạp 120 {noun} mới.")
    assert (part.value, part.unit) == (Decimal(120), noun)
    assert part.measure == f"Số {noun} mới được kết nạp"


def test_enterprises_per_thousand_people():
    part = one("Phấn đấu đến năm 2030 có 20 doanh nghiệp/1.000 dân.")
    assert (part.value, part.unit, part.horizon_year) == (Decimal(20), "doanh nghiệp/1.000 dân", 2030)


@pytest.mark.parametrize("rate", ["tăng 10%/năm", "tăng 10% mỗi năm", "hằng năm tăng 10%", "tăng bình quân 10%"])
def test_per_year_rates(rate):
    part = one(f"Thu ngân sách nhà nước trên địa bàn {rate}.")
    assert part.is_annual and part.change == "increase"


def test_money_per_head_per_year_is_a_level_not_a_yearly_target():
    part = one("Thu nhập bình quân đầu người đạt 100 triệu đồng/người/năm.")
    assert (part.unit, part.is_annual) == ("triệu đồng/người/năm", False)


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Đến năm 2030, tỷ lệ hộ dùng nước sạch đạt 100%.", 2030),
        ("Tỷ lệ hộ dùng nước sạch đạt 100% vào năm 2030.", 2030),
        ("Nhiệm kỳ 2025-2030, phấn đấu đến cuối nhiệm kỳ tỷ lệ hộ dùng nước sạch đạt 100%.", 2030),
        ("Giai đoạn 2026-2030, tỷ lệ hộ dùng nước sạch đạt 100%.", 2030),
        ("Tỷ lệ hộ dùng nước sạch đạt 100%.", None),
    ],
)
def test_horizons(text, year):
    assert one(text).horizon_year == year


def test_several_targets_and_sub_targets_in_one_sentence():
    parts = parse_target_sentence(
        "Đến năm 2030, thu nhập bình quân đầu người đạt 120 triệu đồng; tỷ lệ hộ nghèo giảm còn dưới 0,5%; "
        "tổng giá trị sản xuất tăng bình quân 12%/năm, trong đó: công nghiệp - xây dựng tăng 15%, dịch vụ tăng 13%.",
        None,
    )
    assert [(p.value, p.unit, p.change, p.is_annual) for p in parts] == [
        (Decimal(120), "triệu đồng", "", False),
        (Decimal("0.5"), "%", "", False),
        (Decimal(12), "%/năm", "increase", True),
        (Decimal(15), "%", "increase", True),
        (Decimal(13), "%", "increase", True),
    ]
    assert [p.horizon_year for p in parts][:2] == [2030, 2030]


def test_a_clause_that_sets_a_state_among_numbers_is_a_qualitative_part():
    parts = parse_target_sentence(
        "Thu nhập bình quân đầu người đạt 90 triệu đồng; duy trì xã đạt chuẩn quốc gia về y tế; "
        "tỷ lệ dân số tham gia bảo hiểm y tế đạt 95%.",
        None,
    )
    assert [p.direction for p in parts] == ["exactly", "qualitative", "exactly"]
    assert parts[1].value is None


@pytest.mark.parametrize(
    "text",
    [
        "Xây dựng hệ thống chính trị trong sạch, vững mạnh toàn diện.",
        "Nghị quyết đề ra 25 chỉ tiêu, 4 nhiệm vụ trọng tâm và 3 khâu đột phá.",
        "Triển khai Nghị quyết số 57-NQ/TW ngày 22/12/2024 trong giai đoạn 2026-2030.",
    ],
)
def test_sentences_without_a_number_give_no_false_target(text):
    part = one(text)
    assert (part.direction, part.value) == ("qualitative", None)


def test_every_part_carries_its_fields_as_json():
    data = one("Tổng vốn đầu tư đạt 500 tỷ đồng, gấp 3 lần so với năm 2020.").as_json()
    assert data["value"] == 500 and data["baseline_value"] == 3 and data["baseline_kind"] == "times"


def test_a_state_after_the_last_number_is_a_qualitative_part_with_its_own_year():
    parts = parse_target_sentence(
        "Tỷ lệ hộ nghèo duy trì ở mức dưới 2% và đạt chuẩn nông thôn mới nâng cao vào năm 2028.", 2030
    )
    assert [(p.direction, p.value, p.horizon_year) for p in parts] == [
        ("less_than", Decimal(2), 2030),
        ("qualitative", None, 2028),
    ]


def test_a_comparison_after_a_stray_comma_still_belongs_to_the_level():
    part = one("Tỷ lệ gia đình văn hóa đến năm 2030 = 97%, tăng 5%, so với năm 2025.")
    assert (part.value, part.baseline_kind, part.baseline_value, part.baseline_year) == (
        Decimal(97), "percent_over", Decimal(5), 2025,
    )  # fmt: skip


def test_an_opening_every_year_covers_its_own_clause_only():
    parts = parse_target_sentence("Mỗi năm kết nạp ít nhất 20 đảng viên; tỷ lệ lao động qua đào tạo đạt 35%.", None)
    assert [p.is_annual for p in parts] == [True, False]


@pytest.mark.parametrize(
    "text",
    [
        "Tỷ lệ các cháu 5 tuổi đến lớp đạt 98%.",
        "Tỷ lệ người sinh con thứ 3 trở lên giảm còn dưới 25%.",
        "Giá trị sản xuất 5 năm qua đạt 3.720 tỷ đồng.",
    ],
)
def test_numbers_that_name_a_class_or_a_duration_are_no_values(text):
    part = one(text)
    assert part.value in (Decimal(98), Decimal(25), Decimal(3720))


def test_a_counting_noun_the_table_does_not_know_is_still_the_unit():
    part = one("Có 12 tổ hòa giải được công nhận đạt chuẩn.")
    assert (part.value, part.unit) == (Decimal(12), "tổ")


def test_how_far_a_level_is_over_the_plan_is_its_baseline_not_a_target():
    part = one("Thu ngân sách đạt 75 tỷ đồng, vượt 23,2% dự toán.")
    assert (part.value, part.baseline_kind, part.baseline_value, part.baseline_year) == (
        Decimal(75), "percent_over", Decimal("23.2"), None,
    )  # fmt: skip


def test_who_acts_is_no_part_of_the_label():
    assert one("Đảng bộ đã kết nạp được 36 đảng viên mới.").measure == "Số đảng viên mới được kết nạp"


def test_numbered_names_are_no_values():
    parts = parse_target_sentence("Năm 2019, Phường 3 có 3.903 hộ đạt gia đình văn hóa, chiếm 91%.", None)
    assert [(p.value, p.unit) for p in parts] == [(Decimal(3903), "hộ"), (Decimal(91), "%")]
    part = one("Trong mô hình chính quyền địa phương 2 cấp, 10/10 chỉ tiêu đạt và vượt kế hoạch.")
    assert (part.value, part.unit) == (Decimal(10), "chỉ tiêu")


def test_money_in_two_units_is_one_number():
    part = one("Tổng vốn đầu tư cơ sở hạ tầng trên địa bàn xã được 16 tỷ 434 triệu đồng.")
    assert (part.value, part.unit) == (Decimal("16.434"), "tỷ đồng")


def test_compared_with_the_previous_term_and_a_period_in_parentheses():
    part = one("Trong nhiệm kỳ (2015-2020) huyện đã kết nạp được 1.500 đảng viên, tăng 1,2% so với nhiệm kỳ trước.")
    assert (part.value, part.horizon_year, part.baseline_kind, part.baseline_value, part.baseline_year) == (
        Decimal(1500), 2020, "percent_over", Decimal("1.2"), None,
    )  # fmt: skip


def test_a_range_written_high_to_low_is_no_range():
    part = one("Tỷ lệ hộ nghèo giảm 10-5%.")
    assert part.value_max is None or part.value_max >= part.value


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        # the last part of a long lead that names a quantity
        (
            "Đẩy mạnh đầu tư, mở rộng ngành nghề, thu nhập bình quân đạt 40,5 triệu đồng/người/năm.",
            "Thu nhập bình quân",
        ),
        # "ước đạt" and "trở lên" inside a label
        ("Tổng giá trị sản phẩm trên địa bàn ước đạt 2.124 tỷ đồng.", "Tổng giá trị sản phẩm trên địa bàn"),
        ("Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên đạt 93%.", "Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên"),
        # a place that has the count is not what is counted
        ("Phường có 5/5 khu vực đạt chuẩn văn hóa.", "Số khu vực đạt chuẩn văn hóa"),
        ("Đến nay, phường có 79,3% hộ được công nhận gia đình văn hóa.", "Tỷ lệ hộ được công nhận gia đình văn hóa"),
        # the committee that acts is not part of the label
        ("Trong năm qua, Huyện ủy kết nạp được 358 đảng viên mới.", "Số đảng viên mới được kết nạp"),
        # a clause before the number is no verb of the count
        ("Chất lượng giáo dục được nâng cao với 4/5 trường đạt chuẩn quốc gia.", "Số trường đạt chuẩn quốc gia"),
    ],
)
def test_measure_labels(text, measure):
    assert one(text).measure == measure


def test_the_share_of_an_item_just_counted_repeats_its_label():
    parts = parse_target_sentence("Có 12.000 người luyện tập thể thao thường xuyên, chiếm 76,86%.", None)
    assert [p.measure for p in parts] == [
        "Số người luyện tập thể thao thường xuyên",
        "Tỷ lệ người luyện tập thể thao thường xuyên",
    ]


def test_a_state_named_after_a_share_belongs_to_the_share():
    parts = parse_target_sentence(
        'Phấn đấu 93% hộ gia đình được công nhận và giữ vững danh hiệu "Gia đình văn hóa"; '
        "tiếp tục duy trì phường không có hộ nghèo.",
        None,
    )
    assert [(p.direction, p.value) for p in parts] == [("exactly", Decimal(93)), ("exactly", Decimal(0))]
