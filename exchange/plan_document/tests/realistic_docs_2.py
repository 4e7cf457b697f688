"""A second new-user trial: three more ward plans built with python-docx, written blind (before
the reader was run on them), in layouts neither the first trial (``realistic_docs``) nor the
seeds have.

* D — Đảng ủy phường Ngô Quyền, Chương trình hành động 05-CTr/ĐU: the header typed as
  paragraphs with tabs (no table); parts "I- …" and items "1- …" typed by hand with a hyphen, as
  Party documents often are; the targets a list "(1) … (2) …" with ‰ (once typed "%0"),
  "Tr.đồng", "đảng viên", "hội viên", "gấp 1,5 lần so với năm 2025", "bình quân 8%/năm"; three
  "khâu đột phá" and four "nhiệm vụ trọng tâm", each with a "Phân công:" line (lead and
  coordinators in one sentence) and sometimes a "Thời gian …:" line; no appendix.
* E — UBND phường Đông Hải, 27/KH-UBND: the tasks exist only as one Word table in the body
  (no prose tasks), group rows "I" / "Công tác …" typed in the first two cells (not merged),
  periods "Trước 30/6/2026", "Quý IV hằng năm", "Năm 2026 - 2027", "Tháng 11/2030", a lead
  cell with two units ("UBND phường; Công an phường") and catch-alls with commas inside ("Các
  tổ dân phố, khu dân cư", "Các phòng, ban, đơn vị liên quan").
* F — UBND xã Kiến Thụy, 45/KH-UBND: "-------" rules typed under the names in the header
  cells, parts as plain (not bold) upper-case paragraphs, targets as a table (Chỉ tiêu | Đơn vị
  tính | Thực hiện 2025 | Mục tiêu 2030 | Cơ quan chủ trì) and no target sentence, a project
  appendix whose columns come in another order (Địa điểm, Tổng mức đầu tư, Nguồn vốn, Thời gian
  thực hiện, Chủ đầu tư) with a "Cộng" row last.

``EXPECTED`` is each document's hand reading: what a careful clerk of the ward's office wants
the portal to propose, written from the document, not from the reader.
"""

from __future__ import annotations

import docx

from .realistic_docs import _bold, _grid, _header_table, _page_break, _save


def _lines(document, *texts: str) -> None:
    for text in texts:
        document.add_paragraph(text)


# --- D: Đảng ủy phường Ngô Quyền, chương trình hành động typed by hand ------------------------


