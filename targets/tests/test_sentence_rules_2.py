"""Rules added after the fourth held-out batch (docs/IMPORT_QUALITY.md): each test is one general
rule, on sentences written like those of ward and commune resolutions (not copies of the corpus)."""

from decimal import Decimal

import pytest

from targets.sentences import parse_target_sentence


def parts(text):
    return parse_target_sentence(text, None)


def one(text):
    found = parts(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "over"),
    [
        ("Tổng thu ngân sách trên địa bàn đạt 12,5 tỷ đồng, vượt 15% mục tiêu đề ra.", Decimal(15)),
        ("Thu ngân sách nhà nước đạt 40 tỷ đồng, vượt 9%; tỷ lệ hộ nghèo còn 1%.", Decimal(9)),
        ("Doanh thu dịch vụ ước đạt 520 tỷ đồng, cao hơn kế hoạch huyện giao 12%.", Decimal(12)),
    ],
)
def test_how_far_a_level_is_over_the_plan_is_its_baseline(text, over):
    first = parts(text)[0]
    assert (first.unit, first.baseline_kind, first.baseline_value) == ("tỷ đồng", "percent_over", over)
    assert all(part.value != over for part in parts(text))


def test_going_over_the_plan_alone_is_the_figure_not_a_bound():
    part = one("Thu ngân sách vượt 30% kế hoạch.")
    assert (part.direction, part.value, part.unit) == ("exactly", Decimal(30), "%")
    assert part.measure == "Tỷ lệ thu ngân sách vượt kế hoạch"


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Tổng sản lượng lương thực đạt 18 nghìn tấn.", Decimal(18000), "tấn"),
        ("Khu di tích đón 150 ngàn lượt khách.", Decimal(150000), "lượt"),
        ("Thu hút 1,2 triệu lượt khách du lịch.", Decimal(1200000), "lượt"),
        ("Thu nhập bình quân đạt 72 triệu đồng.", Decimal(72), "triệu đồng"),
    ],
)
def test_a_number_word_multiplies_a_count_but_money_keeps_its_unit(text, value, unit):
    part = one(text)
    assert (part.value, part.unit) == (value, unit)


def test_a_crop_area_per_season_keeps_its_denominator():
    assert one("Diện tích gieo trồng lúa 850 ha/vụ.").unit == "ha/vụ"


def test_per_year_after_the_bound_makes_a_yearly_count():
    part = one("Kết nạp từ 6 đảng viên trở lên/năm.")
    assert (part.direction, part.value, part.unit, part.is_annual) == ("at_least", Decimal(6), "đảng viên/năm", True)
    assert part.measure == "Số đảng viên được kết nạp"


def test_a_label_that_names_the_change_makes_the_number_a_change():
    part = one("Mức giảm tỷ lệ sinh bình quân hằng năm: 0,2‰.")
    assert (part.change, part.value, part.unit, part.is_annual) == ("decrease", Decimal("0.2"), "‰", True)
    assert part.measure == "Mức giảm tỷ lệ sinh"


def test_a_yearly_level_keeps_percent_and_a_rate_keeps_percent_per_year():
    level = one('Tỷ lệ hộ được công nhận "Gia đình văn hóa" 90 %/năm.')
    assert (level.unit, level.is_annual) == ("%", True)
    assert one("Tốc độ tăng trưởng kinh tế 9 %/năm.").unit == "%/năm"


def test_a_state_after_and_with_its_own_aim_is_a_qualitative_part():
    found = parts("Thu nhập bình quân đạt 90 triệu đồng và phấn đấu đến năm 2030 đạt chuẩn đô thị văn minh.")
    assert [p.direction for p in found] == ["exactly", "qualitative"]
    assert (found[1].measure, found[1].horizon_year) == ("Chuẩn đô thị văn minh", 2030)


def test_an_aim_before_the_list_closed_by_a_semicolon_is_an_item_but_a_report_is_not():
    aim = parts("Xã phấn đấu đến năm 2030 đạt chuẩn nông thôn mới kiểu mẫu; tỷ lệ hộ nghèo dưới 1%.")
    assert [p.direction for p in aim] == ["qualitative", "less_than"]
    assert aim[0].horizon_year == 2030
    report = parts("An ninh chính trị được giữ vững; tỷ lệ hộ nghèo còn 1,2%.")
    assert [p.direction for p in report] == ["at_most"]


