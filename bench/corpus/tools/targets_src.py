# Hand reading of target sentences. Built into ../targets.jsonl by build_targets.py.
# T(measure, direction, value, unit, horizon, value_max=, annual=, baseline=)
def T(measure, direction, value, unit, horizon=None, value_max=None, annual=False, baseline=None):
    return {"measure": measure, "direction": direction, "value": value, "value_max": value_max,
            "unit": unit, "horizon": horizon, "annual": annual, "baseline": baseline}
def B(year, value, kind):
    return {"year": year, "value": value, "kind": kind}
Q = lambda m, h=None, annual=False: T(m, None, None, None, h, annual=annual)  # qualitative

R = []   # (doc, sentence, [targets], context_horizon)
def S(doc, sentence, targets, ctx=None):
    R.append((doc, sentence, targets, ctx))

# ---------------- 01 Hội Phú (list header: đến năm 2025)
d = "01-pleiku-hoi-phu"
S(d, "Tỷ trọng cơ cấu kinh tế: Thương mại-Dịch vụ chiếm 52%, Công nghiệp-Xây dựng chiếm 43%, Nông nghiệp chiếm 5%.", [
    T("tỷ trọng thương mại - dịch vụ trong cơ cấu kinh tế", "exactly", "52", "%"),
    T("tỷ trọng công nghiệp - xây dựng trong cơ cấu kinh tế", "exactly", "43", "%"),
    T("tỷ trọng nông nghiệp trong cơ cấu kinh tế", "exactly", "5", "%")], 2025)
S(d, "Trong đó, Giá trị TMDV: 349,2 tỷ đồng, Giá trị sản xuất Công nghiệp-Xây dựng: 271 tỷ đồng, Giá trị Nông nghiệp 28,3 tỷ đồng.", [
    T("giá trị TMDV", "exactly", "349.2", "tỷ đồng"),
    T("giá trị sản xuất công nghiệp - xây dựng", "exactly", "271", "tỷ đồng"),
    T("giá trị nông nghiệp", "exactly", "28.3", "tỷ đồng")], 2025)
S(d, "Thu ngân sách Nhà nước theo phân cấp tăng 5% hàng năm.", [
    T("mức tăng thu ngân sách nhà nước theo phân cấp", "increase", "5", "%/năm", annual=True)], 2025)
S(d, "Tỷ lệ tăng dân số tự nhiên hàng năm 1,1%.", [
    T("tỷ lệ tăng dân số tự nhiên", "exactly", "1.1", "%/năm", annual=True)], 2025)
S(d, "Phấn đấu đến năm 2025 không còn hộ nghèo trên địa bàn phường.", [
    T("số hộ nghèo trên địa bàn phường", "exactly", "0", "hộ", 2025)], 2025)
S(d, "Tỷ lệ lao động qua đào tạo: 88,7%.", [
    T("tỷ lệ lao động qua đào tạo", "exactly", "88.7", "%")], 2025)

# ---------------- 02 Chi Lăng (đến năm 2025)
d = "02-pleiku-chi-lang"
S(d, "Thu ngân sách theo phân cấp trên địa bàn tăng bình quân từ 3 – 5%/năm.", [
    T("mức tăng thu ngân sách theo phân cấp trên địa bàn", "range", "3", "%/năm", value_max="5", annual=True)], 2025)
S(d, "Tiếp tục thực hiện nhựa hóa, bê tông hóa từ 08 đến 10 đường hẻm chính và phụ (2,5 km); duy tu bảo dưỡng từ 06 đến 08 đoạn đường (1,5 km) đã xuống cấp; lắp điện chiếu sáng đường hẻm từ 50 bóng trở lên.", [
    T("số đường hẻm chính và phụ được nhựa hóa, bê tông hóa", "range", "8", "đường hẻm", value_max="10"),
    T("chiều dài đường hẻm chính và phụ được nhựa hóa, bê tông hóa", "exactly", "2.5", "km"),
    T("số đoạn đường được duy tu bảo dưỡng", "range", "6", "đoạn đường", value_max="8"),
    T("chiều dài đoạn đường được duy tu bảo dưỡng", "exactly", "1.5", "km"),
    T("số bóng được lắp điện chiếu sáng đường hẻm", "at_least", "50", "bóng")], 2025)
S(d, "Tỷ lệ tăng dân số tự nhiên hằng năm 1,05%.", [
    T("tỷ lệ tăng dân số tự nhiên", "exactly", "1.05", "%/năm", annual=True)], 2025)
S(d, "Tỷ lệ người dân tham gia bảo hiểm y tế đến năm 2025 đạt 80 %.", [
    T("tỷ lệ người dân tham gia bảo hiểm y tế", "exactly", "80", "%", 2025)], 2025)
S(d, "Tỷ lệ hộ nghèo (theo chuẩn nghèo giai đoạn 2016 – 2020) đến năm 2025 giảm dưới 1%; hộ cận nghèo giảm dưới 2%.", [
    T("tỷ lệ hộ nghèo", "at_most", "1", "%", 2025),
    T("tỷ lệ hộ cận nghèo", "at_most", "2", "%", 2025)], 2025)
S(d, "Tỷ lệ lao động qua đào tạo đến năm 2025 đạt 67%.", [
    T("tỷ lệ lao động qua đào tạo", "exactly", "67", "%", 2025)], 2025)

# ---------------- 03 Ba Đình (nhiệm kỳ 2015-2020)
d = "03-bimson-ba-dinh"
S(d, "Tổng giá trị sản xuất trên địa bàn năm 2020 đạt 1.184 tỷđ, tăng gấp 2 lần so với năm 2015, tốc độ tăng trưởng hàng năm 14,7%.", [
    T("tổng giá trị sản xuất trên địa bàn", "exactly", "1184", "tỷ đồng", 2020, baseline=B(2015, "2", "times")),
    T("tốc độ tăng trưởng", "exactly", "14.7", "%/năm", annual=True)], 2020)
S(d, "Cơ cấu kinh tế: “Công nghiệp- xây dựng 596tỷđ, chiếm 50,3%; dịch vụ- thương mại 538tỷđ, chiếm 45,4%; lâm- nông nghiệp 50tỷđ, chiếm 4,3%”.", [
    T("giá trị công nghiệp - xây dựng", "exactly", "596", "tỷ đồng"),
    T("tỷ trọng công nghiệp - xây dựng trong cơ cấu kinh tế", "exactly", "50.3", "%"),
    T("giá trị dịch vụ - thương mại", "exactly", "538", "tỷ đồng"),
    T("tỷ trọng dịch vụ - thương mại trong cơ cấu kinh tế", "exactly", "45.4", "%"),
    T("giá trị lâm - nông nghiệp", "exactly", "50", "tỷ đồng"),
    T("tỷ trọng lâm - nông nghiệp trong cơ cấu kinh tế", "exactly", "4.3", "%")], 2020)
S(d, "Tổng vốn đầu tư toàn xã hội (5 năm): 1.085tỷđ, gấp 2,2 lần so với giai đoạn 2010- 2015.", [
    T("tổng vốn đầu tư toàn xã hội (5 năm)", "exactly", "1085", "tỷ đồng", baseline=B(2015, "2.2", "times"))], 2020)
S(d, "Số hộ sản xuất, kinh doanh, dịch vụ năm 2020: 845 hộ, tăng 80 hộ so với năm 2015.", [
    T("số hộ sản xuất, kinh doanh, dịch vụ", "exactly", "845", "hộ", 2020, baseline=B(2015, "80", "difference"))], 2020)
S(d, "Số doanh nghiệp trên địa bàn năm 2020: 60 doanh nghiệp, tăng 42,9% so với năm 2015.", [
    T("số doanh nghiệp trên địa bàn", "exactly", "60", "doanh nghiệp", 2020, baseline=B(2015, "42.9", "percent_over"))], 2020)
S(d, "Phấn đấu đến năm 2020 tỷ lệ đường giao thông khu dân cư được cứng hoá đạt 100%, trong đó khu vực quy hoạch dân cư có 85% đạt chuẩn tiêu chí đô thị.", [
    T("tỷ lệ đường giao thông khu dân cư được cứng hóa", "exactly", "100", "%", 2020),
    T("tỷ lệ khu vực quy hoạch dân cư đạt chuẩn tiêu chí đô thị", "exactly", "85", "%", 2020)], 2020)
S(d, "Thu ngân sách (năm 2020): 8tỷđ; tăng thu ngân sách bình quân hàng năm đạt 4,2%.", [
    T("thu ngân sách", "exactly", "8", "tỷ đồng", 2020),
    T("mức tăng thu ngân sách", "increase", "4.2", "%/năm", annual=True)], 2020)
S(d, "Chi ngân sách (năm 2020): 8tỷđ; tăng chi ngân sách bình quân hàng năm đạt 4,2%.", [
    T("chi ngân sách", "exactly", "8", "tỷ đồng", 2020),
    T("mức tăng chi ngân sách", "increase", "4.2", "%/năm", annual=True)], 2020)
S(d, "Thu nhập bình quân đầu người đến năm 2020: 60trđ/người/năm, tăng 24trđ so với năm 2015.", [
    T("thu nhập bình quân đầu người", "exactly", "60", "triệu đồng/người/năm", 2020, baseline=B(2015, "24", "difference"))], 2020)
S(d, "Tỷ lệ hộ nghèo, cận nghèo đến năm 2020 còn 0,7%, giảm 0,5% so với năm 2015.", [
    T("tỷ lệ hộ nghèo, cận nghèo", "at_most", "0.7", "%", 2020, baseline=B(2015, "-0.5", "percent_over"))], 2020)
S(d, "Tỷ lệ nhà ở kiên cố khu vực quy hoạch dân cư đến năm 2020: 98%.", [
    T("tỷ lệ nhà ở kiên cố khu vực quy hoạch dân cư", "exactly", "98", "%", 2020)], 2020)
S(d, "Trường Mầm non, Trường Tiểu học đạt chuẩn mức độ II; Trường THCS đạt chuẩn Quốc gia giai đoạn 2015- 2020.", [
    Q("trường mầm non, trường tiểu học đạt chuẩn mức độ II; trường THCS đạt chuẩn quốc gia", 2020)], 2020)
S(d, "Tỷ lệ khu phố, cơ quan văn hoá và đạt nếp sống văn minh đô thị đến năm 2020: 100%; tăng 6,7% so với năm 2015.", [
    T("tỷ lệ khu phố, cơ quan văn hóa và đạt nếp sống văn minh đô thị", "exactly", "100", "%", 2020, baseline=B(2015, "6.7", "percent_over"))], 2020)
S(d, "Tỷ lệ khu phố có nhà văn hoá đến năm 2020: 100%; tăng 9% so với năm 2015.", [
    T("tỷ lệ khu phố có nhà văn hóa", "exactly", "100", "%", 2020, baseline=B(2015, "9", "percent_over"))], 2020)

