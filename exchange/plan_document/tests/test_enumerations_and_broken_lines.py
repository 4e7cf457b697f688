"""Items enumerated inside a sentence, run-in titles, and lines broken from a PDF that look like
Roman-numeral headings (issue 13, the plan-document reader on prose and flattened text)."""

import pytest

from exchange.plan_document import read_plan_document
from exchange.plan_document.duties import actor_of
from exchange.plan_document.enumerations import find_enumeration, kind_for
from exchange.plan_document.headings import classify, is_broken_line
from exchange.plan_document.reader import run_in_parts


def shape(proposal):
    by_id = {item["id"]: item for item in proposal["items"]}
    return [
        (item["number"], item["title"], item["kind"], by_id[item["parent"]]["title"] if item["parent"] else None)
        for item in proposal["items"]
    ]


# --- enumerations ---------------------------------------------------------------------------


def test_a_counted_list_of_key_tasks_keeps_its_count_and_the_last_task_whole():
    found = find_enumeration(
        "Nhiệm kỳ 2025 - 2030 Đảng bộ phường đề ra 4 nhiệm vụ trọng tâm: xây dựng phường đạt chuẩn đô thị "
        "văn minh vào năm 2030; phát triển thương mại, dịch vụ; đẩy mạnh chuyển đổi số; phấn đấu đến năm "
        "2030 thu nhập bình quân đầu người đạt 120 triệu đồng/người/năm; phường không còn hộ nghèo."
    )
    assert found is not None and not found.label
    assert [title for _n, title in found.items] == [
        "xây dựng phường đạt chuẩn đô thị văn minh vào năm 2030",
        "phát triển thương mại, dịch vụ",
        "đẩy mạnh chuyển đổi số",
        "phấn đấu đến năm 2030 thu nhập bình quân đầu người đạt 120 triệu đồng/người/năm; phường không còn hộ nghèo",
    ]


def test_marked_pieces_keep_their_numbers_and_lose_their_markers():
    found = find_enumeration(
        "Đảng bộ phường tập trung 3 khâu đột phá: (1) hoàn thiện hạ tầng đô thị, chỉnh trang các tuyến "
        "phố; (2) cải cách hành chính gắn với chuyển đổi số; (3) phát triển nguồn nhân lực chất lượng cao."
    )
    assert found.items == [
        ("1", "hoàn thiện hạ tầng đô thị, chỉnh trang các tuyến phố"),
        ("2", "cải cách hành chính gắn với chuyển đổi số"),
        ("3", "phát triển nguồn nhân lực chất lượng cao"),
    ]


def test_a_lettered_list_without_a_plan_word_counts_when_no_piece_holds_a_value():
    found = find_enumeration(
        "Nội dung tuyên truyền gồm: a) ý nghĩa, tầm quan trọng của cuộc bầu cử; b) quyền và nghĩa vụ "
        "của công dân trong bầu cử; c) tiêu chuẩn của người ứng cử."
    )
    assert [n for n, _t in found.items] == ["a", "b", "c"]
    assert found.items[2][1] == "tiêu chuẩn của người ứng cử"


@pytest.mark.parametrize(
    "text",
    [
        # a list of values is a list of targets
        "Cơ cấu kinh tế đến năm 2030: thương mại - dịch vụ 62%; công nghiệp - xây dựng 30%; nông nghiệp 8%.",
        "Các chỉ tiêu gồm: a) thu nhập bình quân đạt 90 triệu đồng; b) tỷ lệ hộ nghèo dưới 1%.",
        # targets are counted, not things to do
        "Nghị quyết đề ra 16 chỉ tiêu: tỷ lệ tham gia bảo hiểm y tế đạt 95%; 100% trường đạt chuẩn.",
        # fewer pieces than the count: the things are parted by commas, not cut here
        "Phường xác định 3 khâu đột phá: cải cách hành chính, chuyển đổi số; phát triển hạ tầng đô thị.",
        # no list at all
        "Nghị quyết Đại hội Đảng bộ xã xác định 5 nhiệm vụ trọng tâm và các giải pháp thực hiện cụ thể.",
        # a colon in a sentence that names nothing a plan is built of
        "Thời gian thực hiện: năm 2026; kinh phí: ngân sách phường.",
    ],
)
def test_lists_that_are_not_items(text):
    assert find_enumeration(text) is None


