# Hand reading of each document's header and structure. Built into ../trees/*.json by build_trees.py.
# item: (number, title, kind, parent_index)
H = lambda symbol=None, issuer=None, date=None, basis=(): {"symbol": symbol, "issuer": issuer, "date": date, "basis": list(basis)}
TREES = {}
def tree(doc, header, items, note=None):
    TREES[doc] = (header, items, note)

tree("01-pleiku-hoi-phu", H(issuer="Phường Hội Phú (Đảng bộ phường; định hướng phát triển đăng trên trang phường)"), [
    ("I", "MỤC TIÊU TỔNG QUÁT VÀ CÁC CHỈ TIÊU CHỦ YẾU GIAI ĐOẠN 2020 - 2025", "part", None),
    ("1", "Mục tiêu tổng quát", "section", 0),
    ("2", "Các chỉ tiêu chủ yếu đến năm 2025", "section", 0)],
    "the numbered targets 1-6 under 2 are targets, not tree items; site menu lines are not part of the plan")
tree("02-pleiku-chi-lang", H(issuer="Phường Chi Lăng (định hướng phát triển đăng trên trang phường)"), [
    (None, "Mục tiêu tổng quát", "section", None),
    (None, "Các chỉ tiêu chủ yếu đến năm 2025", "section", None)],
    "headings are bulleted with '*' and carry no number; targets (1)-(7) are not tree items")
tree("03-bimson-ba-dinh", H(issuer="Phường Ba Đình, thị xã Bỉm Sơn"), [
    ("I", "PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ CHỦ YẾU NHIỆM KỲ 2015- 2020", "part", None),
    ("1", "Kinh tế", "group", 0),
    ("2", "Văn hoá- xã hội", "group", 0)])
tree("04-bimson-dong-son", H(issuer="Phường Đông Sơn, thị xã Bỉm Sơn"), [
    (None, "PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ ĐẾN NĂM 2020", "part", None),
    (None, "Về kinh tế", "group", 0),
    (None, "Về văn hóa – xã hội", "group", 0)],
    "visitor-counter lines at the top are page furniture, not part of the plan")
tree("05-bimson-ngoc-trao", H(issuer="Phường Ngọc Trạo, thị xã Bỉm Sơn"), [
    (None, "PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ ĐẾN NĂM 2020", "part", None),
    (None, "Về Văn hóa - Xã hội", "group", 0)],
    "the economic targets come before any group heading (no 'Về kinh tế' heading is printed)")
tree("06-bimson-quang-trung", H(issuer="Xã Quang Trung, thị xã Bỉm Sơn"), [
    (None, "PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ CHỦ YẾU NHIỆM KỲ 2015- 2020", "part", None),
    ("1", "Về Kinh tế", "group", 0)])
tree("07-kbang-lo-ku", H(issuer="Xã Lơ Ku, huyện Kbang"), [
    (None, "ĐỊNH HƯỚNG PHÁT TRIỂN GIAI ĐOẠN 2021-2025", "part", None),
    ("1", "Mục tiêu tổng quát", "section", 0),
    ("2", "Các chỉ tiêu chủ yếu (giai đoạn 2021-2025)", "section", 0),
    (None, "Về kinh tế", "group", 2)],
    "numbers are printed '1-' and '2-'; the number is given without the dash")
tree("08-kbang-son-lang", H(issuer="Xã Sơn Lang, huyện Kbang"), [
    (None, "Các chỉ tiêu chủ yếu (nhiệm kỳ 2020-2025)", "section", None),
    (None, "Về kinh tế", "group", 0),
    (None, "Về văn hóa – xã hội", "group", 0),
    (None, "Về Quốc phòng - An ninh", "group", 0),
    (None, "Về xây dựng hệ thống chính trị", "group", 0)])
tree("09-dongson-dong-thinh", H(issuer="Xã Đông Thịnh, huyện Đông Sơn"), [
    ("A", "PHƯƠNG HƯỚNG, MỤC TIÊU CHỦ YẾU", "part", None),
    ("I", "PHƯƠNG HƯỚNG CHUNG", "section", 0),
    ("II", "CÁC CHỈ TIÊU CHỦ YẾU", "section", 0)])
