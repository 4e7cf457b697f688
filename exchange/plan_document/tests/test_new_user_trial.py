"""Rules found by the new-user trial (three ward plans the reader had never seen,
``realistic_docs``), each tested on a small text of its own."""

from exchange.plan_document import read_plan_document


def _items(proposal):
    return [(i["kind"], i["number"], i["title"]) for i in proposal["items"]]


def test_a_signature_line_after_tm_dot_is_no_section():
    text = "I. MỤC TIÊU\nTỷ lệ hộ dân dùng nước sạch đạt 100%.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn A\n"
    proposal = read_plan_document(text=text)
    assert _items(proposal) == [("part", "I", "MỤC TIÊU")]
    assert proposal["header"]["signer_title"].startswith("TM. ỦY BAN NHÂN DÂN")


def test_an_issuer_printed_on_two_lines_is_one_name():
    text = "ỦY BAN NHÂN DÂN\nPHƯỜNG KIẾN AN\nSố: 112/KH-UBND\nKẾ HOẠCH\nChỉnh trang đô thị\nI. MỤC TIÊU\nNội dung.\n"
    header = read_plan_document(text=text)["header"]
    assert header["issuing_body_name"] == "ỦY BAN NHÂN DÂN PHƯỜNG KIẾN AN"
    assert header["issuing_body"] == "ubnd"


def test_a_higher_level_over_the_issuer_stays_apart():
    text = "ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG\nĐẢNG ỦY PHƯỜNG LÊ CHÂN\nSố 45-KH/ĐU\nKẾ HOẠCH\nChuyển đổi số\nI. MỤC TIÊU\n"
    assert read_plan_document(text=text)["header"]["issuing_body_name"] == "ĐẢNG ỦY PHƯỜNG LÊ CHÂN"


KEY_TASKS = """III. NHIỆM VỤ TRỌNG TÂM
1. Phát triển công dân số
Tổ chức tổ công nghệ số cộng đồng tại các tổ dân phố.
- Đơn vị chủ trì: Công an phường.
- Đơn vị phối hợp: Đoàn Thanh niên phường, Thuế cơ sở 4.
- Thời gian thực hiện: Hằng năm.
2. Số hóa hồ sơ
- Đơn vị chủ trì: Văn phòng HĐND-UBND phường.
"""


def test_unit_lines_of_a_key_task_are_its_assignment_lead_and_coordinators_apart():
    proposal = read_plan_document(text=KEY_TASKS)
    task = next(i for i in proposal["items"] if i["title"] == "Phát triển công dân số")
    assert task["kind"] == "key_task"
    assert task["assignment"] == (
        "Đơn vị chủ trì: Công an phường.\nĐơn vị phối hợp: Đoàn Thanh niên phường, Thuế cơ sở 4."
    )
    assert task["period_text"] == "Hằng năm"
    # "Thuế cơ sở 4" in the assignment is a unit's name, never a target of 4.
    assert proposal["targets"] == []


PROGRAMMES = """III. CÁC CHƯƠNG TRÌNH
1. Chương trình chỉnh trang vỉa hè
a) Mục tiêu: Lập lại trật tự lòng đường, vỉa hè.
b) Nội dung thực hiện: Lát lại vỉa hè.
c) Đơn vị chủ trì: Phòng Kinh tế, Hạ tầng và Đô thị.
d) Đơn vị phối hợp: Công an phường.
đ) Thời gian thực hiện: 2026-2027.
2. Chương trình phân loại rác tại nguồn
a) Mục tiêu: 100% hộ gia đình phân loại rác tại nguồn vào năm 2027.
c) Đơn vị chủ trì: Phòng Văn hóa - Xã hội.
IV. TỔ CHỨC THỰC HIỆN
Các phòng báo cáo kết quả hằng năm.
"""


def test_lettered_fields_of_a_programme_are_fields_and_the_next_programme_is_found():
    proposal = read_plan_document(text=PROGRAMMES)
    assert _items(proposal) == [
        ("part", "III", "CÁC CHƯƠNG TRÌNH"),
        ("programme", "1", "Chương trình chỉnh trang vỉa hè"),
        ("programme", "2", "Chương trình phân loại rác tại nguồn"),
        ("part", "IV", "TỔ CHỨC THỰC HIỆN"),
    ]
    first = proposal["items"][1]
    assert first["general_objective"] == "Lập lại trật tự lòng đường, vỉa hè."
    assert first["main_activities"] == "Lát lại vỉa hè."
    assert first["assignment"].startswith("Đơn vị chủ trì: Phòng Kinh tế")
    assert first["period_text"] == "2026-2027"
    # A bare "Mục tiêu:" that holds a figure is also a target; one without is not.
    assert [(t["statement"], t["item"]) for t in proposal["targets"]] == [
        ("100% hộ gia đình phân loại rác tại nguồn vào năm 2027.", "i3")
    ]