# ---------------- 04 Đông Sơn (Bỉm Sơn) đến năm 2020
d = "04-bimson-dong-son"
S(d, "Tổng giá trị sản xuất địa bàn năm 2020 đạt 423,5 tỷ đồng, tăng 3,76 lần so với năm 2015, tốc độ tăng trưởng hàng năm 14,3%.", [
    T("tổng giá trị sản xuất địa bàn", "exactly", "423.5", "tỷ đồng", 2020, baseline=B(2015, "3.76", "times")),
    T("tốc độ tăng trưởng", "exactly", "14.3", "%/năm", annual=True)], 2020)
S(d, "Cơ cấu kinh tế: Dịch vụ - thương mại 70,22%; công nghiệp - xây dựng 21,18%; nông, lâm nghiệp 8,58%.", [
    T("tỷ trọng dịch vụ - thương mại trong cơ cấu kinh tế", "exactly", "70.22", "%"),
    T("tỷ trọng công nghiệp - xây dựng trong cơ cấu kinh tế", "exactly", "21.18", "%"),
    T("tỷ trọng nông, lâm nghiệp trong cơ cấu kinh tế", "exactly", "8.58", "%")], 2020)
S(d, "Tổng vốn đầu tư toàn xã hội 196,6 tỷ đồng, tăng 2,8 lần so với năm 2015.", [
    T("tổng vốn đầu tư toàn xã hội", "exactly", "196.6", "tỷ đồng", baseline=B(2015, "2.8", "times"))], 2020)
S(d, "Số hộ sản xuất, kinh doanh cá thể vào năm 2020: 500 hộ, trong đó, dịch vụ - thương mại 421 hộ; công nghiêp, tiểu thủ công nghiệp 50 hộ; nông, lâm nghiệp 29 hộ.", [
    T("số hộ sản xuất, kinh doanh cá thể", "exactly", "500", "hộ", 2020),
    T("số hộ sản xuất, kinh doanh cá thể dịch vụ - thương mại", "exactly", "421", "hộ", 2020),
    T("số hộ sản xuất, kinh doanh cá thể công nghiệp, tiểu thủ công nghiệp", "exactly", "50", "hộ", 2020),
    T("số hộ sản xuất, kinh doanh cá thể nông, lâm nghiệp", "exactly", "29", "hộ", 2020)], 2020)
S(d, "Số lượng doanh nghiệp trên địa bàn vào năm 2020: 20 doanh nghiệp, tăng 2,5 lần so với năm 2015.", [
    T("số lượng doanh nghiệp trên địa bàn", "exactly", "20", "doanh nghiệp", 2020, baseline=B(2015, "2.5", "times"))], 2020)
S(d, "Tỷ lệ giao thông trên địa bàn được cứng hóa đến năm 2020 đạt 100%, có 30% đoạn đường đạt chuẩn tiêu chí đô thị đến năm 2020.", [
    T("tỷ lệ giao thông trên địa bàn được cứng hóa", "exactly", "100", "%", 2020),
    T("tỷ lệ đoạn đường đạt chuẩn tiêu chí đô thị", "exactly", "30", "%", 2020)], 2020)
S(d, "Tổng thu ngân sách đến năm 2020 đạt 30,4 tỷ đồng, tăng bình quân hàng năm 3,59%", [
    T("tổng thu ngân sách", "exactly", "30.4", "tỷ đồng", 2020),
    T("mức tăng tổng thu ngân sách", "increase", "3.59", "%/năm", annual=True)], 2020)
S(d, "Thu nhập bình quân đầu người/năm đạt 70,0 Tr. đồng đến năm 2020, tăng gấp 2,15 lần so với năm 2015.", [
    T("thu nhập bình quân đầu người/năm", "exactly", "70.0", "triệu đồng", 2020, baseline=B(2015, "2.15", "times"))], 2020)
S(d, "Số trường đạt chuẩn quốc gia 4/4 trường, tăng 25% so với năm 2015.", [
    T("số trường đạt chuẩn quốc gia", "exactly", "4", "trường", baseline=B(2015, "25", "percent_over"))], 2020)
S(d, "Xây dựng Phường đạt chuẩn quốc gia về y tế giai đoạn 2 vào năm 2016.", [
    Q("phường đạt chuẩn quốc gia về y tế giai đoạn 2", 2016)], 2020)
S(d, "Tỷ lệ tăng dân số tự nhiên hàng năm 1%.", [
    T("tỷ lệ tăng dân số tự nhiên", "exactly", "1", "%/năm", annual=True)], 2020)
S(d, "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng 6%, giảm 2% so với năm 2015.", [
    T("tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng", "exactly", "6", "%", baseline=B(2015, "-2", "percent_over"))], 2020)
S(d, "Tỷ lệ hộ nghèo còn 1% đến năm 2020 (theo tiêu chí chuẩn hộ nghèo giai đoạn 2011 - 2015), giảm 2,7% so với năm 2015.", [
    T("tỷ lệ hộ nghèo", "at_most", "1", "%", 2020, baseline=B(2015, "-2.7", "percent_over"))], 2020)
S(d, "Tỷ lệ hộ cận nghèo giảm còn dưới 2% đến năm 2020, giảm 1,1% so với năm 2015.", [
    T("tỷ lệ hộ cận nghèo", "at_most", "2", "%", 2020, baseline=B(2015, "-1.1", "percent_over"))], 2020)

# ---------------- 05 Ngọc Trạo (đến năm 2020)
d = "05-bimson-ngoc-trao"
S(d, "Tổng giá trị sản xuất kinh doanh trên địa bàn đến năm 2020 đạt 2.433.733,3 triệu đồng.", [
    T("tổng giá trị sản xuất kinh doanh trên địa bàn", "exactly", "2433733.3", "triệu đồng", 2020)], 2020)
S(d, "Tốc độ tăng trưởng hàng năm 14,1%.", [
    T("tốc độ tăng trưởng", "exactly", "14.1", "%/năm", annual=True)], 2020)
S(d, "Cơ cấu kinh tế: DVTM = 59,3%.", [
    T("tỷ trọng DVTM trong cơ cấu kinh tế", "exactly", "59.3", "%")], 2020)
S(d, "Công nghiệp - xây dựng = 40,3%.", [
    T("tỷ lệ công nghiệp - xây dựng", "exactly", "40.3", "%")], 2020)
S(d, "Nông nghiệp - thủy sản = 0,4%.", [
    T("tỷ lệ nông nghiệp - thủy sản", "exactly", "0.4", "%")], 2020)
S(d, "Tổng vốn đầu tư toàn xã hội đến năm 2020 = 724.534 triệu đồng.", [
    T("tổng vốn đầu tư toàn xã hội", "exactly", "724534", "triệu đồng", 2020)], 2020)
S(d, "Số hộ sản xuất kinh doanh cá thể vào năm 2020 = 983 hộ.", [
    T("số hộ sản xuất kinh doanh cá thể", "exactly", "983", "hộ", 2020)], 2020)
S(d, "Trong đó: Nông nghiệp = 100 hộ, lâm nghiệp = 28 hộ, công nghiệp = 85 hộ, dịch vụ = 770 hộ.", [
    T("số hộ sản xuất kinh doanh cá thể nông nghiệp", "exactly", "100", "hộ"),
    T("số hộ sản xuất kinh doanh cá thể lâm nghiệp", "exactly", "28", "hộ"),
    T("số hộ sản xuất kinh doanh cá thể công nghiệp", "exactly", "85", "hộ"),
    T("số hộ sản xuất kinh doanh cá thể dịch vụ", "exactly", "770", "hộ")], 2020)
S(d, "Số lượng doanh nghiệp trên địa bàn đến năm 2020 = 100 doanh nghiệp.", [
    T("số lượng doanh nghiệp trên địa bàn", "exactly", "100", "doanh nghiệp", 2020)], 2020)
S(d, "Tỷ lệ đường giao thông trên địa bàn được cứng hóa đến năm 2020 = 100%, có 70% chiều dài đường giao thông đạt chuẩn tiêu chí đô thị đến năm 2020.", [
    T("tỷ lệ đường giao thông trên địa bàn được cứng hóa", "exactly", "100", "%", 2020),
    T("tỷ lệ chiều dài đường giao thông đạt chuẩn tiêu chí đô thị", "exactly", "70", "%", 2020)], 2020)
S(d, "Tỷ lệ tăng thu ngân sách hàng năm 6,1%.", [
    T("tỷ lệ tăng thu ngân sách", "exactly", "6.1", "%/năm", annual=True)], 2020)
S(d, "Thu nhập bình quân đầu người/năm đến năm 2020 = 85 triệu đồng/người/năm.", [
    T("thu nhập bình quân đầu người/năm", "exactly", "85", "triệu đồng/người/năm", 2020)], 2020)
S(d, "Số trường đạt chuẩn quốc gia: 3 trường = 100%.", [
    T("số trường đạt chuẩn quốc gia", "exactly", "3", "trường"),
    T("tỷ lệ trường đạt chuẩn quốc gia", "exactly", "100", "%")], 2020)
S(d, "Xây dựng phường đạt chuẩn quốc gia về y tế giai đoạn 2 vào năm 2016.", [
    Q("phường đạt chuẩn quốc gia về y tế giai đoạn 2", 2016)], 2020)
S(d, "Tỷ lệ tăng dân số hàng năm 3%.", [
    T("tỷ lệ tăng dân số", "exactly", "3", "%/năm", annual=True)], 2020)
S(d, "Trong đó: Tăng cơ học = 2,1%, tăng tự nhiên = 0,9%.", [
    T("tỷ lệ tăng cơ học", "exactly", "2.1", "%"),
    T("tỷ lệ tăng tự nhiên", "exactly", "0.9", "%")], 2020)
S(d, "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng dưới 7% giảm 3,4% so với năm 2015.", [
    T("tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng", "at_most", "7", "%", baseline=B(2015, "-3.4", "percent_over"))], 2020)
S(d, "Tỷ lệ hộ nghèo đến năm 2020 = 0,5%giảm 1,7% so với năm 2015.", [
    T("tỷ lệ hộ nghèo", "exactly", "0.5", "%", 2020, baseline=B(2015, "-1.7", "percent_over"))], 2020)
S(d, "Tỷ lệ hộ cận nghèo đến năm 2020 dưới 1%, giảm 1,5% so với năm 2015.", [
    T("tỷ lệ hộ cận nghèo", "at_most", "1", "%", 2020, baseline=B(2015, "-1.5", "percent_over"))], 2020)
S(d, "Tỷ lệ nhà ở kiên cố của các hộ gia đình đến năm 2020 = 90%.", [
    T("tỷ lệ nhà ở kiên cố của các hộ gia đình", "exactly", "90", "%", 2020)], 2020)
S(d, "Tỷ lệ trẻ em dưới 6 tuổi được tiêm phòng hàng năm 100%.", [
    T("tỷ lệ trẻ em dưới 6 tuổi được tiêm phòng", "exactly", "100", "%", annual=True)], 2020)
