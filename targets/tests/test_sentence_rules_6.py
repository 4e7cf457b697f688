"""Rules added after the ninth held-out batch (docs/IMPORT_QUALITY.md): each test is one general
rule, on sentences written like those of plans and reports (not copies of the corpus)."""

from decimal import Decimal

from targets.sentences import parse_target_sentence


def parts(text):
    return parse_target_sentence(text, None)


def values(text):
    return [(p.value, p.unit) for p in parts(text) if p.value is not None]


def test_a_deadline_after_the_figure_is_its_horizon_not_an_aim():
    (part,) = parts("Chọn 3/12 tổ dân phố để xây dựng mô hình điểm và hoàn thành vào cuối năm 2027.")
    assert (part.value, part.unit, part.horizon_year) == (Decimal(3), "tổ dân phố", 2027)


def test_a_qualitative_sentence_takes_the_year_of_its_own_aim_not_of_its_basis():
    (part,) = parts(
        "Thực hiện Kế hoạch của tỉnh, phấn đấu xây dựng tỉnh không có ma túy vào năm 2030, "
        "Đảng ủy xã phấn đấu xây dựng xã không ma túy vào năm 2027."
    )
    assert (part.direction, part.horizon_year) == ("qualitative", 2027)


def test_a_currency_after_a_scale_word_is_part_of_the_unit():
    (part,) = parts("Kim ngạch xuất khẩu năm 2027 đạt khoảng 2,5 tỷ USD.")
    assert (part.value, part.unit) == (Decimal("2.5"), "tỷ USD")


def test_a_named_growth_rate_that_rises_is_its_level_not_a_change():
    (part,) = parts("Năm 2027, tốc độ tăng trưởng kinh tế tăng khoảng 9% so với năm 2026.")
    assert (part.value, part.change, part.direction) == (Decimal(9), "", "about")
    assert (part.baseline_kind, part.baseline_year) == ("percent_over", 2026)


def test_years_in_a_row_and_double_digits_name_a_record_to_keep():
    found = parts("Năm 2027, tỉnh phấn đấu tăng trưởng đạt 10%, giữ vững 5 năm liên tiếp tăng trưởng hai con số.")
    assert [(p.value, p.unit) for p in found] == [(Decimal(10), "%"), (None, "")]
    assert (found[1].direction, found[1].horizon_year) == ("qualitative", 2027)
    assert found[1].measure.startswith("5 năm liên tiếp")


def test_a_duration_a_class_must_have_lasted_is_no_value():
    assert values("80% trở lên khu dân cư đạt danh hiệu văn hóa liên tục từ 3 năm trở lên.") == [(Decimal(80), "%")]


def test_provinces_districts_and_cities_are_counting_nouns():
    found = parts("Phấn đấu có 3 tỉnh, thành phố hoàn thành nhiệm vụ; mỗi tỉnh có ít nhất một huyện đạt chuẩn.")
    assert [(p.value, p.unit, p.direction) for p in found] == [
        (Decimal(3), "tỉnh, thành phố", "exactly"),
        (Decimal(1), "huyện", "at_least"),
    ]


def test_a_count_per_commune_keeps_its_denominator():
    (part,) = parts("Bình quân toàn tỉnh đạt 17 tiêu chí/xã.")
    assert (part.value, part.unit) == (Decimal(17), "tiêu chí/xã")


def test_communes_below_criteria_written_in_words_name_a_class():
    assert values("Toàn tỉnh không còn xã dưới mười tiêu chí.") == [(Decimal(0), "xã")]


def test_an_aim_after_the_last_figure_may_be_softened_by_co_ban():
    found = parts("Toàn huyện không còn hộ nghèo và cơ bản hoàn thành kiên cố hóa kênh mương.")
    assert [p.direction for p in found] == ["exactly", "qualitative"]
    assert found[1].measure == "Cơ bản hoàn thành kiên cố hóa kênh mương"


def test_a_change_over_the_plan_in_brackets_is_the_levels_baseline():
    (part,) = parts("Tỷ lệ hộ tham gia bảo hiểm đạt 85% (tăng 5% so với kế hoạch).")
    assert (part.value, part.baseline_kind, part.baseline_value, part.baseline_year) == (
        Decimal(85),
        "percent_over",
        Decimal(5),
        None,
    )


def test_all_of_them_needs_its_verb_of_reaching_in_its_own_clause():
    assert values("Cấp máy tính cho toàn bộ giáo viên; hoàn thành 100% nhiệm vụ được giao.") == [(Decimal(100), "%")]


def test_a_place_described_by_its_natural_area_holds_no_target():
    assert values("Xã có diện tích tự nhiên 35,2 km2, 12 thôn và 9.800 nhân khẩu.") == []
    assert values("Diện tích tự nhiên 150 ha, toàn phường có 2.100 hộ.") == []


def test_a_party_body_described_by_its_members_holds_no_target():
    described = "Đảng bộ huyện có 120 tổ chức cơ sở đảng, trong đó 60 chi bộ cơ sở, với 8.500 đảng viên."
    assert values(described) == []
    assert values("Đảng bộ có 250 đảng viên sinh hoạt tại 12 chi bộ.") == []


