"""Rules added after the eleventh held-out batch (docs/IMPORT_QUALITY.md): each test is one general
rule, on sentences written like those of plans and reports (not copies of the corpus)."""

from decimal import Decimal

from targets.sentences import parse_target_sentence


def parts(text):
    return parse_target_sentence(text, None)


def values(text):
    return [(p.value, p.unit) for p in parts(text) if p.value is not None]


# ---------------------------------------------------------------- units typed short


def test_points_of_a_percentage_typed_short_are_percentage_points():
    [part] = parts("Tỷ lệ hộ cận nghèo giảm 0,5-1 điểm % so với năm trước.")
    assert (part.value, part.value_max, part.unit) == (Decimal("0.5"), Decimal(1), "điểm phần trăm")


def test_a_percentage_then_nam_at_the_clause_end_is_a_rate_per_year():
    [part] = parts("Giai đoạn tới, phấn đấu giá trị sản xuất thủy sản tăng khoảng 4,2% năm.")
    assert (part.value, part.unit, part.is_annual) == (Decimal("4.2"), "%/năm", True)
    # (a year after it is the horizon, not "per year")
    [part] = parts("Tỷ lệ che phủ rừng đạt 43% năm 2027.")
    assert (part.value, part.unit, part.horizon_year) == (Decimal(43), "%", 2027)


# ---------------------------------------------------------------- no values


def test_a_vote_counted_in_members_and_its_share_is_no_target():
    text = "Chiều 5-12, HĐND tỉnh thông qua Nghị quyết về dự toán năm 2027, với 61 đại biểu tán thành, đạt 95,3%."
    assert values(text) == []


def test_targets_a_meeting_looks_at_are_counted_not_set():
    assert values("Hội nghị đề nghị các đại biểu thảo luận 18 chỉ tiêu chủ yếu của năm 2027.") == []
    assert values("Ban Chấp hành xem xét 24 chỉ tiêu của nhiệm kỳ mới.") == []


def test_the_people_a_count_is_per_is_part_of_its_name():
    assert values("Số nhân viên y tế trên 1 vạn dân đạt 32 người.") == [(Decimal(32), "người")]
    assert values("Số doanh nghiệp trên 1.000 dân đạt khoảng 12 doanh nghiệp.") == [(Decimal(12), "doanh nghiệp")]


def test_ca_before_a_number_in_digits_makes_it_a_scope():
    assert values("Tai nạn giao thông giảm cả 3 tiêu chí (giảm 9% số vụ, giảm 6% số người chết).") == [
        (Decimal(9), "%"),
        (Decimal(6), "%"),
    ]


# ---------------------------------------------------------------- changes


def test_a_change_of_a_counted_harm_named_before_its_bound_is_a_change():
    [part] = parts("Công an huyện phấn đấu giảm tai nạn lao động ít nhất 4% so với năm 2026.")
    assert (part.direction, part.change, part.value) == ("at_least", "decrease", Decimal(4))
    assert (part.baseline_kind, part.baseline_year) == ("percent_over", 2026)


def test_keo_giam_before_the_counted_harm_is_one_change_verb():
    [part] = parts("Phấn đấu kéo giảm tai nạn giao thông ít nhất 5% so với năm 2025.")
    assert (part.direction, part.change, part.value, part.baseline_year) == ("at_least", "decrease", Decimal(5), 2025)
    assert part.measure == "Mức giảm tai nạn giao thông"


# ---------------------------------------------------------------- qualitative parts


def test_a_field_of_work_and_its_state_after_the_last_figure_is_a_qualitative_part():
    found = parts("Năm 2026, xã thu ngân sách đạt 64 tỷ đồng, công tác chuyển đổi số được đẩy mạnh, đứng đầu khu vực.")
    assert [(p.value, p.direction) for p in found] == [(Decimal(64), "exactly"), (None, "qualitative")]
    assert found[1].measure.startswith("Công tác chuyển đổi số được đẩy mạnh")


# ---------------------------------------------------------------- labels


def test_a_need_names_its_quantity_and_the_whole_period_is_no_part_of_it():
    [part] = parts("Nhu cầu vốn cho cả giai đoạn 2026 – 2030 để cải tạo chợ là 95 tỷ đồng.")
    assert (part.measure, part.value, part.horizon_year) == ("Nhu cầu vốn để cải tạo chợ", Decimal(95), 2030)


def test_words_that_start_with_the_counted_noun_name_what_is_counted():
    found = parts("Tỷ lệ hộ nghèo giảm còn 0,9%, hộ cận nghèo còn 35 hộ, chiếm 1,4%.")
    assert [p.measure for p in found] == ["Tỷ lệ hộ nghèo", "Số hộ cận nghèo", "Tỷ lệ hộ cận nghèo"]


def test_the_text_an_aim_comes_from_is_no_part_of_its_label():
    [part] = parts("Phấn đấu 100% thôn đạt chuẩn văn hóa theo Quyết định số 12/2026/QĐ-UBND của tỉnh.")
    assert part.measure == "Tỷ lệ thôn đạt chuẩn văn hóa"