NUMBERED_TASKS = """I. MỤC TIÊU
1. Mục tiêu chung
Phát triển kinh tế tư nhân.
2. Mục tiêu cụ thể
- Đến năm 2030 có 350 doanh nghiệp.
II. NHIỆM VỤ, GIẢI PHÁP
1. Cải thiện môi trường kinh doanh
1.1. Mục tiêu cụ thể
Đến năm 2027, 100% thủ tục được giải quyết đúng hạn.
1.2. Phân công thực hiện
Phòng Kinh tế, Hạ tầng và Đô thị chủ trì, phối hợp với Thuế cơ sở 4.
1.3. Thời gian thực hiện
2026-2028.
"""


def test_an_item_whose_sub_headings_are_fields_is_a_key_task_but_a_targets_section_is_not():
    proposal = read_plan_document(text=NUMBERED_TASKS)
    kinds = {title: kind for kind, _n, title in _items(proposal)}
    assert kinds["Cải thiện môi trường kinh doanh"] == "key_task"
    assert kinds["Mục tiêu chung"] == kinds["Mục tiêu cụ thể"] == "section"  # under "I. MỤC TIÊU"
    task = next(i for i in proposal["items"] if i["title"] == "Cải thiện môi trường kinh doanh")
    assert task["period_text"] == "2026-2028"
    assert "Thuế cơ sở 4" in task["assignment"]
    assert [t["statement"] for t in proposal["targets"]] == [
        "Đến năm 2030 có 350 doanh nghiệp.",
        "Đến năm 2027, 100% thủ tục được giải quyết đúng hạn.",
    ]
    # No period in the title: the plan's last year is the latest year its targets name.
    assert proposal["header"]["period_end_year"] == 2030


def test_letter_group_rows_of_a_table_are_groups_not_bad_rows():
    from exchange.workbook_import.layouts import read_grid

    header = ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Sản phẩm"]
    rows = [
        header,
        ["A", "TRẬT TỰ ĐÔ THỊ", "", "", "", ""],  # the title merged across the other cells
        ["1", "Lát lại vỉa hè", "Phòng KTHT&ĐT", "Công an phường", "2026-2027", "Tuyến phố"],
        ["B. MÔI TRƯỜNG", "", "", "", "", ""],  # typed across the whole row
        ["2", "Cấp thùng phân loại rác", "Phòng VH-XH", "", "Quý IV/2026", "Thùng rác"],
    ]
    sheet = read_grid("Phụ lục", rows, [(2, 2, 2, 6), (4, 1, 4, 6)])
    walked = [(tuple(g.number for g in path), item.number, item.errors) for path, item in sheet.walk()]
    assert walked == [(("A",), "1", []), (("B",), "2", [])]
    assert [g.title for g in sheet.root.children] == ["TRẬT TỰ ĐÔ THỊ", "MÔI TRƯỜNG"]


def test_a_period_the_portal_cannot_read_does_not_stop_the_plan(ward):
    from assignments.models import Task
    from exchange.plan_document.saving import save_proposal
    from plans.models import Plan

    proposal = read_plan_document(
        text="I. NHIỆM VỤ\nPHỤ LỤC 1\nSTT\tNhiệm vụ\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian\tKết quả\n"
        "1\tTiếp dân\tUBND phường\t\tKhi có yêu cầu\tSổ tiếp dân\n"
        "2\tGiao ban\tUBND phường\t\tHằng tháng\tBiên bản\n"
    )
    plan = save_proposal(ward=ward, proposal=proposal)
    tasks = {t.title: t for t in Task.objects.filter(plan_item__plan=plan)}
    assert Plan.objects.filter(ward=ward).count() == 1
    assert (tasks["Tiếp dân"].period_kind, tasks["Tiếp dân"].period_text) == ("unclear", "Khi có yêu cầu")
    assert tasks["Giao ban"].period_kind == "yearly"


