# ruff: noqa: E501 (rows of cells as printed, one per line)
"""Builds the appendix workbooks of the corpus and their hand readings.

    .venv/bin/python bench/corpus/workbooks/build.py

Each workbook is modelled on a real published plan or resolution (its address in ``SOURCES``):
the layout of its appendix table (headings as printed, one- or two-row header, group rows,
total rows, the period and unit wording) and rows in its subject. The search tool stores the
opening of these documents, not their attached tables, so the rows are written after the
document, not copied from the attachment (docs/IMPORT_QUALITY.md says so). The hand reading
(``NN-slug.expected.json``) is what a correct import gives, written per row by hand: it is
not computed from the cells.
"""

from __future__ import annotations

import io
import json
import unicodedata
from pathlib import Path

import openpyxl

HERE = Path(__file__).resolve().parent


def task(group, number, name, lead, coordinating, period_text, period, product=""):
    return {
        "group": group, "number": number, "name": name, "lead": lead, "coordinating": coordinating,
        "period_text": period_text, "period": period, "product": product,
    }  # fmt: skip


def project(group, number, name, lead, total_investment, funding="", capital=None):
    """A project row; ``capital``: its yearly capital as read ({"2026": {"planned": "1500"}})."""
    return {
        "group": group, "number": number, "name": name, "lead": lead, "funding": funding,
        "total_investment": total_investment, **({"capital": capital} if capital else {}),
    }  # fmt: skip


def due(date):
    return {"kind": "date", "due_date": date}


def rng(start, end):
    return {"kind": "range", "start_year": start, "end_year": end}


YEARLY, ONGOING, UNCLEAR = {"kind": "yearly"}, {"kind": "ongoing"}, {"kind": "unclear"}


def year(y):
    return {"kind": "year", "start_year": y, "end_year": y}


WORKBOOKS: list[dict] = []

# 01 — KH 1576/KH-UBND 2019 (TP Hồ Chí Minh): tasks, "Nội dung công việc / Cơ quan chủ trì /
# Cơ quan phối hợp / Thời gian hoàn thành / Sản phẩm", periods by quarter and month.
G1 = ["Xây dựng hệ thống đánh giá"]
G2 = ["Triển khai và công khai kết quả"]
WORKBOOKS.append(
    {
        "slug": "01-hcm-1576-danh-gia-hai-long",
        "format": "xlsx",
        "source": "https://thuviennhadat.vn/vbpl/ke-hoach-1576-kh-ubnd-2019-danh-gia-hai-long-giai-quyet-thu-tuc-hanh-chinh-ho-chi-minh-541465.html",
        "sheets": [
            {
                "name": "Phụ lục",
                "rows": [
                    ["PHỤ LỤC"],
                    ["DANH MỤC NHIỆM VỤ TRIỂN KHAI ĐÁNH GIÁ HÀI LÒNG VỀ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH"],
                    [],
                    [
                        "STT",
                        "Nội dung công việc",
                        "Cơ quan chủ trì",
                        "Cơ quan phối hợp",
                        "Thời gian hoàn thành",
                        "Sản phẩm",
                    ],
                    ["I", "Xây dựng hệ thống đánh giá"],
                    [
                        1,
                        "Thống nhất tiêu chí và mẫu phiếu đánh giá",
                        "Văn phòng HĐND-UBND phường",
                        "Các sở, ngành liên quan",
                        "Quý III/2026",
                        "Bộ tiêu chí, mẫu phiếu",
                    ],
                    [
                        2,
                        "Xây dựng phần mềm đánh giá hài lòng",
                        "Phòng Kinh tế, Hạ tầng và Đô thị",
                        "Văn phòng HĐND-UBND phường",
                        "Tháng 12/2026",
                        "Phần mềm vận hành",
                    ],
                    ["II", "Triển khai và công khai kết quả"],
                    [
                        1,
                        "Triển khai đánh giá tại bộ phận một cửa",
                        "Văn phòng HĐND-UBND phường",
                        "Các phòng chuyên môn, đơn vị liên quan",
                        "Quý IV/2026 và thường xuyên",
                        "Kết quả đánh giá hằng tháng",
                    ],
                    [
                        2,
                        "Công khai kết quả đánh giá trên cổng thông tin",
                        "Văn phòng HĐND-UBND phường",
                        "",
                        "Hằng năm",
                        "Báo cáo công khai",
                    ],
                ],
            }
        ],
        "expected": [
            task(
                G1,
                "1",
                "Thống nhất tiêu chí và mẫu phiếu đánh giá",
                ["Văn phòng HĐND-UBND phường"],
                ["Các sở, ngành liên quan"],
                "Quý III/2026",
                due("2026-09-30"),
                "Bộ tiêu chí, mẫu phiếu",
            ),
            task(
                G1,
                "2",
                "Xây dựng phần mềm đánh giá hài lòng",
                ["Phòng Kinh tế, Hạ tầng và Đô thị"],
                ["Văn phòng HĐND-UBND phường"],
                "Tháng 12/2026",
                due("2026-12-31"),
                "Phần mềm vận hành",
            ),
            task(
                G2,
                "1",
                "Triển khai đánh giá tại bộ phận một cửa",
                ["Văn phòng HĐND-UBND phường"],
                ["Các phòng chuyên môn, đơn vị liên quan"],
                "Quý IV/2026 và thường xuyên",
                due("2026-12-31"),
                "Kết quả đánh giá hằng tháng",
            ),
            task(
                G2,
                "2",
                "Công khai kết quả đánh giá trên cổng thông tin",
                ["Văn phòng HĐND-UBND phường"],
                [],
                "Hằng năm",
                YEARLY,
                "Báo cáo công khai",
            ),
        ],
    }
)