tree("10-nhu-xuan-district", H(issuer="Đảng bộ huyện Như Xuân"), [
    (None, "CÁC CHỈ TIÊU CHỦ YẾU TRONG NHIỆM KỲ 2020-2025", "section", None),
    ("I", "Về kinh tế (11 chỉ tiêu)", "group", 0),
    ("II", "Về văn hóa - xã hội (10 chỉ tiêu)", "group", 0)],
    "run-in text: headings and numbered targets sit inside one paragraph")
tree("11-dai-loc-district", H(issuer="Đảng bộ huyện Đại Lộc"), [
    (None, "Một số chỉ tiêu chủ yếu và 3 khâu đột phá (nhiệm kỳ 2020 - 2025)", "section", None),
    (None, "Ba khâu đột phá", "group", 0),
    (None, "Xây dựng kết cấu hạ tầng đồng bộ gắn với phát triển chuỗi đô thị, TT.Ái Nghĩa đạt đô thị loại 4, thu hút đầu tư các cụm công nghiệp dọc QL14B", "key_task", 1),
    (None, "Phát huy tiềm năng và lợi thế, đầu tư phát triển TM-DV và du lịch từng bước trở thành ngành kinh tế mũi nhọn", "key_task", 1),
    (None, "Thực hiện đảm bảo các chính sách an sinh xã hội, lao động việc làm, huy động tối đa các nguồn lực xóa sạch nhà tạm gia đình chính sách và các đối tượng xã hội", "key_task", 1)],
    "run-in paragraph; the three breakthroughs (khâu đột phá) are read as key tasks")
tree("12-thanhhoa-dong-son-ward-2025", H(issuer="Đảng bộ phường Đông Sơn (Nghị quyết Đại hội Đại biểu lần thứ I)"), [],
    "news restatement: no structure printed (the 6 key tasks are only announced)")
tree("13-tam-ky-ward-2025", H(issuer="Đảng bộ phường Tam Kỳ"), [
    ("2", "Huy động mạnh mẽ nguồn lực xã hội để tạo điều kiện phát triển kinh tế theo hướng tăng tỷ trọng ngành thương mại - dịch vụ, nâng cao hiệu quả sản xuất công nghiệp, nông nghiệp đô thị...", "programme", None)],
    "only action programme no. 2 of 4 is quoted")
tree("14-duc-xuan-ward-2025", H(issuer="Đảng bộ phường Đức Xuân"), [])
tree("15-vinh-loc-commune-2025", H(issuer="Đảng bộ xã Vĩnh Lộc (Nghị quyết Đại hội đại biểu lần thứ I)"), [])
tree("16-thieu-hoa-commune-2026", H(issuer="UBND xã Thiệu Hóa"), [])
tree("17-quang-binh-commune-2025", H(issuer="HĐND xã Quảng Bình (khóa XXI)"), [])
tree("18-vong-dong-commune", H(issuer="Đảng bộ xã Vọng Đông"), [])
tree("19-phu-binh-commune", H(issuer="Đảng bộ xã Phú Bình"), [])
tree("20-phu-phuc-commune", H(issuer="Đảng bộ xã Phú Phúc"), [])
tree("21-dak-ngok-commune-cchc-2023", H(issuer="UBND xã Đăk Ngọk", basis=[
    "Kế hoạch số 278/KH-UBND ngày 15/12/2022 của UBND huyện Đăk Hà về việc thực hiện công tác cải cách hành chính nhà nước trên địa bàn huyện Đăk Hà năm 2023"]), [
    ("1", "Mục tiêu", "part", None),
    ("1.1", "Mục tiêu chung", "section", 0),
    ("1.2", "Các chỉ tiêu cụ thể", "section", 0),
    (None, "Văn phòng - Thống kê xã chủ trì tham mưu", "group", 2)],
    "the group line names the lead office for the targets below it")
