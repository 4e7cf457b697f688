"""Rules added after the eighth held-out batch (docs/IMPORT_QUALITY.md): each test is one general
rule, on sentences written like those of plans and reports (not copies of the corpus)."""

from decimal import Decimal

import pytest

from targets.sentences import parse_target_sentence


def parts(text):
    return parse_target_sentence(text, None)


def values(text):
    return [(p.value, p.value_max, p.unit) for p in parts(text) if p.value is not None]


def test_a_reference_to_a_part_of_a_legal_text_is_no_value():
    found = parts("Bảo đảm 95% hồ sơ được giải quyết đúng hạn theo khoản 3, Điều 15 Nghị định về một cửa.")
    assert [(p.value, p.unit) for p in found if p.value is not None] == [(Decimal(95), "%")]


def test_a_frequency_that_names_who_is_counted_is_part_of_the_label():
    (part,) = parts("Tăng tỷ lệ phụ nữ được khám phụ khoa ít nhất 2 lần/năm là 20%.")
    assert (part.value, part.unit, part.change) == (Decimal(20), "%", "increase")
    assert "2 lần/năm" in part.measure


def test_brackets_that_define_the_noun_before_the_clauses_own_figure():
    (part,) = parts("Tỷ lệ trẻ sinh nhẹ cân (dưới 2.000 gram) dưới 6%.")
    assert (part.value, part.unit, part.direction) == (Decimal(6), "%", "less_than")
    assert part.measure == "Tỷ lệ trẻ sinh nhẹ cân"


def test_a_share_that_says_which_places_are_meant_is_no_target():
    (part,) = parts("Tỷ lệ hộ nghèo ở các thôn có tỷ lệ hộ nghèo trên 30% giảm 5%.")
    assert (part.value, part.unit, part.change) == (Decimal(5), "%", "decrease")
    assert part.measure == "Mức giảm tỷ lệ hộ nghèo ở các thôn có tỷ lệ hộ nghèo trên 30%"


@pytest.mark.parametrize(
    "text",
    [
        "Đảng bộ xã có 41 chi bộ, với 1.230 đảng viên.",
        "Đảng bộ phường hiện có 52 tổ chức cơ sở đảng với 2.410 đảng viên.",
        "Dự đại hội có 150 đại biểu chính thức đại diện cho hơn 2.000 đảng viên của 60 chi bộ trực thuộc.",
        "Phường Bình Minh được thành lập trên cơ sở sáp nhập 3 phường, diện tích 9,2 km2, dân số 61.000 người.",
        "Xã Tân Phú được thành lập trên cơ sở sắp xếp, sáp nhập 2 xã với 18.400 nhân khẩu.",
    ],
)
def test_a_party_body_a_congress_or_a_unit_described_holds_no_target(text):
    assert values(text) == []


def test_a_footnotes_number_glued_to_a_percentage_is_left_out():
    assert values("Đến năm 2027: tỷ lệ hộ dùng nước sạch trên 90%2; tỷ lệ hộ có nhà tiêu hợp vệ sinh trên 85%3.") == [
        (Decimal(90), None, "%"),
        (Decimal(85), None, "%"),
    ]


def test_per_mille_typed_after_a_percent_sign_is_still_per_mille():
    (part,) = parts("Giảm tỷ suất sinh 0,2%0 mỗi năm.")
    assert (part.value, part.unit) == (Decimal("0.2"), "‰/năm") or (part.value, part.unit) == (Decimal("0.2"), "‰")


def test_the_sign_of_a_change_after_its_labels_colon():
    (part,) = parts("Giảm tỷ lệ sinh con thứ ba: -0,2 điểm phần trăm so với năm 2024")
    assert (part.value, part.unit, part.change) == (Decimal("0.2"), "điểm phần trăm", "decrease")
    assert (part.baseline_kind, part.baseline_year) == ("percent_over", 2024)
    assert part.measure == "Mức giảm tỷ lệ sinh con thứ ba"