# 02 — KH 155/KH-UBND 2017 (Bắc Ninh): tasks, header on two rows ("Đơn vị thực hiện" merged
# over "Chủ trì" / "Phối hợp"), a column-number row, "Số TT", periods over years.
G = ["Đăng ký hộ tịch"]
WORKBOOKS.append(
    {
        "slug": "02-bac-ninh-155-ho-tich",
        "format": "xlsx",
        "source": "https://phapluatcongdong.vn/van-ban/van-ban-khac-155-kh-ubnd-ban-hanh-tinh-bac-ninh-nam-2017-p121216.htm",
        "merges": ["A4:A5", "B4:B5", "C4:D4", "E4:E5", "F4:F5"],
        "sheets": [
            {
                "name": "PL nhiệm vụ",
                "rows": [
                    ["PHỤ LỤC"],
                    ["NHIỆM VỤ THỰC HIỆN CHƯƠNG TRÌNH ĐĂNG KÝ VÀ THỐNG KÊ HỘ TỊCH"],
                    [],
                    ["Số TT", "Nhiệm vụ cụ thể", "Đơn vị thực hiện", None, "Thời gian thực hiện", "Kết quả đầu ra"],
                    [None, None, "Chủ trì", "Phối hợp", None, None],
                    ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"],
                    ["I", "Đăng ký hộ tịch"],
                    [
                        1,
                        "Đăng ký khai sinh, khai tử đúng hạn cho trẻ em và người dân",
                        "Văn phòng HĐND-UBND phường",
                        "Trạm Y tế phường, Công an phường",
                        "2026-2030",
                        "Tỷ lệ đăng ký đúng hạn",
                    ],
                    [
                        2,
                        "Số hóa sổ hộ tịch lưu trữ",
                        "Văn phòng HĐND-UBND phường",
                        "Trung tâm Dịch vụ Sự nghiệp công",
                        "Giai đoạn 2026 - 2028",
                        "Dữ liệu hộ tịch điện tử",
                    ],
                    [3, "Thống kê hộ tịch định kỳ", "Văn phòng HĐND-UBND phường", "", "Hằng năm", "Báo cáo thống kê"],
                ],
            }
        ],
        "expected": [
            task(
                G,
                "1",
                "Đăng ký khai sinh, khai tử đúng hạn cho trẻ em và người dân",
                ["Văn phòng HĐND-UBND phường"],
                ["Trạm Y tế phường", "Công an phường"],
                "2026-2030",
                rng(2026, 2030),
                "Tỷ lệ đăng ký đúng hạn",
            ),
            task(
                G,
                "2",
                "Số hóa sổ hộ tịch lưu trữ",
                ["Văn phòng HĐND-UBND phường"],
                ["Trung tâm Dịch vụ Sự nghiệp công"],
                "Giai đoạn 2026 - 2028",
                rng(2026, 2028),
                "Dữ liệu hộ tịch điện tử",
            ),
            task(
                G,
                "3",
                "Thống kê hộ tịch định kỳ",
                ["Văn phòng HĐND-UBND phường"],
                [],
                "Hằng năm",
                YEARLY,
                "Báo cáo thống kê",
            ),
        ],
    }
)