def doc_d() -> bytes:
    """Đảng ủy phường Ngô Quyền, 05-CTr/ĐU: action programme of the ward's first congress."""
    document = docx.Document()
    _lines(
        document,
        "ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG\t\tĐẢNG CỘNG SẢN VIỆT NAM",
        "ĐẢNG ỦY PHƯỜNG NGÔ QUYỀN",
        "*",
        "Số 05-CTr/ĐU\t\tNgô Quyền, ngày 15 tháng 01 năm 2026",
    )
    _bold(document, "CHƯƠNG TRÌNH HÀNH ĐỘNG")
    _bold(
        document,
        "thực hiện Nghị quyết Đại hội đại biểu Đảng bộ phường Ngô Quyền lần thứ I, nhiệm kỳ 2025 - 2030",
    )
    _lines(
        document,
        "Căn cứ Nghị quyết Đại hội đại biểu Đảng bộ thành phố Hải Phòng lần thứ XVII, nhiệm kỳ 2025 - 2030;",
        "Căn cứ Nghị quyết Đại hội đại biểu Đảng bộ phường Ngô Quyền lần thứ I, nhiệm kỳ 2025 - 2030;",
        "Ban Chấp hành Đảng bộ phường xây dựng Chương trình hành động như sau:",
    )
    _bold(document, "I- MỤC TIÊU TỔNG QUÁT")
    _lines(
        document,
        "Xây dựng Đảng bộ và hệ thống chính trị phường trong sạch, vững mạnh; phát huy sức mạnh đại đoàn "
        "kết toàn dân; phát triển kinh tế - xã hội nhanh, bền vững; xây dựng phường Ngô Quyền văn minh, "
        "hiện đại, là trung tâm thương mại - dịch vụ của thành phố.",
    )
    _bold(document, "II- CÁC CHỈ TIÊU CHỦ YẾU ĐẾN NĂM 2030")
    _lines(
        document,
        "(1) Tốc độ tăng giá trị sản xuất các ngành thương mại - dịch vụ bình quân đạt 8%/năm.",
        "(2) Tổng thu ngân sách nhà nước trên địa bàn đến năm 2030 gấp 1,5 lần so với năm 2025.",
        "(3) Thu nhập bình quân đầu người đến năm 2030 đạt trên 135 Tr.đồng/năm.",
        "(4) Tỷ suất sinh thô giảm bình quân 0,2‰/năm; tỷ lệ tăng dân số tự nhiên dưới 10%0.",
        "(5) Tỷ lệ hộ nghèo theo chuẩn đa chiều giảm xuống dưới 0,3%.",
        "(6) Tỷ lệ dân số tham gia bảo hiểm y tế đạt 96% trở lên.",
        "(7) Kết nạp ít nhất 250 đảng viên mới trong nhiệm kỳ.",
        "(8) Các tổ chức chính trị - xã hội phát triển mới 1.200 hội viên.",
        "(9) 100% trường học công lập trên địa bàn đạt chuẩn quốc gia.",
        "(10) Tổng vốn đầu tư phát triển toàn xã hội trên địa bàn giai đoạn 2026 - 2030 đạt khoảng 2.500 tỷ đồng.",
    )
    _bold(document, "III- CÁC KHÂU ĐỘT PHÁ")
    _bold(document, "1- Đột phá về cải cách hành chính, chuyển đổi số, xây dựng chính quyền số")
    _lines(
        document,
        "Đơn giản hóa thủ tục hành chính; vận hành hiệu quả Trung tâm phục vụ hành chính công phường; số hóa "
        "toàn bộ hồ sơ, kết quả giải quyết thủ tục hành chính.",
        "Phân công: Ủy ban nhân dân phường chủ trì; Văn phòng HĐND-UBND phường, Công an phường phối hợp thực hiện.",
        "Thời gian thực hiện: Quý II/2026.",
    )
    _bold(document, "2- Đột phá về chỉnh trang, phát triển đô thị văn minh, hiện đại")
    _lines(
        document,
        "Tập trung chỉnh trang vỉa hè, hệ thống chiếu sáng, cây xanh các tuyến phố Lạch Tray, Văn Cao; "
        "xây dựng tuyến phố văn minh đô thị.",
        "Phân công: Phòng Kinh tế, Hạ tầng và Đô thị chủ trì, phối hợp với các tổ dân phố.",
        "Thời gian thực hiện: 2026 - 2030.",
    )
    _bold(document, "3- Đột phá về xây dựng đội ngũ cán bộ, đảng viên đáp ứng yêu cầu nhiệm vụ")
    _lines(
        document,
        "Rà soát, đánh giá, sắp xếp cán bộ theo vị trí việc làm; đào tạo, bồi dưỡng cán bộ trẻ, cán bộ nữ.",
        "Phân công: Ban Xây dựng Đảng chủ trì; Văn phòng Đảng ủy phường phối hợp.",
        "Thời gian thực hiện: Thường xuyên.",
    )
    _bold(document, "IV- NHIỆM VỤ TRỌNG TÂM VÀ GIẢI PHÁP CHỦ YẾU")
    _bold(document, "1- Phát triển kinh tế thương mại - dịch vụ, kinh tế tư nhân")
    _lines(
        document,
        "Phát triển các chuỗi cửa hàng, trung tâm thương mại; hỗ trợ hộ kinh doanh chuyển lên doanh nghiệp; "
        "phát triển kinh tế đêm trên tuyến phố Văn Cao.",
        "Phân công: Phòng Kinh tế, Hạ tầng và Đô thị chủ trì; Thuế cơ sở 1, Hội Doanh nghiệp phường phối hợp.",
    )
    _bold(document, "2- Phát triển văn hóa, xã hội, chăm lo an sinh xã hội")
    _lines(
        document,
        "Thực hiện tốt chính sách đối với người có công; nâng cao chất lượng giáo dục, y tế cơ sở.",
        "Phân công: Phòng Văn hóa - Xã hội chủ trì; Ủy ban Mặt trận Tổ quốc Việt Nam phường phối hợp.",
        "Thời gian thực hiện: Hằng năm.",
    )
    _bold(document, "3- Bảo đảm quốc phòng, an ninh, trật tự an toàn xã hội")
    _lines(
        document,
        "Xây dựng thế trận an ninh nhân dân vững chắc; hoàn thành chỉ tiêu tuyển quân hằng năm.",
        "Phân công: Công an phường, Ban Chỉ huy Quân sự phường chủ trì theo chức năng, nhiệm vụ.",
    )
    _bold(document, "4- Xây dựng Đảng và hệ thống chính trị trong sạch, vững mạnh")
    _lines(
        document,
        "Nâng cao chất lượng sinh hoạt chi bộ; tăng cường công tác kiểm tra, giám sát.",
        "Phân công: Ban Xây dựng Đảng chủ trì; Văn phòng Đảng ủy phường, Ủy ban Kiểm tra Đảng ủy phường phối hợp.",
    )
    _bold(document, "V- TỔ CHỨC THỰC HIỆN")
    _lines(
        document,
        "1- Các chi bộ trực thuộc tổ chức quán triệt Chương trình hành động, xây dựng kế hoạch thực hiện.",
        "2- Ủy ban nhân dân phường cụ thể hóa Chương trình hành động thành kế hoạch hằng năm.",
        "3- Văn phòng Đảng ủy phường theo dõi, đôn đốc, định kỳ báo cáo Ban Thường vụ Đảng ủy.",
        "Nơi nhận:",
        "- Ban Thường vụ Thành ủy (để báo cáo),",
        "- Các chi bộ trực thuộc,",
        "- Lưu Văn phòng Đảng ủy.",
    )
    _bold(document, "T/M ĐẢNG ỦY")
    _bold(document, "BÍ THƯ")
    return _save(document)