def test_the_natural_area_may_be_named_as_land():
    assert values("Với diện tích đất tự nhiên 410,5 ha; diện tích đất nông nghiệp là 300 ha.") == []


# Labels (docs/IMPORT_QUALITY.md, "The measure label").


def measures(text):
    return [p.measure for p in parts(text)]


def test_a_budget_line_names_its_own_quantity_and_vao_khoang_is_about():
    (part,) = parts("Ngân sách huyện vào khoảng 300 tỷ đồng.")
    assert (part.measure, part.direction) == ("Ngân sách huyện", "about")


def test_the_police_who_act_are_no_part_of_a_count():
    assert measures("Công an xã đã phát hiện 12 vụ vi phạm.") == ["Số vụ vi phạm được phát hiện"]


def test_months_of_a_year_are_no_part_of_a_label():
    assert measures("Phấn đấu không có hộ tái nghèo trong 6 tháng đầu năm.") == ["Số hộ tái nghèo"]


def test_a_zeros_label_stops_before_an_aim_softened_by_co_ban():
    found = measures("Toàn xã không còn hộ nghèo và cơ bản hoàn thành bê tông hóa đường thôn.")
    assert found[0] == "Số hộ nghèo"


def test_a_level_that_completes_a_share_of_the_plan():
    found = measures("Tổng vốn đầu tư đạt 500 tỷ đồng, hoàn thành 105% kế hoạch.")
    assert found[1] == "Tỷ lệ tổng vốn đầu tư so với kế hoạch"


def test_a_count_keeps_so_in_its_share_of_the_plan():
    found = measures("Kết nạp 40 đảng viên (đạt 110% kế hoạch).")
    assert found[1] == "Tỷ lệ số đảng viên được kết nạp so với kế hoạch"


def test_the_head_of_a_breakdown_may_follow_an_earlier_figure():
    found = measures("Tăng trưởng đạt 8%, cơ cấu kinh tế chuyển dịch đúng hướng: công nghiệp chiếm 40%; dịch vụ 45%.")
    assert found[1:] == ["Tỷ trọng công nghiệp trong cơ cấu kinh tế", "Tỷ trọng dịch vụ trong cơ cấu kinh tế"]


def test_each_of_the_wards_or_the_locality_that_acts_is_no_part_of_a_count():
    assert measures("Mỗi xã, phường vận động 3 hộ tham gia mô hình.") == ["Số hộ tham gia mô hình được vận động"]
    assert measures("Địa phương hoàn thành 12/19 tiêu chí nông thôn mới.") == [
        "Số tiêu chí nông thôn mới được hoàn thành"
    ]


def test_raising_a_quantity_until_it_reaches_a_figure_sets_a_level():
    (part,) = parts("Tăng diện tích rừng trồng đạt 500 ha.")
    assert (part.measure, part.change) == ("Diện tích rừng trồng", "")


def test_jobs_added_are_named_by_tang_them():
    assert measures("Giải quyết 2.000 việc làm tăng thêm trong năm.") == ["Số việc làm tăng thêm được giải quyết"]


def test_per_hectare_glued_in_a_name_is_kept_as_printed():
    assert measures("Giá trị sản phẩm trên 1ha đất canh tác đạt 150 triệu đồng.") == [
        "Giá trị sản phẩm trên 1ha đất canh tác"
    ]


def test_a_balanced_spending_line_names_its_own_quantity():
    assert measures("Chi cân đối ngân sách huyện là 900 tỷ đồng.") == ["Chi cân đối ngân sách huyện"]


def test_a_quotation_open_before_the_figure_holds_the_targets_own_words():
    (part,) = parts(
        "Thực hiện Nghị quyết Đại hội Đảng bộ huyện “Mỗi năm kết nạp 150 đảng viên”, các chi bộ đã xây dựng kế hoạch."
    )
    assert (part.measure, part.value) == ("Số đảng viên được kết nạp", Decimal(150))


def test_a_topic_opened_by_trong_and_set_off_by_a_comma_is_no_part_of_a_share():
    assert measures("Trong lĩnh vực giáo dục, 100% trường học đạt chuẩn quốc gia.") == [
        "Tỷ lệ trường học đạt chuẩn quốc gia"
    ]


def test_brackets_naming_an_alternative_belong_to_the_noun():
    found = measures("90% khu phố (hoặc tương đương) được công nhận khu phố văn hóa.")
    assert found == ["Tỷ lệ khu phố (hoặc tương đương) được công nhận khu phố văn hóa"]


def test_targets_completed_and_exceeded_keep_both_verbs():
    assert measures("Năm 2026 có 15/18 chỉ tiêu hoàn thành và vượt kế hoạch.") == [
        "Số chỉ tiêu hoàn thành và vượt kế hoạch"
    ]


def test_a_share_compared_with_the_economy_keeps_its_own_name():
    assert measures("Tỷ lệ vốn đầu tư so với GRDP đạt 30%.") == ["Tỷ lệ vốn đầu tư so với GRDP"]


def test_a_count_that_takes_a_share_is_named_as_the_share():
    assert measures("Phấn đấu số xã đạt chuẩn văn hóa chiếm 60%.") == ["Tỷ lệ xã đạt chuẩn văn hóa"]