# 03 — KH 4544/KH-UBND 2023 (Quảng Nam): monitoring tasks, "TT / Nội dung / Đơn vị chủ trì /
# Đơn vị phối hợp / Thời gian", periods "Trước 30/6", "Từ năm … trở đi", a free-text period.
WORKBOOKS.append(
    {
        "slug": "03-quang-nam-4544-giam-sat",
        "format": "xlsx",
        "source": "https://thuviennhadat.vn/vbpl/ke-hoach-4544-kh-ubnd-2023-giam-sat-danh-gia-chuong-trinh-giam-ngheo-ben-vung-quang-nam-576882.html",
        "sheets": [
            {
                "name": "Phụ lục 1",
                "rows": [
                    ["PHỤ LỤC 1"],
                    ["KẾ HOẠCH GIÁM SÁT, ĐÁNH GIÁ CHƯƠNG TRÌNH GIẢM NGHÈO BỀN VỮNG"],
                    [],
                    ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"],
                    [
                        1,
                        "Giám sát việc rà soát hộ nghèo, hộ cận nghèo",
                        "Phòng Văn hóa - Xã hội",
                        "UBMTTQ phường, các tổ dân phố",
                        "Trước 30/6/2027",
                    ],
                    [
                        2,
                        "Đánh giá giữa kỳ thực hiện Chương trình",
                        "Phòng Văn hóa - Xã hội",
                        "Các đơn vị liên quan",
                        "Quý IV/2028",
                    ],
                    [
                        3,
                        "Giám sát hỗ trợ nhà ở cho hộ nghèo",
                        "UBMTTQ phường",
                        "Phòng Kinh tế, Hạ tầng và Đô thị",
                        "Từ năm 2027 trở đi",
                    ],
                    [
                        4,
                        "Kiểm tra đột xuất theo phản ánh của người dân",
                        "Phòng Văn hóa - Xã hội",
                        "Công an phường",
                        "Khi có phản ánh",
                    ],
                ],
            }
        ],
        "expected": [
            task(
                [],
                "1",
                "Giám sát việc rà soát hộ nghèo, hộ cận nghèo",
                ["Phòng Văn hóa - Xã hội"],
                ["UBMTTQ phường", "các tổ dân phố"],
                "Trước 30/6/2027",
                due("2027-06-30"),
            ),
            task(
                [],
                "2",
                "Đánh giá giữa kỳ thực hiện Chương trình",
                ["Phòng Văn hóa - Xã hội"],
                ["Các đơn vị liên quan"],
                "Quý IV/2028",
                due("2028-12-31"),
            ),
            task(
                [],
                "3",
                "Giám sát hỗ trợ nhà ở cho hộ nghèo",
                ["UBMTTQ phường"],
                ["Phòng Kinh tế, Hạ tầng và Đô thị"],
                "Từ năm 2027 trở đi",
                rng(2027, 2030),
            ),
            task(
                [],
                "4",
                "Kiểm tra đột xuất theo phản ánh của người dân",
                ["Phòng Văn hóa - Xã hội"],
                ["Công an phường"],
                "Khi có phản ánh",
                UNCLEAR,
            ),
        ],
        "warnings": 1,  # "Khi có phản ánh": imported as "thời gian chưa rõ", kept as printed
    }
)