S(d, "Tỷ lệ gia đình đạt chuẩn gia đình văn hóa đến năm 2020 = 97%, tăng 5%, so với năm 2015.", [
    T("tỷ lệ gia đình đạt chuẩn gia đình văn hóa", "exactly", "97", "%", 2020, baseline=B(2015, "5", "percent_over"))], 2020)

# ---------------- 06 Quang Trung (xã, 2015-2020)
d = "06-bimson-quang-trung"
S(d, "Tổng giá trị sản xuất kinh doanh trên địa bàn đến năm 2020 đạt: 396,1 tỷ.đ, tăng 0,7 lần so với năm 2015; Trong đó: Dịch vụ - Thương mại: 225,3 tỷ.đ, tăng 1,0 lần so với năm 2015; Công nghiệp - Xây dựng: 101,3 tỷ.đ, tăng 0,5 lần so với năm 2015; Nông - Lâm nghiệp, thủy sản: 69,5 tỷ.đ, tăng 0,4 lần so với năm 2015.", [
    T("tổng giá trị sản xuất kinh doanh trên địa bàn", "exactly", "396.1", "tỷ đồng", 2020, baseline=B(2015, "0.7", "times")),
    T("giá trị dịch vụ - thương mại", "exactly", "225.3", "tỷ đồng", 2020, baseline=B(2015, "1.0", "times")),
    T("giá trị công nghiệp - xây dựng", "exactly", "101.3", "tỷ đồng", 2020, baseline=B(2015, "0.5", "times")),
    T("giá trị nông - lâm nghiệp, thủy sản", "exactly", "69.5", "tỷ đồng", 2020, baseline=B(2015, "0.4", "times"))], 2020)
S(d, "Cơ cấu kinh tế: Dịch vụ - Thương mại: 56,9%, tăng 0,1 lần so với năm 2015; Công nghiệp - Xây dựng: 25,6%, giảm 0,1 lần so với năm 2015; Nông - Lâm nghiệp: 17,5%, giảm 0,2 lần so với năm 2015.", [
    T("tỷ trọng dịch vụ - thương mại trong cơ cấu kinh tế", "exactly", "56.9", "%", baseline=B(2015, "0.1", "times")),
    T("tỷ trọng công nghiệp - xây dựng trong cơ cấu kinh tế", "exactly", "25.6", "%", baseline=B(2015, "-0.1", "times")),
    T("tỷ trọng nông - lâm nghiệp trong cơ cấu kinh tế", "exactly", "17.5", "%", baseline=B(2015, "-0.2", "times"))], 2020)
S(d, "Tổng vốn đầu tư toàn xã hội 5 năm đạt: 187,2 tỷ.đ, tăng 0,33 lần so với thời kỳ 2010 - 2015.", [
    T("tổng vốn đầu tư toàn xã hội 5 năm", "exactly", "187.2", "tỷ đồng", baseline=B(2015, "0.33", "times"))], 2020)
S(d, "Sản lượng lương thực có hạt bình quân hàng năm: 1.734 tấn, giảm 0,3 lần so với năm 2015.", [
    T("sản lượng lương thực có hạt", "exactly", "1734", "tấn", annual=True, baseline=B(2015, "-0.3", "times"))], 2020)
S(d, "Diện tích lúa năm 2020: 171ha, giảm 0,4 lần so với năm 2015; Năng suất bình quân hàng năm: 50tạ/ha; Rau mầu các loại: 20 ha.", [
    T("diện tích lúa", "exactly", "171", "ha", 2020, baseline=B(2015, "-0.4", "times")),
    T("năng suất", "exactly", "50", "tạ/ha", annual=True),
    T("diện tích rau màu các loại", "exactly", "20", "ha", 2020)], 2020)
S(d, "Tổng đàn gia súc, gia cầm năm 2020: Đàn trâu, bò: 250 con, tăng 0,04 lần so với năm 2015; Đàn lợn: 3.000 con, bằng năm 2015; Đàn gia cầm: 40.000 con, tăng 0,33 lần so với năm 2015.", [
    T("đàn trâu, bò", "exactly", "250", "con", 2020, baseline=B(2015, "0.04", "times")),
    T("đàn lợn", "exactly", "3000", "con", 2020, baseline=B(2015, "1", "times")),
    T("đàn gia cầm", "exactly", "40000", "con", 2020, baseline=B(2015, "0.33", "times"))], 2020)
S(d, "Số hộ sản xuất, kinh doanh cá thể vào năm 2020: 250 hộ. trong đó: nông, lâm nghiệp: 50 hộ; tiểu thủ công nghiệp: 30 hộ; dịch vụ: 170 hộ.", [
    T("số hộ sản xuất, kinh doanh cá thể", "exactly", "250", "hộ", 2020),
    T("số hộ sản xuất, kinh doanh cá thể nông, lâm nghiệp", "exactly", "50", "hộ", 2020),
    T("số hộ sản xuất, kinh doanh cá thể tiểu thủ công nghiệp", "exactly", "30", "hộ", 2020),
    T("số hộ sản xuất, kinh doanh cá thể dịch vụ", "exactly", "170", "hộ", 2020)], 2020)
S(d, "Số doanh nghiệp trên địa bàn vào năm 2020: 10 doanh nghiệp, tăng 04 doanh nghiệp (0,7 lần) so với năm 2015.", [
    T("số doanh nghiệp trên địa bàn", "exactly", "10", "doanh nghiệp", 2020, baseline=B(2015, "4", "difference"))], 2020)
S(d, "Số trang trại, gia trại trên địa bàn vào năm 2020: 70, trong đó: 15 trang trại, 55 gia trại, tăng 20 trang, gia trại so với năm 2015.", [
    T("số trang trại, gia trại trên địa bàn", "exactly", "70", "trang trại, gia trại", 2020, baseline=B(2015, "20", "difference")),
    T("số trang trại", "exactly", "15", "trang trại", 2020),
    T("số gia trại", "exactly", "55", "gia trại", 2020)], 2020)
S(d, "Tỷ lệ tăng thu ngân sách hàng năm: 12%.", [
    T("tỷ lệ tăng thu ngân sách", "exactly", "12", "%/năm", annual=True)], 2020)
S(d, "Tổng Thu - Chi Ngân sách 5 năm là 33,96 tỷ đồng.", [
    T("tổng thu - chi ngân sách 5 năm", "exactly", "33.96", "tỷ đồng")], 2020)

# ---------------- 07 Lơ Ku (2021-2025)
d = "07-kbang-lo-ku"
S(d, "Cơ cấu kinh tế đến năm 2025: Nông - lâm nghiệp 80%; thương mại - dịch vụ 15%;  tiểu thủ công nghiệp: 5 %.", [
    T("tỷ trọng nông - lâm nghiệp trong cơ cấu kinh tế", "exactly", "80", "%", 2025),
    T("tỷ trọng thương mại - dịch vụ trong cơ cấu kinh tế", "exactly", "15", "%", 2025),
    T("tỷ trọng tiểu thủ công nghiệp trong cơ cấu kinh tế", "exactly", "5", "%", 2025)], 2025)
S(d, "Tổng diện tích gieo trồng hằng năm: 3.830 ha.", [
    T("tổng diện tích gieo trồng", "exactly", "3830", "ha", annual=True)], 2025)
S(d, "(trong đó: Cây Ngô lai, rau đậu các loại 2.700 ha; Lúa nước 2 vụ 40 ha; cây tinh bột (Mỳ) 500; cây  Mía 370 ha; cây Cà phê 100 ha; cây Ca cao, Mắc ca, tiêu 20 ha; Cây ăn quả 100 ha.", [
    T("diện tích cây ngô lai, rau đậu các loại", "exactly", "2700", "ha"),
    T("diện tích lúa nước 2 vụ", "exactly", "40", "ha"),
    T("cây tinh bột (mỳ)", "exactly", "500", None),
    T("diện tích cây mía", "exactly", "370", "ha"),
    T("diện tích cây cà phê", "exactly", "100", "ha"),
    T("diện tích cây ca cao, mắc ca, tiêu", "exactly", "20", "ha"),
    T("diện tích cây ăn quả", "exactly", "100", "ha")], 2025)
S(d, "Tổng đàn gia súc: 3.200 con, (trong đó: đàn heo: 1.220 con; Đàn bò: 1.200 con; đàn trâu: 180 con; đàn dê: 600 con).", [
    T("tổng đàn gia súc", "exactly", "3200", "con"),
    T("đàn heo", "exactly", "1220", "con"),
    T("đàn bò", "exactly", "1200", "con"),
    T("đàn trâu", "exactly", "180", "con"),
    T("đàn dê", "exactly", "600", "con")], 2025)
S(d, "Gia cầm:5000 con.", [
    T("đàn gia cầm", "exactly", "5000", "con")], 2025)
S(d, "Trồng rừng mới:  30 ha/năm.", [
    T("diện tích trồng rừng mới", "exactly", "30", "ha/năm", annual=True)], 2025)
S(d, "Thu nhập bình quân đầu người đến năm 2025: 45 triệu đồng/người/năm.", [
    T("thu nhập bình quân đầu người", "exactly", "45", "triệu đồng/người/năm", 2025)], 2025)
S(d, "Thu cân đối ngân sách xã hưởng: tăng 10%/năm trở lên.", [
    T("mức tăng thu cân đối ngân sách xã hưởng", "at_least", "10", "%/năm", annual=True)], 2025)
S(d, "Phấn đấu tỷ lệ cấp giấy chứng nhận quyền sử dụng đất công đạt 100%; cá nhân đạt 80%.", [
    T("tỷ lệ cấp giấy chứng nhận quyền sử dụng đất công", "exactly", "100", "%"),
    T("tỷ lệ cá nhân", "exactly", "80", "%")], 2025)
S(d, "Duy trì Hợp tác xã hoạt động có hiệu quả, xây dựng mô hình nông hội:  04 mô hình trở lên.", [
    Q("hợp tác xã hoạt động có hiệu quả"),
    T("số mô hình nông hội", "at_least", "4", "mô hình")], 2025)
S(d, "Phấn đấu xây dựng xã đạt chuẩn Nông thôn mới nâng cao.", [
    Q("xã đạt chuẩn nông thôn mới nâng cao")], 2025)

# ---------------- 08 Sơn Lang (nhiệm kỳ 2020-2025)
d = "08-kbang-son-lang"
S(d, "Cơ cấu kinh tế đến năm 2025: Nông, lâm nghiệp, thuỷ sản: 75%; dịch vụ, du lịch: 20%; Tiểu thủ công nghiệp: 05%.", [
    T("tỷ trọng nông, lâm nghiệp, thủy sản trong cơ cấu kinh tế", "exactly", "75", "%", 2025),
    T("tỷ trọng dịch vụ, du lịch trong cơ cấu kinh tế", "exactly", "20", "%", 2025),
    T("tỷ trọng tiểu thủ công nghiệp trong cơ cấu kinh tế", "exactly", "5", "%", 2025)], 2025)