def test_a_change_in_per_mille_compared_with_a_year_is_over_that_years_level():
    (part,) = parts("Giảm tỷ suất sinh thô 0,3‰ so với năm 2024.")
    assert (part.change, part.baseline_kind, part.baseline_year) == ("decrease", "percent_over", 2024)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Giải quyết 2.500 việc làm mới trong năm.", "việc làm"),
        ("Hoàn thành 800 căn nhà ở xã hội.", "căn"),
        ("Xây mới 40 căn nhà cho hộ nghèo.", "căn nhà"),
        ("Tỷ số giới tính khi sinh: 109 bé trai/100 bé gái.", "bé trai/100 bé gái"),
        ("Diện tích nhà ở bình quân đạt 30m2sàn/người.", "m2 sàn/người"),
    ],
)
def test_counting_nouns_and_ratio_units(text, unit):
    (part,) = parts(text)
    assert part.unit == unit


def test_a_ratio_of_two_kinds_is_labelled_by_its_own_name():
    (part,) = parts("Thành phố duy trì tỷ số giới tính khi sinh từ 104 đến 108 bé trai/100 bé gái.")
    assert (part.value, part.value_max) == (Decimal(104), Decimal(108))
    assert part.measure.startswith("Tỷ số giới tính khi sinh")


def test_at_least_one_in_words():
    (part,) = parts("Bảo đảm mỗi hộ gia đình có ít nhất một thiết bị thông minh.")
    assert (part.value, part.unit, part.direction) == (Decimal(1), "thiết bị", "at_least")


def test_a_change_after_a_lead_in_that_sets_a_target():
    found = parts("Huyện đặt chỉ tiêu giảm tỷ lệ suy dinh dưỡng trẻ em 0,5% so với năm 2024; Tỷ lệ tiêm chủng: 98%.")
    assert (found[0].change, found[0].measure) == ("decrease", "Mức giảm tỷ lệ suy dinh dưỡng trẻ em")
    assert found[1].measure == "Tỷ lệ tiêm chủng"


def test_a_bare_figure_that_only_names_its_scope_shares_the_bound_before_it():
    found = parts("Tỷ lệ khám phá án đạt trên 80%, 95% đối với án nghiêm trọng.")
    assert [(p.value, p.direction) for p in found] == [(Decimal(80), "more_than"), (Decimal(95), "more_than")]


def test_a_bare_figure_with_its_own_population_keeps_its_own_direction():
    found = parts("Tỷ lệ khám phá án đạt trên 80%, 100% trạm y tế đạt chuẩn.")
    assert [p.direction for p in found] == ["more_than", "exactly"]


def test_a_quarter_names_the_horizon():
    (part,) = parts("90% người dân có tài khoản định danh điện tử trong quý III/2026.")
    assert part.horizon_year == 2026 and part.value == Decimal(90)


def test_a_change_said_without_a_figure_after_the_last_one_is_an_aim():
    found = parts("Đến năm 2030, xã không còn hộ nghèo và giảm mạnh hộ cận nghèo.")
    assert [p.direction for p in found] == ["exactly", "qualitative"]
    assert found[1].measure == "Giảm mạnh hộ cận nghèo"


def test_a_duty_added_by_dong_thoi_after_the_last_figure():
    found = parts("Bảo đảm 100% hồ sơ được trả đúng hạn, đồng thời niêm yết công khai thủ tục tại trụ sở.")
    assert [p.direction for p in found] == ["exactly", "qualitative"]
    assert found[0].measure == "Tỷ lệ hồ sơ được trả đúng hạn"


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("Các phường phải đảm bảo tiếp nhận tối thiểu 70% hồ sơ trực tuyến.", "Tỷ lệ tiếp nhận hồ sơ trực tuyến"),
        ("UBND tỉnh yêu cầu các xã bảo đảm 100% hồ sơ được số hóa.", "Tỷ lệ hồ sơ được số hóa"),
        ("Thành phố phấn đấu 95% người dân có tài khoản ngân hàng.", "Tỷ lệ người dân có tài khoản ngân hàng"),
        ("Bên cạnh đó, 100% trường học có kết nối internet.", "Tỷ lệ trường học có kết nối internet"),
        ("UBND TP. Đà Nẵng yêu cầu các phường bảo đảm 100% hồ sơ được số hóa.", "Tỷ lệ hồ sơ được số hóa"),
        ("100% hồ sơ được xử lý trực tuyến, hướng tới không dùng giấy.", "Tỷ lệ hồ sơ được xử lý trực tuyến"),
    ],
)
def test_who_must_act_and_connectives_are_no_part_of_the_label(text, measure):
    (part,) = [p for p in parts(text) if p.value is not None]
    assert part.measure == measure


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("Tỷ lệ tiêm chủng đầy đủ (% số trẻ dưới 1 tuổi): 97%.", "Tỷ lệ tiêm chủng đầy đủ"),
        ("Tổng vốn đầu tư (5 năm): 1.200 tỷ đồng.", "Tổng vốn đầu tư (5 năm)"),
        ("Tốc độ tăng trưởng kinh tế (GRDP): 8%.", "Tốc độ tăng trưởng kinh tế (GRDP)"),
    ],
)
def test_brackets_closing_a_label_that_say_what_it_is_a_share_of(text, measure):
    (part,) = parts(text)
    assert part.measure == measure


