"""Rules added after the twelfth held-out batch (docs/IMPORT_QUALITY.md): each test is one general
rule, on sentences written like those of plans and reports (not copies of the corpus)."""

from decimal import Decimal

from targets.sentences import parse_target_sentence


def parts(text):
    return parse_target_sentence(text, None)


def values(text):
    return [(p.value, p.unit) for p in parts(text) if p.value is not None]


# ---------------------------------------------------------------- no values


def test_nam_after_hang_is_every_year_not_five_whatever_its_case():
    assert values("Hàng năm tổ chức tập huấn cho ít nhất 80% cán bộ.") == [(Decimal(80), "%")]
    assert values("Hằng năm đơn vị vận động 300 hộ tham gia.") == [(Decimal(300), "hộ")]


def test_members_who_stand_for_the_party_body_at_a_congress_are_no_target():
    text = "Đại hội xã có sự tham gia của 120 đảng viên đại diện cho 640 đảng viên của Đảng bộ."
    assert values(text) == []


def test_the_plans_own_figure_quoted_in_brackets_beside_a_result_is_no_target():
    text = "Tốc độ tăng giá trị sản xuất bình quân đạt 11,4% (kế hoạch tăng 10-12%); thu nhập đạt 70 triệu đồng."
    assert values(text) == [(Decimal("11.4"), "%"), (Decimal(70), "triệu đồng")]
    # (a count in brackets after a share is still read: "50% (8 xã)")
    assert values("Tỷ lệ xã đạt chuẩn nông thôn mới đạt 50% (8 xã).") == [(Decimal(50), "%"), (Decimal(8), "xã")]


def test_a_figure_in_the_quoted_name_of_a_model_or_movement_is_no_target():
    text = "Xã vừa ra mắt mô hình “Thôn 100% hộ dân sử dụng nước sạch” và phát động toàn dân hưởng ứng."
    assert values(text) == []
    # (the sentence's own figure after the name is read)
    text = "Hưởng ứng phong trào “Chung tay vì người nghèo - 0 đồng”, phấn đấu giảm 50 hộ nghèo."
    assert values(text) == [(Decimal(50), "hộ")]


def test_the_count_of_targets_a_body_strives_for_and_who_set_them_is_no_target():
    text = "Năm 2027, Đảng bộ phấn đấu thực hiện thắng lợi 15 chỉ tiêu; trong đó, tỷ lệ hộ nghèo giảm còn 1%."
    assert values(text) == [(Decimal(1), "%")]
    text = "Phường phát động thi đua thực hiện 16 chỉ tiêu năm 2027, trong đó 7 chỉ tiêu tỉnh giao; 9 chỉ tiêu xã giao."
    assert values(text) == []
    # (a count of the targets reached is read)
    assert values("Phường thực hiện thắng lợi 12/12 chỉ tiêu đề ra.") == [(Decimal(12), "chỉ tiêu")]


def test_the_contents_of_a_resolution_met_are_a_count_out_of_a_whole():
    [part] = parts("Năm 2026, Đảng bộ phường hoàn thành và vượt 28/30 nội dung của Nghị quyết.")
    assert (part.value, part.unit, part.direction) == (Decimal(28), "nội dung", "exactly")


# ---------------------------------------------------------------- starting levels and years


def test_a_rise_from_one_level_to_about_another_reads_the_second_with_the_first_as_its_start():
    first, second = parts(
        "Thu nhập bình quân đầu người tăng từ 25 triệu đồng năm 2020 lên khoảng 41 triệu đồng năm 2025; "
        "tỷ lệ hộ nghèo giảm còn 3,5%."
    )
    assert (first.value, first.direction, first.horizon_year) == (Decimal(41), "about", 2025)
    assert (first.baseline_kind, first.baseline_value, first.baseline_year) == ("value", Decimal(25), 2020)
    assert first.change == ""
    # (the starting level's year is no lead-in of the list)
    assert (second.value, second.horizon_year) == (Decimal("3.5"), None)


def test_the_year_that_ends_the_clause_of_a_share_is_its_horizon_across_commas():
    [part] = parts("Thành phố phấn đấu có 60% số xã, phường, thị trấn đạt chuẩn văn minh vào năm 2028.")
    assert (part.value, part.horizon_year) == (Decimal(60), 2028)
    # (not the year of an aim joined by "và" after the figure)
    first = parts("Tỷ lệ hộ nghèo giảm ở mức dưới 2% và đạt chuẩn nông thôn mới nâng cao vào năm 2027.")[0]
    assert (first.value, first.horizon_year) == (Decimal(2), None)


def test_a_years_record_compared_with_is_the_baseline_year_not_the_horizon():
    [part] = parts("Kéo giảm ít nhất 5% số vụ phạm tội về trật tự xã hội so với số liệu năm 2023.")
    assert (part.value, part.change, part.horizon_year) == (Decimal(5), "decrease", None)
    assert (part.baseline_kind, part.baseline_year) == ("percent_over", 2023)


# ---------------------------------------------------------------- qualitative parts after the figures


def test_a_part_of_the_whole_recognised_after_the_last_figure_is_a_qualitative_part():
    first, second = parts("Xã đạt 19/19 tiêu chí nông thôn mới, trong đó thôn Đông được công nhận thôn kiểu mẫu.")
    assert (first.value, first.unit) == (Decimal(19), "tiêu chí")
    assert (second.direction, second.measure) == ("qualitative", "Thôn Đông được công nhận thôn kiểu mẫu")


def test_no_event_at_all_after_the_figures_is_a_qualitative_part():
    *_, last = parts("Năm 2026, tỷ lệ hài lòng đạt 95%; an ninh trật tự ổn định, không phát sinh điểm nóng.")
    assert (last.direction, last.horizon_year) == ("qualitative", 2026)
    assert last.measure == "An ninh trật tự ổn định, không phát sinh điểm nóng"