tree("22-dinh-hung-commune-cchc-2025", H(symbol="01/KH-UBND", issuer="Ủy ban nhân dân xã Định Hưng", date="2025-01-03", basis=[
    "263/KH-UBND ngày 31/12/2024 của Chủ tịch Ủy ban nhân dân huyện Yên Định về Ban hành Kế hoạch cải cách hành chính trên địa bàn huyện Yên Định năm 2025"]), [
    ("I", "MỤC ĐÍCH, YÊU CẦU", "part", None)],
    "the numbered paragraphs 1-3 under I are requirement paragraphs (not headings); the symbol is printed 'Số: 01 /KH-UBND'")
tree("23-long-phung-commune-cchc-2025", H(issuer="Uỷ ban nhân dân xã Long Phụng", date="2025-07-18", basis=[]), [
    ("I", "MỤC ĐÍCH, YÊU CẦU", "part", None),
    ("1", "Mục đích", "section", 0),
    ("2", "Yêu cầu", "section", 0)],
    "the plan was issued with Quyết định số 119/QĐ-UBND ngày 18/7/2025; its own number is not printed in the excerpt, the date is the decision's")
tree("24-hung-thinh-commune-cchc-2025", H(issuer="UBND xã Hưng Thịnh"), [
    ("I", "MỤC TIÊU, YÊU CẦU", "part", None),
    ("1", "Mục tiêu", "section", 0),
    ("2", "Yêu cầu", "section", 0),
    ("II", "NỘI DUNG, MỤC TIÊU, NHIỆM VỤ CỤ THỂ", "part", None),
    ("1", "Cải cách thể chế", "group", 3),
    ("1.1", "Mục tiêu", "section", 4)])
tree("25-tan-hoa-ward-2026", H(issuer="HĐND phường Tân Hòa (khóa X)"), [])
tree("26-vinh-thai-commune-2017", H(issuer="Xã Vinh Thái (các ngành, đoàn thể và trường học trên địa bàn xã)"), [])
tree("27-phu-do-commune", H(issuer="Đảng bộ xã Phú Đô"), [])
tree("28-binh-xa-commune", H(issuer="Đảng bộ xã Bình Xa"), [
    (None, "xây dựng Bình Xa trở thành xã nông thôn mới kiểu mẫu vào năm 2025", "key_task", None),
    (None, "phát triển nông nghiệp theo hướng sản xuất hàng hóa, tập trung một số sản phẩm chủ lực, có lợi thế", "key_task", None),
    (None, "đẩy mạnh phát triển thương mại, dịch vụ", "key_task", None),
    (None, "phấn đấu đến năm 2025 thu nhập bình quân đầu người đạt 60 triệu đồng/người/năm; xã không còn hộ nghèo", "key_task", None)],
    "the 4 key tasks (nhiệm vụ trọng tâm) are run together in one sentence, separated by ';'")
tree("29-nong-cong-district-plan", H(issuer="Huyện Nông Cống (inferred)"), [
    ("3.1.2", "Các chỉ tiêu chủ yếu", "section", None),
    (None, "Về kinh tế", "group", 0),
    (None, "Về xã hội", "group", 0),
    (None, "Về môi trường", "group", 0)],
    "'III. Chi từ nguồn thu để lại quản lý qua' (first line) and the page number '56' are extraction debris, not items")
tree("30-sa-thay-district-2021", H(issuer="Huyện Sa Thầy"), [])
tree("31-pleiku-city-2021", H(issuer="HĐND thành phố Pleiku (Nghị quyết); giao chỉ tiêu: UBND thành phố Pleiku"), [])
tree("32-cau-ngang-district-2011", H(issuer="Huyện Cầu Ngang"), [
    (None, "Mục tiêu, phướng hướng, nhiệm vụ phát triển 5 năm ( 2011 – 2015 )", "section", None)],
    "the first four bullets are directions (phương hướng), the last two are targets")
tree("33-khun-ha-commune-2025", H(issuer="Đảng bộ xã Khun Há"), [])
tree("34-district-poverty-2016", H(issuer="Huyện (name not in the excerpt)"), [
    ("4.1.2", "Mục tiêu giảm nghèo bền vững cho các hộ nông dân huyện", "section", None),
    ("4.1.2.1", "Mục tiêu tổng quát", "section", 0),
    ("4.1.2.2", "Mục tiêu cụ thể", "section", 0),
    (None, "Mục tiêu năm 2016", "group", 2),
    (None, "Mục tiêu đến năm 2020", "group", 2)],
    "the library footer line 'Số hóa bởi Trung tâm Học liệu - ĐHTN ...' is extraction debris; group headings are printed '*. '")