def test_a_list_after_la_right_after_the_kind_of_its_items():
    found = find_enumeration(
        "Bí thư Đảng ủy phường nhấn mạnh nhiệm vụ then chốt của nhiệm kỳ 2025-2030 là nâng cao năng lực "
        "lãnh đạo của tổ chức Đảng; xây dựng hệ thống chính trị vững mạnh; huy động tối đa nguồn lực để "
        "phát triển kinh tế, xã hội."
    )
    assert [t for _n, t in found.items] == [
        "nâng cao năng lực lãnh đạo của tổ chức Đảng",
        "xây dựng hệ thống chính trị vững mạnh",
        "huy động tối đa nguồn lực để phát triển kinh tế, xã hội",
    ]
    assert kind_for(found.lead) == "key_task"


@pytest.mark.parametrize(
    "text",
    [
        # "là" far from any plan word
        "Phường xác định nhiệm kỳ 2025-2030 là giai đoạn tạo bước đột phá về diện mạo đô thị; chỉnh trang vỉa hè.",
        # one of them
        "Một trong những nhiệm vụ trọng tâm là cải cách hành chính; chuyển đổi số trong cơ quan nhà nước.",
        # the plan word owns what is listed: objectives of a scheme, not schemes
        "Mục tiêu của đề án: nâng cao năng lực y tế cơ sở; giảm tỷ lệ suy dinh dưỡng trẻ em.",
    ],
)
def test_leads_that_open_no_list_of_items(text):
    assert find_enumeration(text) is None


def test_reader_proposes_a_label_as_a_group_and_the_pieces_as_key_tasks_under_it():
    proposal = read_plan_document(
        text=(
            "Một số chỉ tiêu chủ yếu và 3 khâu đột phá (nhiệm kỳ 2025 - 2030) Tốc độ tăng trưởng kinh tế bình "
            "quân đạt 10%/năm. Tỷ lệ hộ nghèo dưới 1%. Ba khâu đột phá: Hoàn thiện hạ tầng giao thông kết nối "
            "các khu đô thị; Phát triển thương mại - dịch vụ trở thành ngành kinh tế mũi nhọn; Đẩy mạnh cải "
            "cách hành chính, chuyển đổi số."
        )
    )
    section = "Một số chỉ tiêu chủ yếu và 3 khâu đột phá (nhiệm kỳ 2025 - 2030)"
    assert shape(proposal) == [
        ("", section, "section", None),
        ("", "Ba khâu đột phá", "group", section),
        ("", "Hoàn thiện hạ tầng giao thông kết nối các khu đô thị", "key_task", "Ba khâu đột phá"),
        ("", "Phát triển thương mại - dịch vụ trở thành ngành kinh tế mũi nhọn", "key_task", "Ba khâu đột phá"),
        ("", "Đẩy mạnh cải cách hành chính, chuyển đổi số", "key_task", "Ba khâu đột phá"),
    ]
    # The targets of the paragraph are still proposed, under the section.
    assert [t["statement"] for t in proposal["targets"]][:2] == [
        "Tốc độ tăng trưởng kinh tế bình quân đạt 10%/năm.",
        "Tỷ lệ hộ nghèo dưới 1%.",
    ]


def test_reader_proposes_the_pieces_of_a_sentence_lead_as_key_tasks_of_the_plan():
    proposal = read_plan_document(
        text=(
            "Trong nhiệm kỳ mới, Đảng ủy phường xác định hai khâu đột phá: xây dựng đội ngũ cán bộ có bản lĩnh "
            "chính trị vững vàng; đồng thời đẩy mạnh cải cách hành chính, nâng cao hiệu quả phục vụ nhân dân.\n\n"
            "Cùng với đó, phường định hướng phát triển kinh tế theo hướng thương mại - dịch vụ."
        )
    )
    assert shape(proposal) == [
        ("", "xây dựng đội ngũ cán bộ có bản lĩnh chính trị vững vàng", "key_task", None),
        ("", "đẩy mạnh cải cách hành chính, nâng cao hiệu quả phục vụ nhân dân", "key_task", None),
    ]


def test_a_run_in_title_is_cut_only_when_its_words_make_it_a_heading():
    assert run_in_parts("Các chỉ tiêu chủ yếu đến năm 2030 Tỷ lệ hộ nghèo dưới 1%.") == [
        "Các chỉ tiêu chủ yếu đến năm 2030",
        "Tỷ lệ hộ nghèo dưới 1%.",
    ]
    # A sentence that happens to hold a year before a capital is not cut.
    text = "Phường phấn đấu đến năm 2030 Thu nhập bình quân đạt 120 triệu đồng."
    assert run_in_parts(text) == [text]


# --- lines broken from a PDF that look like Roman-numeral headings -------------------------


@pytest.mark.parametrize(
    "line",
    [
        "III. Chi từ nguồn thu để lại quản lý qua",  # a table's line that stops on "qua"
        "V. và các tổ chức chính trị - xã hội phường thực hiện",  # goes on in lower case
        "X. của Ủy ban nhân dân phường về việc",
        "I. Phối hợp với Ủy ban Mặt trận Tổ quốc phường và",
    ],
)
def test_a_broken_line_is_not_a_roman_heading(line):
    assert classify(line).style == "plain"