def test_a_field_of_work_and_its_state_in_a_clause_after_the_last_figure_is_a_qualitative_part():
    *_, last = parts("Đảng bộ kết nạp 45 đảng viên mới; công tác kiểm tra giám sát được tăng cường, hiệu quả.")
    assert (last.direction, last.measure) == ("qualitative", "Công tác kiểm tra giám sát được tăng cường, hiệu quả")
    # (between figures it is a report of the work done, no aim)
    text = "Có 10/12 chỉ tiêu đạt; công tác dân vận được quan tâm; tỷ lệ hộ nghèo còn 2%."
    assert [p.direction for p in parts(text)] == ["exactly", "at_most"]


# ---------------------------------------------------------------- horizons


def test_a_number_of_years_then_the_period_they_make_ends_in_the_periods_last_year():
    first, second = parts(
        "Sau 5 năm (2021 – 2025), tỉnh đã xây dựng 3.000 nhà ở cho hộ nghèo; hàng năm tạo việc làm cho 9.000 lao động."
    )
    assert (first.value, first.horizon_year) == (Decimal(3000), 2025)
    assert (second.value, second.is_annual, second.horizon_year) == (Decimal(9000), True, 2025)


def test_from_now_to_the_end_of_a_year_is_a_period_whose_end_a_yearly_rate_takes():
    first, second = parts(
        "Từ nay đến cuối năm 2028, phấn đấu giảm tỷ lệ hộ nghèo bình quân 1 - 1,5%/năm; "
        "giải quyết việc làm cho 800 - 1.000 lao động/năm."
    )
    assert (first.value, first.value_max, first.is_annual, first.horizon_year) == (1, Decimal("1.5"), True, 2028)
    assert (second.value, second.is_annual, second.horizon_year) == (800, True, 2028)


def test_a_slash_typed_before_the_percent_sign_is_no_part_of_the_range():
    [part] = parts("Giảm tỷ lệ hộ nghèo bình quân từ 1,5 – 2/%/năm.")
    assert (part.value, part.value_max, part.unit) == (Decimal("1.5"), Decimal(2), "%/năm")


# ---------------------------------------------------------------- units


def test_houses_counted_with_their_classifier_keep_it_in_the_unit():
    assert values("Năm 2026, xây dựng 120 ngôi nhà đại đoàn kết cho hộ nghèo.") == [(Decimal(120), "ngôi nhà")]


# ---------------------------------------------------------------- labels


def test_vuot_after_a_count_of_targets_is_what_they_did_and_stays_in_the_label():
    first, second = parts("Năm 2026, xã có 20/22 chỉ tiêu đạt kế hoạch, trong đó có 6 chỉ tiêu vượt kế hoạch.")
    assert (second.value, second.measure) == (Decimal(6), "Số chỉ tiêu vượt kế hoạch")
    # (a figure after "vượt" is still a comparison: "vượt 12% kế hoạch")
    [part] = parts("Thu ngân sách đạt 75 tỷ đồng, vượt 12% kế hoạch.")
    assert (part.value, part.baseline_kind, part.baseline_value) == (Decimal(75), "percent_over", Decimal(12))


def test_two_shares_of_several_places_each_joined_by_va_share_the_predicate_said_after_the_second():
    first, second = parts("Phấn đấu hơn 80% xã, phường, thị trấn và 95% thôn, tổ dân phố có nhà văn hóa đạt chuẩn.")
    assert (first.value, first.measure) == (Decimal(80), "Tỷ lệ xã, phường, thị trấn có nhà văn hóa đạt chuẩn")
    assert (second.value, second.measure) == (Decimal(95), "Tỷ lệ thôn, tổ dân phố có nhà văn hóa đạt chuẩn")


def test_the_term_just_ended_is_no_part_of_a_counts_label():
    [part] = parts("Trong nhiệm kỳ qua, Đảng bộ phường đã kết nạp 75 đảng viên mới.")
    assert (part.value, part.measure) == (Decimal(75), "Số đảng viên mới được kết nạp")
    [part] = parts("Nhiệm kỳ qua, Đảng bộ xã đã hoàn thành 18/20 chỉ tiêu đề ra.")
    assert part.measure == "Số chỉ tiêu đề ra được hoàn thành"


def test_a_state_reported_before_a_share_set_off_by_a_comma_is_no_part_of_its_label():
    first = parts("Giáo dục có nhiều chuyển biến, 60% trường học đạt chuẩn quốc gia.")[0]
    assert first.measure == "Tỷ lệ trường học đạt chuẩn quốc gia"
    first = parts("Y tế tiếp tục được quan tâm, 100% trạm y tế có bác sĩ.")[0]
    assert first.measure == "Tỷ lệ trạm y tế có bác sĩ"


def test_round_the_clock_is_a_way_of_working_not_a_figure():
    # Trial 8's Z: "chế độ trực ban 24/24 giờ" had been read as a target of 24 giờ.
    assert values("Duy trì chế độ trực ban 24/24 giờ trong mùa mưa bão.") == []
    assert values("Tổng đài hoạt động 24/7 để tiếp nhận phản ánh.") == []
    assert values("Bộ phận một cửa làm việc 7/7 ngày trong tuần.") == []
    assert values("Duy trì trực 24/24, tỷ lệ xử lý đúng hạn đạt 100%.") == [(Decimal(100), "%")]
    # Before a noun, 24/24 is a count out of a whole, as any N/M is.
    assert values("Phấn đấu 24/24 tổ dân phố đạt danh hiệu văn hóa.") == [(Decimal(24), "tổ dân phố")]
