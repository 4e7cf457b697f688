from decimal import Decimal

from targets.sentences import parse_target_sentence


def one(text, horizon=2030):
    parts = parse_target_sentence(text, horizon)
    assert len(parts) == 1, parts
    return parts[0]


def test_vietnamese_numbers():
    # The reader is core.numbers.parse_number (its own tests hold 1.000, 75,5, 01, 1.250,75).
    assert one("Thu hút 1.250,75 tỷ đồng vốn đầu tư.").value == Decimal("1250.75")
    assert one("Mỗi bậc học có ít nhất 02 phòng học thông minh.").value == Decimal(2)


def test_signs_say_the_direction_as_words_do():
    assert one("Tỷ lệ hộ dùng nước sạch ≥ 95%.").direction == "at_least"
    assert one("Số vụ cháy < 3 vụ.").direction == "less_than"


def test_more_than_with_percent():
    part = one("Tỷ lệ sử dụng dịch vụ công trực tuyến của người dân và doanh nghiệp đạt trên 80%.")
    assert (part.direction, part.value, part.unit) == ("more_than", Decimal(80), "%")
    assert part.measure == "Tỷ lệ sử dụng dịch vụ công trực tuyến của người dân và doanh nghiệp"
    assert part.horizon_year == 2030 and not part.is_annual


def test_at_least_markers():
    assert one("Phấn đấu đến 2030 tối thiểu 30% tổ dân phố không ma túy;").direction == "at_least"
    assert one("Mỗi bậc học có ít nhất 02 phòng học thông minh.").direction == "at_least"
    part = one("Tỷ lệ điều tra khám phá tội phạm xâm phạm trật tự xã hội đạt **80%** trở lên.")
    assert (part.direction, part.value) == ("at_least", Decimal(80))


def test_at_most_less_than_about():
    assert one("Số vụ cháy không quá 2 vụ.").direction == "at_most"
    assert one("Thời gian giải quyết tối đa 7 ngày.").direction == "at_most"
    assert one("Tỷ lệ hộ nghèo dưới 1%.").direction == "less_than"
    part = one("Thu nhập bình quân đầu người trên địa bàn tăng bình quân khoảng 10,5%/năm.")
    assert (part.direction, part.value, part.unit, part.is_annual) == ("about", Decimal("10.5"), "%/năm", True)


def test_plain_and_dat_are_exactly():
    part = one("Vốn đầu tư giai đoạn 2026-2030 trên địa bàn đạt 200 tỷ đồng.")
    assert (part.direction, part.value, part.unit) == ("exactly", Decimal(200), "tỷ đồng")
    part = one("Thu hút đầu tư phát triển 01 dự án điện năng lượng tái tạo trên địa bàn.")
    assert (part.direction, part.value, part.unit) == ("exactly", Decimal(1), "dự án")
    # A count named after a verb: "số <noun> <what follows> được <verb>" (docs/IMPORT_QUALITY.md).
    assert part.measure == "Số dự án điện năng lượng tái tạo trên địa bàn được thu hút đầu tư phát triển"


def test_thousands_and_bold_markers():
    part = one("phấn đấu đến năm 2045 có khoảng **5.000** doanh nghiệp hoạt động trên địa bàn phường.", 2045)
    assert (part.direction, part.value, part.unit, part.horizon_year) == ("about", Decimal(5000), "doanh nghiệp", 2045)


def test_ratio_per_thousand_people():
    part = one("Phần đầu có trên 20 doanh nghiệp trên 1.000 người dân.")
    assert (part.direction, part.value, part.unit) == ("more_than", Decimal(20), "doanh nghiệp/1.000 người dân")
    part = one("Phần đầu đến năm 2030 có trên 20 doanh nghiệp hoạt động/1.000 dân.")
    assert part.unit == "doanh nghiệp/1.000 dân"


def test_range():
    part = one("Tăng trưởng kinh tế 3-5%/năm.")
    assert (part.value, part.value_max, part.unit, part.is_annual) == (Decimal(3), Decimal(5), "%/năm", True)
    part = one("Giảm từ 2 đến 4 vụ.")
    assert (part.value, part.value_max) == (Decimal(2), Decimal(4))


def test_several_numbers_give_several_parts():
    parts = parse_target_sentence(
        "Đến năm 2030, tăng chiều cao trung bình của trẻ em và thanh thiếu niên từ 01-18 tuổi thêm ít nhất 1,5 cm; "
        "tuổi thọ trung bình đạt trên 75,5 tuổi, trong đó số năm sống khỏe mạnh đạt tối thiểu 68 năm.",
        None,
    )
    assert [(p.direction, p.value, p.unit) for p in parts] == [
        ("at_least", Decimal("1.5"), "cm"),
        ("more_than", Decimal("75.5"), "tuổi"),
        ("at_least", Decimal(68), "năm"),
    ]
    assert [p.measure for p in parts][1:] == ["Tuổi thọ trung bình", "Số năm sống khỏe mạnh"]
    assert {p.horizon_year for p in parts} == {2030}


def test_breakdown_inherits_annual():
    parts = parse_target_sentence(
        "Tổng giá trị sản phẩm trên địa bàn tăng bình quân khoảng 15%/năm (trong đó: công nghiệp – xây dựng "
        "tăng 16%, dịch vụ tăng 15%, nông, lâm, thủy sản tăng 2%).",
        2030,
    )
    assert [p.value for p in parts] == [15, 16, 15, 2]
    assert all(p.is_annual for p in parts)
    assert parts[0].direction == "about" and parts[1].direction == "exactly"


