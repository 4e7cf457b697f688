"""Rules added after the third held-out batch of plan documents (docs/IMPORT_QUALITY.md): one key
task named in the singular after "là", and thematic resolutions listed like programmes. Sentences
written like those of commune and ward reports, not copies of the corpus."""

import pytest

from exchange.plan_document import read_plan_document
from exchange.plan_document.enumerations import find_enumeration, kind_for


def test_one_key_task_after_la_is_that_one_item():
    found = find_enumeration(
        "Ngay sau đại hội, phường xác định khâu đột phá là cải cách hành chính, chuyển đổi số, nâng cao "
        "chất lượng phục vụ người dân. Phấn đấu đến năm 2030 có 100% hồ sơ được giải quyết đúng hạn."
    )
    assert [t for _n, t in found.items] == ["cải cách hành chính, chuyển đổi số, nâng cao chất lượng phục vụ người dân"]
    assert kind_for(found.lead) == "key_task"


@pytest.mark.parametrize(
    "text",
    [
        # a value: a target, not a task's title
        "Xã xác định nhiệm vụ trọng tâm là phấn đấu thu nhập bình quân đạt 70 triệu đồng/người/năm.",
        # plural: the things are listed elsewhere or not at all
        "Đảng ủy thống nhất các nhiệm vụ trọng tâm là phát triển kinh tế, xây dựng nông thôn mới.",
        # a generic word: "nhiệm vụ" alone is no key task
        "Nhiệm vụ của chi bộ là lãnh đạo đảng viên thực hiện tốt nghị quyết.",
        # one of several
        "Một trong những nhiệm vụ trọng tâm là phát triển du lịch cộng đồng.",
    ],
)
def test_la_after_no_single_key_task_opens_no_item(text):
    assert find_enumeration(text) is None


def test_thematic_resolutions_listed_after_gom_are_programmes():
    proposal = read_plan_document(
        text=(
            "Để cụ thể hóa Nghị quyết Đại hội, Đảng ủy phường ban hành 2 nghị quyết chuyên đề về những việc "
            "cấp bách của địa phương gồm: Phát triển kinh tế ban đêm gắn với du lịch; chỉnh trang đô thị, "
            "nâng cấp hệ thống thoát nước.\n\n"
            "Phấn đấu đến năm 2030 tỷ lệ hộ nghèo dưới 0,5%."
        )
    )
    assert [(i["title"], i["kind"]) for i in proposal["items"]] == [
        ("Phát triển kinh tế ban đêm gắn với du lịch", "programme"),
        ("chỉnh trang đô thị, nâng cấp hệ thống thoát nước", "programme"),
    ]
    # The target after the list is still proposed.
    assert proposal["targets"][-1]["statement"] == "Phấn đấu đến năm 2030 tỷ lệ hộ nghèo dưới 0,5%."