# --- E: UBND phường Đông Hải, the tasks only as a table in the body ---------------------------


def doc_e() -> bytes:
    """UBND phường Đông Hải, 27/KH-UBND: safe residential areas; tasks only in a body table."""
    document = docx.Document()
    _header_table(
        document,
        ["ỦY BAN NHÂN DÂN PHƯỜNG ĐÔNG HẢI", "Số: 27/KH-UBND"],
        ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Đông Hải, ngày 09 tháng 3 năm 2026"],
        two_rows=False,
    )
    _bold(document, "KẾ HOẠCH")
    _bold(
        document, "Xây dựng khu dân cư an toàn về an ninh, trật tự trên địa bàn phường Đông Hải giai đoạn 2026 - 2030"
    )
    _lines(
        document,
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
        "Căn cứ Luật Thực hiện dân chủ ở cơ sở ngày 10 tháng 11 năm 2022;",
        "Căn cứ Nghị quyết Đại hội đại biểu Đảng bộ phường Đông Hải lần thứ I, nhiệm kỳ 2025 - 2030;",
        "Ủy ban nhân dân phường Đông Hải ban hành Kế hoạch thực hiện như sau:",
    )
    _bold(document, "I. MỤC ĐÍCH, YÊU CẦU")
    _lines(
        document,
        "1. Mục đích: Huy động sức mạnh tổng hợp của cả hệ thống chính trị và Nhân dân trong bảo đảm an "
        "ninh, trật tự tại khu dân cư.",
        "2. Yêu cầu: Phân công cụ thể, rõ trách nhiệm của từng cơ quan, đơn vị, tổ dân phố.",
    )
    _bold(document, "II. MỤC TIÊU")
    _lines(
        document,
        "- Phấn đấu đến năm 2027, 100% tổ dân phố đạt tiêu chuẩn “An toàn về an ninh, trật tự”.",
        "- Kéo giảm ít nhất 10% số vụ phạm pháp hình sự so với năm 2025.",
        "- Tỷ lệ điều tra, khám phá án hình sự hằng năm đạt trên 80%.",
    )
    _bold(document, "III. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN")
    document.add_paragraph("Ủy ban nhân dân phường phân công nhiệm vụ cụ thể như sau:")
    rows = [
        ["STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Sản phẩm"],
        ["I", "Công tác chỉ đạo, điều hành", "", "", "", ""],
        ["1", "Kiện toàn Ban Chỉ đạo xây dựng khu dân cư an toàn của phường", "Văn phòng HĐND-UBND phường",
         "Công an phường", "Trước 30/6/2026", "Quyết định kiện toàn"],
        ["2", "Xây dựng kế hoạch thực hiện năm sau", "Công an phường", "Văn phòng HĐND-UBND phường",
         "Quý IV hằng năm", "Kế hoạch năm"],
        ["II", "Bảo đảm an ninh, trật tự tại khu dân cư", "", "", "", ""],
        ["3", "Tuần tra, kiểm soát bảo đảm trật tự an toàn giao thông", "Công an phường",
         "Ban Chỉ huy Quân sự phường; các tổ dân phố", "Thường xuyên", "Báo cáo kết quả tuần tra"],
        ["4", "Xây dựng mô hình “Camera an ninh” tại các tuyến phố", "UBND phường; Công an phường",
         "Ủy ban Mặt trận Tổ quốc Việt Nam phường", "Năm 2026 - 2027", "Mô hình được nhân rộng"],
        ["5", "Vận động Nhân dân tố giác tội phạm, tham gia tự quản", "Các tổ dân phố, khu dân cư",
         "Hội Liên hiệp Phụ nữ phường, Đoàn Thanh niên phường", "Hằng năm", "Hội nghị tại khu dân cư"],
        ["III", "Kiểm tra, sơ kết, tổng kết", "", "", "", ""],
        ["6", "Sơ kết 3 năm thực hiện Kế hoạch", "Văn phòng HĐND-UBND phường",
         "Các phòng, ban, đơn vị liên quan", "Quý IV/2028", "Báo cáo sơ kết"],
        ["7", "Tổng kết thực hiện Kế hoạch giai đoạn 2026 - 2030", "Văn phòng HĐND-UBND phường",
         "Các phòng, ban, đơn vị liên quan", "Tháng 11/2030", "Báo cáo tổng kết"],
    ]  # fmt: skip
    _grid(document, rows)
    _bold(document, "IV. KINH PHÍ THỰC HIỆN")
    document.add_paragraph("Kinh phí thực hiện từ ngân sách phường bố trí hằng năm và các nguồn huy động hợp pháp.")
    _bold(document, "V. TỔ CHỨC THỰC HIỆN")
    _lines(
        document,
        "1. Công an phường là cơ quan thường trực, tham mưu Ủy ban nhân dân phường theo dõi, đôn đốc thực "
        "hiện Kế hoạch.",
        "2. Các phòng chuyên môn, tổ dân phố căn cứ nhiệm vụ được giao báo cáo kết quả trước ngày 10 tháng 12 "
        "hằng năm.",
    )
    _bold(document, "TM. ỦY BAN NHÂN DÂN")
    _bold(document, "CHỦ TỊCH")
    return _save(document)