tree("35-thanh-quan-commune-2026", H(issuer="HĐND xã Thanh Quân (khóa XXI)"), [])

# --- held-out (documents H01-H05): read by hand and committed before any reader was run on them ---
tree("H01-phuoc-thang-ward-2025-breakthroughs", H(issuer="Đảng ủy phường Phước Thắng"), [
    (None, "xây dựng đội ngũ cán bộ, đảng viên có bản lĩnh chính trị vững vàng, chuyên môn cao, kỷ luật nghiêm", "key_task", None),
    (None, "đẩy mạnh cải cách hành chính, nâng cao hiệu quả phục vụ nhân dân", "key_task", None)],
    "the two breakthroughs (khâu đột phá) are enumerated in one sentence, the second after '; đồng thời'")
tree("H02-phuoc-thang-ward-2025-congress", H(issuer="Đảng bộ phường Phước Thắng"), [
    (None, "Xây dựng đội ngũ cán bộ, đảng viên có phẩm chất và bản lĩnh chính trị vững vàng, có trình độ năng lực thực tiễn, có ý thức tổ chức kỷ luật cao, kết hợp đẩy mạnh cải cách hành chính đáp ứng yêu cầu nhiệm vụ được giao", "key_task", None),
    (None, "triển khai mô hình, giải pháp phát triển kinh tế theo hướng thương mại, dịch vụ, gắn với chỉnh trang đô thị, đảm bảo vệ sinh môi trường", "key_task", None)],
    "the 2 breakthroughs follow the ward's description in the same paragraph; the land-management paragraph after them is not an item")
tree("H03-tam-thang-ward-2025", H(issuer="Đảng bộ phường Tam Thắng"), [
    (None, "Xây dựng tổ chức đảng và đội ngũ đảng viên vững mạnh", "key_task", None),
    (None, "tập trung phát triển thương mại - dịch vụ", "key_task", None),
    (None, "thúc đẩy mạnh mẽ chuyển đổi số và rà soát các quy hoạch, quỹ đất công trên địa bàn để có giải pháp quản lý, sử dụng hiệu quả", "key_task", None)],
    "the key tasks (nhiệm vụ trọng tâm) are enumerated after 'như:'; the past term's paragraph holds no item")
tree("H04-dan-luc-commune-2021", H(symbol="/KH-UBND", issuer="Ủy ban nhân dân xã Dân Lực", date="2021-02-18", basis=[
    "Kế hoạch số 21/KH-UBND ngày 31/01/2021 của UBND tỉnh Thanh Hóa",
    "Công văn số 197/STTTT ngày 02/2/2021 của Sở Thông tin và Truyền thông",
    "Kế hoạch số 661/KH-UBND ngày 05/02/2021 của UBND Huyện Triệu Sơn về thông tin, tuyên truyền Cuộc bầu cử đại biểu Quốc hội khóa XV và bầu cử đại biểu Hội đồng Nhân dân các cấp, nhiệm kỳ 2021- 2026"]), [
    ("I", "MỤC ĐÍCH - YÊU CẦU", "part", None),
    ("1", "Mục đích", "section", 0)],
    "the '1. Làm cho Nhân dân …' paragraph under '1. Mục đích.' is a purpose paragraph (cut off), not a heading; the symbol has no number")
tree("H05-sao-vang-commune-2025", H(issuer="Đảng bộ xã Sao Vàng"), [],
    "the 5 key tasks are named, not listed: no item")

# --- held-out batch 2 (H06-H09): read by hand and committed before any reader was run on them ---
tree("H06-da-kao-ward-2010", H(issuer="Đảng bộ phường Đa Kao"), [
    ("I", "CÁC CHỈ TIÊU TRỌNG TÂM PHẤN ĐẤU TRONG NHIỆM KỲ TỚI", "part", None)],
    "the first line is the page's title (the document's title); the numbered lines 1-9 under I are targets, not items")