@pytest.mark.parametrize(
    "text",
    [
        "Sau 5 năm thực hiện nghị quyết, xã đã có 18/20 chỉ tiêu đạt kế hoạch.",
        "Phường đạt kết quả tốt trên tất cả các lĩnh vực, với 18/20 chỉ tiêu đạt kế hoạch.",
        "Đặc biệt, 3 chỉ tiêu vượt kế hoạch gồm: có 18/20 chỉ tiêu đạt kế hoạch.",
        "Xã có sản phẩm Chè Bản Phố 1 đạt chuẩn OCOP, 18/20 chỉ tiêu đạt kế hoạch.",
    ],
)
def test_durations_scopes_list_counts_and_names_hold_no_target(text):
    part = one(text)
    assert (part.value, part.unit) == (Decimal(18), "chỉ tiêu")


def test_a_count_of_plan_items_met_and_exceeded_is_exact():
    part = one("Nhiệm kỳ qua, xã thực hiện đạt và vượt 15/18 chỉ tiêu nghị quyết.")
    assert (part.direction, part.value) == ("exactly", Decimal(15))
    assert one("Xã đạt trên 15 tiêu chí.").direction == "more_than"


def test_a_yearly_opening_set_off_by_a_comma_covers_every_clause():
    found = parts("Hằng năm, kết nạp từ 15 đảng viên trở lên; tỷ lệ chi bộ hoàn thành tốt nhiệm vụ đạt 90%.")
    assert [p.is_annual for p in found] == [True, True]
    own_clause = parts("Mỗi năm giải quyết việc làm cho 200 lao động; tỷ lệ lao động qua đào tạo đạt 70%.")
    assert [p.is_annual for p in own_clause] == [True, False]


def test_a_predicate_said_once_after_the_first_item_is_shared():
    found = parts("Phấn đấu tỷ lệ trường học đạt chuẩn quốc gia đạt 85%, trạm y tế đạt 100%.")
    assert [p.measure for p in found] == ["Tỷ lệ trường học đạt chuẩn quốc gia", "Tỷ lệ trạm y tế đạt chuẩn quốc gia"]
    named = parts("Tỷ lệ trường học đạt chuẩn quốc gia đạt 85%, tỷ lệ lao động qua đào tạo đạt 70%.")
    assert named[1].measure == "Tỷ lệ lao động qua đào tạo"


def test_a_predicate_said_once_after_the_last_item_is_shared():
    found = parts("Hằng năm có 100% chi bộ và trên 90% đảng viên hoàn thành tốt nhiệm vụ.")
    assert [p.measure for p in found] == [
        "Tỷ lệ chi bộ hoàn thành tốt nhiệm vụ",
        "Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ",
    ]
    assert [p.direction for p in found] == ["exactly", "more_than"]


def test_a_verb_said_once_is_shared_by_the_item_joined_with_and():
    found = parts("Tỷ lệ hộ nghèo giảm còn 0,5% và hộ cận nghèo 1,2%.")
    assert [(p.measure, p.direction) for p in found] == [
        ("Tỷ lệ hộ nghèo", "at_most"),
        ("Tỷ lệ hộ cận nghèo", "at_most"),
    ]
    apart = parts("Tỷ lệ hộ nghèo giảm còn 0,5%, tỷ lệ lao động qua đào tạo 70%.")
    assert apart[1].direction == "exactly"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # a clause reporting a state before the quantity is no part of its name
        ("Cơ cấu kinh tế tiếp tục chuyển dịch đúng hướng, thu ngân sách đạt 45 tỷ đồng.", "Thu ngân sách"),
        ("Điểm nổi bật là thu ngân sách nhà nước ước đạt 12 tỷ đồng.", "Thu ngân sách nhà nước"),
        # a level as a share of the plan
        (
            "Thu ngân sách trên địa bàn đạt 20 tỷ đồng, đạt 125% kế hoạch.",
            "Tỷ lệ thu ngân sách trên địa bàn so với kế hoạch",
        ),
        (
            "Thu ngân sách xã hưởng theo phân cấp đạt 150% dự toán giao.",
            "Tỷ lệ thu ngân sách xã hưởng theo phân cấp so với dự toán giao",
        ),
        # tense words, and a level reached going down, leave the label
        ("Tỷ lệ tuyến đường đã được cứng hóa đạt 90%.", "Tỷ lệ tuyến đường được cứng hóa"),
        ("Tỷ lệ hộ nghèo giảm của phường còn 0,5%.", "Tỷ lệ hộ nghèo của phường"),
        (
            "Đảng bộ được quan tâm, chú trọng, trong nhiệm kỳ đã kết nạp được 40 đảng viên mới.",
            "Số đảng viên mới được kết nạp",
        ),
        # a lead-in naming the list
        ("Đại hội thông qua một số chỉ tiêu chủ yếu thu ngân sách tăng bình quân 8%/năm.", "Mức tăng thu ngân sách"),
        # a bare measure "với diện tích" is of the subject that opens the clause
        ("Cây chè được xác định là cây chủ lực với diện tích hơn 300 ha.", "Diện tích cây chè"),
    ],
)
def test_labels_keep_the_quantity_and_drop_the_clause_around_it(text, label):
    assert parts(text)[-1].measure == label


