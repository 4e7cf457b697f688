"""assignments.units: a task's unit cells into its units and their roles."""

import unicodedata

import pytest

from assignments.models import TaskUnit
from assignments.units import split_lead_and_partners, split_unit_cell, task_unit_roles

LEAD, COORDINATOR = TaskUnit.Role.LEAD, TaskUnit.Role.COORDINATOR


def test_it_lists_the_leads_then_the_coordinators_in_their_order():
    assert task_unit_roles(["UBND", "Công an"], ["KTHT", "VH-XH"]) == [
        ("UBND", LEAD),
        ("Công an", LEAD),
        ("KTHT", COORDINATOR),
        ("VH-XH", COORDINATOR),
    ]


def test_a_unit_named_in_both_cells_leads():
    assert task_unit_roles(["UBND"], ["KTHT", "UBND"]) == [("UBND", LEAD), ("KTHT", COORDINATOR)]


def test_a_unit_named_twice_counts_once():
    assert task_unit_roles(["UBND", "UBND"], ["KTHT", "KTHT"]) == [("UBND", LEAD), ("KTHT", COORDINATOR)]


def test_a_task_without_units_has_no_roles():
    assert task_unit_roles([], []) == []


def test_a_cell_splits_on_its_separators_but_keeps_known_names_whole():
    cell = "Các Sở, ngành; phòng VH-XH và các đơn vị liên quan"
    assert split_unit_cell(cell, ["Các Sở, ngành"]) == ["Các Sở, ngành", "phòng VH-XH", "các đơn vị liên quan"]


@pytest.mark.parametrize(
    ("cell", "known", "expected"),
    [
        ("Các sở, ngành liên quan", [], ["Các sở, ngành liên quan"]),
        ("Hội Nông dân, Phụ nữ, Cựu chiến binh", [], ["Hội Nông dân, Phụ nữ, Cựu chiến binh"]),
        ("Hội Cựu chiến binh và Đoàn Thanh niên", [], ["Hội Cựu chiến binh", "Đoàn Thanh niên"]),
        ("trường THCS, Tiểu học, Mầm non", [], ["trường THCS", "Tiểu học", "Mầm non"]),
        (
            "Phòng Kinh tế, Hạ tầng và Đô thị; Công an phường",
            ["Công an phường"],
            ["Phòng Kinh tế, Hạ tầng và Đô thị", "Công an phường"],
        ),
        ("UBND phường, Công an phường và Trạm Y tế", [], ["UBND phường", "Công an phường", "Trạm Y tế"]),
        # A known unit followed by words that name no unit: one phrase for the ward to confirm.
        ("Các tổ dân phố, khu dân cư", ["Các tổ dân phố"], ["Các tổ dân phố, khu dân cư"]),
        ("Công an phường, các tổ dân phố", ["Công an phường"], ["Công an phường", "các tổ dân phố"]),
        # A catch-all: its commas separate no units ("ban" alone would start a unit's name).
        ("Các phòng, ban, đơn vị liên quan", [], ["Các phòng, ban, đơn vị liên quan"]),
        ("Các sở, ban, ngành có liên quan", [], ["Các sở, ban, ngành có liên quan"]),
        ("Các phòng, ban; Công an phường", [], ["Các phòng", "ban", "Công an phường"]),
    ],
)
def test_a_cell_is_split_only_where_the_pieces_name_units(cell, known, expected):
    assert split_unit_cell(cell, known) == expected


@pytest.mark.parametrize(
    ("cell", "units"),
    [
        # The committee answers through the office in brackets, which does the work (trial 4).
        ("UBND phường (Phòng Kinh tế)", ["Phòng Kinh tế"]),
        ("UBND phường (qua Văn phòng HĐND-UBND); Công an phường", ["Văn phòng HĐND-UBND", "Công an phường"]),
        ("Ủy ban nhân dân phường (Phòng Văn hóa - Xã hội tham mưu)", ["Phòng Văn hóa - Xã hội"]),
        # The same unit spelt again in brackets: the name before them.
        ("Ủy ban Mặt trận Tổ quốc Việt Nam phường (UBMTTQ)", ["Ủy ban Mặt trận Tổ quốc Việt Nam phường"]),
        # Separators inside the brackets split nothing but the units the committee acts through.
        ("UBND phường (Phòng VH-XH, Trạm Y tế); Công an phường", ["Phòng VH-XH", "Trạm Y tế", "Công an phường"]),
        # A remark in brackets, or a list that is no committee's, is kept whole for the office.
        ("Công an phường (chủ trì)", ["Công an phường (chủ trì)"]),
        ("Các tổ dân phố (Tổ 1, Tổ 2)", ["Các tổ dân phố (Tổ 1, Tổ 2)"]),
    ],
)
def test_a_unit_in_brackets_after_a_body_is_the_unit_that_does_the_work(cell, units):
    assert split_unit_cell(cell) == units


@pytest.mark.parametrize(
    ("cell", "lead", "partners"),
    [
        # One "Chủ trì/Phối hợp" column (trial 9, W10): the first line leads, the lines below help.
        ("Phòng Kinh tế, Hạ tầng và Đô thị\nTrung tâm DV SNC\nCác tổ dân phố", "Phòng Kinh tế, Hạ tầng và Đô thị",
         "Trung tâm DV SNC; Các tổ dân phố"),
        ("Công an phường\r\nCác tổ dân phố", "Công an phường", "Các tổ dân phố"),
        # Labelled, on lines or in one line, and in decomposed Unicode.
        ("Chủ trì: Phòng Văn hóa - Xã hội\nPhối hợp: Các tổ dân phố", "Phòng Văn hóa - Xã hội", "Các tổ dân phố"),
        ("Chu tri: Cong an phuong; phoi hop: Cac to dan pho", "Cong an phuong", "Cac to dan pho"),
        (unicodedata.normalize("NFD", "Chủ trì: Công an phường\nPhối hợp: Các tổ dân phố"), "Công an phường",
         "Các tổ dân phố"),
        # One line: the first unit leads; one unit alone leads with no partner.
        ("Công an phường; Các tổ dân phố", "Công an phường", "Các tổ dân phố"),
        ("Phòng Kinh tế, Hạ tầng và Đô thị", "Phòng Kinh tế, Hạ tầng và Đô thị", ""),
        ("", "", ""),
    ],
)  # fmt: skip
def test_one_cell_for_the_lead_and_its_partners(cell, lead, partners):
    known = ["Phòng Kinh tế, Hạ tầng và Đô thị", "Công an phường", "Các tổ dân phố"]
    assert split_lead_and_partners(cell, known) == (lead, partners)