# --- F: UBND xã Kiến Thụy, a target table and a project appendix in another order -------------


def doc_f() -> bytes:
    """UBND xã Kiến Thụy, 45/KH-UBND: rural roads and irrigation; targets in a table."""
    document = docx.Document()
    _header_table(
        document,
        ["ỦY BAN NHÂN DÂN", "XÃ KIẾN THỤY", "-------", "Số: 45/KH-UBND"],
        ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------",
         "Kiến Thụy, ngày 25 tháng 02 năm 2026"],
        two_rows=False,
    )  # fmt: skip
    _bold(document, "KẾ HOẠCH")
    _bold(document, "Phát triển kết cấu hạ tầng giao thông, thủy lợi xã Kiến Thụy giai đoạn 2026 - 2030")
    _lines(
        document,
        "Căn cứ Luật Đầu tư công ngày 29 tháng 11 năm 2024;",
        "Căn cứ Nghị quyết số 12/NQ-HĐND ngày 30/12/2025 của Hội đồng nhân dân xã Kiến Thụy về kế hoạch đầu "
        "tư công trung hạn giai đoạn 2026 - 2030;",
        "Căn cứ Quyết định số 3568/QĐ-UBND ngày 15/12/2025 của Ủy ban nhân dân thành phố Hải Phòng về giao "
        "kế hoạch đầu tư công năm 2026;",
        "Ủy ban nhân dân xã Kiến Thụy ban hành Kế hoạch như sau:",
    )
    document.add_paragraph("I. MỤC ĐÍCH, YÊU CẦU")
    _lines(
        document,
        "- Cụ thể hóa các mục tiêu phát triển hạ tầng giao thông, thủy lợi của Nghị quyết Đại hội Đảng bộ xã.",
        "- Huy động, sử dụng hiệu quả các nguồn vốn; công khai, minh bạch trong đầu tư xây dựng.",
    )
    document.add_paragraph("II. CHỈ TIÊU CHỦ YẾU")
    document.add_paragraph("Các chỉ tiêu chủ yếu đến năm 2030 như sau:")
    targets = [
        ["STT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện 2025", "Mục tiêu 2030", "Cơ quan chủ trì"],
        ["1", "Tỷ lệ đường trục xã, liên thôn được cứng hóa", "%", "92", "100", "Phòng Kinh tế"],
        ["2", "Tỷ lệ kênh mương nội đồng được kiên cố hóa", "%", "65,5", "85", "Phòng Kinh tế"],
        ["3", "Chiều dài đường giao thông nông thôn được cải tạo, nâng cấp", "km", "12,4", "40", "Phòng Kinh tế"],
        ["4", "Tỷ lệ hộ dân sử dụng nước sạch theo quy chuẩn", "%", "97,2", "100", "Phòng Kinh tế"],
        ["5", "Số thôn có nhà văn hóa đạt chuẩn", "thôn", "14", "18", "Phòng Văn hóa - Xã hội"],
    ]
    _grid(document, targets)
    document.add_paragraph("III. NHIỆM VỤ, GIẢI PHÁP")
    _lines(
        document,
        "1. Huy động nguồn lực đầu tư",
        "Lồng ghép các chương trình mục tiêu quốc gia; vận động Nhân dân hiến đất, góp công làm đường giao thông "
        "nông thôn.",
        "2. Nâng cao chất lượng công tác chuẩn bị đầu tư",
        "Lập, thẩm định dự án đúng quy định; lựa chọn nhà thầu có năng lực; giám sát chất lượng công trình.",
    )
    document.add_paragraph("IV. TỔ CHỨC THỰC HIỆN")
    _lines(
        document,
        "1. Phòng Kinh tế chủ trì tham mưu Ủy ban nhân dân xã triển khai các dự án tại Phụ lục kèm theo.",
        "2. Văn phòng HĐND-UBND xã tổng hợp, báo cáo kết quả thực hiện trước ngày 15 tháng 12 hằng năm.",
    )
    _bold(document, "TM. ỦY BAN NHÂN DÂN")
    _bold(document, "KT. CHỦ TỊCH")
    _bold(document, "PHÓ CHỦ TỊCH")
    _page_break(document)
    _bold(document, "Phụ lục")
    _bold(document, "DANH MỤC DỰ ÁN ĐẦU TƯ CÔNG GIAI ĐOẠN 2026 - 2030")
    document.add_paragraph("(Kèm theo Kế hoạch số 45/KH-UBND ngày 25/02/2026 của Ủy ban nhân dân xã Kiến Thụy)")
    projects = [
        ["STT", "Tên dự án", "Địa điểm xây dựng", "Tổng mức đầu tư (triệu đồng)", "Nguồn vốn",
         "Thời gian thực hiện", "Chủ đầu tư"],
        ["I", "GIAO THÔNG", "", "", "", "", ""],
        ["1", "Cải tạo, nâng cấp đường trục xã ĐX.01", "Xã Kiến Thụy", "18.500",
         "Ngân sách thành phố hỗ trợ; ngân sách xã", "2026 - 2027", "UBND xã Kiến Thụy"],
        ["2", "Xây dựng cầu dân sinh qua kênh Cổ Trai", "Thôn Cổ Trai", "6.200", "Ngân sách xã", "2027",
         "UBND xã Kiến Thụy"],
        ["II", "THỦY LỢI", "", "", "", "", ""],
        ["3", "Kiên cố hóa kênh tưới tiêu nội đồng", "Các thôn", "9.750,5", "Ngân sách xã; vốn xã hội hóa",
         "2026 - 2028", "UBND xã Kiến Thụy"],
        ["4", "Nạo vét hệ thống kênh trục tiêu", "Xã Kiến Thụy", "3.400", "Ngân sách xã", "Năm 2026",
         "UBND xã Kiến Thụy"],
        ["", "Cộng", "", "37.850,5", "", "", ""],
    ]  # fmt: skip
    _grid(document, projects)
    return _save(document)