S(d, "Thu nhập bình quân đầu người đến năm 2025: 45 triệu đồng/năm.", [
    T("thu nhập bình quân đầu người", "exactly", "45", "triệu đồng/năm", 2025)], 2025)
S(d, "Tỷ lệ tăng thu cân đối NSĐP thực hiện so năm trước: 10% trở lên.", [
    T("tỷ lệ tăng thu cân đối NSĐP thực hiện so năm trước", "at_least", "10", "%/năm", annual=True)], 2025)
S(d, "Đến năm 2025 xây dựng xã cơ bản đạt nông thôn mới nâng cao.", [
    Q("xã cơ bản đạt nông thôn mới nâng cao", 2025)], 2025)
S(d, "Số thôn, làng đạt chuẩn nông thôn mới (theo Chỉ thị 12-CT/TU, ngày 13/2/2018 của Ban Thường vụ Tỉnh ủy): 04/09 thôn, làng.", [
    T("số thôn, làng đạt chuẩn nông thôn mới", "exactly", "4", "thôn, làng")], 2025)
S(d, "Tỷ lệ hộ nghèo người đồng bào DTTS giảm bình quân/năm: trên 10%.", [
    T("mức giảm tỷ lệ hộ nghèo người đồng bào DTTS", "at_least", "10", "%/năm", annual=True)], 2025)
S(d, "Tỷ lệ lao động qua đào tạo: trên 20%.", [
    T("tỷ lệ lao động qua đào tạo", "at_least", "20", "%")], 2025)
S(d, "Tỷ lệ người dân tham gia bảo hiểm y tế hàng năm: từ 90% trở lên.", [
    T("tỷ lệ người dân tham gia bảo hiểm y tế", "at_least", "90", "%", annual=True)], 2025)
S(d, "Tỷ lệ tăng dân số tự nhiên hàng năm: 1,1%.", [
    T("tỷ lệ tăng dân số tự nhiên", "exactly", "1.1", "%/năm", annual=True)], 2025)
S(d, "Số trường học đạt chuẩn Quốc gia: 04 trường.", [
    T("số trường học đạt chuẩn quốc gia", "exactly", "4", "trường")], 2025)
S(d, "Duy trì xã đạt chuẩn quốc gia về y tế.", [
    Q("xã đạt chuẩn quốc gia về y tế")], 2025)
S(d, "Tỷ lệ hộ dân được sử dụng nước sạch, hợp vệ sinh: 98%.", [
    T("tỷ lệ hộ dân được sử dụng nước sạch, hợp vệ sinh", "exactly", "98", "%")], 2025)
S(d, "Tỷ lệ thôn, làng văn hóa: 100%; hộ gia đình văn hóa: 80%.", [
    T("tỷ lệ thôn, làng văn hóa", "exactly", "100", "%"),
    T("tỷ lệ hộ gia đình văn hóa", "exactly", "80", "%")], 2025)
S(d, "Cơ quan, đơn vị, trường học, văn hóa: 100%.", [
    T("tỷ lệ cơ quan, đơn vị, trường học văn hóa", "exactly", "100", "%")], 2025)
S(d, "Tỷ lệ thôn, làng, trường học đạt tiêu chuẩn an toàn về ANTT: 100%.", [
    T("tỷ lệ thôn, làng, trường học đạt tiêu chuẩn an toàn về ANTT", "exactly", "100", "%")], 2025)
S(d, "Tuyển chọn, gọi công dân nhập ngũ hàng năm đạt 100% chỉ tiêu.", [
    T("tỷ lệ hoàn thành chỉ tiêu tuyển chọn, gọi công dân nhập ngũ", "exactly", "100", "%", annual=True)], 2025)
S(d, "Tỷ lệ chi bộ hàng năm đạt “Hoàn thành xuất sắc nhiệm vụ”: 15% trở lên/tổng số chi bộ trực thuộc.", [
    T("tỷ lệ chi bộ đạt “Hoàn thành xuất sắc nhiệm vụ”", "at_least", "15", "%", annual=True)], 2025)
S(d, "Bình quân hàng năm kết nạp đảng viên mới: trên 4%.", [
    T("tỷ lệ kết nạp đảng viên mới", "at_least", "4", "%", annual=True)], 2025)
S(d, "Tỷ lệ đảng viên HTTNV hàng năm đạt: 90% trở lên.", [
    T("tỷ lệ đảng viên hoàn thành tốt nhiệm vụ", "at_least", "90", "%", annual=True)], 2025)
S(d, "Đảng bộ xã hàng năm đạt: hoàn thành tốt nhiệm vụ trở lên.", [
    Q("đảng bộ xã đạt hoàn thành tốt nhiệm vụ trở lên", annual=True)], 2025)

# ---------------- 09 Đông Thịnh (đến năm 2020)
d = "09-dongson-dong-thinh"
S(d, "Giá trị sản xuất nông nghiệp, thủy sản đến năm 2020 đạt trên 272 triệu đồng.", [
    T("giá trị sản xuất nông nghiệp, thủy sản", "at_least", "272", "triệu đồng", 2020)], 2020)
S(d, "Sản lượng lương thực có hạt bình quân hàng năm đạt trên 3,098 tấn.", [
    T("sản lượng lương thực có hạt", "at_least", "3.098", "tấn", annual=True)], 2020)
S(d, "Diện tích, các cây trồng chủ yếu năm 2020 (Lúa: diện tích đạt 207 ha, năng suất trung bình năm đạt 140tạ/ha, sản lượng đạt 2.898 tấn. Ngô: diện tích đạt 40ha, năng suất trung bình năm đạt 50 tạ/ha, sản lượng đạt 200 tấn).", [
    T("diện tích lúa", "exactly", "207", "ha", 2020),
    T("năng suất lúa trung bình năm", "exactly", "140", "tạ/ha", 2020),
    T("sản lượng lúa", "exactly", "2898", "tấn", 2020),
    T("diện tích ngô", "exactly", "40", "ha", 2020),
    T("năng suất ngô trung bình năm", "exactly", "50", "tạ/ha", 2020),
    T("sản lượng ngô", "exactly", "200", "tấn", 2020)], 2020)
S(d, "Tổng đàn trâu, bò đạt 500 con, lợn đạt 1.300 con, lợn hướng nạc đạt 1000 con, gia cầm đạt 120.000 con trở lên.", [
    T("tổng đàn trâu, bò", "exactly", "500", "con"),
    T("đàn lợn", "exactly", "1300", "con"),
    T("đàn lợn hướng nạc", "exactly", "1000", "con"),
    T("đàn gia cầm", "at_least", "120000", "con")], 2020)

# ---------------- 10 Như Xuân (huyện, 2020-2025)
d = "10-nhu-xuan-district"
S(d, "Tốc độ tăng giá trị sản xuất bình quân hàng năm (giá so sánh năm 2010) đạt 16%, trong đó: Nông, lâm, thủy sản tăng 6%; công nghiệp - xây dựng tăng 18,4%; dịch vụ tăng 18,2%.", [
    T("tốc độ tăng giá trị sản xuất", "exactly", "16", "%/năm", annual=True),
    T("mức tăng giá trị sản xuất nông, lâm, thủy sản", "increase", "6", "%/năm", annual=True),
    T("mức tăng giá trị sản xuất công nghiệp - xây dựng", "increase", "18.4", "%/năm", annual=True),
    T("mức tăng giá trị sản xuất dịch vụ", "increase", "18.2", "%/năm", annual=True)], 2025)
S(d, "Thu nhập bình quân đầu người/năm đến năm 2025: 60 triệu đồng.", [
    T("thu nhập bình quân đầu người/năm", "exactly", "60", "triệu đồng", 2025)], 2025)
S(d, "Tổng sản lượng lương thực bình quân hàng năm: 25.000 tấn.", [
    T("tổng sản lượng lương thực", "exactly", "25000", "tấn", annual=True)], 2025)
S(d, "Diện tích đất nông nghiệp được tích tụ, tập trung để sản xuất nông nghiệp quy mô lớn, ứng dụng công nghệ cao đến năm 2025 đạt 1.900 ha.", [
    T("diện tích đất nông nghiệp được tích tụ, tập trung để sản xuất nông nghiệp quy mô lớn, ứng dụng công nghệ cao", "exactly", "1900", "ha", 2025)], 2025)
S(d, "Giá trị sản phẩm trên một ha đất trồng trọt và nuôi trồng thủy sản năm 2025 đạt 72 triệu đồng.", [
    T("giá trị sản phẩm trên một ha đất trồng trọt và nuôi trồng thủy sản", "exactly", "72", "triệu đồng", 2025)], 2025)
S(d, "Tổng huy động vốn đầu tư phát triển thời kỳ 2021-2025: 5.000 tỷ đồng.", [
    T("tổng huy động vốn đầu tư phát triển", "exactly", "5000", "tỷ đồng", 2025)], 2025)
S(d, "Tỷ lệ tăng thu ngân sách bình quân hàng năm: 12%.", [
    T("tỷ lệ tăng thu ngân sách", "exactly", "12", "%/năm", annual=True)], 2025)
S(d, "Tổng số doanh nghiệp mới được thành lập thời kỳ 2021-2025: 100 doanh nghiệp.", [
    T("tổng số doanh nghiệp mới được thành lập", "exactly", "100", "doanh nghiệp", 2025)], 2025)
S(d, "Tỷ lệ số xã đạt chuẩn nông thôn mới năm 2025 đạt 50% (8 xã), trong đó: Tỷ lệ số xã đạt chuẩn nông thôn mới nâng cao 6,25% (1 xã); tỷ lệ thôn đạt chuẩn nông thôn mới 58,9% (66/112 thôn, tăng thêm 20 thôn); tỷ lệ thôn đạt chuẩn nông thôn mới kiểu mẫu 1,8% (2 thôn).", [
    T("tỷ lệ số xã đạt chuẩn nông thôn mới", "exactly", "50", "%", 2025),
    T("số xã đạt chuẩn nông thôn mới", "exactly", "8", "xã", 2025),
    T("tỷ lệ số xã đạt chuẩn nông thôn mới nâng cao", "exactly", "6.25", "%", 2025),
    T("số xã đạt chuẩn nông thôn mới nâng cao", "exactly", "1", "xã", 2025),
    T("tỷ lệ thôn đạt chuẩn nông thôn mới", "exactly", "58.9", "%", 2025),
    T("số thôn đạt chuẩn nông thôn mới", "exactly", "66", "thôn", 2025, baseline=B(None, "20", "difference")),
    T("tỷ lệ thôn đạt chuẩn nông thôn mới kiểu mẫu", "exactly", "1.8", "%", 2025),
    T("số thôn đạt chuẩn nông thôn mới kiểu mẫu", "exactly", "2", "thôn", 2025)], 2025)