# 04 — NQ 47/NQ-HĐND 2022 (Nghệ An): capital plan of rural-development projects as .xls:
# "TỔNG SỐ" first, groups with subtotals, "Tổng mức đầu tư" over "Tổng số" / "Trong đó: NSTW",
# "Kế hoạch vốn năm 2026".
PG1, PG2 = ["Giao thông"], ["Giáo dục"]
WORKBOOKS.append(
    {
        "slug": "04-nghe-an-47-von-ntm",
        "format": "xls",
        "source": "https://thuvienphapluat.vn/van-ban/Tai-chinh-nha-nuoc/Nghi-quyet-47-NQ-HDND-2022-ke-hoach-von-Chuong-trinh-xay-dung-nong-thon-moi-Nghe-An-623021.aspx",
        "merges": ["A4:A5", "B4:B5", "C4:D4", "E4:E5", "F4:F5"],
        "sheets": [
            {
                "name": "Biểu 01",
                "rows": [
                    ["PHỤ LỤC 2"],
                    ["DANH MỤC DỰ ÁN VÀ KẾ HOẠCH VỐN NĂM 2026 (triệu đồng)"],
                    [],
                    ["TT", "Danh mục dự án", "Tổng mức đầu tư", None, "Kế hoạch vốn năm 2026", "Chủ đầu tư"],
                    [None, None, "Tổng số", "Trong đó: NSTW", None, None],
                    [None, "TỔNG SỐ", 9800, 7000, 3900, None],
                    ["I", "Giao thông"],
                    [1, "Cải tạo, nâng cấp đường liên tổ dân phố 3 - 5", 4200, 3000, 1500, "UBND phường"],
                    [2, "Xây dựng cầu dân sinh tổ dân phố 7", 2100, 1500, 900, "UBND phường"],
                    [None, "Cộng", 6300, 4500, 2400, None],
                    ["II", "Giáo dục"],
                    [1, "Xây dựng nhà học 2 tầng trường Mầm non trung tâm", 3500, 2500, 1500, "UBND phường"],
                    [None, "Cộng", 3500, 2500, 1500, None],
                ],
            }
        ],
        "expected": [
            project(
                PG1,
                "1",
                "Cải tạo, nâng cấp đường liên tổ dân phố 3 - 5",
                ["UBND phường"],
                "4200",
                capital={"2026": {"planned": "1500"}},
            ),
            project(
                PG1,
                "2",
                "Xây dựng cầu dân sinh tổ dân phố 7",
                ["UBND phường"],
                "2100",
                capital={"2026": {"planned": "900"}},
            ),
            project(
                PG2,
                "1",
                "Xây dựng nhà học 2 tầng trường Mầm non trung tâm",
                ["UBND phường"],
                "3500",
                capital={"2026": {"planned": "1500"}},
            ),
        ],
    }
)