def test_the_words_after_a_count_stop_before_another_subject_or_the_next_figure():
    found = parts("Xã có 4 thôn đạt chuẩn nông thôn mới, sản phẩm chè Tân Cương đã được công nhận OCOP.")
    assert found[0].measure == "Số thôn đạt chuẩn nông thôn mới"
    found = parts("Toàn xã có 300 hộ kinh doanh, dịch vụ với tổng doanh thu đạt 90 tỷ đồng.")
    assert [p.measure for p in found] == ["Số hộ kinh doanh, dịch vụ", "Tổng doanh thu"]
    found = parts("Thành lập mới 30 doanh nghiệp đạt 100% kế hoạch.")
    assert found[0].measure == "Số doanh nghiệp được thành lập mới"


def test_an_earlier_level_followed_by_what_is_left_now_is_the_starting_level():
    part = one("Năm 2018, toàn xã có 120 hộ nghèo, đến nay chỉ còn 15 hộ nghèo.")
    assert (part.direction, part.value, part.unit, part.horizon_year) == ("at_most", Decimal(15), "hộ", None)
    assert (part.baseline_kind, part.baseline_value, part.baseline_year) == ("value", Decimal(120), 2018)
    assert part.measure == "Số hộ nghèo"


def test_a_month_of_a_year_is_a_date_and_its_year_the_horizon():
    part = one("Tính đến tháng 6/2026, tỷ lệ hộ dân sử dụng nước sạch đạt 80%.")
    assert (part.value, part.horizon_year) == (Decimal(80), 2026)


def test_the_same_period_of_a_named_year_is_the_comparison_not_the_horizon():
    part = parts("Tổng giá trị sản xuất tăng 8,5% so với cùng kỳ năm 2024; thu ngân sách đạt 40 tỷ đồng.")[0]
    assert (part.change, part.horizon_year, part.baseline_kind, part.baseline_year) == (
        "increase", None, "percent_over", 2024,
    )  # fmt: skip


def test_items_of_a_list_opened_by_a_change_verb_are_changes_too():
    found = parts(
        "Phấn đấu tăng thu ngân sách bình quân 8-10%/năm; tổng giá trị sản xuất bình quân hằng năm từ 11-12%;"
        " tỷ lệ lao động qua đào tạo đạt 75%."
    )
    assert [(p.change, p.measure) for p in found] == [
        ("increase", "Mức tăng thu ngân sách"),
        ("increase", "Mức tăng tổng giá trị sản xuất"),
        ("", "Tỷ lệ lao động qua đào tạo"),
    ]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Nổi bật là công tác tài chính khi thu ngân sách xã ước đạt 50 tỷ đồng.", "Thu ngân sách xã"),
        ("Giải ngân vốn đầu tư công đạt 12.500 triệu đồng.", "Giải ngân vốn đầu tư công"),
        ("Thu ngân sách đạt 9 tỷ đồng, đạt 120% so với dự toán giao.", "Tỷ lệ thu ngân sách so với dự toán giao"),
    ],
)
def test_more_labels_that_name_the_quantity(text, label):
    assert parts(text)[-1].measure == label