S(d, "Tỷ lệ đô thị hóa đến năm 2025: 16% trở lên.", [
    T("tỷ lệ đô thị hóa", "at_least", "16", "%", 2025)], 2025)
S(d, "Tỷ lệ đường giao thông trên địa bàn (không tính quốc lộ và tỉnh lộ) được cứng hóa đến năm 2025: 80%.", [
    T("tỷ lệ đường giao thông trên địa bàn được cứng hóa", "exactly", "80", "%", 2025)], 2025)
S(d, "Tốc độ tăng dân số bình quân hằng năm dưới 1%.", [
    T("tốc độ tăng dân số", "at_most", "1", "%/năm", annual=True)], 2025)
S(d, "Tỷ lệ lao động nông nghiệp trong tổng lao động năm 2025: 50%.", [
    T("tỷ lệ lao động nông nghiệp trong tổng lao động", "exactly", "50", "%", 2025)], 2025)
S(d, "Tỷ lệ lao động qua đào tạo năm 2025: 65%.", [
    T("tỷ lệ lao động qua đào tạo", "exactly", "65", "%", 2025)], 2025)

# ---------------- 11 Đại Lộc (huyện, 2020-2025)
d = "11-dai-loc-district"
S(d, "Tốc độ tăng trưởng kinh tế bình quân đạt 12-13%/ năm (giá so sánh 2010).", [
    T("tốc độ tăng trưởng kinh tế", "range", "12", "%/năm", value_max="13", annual=True)], 2025)
S(d, "Cơ cấu kinh tế đến năm 2025: CN - TTCN - xây dựng khoảng 64%; các ngành dịch vụ khoảng 28,5%; nông - lâm nghiệp - thủy sản khoảng 7,5% (giá so sánh 2010).", [
    T("tỷ trọng CN - TTCN - xây dựng trong cơ cấu kinh tế", "exactly", "64", "%", 2025),
    T("tỷ trọng các ngành dịch vụ trong cơ cấu kinh tế", "exactly", "28.5", "%", 2025),
    T("tỷ trọng nông - lâm nghiệp - thủy sản trong cơ cấu kinh tế", "exactly", "7.5", "%", 2025)], 2025)
S(d, "Huyện đạt chuẩn nông thôn mới.", [Q("huyện đạt chuẩn nông thôn mới")], 2025)
S(d, "Phấn đấu đến năm 2025 không còn hộ nghèo (trừ các đối tượng BTXH), 97% người dân tham gia BHYT…", [
    T("số hộ nghèo", "exactly", "0", "hộ", 2025),
    T("tỷ lệ người dân tham gia BHYT", "exactly", "97", "%", 2025)], 2025)
S(d, "Đến năm 2025: 100% các trường mầm non, mẫu giáo, tiểu học và THCS đạt chuẩn; 60% học sinh THCS được học 2 buổi/ ngày.", [
    T("tỷ lệ các trường mầm non, mẫu giáo, tiểu học và THCS đạt chuẩn", "exactly", "100", "%", 2025),
    T("tỷ lệ học sinh THCS được học 2 buổi/ngày", "exactly", "60", "%", 2025)], 2025)
S(d, "Tỷ lệ hộ dân nông thôn sử dụng nước sạch trên 90% (hợp vệ sinh đạt 100%); tỷ lệ hộ dân đô thị được cung cấp nước sạch trên 95%.", [
    T("tỷ lệ hộ dân nông thôn sử dụng nước sạch", "at_least", "90", "%"),
    T("tỷ lệ hộ dân nông thôn sử dụng nước hợp vệ sinh", "exactly", "100", "%"),
    T("tỷ lệ hộ dân đô thị được cung cấp nước sạch", "at_least", "95", "%")], 2025)
S(d, "Phấn đấu mỗi năm kết nạp từ 80 đảng viên mới trở lên.", [
    T("số đảng viên mới được kết nạp", "at_least", "80", "đảng viên", annual=True)], 2025)
S(d, "Phấn đấu hằng năm có từ 80% tổ chức cơ sở Đảng hoàn thành tốt nhiệm vụ trở lên, không có tổ chức cơ sở Đảng không hoàn thành nhiệm vụ.", [
    T("tỷ lệ tổ chức cơ sở Đảng hoàn thành tốt nhiệm vụ", "at_least", "80", "%", annual=True),
    T("số tổ chức cơ sở Đảng không hoàn thành nhiệm vụ", "exactly", "0", "tổ chức", annual=True)], 2025)
S(d, "Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ hằng năm từ 80% trở lên.", [
    T("tỷ lệ đảng viên hoàn thành tốt nhiệm vụ", "at_least", "80", "%", annual=True)], 2025)
S(d, "100% xã, thị trấn đạt tiêu chuẩn vững mạnh về quốc phòng - an ninh…", [
    T("tỷ lệ xã, thị trấn đạt tiêu chuẩn vững mạnh về quốc phòng - an ninh", "exactly", "100", "%")], 2025)

# ---------------- 12 phường Đông Sơn (Thanh Hóa) 2025-2030
d = "12-thanhhoa-dong-son-ward-2025"
S(d, "Đại hội đã xác định nhiều chỉ tiêu quan trọng, trong đó: tốc độ tăng tổng giá trị sản phẩm trên địa bàn bình quân hằng năm đạt 11,8%; thu nhập bình quân đầu người đến năm 2030 đạt 95 triệu đồng; 100% đường giao thông được cứng hóa; tỷ lệ trường học đạt chuẩn Quốc gia đạt 100%; tỷ lệ dân số tham gia bảo hiểm y tế đạt 96%; 100% trạm y tế đạt chuẩn quốc gia; tỷ lệ sử dụng dịch vụ công trực tuyến đạt trên 85%; tỷ lệ phủ sóng 5G đạt 100%.", [
    T("tốc độ tăng tổng giá trị sản phẩm trên địa bàn", "exactly", "11.8", "%/năm", annual=True),
    T("thu nhập bình quân đầu người", "exactly", "95", "triệu đồng", 2030),
    T("tỷ lệ đường giao thông được cứng hóa", "exactly", "100", "%"),
    T("tỷ lệ trường học đạt chuẩn quốc gia", "exactly", "100", "%"),
    T("tỷ lệ dân số tham gia bảo hiểm y tế", "exactly", "96", "%"),
    T("tỷ lệ trạm y tế đạt chuẩn quốc gia", "exactly", "100", "%"),
    T("tỷ lệ sử dụng dịch vụ công trực tuyến", "at_least", "85", "%"),
    T("tỷ lệ phủ sóng 5G", "exactly", "100", "%")], 2030)
S(d, "Trong nhiệm kỳ sẽ thành lập mới 750 doanh nghiệp, kết nạp 600 đảng viên, hoàn thành 100% chỉ tiêu giao quân.", [
    T("số doanh nghiệp được thành lập mới", "exactly", "750", "doanh nghiệp"),
    T("số đảng viên được kết nạp", "exactly", "600", "đảng viên"),
    T("tỷ lệ hoàn thành chỉ tiêu giao quân", "exactly", "100", "%")], 2030)
S(d, "Xây dựng Đảng và hệ thống chính trị trong sạch, vững mạnh; nâng cao năng lực lãnh đạo, hiệu lực, hiệu quả quản lý, điều hành của chính quyền; đẩy mạnh cải cách hành chính, chuyển đổi số; phát triển kinh tế - xã hội nhanh, bền vững theo hướng đô thị - dịch vụ - công nghiệp - nông nghiệp sinh thái; phấn đấu đến năm 2030 xây dựng Đông Sơn đạt tiêu chí đô thị văn minh.", [
    Q("Đông Sơn đạt tiêu chí đô thị văn minh", 2030)], 2030)

# ---------------- 13 Tam Kỳ 2025-2030
d = "13-tam-ky-ward-2025"
S(d, "Đáng chú ý là mục tiêu tăng tổng thu ngân sách nhà nước bình quân hằng năm 8-9% và tăng tổng giá trị sản phẩm trên địa bàn bình quân tối thiểu 12%.", [
    T("mức tăng tổng thu ngân sách nhà nước", "range", "8", "%/năm", value_max="9", annual=True),
    T("mức tăng tổng giá trị sản phẩm trên địa bàn", "at_least", "12", "%/năm", annual=True)], 2030)
S(d, "Về văn hóa - xã hội, phường đặt mục tiêu thu nhập bình quân đầu người tăng hơn 8%/năm; tỷ lệ hộ nghèo theo chuẩn đa chiều dưới 0,2% vào năm 2030...", [
    T("mức tăng thu nhập bình quân đầu người", "at_least", "8", "%/năm", annual=True),
    T("tỷ lệ hộ nghèo theo chuẩn đa chiều", "at_most", "0.2", "%", 2030)], 2030)

# ---------------- 14 Đức Xuân 2025-2030
d = "14-duc-xuan-ward-2025"
S(d, "Nhiệm kỳ 2025-2030, Đảng bộ phường Đức Xuân tập trung xây dựng hệ thống chính trị trong sạch, vững mạnh; phấn đấu tốc độ tăng thu ngân sách nhà nước bình quân từ 10%/năm; thu nhập bình quân đạt 100 triệu đồng/người/năm vào năm 2030; thành lập mới 5 hợp tác xã và phát triển ít nhất 5 sản phẩm OCOP từ 3 sao trở lên; cơ bản không còn hộ nghèo theo chuẩn nghèo đa chiều; duy trì 100% trường học đạt chuẩn quốc gia mức độ I...", [
    T("tốc độ tăng thu ngân sách nhà nước", "at_least", "10", "%/năm", 2030, annual=True),
    T("thu nhập bình quân", "exactly", "100", "triệu đồng/người/năm", 2030),
    T("số hợp tác xã được thành lập mới", "exactly", "5", "hợp tác xã", 2030),
    T("số sản phẩm OCOP từ 3 sao trở lên được phát triển", "at_least", "5", "sản phẩm", 2030),
    T("số hộ nghèo theo chuẩn nghèo đa chiều", "exactly", "0", "hộ", 2030),
    T("tỷ lệ trường học đạt chuẩn quốc gia mức độ I", "exactly", "100", "%", 2030)], 2030)

# ---------------- 15 Vĩnh Lộc 2025-2030
d = "15-vinh-loc-commune-2025"
S(d, "Phấn đấu đến năm 2030 xã Vĩnh Lộc đạt xã nông thôn mới nâng cao.", [
    Q("xã Vĩnh Lộc đạt xã nông thôn mới nâng cao", 2030)], 2030)
S(d, "Nghị quyết đề ra 25 chỉ tiêu trên các lĩnh vực trong đó phấn đấu tốc độ tăng tổng giá trị sản phẩm trên địa bàn bình quân hàng năm 8%; thu nhập bình quân đầu người đến năm 2030 đạt 86,4 triệu đồng; tỷ lệ hộ nghèo giảm bình quân 1,41%/ năm.", [
    T("tốc độ tăng tổng giá trị sản phẩm trên địa bàn", "exactly", "8", "%/năm", annual=True),
    T("thu nhập bình quân đầu người", "exactly", "86.4", "triệu đồng", 2030),
    T("mức giảm tỷ lệ hộ nghèo", "decrease", "1.41", "%/năm", annual=True)], 2030)