# 05 — NQ 19/2022/NQ-HĐND (Bến Tre): medium-term plan as .ods: "STT / Tên dự án / Nguồn vốn /
# Tổng mức đầu tư / Giải ngân / Đơn vị chủ trì", "Tổng cộng" at the end, a total that does not add up.
WORKBOOKS.append(
    {
        "slug": "05-ben-tre-19-trung-han",
        "format": "ods",
        "source": "https://hethongphapluat.com/nghi-quyet-19-2022-nq-hdnd-ve-phan-bo-chi-tiet-ke-hoach-von-dau-tu-trung-han-nguon-von-ngan-sach-nha-nuoc-thuc-hien-cac-chuong-trinh-muc-tieu-quoc-gia-tinh-ben-tre-giai-doan-2021-2025.html",
        "sheets": [
            {
                "name": "Trung hạn",
                "rows": [
                    ["PHỤ LỤC"],
                    ["KẾ HOẠCH ĐẦU TƯ CÔNG TRUNG HẠN 2026-2030"],
                    [],
                    ["STT", "Tên dự án", "Nguồn vốn", "Tổng mức đầu tư", "Giải ngân", "Đơn vị chủ trì"],
                    [
                        1,
                        "Nạo vét kênh thoát nước khu dân cư số 2",
                        "Ngân sách thành phố",
                        1800,
                        600,
                        "Phòng Kinh tế, Hạ tầng và Đô thị",
                    ],
                    [
                        2,
                        "Lắp đặt hệ thống chiếu sáng công cộng",
                        "Ngân sách phường",
                        950,
                        0,
                        "Phòng Kinh tế, Hạ tầng và Đô thị",
                    ],
                    [
                        3,
                        "Cải tạo nhà văn hóa tổ dân phố 4",
                        "Ngân sách phường và xã hội hóa",
                        700,
                        200,
                        "Phòng Văn hóa - Xã hội",
                    ],
                    [None, "Tổng cộng", None, 3500, 800, None],
                ],
            }
        ],
        "expected": [
            project(
                [],
                "1",
                "Nạo vét kênh thoát nước khu dân cư số 2",
                ["Phòng Kinh tế, Hạ tầng và Đô thị"],
                "1800",
                "Ngân sách thành phố",
            ),
            project(
                [],
                "2",
                "Lắp đặt hệ thống chiếu sáng công cộng",
                ["Phòng Kinh tế, Hạ tầng và Đô thị"],
                "950",
                "Ngân sách phường",
            ),
            project(
                [],
                "3",
                "Cải tạo nhà văn hóa tổ dân phố 4",
                ["Phòng Văn hóa - Xã hội"],
                "700",
                "Ngân sách phường và xã hội hóa",
            ),
        ],
        # "Tổng cộng" says 3.500 for 3.450; "Giải ngân" of a medium-term plan names no year, so it is
        # no year's figure: left out of the yearly capital, with a warning naming the column.
        "warnings": 2,
    }
)

# 06 — Vụ Bản (Nam Định), 15 projects added to the medium-term plan 2021-2025 (the news item
# lists them): projects with "Tên công trình, dự án / Địa điểm xây dựng / TMĐT (tỷ đồng) / Chủ
# đầu tư", groups in capitals, money with a decimal comma as text.
PC, PW = ["DỰ ÁN DO CẤP TRÊN PHÊ DUYỆT"], ["DỰ ÁN DO PHƯỜNG LÀM CHỦ ĐẦU TƯ"]
WORKBOOKS.append(
    {
        "slug": "06-vu-ban-du-an-bo-sung",
        "format": "xlsx",
        "source": "http://baonamdinh.vn/channel/5083/202110/vu-ban-bo-sung-15-du-an-tong-kinh-phi-3823-ty-dong-dau-tu-cong-trung-han-den-nam-2025-2546976/",
        "sheets": [
            {
                "name": "Danh mục",
                "rows": [
                    ["DANH MỤC DỰ ÁN BỔ SUNG KẾ HOẠCH ĐẦU TƯ CÔNG TRUNG HẠN"],
                    [],
                    ["TT", "Tên công trình, dự án", "Địa điểm xây dựng", "TMĐT (tỷ đồng)", "Chủ đầu tư"],
                    ["DỰ ÁN DO CẤP TRÊN PHÊ DUYỆT"],
                    [1, "Cải tạo, nâng cấp đường Hiển Khánh - Tân Khánh", "Phường", "120,5", "UBND phường"],
                    [2, "Xây dựng khu dân cư tập trung tổ dân phố Gôi", "Tổ dân phố Gôi", "85", "UBND phường"],
                    ["DỰ ÁN DO PHƯỜNG LÀM CHỦ ĐẦU TƯ"],
                    [
                        1,
                        "Xây dựng nhà học 2 tầng 4 phòng học trường Mầm non khu trung tâm",
                        "Khu trung tâm",
                        "4,5",
                        "UBND phường",
                    ],
                    [None, "Tổng: 3 dự án", None, "210", None],
                ],
            }
        ],
        "expected": [
            project(PC, "1", "Cải tạo, nâng cấp đường Hiển Khánh - Tân Khánh", ["UBND phường"], "120.5"),
            project(PC, "2", "Xây dựng khu dân cư tập trung tổ dân phố Gôi", ["UBND phường"], "85"),
            project(
                PW, "1", "Xây dựng nhà học 2 tầng 4 phòng học trường Mầm non khu trung tâm", ["UBND phường"], "4.5"
            ),
        ],
    }
)