@pytest.mark.parametrize(
    "line",
    [
        "II. Cải thiện mạnh mẽ môi trường đầu tư kinh doanh, phát triển các thành phần kinh tế",
        "IV. CÁC NHIỆM VỤ TRỌNG TÂM VÀ",  # capitals: a heading whatever its last word
        "I. Mục đích, yêu cầu",
        "V. Tổ chức thực hiện:",
    ],
)
def test_real_roman_headings_stay_headings(line):
    assert classify(line).style == "roman"
    assert not is_broken_line(line.split(".", 1)[1])


def test_pdf_text_with_broken_roman_lines_keeps_its_tree():
    # Copied from a PDF: paragraphs wrapped over lines, one wrapped line starting "V. và …" and a
    # cut table line "III. Chi từ …" at the top of a page.
    text = (
        "III. Chi từ nguồn thu để lại quản lý qua\n"
        "I. MỤC TIÊU\n"
        "1. Mục tiêu chung\n"
        "Xây dựng phường phát triển nhanh, bền vững; nâng cao đời sống vật chất, tinh thần\n"
        "của Nhân dân; giữ vững quốc phòng, an ninh, trật tự an toàn xã hội; phối hợp\n"
        "chặt chẽ với Ủy ban Mặt trận Tổ quốc Việt Nam phường\n"
        "V. và các tổ chức chính trị - xã hội trong công tác vận động\n"
        "nhân dân tham gia xây dựng đô thị văn minh.\n"
        "2. Mục tiêu cụ thể\n"
        "- Tỷ lệ hộ nghèo giảm còn dưới 1%, tỷ lệ dân số tham gia\n"
        "bảo hiểm y tế đạt 95% trở lên.\n"
        "II. NHIỆM VỤ, GIẢI PHÁP\n"
        "1. Phát triển kinh tế đô thị\n"
        "Tập trung phát triển thương mại, dịch vụ gắn với chỉnh trang\n"
        "đô thị, khai thác hiệu quả quỹ đất công.\n"
    )
    proposal = read_plan_document(text=text)
    assert [(n, t, p) for n, t, _k, p in shape(proposal)] == [
        ("I", "MỤC TIÊU", None),
        ("1", "Mục tiêu chung", "MỤC TIÊU"),
        ("2", "Mục tiêu cụ thể", "MỤC TIÊU"),
        ("II", "NHIỆM VỤ, GIẢI PHÁP", None),
        ("1", "Phát triển kinh tế đô thị", "NHIỆM VỤ, GIẢI PHÁP"),
    ]


def test_a_short_numbered_paragraph_after_content_siblings_is_content_too():
    long_one = (
        "Nâng cao hiệu quả cung cấp, sử dụng dịch vụ công; sắp xếp tổ chức bộ máy cơ quan nhà nước; cải "
        "thiện mạnh mẽ môi trường đầu tư kinh doanh; hiện đại hoá phương thức quản lý, điều hành, góp phần "
        "duy trì, cải thiện, nâng cao thứ hạng Chỉ số cải cách hành chính, Chỉ số hài lòng của người dân."
    )
    text = (
        f"I. MỤC ĐÍCH, YÊU CẦU\n1. {long_one}\n2. {long_one}\n"
        "3. Việc triển khai các nhiệm vụ cải cách hành chính phải được tiến hành đồng bộ.\n"
        "II. NHIỆM VỤ TRỌNG TÂM\n1. Cải cách thể chế\n2. Cải cách thủ tục hành chính\n"
    )
    proposal = read_plan_document(text=text)
    assert [(n, t) for n, t, _k, _p in shape(proposal)] == [
        ("I", "MỤC ĐÍCH, YÊU CẦU"),
        ("II", "NHIỆM VỤ TRỌNG TÂM"),
        ("1", "Cải cách thể chế"),
        ("2", "Cải cách thủ tục hành chính"),
    ]


def test_numbering_that_restarts_under_a_heading_of_the_same_number_is_its_paragraphs():
    text = (
        "I. MỤC ĐÍCH - YÊU CẦU:\n1. Mục đích.\n"
        "1. Làm cho Nhân dân trong toàn xã thấy rõ ý nghĩa và tầm quan trọng của cuộc bầu cử.\n"
        "2. Tạo không khí phấn khởi trong Nhân dân hướng tới ngày bầu cử.\n"
        "2. Yêu cầu.\nTuyên truyền kịp thời, đúng định hướng.\n"
    )
    proposal = read_plan_document(text=text)
    assert [(n, t) for n, t, _k, _p in shape(proposal)] == [
        ("I", "MỤC ĐÍCH - YÊU CẦU"),
        ("1", "Mục đích."),
        ("2", "Yêu cầu."),
    ]