S(d, "Hàng năm kết nạp mới từ 25 đảng viên trở lên.", [
    T("số đảng viên được kết nạp mới", "at_least", "25", "đảng viên", annual=True)], 2030)

# ---------------- 16 Thiệu Hóa 2026
d = "16-thieu-hoa-commune-2026"
S(d, "Trong đó, xã phấn đấu tốc độ tăng tổng giá trị sản phẩm trên địa bàn đạt 12% trở lên; thu nhập bình quân đầu người mỗi năm đạt 80 triệu đồng; tỉ lệ tăng thu ngân sách bình quân hằng năm đạt 10% trở lên; giá trị sản phẩm thu hoạch trên 1ha đất trồng trọt và nuôi trồng thủy sản đạt 170 triệu đồng/ha/năm...", [
    T("tốc độ tăng tổng giá trị sản phẩm trên địa bàn", "at_least", "12", "%"),
    T("thu nhập bình quân đầu người", "exactly", "80", "triệu đồng", annual=True),
    T("tỷ lệ tăng thu ngân sách", "at_least", "10", "%/năm", annual=True),
    T("giá trị sản phẩm thu hoạch trên 1ha đất trồng trọt và nuôi trồng thủy sản", "exactly", "170", "triệu đồng/ha/năm")], 2026)
S(d, "Năm 2026 là năm đầu triển khai Nghị quyết Đại hội Đảng bộ xã lần thứ I, nhiệm kỳ 2025-2030 và kế hoạch phát triển kinh tế - xã hội 5 năm, xã Thiệu Hóa đề ra 23 chỉ tiêu cụ thể trên các lĩnh vực.", [], 2026)

# ---------------- 17 Quảng Bình 6 tháng cuối năm 2025
d = "17-quang-binh-commune-2025"
S(d, "Kỳ họp đã quyết nghị thông qua Quy chế hoạt động của Hội đồng Nhân dân xã khóa XXI, nhiệm kỳ 2021 - 2026; Nghị quyết về Chương trình giám sát của HĐND, Thường trực HĐND xã 6 tháng cuối năm 2025; Nghị quyết về tiếp tục thực hiện nhiệm vụ phát triển kinh tế - xã hội, quốc phòng, an ninh 6 tháng cuối năm 2025 với 20 chỉ tiêu chủ yếu là: Thu nhập bình quân đầu người đạt 72 triệu; tổng sản lượng lương thực đạt và vượt 10.012 tấn, giá trị sản phẩm trên một ha đất trồng trọt và nuôi trồng thủy sản đạt 169 triệu đồng, sản lượng nuôi trồng, khai thác thủy hải sản đạt 907 tấn; Tỷ lệ trường chuẩn Quốc gia đạt 100%, giải quyết việc làm mới cho 566 lao động, tỷ lệ lao động qua đào tạo đạt 81%, 100% khu dân cư đạt văn hóa, tỷ lệ gia đình văn hóa đạt 85% trở lên; An ninh chính trị trật tự an toàn xã hội đươc giữ vững...", [
    T("thu nhập bình quân đầu người", "exactly", "72", "triệu đồng", 2025),
    T("tổng sản lượng lương thực", "at_least", "10012", "tấn", 2025),
    T("giá trị sản phẩm trên một ha đất trồng trọt và nuôi trồng thủy sản", "exactly", "169", "triệu đồng", 2025),
    T("sản lượng nuôi trồng, khai thác thủy hải sản", "exactly", "907", "tấn", 2025),
    T("tỷ lệ trường chuẩn quốc gia", "exactly", "100", "%", 2025),
    T("số lao động được giải quyết việc làm mới", "exactly", "566", "lao động", 2025),
    T("tỷ lệ lao động qua đào tạo", "exactly", "81", "%", 2025),
    T("tỷ lệ khu dân cư đạt văn hóa", "exactly", "100", "%", 2025),
    T("tỷ lệ gia đình văn hóa", "at_least", "85", "%", 2025),
    Q("an ninh chính trị, trật tự an toàn xã hội được giữ vững", 2025)], 2025)

# ---------------- 18 Vọng Đông 2020-2025
d = "18-vong-dong-commune"
S(d, "Nhiệm kỳ 2020-2025, Đảng bộ xã Vọng Đông đề ra các chỉ tiêu, như: thu nhập bình quân đầu người đến năm 2025 đạt 108 triệu đồng/người/năm; giá trị sản xuất nông nghiệp đến năm 2025 đạt 230 triệu đồng/ha/năm; xây dựng 3/4 trường học đạt chuẩn quốc gia; phát triển mới 20 cơ sở tiểu thủ công nghiệp dịch vụ; tỷ lệ hộ nghèo duy trì giảm ở mức dưới 2% và đạt chuẩn nông thôn mới nâng cao vào năm 2022...", [
    T("thu nhập bình quân đầu người", "exactly", "108", "triệu đồng/người/năm", 2025),
    T("giá trị sản xuất nông nghiệp", "exactly", "230", "triệu đồng/ha/năm", 2025),
    T("số trường học đạt chuẩn quốc gia được xây dựng", "exactly", "3", "trường", 2025),
    T("số cơ sở tiểu thủ công nghiệp dịch vụ được phát triển mới", "exactly", "20", "cơ sở", 2025),
    T("tỷ lệ hộ nghèo", "at_most", "2", "%", 2025),
    Q("xã đạt chuẩn nông thôn mới nâng cao", 2022)], 2025)

# ---------------- 19 Phú Bình 2020-2025
d = "19-phu-binh-commune"
S(d, "Cụ thể, bình quân thu nhập đầu người đến năm 2025 đạt 70 triệu đồng/người/năm; chuyển đổi cơ cấu cây trồng đạt 20% trên tổng diện tích; giữ vững danh hiệu xã nông thôn mới và đạt xã nông thôn mới nâng cao vào cuối năm 2020; tỷ lệ tham gia bảo hiểm y tế toàn dân đạt 100%.", [
    T("bình quân thu nhập đầu người", "exactly", "70", "triệu đồng/người/năm", 2025),
    T("tỷ lệ chuyển đổi cơ cấu cây trồng trên tổng diện tích", "exactly", "20", "%", 2025),
    Q("danh hiệu xã nông thôn mới và đạt xã nông thôn mới nâng cao", 2020),
    T("tỷ lệ tham gia bảo hiểm y tế toàn dân", "exactly", "100", "%", 2025)], 2025)
S(d, "Đồng thời, phấn đấu xây dựng tổ chức mặt trận và các đoàn thể vững mạnh đạt 100%; tất cả Chi bộ trực thuộc đều hoàn thành tốt nhiệm vụ và đạt trong sạch vững mạnh.", [
    T("tỷ lệ xây dựng tổ chức mặt trận và các đoàn thể vững mạnh", "exactly", "100", "%"),
    T("tỷ lệ chi bộ trực thuộc hoàn thành tốt nhiệm vụ và đạt trong sạch vững mạnh", "exactly", "100", "%")], 2025)

# ---------------- 20 Phú Phúc 2020-2025
d = "20-phu-phuc-commune"
S(d, "Theo đó, đến năm 2025 đạt thu nhập bình quân đầu người khoảng 82,6 triệu đồng/ người, không còn hộ nghèo đã trừ đối tượng bảo trợ xã hội và đạt xã NTM kiểu mẫu.", [
    T("thu nhập bình quân đầu người", "exactly", "82.6", "triệu đồng/người", 2025),
    T("số hộ nghèo (đã trừ đối tượng bảo trợ xã hội)", "exactly", "0", "hộ", 2025),
    Q("xã đạt nông thôn mới kiểu mẫu", 2025)], 2025)
S(d, "Nhiệm kỳ 2020-2025, Đảng bộ xã Phú Phúc đề ra 3 khâu đột phá và 15 chỉ tiêu trong công tác xây dựng đảng và phát triển kinh tế xã hội, quốc phòng an ninh.", [], 2025)

# ---------------- 21 Đăk Ngọk CCHC 2023
d = "21-dak-ngok-commune-cchc-2023"
S(d, "100% chỉ tiêu đào tạo, bồi dưỡng cán bộ, công chức, viên chức hoàn thành đúng tiến độ theo Kế hoạch của Phòng Nội vụ.", [
    T("tỷ lệ chỉ tiêu đào tạo, bồi dưỡng cán bộ, công chức, viên chức hoàn thành đúng tiến độ", "exactly", "100", "%")], 2023)
S(d, "100% tổ chức hành chính của xã thực hiện đúng việc bố trí công chức theo vị trí việc làm và tiêu chuẩn ngạch công chức tương ứng với bản mô tả công việc, khung năng lực của từng vị trí việc làm.", [
    T("tỷ lệ tổ chức hành chính của xã bố trí công chức đúng vị trí việc làm và tiêu chuẩn ngạch", "exactly", "100", "%")], 2023)
S(d, "100% đơn vị sự nghiệp công lập thực hiện đúng việc bố trí viên chức theo vị trí việc làm và tiêu chuẩn chức danh nghề nghiệp tương ứng với từng vị trí việc làm.", [
    T("tỷ lệ đơn vị sự nghiệp công lập bố trí viên chức đúng vị trí việc làm", "exactly", "100", "%")], 2023)
S(d, "60% hồ sơ công việc tại cấp xã (không bao gồm hồ sơ xử lý công việc có nội dung mật) được xử lý trên môi trường mạng.", [
    T("tỷ lệ hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng", "exactly", "60", "%")], 2023)

# ---------------- 25 Tân Hòa 2026
d = "25-tan-hoa-ward-2026"
S(d, "Năm 2026, phường Tân Hòa phấn đấu thực hiện các chỉ tiêu: Tổng thu ngân sách Nhà nước đạt 40,6 tỷ đồng; tỷ lệ giải ngân vốn đầu tư công phấn đấu đạt 100% kế hoạch giao; thu nhập bình quân đầu người đạt 78 triệu đồng/người/năm; tỷ lệ hộ nghèo giảm còn 0,8%; tỷ lệ gia đình văn hóa đạt 95%; tỷ lệ người tham gia BHYT đạt trên 95%...", [
    T("tổng thu ngân sách nhà nước", "exactly", "40.6", "tỷ đồng", 2026),
    T("tỷ lệ giải ngân vốn đầu tư công", "exactly", "100", "%", 2026),
    T("thu nhập bình quân đầu người", "exactly", "78", "triệu đồng/người/năm", 2026),
    T("tỷ lệ hộ nghèo", "at_most", "0.8", "%", 2026),
    T("tỷ lệ gia đình văn hóa", "exactly", "95", "%", 2026),
    T("tỷ lệ người tham gia BHYT", "at_least", "95", "%", 2026)], 2026)