def test_a_share_of_the_share_in_a_breakdown():
    found = parts("Tỷ lệ lao động có việc làm đạt 92%, trong đó có hợp đồng lao động chiếm 40%.")
    assert [p.measure for p in found] == [
        "Tỷ lệ lao động có việc làm",
        "Tỷ lệ lao động có việc làm có hợp đồng lao động",
    ]


def test_an_item_of_a_breakdown_that_names_its_own_share_keeps_it():
    found = parts("Tỷ lệ hộ dùng nước sạch đạt 98%, trong đó khu vực nông thôn có 90% hộ dùng nước máy.")
    assert found[1].measure == "Tỷ lệ hộ dùng nước máy"


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (
            "Tỷ lệ trẻ đi học đúng độ tuổi cấp tiểu học đạt 99%, cấp trung học cơ sở đạt 95%.",
            "Tỷ lệ trẻ đi học đúng độ tuổi cấp trung học cơ sở",
        ),
        (
            "Tỷ lệ xã đạt chuẩn nông thôn mới nâng cao 40%, nông thôn mới kiểu mẫu 10%.",
            "Tỷ lệ xã đạt chuẩn nông thôn mới kiểu mẫu",
        ),
    ],
)
def test_a_sibling_item_names_only_what_differs(text, second):
    assert parts(text)[1].measure == second


def test_a_sibling_with_a_population_of_its_own_keeps_its_label():
    found = parts("Tỷ lệ trường đạt chuẩn quốc gia cấp tiểu học 90%, trạm y tế đạt chuẩn 100%.")
    assert found[1].measure.startswith("Tỷ lệ trạm y tế")


def test_whose_aim_it_is_belongs_to_the_lead_in():
    (part,) = parts("Mục tiêu của chương trình là giảm ít nhất 10% số vụ cháy so với năm 2025.")
    assert (part.measure, part.change, part.direction) == ("Mức giảm số vụ cháy", "decrease", "at_least")


def test_a_topic_set_off_before_the_lead_in_names_no_quantity():
    (part,) = parts("Trong công tác gia đình, phấn đấu giảm 2% số vụ bạo lực gia đình.")
    assert (part.measure, part.change) == ("Mức giảm số vụ bạo lực gia đình", "decrease")


def test_a_subject_before_the_lead_in_still_names_the_quantity():
    (part,) = parts("Thu ngân sách trên địa bàn phấn đấu đạt trên 120 tỷ đồng.")
    assert part.measure == "Thu ngân sách trên địa bàn"


def test_a_multiple_standing_alone_keeps_gap_out_of_its_label():
    # "gấp N lần so với …" alone: the multiple is the value, compared with the year (the corpus's reading);
    # "gấp" says how it compares, it is no part of what is measured.
    (part,) = parts("Số hợp tác xã thành lập mới giai đoạn 2026-2030 gấp 3 lần so với giai đoạn 2021-2025.")
    assert (part.measure, part.value, part.unit) == ("Số hợp tác xã thành lập mới", 3, "lần")
    assert (part.baseline_kind, part.baseline_year) == ("times", 2025)
