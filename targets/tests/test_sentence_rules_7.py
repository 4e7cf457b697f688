"""Rules added after the tenth held-out batch (docs/IMPORT_QUALITY.md): each test is one general
rule, on sentences written like those of plans and reports (not copies of the corpus)."""

from decimal import Decimal

from targets.sentences import parse_target_sentence


def parts(text):
    return parse_target_sentence(text, None)


def values(text):
    return [(p.value, p.unit) for p in parts(text) if p.value is not None]


# ---------------------------------------------------------------- units


def test_counting_nouns_of_ward_reports_keep_both_syllables():
    assert values("Năm 2027, phường tiếp nhận 4.200 hồ sơ, xóa 2 tụ điểm, lập hồ sơ 15 đối tượng.") == [
        (Decimal(4200), "hồ sơ"),
        (Decimal(2), "tụ điểm"),
        (Decimal(15), "đối tượng"),
    ]
    assert values("Xây dựng 3 cụm công nghiệp và nâng cấp 12 tuyến hẻm.") == [
        (Decimal(3), "cụm công nghiệp"),
        (Decimal(12), "tuyến hẻm"),
    ]


def test_ti_after_a_number_is_the_money_word_ty():
    assert values("Thu ngân sách đạt 412 tỉ đồng.") == [(Decimal(412), "tỷ đồng")]


def test_a_superscript_square_is_read_as_m2():
    assert values("Người dân hiến 1.200 m² đất mở rộng đường.") == [(Decimal(1200), "m2")]


def test_money_per_house_keeps_its_denominator():
    assert values("Hỗ trợ 50 triệu/nhà xây mới, 25 triệu đồng/căn sửa chữa.") == [
        (Decimal(50), "triệu đồng/nhà"),
        (Decimal(25), "triệu đồng/căn"),
    ]


def test_a_count_per_so_many_people_is_one_figure_with_its_denominator():
    (part,) = parts("Đến năm 2030, cứ 1.000 dân thì có 60 doanh nghiệp.")
    assert (part.value, part.unit, part.horizon_year) == (Decimal(60), "doanh nghiệp/1.000 dân", 2030)


def test_a_counting_noun_glued_to_its_number_is_read():
    found = parts("Kết nạp 30 đảng viên mới, nâng tổng số đảng viên lên 512đảng viên.")
    assert [(p.value, p.unit) for p in found] == [(Decimal(30), "đảng viên"), (Decimal(512), "đảng viên")]


# ---------------------------------------------------------------- numbers that hold no value


def test_a_district_or_ward_named_by_number_is_no_value():
    assert values("Năm 2027, quận 8 có thêm 4 phường đạt chuẩn văn minh đô thị.") == [(Decimal(4), "phường")]


def test_an_income_line_says_which_households_are_counted():
    found = values("Còn 120 hộ thu nhập dưới 15 triệu đồng/người/năm, không còn hộ dưới mức 10 triệu đồng/người/năm.")
    assert found == [
        (Decimal(120), "hộ"),
        (Decimal(0), "hộ"),
    ]
    assert values("Tỷ lệ hộ nghèo theo mức thu nhập 20 triệu đồng/người/năm dưới 2%.") == [(Decimal(2), "%")]


def test_the_days_of_a_meeting_and_an_anniversary_hold_no_target():
    assert values("Trong hai ngày 14 và 15/9, Đảng bộ xã tổ chức Đại hội đại biểu lần thứ I.") == []
    assert values("Sáng 2-2, Đảng ủy phường họp mặt kỷ niệm 97 năm Ngày thành lập Đảng.") == []


def test_delegates_representing_party_members_without_cho_hold_no_target():
    assert values("Dự đại hội có 150 đại biểu đại diện 980 đảng viên thuộc 40 tổ chức cơ sở đảng.") == []


def test_an_area_in_km2_beside_the_population_describes_a_place():
    assert values("Xã có diện tích 32,5 km2, dân số 21.400 người.") == []


# ---------------------------------------------------------------- changes and comparisons


def test_a_change_compared_with_now_is_the_baseline_of_the_level_before():
    (part,) = parts("Phấn đấu đến năm 2030, thu nhập bình quân đầu người đạt 150 triệu đồng, tăng 40% so với hiện nay.")
    assert (part.value, part.baseline_kind, part.baseline_value, part.baseline_year) == (
        Decimal(150),
        "percent_over",
        Decimal(40),
        None,
    )


def test_over_the_plan_with_a_bound_word_is_still_the_level_s_baseline():
    (part,) = parts("Doanh thu dịch vụ đạt trên 900 tỷ đồng, vượt trên 20% kế hoạch.")
    assert (part.value, part.baseline_kind, part.baseline_value) == (Decimal(900), "percent_over", Decimal(20))


def test_and_after_over_the_plan_opens_the_next_item():
    found = parts("Toàn tỉnh có 60% xã đạt chuẩn, vượt mục tiêu giai đoạn và 15% xã đạt chuẩn nâng cao.")
    assert [(p.value, p.baseline_kind) for p in found] == [(Decimal(60), ""), (Decimal(15), "")]


def test_more_of_a_count_is_an_increase_and_its_zero_names_the_places():
    (part,) = parts("Năm 2027, phấn đấu có thêm 3 xã không còn hộ nghèo.")
    assert (part.value, part.unit, part.change, part.horizon_year) == (Decimal(3), "xã", "increase", 2027)


def test_higher_by_a_multiple_than_a_level_compares_times():
    (part,) = parts("Thu nhập bình quân đầu người phải cao hơn từ 1,2 lần trở lên so với năm được công nhận.")
    assert (part.value, part.unit, part.direction, part.baseline_kind) == (
        Decimal("1.2"),
        "lần",
        "at_least",
        "times",
    )


# ---------------------------------------------------------------- horizons and qualitative parts


def test_a_month_reached_at_a_review_names_its_year():
    (part,) = parts("Tính đến thời điểm sơ kết tháng 9/2026, tỉnh có 85% xã đạt chuẩn nông thôn mới.")
    assert (part.value, part.horizon_year) == (Decimal(85), 2026)


def test_a_clause_opened_by_a_verb_of_doing_is_a_duty_of_its_own():
    found = parts("Xã đã tiếp nhận 900 hồ sơ; thực hiện trả kết quả tại nhà cho người cao tuổi.")
    assert [(p.value, p.direction) for p in found] == [(Decimal(900), "exactly"), (None, "qualitative")]
    found = parts("Năm 2027, phấn đấu giải quyết 95% hồ sơ đúng hạn, huy động nguồn lực chăm lo người nghèo.")
    assert [(p.value, p.direction) for p in found] == [(Decimal(95), "exactly"), (None, "qualitative")]
    assert found[1].measure.startswith("Huy động nguồn lực")


def test_a_verb_of_doing_that_says_how_is_no_duty():
    # (the exception to the rule above: it fails with the duty rule and without its "đồng bộ" exception)
    found = parts("Huyện giảm 500 hộ nghèo bằng các chính sách của tỉnh, triển khai đồng bộ, nhất là hỗ trợ sinh kế.")
    assert [(p.value, p.direction) for p in found] == [(Decimal(500), "exactly")]


def test_the_mark_that_ends_a_text_is_no_part_of_a_label():
    (part,) = parts("Kết nạp 45 đảng viên mới./.")
    assert part.measure == "Số đảng viên mới được kết nạp"