# ---------------- 26 Vinh Thái 2017
d = "26-vinh-thai-commune-2017"
S(d, "Theo đó, xã Vinh Thái phấn đấu giảm thiểu ở mức thấp nhất các loại thương tích xảy ra ở trẻ em, hộ gia đình và trường học, phấn đấu đến cuối năm 2017 có trên 80% các yếu tố nguy cơ gây tai nạn thương tích tại xã được can thiệp, 100% trường học đạt tiêu chí trường học an toàn, trên 60% hộ gia đình đạt tiêu chí gia đình an toàn, giảm 10% các trường hợp bị tai nạn thương tích so với cùng kỳ và hạn chế thấp nhất tình trạng tử vong do tai nạn thương tích ở địa phương.", [
    T("tỷ lệ các yếu tố nguy cơ gây tai nạn thương tích tại xã được can thiệp", "at_least", "80", "%", 2017),
    T("tỷ lệ trường học đạt tiêu chí trường học an toàn", "exactly", "100", "%", 2017),
    T("tỷ lệ hộ gia đình đạt tiêu chí gia đình an toàn", "at_least", "60", "%", 2017),
    T("mức giảm các trường hợp bị tai nạn thương tích", "decrease", "10", "%", 2017, baseline=B(None, None, "percent_over")),
    Q("tình trạng tử vong do tai nạn thương tích", 2017)], 2017)
S(d, "Tại lễ phát động, các ngành, đoàn thể và đơn vị trường học trên địa bàn xã đã cùng nhau cam kết xây dựng xã đạt tiêu chí cộng đồng an toàn vào cuối năm 2017.", [
    Q("xã đạt tiêu chí cộng đồng an toàn", 2017)], 2017)

# ---------------- 27 Phú Đô 2020-2025
d = "27-phu-do-commune"
S(d, "Với mục tiêu tăng cường sự lãnh đạo toàn diện, hiệu quả trên các lĩnh vực, phát huy tối đa tiềm năng của địa phương, trong nhiệm kỳ 2020 -2025, Đảng bộ xã Phú Đô tiếp tục phấn đấu nâng cao chất lượng các tiêu chí xây dựng nông thôn mới, xây dựng được 2 đến 3 xóm đạt chuẩn Nông thôn mới kiểu mẫu; giá trị sản xuất trên một đơn vị diện tích đất trồng trọt đạt 100 triệu đồng/ha; thu nhập bình quân đầu người đến năm 2025 đạt 36 triệu đồng;", [
    T("số xóm đạt chuẩn nông thôn mới kiểu mẫu", "range", "2", "xóm", 2025, value_max="3"),
    T("giá trị sản xuất trên một đơn vị diện tích đất trồng trọt", "exactly", "100", "triệu đồng/ha", 2025),
    T("thu nhập bình quân đầu người", "exactly", "36", "triệu đồng", 2025)], 2025)

# ---------------- 28 Bình Xa 2020-2025
d = "28-binh-xa-commune"
S(d, "Nhiệm kỳ 2020 - 2025 Đảng bộ xã đề ra 4 nhiệm vụ trọng tâm: xây dựng Bình Xa trở thành xã nông thôn mới kiểu mẫu vào năm 2025; phát triển nông nghiệp theo hướng sản xuất hàng hóa, tập trung một số sản phẩm chủ lực, có lợi thế; đẩy mạnh phát triển thương mại, dịch vụ; phấn đấu đến năm 2025 thu nhập bình quân đầu người đạt 60 triệu đồng/người/năm; xã không còn hộ nghèo.", [
    Q("Bình Xa trở thành xã nông thôn mới kiểu mẫu", 2025),
    T("thu nhập bình quân đầu người", "exactly", "60", "triệu đồng/người/năm", 2025),
    T("số hộ nghèo", "exactly", "0", "hộ", 2025)], 2025)

# ---------------- additions to earlier documents
S("01-pleiku-hoi-phu", "Duy trì cơ cấu kinh tế: Thương mại -Dịch vụ - Công nghiệp - Xây dựng – Nông nghiệp.", [
    Q("cơ cấu kinh tế thương mại - dịch vụ - công nghiệp - xây dựng - nông nghiệp")], 2025)
S("03-bimson-ba-dinh", "Tỷ lệ gia đình đạt chuẩn gia đình văn hoá: 95% tăng 5% so với năm 2015;", [
    T("tỷ lệ gia đình đạt chuẩn gia đình văn hóa", "exactly", "95", "%", baseline=B(2015, "5", "percent_over"))], 2020)
S("22-dinh-hung-commune-cchc-2025", "Nâng cao hiệu quả cung cấp, sử dụng dịch vụ công; sắp xếp tổ chức bộ máy cơ quan nhà nước; cải thiện mạnh mẽ môi trường đầu tư kinh doanh; hiện đại hoá phương thức quản lý, điều hành, góp phần duy trì, cải thiện, nâng cao thứ hạng Chỉ số cải cách hành chính (PAR INDEX), Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS), Chỉ số năng lực cạnh tranh (DDCI) của xã năm 2025.", [
    Q("thứ hạng Chỉ số cải cách hành chính (PAR INDEX), Chỉ số hài lòng (SIPAS), Chỉ số năng lực cạnh tranh (DDCI) của xã", 2025)], 2025)
S("23-long-phung-commune-cchc-2025", "Góp phần cải thiện và nâng cao chỉ số cải cách hành chính của xã.", [
    Q("cải thiện và nâng cao chỉ số cải cách hành chính của xã")], 2025)
S("24-hung-thinh-commune-cchc-2025", "Cải thiện toàn diện các chỉ số đánh giá cải cách hành chính, nhất là Chỉ số PAR INDEX, PAPI, SIPAS, PCI góp phần nâng cao hiệu lực, hiệu quả quản lý nhà nước, nâng cao mức độ hài lòng và niềm tin của người dân, tổ chức, doanh nghiệp đối với chính quyền cấp xã sau sáp nhập.", [
    Q("các chỉ số đánh giá cải cách hành chính (PAR INDEX, PAPI, SIPAS, PCI)")], 2025)

# ---------------- 29 Nông Cống (huyện; plan year not in excerpt)
d = "29-nong-cong-district-plan"
S(d, "Tốc độ tăng trƣởng kinh tế: 10,8% trở lên.", [
    T("tốc độ tăng trưởng kinh tế", "at_least", "10.8", "%")])
S(d, "Trong đó Nông lâm thủy sản tăng 3,4%; công nghiệp – xây dựng tăng 13,7%; dịch vụ tăng 14,8%.", [
    T("mức tăng nông lâm thủy sản", "increase", "3.4", "%"),
    T("mức tăng công nghiệp - xây dựng", "increase", "13.7", "%"),
    T("mức tăng dịch vụ", "increase", "14.8", "%")])
S(d, "Cơ cấu các ngành kinh tế: nông, lâm, thủy sản 33,5%; công nghiệp – xây dựng 28,2%; dịch vụ 38,3%.", [
    T("tỷ trọng nông, lâm, thủy sản trong cơ cấu kinh tế", "exactly", "33.5", "%"),
    T("tỷ trọng công nghiệp - xây dựng trong cơ cấu kinh tế", "exactly", "28.2", "%"),
    T("tỷ trọng dịch vụ trong cơ cấu kinh tế", "exactly", "38.3", "%")])
S(d, "Tổng sản lƣợng lƣơng thực có hạt đạt 127.000 tấn trở lên.", [
    T("tổng sản lượng lương thực có hạt", "at_least", "127000", "tấn")])
S(d, "Lƣơng thực bình quân đầu ngƣời 700kg/ năm trở lên.", [
    T("lương thực bình quân đầu người", "at_least", "700", "kg/năm")])
S(d, "GDP bình quân đầu ngƣời 18,9 triệu đồng/năm.", [
    T("GDP bình quân đầu người", "exactly", "18.9", "triệu đồng/năm")])
S(d, "Tổng vốn đầu tƣ toàn xã hội 1.530 tỷ đồng.", [
    T("tổng vốn đầu tư toàn xã hội", "exactly", "1530", "tỷ đồng")])
S(d, "Giá trị hàng hóa xuất khẩu ủy thác đạt 2 triệu USD.", [
    T("giá trị hàng hóa xuất khẩu ủy thác", "exactly", "2", "triệu USD")])
S(d, "Cơ bản hoàn thành xây dựng nông thôn mới tại 3 xã Hoàng Giang, Tế Lợi, Minh Thọ và tiếp tục chỉ đạo xây dựng nông thôn mới tại 2 xã giai đoạn 1 (2011-2015) và các xã còn lại tăng từ 2 đến 3 tiêu chí.", [
    T("số xã cơ bản hoàn thành xây dựng nông thôn mới", "exactly", "3", "xã"),
    T("số tiêu chí nông thôn mới tăng thêm ở các xã còn lại", "range", "2", "tiêu chí", value_max="3")])
S(d, "Xây dựng 6 trƣờng đạt chuẩn quốc gia.", [
    T("số trường đạt chuẩn quốc gia được xây dựng", "exactly", "6", "trường")])
S(d, "Xây dựng 3 xã đạt bộ tiêu chí quốc gia về y tế giai đoạn 2011- 2020.", [
    T("số xã đạt bộ tiêu chí quốc gia về y tế được xây dựng", "exactly", "3", "xã", 2020)])
S(d, "Tỷ lệ hộ nghèo giảm 3% trở lên (còn 7%)", [
    T("mức giảm tỷ lệ hộ nghèo", "at_least", "3", "%"),
    T("tỷ lệ hộ nghèo", "at_most", "7", "%")])
S(d, "Khai trƣơng xây dựng 15 làng, đơn vị và 1 xã văn hóa.", [
    T("số làng, đơn vị được khai trương xây dựng", "exactly", "15", "làng, đơn vị"),
    T("số xã văn hóa", "exactly", "1", "xã")])
S(d, "Tỷ lệ tăng dân số tự nhiên dƣới 0,75%.", [
    T("tỷ lệ tăng dân số tự nhiên", "at_most", "0.75", "%")])
S(d, "Tỷ lệ trẻ em dƣới 5 tuổi suy dinh dƣỡng giảm từ 1- 2% (còn dƣới 16%)", [
    T("mức giảm tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng", "range", "1", "%", value_max="2"),
    T("tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng", "at_most", "16", "%")])
S(d, "Giải quyết việc làm cho 3.000 lao động, trong đó xuất khẩu lao động 300 ngƣời trở lên.", [
    T("số lao động được giải quyết việc làm", "exactly", "3000", "lao động"),
    T("số người được xuất khẩu lao động", "at_least", "300", "người")])
S(d, "Số hộ dùng nƣớc hợp vệ sinh tăng từ 3% trở lên (để đạt 84% trở lên)", [
    T("mức tăng số hộ dùng nước hợp vệ sinh", "at_least", "3", "%"),
    T("tỷ lệ hộ dùng nước hợp vệ sinh", "at_least", "84", "%")])