# --- the execution part, the closing paragraph and the signature block ---------------------

EXECUTION_TEXT = (
    "Thực hiện Kế hoạch số 20-KH/TU ngày 10/01/2026 của Ban Thường vụ Thành ủy, Ban Thường vụ Đảng ủy "
    "phường An Biên ban hành Kế hoạch triển khai thực hiện như sau:\n"
    "A. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n- Cụ thể hóa Kế hoạch số 20-KH/TU.\n2. Yêu cầu\n- Bám sát thực tiễn.\n"
    "B. NHIỆM VỤ TRỌNG TÂM\n1. Phát triển kinh tế tư nhân\n1.1. Phân công thực hiện: Giao Ủy ban nhân dân phường.\n"
    "* Các nhiệm vụ được cụ thể hóa tại Phụ lục kèm theo.\n"
    "C. TỔ CHỨC THỰC HIỆN\n"
    "1. Căn cứ kế hoạch này, các chi bộ trực thuộc chủ động xây dựng kế hoạch của đơn vị mình.\n"
    "2. Ủy ban nhân dân phường chỉ đạo các phòng chuyên môn triển khai kế hoạch, định kỳ báo cáo.\n"
    "3. Ban xây dựng Đảng chủ trì, hướng dẫn tuyên truyền, quán triệt Kế hoạch này.\n"
    "Trong quá trình tổ chức thực hiện, nếu có vướng mắc, các đơn vị báo cáo Ban Thường vụ Đảng ủy.\n"
    "Nơi nhận:\n- Thường trực Thành ủy (để báo cáo),\n- Lưu Văn phòng Đảng ủy.\n"
    "T/M BAN THƯỜNG VỤ\nBÍ THƯ\n(Đã ký)\nNguyễn Văn An\n"
)


def test_numbered_duties_under_execution_are_titled_by_who_acts():
    proposal = read_plan_document(text=EXECUTION_TEXT)
    duties = [i for i in proposal["items"] if i["kind"] == "duty"]
    assert [(d["number"], d["title"]) for d in duties] == [
        ("1", "Các chi bộ trực thuộc"),
        ("2", "Ủy ban nhân dân phường"),
        ("3", "Ban xây dựng Đảng"),
    ]
    assert (
        duties[1]["body"] == "Ủy ban nhân dân phường chỉ đạo các phòng chuyên môn triển khai kế hoạch, định kỳ báo cáo."
    )
    # The note after the key task's field is the section's; the closing paragraph is the plan's.
    part_b = next(i for i in proposal["items"] if i["number"] == "B")
    assert part_b["body"] == "* Các nhiệm vụ được cụ thể hóa tại Phụ lục kèm theo."
    assert not any("Trong quá trình" in i["body"] for i in proposal["items"])


def test_header_takes_issuer_from_basis_closing_signature_purpose_and_requirements():
    header = read_plan_document(text=EXECUTION_TEXT)["header"]
    assert header["issuing_body_name"] == "Ban Thường vụ Đảng ủy phường An Biên"
    assert header["issuing_body"] == "party"
    assert header["closing_text"].startswith("Trong quá trình tổ chức thực hiện, nếu có vướng mắc")
    assert header["recipients"] == "- Thường trực Thành ủy (để báo cáo),\n- Lưu Văn phòng Đảng ủy."
    assert (header["signer_title"], header["signer_name"]) == ("T/M BAN THƯỜNG VỤ\nBÍ THƯ", "Nguyễn Văn An")
    assert (header["purpose"], header["requirements"]) == ("- Cụ thể hóa Kế hoạch số 20-KH/TU.", "- Bám sát thực tiễn.")


@pytest.mark.parametrize(
    "sentence, actor",
    [
        ("Hội đồng nhân dân phường tăng cường giám sát việc triển khai.", "Hội đồng nhân dân phường"),
        (
            "Ủy ban Mặt trận Tổ quốc Việt Nam phường và các tổ chức chính trị - xã hội đẩy mạnh tuyên truyền.",
            "Ủy ban Mặt trận Tổ quốc Việt Nam phường và các tổ chức chính trị - xã hội",
        ),
        ("Ban Chỉ đạo phòng, chống tham nhũng phường theo dõi, đôn đốc.", "Ban Chỉ đạo phòng, chống tham nhũng phường"),
        ("Tăng cường công tác kiểm tra, giám sát.", ""),  # no one named before the verb
    ],
)
def test_actor_of_a_duty(sentence, actor):
    assert actor_of(sentence) == actor