def test_fraction_of_a_whole():
    parts = parse_target_sentence(
        "100% trường học đạt chuẩn quốc gia, trong đó có 6/14 trường đạt chuẩn quốc gia mức độ 2.", 2030
    )
    assert [(p.value, p.unit) for p in parts] == [(100, "%"), (6, "trường")]


def test_not_values():
    # years, dates, document numbers, named levels, 5G, age bands
    parts = parse_target_sentence(
        "Triển khai Nghị quyết số 57-NQ/TW ngày 22/12/2024, Nghị quyết số 226/2025/QH15, Đề án 06, phủ sóng 5G, "
        "phổ cập giáo dục mầm non cho trẻ em từ 3 đến 5 tuổi, đạt chuẩn mức độ 2 theo Luật năm 2019.",
        2030,
    )
    assert len(parts) == 1 and parts[0].direction == "qualitative" and parts[0].value is None


def test_qualitative_and_annual():
    part = one("Giảm tiêu hao điện năng trong khu vực công và dân cư hằng năm.")
    assert part.direction == "qualitative" and part.value is None and part.is_annual
    # "hằng năm" is the annual flag, not part of the label (docs/IMPORT_QUALITY.md, the measure label)
    assert part.measure == "Giảm tiêu hao điện năng trong khu vực công và dân cư"
    assert one("Hàng năm hoàn thành 100% chỉ tiêu tuyển chọn, gọi công dân nhập ngũ.").is_annual
    part = one("Người dân được khám sức khỏe miễn phí ít nhất mỗi năm 01 lần.")
    assert (part.direction, part.value, part.unit, part.is_annual) == ("at_least", 1, "lần", True)


def test_annual_is_per_clause():
    parts = parse_target_sentence("Phấn đấu 70% trẻ mẫu giáo học tiếng Anh; 100% trường có câu lạc bộ hằng năm.", 2030)
    assert [p.is_annual for p in parts] == [False, True]


def test_horizon():
    assert one("Phấn đấu đến năm 2045 có 100% người dân có kỹ năng số.", 2030).horizon_year == 2045
    assert one("Phấn đấu đến 2030 tối thiểu 30% tổ dân phố không ma túy;", None).horizon_year == 2030
    assert one("Vốn đầu tư giai đoạn 2026-2030 trên địa bàn đạt 200 tỷ đồng.", None).horizon_year == 2030
    assert one("Tỷ lệ phủ sóng 6G trên địa bàn phường phần đầu đạt 100%.", 2045).horizon_year == 2045
    assert one("Hình thành đô thị thông minh.", None).horizon_year is None


def test_top_rank():
    part = one("Chỉ số cải cách hành chính (PAR Index) hằng năm phần đầu thuộc top 10 thành phố.")
    assert (part.direction, part.value, part.unit, part.is_annual) == ("at_most", 10, "hạng", True)


def test_money_written_short_and_glued_to_the_number_is_read_in_full():
    [part] = parse_target_sentence("Tổng vốn đầu tư toàn xã hội: 1.085tỷđ.", None)
    assert (part.value, part.unit) == (Decimal("1085"), "tỷ đồng")
    [part] = parse_target_sentence("Thu nhập bình quân đầu người: 60trđ/người/năm.", None)
    assert (part.value, part.unit) == (Decimal("60"), "triệu đồng/người/năm")
    [part] = parse_target_sentence("Giá trị sản xuất đạt 120 Tr. đồng/ha.", None)
    assert (part.value, part.unit) == (Decimal("120"), "triệu đồng/ha")


def test_the_year_a_figure_is_for_is_its_horizon_but_a_baseline_year_is_not():
    first, *_ = parse_target_sentence("Số hộ sản xuất, kinh doanh năm 2020: 845 hộ, tăng 80 hộ so với năm 2015.", None)
    assert first.horizon_year == 2020
    [part] = parse_target_sentence("Thu ngân sách tăng 10% so với năm 2020.", None)
    assert part.horizon_year is None


def test_a_text_longer_than_any_sentence_is_read_piece_by_piece_with_every_target_kept():
    from targets.sentences import MAX_SENTENCE_CHARS, _pieces

    clause = "tỷ lệ hộ dân sử dụng nước sạch đạt 95%; "
    text = "Phấn đấu đến năm 2030: " + clause * 300  # about 12.000 characters, one "sentence"
    pieces = _pieces(text)
    assert all(len(p) <= MAX_SENTENCE_CHARS for p in pieces) and "".join(pieces) == text
    assert all(p.rstrip().endswith(";") for p in pieces[:-1])  # cut after a clause, never inside one
    parts = parse_target_sentence(text, 2030)
    assert len(parts) == 300
    assert {(p.value, p.unit) for p in parts} == {(Decimal(95), "%")}


def test_a_long_text_without_clause_ends_is_cut_at_commas_then_spaces():
    from targets.sentences import MAX_SENTENCE_CHARS, _pieces

    for text in ("số hộ, " * 1000, "x" * 5 + " y" * 3000, "z" * 4500):
        pieces = _pieces(text)
        assert "".join(pieces) == text and all(len(p) <= MAX_SENTENCE_CHARS for p in pieces)