# 07 — KH cải cách hành chính xã Đăk Ngọk 2023 (Kon Tum): a workbook whose appendices sit on
# two sheets (tasks, then projects), typed on another system in decomposed Unicode (NFD).
WORKBOOKS.append(
    {
        "slug": "07-dak-ngok-cchc-hai-trang-nfd",
        "format": "xlsx",
        "nfd": True,
        "source": "https://dakngok.huyendakha.kontum.gov.vn/tin-tuc-su-kien/thuc-hien-cong-tac-cai-cach-hanh-chinh-nha-nuoc-tren-dia-ban-xa-dak-ngok-nam-2023.html",
        "sheets": [
            {
                "name": "PL1 nhiệm vụ",
                "rows": [
                    ["PHỤ LỤC 1"],
                    ["NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH"],
                    [],
                    ["STT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Tiến độ", "Sản phẩm"],
                    ["I", "Cải cách thủ tục hành chính"],
                    [
                        1,
                        "Rà soát, công khai thủ tục hành chính",
                        "Văn phòng HĐND-UBND phường",
                        "Các phòng chuyên môn, đơn vị liên quan",
                        "Quý I/2027",
                        "Danh mục thủ tục công khai",
                    ],
                    [
                        2,
                        "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính",
                        "Văn phòng HĐND-UBND phường",
                        "Trung tâm Dịch vụ Sự nghiệp công",
                        "Thường xuyên",
                        "Hồ sơ điện tử",
                    ],
                ],
            },
            {
                "name": "PL2 dự án",
                "rows": [
                    ["PHỤ LỤC 2"],
                    ["DỰ ÁN HẠ TẦNG PHỤC VỤ CẢI CÁCH HÀNH CHÍNH"],
                    [],
                    ["TT", "Tên dự án", "Nguồn vốn", "Đơn vị chủ trì, thực hiện", "Tổng mức đầu tư"],
                    [
                        1,
                        "Nâng cấp bộ phận tiếp nhận và trả kết quả",
                        "Ngân sách phường",
                        "Văn phòng HĐND-UBND phường",
                        650,
                    ],
                ],
            },
        ],
        "expected": [
            {
                **task(
                    ["Cải cách thủ tục hành chính"],
                    "1",
                    "Rà soát, công khai thủ tục hành chính",
                    ["Văn phòng HĐND-UBND phường"],
                    ["Các phòng chuyên môn, đơn vị liên quan"],
                    "Quý I/2027",
                    due("2027-03-31"),
                    "Danh mục thủ tục công khai",
                ),
                "sheet": "PL1 nhiệm vụ",
            },
            {
                **task(
                    ["Cải cách thủ tục hành chính"],
                    "2",
                    "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính",
                    ["Văn phòng HĐND-UBND phường"],
                    ["Trung tâm Dịch vụ Sự nghiệp công"],
                    "Thường xuyên",
                    ONGOING,
                    "Hồ sơ điện tử",
                ),
                "sheet": "PL1 nhiệm vụ",
            },
            {
                **project(
                    [],
                    "1",
                    "Nâng cấp bộ phận tiếp nhận và trả kết quả",
                    ["Văn phòng HĐND-UBND phường"],
                    "650",
                    "Ngân sách phường",
                ),
                "sheet": "PL2 dự án",
            },
        ],
    }
)