DOCUMENTS = {"d-ngo-quyen-05": doc_d, "e-dong-hai-27": doc_e, "f-kien-thuy-45": doc_f}


def _target(measure, value, direction, unit, horizon=2030, *, annual=False, baseline=None, baseline_year=None):
    """A target as the clerk reads it: ``measure`` is the words the clerk would look for in the
    label; ``unit`` is one spelling or a tuple of the spellings the clerk accepts (a rate per
    year may be "%/năm", the targets corpus's canonical unit, bench/corpus/README.md)."""
    return {
        "measure": measure,
        "value": value,
        "direction": direction,
        "unit": unit,
        "horizon": horizon,
        "annual": annual,
        "baseline_value": baseline,
        "baseline_year": baseline_year,
    }


# Items are (kind, title, parent title); a kind "a|b" means the clerk accepts either.
EXPECTED = {
    "d-ngo-quyen-05": {
        "ward": "Ngô Quyền",
        "number": "05-CTr/ĐU",
        "issuing_body_name": "ĐẢNG ỦY PHƯỜNG NGÔ QUYỀN",
        "date": "2026-01-15",
        "basis": 2,
        # The term the title prints ("nhiệm kỳ 2025 - 2030"); the blind reading said 2026.
        "period": (2025, 2030),
        "items": [
            ("part", "MỤC TIÊU TỔNG QUÁT", None),
            ("part", "CÁC CHỈ TIÊU CHỦ YẾU ĐẾN NĂM 2030", None),
            ("part", "CÁC KHÂU ĐỘT PHÁ", None),
            ("key_task", "Đột phá về cải cách hành chính, chuyển đổi số, xây dựng chính quyền số", "CÁC KHÂU ĐỘT PHÁ"),
            ("key_task", "Đột phá về chỉnh trang, phát triển đô thị văn minh, hiện đại", "CÁC KHÂU ĐỘT PHÁ"),
            ("key_task", "Đột phá về xây dựng đội ngũ cán bộ, đảng viên đáp ứng yêu cầu nhiệm vụ", "CÁC KHÂU ĐỘT PHÁ"),
            ("part", "NHIỆM VỤ TRỌNG TÂM VÀ GIẢI PHÁP CHỦ YẾU", None),
            (
                "key_task",
                "Phát triển kinh tế thương mại - dịch vụ, kinh tế tư nhân",
                "NHIỆM VỤ TRỌNG TÂM VÀ GIẢI PHÁP CHỦ YẾU",
            ),
            (
                "key_task",
                "Phát triển văn hóa, xã hội, chăm lo an sinh xã hội",
                "NHIỆM VỤ TRỌNG TÂM VÀ GIẢI PHÁP CHỦ YẾU",
            ),
            (
                "key_task",
                "Bảo đảm quốc phòng, an ninh, trật tự an toàn xã hội",
                "NHIỆM VỤ TRỌNG TÂM VÀ GIẢI PHÁP CHỦ YẾU",
            ),
            (
                "key_task",
                "Xây dựng Đảng và hệ thống chính trị trong sạch, vững mạnh",
                "NHIỆM VỤ TRỌNG TÂM VÀ GIẢI PHÁP CHỦ YẾU",
            ),
            ("part", "TỔ CHỨC THỰC HIỆN", None),
        ],
        # Proposed beside those and right too: the duties under "Tổ chức thực hiện".
        "also": [("duty", "Các chi bộ trực thuộc"), ("duty", "Ủy ban nhân dân phường"), ("duty", "Văn phòng Đảng ủy")],
        # The key tasks' assignment: (title, lead units, coordinating units, period as printed).
        "assignments": [
            (
                "Đột phá về cải cách hành chính, chuyển đổi số, xây dựng chính quyền số",
                ["Ủy ban nhân dân phường"],
                ["Văn phòng HĐND-UBND phường", "Công an phường"],
                "Quý II/2026",
            ),
            (
                "Đột phá về chỉnh trang, phát triển đô thị văn minh, hiện đại",
                ["Phòng Kinh tế, Hạ tầng và Đô thị"],
                ["Các tổ dân phố"],
                "2026 - 2030",
            ),
            (
                "Đột phá về xây dựng đội ngũ cán bộ, đảng viên đáp ứng yêu cầu nhiệm vụ",
                ["Ban Xây dựng Đảng"],
                ["Văn phòng Đảng ủy phường"],
                "Thường xuyên",
            ),
            (
                "Phát triển kinh tế thương mại - dịch vụ, kinh tế tư nhân",
                ["Phòng Kinh tế, Hạ tầng và Đô thị"],
                ["Thuế cơ sở 1", "Hội Doanh nghiệp phường"],
                "",
            ),
            (
                "Phát triển văn hóa, xã hội, chăm lo an sinh xã hội",
                ["Phòng Văn hóa - Xã hội"],
                ["Ủy ban Mặt trận Tổ quốc Việt Nam phường"],
                "Hằng năm",
            ),
            (
                "Bảo đảm quốc phòng, an ninh, trật tự an toàn xã hội",
                ["Công an phường", "Ban Chỉ huy Quân sự phường"],
                [],
                "",
            ),
            (
                "Xây dựng Đảng và hệ thống chính trị trong sạch, vững mạnh",
                ["Ban Xây dựng Đảng"],
                ["Văn phòng Đảng ủy phường", "Ủy ban Kiểm tra Đảng ủy phường"],
                "",
            ),
        ],
        "targets": [
            _target("thương mại - dịch vụ", "8", "exactly", ("%", "%/năm"), annual=True),
            _target("thu ngân sách", "1.5", "exactly", "lần", baseline_year=2025),
            _target(
                "thu nhập bình quân đầu người",
                "135",
                "more_than",
                ("triệu đồng/năm", "triệu đồng", "triệu đồng/người/năm"),
            ),
            _target("tỷ suất sinh thô", "0.2", "exactly", ("‰", "‰/năm"), annual=True),
            _target("tăng dân số tự nhiên", "10", "less_than", "‰"),
            _target("hộ nghèo", "0.3", "less_than", "%"),
            _target("bảo hiểm y tế", "96", "at_least", "%"),
            _target("đảng viên", "250", "at_least", ("đảng viên", "người")),
            _target("hội viên", "1200", "exactly", ("hội viên", "người")),
            _target("trường học công lập", "100", "exactly", "%"),
            _target("vốn đầu tư phát triển", "2500", "about", "tỷ đồng"),
        ],
        "tasks": [],
        "projects": [],
    },
    "e-dong-hai-27": {
        "ward": "Đông Hải",
        "number": "27/KH-UBND",
        "issuing_body_name": "ỦY BAN NHÂN DÂN PHƯỜNG ĐÔNG HẢI",
        "date": "2026-03-09",
        "basis": 3,
        "period": (2026, 2030),
        "items": [
            ("part", "MỤC ĐÍCH, YÊU CẦU", None),
            ("part", "MỤC TIÊU", None),
            ("part", "NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN", None),
            ("group", "Công tác chỉ đạo, điều hành", "NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN"),
            ("group", "Bảo đảm an ninh, trật tự tại khu dân cư", "NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN"),
            ("group", "Kiểm tra, sơ kết, tổng kết", "NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN"),
            ("part", "KINH PHÍ THỰC HIỆN", None),
            ("part", "TỔ CHỨC THỰC HIỆN", None),
        ],
        "also": [("section", "Mục đích"), ("section", "Yêu cầu"), ("duty", "Công an phường"), ("duty", "Các phòng")],
        "assignments": [],
        "targets": [
            _target("tổ dân phố", "100", "exactly", "%", horizon=2027),
            _target("phạm pháp hình sự", "10", "at_least", "%", baseline_year=2025),
            _target("khám phá án hình sự", "80", "more_than", "%", annual=True),
        ],
        # Task rows: (number, title, lead text, lead units, coordinating units, period as printed,
        # group title). Lead and coordinators as the clerk reads them: a catch-all with commas in
        # it is one unit.
        "tasks": [
            (
                "1",
                "Kiện toàn Ban Chỉ đạo xây dựng khu dân cư an toàn của phường",
                ["Văn phòng HĐND-UBND phường"],
                ["Công an phường"],
                "Trước 30/6/2026",
                "Công tác chỉ đạo, điều hành",
            ),
            (
                "2",
                "Xây dựng kế hoạch thực hiện năm sau",
                ["Công an phường"],
                ["Văn phòng HĐND-UBND phường"],
                "Quý IV hằng năm",
                "Công tác chỉ đạo, điều hành",
            ),
            (
                "3",
                "Tuần tra, kiểm soát bảo đảm trật tự an toàn giao thông",
                ["Công an phường"],
                ["Ban Chỉ huy Quân sự phường", "Các tổ dân phố"],
                "Thường xuyên",
                "Bảo đảm an ninh, trật tự tại khu dân cư",
            ),
            (
                "4",
                "Xây dựng mô hình “Camera an ninh” tại các tuyến phố",
                ["Ủy ban nhân dân phường", "Công an phường"],
                ["Ủy ban Mặt trận Tổ quốc Việt Nam phường"],
                "Năm 2026 - 2027",
                "Bảo đảm an ninh, trật tự tại khu dân cư",
            ),
            (
                "5",
                "Vận động Nhân dân tố giác tội phạm, tham gia tự quản",
                ["Các tổ dân phố, khu dân cư"],
                ["Hội Liên hiệp Phụ nữ phường", "Đoàn Thanh niên phường"],
                "Hằng năm",
                "Bảo đảm an ninh, trật tự tại khu dân cư",
            ),
            (
                "6",
                "Sơ kết 3 năm thực hiện Kế hoạch",
                ["Văn phòng HĐND-UBND phường"],
                ["Các phòng, ban, đơn vị liên quan"],
                "Quý IV/2028",
                "Kiểm tra, sơ kết, tổng kết",
            ),
            (
                "7",
                "Tổng kết thực hiện Kế hoạch giai đoạn 2026 - 2030",
                ["Văn phòng HĐND-UBND phường"],
                ["Các phòng, ban, đơn vị liên quan"],
                "Tháng 11/2030",
                "Kiểm tra, sơ kết, tổng kết",
            ),
        ],
        "projects": [],
    },
    "f-kien-thuy-45": {
        "ward": "Kiến Thụy",
        "kind": "xa",
        "number": "45/KH-UBND",
        "issuing_body_name": "ỦY BAN NHÂN DÂN XÃ KIẾN THỤY",
        "date": "2026-02-25",
        "basis": 3,
        "period": (2026, 2030),
        "items": [
            ("part", "MỤC ĐÍCH, YÊU CẦU", None),
            ("part", "CHỈ TIÊU CHỦ YẾU", None),
            ("part", "NHIỆM VỤ, GIẢI PHÁP", None),
            ("solution|key_task|section", "Huy động nguồn lực đầu tư", "NHIỆM VỤ, GIẢI PHÁP"),
            ("solution|key_task|section", "Nâng cao chất lượng công tác chuẩn bị đầu tư", "NHIỆM VỤ, GIẢI PHÁP"),
            ("part", "TỔ CHỨC THỰC HIỆN", None),
            ("appendix", "DANH MỤC DỰ ÁN ĐẦU TƯ CÔNG GIAI ĐOẠN 2026 - 2030", None),
            ("group|field", "GIAO THÔNG", "DANH MỤC DỰ ÁN ĐẦU TƯ CÔNG GIAI ĐOẠN 2026 - 2030"),
            ("group|field", "THỦY LỢI", "DANH MỤC DỰ ÁN ĐẦU TƯ CÔNG GIAI ĐOẠN 2026 - 2030"),
        ],
        "also": [("duty", "Phòng Kinh tế"), ("duty", "Văn phòng HĐND-UBND xã")],
        "assignments": [],
        # The target table: the 2030 column is the value, the 2025 column the baseline, the unit
        # column the unit, the last column the responsible unit.
        "targets": [
            _target("đường trục xã, liên thôn được cứng hóa", "100", "exactly", "%", baseline="92", baseline_year=2025),
            _target("kênh mương nội đồng được kiên cố hóa", "85", "exactly", "%", baseline="65.5", baseline_year=2025),
            _target("đường giao thông nông thôn", "40", "exactly", "km", baseline="12.4", baseline_year=2025),
            _target("nước sạch", "100", "exactly", "%", baseline="97.2", baseline_year=2025),
            _target("nhà văn hóa", "18", "exactly", "thôn", baseline="14", baseline_year=2025),
        ],
        "target_responsible": {"nhà văn hóa": "Phòng Văn hóa - Xã hội", "nước sạch": "Phòng Kinh tế"},
        "tasks": [],
        # (number, name, total investment in million đồng, funding as printed, start, end, owner text)
        "projects": [
            (
                "1",
                "Cải tạo, nâng cấp đường trục xã ĐX.01",
                "18500",
                "Ngân sách thành phố hỗ trợ; ngân sách xã",
                2026,
                2027,
                "UBND xã Kiến Thụy",
            ),
            ("2", "Xây dựng cầu dân sinh qua kênh Cổ Trai", "6200", "Ngân sách xã", 2027, 2027, "UBND xã Kiến Thụy"),
            (
                "3",
                "Kiên cố hóa kênh tưới tiêu nội đồng",
                "9750.5",
                "Ngân sách xã; vốn xã hội hóa",
                2026,
                2028,
                "UBND xã Kiến Thụy",
            ),
            ("4", "Nạo vét hệ thống kênh trục tiêu", "3400", "Ngân sách xã", 2026, 2026, "UBND xã Kiến Thụy"),
        ],
        "project_total": "37850.5",
    },
}