S(d, "Hộ có nhà tiêu hợp vệ sinh tăng từ 4-5% (để đạt 60% trở lên)", [
    T("mức tăng hộ có nhà tiêu hợp vệ sinh", "range", "4", "%", value_max="5"),
    T("tỷ lệ hộ có nhà tiêu hợp vệ sinh", "at_least", "60", "%")])

# ---------------- 30 Sa Thầy 2021
d = "30-sa-thay-district-2021"
S(d, "Trong đó, tốc độ tăng trưởng kinh tế đạt 14%; thu nhập bình quân đầu người đạt hơn 43 triệu đồng.", [
    T("tốc độ tăng trưởng kinh tế", "exactly", "14", "%"),
    T("thu nhập bình quân đầu người", "at_least", "43", "triệu đồng")], 2021)
S(d, "Thu ngân sách nhà nước trên địa bàn gần 130 tỷ đồng.", [
    T("thu ngân sách nhà nước trên địa bàn", "exactly", "130", "tỷ đồng")], 2021)
S(d, "Huyện phấn đấu trồng mới 500 ha rừng, nâng tỷ lệ che phủ rừng đạt hơn 62%; thành lập từ 4 hợp tác xã chăn nuôi bò sữa công nghệ cao trở lên; phấn đấu đến cuối năm có 1 xã đạt chuẩn nông thôn mới; trên 550 lao động được giải quyết việc làm và đào tạo nghề; giảm gần 4% hộ nghèo; tỷ lệ dân cư nông thôn sử dụng nước hợp vệ sinh đạt 93% và 100% chất thải rắn ở đô thị được thu gom.", [
    T("diện tích rừng được trồng mới", "exactly", "500", "ha"),
    T("tỷ lệ che phủ rừng", "at_least", "62", "%"),
    T("số hợp tác xã chăn nuôi bò sữa công nghệ cao được thành lập", "at_least", "4", "hợp tác xã"),
    T("số xã đạt chuẩn nông thôn mới", "exactly", "1", "xã"),
    T("số lao động được giải quyết việc làm và đào tạo nghề", "at_least", "550", "lao động"),
    T("mức giảm hộ nghèo", "decrease", "4", "%"),
    T("tỷ lệ dân cư nông thôn sử dụng nước hợp vệ sinh", "exactly", "93", "%"),
    T("tỷ lệ chất thải rắn ở đô thị được thu gom", "exactly", "100", "%")], 2021)

# ---------------- 31 Pleiku city 2021
d = "31-pleiku-city-2021"
S(d, "Theo đó năm 2021, thành phố Pleiku phấn đấu tốc độ tăng giá trị sản xuất đạt 10,09%; thu nhập bình quân đầu người đạt 95 triệu đồngtổng vốn đầu tư phát triển toàn xã hội đạt 9.150 tỷ đồngtổng thu ngân sách Nhà nước theo phân cấp gần 1.618 tỷ đồng trở lên.", [
    T("tốc độ tăng giá trị sản xuất", "exactly", "10.09", "%", 2021),
    T("thu nhập bình quân đầu người", "exactly", "95", "triệu đồng", 2021),
    T("tổng vốn đầu tư phát triển toàn xã hội", "exactly", "9150", "tỷ đồng", 2021),
    T("tổng thu ngân sách nhà nước theo phân cấp", "at_least", "1618", "tỷ đồng", 2021)], 2021)
S(d, "Tỷ lệ hộ nghèo theo tiêu chí mới giảm xuống dưới 2,97%.", [
    T("tỷ lệ hộ nghèo theo tiêu chí mới", "at_most", "2.97", "%")], 2021)
S(d, "Tỷ lệ khu dân cư văn hóa đạt 95%, giao quân, xây dựng lực lượng, huấn luyện, diễn tập, giáo dục   quốc phòng đạt 100 % kế hoạch.", [
    T("tỷ lệ khu dân cư văn hóa", "exactly", "95", "%"),
    T("tỷ lệ hoàn thành kế hoạch giao quân, xây dựng lực lượng, huấn luyện, diễn tập, giáo dục quốc phòng", "exactly", "100", "%")], 2021)

# ---------------- 32 Cầu Ngang 2011-2015
d = "32-cau-ngang-district-2011"
S(d, "GDP mức độ tăng trưởng bình quân trong 5 năm ( 2006 - 2010 ) đạt 12,31%; Tăng 14%/năm thời kỳ 2011 - 2015.", [
    T("mức tăng GDP", "increase", "14", "%/năm", 2015, annual=True)], 2015)
S(d, "Cơ cấu kinh tế: Ðến năm 2015: tăng tỷ trọng ngành công nghiệp – xây dựng từ 14,65% lên 24,14%", [
    T("tỷ trọng ngành công nghiệp - xây dựng", "exactly", "24.14", "%", 2015, baseline=B(None, "14.65", "value"))], 2015)

# ---------------- 33 Khun Há 2025-2030
d = "33-khun-ha-commune-2025"
S(d, "Với phương châm: “Dân chủ - Kỷ cương - Đoàn kết - Sáng tạo - Phát triển\", nhiệm kỳ 2025-2030, Đảng bộ xã Khun Há đề ra 12 chỉ tiêu cụ thể: Tốc độ tăng tổng thu ngân sách Nhà nước trên địa bàn bình quân hằng năm đạt 10%; thu nhập bình quân đầu người trên địa bàn đến năm 2030 so với năm 2025 tăng 31,6%; duy trì xã đạt tiêu chí quốc gia về y tế; tỷ lệ dân số tham gia bảo hiểm y tế đạt 99,2%; tỷ lệ hộ nghèo giảm bình quân mỗi năm 2,1% (theo chuẩn nghèo đa chiều giai đoạn 2021 - 2025), trung bình mỗi năm giải quyết việc làm cho trên 250 lao động…", [
    T("tốc độ tăng tổng thu ngân sách nhà nước trên địa bàn", "exactly", "10", "%/năm", 2030, annual=True),
    T("mức tăng thu nhập bình quân đầu người trên địa bàn", "increase", "31.6", "%", 2030, baseline=B(2025, None, "percent_over")),
    Q("xã đạt tiêu chí quốc gia về y tế", 2030),
    T("tỷ lệ dân số tham gia bảo hiểm y tế", "exactly", "99.2", "%", 2030),
    T("mức giảm tỷ lệ hộ nghèo", "decrease", "2.1", "%/năm", 2030, annual=True),
    T("số lao động được giải quyết việc làm", "at_least", "250", "lao động", 2030, annual=True)], 2030)

# ---------------- 34 district poverty (2016 / 2020)
d = "34-district-poverty-2016"
S(d, "Giá trị sản xuất công nghiệp, xây dựng tăng 18%; Giá trị sản xuất ngành nông, lâm nghiệp, thuỷ sản tăng 5%.", [
    T("mức tăng giá trị sản xuất công nghiệp, xây dựng", "increase", "18", "%"),
    T("mức tăng giá trị sản xuất ngành nông, lâm nghiệp, thủy sản", "increase", "5", "%")], 2016)
S(d, "Tổng mức bán lẻ hàng hoá và doanh thu dịch vụ tiêu dùng xã hội tăng 15% so với năm 2014.", [
    T("mức tăng tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng xã hội", "increase", "15", "%", baseline=B(2014, None, "percent_over"))], 2016)
S(d, "Giảm tỷ lệ hộ nghèo từ 5% trở lên so với năm 2014.", [
    T("mức giảm tỷ lệ hộ nghèo", "at_least", "5", "%", baseline=B(2014, None, "percent_over"))], 2016)
S(d, "Giảm tỷ lệ trẻ em suy dinh dƣỡng xuống dƣới 18%.", [
    T("tỷ lệ trẻ em suy dinh dưỡng", "at_most", "18", "%")], 2016)
S(d, "Ổn định tỷ lệ che phủ rừng: 67%.", [
    T("tỷ lệ che phủ rừng", "exactly", "67", "%")], 2016)
S(d, "Mỗi năm giải quyết việc làm cho ít nhất 1.000 lao động; tỉ lệ lao động qua đào tạo đạt 35%.", [
    T("số lao động được giải quyết việc làm", "at_least", "1000", "lao động", annual=True),
    T("tỷ lệ lao động qua đào tạo", "exactly", "35", "%")], 2016)
S(d, "Đảm bảo cho 100% dân cƣ đô thị và 95% dân cƣ nông thôn đƣợc sử nƣớc hợp vệ sinh.", [
    T("tỷ lệ dân cư đô thị được sử dụng nước hợp vệ sinh", "exactly", "100", "%"),
    T("tỷ lệ dân cư nông thôn được sử dụng nước hợp vệ sinh", "exactly", "95", "%")], 2016)
S(d, "Bình quân lƣơng thực trên đầu ngƣời là 820kg/ngƣời/ năm.", [
    T("bình quân lương thực trên đầu người", "exactly", "820", "kg/người/năm")], 2016)
S(d, "Phấn đấu năm 2016 toàn huyện có 02 xã đạt chuẩn nông thôn mới, các xã còn lại đạt từ 10 tiêu chí trở lên", [
    T("số xã đạt chuẩn nông thôn mới", "exactly", "2", "xã", 2016),
    T("số tiêu chí của các xã còn lại", "at_least", "10", "tiêu chí", 2016)], 2016)
S(d, "Giữ vững tốc độ tăng trƣởng kinh tế hằng năm từ 13% trở lên.", [
    T("tốc độ tăng trưởng kinh tế", "at_least", "13", "%/năm", annual=True)], 2020)

# ---------------- 35 Thanh Quân 2026
S("35-thanh-quan-commune-2026", "Bước sang năm 2026, xã đề ra 22 chỉ tiêu; trong đó phấn đấu tăng trưởng tổng giá trị sản phẩm bình quân từ 7,5% trở lên;", [
    T("tăng trưởng tổng giá trị sản phẩm", "at_least", "7.5", "%", 2026)], 2026)

S("30-sa-thay-district-2021", "Trong năm 2021, huyện Sa Thầy phấn đấu hoàn thành 17 chỉ tiêu chủ yếu về phát triển kinh tế, xã hội.", [
    T("số chỉ tiêu chủ yếu về phát triển kinh tế, xã hội được hoàn thành", "exactly", "17", "chỉ tiêu", 2021)], 2021)
S("32-cau-ngang-district-2011", "Tạo sự chuyển biến trong chuyển dịch cơ cấu kinh tế theo hướng Tăng tỷ trọng ngành công nghiệp - xây dựng - dịch vụ, giảm tỷ trọng ngành nông - ngư - lâm nghiệp.", [
    Q("chuyển dịch cơ cấu kinh tế theo hướng tăng tỷ trọng ngành công nghiệp - xây dựng - dịch vụ, giảm tỷ trọng ngành nông - ngư - lâm nghiệp")], 2015)