tree("H07-thuy-luong-ward-2019", H(issuer="UBND phường Thủy Lương"), [],
    "the bulleted activities are the plan's content, not tree items; 'gồm:' lists participants")
tree("H08-huong-an-ward-2025", H(issuer="Đảng bộ phường Hương An"), [],
    "programmes and breakthroughs are named with their count, not listed: no item")
tree("H09-phu-tho-ward-2025", H(issuer="Đảng bộ phường Phú Thọ"), [
    (None, "nâng cao năng lực lãnh đạo, sức chiến đấu của tổ chức Đảng", "key_task", None),
    (None, "xây dựng hệ thống chính trị trong sạch, vững mạnh", "key_task", None),
    (None, "phát huy vai trò của MTTQ và các đoàn thể", "key_task", None),
    (None, "huy động tối đa nguồn lực để phát triển kinh tế, xã hội, hướng tới đô thị văn minh, hiện đại, nghĩa tình", "key_task", None)],
    "the key tasks (nhiệm vụ then chốt) are enumerated after 'là' without a colon; the infrastructure projects after 'như' are projects (an appendix's rows), not tree items")

# --- held-out batch 3 (H10-H16): read by hand on 07/12/2026 and committed before any reader was run on them ---
tree("H10-chi-tien-commune-2026", H(issuer="Đảng bộ xã Chí Tiên"), [
    (None, "Lãnh đạo phát triển đảng viên mới", "programme", None),
    (None, "phát triển hạ tầng giao thông - kết nối liên vùng, tạo dư địa phát triển", "programme", None),
    (None, "thúc đẩy chuyển đổi số, xây dựng chính quyền số, nâng cao hiệu quả điều hành", "programme", None)],
    "the 3 thematic resolutions (nghị quyết chuyên đề) that carry out the action programme are listed after 'gồm:'; "
    "'Những quyết sách sớm, trúng trọng tâm' is the newspaper's subheading, not an item")
tree("H11-phu-thuan-ward-2025", H(issuer="Đảng bộ phường Phú Thuận"), [
    (None, "chuyển đổi số và cải cách hành chính", "key_task", None),
    (None, "phát triển đô thị văn minh, hiện đại", "key_task", None),
    (None, "phát triển nguồn nhân lực và xây dựng hệ thống chính trị vững mạnh", "key_task", None),
    (None, "phát triển dịch vụ thương mại", "key_task", None)],
    "the 4 breakthroughs are run into one sentence ('đột phá về A, về B, C và đột phá trong D'); the caption lines are not items")
tree("H12-yen-dinh-commune-2025", H(issuer="Đảng bộ xã Yên Định"), [],
    "5 key tasks and 3 breakthroughs are counted, not listed: no item")
tree("H13-hoang-thai-commune-2020", H(issuer="Đảng bộ xã Hoằng Thái"), [
    ("I", "KHÁI QUÁT TÌNH HÌNH, ĐẶC ĐIỂM CỦA ĐỊA PHƯƠNG KHI THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI", "part", None),
    ("II", "CÔNG TÁC TỔ CHỨC TRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT", "part", None)],
    "the first line is the page's title; the report's two Roman parts are its items")
tree("H14-xuan-duong-commune-2020", H(issuer="Đảng bộ xã Xuân Dương"), [
    (None, "tiếp tục huy động mọi nguồn lực, phát triển nông nghiệp, xây dựng nông thôn mới", "key_task", None)],
    "one key task (nhiệm vụ trọng tâm, singular) after 'là'; the district's paragraphs around it are not the commune's plan")
tree("H15-vinh-quang-commune-2025", H(issuer="Đảng ủy xã Vĩnh Quang"), [],
    "the bulleted lines are the interviewer's questions; the 4 groups of breakthrough tasks are counted and described in prose, not listed")
tree("H16-linh-toai-commune-2025", H(issuer="Đảng bộ xã Lĩnh Toại"), [],
    "targets, programmes and breakthroughs are counted, not listed: no item")