def test_the_wards_own_committee_named_with_the_ward(ward):
    from assignments.units import UnitMatcher

    matcher = UnitMatcher.for_ward(ward)  # phường An Biên, with "Ủy ban nhân dân phường"
    assert matcher.match("UBND phường An Biên").name == "Ủy ban nhân dân phường"
    assert matcher.match("Ủy ban nhân dân phường An Biên").name == "Ủy ban nhân dân phường"
    assert matcher.match("UBND phường Lê Chân") is None  # another ward's committee is not ours


def test_a_header_repeated_after_a_page_break_is_no_row():
    from exchange.workbook_import.layouts import read_grid

    header = ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Sản phẩm"]
    rows = [
        header,
        ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"],
        ["1", "Số hóa hồ sơ", "Văn phòng HĐND-UBND phường", "", "Quý II/2026", "Kho dữ liệu"],
        header,  # pasted from Word: the second page's table follows the first
        ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"],
        ["2", "Phòng họp không giấy", "Văn phòng HĐND-UBND phường", "", "2026-2027", "Phòng họp"],
        ["3", "", "", "", "1", ""],  # figures without a name: still a row, with its error
    ]
    sheet = read_grid("Phụ lục", rows, [])
    walked = [(item.number, bool(item.errors)) for _path, item in sheet.walk()]
    assert walked == [("1", False), ("2", False), ("3", True)]


def test_a_projects_money_from_the_document_is_kept_or_its_error_named(ward):
    import pytest
    from django.core.exceptions import ValidationError

    from exchange.plan_document.saving import save_proposal
    from plans.models import Plan
    from projects.models import Project

    text = (
        "I. DỰ ÁN\nPHỤ LỤC 2\nTT\tTên dự án\tChủ đầu tư\tTổng mức đầu tư\tKế hoạch vốn năm 2026\n"
        "1\tNhà văn hóa tổ dân phố 5\tUBND phường\t1.500,5\t700\n"
    )
    proposal = read_plan_document(text=text)
    assert proposal["projects"][0]["capital"] == {"2026": {"capital_plan": "700"}}
    bad = {**proposal, "projects": [{**proposal["projects"][0], "total_investment": "khoảng 2 tỷ"}]}
    with pytest.raises(ValidationError) as refused:
        save_proposal(ward=ward, proposal=bad)
    assert "Nhà văn hóa tổ dân phố 5" in str(refused.value) and not Plan.objects.filter(ward=ward).exists()
    save_proposal(ward=ward, proposal=proposal)
    project = Project.objects.get(ward=ward)
    assert str(project.total_investment) == "1500.5"
    assert [(c.year, str(c.planned)) for c in project.capital_years.all()] == [(2026, "700.0")]


def test_a_targets_part_keeps_its_paragraphs_once_as_targets():
    text = (
        "I. MỤC ĐÍCH\nTạo chuyển biến rõ nét.\nII. CHỈ TIÊU CHỦ YẾU ĐẾN NĂM 2030\n"
        "- Tỷ lệ chất thải rắn được thu gom đạt 100%.\n- Trồng mới ít nhất 1.500 cây xanh.\n"
    )
    proposal = read_plan_document(text=text)
    part = next(i for i in proposal["items"] if i["number"] == "II")
    assert part["body"] == ""
    assert [t["statement"] for t in proposal["targets"] if t["item"] == part["id"]] == [
        "Tỷ lệ chất thải rắn được thu gom đạt 100%.",
        "Trồng mới ít nhất 1.500 cây xanh.",
    ]
    assert next(i for i in proposal["items"] if i["number"] == "I")["body"] == "Tạo chuyển biến rõ nét."


def test_a_plan_pasted_as_text_reads_its_project_table_as_the_document_does():
    """The two-row project header of plan A ("Kế hoạch vốn" over the years) loses its merge when
    pasted; its projects, money and years are read as from the .docx."""
    from exchange.plan_document import read_plan_document

    from .realistic_docs import as_pasted_text, doc_a

    def projects(proposal):
        return [(p["name"], p["total_investment"], p["capital"], p["errors"]) for p in proposal["projects"]]

    from_document = projects(read_plan_document(data=doc_a()))
    assert len(from_document) == 2
    assert projects(read_plan_document(text=as_pasted_text(doc_a()))) == from_document