# 08 — KH cải cách hành chính xã Định Hưng 2025 (Thanh Hóa): two columns under one heading
# ("Đơn vị chủ trì" twice): the import must be refused with a message naming the cells.
WORKBOOKS.append(
    {
        "slug": "08-dinh-hung-cchc-cot-trung",
        "format": "xlsx",
        "source": "https://dinhhung.yendinh.thanhhoa.gov.vn/thu-tuc-hanh-chinh/ke-hoach-cai-cach-hanh-chinh-xa-dinh-hung-nam-2025-281871",
        "sheets": [
            {
                "name": "Phụ lục",
                "rows": [
                    ["PHỤ LỤC"],
                    ["NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2027"],
                    [],
                    ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị chủ trì", "Thời gian hoàn thành"],
                    [
                        1,
                        "Kiểm tra công tác cải cách hành chính",
                        "Văn phòng HĐND-UBND phường",
                        "Phòng Văn hóa - Xã hội",
                        "Quý II/2027",
                    ],
                ],
            }
        ],
        "expected": [],
        "refused": "cùng tiêu đề “Đơn vị chủ trì”",
    }
)


def nfd(value):
    return unicodedata.normalize("NFD", value) if isinstance(value, str) else value


def write(book: dict) -> bytes:
    sheets = [{"name": nfd(s["name"]) if book.get("nfd") else s["name"],
               "rows": [[nfd(v) for v in r] for r in s["rows"]] if book.get("nfd") else s["rows"]}
              for s in book["sheets"]]  # fmt: skip
    if book["format"] == "xls":
        import xlwt

        wb = xlwt.Workbook(encoding="utf-8")
        for sheet in sheets:
            ws = wb.add_sheet(sheet["name"])
            merged = set()
            for rng_text in book.get("merges", []) if sheet is sheets[0] else []:
                (c0, r0), (c1, r1) = (openpyxl.utils.cell.coordinate_from_string(x) for x in rng_text.split(":"))
                c0, c1 = (
                    openpyxl.utils.column_index_from_string(c0) - 1,
                    openpyxl.utils.column_index_from_string(c1) - 1,
                )
                value = sheet["rows"][r0 - 1][c0]
                ws.write_merge(r0 - 1, r1 - 1, c0, c1, value)
                merged |= {(r, c) for r in range(r0 - 1, r1) for c in range(c0, c1 + 1)}
            for r, row in enumerate(sheet["rows"]):
                for c, value in enumerate(row):
                    if value not in (None, "") and (r, c) not in merged:
                        ws.write(r, c, value)
        out = io.BytesIO()
        wb.save(out)
        return out.getvalue()
    if book["format"] == "ods":
        from odf.opendocument import OpenDocumentSpreadsheet
        from odf.table import Table, TableCell, TableRow
        from odf.text import P

        doc = OpenDocumentSpreadsheet()
        for sheet in sheets:
            table = Table(name=sheet["name"])
            for row in sheet["rows"]:
                tr = TableRow()
                for value in row:
                    number = isinstance(value, int | float)
                    cell = TableCell(valuetype="float", value=value) if number else TableCell(valuetype="string")
                    if value not in (None, ""):
                        cell.addElement(P(text=str(value)))
                    tr.addElement(cell)
                table.addElement(tr)
            doc.spreadsheet.addElement(table)
        out = io.BytesIO()
        doc.save(out)
        return out.getvalue()
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for sheet in sheets:
        ws = wb.create_sheet(sheet["name"])
        for row in sheet["rows"]:
            ws.append(row)
        if sheet is sheets[0]:
            for rng_text in book.get("merges", []):
                ws.merge_cells(rng_text)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def main() -> None:
    for book in WORKBOOKS:
        path = HERE / f"{book['slug']}.{book['format']}"
        path.write_bytes(write(book))
        default_sheet = book["sheets"][0]["name"]
        expected = {
            "source": book["source"],
            "file": path.name,
            "rows": [{"sheet": default_sheet, **row} if "sheet" not in row else row for row in book["expected"]],
            "warnings": book.get("warnings", 0),
            "refused": book.get("refused"),
        }
        (HERE / f"{book['slug']}.expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1) + "\n")
        print(path.name)


if __name__ == "__main__":
    main()
