"""Reading one Vietnamese target sentence (chỉ tiêu) into structured parts.

``parse_target_sentence("Tỷ lệ ... đạt trên 80%.", 2030)`` gives one ``TargetPart``
(more_than 80 %, horizon 2030). A sentence with several targets gives several parts, a
sentence with no target one qualitative part (no value: never a made-up number).

The reading, step by step (each step is one function below, its words in one table):

1. **Normalise** (``_normalise``): spaces, ``**bold**``, PDF letters (``ƣ`` → ``ư``,
   ``Ð`` → ``Đ``), money written short (``596tỷđ``, ``60trđ``, ``Tr. đồng``, ``tr.đ`` →
   ``tỷ đồng``/``triệu đồng``), per-mille typed as ``%0``/``%o``/``phần nghìn`` → ``‰``, and an
   item's number in a list (``(3) GRDP …``) left out.
2. **Numbers** (``_find_numbers``): Vietnamese numbers (``1.000,5``; read by
   ``core.numbers.parse_number``), ranges (``3-5%``, ``từ 3 đến 5%``), fractions of a whole
   (``6/14 trường`` is 6), small numbers in words before a counting noun (``một xã``) and
   zeros in words (``không còn hộ nghèo`` is 0 hộ). Spans that hold digits but no value are
   blanked first (``_NOT_VALUES``: years, dates, document numbers, named levels, age bands,
   durations inside a name such as ``(5 năm)``, the count of a plan's own targets ``đề ra
   25 chỉ tiêu``).
3. **Unit** (``_read_unit``): ``%``, ``‰``, the longest counting noun or measure of
   ``UNITS``, ratios (``doanh nghiệp/1.000 dân``) and per-head money
   (``triệu đồng/người/năm``).
4. **The words before the number** (``_read_lead``) are peeled off from the right using the
   tables ``DIRECTION_WORDS`` (bounds: trên, tối thiểu, dưới…), ``DOWN_TO_WORDS`` (``còn``,
   ``giảm xuống``: a ceiling reached by going down), ``CHANGE_WORDS`` (``tăng``, ``giảm``:
   the number is a change, not a level) and ``FILLER_WORDS`` (đạt, là, bình quân…). What is
   left is the label of the quantity.
5. **Role** (``_role``): a number is a target unless it is the comparison of the target
   before it in the same clause — ``gấp 2 lần``, ``tăng 80 hộ so với năm 2015``, ``bằng năm
   2015`` — or the start of ``từ 14,65% lên 24,14%``: then it is that target's baseline.
6. **Measure label** (``_measure``): see ``docs/IMPORT_QUALITY.md`` ("The measure label").
   In short: the sentence's own words naming the quantity, without verbs of reaching,
   bounds, years and fillers; ``tỷ lệ …`` for a bare percentage of a population,
   ``số <noun> …`` for a count named after its number, ``mức tăng …``/``mức giảm …`` for a
   change.
7. **Horizon** (``_horizon``): ``đến (năm) 2030``, ``năm 2020``, ``vào năm 2030``, the end of
   ``giai đoạn/thời kỳ/nhiệm kỳ 2026-2030``, ``đến cuối nhiệm kỳ`` (the end of the
   sentence's term). A target's own words name its year; otherwise the year named last
   before the sentence's first number (its lead-in: "Năm 2026, phường … phấn đấu: …")
   governs every target. A per-year rate takes only a period's end (the year of one figure
   is not the horizon of a rate); a year compared with ("so với năm 2015") never is.
8. **Annual** (``_annual``): ``hằng năm``/``mỗi năm``/``/năm`` on a rate or a flow, an
   averaged change (``tăng bình quân 10%``), or a sentence that opens with ``Hằng năm``; a
   level whose unit merely carries ``/năm`` (``triệu đồng/người/năm``) is not annual.
9. **Qualitative clauses** (``_qualitative_clauses``): among targets with numbers, a clause
   with none that sets a state to reach (``duy trì xã đạt tiêu chí quốc gia về y tế``) is a
   qualitative part of its own; ``tất cả chi bộ đều hoàn thành …`` is 100 %.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import asdict, dataclass, field, replace
from decimal import Decimal
from functools import lru_cache

from core.numbers import parse_number

DIRECTIONS = ("at_least", "more_than", "at_most", "less_than", "exactly", "about", "qualitative")
CHANGES = ("increase", "decrease")
BASELINE_KINDS = ("times", "percent_over", "difference", "value")
MEASURE_MAX = 300
MAX_SENTENCE_CHARS = 2_000


@dataclass(frozen=True)
class TargetPart:
    """One target read from a sentence.

    ``direction`` is the bound on ``value`` (the ``Target.direction`` choices). ``change``
    says the value is a change of the measure rather than a level ("tăng 5%/năm": exactly 5,
    change ``increase``; "tăng hơn 8%": more_than 8, change ``increase``). ``baseline_kind``
    says how ``baseline_value``/``baseline_year`` compare: ``times`` ("gấp 3 lần so với năm
    2020": value 3), ``percent_over`` ("tăng 15% so với năm 2025": value 15 when another
    value is the target, else none), ``difference`` ("tăng 80 hộ so với năm 2015": 80) and
    ``value`` (a starting level: "từ 14,65% lên 24,14%": 14.65). Decreases are negative.
    """

    measure: str
    direction: str
    value: Decimal | None = None
    value_max: Decimal | None = None
    unit: str = ""
    horizon_year: int | None = None
    is_annual: bool = False
    change: str = ""
    baseline_kind: str = ""
    baseline_value: Decimal | None = None
    baseline_year: int | None = None

    def as_json(self) -> dict:
        """Plain JSON values (numbers as int or float) for a plan document."""
        data = asdict(self)
        for key in ("value", "value_max", "baseline_value"):
            if data[key] is not None:
                number = data[key]
                data[key] = int(number) if number == number.to_integral_value() else float(number)
        return data


# ---------------------------------------------------------------- tables of words

# The words and signs that say which way a target goes, written just before its number.
# Sentences here and the importer's "Chiều" and "Giá trị" cells read this one list.
# Where words of two directions end the text before a number ("đạt và vượt", "vượt"),
# the direction listed first wins; "đạt" says what a plain number already says (exactly).
DIRECTION_WORDS: tuple[tuple[str, str], ...] = (
    ("không dưới", "at_least"), ("không ít hơn", "at_least"), ("tối thiểu", "at_least"), ("ít nhất", "at_least"),
    ("đạt và vượt", "at_least"), (">=", "at_least"), ("≥", "at_least"),
    ("không quá", "at_most"), ("không vượt quá", "at_most"), ("tối đa", "at_most"), ("top", "at_most"),
    ("<=", "at_most"), ("≤", "at_most"),
    ("vào khoảng", "about"), ("khoảng", "about"), ("xấp xỉ", "about"), ("gần", "about"), ("~", "about"),
    ("dưới", "less_than"), ("ít hơn", "less_than"), ("<", "less_than"),
    ("trên", "more_than"), ("hơn", "more_than"), ("vượt", "more_than"), (">", "more_than"),
    ("đạt", "exactly"), ("=", "exactly"),
)  # fmt: skip

# A level reached by going down ("giảm còn 1%", "xuống dưới 18%"): a ceiling.
DOWN_TO_WORDS = ("giảm xuống còn", "giảm xuống", "giảm còn", "xuống còn", "xuống", "chỉ còn", "còn")
# The number is a change of the measure, not its level ("kéo giảm", of crime and accidents, is one verb).
CHANGE_WORDS = {"tăng thêm": "increase", "tăng": "increase", "nâng": "increase", "có thêm": "increase",
                "giảm thêm": "decrease",
                "giảm": "decrease", "giảm thiểu": "decrease", "kéo giảm": "decrease"}  # fmt: skip
# Words between a label and its number that say nothing about the direction.
FILLER_WORDS = (
    "bình quân hằng năm", "bình quân hàng năm", "bình quân mỗi năm", "bình quân/năm", "bình quân",
    "hằng năm", "hàng năm", "mỗi năm",
    "trung bình mỗi năm", "ước thực hiện", "ước đạt", "ước", "đạt được", "đạt", "là", "ổn định ở mức", "ở mức", "có",
    "chiếm", "thêm", "gấp",
    "lên", "phấn đấu",
    "phần đầu", "duy trì", "được", "cho", "với", "=", ":", ",", "-", "–",
)  # fmt: skip
# Lead-ins: the label starts after the last of these ("xã phấn đấu", "đề ra các chỉ tiêu như:").
LEAD_IN_WORDS = ("phấn đấu", "phần đầu", "đặt mục tiêu", "mục tiêu", "chỉ tiêu cụ thể", "chỉ tiêu chủ yếu",
                 "đặt chỉ tiêu", "đặt ra chỉ tiêu",
                 "như", "trong đó", "cụ thể",
                 "theo đó", "đồng thời", "bên cạnh đó", "song song đó", "song song với đó", "bao gồm", "gồm",
                 "qua đó")  # fmt: skip
# Words that open a label but say nothing about the quantity.
OPENING_WORDS = ("trong đó", "phấn đấu", "phần đầu", "sẽ", "tiếp tục", "duy trì", "đảm bảo", "bảo đảm", "có",
                 "đạt", "toàn huyện có", "toàn xã có", "và", "trung bình mỗi năm", "bình quân mỗi năm", "mỗi năm",
                 "hằng năm", "hàng năm", "bình quân hằng năm", "bình quân hàng năm", "tiếp tục thực hiện", "thực hiện",
                 "ước đạt", "ước", "trung bình", "ổn định", "giữ vững", "giữ", "toàn huyện", "toàn xã",
                 "toàn phường", "để", "hiện nay", "hiện", "đến nay")  # fmt: skip
# A qualitative target is named without the verbs that lead into it ("Phấn đấu xây dựng xã đạt chuẩn …").
QUALITATIVE_OPENING_WORDS = (*OPENING_WORDS, "xây dựng", "giữ vững", "góp phần")
# Abbreviations read in full in labels (the corpus's hand readings spell these out).
ABBREVIATIONS = {"HTTNV": "hoàn thành tốt nhiệm vụ", "HTXSNV": "hoàn thành xuất sắc nhiệm vụ"}

# Counting nouns and measures, as printed after a number (longest first when read).
UNITS = (
    "nghìn tỷ đồng", "triệu tỷ đồng", "tỷ đồng", "triệu đồng", "nghìn đồng", "ngàn đồng", "đồng", "tỷ USD", "triệu USD",
    "USD", "tỷ", "triệu",
    "doanh nghiệp", "hợp tác xã", "tổ hợp tác", "dự án", "công trình", "cơ sở", "sản phẩm", "mô hình", "câu lạc bộ",
    "người", "hội viên", "đảng viên", "đoàn viên", "lao động", "học sinh", "giáo viên", "bác sĩ", "trẻ", "lượt người",
    "lượt", "hộ gia đình", "hộ", "gia đình", "khẩu",
    "việc làm", "thiết bị", "trường", "phòng học thông minh", "phòng học", "lớp", "nhà văn hóa", "trạm y tế",
    "giường bệnh",
    "tổ dân phố", "khu dân cư", "khu phố", "tuyến phố", "tuyến đường", "đồng chí", "chi hội", "cơ quan",
    "căn nhà", "ngôi nhà", "căn", "nhà", "khu vực", "khóm", "thôn",
    "làng", "bản", "xóm", "ấp", "xã", "phường", "thị trấn", "huyện", "tỉnh", "thành phố", "đơn vị", "tổ chức", "chi bộ",
    "tiêu chí", "chỉ tiêu", "nhiệm vụ", "nội dung", "đường hẻm", "đoạn đường", "tuyến hẻm", "tuyến", "bóng", "con",
    "cây", "hồ sơ", "tụ điểm", "đối tượng", "cụm công nghiệp", "khu công nghiệp",
    "trang trại", "gia trại",
    "ha", "km", "m2 sàn", "m2", "m3", "m", "cm", "kg", "tấn", "tạ/ha", "tạ", "lít",
    "lần", "vụ", "năm", "tháng", "ngày", "tuổi", "điểm phần trăm", "điểm", "hạng", "giờ",
)  # fmt: skip
# The quantity a unit measures, for a label built from the words after the number.
UNIT_QUANTITY = {"%": "tỷ lệ", "‰": "tỷ lệ", "ha": "diện tích", "km": "chiều dài", "m": "chiều dài",
                 "tấn": "sản lượng", "tạ": "sản lượng", "tỷ đồng": "giá trị", "triệu đồng": "giá trị"}  # fmt: skip
# Heads that name a quantity: a label starting with one is a subject, not a verb phrase.
MEASURE_HEADS = (
    "tỷ lệ", "tỉ lệ", "tỷ trọng", "tỉ trọng", "tỷ suất", "tỷ số", "tốc độ", "tăng trưởng", "số", "tổng", "mức",
    "giá trị",
    "thu ngân sách", "thu nội địa", "chi ngân sách", "thu nhập", "bình quân", "diện tích", "sản lượng", "năng suất",
    "vốn", "chỉ số", "tuổi thọ", "chiều cao", "dân số", "gdp", "grdp", "lương thực", "đàn", "cơ cấu", "kim ngạch",
    "doanh thu", "thời gian", "trọng lượng", "khối lượng", "chiều dài", "công suất", "giải ngân",
    "dự toán", "chi đầu tư", "chi thường xuyên", "dự phòng ngân sách", "thu bổ sung", "nguồn vốn", "ngân sách",
    "chi cân đối", "nhu cầu",
)  # fmt: skip
# Units of a rate: a change in them compared with a year is a change over that year's level.
_RATE_UNITS = ("%", "‰", "điểm phần trăm")
# Units that are money: "/năm" after them is part of the unit, not a per-year rate.
_MONEY = ("đồng", "USD")
# Words after a number that are no counting noun (a verb, a preposition, a direction word).
_NOT_NOUNS = frozenset(
    "và hoặc trở so với trên dưới đạt được có là của cho trong từ đến tới theo tăng giảm trở lên xuống còn"
    " lần lượt bình quân hằng hàng mỗi năm tháng ngày vào tại thì mà thuộc hơn khoảng gần".split()
)
# Counting nouns of places and bodies.
_PLACES = frozenset(
    ("xã", "phường", "thị trấn", "thôn", "làng", "bản", "xóm", "ấp", "khóm", "tổ dân phố", "khu dân cư", "khu phố",
     "huyện", "tỉnh", "thành phố", "chi bộ", "tổ chức", "cơ quan", "đơn vị", "trường")
)  # fmt: skip
# Units of time: never one of two counting nouns named together ("năm, xã" is two phrases).
_TIME_UNITS = ("năm", "tháng", "ngày", "giờ", "tuổi", "lần")
# Units whose "/năm" is part of a level per head ("700 kg/năm" of food per head), not a yearly flow.
_LEVEL_PER_YEAR = (*_MONEY, "kg")

# ---------------------------------------------------------------- patterns

_NUM = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
_NUMBER_RE = re.compile(
    # "3%-4%" is a range too: a "%" before the dash when the upper end has one as well.
    rf"(?<![\w/.,-])({_NUM})(?:\s*(?:%(?=\s*[-–]\s*(?:{_NUM})\s*%))?\s*(?:-|–|đến|tới)\s*({_NUM}))?"
    rf"(?:\s*/\s*(\d+)(?!\d*/))?(?![\w/]|-[A-ZĐ])"
)
_WORD_NUMBERS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
_UNIT_ALT = "|".join(re.escape(u) for u in sorted(UNITS, key=len, reverse=True))
_WORD_NUMBER_RE = re.compile(
    # "trên cả ba tiêu chí": "cả" makes the number a scope (all of them), not a count; "Hàng năm tổ chức …" is
    # "every year", whatever its case.
    rf"(?<![\wÀ-ỹ/])(?<!trên )(?<!mỗi )(?<!cả )(?<!hằng )(?<!hàng )({'|'.join(_WORD_NUMBERS)})\s+"
    rf"(?=(?:{_UNIT_ALT})(?![\wÀ-ỹ]))",
    re.IGNORECASE,
)
# "tất cả chi bộ đều hoàn thành …": all of them, 100 %.
_ALL_OF_RE = re.compile(r"(?<![\wÀ-ỹ])(?<!trên )(?<!về )(?<!ở )(?:tất cả|toàn bộ)\s+(?:các\s+)?(?=\S)", re.IGNORECASE)
# "không còn hộ nghèo": a zero, counted in the noun that follows.
_ZERO_RE = re.compile(rf"(?<![\wÀ-ỹ])(?:không còn|không có|không để xảy ra|không để)\s+(?=(?:{_UNIT_ALT})\b)", re.I)

# Spans that contain digits but are no values; they are blanked before numbers are read.
_NOT_VALUES = [
    r"\b\d{1,2}(?:/\d{1,2}/|-\d{1,2}-|\.\d{1,2}\.)\d{4}\b",  # dates: "20/8/2025", "25-3-2020"
    r"\b\d{1,2}\s*/\s*(?:19|20)\d{2}\b",  # months: "tháng 12/2025"
    r"(?i:\b(?:ngày|sáng|chiều|trưa|tối|đêm)\s+\d{1,2}\s*[/-]\s*\d{1,2}\b)(?![/-])",  # days: "Ngày 24/12", "Sáng 30-1"
    # "Trong hai ngày 7 và 8/8": the days of a meeting, and how many they are.
    r"(?i:\b(?:(?:hai|ba|\d)\s+)?ngày\s+\d{1,2}(?:\s*(?:,|và)\s*\d{1,2})+\s*/\s*\d{1,2}\b)",
    r"(?i:\bkỷ niệm\s+\d+\s+năm)",  # "kỷ niệm 96 năm Ngày thành lập Đảng": an anniversary
    r"(?i:\b(?:ngày\s+\d{1,2}\s+)?tháng\s+\d{1,2}\s+năm\s+(?:19|20)\d{2})",  # "ngày 26 tháng 11 năm 2003"
    r"\b(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}\b",  # year ranges
    r"\bsố\s+\d[\w/.\-]*",  # document numbers
    r"\b\d+(?:/\d+)*[-/][A-ZĐ][\w/\-]*",  # 57-NQ/TW, 226/2025/QH15
    r"\b(?:Nghị định|Quyết định|Thông tư|Luật|Đề án|Chỉ thị|Kế hoạch|Nghị quyết)\s+\d[\w/.\-]*",
    r"\b(?:lớp|mức độ|giai đoạn|Giai đoạn|nhiệm kỳ|khóa|cấp độ|tầng)\s+\d+\b",
    r"\btỷ lệ\s+\d+/\d+",  # map scale
    r"\btừ\s+\d+\s*(?:-|–|đến)\s*\d+\s+tuổi",  # age bands
    r"\b(?:trẻ em|trẻ|cháu|học sinh|người|dân số)\s+(?:(?:dưới|trên|từ)\s+)?\d+\s+tuổi",  # who is counted
    r"\bthứ\s+\d+",  # "sinh con thứ 3": an ordinal names a class
    # "Phường 3", "quận 10": a place named by its number
    r"\b(?:[Pp]hường|[Qq]uận|[Kk]hu phố|[Ấấ]p|[Kk]hóm|[Tt]hôn|[Xx]óm|[Tt]ổ dân phố|[Tt]ổ|[Đđ]ội)\s+\d+\b(?!\s*%)",
    r"\b\d+\s+cấp\b",  # "chính quyền địa phương 2 cấp": a name
    r"\b\d+\s+năm\s+(?:qua|tới|gần đây|liền|liên tục|liên tiếp)",  # "giá trị sản xuất 5 năm qua": a duration
    # "đạt chuẩn văn hóa liên tục từ 5 năm trở lên": how long a class must have lasted, part of its name.
    r"\bliên tục\s+(?:từ\s+)?\d+\s+năm(?:\s+trở lên)?",
    # "tăng trưởng hai con số", "02 con số": double-digit growth, a name.
    r"(?i:\b(?:\d+|hai|ba)\s+con số)",
    r"\b\d+[A-Za-z]\w*",  # 5G, 6G
    r"(?:trên|/)\s*(?:1|01)\s*ha\b",  # "giá trị … trên 1 ha đất": per hectare, in a name
    r"\b\d+\s*sao\b",  # OCOP star ratings name a class of product
    r"\b\d+\s*buổi\s*/\s*ngày",  # "học 2 buổi/ngày" names a kind of schooling
    r"\b\d+\s+tháng\s+(?:đầu|cuối)\s+năm",  # "6 tháng cuối năm": a period
    r"(?:\(|\btrong\s+)\d+\s+năm\b",  # "(5 năm)", "trong 5 năm": a duration in a name
    r"\b\d+\s+năm(?=\s*(?::|là\b|đạt\b|\())",  # "Tổng thu 5 năm là …"
    # the count of a plan's own targets
    # (after "có", a verb of meeting makes it a count of the targets met: "có 11 chỉ tiêu vượt kế hoạch")
    r"(?:đề ra|đặt ra|xác định|thông qua|xem xét|thảo luận|gồm|với|có|về|và)\s+\d+\s+"
    r"(?:chỉ tiêu|nhiệm vụ|khâu|giải pháp|nhóm|chương trình|đột phá|mục tiêu|nghị quyết)"
    r"(?!\s+(?:vượt|đạt|hoàn thành)\b)",
    # "Trong 32 chỉ tiêu đề ra, …": the whole that the counts after it are out of.
    r"(?i:\btrong\s+(?:số\s+)?\d+\s+(?:chỉ tiêu|nhiệm vụ|tiêu chí)\b)",
    # "phấn đấu đạt 17 chỉ tiêu, trong đó …": the count of the targets the sentence then lists.
    r"(?<![/\d])\b\d+\s+(?:chỉ tiêu|nhiệm vụ)(?:(?!\s(?:đạt|vượt|hoàn thành)\b)[^,;.\d]){0,40}"
    r",\s*(?:trong đó|cụ thể)\b",
    r"(?:năm|đến|vào|từ)\s+(?:19|20)\d{2}\b",  # a year, whatever follows it
    r"(?:kế hoạch|chiến lược|quy hoạch)[^,;.\d]{0,40}\d+\s+năm",  # "kế hoạch … 5 năm": a plan's length
    r"(?<!/)\b\d+\s+(?:nhiệm vụ trọng tâm|khâu đột phá|nhóm giải pháp|giải pháp|chương trình hành động|đột phá)",
    r"\b(?:[Ss]au|[Qq]ua)\s+\d+\s+năm\b",  # "Sau 5 năm triển khai …": a duration
    # "với 100% đại biểu có mặt tán thành": a vote of the council, not a target.
    r"(?i:\b\d+(?:,\d+)?\s*%\s+(?:tổng số\s+)?đại biểu(?:\s+[\wÀ-ỹ]+){0,3}?"
    r"\s+(?:tán thành|nhất trí|biểu quyết|đồng ý))",
    # "không còn xã dưới 15 tiêu chí", "số xã đạt dưới 10 tiêu chí": the criteria a commune meets name its class.
    # ("Xã đạt trên 15 tiêu chí" is the commune's own target: only communes counted or left make a class)
    # (the number may be written in words: "không còn xã dưới năm tiêu chí")
    rf"(?i:(?:(?<=còn xã )|(?<=số xã )|(?<=các xã ))(?:đạt\s+)?(?:dưới|trên|từ)\s+(?:\d+|{'|'.join(_WORD_NUMBERS)})"
    r"\s+tiêu chí)",
    # "Kế hoạch … 5 năm 2021 – 2025", "Chiến lược … 10 năm giai đoạn 2021-2030": a plan's length, then its period.
    r"\b\d+\s+năm\s+(?=(?:giai đoạn\s+)?(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2})",
    # "4 chỉ tiêu vượt kế hoạch gồm: …": the count of the targets a list then names.
    r"\b\d+(?:/\d+)?\s+(?:chỉ tiêu|nhiệm vụ|tiêu chí)[^:;.\d]{0,60}\b(?:gồm|bao gồm|như sau|sau đây|là)\s*:",
    # "Gà đen bản Khằm 2": a number after a name inside the sentence, with no unit, is part of the name.
    rf"(?<=[a-zà-ỹ] )[A-ZĐ][a-zà-ỹ]+\s+\d{{1,2}}(?![\d,.%‰/\w])(?!\s*(?:{_UNIT_ALT})(?![\wÀ-ỹ]))",
    # "trực ban 24/24 giờ", "hoạt động 24/7", "7/7 ngày": round the clock, a way of working, not a figure reached.
    # (24/24 before a noun is a count out of a whole: "24/24 tổ dân phố")
    r"(?i:\b24\s*/\s*24\s*(?:giờ\b|h\b|(?=\s*(?:[,;.)]|$)))|\b24\s*/\s*7(?![\d,.%/])|\b7\s*/\s*7\s*ngày)",
    # "theo quy định tại khoản 1, Điều 22 Nghị định …": a reference to a part of a legal text.
    r"\b(?:khoản|[Đđ]iều|[Cc]hương|[Pp]hụ lục|[Mm]ục)\s+\d+\b",
    # "tỷ lệ người cao tuổi được khám định kỳ ít nhất 1 lần/năm là 15%": a frequency that names who is counted,
    # when the clause's own figure follows it.
    r"\b\d+\s+lần\s*/\s*(?:năm|tháng|quý|tuần)(?=[^,;.\d]{0,40}\b(?:là|đạt)\s+\d)",
    # "tỷ lệ trẻ có cân nặng sơ sinh thấp (dưới 2.500 gram) dưới 4%": brackets that define the noun before them,
    # right before the clause's own figure.
    r"\((?:dưới|trên|từ|không quá|ít nhất|tối thiểu)\s+[\d.,]+\s*[a-zà-ỹ]*\s*\)(?=\s*(?:dưới|trên|đạt|là|:|còn)?\s*\d)",
    # "tỷ lệ hộ nghèo tại các xã có tỷ lệ hộ nghèo cao trên 25% giảm từ 4%": a share that says which places are
    # meant, before the change the clause sets.
    r"(?i:\bcó\s+tỷ lệ[^,;.\d]{0,40}?(?:trên|dưới|từ)\s+\d+(?:,\d+)?\s*%)(?=\s+(?:giảm|tăng|đạt)\b)",
    # "550 hộ thu nhập dưới 12 triệu đồng/người/năm", "không còn hộ dưới mức 8 triệu đồng/người/năm", "tỷ lệ hộ nghèo
    # theo mức thu nhập 12 triệu đồng/người/năm dưới 1%": an income line says which households are counted.
    r"(?i:(?:\bthu nhập\s+(?:dưới|trên|từ)|\b(?:dưới|trên|theo)\s+mức(?:\s+thu nhập)?)\s+[\d.,]+\s*"
    r"(?:triệu|nghìn|ngàn)?\s*đồng(?:\s*/\s*[\wÀ-ỹ]+)*)",
    # "Đảng bộ có 74 tổ chức Đảng với 5.067 đảng viên", "gồm có 05 chi bộ, với 98 đảng viên": a party body described.
    r"\b\d+\s+(?:chi bộ|tổ chức (?:cơ sở )?[đĐ]ảng)\s*,?\s+với\s+[\d.]+\s+đảng viên",
    # "với 429 ĐB tán thành, đạt hơn 91%": a council's vote counted in members, and the share they make.
    r"(?i:\bvới\s+[\d.]+\s+(?:ĐB|đại biểu)(?:\s+[\wÀ-ỹ]+){0,2}?\s+(?:tán thành|nhất trí|biểu quyết|đồng ý)"
    r"(?:\s*,\s*(?:đạt|chiếm|bằng)\s+(?:(?:hơn|gần|khoảng|trên)\s+)?[\d,]+\s*%)?)",
    # "Số bác sĩ trên 1 vạn dân đạt 15 bác sĩ": the people a count is per, in its name, before the clause's figure.
    r"(?i:\btrên\s+(?:(?:1|01|một)\s+(?:vạn|nghìn|ngàn)|1\.000|10\.000|100\.000)\s+(?:người\s+)?dân\b)"
    r"(?=[^,;.]{0,40}\d)",
    # "giảm cả 3 tiêu chí (giảm 11% vụ, …)": "cả" makes the number a scope (all of them), as in words.
    r"(?i:\bcả\s+\d{1,2})(?=\s+[a-zà-ỹđ])",
    # "225 đại biểu đại diện cho trên 3.900 đảng viên của 85 chi, đảng bộ", "155 đảng viên đại diện cho 712 đảng
    # viên": who attends a congress.
    r"\b[\d.]+\s+(?:đại biểu|đảng viên)(?:\s+[\wÀ-ỹ]+){0,3}?\s+đại diện(?:\s+cho)?\s+"
    r"(?:(?:trên|hơn|gần|khoảng)\s+)?[\d.]+\s+đảng viên"
    r"(?:\s+(?:của|sinh hoạt tại|thuộc)\s+[\d.]+)?",
    # "phấn đấu thực hiện thắng lợi 17 chỉ tiêu …, trong đó 9 chỉ tiêu thành phố giao; 8 chỉ tiêu phường giao": the
    # count of the targets a body strives for, and who set them (not a count reached: "13/13 chỉ tiêu").
    r"(?i:(?:phấn đấu|thi đua|quyết tâm)[^,;.\d]{0,30}?\bthực hiện(?:\s+thắng lợi|\s+tốt)?\s+\d+\s+"
    r"(?:chỉ tiêu|nhiệm vụ))",
    r"(?<![/\d])\b\d+\s+chỉ tiêu\s+(?:do\s+)?(?:[\wÀ-ỹ]+\s+){1,2}?giao\b(?!\s*(?:đạt|vượt|hoàn thành|đều))",
    # "đạt 16,82% (chỉ tiêu tăng từ 12-16%)": the plan's own figure, quoted in brackets beside a result.
    r"\((?:[Cc]hỉ tiêu|[Kk]ế hoạch|[Mm]ục tiêu|[Nn]ghị quyết|NQ)\s[^()]*\d[^()]*\)",
    # "ra mắt mô hình “Phường kiểu mẫu - 100% bao phủ BHYT”": a figure in the quoted name of a model or a movement.
    r"(?i:\b(?:mô hình|phong trào|cuộc vận động|danh hiệu|chủ đề|khẩu hiệu|cuộc thi)\s*“[^”]*”)",
]
# Sentences that describe a place or a body; none of their figures is a target:
# * "Phường … được thành lập trên cơ sở sáp nhập các phường …, diện tích tự nhiên …, dân số …": how a unit was formed;
# * "Xã có diện tích (đất) tự nhiên 35,2 km2, 12 thôn …", "Phường có diện tích 19,47 km², dân số 47.168 người": the
#   natural area given (or an area in km² beside the population) is a fact of the place, never a plan's
#   (a target may be a share of it: "đạt 3%-5% diện tích tự nhiên vùng biển");
# * "… 229 chi bộ cơ sở, với 36.607 đảng viên", "250 đảng viên sinh hoạt tại 12 chi bộ": a party body's members.
_DESCRIBED_RE = re.compile(
    r"\bthành lập trên cơ sở\s+(?:sắp xếp,?\s+)?(?:sáp nhập|hợp nhất)"
    r"|\bdiện tích (?:đất )?tự nhiên\s*(?:là\s+|:\s*)?(?:(?:khoảng|hơn|gần|trên)\s+)?\d"
    r"|\bdiện tích\s+(?:(?:khoảng|hơn|gần|trên)\s+)?[\d.,]+\s*km2\s*,?\s*(?:và\s+)?dân số"
    r"|\b(?:chi bộ|đảng bộ|tổ chức (?:cơ sở )?đảng)(?:\s+[\wÀ-ỹ]+){0,3}\s*,?\s+với\s+(?:(?:khoảng|hơn|gần|trên)\s+)?"
    r"[\d.]+\s+đảng viên|\bđảng viên\s+sinh hoạt\s+(?:tại|ở)\s+[\d.]+\s+(?:chi bộ|chi, đảng bộ)",
    re.IGNORECASE,
)
_NOT_VALUE_RE = re.compile("|".join(f"(?:{p})" for p in _NOT_VALUES))
_YEAR_RE = re.compile(r"^(?:19|20)\d{2}$")
# A figure in brackets right after what a level is compared with ("so với dự toán ban đầu (hơn 53 tỷ đồng)").
_COMPARED_LEVEL_RE = re.compile(r"\bso với\b[^()]*\(\s*(?:(?:hơn|gần|khoảng|trên|dưới)\s+)?$", re.IGNORECASE)
_UNIT_RE = re.compile(rf"\s*({_UNIT_ALT})(?![\wÀ-ỹ])", re.IGNORECASE)
# Two counting nouns named together: "04/09 thôn, làng", "15 làng, đơn vị".
_UNIT_PAIR_RE = re.compile(rf",\s*({_UNIT_ALT})(?![\wÀ-ỹ])(?!\s*\d)", re.IGNORECASE)
_RATIO_RE = re.compile(rf"(?:\s+hoạt động)?\s*(?:/|\s+trên\s+)({_NUM})\s+(người dân|dân|hộ|người)(?![\wÀ-ỹ])")
# "bé trai/100 bé gái": two kinds of the same noun, per hundred (or thousand) of the other kind.
_SAME_KIND_RATIO_RE = re.compile(r"\s*([a-zà-ỹđ]+)\s+[a-zà-ỹđ]+\s*/\s*(?:100|1\.000)\s+\1\s+[a-zà-ỹđ]+(?![\wÀ-ỹ])")
_PER_RE = re.compile(r"\s*/\s*(người|ha|hộ|lao động|khẩu|vụ|xã|nhà|căn)(?![\wÀ-ỹ])")
# "17 tiêu chí/xã", "3 mô hình/xã": a count averaged over the places it is counted in.
_PER_PLACE = ("xã", "hộ")
_PER_YEAR_RE = re.compile(r"\s*/\s*năm(?![\wÀ-ỹ])")
_AFTER_MARKERS = [(re.compile(r"\s*trở lên"), "at_least"), (re.compile(r"\s*trở xuống"), "at_most")]

# Horizon phrases.
# "đến năm 2030", "đến cuối 2025", "tính đến tháng 12/2025".
# "vào quý 2/2026", "trong quý II/2026": a quarter names its year; "tính đến thời điểm tổng kết tháng 6/2025".
_UNTIL_RE = re.compile(
    r"(?:(?:đến|tới)\s+(?:thời điểm\s+(?:[a-zà-ỹđ]+\s+){0,2})?(?:hết\s+)?(?:cuối\s+)?"
    r"(?:năm\s+|tháng\s+\d{1,2}\s*/\s*)?|\bquý\s+(?:[1-4]|I{1,3}|IV)\s*/\s*)"
    r"((?:19|20)\d{2})\b",
    re.IGNORECASE,
)
# ("Sau 5 năm (2010 – 2015), …": a number of years, then the period they make; "Từ nay đến cuối năm 2020, …": the
# years from now to then)
_PERIOD_RE = re.compile(
    r"(?:(?:giai đoạn|thời kỳ|nhiệm kỳ|kế hoạch|trong|\d+\s+năm)\s+\(?\s*(?:19|20)\d{2}\s*[-–]\s*"
    r"|\btừ nay\s+(?:đến|tới)\s+(?:hết\s+)?(?:cuối\s+)?năm\s+)((?:19|20)\d{2})",
    re.IGNORECASE,
)
# "Đến năm 2015: Giảm tỷ suất sinh bình quân hàng năm 0,5‰, …": a heading whose year every item of the list runs to.
_UNTIL_HEADING_RE = re.compile(r"(?:đến|tới)\s+(?:hết\s+)?(?:cuối\s+)?năm\s+((?:19|20)\d{2})\s*:", re.IGNORECASE)
# "Năm An toàn giao thông 2026": a year named by its campaign's title.
_NAMED_YEAR_RE = re.compile(r"\bNăm(?:\s+[A-ZĐÀ-Ỹ][\wÀ-ỹ]*(?:\s+[a-zà-ỹđ]+){0,4}){1,2}\s+((?:19|20)\d{2})\b")
_TERM_END_RE = re.compile(r"(?:đến|tới|vào)\s+cuối\s+nhiệm kỳ", re.IGNORECASE)
_YEAR_OF_RE = re.compile(r"\bnăm\s+((?:19|20)\d{2})\b", re.IGNORECASE)
# "so với thống kê năm 2019", "so với số liệu năm 2020": a year's record compared with is that year.
_RECORD_OF = r"(?:thống kê|số liệu|kết quả)(?:\s+của)?"
_BASELINE_BEFORE_RE = re.compile(
    rf"(?:so với|so|từ|kể từ|cùng kỳ|trước|giá so sánh|bằng|so với\s+{_RECORD_OF})\s*(?:năm\s*)?$", re.I
)
_YEAR_BEFORE = r"so (?:với )?năm trước"
_ANNUAL_RE = re.compile(rf"hằng năm|hàng năm|mỗi năm|năm sau cao hơn năm trước|{_YEAR_BEFORE}", re.IGNORECASE)
_YEAR_BEFORE_RE = re.compile(_YEAR_BEFORE, re.IGNORECASE)

# Comparisons printed after a target: "so với năm 2015", "so với giai đoạn 2010-2015", "so với cùng kỳ".
_COMPARED_RE = re.compile(
    rf"so\s+(?:với\s+)?(?:(?:năm|cuối năm|cùng kỳ năm|{_RECORD_OF}\s+năm)\s+((?:19|20)\d{{2}})"
    r"|(?:giai đoạn|thời kỳ|nhiệm kỳ)\s+(?:19|20)\d{2}\s*[-–]\s*((?:19|20)\d{2})"
    r"|(cùng kỳ|đầu nhiệm kỳ|nhiệm kỳ trước|giai đoạn trước|kỳ trước|hiện nay|hiện tại))",
    re.IGNORECASE,
)
# The items of a plan: a count of them "đạt và vượt" says which were met.
_PLAN_ITEMS = ("chỉ tiêu", "tiêu chí", "nhiệm vụ", "nội dung")
# What a level is over: the plan ("vượt 12% mục tiêu đề ra"), or nothing named ("đạt 98,5%, vượt 7%;").
_PLAN_WORDS = r"(?:dự toán|kế hoạch|chỉ tiêu|mục tiêu|nghị quyết)"
_OVER_WHAT_RE = re.compile(rf"\s*(?:so với\s+)?{_PLAN_WORDS}|\s*(?:[,;)]|\.(?:\s|$)|$)", re.IGNORECASE)
_PLAN_COMPARED_RE = re.compile(rf"so với\s+{_PLAN_WORDS}", re.IGNORECASE)
_HIGHER_THAN_PLAN_RE = re.compile(
    rf"(?:cao hơn|vượt)\s+(?:so với\s+)?{_PLAN_WORDS}(?:(?!\svà\s)[^,;()])*$", re.IGNORECASE
)  # ("…, vượt mục tiêu giai đoạn và 12,3% xã …": "và" opens the next item, no over-plan figure)
_STILL_RE = re.compile(r"[^,;]*,\s*(?:đến nay|nay|hiện nay|hiện|đến cuối năm|cuối năm)\s+(?:chỉ\s+)?còn\s*", re.I)
# ("lên khoảng 36 triệu đồng": a bound word may stand before the level reached)
_FROM_TO_RE = re.compile(
    r"\s*(?:năm\s+((?:19|20)\d{2})\s*)?(?:lên|xuống còn|xuống)\s*(?:(?:khoảng|gần|hơn|trên|dưới|xấp xỉ)\s+)?",
    re.IGNORECASE,
)
_SAME_AS_RE = re.compile(r"bằng\s+năm\s+((?:19|20)\d{2})", re.IGNORECASE)

_CLAUSE_END_RE = re.compile(r";|\.(?:\s|$)|…")
_MONEY_SHORT = [
    (re.compile(r"(?<=\d)\s*tỷ\s*\.?\s*đ(?:ồng)?(?![\wÀ-ỹ])|(?<![\wÀ-ỹ])tỷ\s*\.?\s*đ(?![\wÀ-ỹ])", re.I), " tỷ đồng"),
    (
        re.compile(
            r"(?<=\d)\s*(?:tr\s*\.?\s*đ(?:ồng)?|triệu\s*đ)(?![\wÀ-ỹ])|(?<![\wÀ-ỹ])tr\s*\.?\s*đ(?:ồng)?(?![\wÀ-ỹ])",
            re.IGNORECASE,
        ),
        " triệu đồng",
    ),
    (re.compile(r"(?<=\d)\s*(?:nghìn|ngàn)\s*đ(?![\wÀ-ỹ])", re.IGNORECASE), " nghìn đồng"),
]
# "(1) Tốc độ tăng trưởng …", "Về xã hội: (7) Tỷ lệ …": an item's number in a list, at the start or after ":" or
# ";", is neither a value nor a word of the label.
_ITEM_NUMBER_RE = re.compile(r"(?:^|(?<=[:;]))\s*\(\d{1,2}\)(?=\s)")
_PER_MILLE_RE = re.compile(r"(?<=\d)\s*(?:%\s*[0o]|‰|phần\s+(?:nghìn|ngàn))(?![\w])", re.IGNORECASE)
# "cứ 1.000 dân thì có 100 doanh nghiệp": a count per so many people, read as "100 doanh nghiệp/1.000 dân".
_PER_THOUSAND_RE = re.compile(
    rf"\bcứ\s+({_NUM})\s+(người dân|dân|người|hộ)\s+(?:thì\s+)?(?:có\s+)?({_NUM})\s+({_UNIT_ALT})(?![\wÀ-ỹ])"
)
# A counting noun glued to its number by a lost space (a word of two letters or more, not a unit of time: "2025năm"
# is no count).
_GLUED_NOUN_RE = re.compile(
    r"(?<=\d)(?=(?:"
    + "|".join(re.escape(u) for u in sorted(UNITS, key=len, reverse=True) if len(u) > 2 and u not in _TIME_UNITS)
    + r")(?![\wÀ-ỹ]))"
)
# PDF extraction writes "ư" as U+01B0's look-alike U+01A3 and "Đ" as U+00D0.
_LETTERS = str.maketrans({"ƣ": "ư", "Ƣ": "Ư", "Ð": "Đ"})


def _normalise(text: str) -> str:
    """One spelling for what is typed many ways (see the module docstring, step 1)."""
    text = unicodedata.normalize("NFC", text).translate(_LETTERS).replace("**", "")
    text = re.sub(r"\s+", " ", text).strip()
    for pattern, spelled in _MONEY_SHORT:
        text = pattern.sub(spelled, text)
    text = _PER_MILLE_RE.sub(" ‰", text)
    # "dưới 24%1; … dưới 15%2;": a footnote's number glued to a percentage (typed per-mille "%0" is read above).
    text = re.sub(r"(?<=\d%)[1-9](?=[;.,)]|$)", "", text)
    # "Giảm tỷ số giới tính khi sinh: -0,1 điểm phần trăm": the sign of a change after its label's colon (the label
    # says which way).
    text = re.sub(r"(?<=:)(\s*)[-−+](?=\d)", r"\1", text)
    # "giảm 1-1,5 điểm %": points of a percentage, typed short.
    text = re.sub(r"(?<=\d)(\s*)điểm\s*%", r"\1điểm phần trăm", text)
    text = re.sub(r"(?<=\d)/(?=%)", "", text)  # "từ 1,5 – 2/%/năm": a slash typed before the percent sign
    # "tăng trưởng bình quân đạt khoảng 5,5% năm.": a rate per year typed without its slash (not "5% năm 2025").
    text = re.sub(r"(?<=\d)\s*%\s+năm(?=\s*(?:[.;,)]|$))", "%/năm", text)
    text = _ITEM_NUMBER_RE.sub("", text)
    # "16 tỷ 434 triệu đồng" is 16,434 tỷ đồng: one number, one unit.
    text = re.sub(
        r"\b(\d+)\s*tỷ\s+(\d{1,3})\s*triệu(?:\s*đồng)?", lambda m: f"{m.group(1)},{int(m.group(2)):03d} tỷ đồng", text
    )
    text = re.sub(r"\b(T|t)ỉ (lệ|trọng|suất)\b", r"\1ỷ \2", text)  # "tỉ lệ" and "tỷ lệ" are one word
    text = re.sub(r"(?<=\d)(\s*)tỉ(?![\wÀ-ỹ])", r"\1tỷ", text)  # "626 tỉ đồng" is "626 tỷ đồng"
    text = re.sub(r"(?<=m)²", "2", text)  # "3.800 m²", "19,47 km²": the units as typed without a superscript
    text = _PER_THOUSAND_RE.sub(r"\3 \4/\1 \2", text)
    # "UBND TP. Hà Nội", "TP. Hồ Chí Minh": the full stop of an abbreviated city or town ends no clause.
    text = re.sub(r"\b(TP|Tp|TX|Tx|TT)\.\s+(?=[A-ZĐÀ-Ỹ])", r"\1 ", text)
    # A unit glued to the next word by a lost space ("95 triệu đồngtổng vốn"): no syllable goes on after "đồng".
    text = re.sub(r"(?<=\dđồng)|(?<= đồng)(?=[a-zà-ỹ])", " ", text)
    # (not "trên 1ha canh tác": per hectare, a name kept as printed)
    text = re.sub(r"(?<=\d)(?<!trên 1)(?<!/1)(?=(?:ha|km|kg|tấn|tạ)\b|m2)", " ", text)
    text = _GLUED_NOUN_RE.sub(" ", text)  # "nâng tổng số đảng viên lên 231đảng viên"
    text = re.sub(r"(?<=\bm2)(?=sàn)", " ", text)  # "27m2sàn/người": floor area per head
    return re.sub(r"\s+", " ", text).strip()


def _blank(match: re.Match) -> str:
    return " " * len(match.group(0))


def _clean(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip(' ,;:.-–=“”"/')  # (and "./.", the mark that ends a text)
    text = re.sub(r"\s*/\s*", "/", text)
    return re.sub(r"\(\s+|\s+\)", lambda m: m.group(0).strip(), text)


# ---------------------------------------------------------------- numbers


@dataclass
class _Hit:
    start: int
    end: int  # end of the number, its unit and its markers
    value: Decimal
    value_max: Decimal | None
    unit: str
    direction: str = "exactly"
    change: str = ""
    per_year: bool = False
    label: str = ""  # the words before the number, without the words of step 4
    opening_change: str = ""  # "Giảm tỷ lệ … xuống dưới 18%": the verb that opens the label
    in_parentheses: bool = False
    role: str = "target"
    baseline: dict = field(default_factory=dict)
    zero_noun: str = ""
    measure_text: str = ""  # the label given, for a count in parentheses after it
    lead_start: int = 0  # where the words before the number start
    averaged: bool = False  # "tăng bình quân 10%": an average change, a per-year rate
    all_of: bool = False  # "tất cả chi bộ …": every one of them, 100 %
    raw_label: str = ""  # the words before the number as printed (after direction words)
    reached: bool = False  # "các xã còn lại đạt 10 tiêu chí": the words before "đạt" own the count
    lead_words: str = ""  # the words before the number, direction words included
    owned: bool = False  # "Phường có 5 khu vực …": the words before "có" say where, not what
    of_whole: bool = False  # "13/16 chỉ tiêu": a count out of a whole
    down_to: bool = False  # "giảm còn 0,23%": a level reached going down


def _read_unit(text: str, pos: int) -> tuple[str, int, bool]:
    """The unit after a number at ``pos``: (unit, end position, per year)."""
    rest = text[pos:]
    if m := re.match(r"\s*([%‰])", rest):
        unit, end = m.group(1), pos + m.end()
    elif m := _UNIT_RE.match(rest):
        unit, end = m.group(1), pos + m.end()
        pair = _UNIT_PAIR_RE.match(text, end)
        money_word = pair and re.match(r"\s*(?:lệ|trọng)\b", text[pair.end() :])  # "…, tỷ lệ …"
        if pair and unit not in _TIME_UNITS and pair.group(1) not in _TIME_UNITS and not money_word:
            unit, end = f"{unit}, {pair.group(1)}", pair.end()
    elif (m := re.match(r"\s+([a-zà-ỹđ]+)(?![\wÀ-ỹ/])", rest)) and m.group(1) not in _NOT_NOUNS:
        unit, end = m.group(1), pos + m.end()  # a counting noun the table does not know yet
    else:
        unit, end = "", pos
    if unit == "căn nhà" and re.match(r"\s+ở\b", text[end:]):
        unit, end = "căn", end - len(" nhà")  # "110.000 căn nhà ở xã hội": "căn" counts "nhà ở" (housing)
    if same_kind := _SAME_KIND_RATIO_RE.match(text, pos):
        # "114 trẻ trai/100 trẻ gái": two kinds of one thing, the ratio is the unit.
        unit, end = re.sub(r"\s*/\s*", "/", same_kind.group(0).strip()), same_kind.end()
    if unit in ("tỷ", "triệu") and re.match(r"\s*(?:lệ|trọng)\b", text[end:]):
        unit, end = "", pos  # "tỷ lệ", "tỷ trọng" are words, not money
    if unit in ("tỷ", "triệu") and not re.match(r"\s*USD", text[end:]):
        unit += " đồng"  # "72 triệu" is money unless another currency follows
    if ratio := _RATIO_RE.match(text, end):
        if unit not in ("%", "‰"):
            unit += f"/{ratio.group(1)} {ratio.group(2)}"
            end = ratio.end()
    per = _PER_RE.match(text, end)
    per_season = per and per.group(1) == "vụ" and unit in ("ha", "tấn", "tạ", "kg")  # "1.300 ha/vụ": each crop
    per_place = per and per.group(1) in _PER_PLACE and unit in UNITS and unit not in (*_TIME_UNITS, *_PER_PLACE)
    if per and (unit.endswith(_MONEY) or unit in ("kg", "tạ", "tấn", "m2", "m2 sàn") or per_season or per_place):
        unit += f"/{per.group(1)}"
        end = per.end()
    per_year = _PER_YEAR_RE.match(text, end)
    if per_year:
        unit += "/năm"
        end = per_year.end()
    return unit, end, bool(per_year)


def _masked(text: str) -> str:
    return _NOT_VALUE_RE.sub(_blank, text)


_SCALES = {"nghìn": 1000, "ngàn": 1000, "vạn": 10000, "triệu": 1000000}
_SCALE_RE = re.compile(r"\s*(nghìn|ngàn|vạn|triệu)(?=\s)", re.IGNORECASE)


def _scale(text: str, pos: int) -> tuple[int, int]:
    """ "24 nghìn tấn", "270 nghìn lượt khách", "1,2 triệu lượt": a number word that multiplies the
    number before a counting noun or measure (never before money: "60 nghìn đồng" is a unit)."""
    m = _SCALE_RE.match(text, pos)
    unit = _UNIT_RE.match(text, m.end()) if m else None
    if unit and not unit.group(1).endswith(_MONEY) and unit.group(1) not in _SCALES:
        return _SCALES[m.group(1).lower()], m.end()
    return 1, pos


def _find_numbers(text: str) -> list[_Hit]:
    """Every number of the sentence with its unit, in order (step 2 and 3)."""
    if _DESCRIBED_RE.search(text):
        return []  # a ward, a commune or a party body described: its area, people and parts, no target
    masked = _masked(text)
    hits: list[_Hit] = []
    for m in _NUMBER_RE.finditer(masked):
        if hits and m.start() < hits[-1].end:
            continue  # the denominator of a ratio already read
        low, high = m.group(1), m.group(2)
        following = masked[m.end() :]
        if _YEAR_RE.match(low) and not high and not re.match(r"\s*[%‰]", following):
            if not _UNIT_RE.match(following) or re.match(r"\s*năm\b", following):
                continue
        factor, after_number = _scale(masked, m.end())
        unit, end, per_year = _read_unit(masked, after_number)
        if re.match(r"\s*\d", masked[end:]) and unit and not re.match(r"\s*[%‰]", masked[m.end() :]):
            continue  # "lúa nước 2 vụ 40 ha": the first number names what the second measures
        value, value_max = parse_number(low) * factor, parse_number(high) * factor if high else None
        if value_max is not None and value_max < value:
            value_max = None  # "10-5": no range a target can hold (the low end must come first)
        hits.append(_Hit(m.start(), end, value, value_max, unit, per_year=per_year, of_whole=bool(m.group(3))))
    for m in list(_WORD_NUMBER_RE.finditer(masked)) + list(_ZERO_RE.finditer(masked)):
        if any(h.start <= m.start() < h.end for h in hits):
            continue
        unit, end, per_year = _read_unit(masked, m.end())
        zero = m.re is _ZERO_RE
        value = Decimal(0) if zero else Decimal(_WORD_NUMBERS[m.group(1).lower()])
        start = m.end() if zero else m.start()
        hit = _Hit(start, end, value, None, unit, per_year=per_year)
        if zero:
            hit.zero_noun = unit
        hits.append(hit)
    hits = _without_zeros_in_shares(masked, sorted(hits, key=lambda h: h.start))
    for m in _ALL_OF_RE.finditer(masked):
        # (its verb of reaching in its own clause: "cấp máy cho toàn bộ giáo viên; hoàn thành 100% …" is no share)
        clause_end = _CLAUSE_END_RE.search(masked, m.end())
        verb = _REACHING_RE.search(masked, m.end(), clause_end.start() if clause_end else len(masked))
        if any(h.start <= m.start() < h.end for h in hits) or not verb:
            continue
        hits.append(_Hit(m.end(), m.end(), Decimal(100), None, "%", all_of=True))
    hits.sort(key=lambda h: h.start)
    return hits


def _counts_places(unit: str) -> bool:
    """A count of places or bodies ("phường", "thôn", "chi bộ"): what follows it may say which of them."""
    return unit in _PLACES


def _without_zeros_in_shares(masked: str, hits: list[_Hit]) -> list[_Hit]:
    """ "trên 50% thôn phát động không có người sinh con thứ 3": "không có …" right after a share's
    population says which of it is counted; it is no zero of its own (one pass over the hits in order).
    So after a count: "có thêm 6 phường không còn hộ nghèo" counts wards without poor households."""
    kept, share = [], None
    for hit in hits:
        if hit.zero_noun and share and not re.search(r"[,;:]|\svà\s|\bđạt\b", masked[share.end : hit.start]):
            continue
        kept.append(hit)
        if not hit.zero_noun:
            share = hit if hit.unit in ("%", "‰") or _counts_places(hit.unit) else None
    return kept


# ---------------------------------------------------------------- the words before a number


@lru_cache(maxsize=512)
def _ending_re(word: str) -> re.Pattern:
    return re.compile(rf"(?:^|[\s(,:;]){re.escape(word)}\s*$")


def _strip_end(text: str, words) -> tuple[str, str]:
    """``text`` without the longest of ``words`` it ends with, and that word ("" if none)."""
    # Only the end can hold the word: looking at the last characters keeps a long sentence
    # (thousands of numbers, each with the text before it) linear. One character more than the
    # longest word is the boundary the pattern needs; cut inside a word, "^" cannot match.
    stripped = text.rstrip()
    low = stripped[-(max(map(len, words), default=0) + len("thu nhập ") + 1) :].lower()
    for word in sorted(words, key=len, reverse=True):
        if word == "bình quân" and low.endswith("thu nhập bình quân"):
            continue  # "thu nhập bình quân" is the name of the quantity
        if word in ("lên", "xuống") and re.search(r"trở\s+(?:lên|xuống)$", low):
            continue  # "hoàn thành tốt nhiệm vụ trở lên" names a class
        if _ending_re(word).search(low) or (not word[0].isalnum() and low.endswith(word)):
            return stripped[: len(stripped) - len(word)].rstrip(), word
    return text, ""


def _read_lead(hit: _Hit, before: str) -> None:
    """Peels direction, change and filler words off the text before the number (step 4)."""
    bounds = {w: d for w, d in DIRECTION_WORDS}
    text = before.rstrip()
    down = start_from = False
    while True:
        text, word = _strip_end(text, [*bounds, *DOWN_TO_WORDS, *CHANGE_WORDS, *FILLER_WORDS, "từ", "trên mức"])
        if not word:
            break
        if word in bounds and bounds[word] != "exactly" and hit.direction == "exactly":
            hit.direction = bounds[word]
        elif word in DOWN_TO_WORDS:
            down = down or word
            if "giảm" in word:
                hit.change = hit.change or ""
        elif word in CHANGE_WORDS and not hit.change:
            hit.change = CHANGE_WORDS[word]
        elif word.startswith("bình quân") or word.endswith("/năm"):
            hit.averaged = True
        elif word in ("đạt", "đạt được"):
            hit.reached = True
        elif word in LEAD_IN_WORDS and text.rstrip().endswith(","):
            # "Trong chăm sóc trẻ em, phấn đấu giảm 0,5% …": a topic set off before the lead-in names no quantity
            # ("Thu ngân sách phấn đấu đạt …" does).
            text = ""
            break
        elif word == "có":
            hit.owned = True
        elif word == "từ":
            start_from = True
    if down in ("còn", "chỉ còn") and hit.unit in _PLAN_ITEMS:
        down = False  # "…, còn 11 chỉ tiêu gần đạt": how many of the plan's targets are left, a count
    if down:
        # "giảm còn 1%", "xuống dưới 18%": the level reached going down is a ceiling, not a change.
        hit.down_to = True
        hit.change = ""
        if hit.direction == "exactly":
            hit.direction = "at_most"
    if start_from and hit.value_max is None and hit.direction == "exactly":
        hit.direction = "at_least"  # "từ 10%/năm": from 10 up
    if hit.change == "decrease" and hit.direction in ("less_than", "at_most"):
        hit.change = ""  # "giảm dưới 1%": a ceiling
    if hit.direction == "at_most" and before.lower().rstrip().endswith("top"):
        hit.unit, hit.per_year = "hạng", False  # "top 10 thành phố": a rank
    # 'Thực hiện Nghị quyết … “Bình quân hằng năm phát triển 2.000 đảng viên”': a quotation open before the figure holds
    # the target's own words (its closing mark ends them: ``_after_label``).
    if (opened := text.rfind("“")) > text.rfind("”"):
        text = text[opened + 1 :]
    hit.raw_label = text
    hit.lead_words = before
    label = _trim_label(text)
    opening = re.match(
        # (and the harms a public-order or health plan counts: "giảm tội phạm hình sự ít nhất 3%")
        r"\s*(?:và\s+)?(?:kéo\s+)?(tăng|giảm)\s+"
        r"(?=tỷ|tỉ|tốc|số|thu|chi|giá|mức|tổng|sản|diện|năng|vốn|kim|doanh|tội|tai nạn|phạm pháp|vi phạm)",
        label,
        re.IGNORECASE,
    )
    # "tăng diện tích … đạt 3%": a level reached by raising it ("tăng thu … bình quân hằng năm đạt 4,2%" stays a rate)
    if opening and not hit.change and not down and not (hit.reached and not hit.averaged):
        hit.change = CHANGE_WORDS[opening.group(1).lower()]
    if opening:
        hit.opening_change = opening.group(1).lower()
        label = label[opening.end() :]
    # "Mức giảm tỷ suất sinh thô bình quân hàng năm: 0,01‰": the label says the number is a change.
    if down:
        label = re.sub(r"\s+giảm(?=\s|$)", "", label)  # "Tỷ lệ hộ nghèo giảm của xã còn 4,74%": a level
    named = re.match(r"mức\s+(tăng|giảm)\s", label, re.IGNORECASE)
    if named and not hit.change and not down and hit.direction == "exactly":
        hit.change = CHANGE_WORDS[named.group(1).lower()]
    hit.label = label


def _apply_after_markers(hit: _Hit, lowered: str) -> None:
    for pattern, name in _AFTER_MARKERS:
        if after := pattern.match(lowered, hit.end):
            hit.direction, hit.end = name, after.end()
            # "phát triển từ 10 đảng viên trở lên/năm": the "/năm" of the count comes after the bound.
            if not hit.per_year and (per_year := _PER_YEAR_RE.match(lowered, hit.end)):
                hit.unit, hit.per_year, hit.end = f"{hit.unit}/năm", True, per_year.end()


# ---------------------------------------------------------------- clauses, roles


class _Spans(list):
    """Clause spans in order, with their starts kept for bisection (``_clause_of``)."""

    def __init__(self, spans):
        super().__init__(spans)
        self.starts = [start for start, _end in spans]


def _clauses(text: str) -> _Spans:
    """Spans of the clauses: split on ";", ". " and "…" (a list of targets in one sentence)."""
    spans, start = [], 0
    for m in _CLAUSE_END_RE.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return _Spans([s for s in spans if text[s[0] : s[1]].strip()])


def _clause_of(spans: _Spans, pos: int) -> int:
    """The clause holding ``pos`` (the last one when none does). By bisection, not a scan: it is
    asked for every number, and a hostile sentence may hold thousands."""
    i = bisect_right(spans.starts, pos) - 1
    if i >= 0 and spans[i][0] <= pos <= spans[i][1]:
        return i
    return len(spans) - 1


def _compared_year(text: str) -> tuple[bool, int | None]:
    """Whether ``text`` compares with something, and the year it compares with."""
    m = _COMPARED_RE.search(text)
    if not m:
        return bool(_YEAR_BEFORE_RE.search(text)), None  # "so với năm trước": the year before, not named
    year = m.group(1) or m.group(2)
    return True, int(year) if year else None


def _role(hits: list[_Hit], index: int, text: str, spans) -> None:
    """Target, or the baseline of the target before it (step 5).

    A change right after a level ("845 hộ, tăng 80 hộ so với năm 2015", "…: 100%; tăng 6,7% so
    với năm 2015", "tăng thêm 20 thôn") or a multiple ("gấp 2 lần", "(0,7 lần)") compares that
    level with the past, unless the change names a quantity of its own ("giảm 10% các trường
    hợp bị tai nạn so với cùng kỳ" is a target). After a breakdown ("70, trong đó: 15 trang
    trại, 55 gia trại, tăng 20 … so với năm 2015") the comparison is the whole's."""
    hit = hits[index]
    clause = _clause_of(spans, hit.start)
    previous = _compared_target(hits, index, text, spans)
    clause_end = spans[clause][1]
    after = re.sub(r"\([^()]*\)", " ", text[hit.end : clause_end]).lstrip(" ,").split(", ")[0]
    before_low = text[max(spans[clause][0], previous.end if previous else 0) : hit.start].lower()
    compared, year = _compared_year(after)
    if not compared and hit.change:
        compared, year = _compared_year(before_low)
    own_words = re.split(r"\bso\b", after)[0].strip(" ,.()")
    times = hit.unit == "lần" and (
        re.search(r"(gấp|tăng|giảm|cao hơn)(\s+(?:gấp|hơn|gần|khoảng|trên|ít nhất|tối thiểu|từ))*\s*$", before_low)
        or before_low.endswith("(")
    )
    # "đạt 85% (tăng 5% so với kế hoạch)": a change over the plan compares the level before it with the plan.
    over_plan_change = previous is not None and _PLAN_COMPARED_RE.match(after)
    more = hit.change and (compared or over_plan_change or "thêm" in before_low[-12:]) and not (own_words or hit.label)
    sign = -1 if hit.change == "decrease" else 1
    if previous is not None and hit.in_parentheses and _COMPARED_LEVEL_RE.search(text[previous.end : hit.start]):
        # "tăng hơn 4 lần so với dự toán ban đầu (hơn 53 tỷ đồng)": the level compared with, not a target.
        hit.role = "baseline"
        return
    # "…, thu nhập … tăng ít nhất 1,5 lần so với năm 2020": a multiple that names its own quantity is a target.
    if previous is not None and ((times and not _is_subject(hit.label)) or more):
        kind = "times" if hit.unit == "lần" else "percent_over" if hit.unit == "%" else "difference"
        if not previous.baseline:
            previous.baseline = {"kind": kind, "value": sign * hit.value, "year": year}
        hit.role = "baseline"
        return
    if times:
        # "gấp 3 lần so với năm 2020" alone: the multiple is the target, compared with the year.
        hit.baseline = {"kind": "times", "value": None, "year": year}
    elif hit.change and compared:
        # A change of a rate compared with a year, in % or in the rate's own units ("giảm 0,1‰ so với năm 2016",
        # "-0,1 điểm phần trăm so với năm 2020"), is read as the corpus reads it in %: over that year's level.
        kind = "percent_over" if hit.unit in _RATE_UNITS else "difference"
        hit.baseline = {"kind": kind, "value": None, "year": year}
    over_plan = (
        re.search(r"vượt(?:\s+(?:hơn|trên|gần|khoảng))?\s*$", before_low)
        and _OVER_WHAT_RE.match(text[hit.end : clause_end])
        or _HIGHER_THAN_PLAN_RE.search(before_low)
    )
    if previous is not None and hit.unit == "%" and over_plan:
        # "đạt 75 tỷ đồng, vượt 23,2% dự toán", "đạt 98,5%, vượt 7%", "cao hơn kế hoạch … 15%": how far
        # the level is over the plan, not a target.
        if not previous.baseline:
            previous.baseline = {"kind": "percent_over", "value": hit.value, "year": None}
        hit.role = "baseline"
        return
    if hit.unit == "%" and over_plan and (plan := re.match(rf"\s*{_PLAN_WORDS}", text[hit.end : clause_end], re.I)):
        # "Thu ngân sách vượt 51% kế hoạch" alone: the figure is how far it went over, not a bound.
        hit.direction = "exactly"
        if hit.label:
            hit.label = f"tỷ lệ {_lower_first(hit.label)} vượt {plan.group(0).strip()}"
    if previous is not None and not previous.baseline and (m := _SAME_AS_RE.search(before_low)):
        previous.baseline = {"kind": "times", "value": Decimal(1), "year": int(m.group(1))}
    # "Năm 2016, toàn phường có 44 hộ nghèo, đến nay còn 3 hộ nghèo": the earlier level is where it started.
    if previous is not None and previous.unit == hit.unit and _STILL_RE.fullmatch(text[previous.end : hit.start]):
        year = _YEAR_OF_RE.search(text[spans[clause][0] : previous.start])
        previous.role = "start"
        hit.baseline = {"kind": "value", "value": previous.value, "year": int(year.group(1)) if year else None}
        return
    # "từ 14,65% lên 24,14%": the first number is where the second starts from; "từ 5,5 triệu đồng năm 2020 lên
    # 8,3 triệu đồng năm 2025": the year after it is the start's.
    step = index + 1 < len(hits) and _FROM_TO_RE.fullmatch(text[hit.end : hits[index + 1].start])
    if step:
        if re.search(r"từ\s*$", before_low):
            hit.role = "start"
            reached = hits[index + 1]
            start_year = int(step.group(1)) if step.group(1) else None
            reached.baseline = {"kind": "value", "value": hit.value, "year": start_year}
            if not reached.label:  # "tăng tỷ trọng ngành … từ 14,65% lên 24,14%": the words before "từ"
                reached.label, reached.raw_label, reached.lead_start = hit.label, hit.raw_label, hit.lead_start


def _compared_target(hits: list[_Hit], index: int, text: str, spans) -> _Hit | None:
    """The target a comparison at ``index`` may belong to: the last target of its clause, the
    last of the clause before when its own clause has no label ("…: 100%; tăng 9% so với năm
    2015"), or the whole of a breakdown it follows."""
    hit = hits[index]
    clause = _clause_of(spans, hit.start)
    # The targets before it, walked back from it: those of its clause are the last ones (numbers
    # come in order), so the walk stops at the first of another clause.
    last_target, in_clause = None, []
    for h in reversed(hits[:index]):
        if h.role != "target":
            continue
        last_target = last_target or h
        if _clause_of(spans, h.start) != clause:
            break
        in_clause.insert(0, h)
    if not in_clause:
        label_free = not text[spans[clause][0] : hit.start].strip(" ,:").lower().replace("tăng", "").replace("giảm", "")
        previous_clause = last_target is not None and _clause_of(spans, last_target.start) == clause - 1
        return last_target if label_free and previous_clause else None
    previous = in_clause[-1]
    opened = _breakdown_at(text, previous.start)
    whole = [h for h in in_clause if h.start < opened]
    if opened >= 0 and whole and _breakdown_at(text, hit.start) == opened and len(in_clause) > 1:
        return whole[-1]
    return previous


def _same_as_after(text: str, hit: _Hit, limit: int) -> None:
    """``Đàn lợn: 3.000 con, bằng năm 2015``: the same level as the year named."""
    if not hit.baseline and (m := _SAME_AS_RE.match(text[hit.end : limit].lstrip(" ,"))):
        hit.baseline = {"kind": "times", "value": Decimal(1), "year": int(m.group(1))}


# ---------------------------------------------------------------- measure label


def _drop_qualifiers(label: str, *, years: bool = True) -> str:
    """Parentheses that say how ("theo …", "giá …") or when (a year) are no part of the quantity.

    For the horizon, ``years=False`` keeps "(năm 2020)" (the year a figure is for) and still
    drops "(theo chuẩn nghèo giai đoạn 2021 - 2025)" (the year of a method)."""
    when = r"[^()]*\b(?:19|20)\d{2}\b[^()]*|" if years else ""
    label = re.sub(rf"\((?:{when}\s*(?:theo|giá|trừ|không tính|không kể)\b[^()]*)\)", " ", label)
    return re.sub(r"\(\s*\)", " ", label)


_YEAR_WORDS_RE = re.compile(
    r"(?:(?:đến|tới|vào|trong|từ|(?:cho|trong)\s+cả|cả)\s+(?:cuối\s+)?)?(?:năm|giai đoạn|thời kỳ|nhiệm kỳ)\s+"
    r"(?:19|20)\d{2}"
    r"(?:\s*[-–]\s*(?:19|20)\d{2})?|(?:đến|tới)\s+(?:19|20)\d{2}|(?:đến|tới|vào)\s+cuối\s+(?:năm|nhiệm kỳ)"
    r"|(?:trong\s+)?nhiệm kỳ qua|(?:trong|cả)\s+nhiệm kỳ|đến cuối năm|trong năm(?: qua)?|cuối năm"
    r"|(?:trong\s+)?thời gian qua"
    r"|(?:từ đầu nhiệm kỳ\s+)?đến nay|(?:trong\s+)?\d+\s+tháng\s+(?:đầu|cuối)\s+năm(?:\s+nay)?",
    re.IGNORECASE,
)


def _lead_in_end(text: str) -> int:
    """Where the words after the last lead-in ("phấn đấu", "mục tiêu", "trong đó" …) start (0 if none)."""
    low, cut = text.lower(), 0
    for word in LEAD_IN_WORDS:
        for m in re.finditer(rf"(?:^|[\s,(]){re.escape(word)}(?=[\s:,]|$)", low):
            cut = max(cut, m.end())
    return cut


def _trim_label(label: str, opening_words=OPENING_WORDS, *, colon: bool = True) -> str:
    """The label without years, lead-ins, opening and closing fillers."""
    label = _strip_compared(_drop_qualifiers(label))
    # "Tỷ lệ sàng lọc trước sinh (% số bà mẹ mang thai): 73%", "… (-SRB): -0,1", "trẻ có cân nặng sơ sinh thấp (dưới
    # 2.500 gram)": brackets closing the label that say what it is a share of, its sign or its threshold ("(5 năm)",
    # "(Mỳ)" name a part of the quantity and stay).
    label = re.sub(r"\s*\(\s*(?:%|[-−+]|(?:dưới|trên|từ|không quá)\s+\d)[^()]*\)(?=\s*:?\s*$)", "", label)
    label = _YEAR_WORDS_RE.sub(" ", label)
    label = re.sub(r"(?<![\wÀ-ỹ])(?:bình quân\s+)?(?:hằng năm|hàng năm|mỗi năm)(?![\wÀ-ỹ])", " ", label, flags=re.I)
    # "GDP bình quân đầu người theo giá hiện hành": how it is priced, as "(giá so sánh …)" in brackets.
    label = re.sub(r"\s+theo giá (?:hiện hành|so sánh)\b", " ", label, flags=re.I)
    for short, full in ABBREVIATIONS.items():
        label = re.sub(rf"\b{short}\b", full, label)
    cut = _lead_in_end(label)
    if not colon:
        pass  # a qualitative target keeps "cơ cấu kinh tế: thương mại - dịch vụ - …" whole
    elif ":" in label[cut:] and label[cut:].rstrip().endswith(":"):
        pass  # "Tỷ lệ lao động qua đào tạo: 88,7%": the label is before the colon
    elif ":" in label[cut:]:
        cut = cut + label[cut:].rindex(":") + 1
    label = label[cut:]
    # "Mục tiêu của kế hoạch là giảm …": whose aim it is, and "là", belong to the lead-in.
    owner = re.match(r"\s*(?:của\s+([^,;:]{1,40}?)\s*)?(?:\blà(?:\s+|$)|$)", label) if cut else None
    if owner and owner.end() and not (owner.group(1) and _is_subject(owner.group(1))):
        label = label[owner.end() :]
    label = re.sub(r"^[\s,:;(\-–]+", "", label)
    changed = True
    while changed:
        changed = False
        for word in sorted(opening_words, key=len, reverse=True):
            if re.match(rf"{re.escape(word)}(?:\s|$)", label.lower()):
                label, changed = label[len(word) :].lstrip(" ,:"), True
        if m := re.match(r"nâng\s+(?!cao\b)", label, re.IGNORECASE):  # "nâng tỷ lệ … đạt 62%", not "nâng cao"
            label, changed = label[m.end() :], True
        ends = [w for w in (*FILLER_WORDS, *DOWN_TO_WORDS, *CHANGE_WORDS, "từ", "trên") if "/" not in w]
        stripped, word = _strip_end(label, ends)
        if word:
            label, changed = stripped, True
    return _clean(label)


def _after_label(text: str, hit: _Hit, limit: int, next_in_clause: bool) -> str:
    """The words after a number's unit that say what is counted ("100% các trường mầm non, mẫu
    giáo, tiểu học và THCS đạt chuẩn"): up to the clause's end, or, when another target of the
    clause follows, up to the last ", " or " và " before it (its own lead-in)."""
    rest = text[hit.end : limit]
    if (closed := rest.find("”")) >= 0 and "“" not in rest[:closed]:
        rest = rest[:closed]  # the end of a quotation opened before the figure (``_read_lead``)
    # "tổ dân phố (hoặc tương đương) được công nhận …": brackets that name an alternative belong to the noun.
    probe = re.sub(r"\(hoặc\s[^()]*\)", lambda m: " " * len(m.group(0)), rest)
    # ("có 5 chỉ tiêu vượt kế hoạch": after a count of a plan's targets "vượt" is what they did, kept; only a figure
    # after it, "vượt 12% kế hoạch", is a comparison)
    over = r"\bvượt\b(?=\s+(?:(?:hơn|trên|gần|khoảng)\s+)?\d)" if hit.unit in _PLAN_ITEMS else r"\bvượt\b"
    stop = re.search(
        r";|\(|\)|\.(?:\s|$)|\bso với|\btrong đó|\btăng\b(?!\s+thêm\b(?!\s*\d))|\bgiảm\b"
        rf"|(?<!đạt và )(?<!hoàn thành và ){over}|,\s*(?:\d|tăng|giảm|gấp)"
        r"|,\s*(?:đáp ứng|tập trung|góp phần|nhằm|tạo|đồng thời|hướng tới|cho phép)\b"
        # "… không ma túy theo Nghị quyết số 163/2024/QH15 …": the text the aim comes from is no part of it.
        r"|\stheo\s+(?:Nghị quyết|Quyết định|Kế hoạch|Chỉ thị|Luật|Thông tư|Nghị định|Đề án)\b",
        probe,
    )
    if hit.zero_noun and (verb := re.search(r"\svà\s+(?:cơ bản\s+)?(?:đạt|giữ|xây dựng|hoàn thành|trở thành)", rest)):
        stop = verb if not stop or verb.start() < stop.start() else stop  # "không còn hộ nghèo … và đạt xã NTM"
    # "3 bản đạt chuẩn …, sản phẩm … đã được công nhận …": a comma before another subject's predicate.
    other = re.search(r",\s(?=(?:[^\s,;]+\s+){4,}(?:đã|đang)\s)", rest)
    stop = other if other and (not stop or other.start() < stop.start()) else stop
    rest = rest[: stop.start()] if stop else rest
    joined = next((m for m in re.finditer(r"\svới\s+", rest) if _is_subject(rest[m.end() :])), None)
    if not stop and next_in_clause and joined:
        rest = rest[: joined.start()]  # "513 hộ đăng ký sản xuất, kinh doanh với tổng doanh thu đạt …"
    elif not stop and next_in_clause and (breaks := list(re.finditer(r",\s|\svà\s", rest))):
        rest = rest[: breaks[-1].start()]
    if next_in_clause:
        rest = re.sub(r"\s+(?:đạt|chiếm|là|bằng)\s*$", "", rest)  # the next figure's verb
    rest = _YEAR_WORDS_RE.sub(" ", _drop_qualifiers(rest))
    rest = re.sub(r"(?:^|\s)đều(?=\s|$)|^\s*và\s|\svà\s*$", " ", rest)
    if "từ" not in rest.split():
        rest = re.sub(r"\s*trở (?:lên|xuống)\s*$", "", rest)  # the direction; "OCOP từ 3 sao trở lên" is a name
    return _clean(rest)


def _is_subject(label: str) -> bool:
    low = label.lower()
    return any(low == head or low.startswith(head + " ") for head in MEASURE_HEADS)


# Counting words that only classify ("lợn đạt 1.300 con"): the words before them name what is counted.
_CLASSIFIERS = ("con", "cây", "chiếc", "cái")


def _lower_first(text: str) -> str:
    """Lower-case the first letter unless the first word is an acronym ("THCS")."""
    return text[:1].lower() + text[1:] if text[1:2].islower() else text


# "Đảng bộ đã kết nạp được 36 đảng viên", "mỗi phường, xã, thị trấn vận động 2 cặp …", "địa phương hoàn thành 15/19 tiêu
# chí": who acts and the tense words are no part of the label.
_VERB_SUBJECT_RE = re.compile(
    r"^(?:(?:[Tt]oàn\s+|[Mm]ỗi\s+)?(?:Đảng bộ|đảng bộ|Chi bộ|chi bộ|Huyện ủy|Thị ủy|Thành ủy|Đảng ủy|UBND|[Cc]ông an"
    r"|[Đđ]ịa phương|xã|phường|huyện|thị trấn|thành phố)(?:,?\s+(?:thị xã|huyện|xã|phường|thị trấn))*"
    r"(?:\s+[A-ZĐ][\wÀ-ỹ]*)*\s+)?"
    r"(?:(?:đã|sẽ|đang)\s+)?|\s+được$"
)
# Who must or will act, and who asks them to, are no part of the quantity: "các xã, phường phải đảm bảo tiếp nhận
# 60% hồ sơ …", "UBND thành phố yêu cầu các địa phương đảm bảo 100% kết quả …", "Thành phố sẽ hỗ trợ chuyển đổi 100%
# thiết bị …", "Thành phố 100% công dân …" (after "phấn đấu" is peeled off).
_ACTOR_RE = re.compile(
    r"^[^;]*?\byêu cầu\b[^;]*?\b(?:đảm bảo|bảo đảm)(?:\s+|$)|^[^,;]*?\s(?:phải|cần|sẽ)\s+(?:(?:đảm bảo|bảo đảm)\s+)?"
    r"|^(?:[Tt]hành phố|[Tt]ỉnh|[Tt]rung tâm(?:\s+[A-ZĐ][\wÀ-ỹ]*)+)$"
)
# The words that make a label a rate or a share, and with them those that name a count or a measure.
_RATE_WORDS = r"mức tăng|mức giảm|tỷ lệ|tỷ trọng"
_RATE_WORDS_RE = re.compile(rf"^(?:(?:{_RATE_WORDS})\s+)+")
_QUANTITY_WORDS_RE = re.compile(rf"^(?:(?:{_RATE_WORDS}|số|chiều dài|diện tích|giá trị|sản lượng)\s+)+")


# "128% kế hoạch", "557,7% so với dự toán được giao": a level as a share of the plan.
_PLAN_SHARE_RE = re.compile(
    r"\s*(?:so với\s+)?((?:dự toán|kế hoạch|mục tiêu|chỉ tiêu (?:theo )?kế hoạch)\b[^,;.()]*)", re.IGNORECASE
)


def _measure(
    text: str, hit: _Hit, limit: int, previous: _Hit | None, head: str, next_in_clause: bool, whole: str = ""
) -> str:
    """The readable label of the quantity (step 6; the definition is in docs/IMPORT_QUALITY.md).

    ``whole`` is the label of the target a breakdown details ("Số hộ kinh doanh cá thể: 240 hộ
    (nông nghiệp 74 hộ, …)", "Tốc độ tăng giá trị sản xuất … 16%, trong đó: nông, lâm, thủy sản
    tăng 6%"): an item named by its sector alone takes the whole's quantity."""
    label = _last_named(hit.label)
    after_words = _after_label(text, hit, limit, next_in_clause)
    if _topic_before_share(hit, label, after_words):
        label = ""
    verb_after = re.match(r"(?:đạt|được|là|hoàn thành)\b", after_words)
    if hit.owned and not _is_subject(label) and (hit.unit not in ("%", "‰") or not verb_after):
        label = ""  # "Phường có 5/5 khu vực …": the place owns the count, the words after say what
    inherited = _inherited(whole, label, hit)
    if inherited:
        return _capital(inherited)
    own = re.sub(r"^(?:bằng|hoàn thành)\b\s*", "", label)  # "…, hoàn thành 100% kế hoạch": the level's share
    plan = _PLAN_SHARE_RE.match(text, hit.end, limit) if hit.unit == "%" and not hit.change else None
    if plan and (not own or _is_subject(own)):
        # "đạt 128% kế hoạch", "(bằng 236% dự toán giao)", "thu … đạt 176% kế hoạch HĐND giao": the level
        # as a share of the plan ("tỷ lệ giải ngân … đạt 100% kế hoạch" already names its share).
        # (a count keeps its "số": "kết nạp 59 đảng viên (đạt 118% kế hoạch)" → "tỷ lệ số đảng viên được kết nạp …")
        subject = own or (_RATE_WORDS_RE.sub("", previous.measure_text) if previous is not None else "")
        if subject and not subject.lower().startswith(("tỷ lệ", "tỷ trọng")):
            return _capital(f"tỷ lệ {_lower_first(subject)} so với {_clean(plan.group(1))}")
    unit = hit.unit.split("/")[0]
    after = _after_label(text, hit, limit, next_in_clause)
    noun = unit if unit not in UNIT_QUANTITY and unit not in ("", "lần") else ""
    earlier = _QUANTITY_WORDS_RE.sub("", previous.measure_text) if previous else ""
    again = re.search(r"(?:\bchiếm|=|\bđạt)(?:\s+tỷ lệ)?\s*$", hit.lead_words.lower())
    if (
        previous is not None
        and again
        and (not label or label.lower() == "tỷ lệ")
        and not _after_label(text, hit, limit, next_in_clause)
    ):
        # "3.903 hộ đạt gia đình văn hóa, chiếm 91%", "4/4 khóm …, đạt 100%": the same item's share
        label = earlier
        if hit.unit in ("%", "‰") and _is_subject(label):
            label = f"tỷ lệ {label}"
    if hit.zero_noun:
        measure = _clean(f"số {after and hit.zero_noun + ' ' + after or hit.zero_noun}")
    elif hit.in_parentheses and previous is not None and not label and not after:
        # "50% (8 xã)", "08 đường hẻm (2,5 km)", "giảm 3% (còn 7%)": another measure of the target just read.
        quantity = UNIT_QUANTITY.get(unit, "số")
        measure = f"số {earlier}" if quantity == "số" and earlier.startswith(noun) else f"{quantity} {noun} {earlier}"
    elif hit.change and previous is not None and not label and not after:
        # "đạt 30,4 tỷ đồng, tăng bình quân hằng năm 3,59%": the change of the level just read.
        measure = earlier if previous.measure_text.startswith(("tỷ lệ", "số")) else previous.measure_text
    elif label and (_is_subject(label) or hit.lead_words.rstrip().endswith((":", "=")) or not (after or noun)):
        measure = label
        if head and not _is_subject(label):
            measure = _with_head(label, head, hit.unit)
        elif not _is_subject(label) and unit in UNIT_QUANTITY and unit not in ("%", "‰") and not hit.change:
            measure = f"{UNIT_QUANTITY[unit]} {_lower_first(label)}"  # "Cây Mía 370 ha": diện tích cây mía
        elif not _is_subject(label) and noun and noun not in _CLASSIFIERS and not hit.change:
            measure = f"số {noun} {_lower_first(label)}"  # "Nông nghiệp = 100 hộ": số hộ nông nghiệp
    elif label and hit.reached and noun and not _is_subject(label):
        # "các xã còn lại đạt từ 10 tiêu chí": a count the words before it own.
        measure = label if noun in _CLASSIFIERS else f"số {noun} {after} của {_lower_first(label)}"
    elif label:
        # A verb and its object: "kết nạp 80 đảng viên mới" → "số đảng viên mới được kết nạp".
        quantity = UNIT_QUANTITY.get(unit, "số")
        verb = re.sub(r"\s+cho$", "", _VERB_SUBJECT_RE.sub("", _ACTOR_RE.sub("", _last_clause(label))))
        verb = verb[:1].lower() + verb[1:] if verb[1:2].islower() else verb
        if quantity == "tỷ lệ":
            measure = f"{quantity} {verb} {after}"
        elif noun and re.match(rf"{re.escape(noun)}(?:\s|$)", verb, re.IGNORECASE):
            measure = f"{quantity} {verb} {after}"  # "hộ cận nghèo còn 53 hộ": the words name what is counted
        else:
            measure = f"{quantity} {noun} {after} được {verb}" if verb else f"{quantity} {noun} {after}"
    elif after:
        quantity = "" if hit.change and unit in ("%", "‰") else UNIT_QUANTITY.get(unit, "số")
        measure = f"{quantity} {noun} {after}" if quantity == "số" else f"{quantity} {after}"
    elif head:
        measure = head
    else:
        measure = f"số {hit.unit}".strip() if hit.unit not in UNIT_QUANTITY else UNIT_QUANTITY[hit.unit]
    measure = _clean(re.sub(r"\s+", " ", measure))
    low = measure.lower()
    if hit.unit in ("%", "‰") and not hit.change and not _is_subject(measure) and not head:
        measure = f"tỷ lệ {measure}"
    elif hit.unit == "%" and re.match(r"số\s", measure, re.I) and re.search(r"\bchiếm\s*$", hit.lead_words, re.I):
        measure = f"tỷ lệ {measure[len('số ') :]}"  # "số xã đạt chuẩn … chiếm 50%": the share of them
    if hit.change and not low.startswith(("mức", "tốc độ", "tỷ lệ tăng", "tỉ lệ tăng")):
        # "Giảm tỷ lệ … so với năm trước 0,05%": the year compared with is the baseline's, no part of the quantity.
        measure = _clean(_YEAR_BEFORE_RE.sub(" ", measure))
        measure = measure[:1].lower() + measure[1:] if measure[1:2].islower() else measure
        measure = f"mức {'tăng' if hit.change == 'increase' else 'giảm'} {measure}"
    # Tense words are no part of a quantity: "tuyến đường đã được đổ bê tông" → "… được đổ bê tông".
    measure = _clean(re.sub(r"(?<=\s)(?:đã|đang|sẽ)\s+(?=(?:được|có)\b)", "", measure))  # not "đã trừ …"
    return (measure[:1].upper() + measure[1:])[:MEASURE_MAX]


def _topic_before_share(hit: _Hit, label: str, after: str) -> bool:
    """ "Về giáo dục: 100% trường học đạt chuẩn quốc gia", "Chuyển đổi số: 100% các trường học
    ứng dụng …": the words before the colon are a topic, and the words after the share say what
    it is a share of. Not "Tỷ lệ hộ nghèo: 2%" (nothing after), nor a label that names a
    quantity itself ("Tỷ lệ chi bộ …: 15% trở lên/tổng số chi bộ")."""
    # "Trong công tác chuyển đổi số, 100% hồ sơ …": a topic opened by "Trong"/"Về" and set off by a comma is one too.
    # So is a state reported before it ("Văn hóa - xã hội có nhiều tiến bộ, 50% trường học đạt chuẩn …").
    topic = hit.lead_words.rstrip().endswith(":") or (
        hit.lead_words.rstrip().endswith(",")
        and (
            re.match(r"(?:Trong|Về)\s[^,;:]*$", label)
            or _STATE_RE.search(label)
            or re.search(r"\bcó (?:nhiều|bước)\b", label, re.IGNORECASE)
        )
    )
    return bool(topic) and hit.unit in ("%", "‰") and not hit.change and bool(after) and not _is_subject(label)


def _last_clause(label: str) -> str:
    """The verb of a count: after "để" ("chuẩn bị đầu tư để phát triển"), after the last comma, and
    none when the words are a clause of their own ("chất lượng giáo dục được nâng cao với")."""
    parts = re.split(r"\bđể\s+", label)[-1].split(", ")
    label = parts.pop()
    # "nhựa hóa, bê tông hóa": a list of verbs; "…, chú trọng, đã kết nạp": a tense word opens a clause.
    while parts and len(parts[-1].split()) <= 3 and not re.match(r"(?:đã|đang|sẽ)\s", label):
        label = f"{parts.pop()}, {label}"
    return "" if re.search(r"\s(?:được|đạt)\s", f" {label} ") and not label.startswith("được") else label


# Words that make a stretch a clause of its own (a state reported), not part of a quantity's name.
_STATE_RE = re.compile(
    r"\b(?:có sự|tiếp tục|được|đã|đang|sẽ|chuyển dịch|cho thấy|ổn định|khởi sắc|đảm bảo|bảo đảm)\b", re.IGNORECASE
)


_BARE_MEASURES = ("diện tích", "sản lượng", "giá trị", "chiều dài", "năng suất")
_OWNER_RE = re.compile(r"(.+?)\s(?:tiếp tục|được|là|có|đạt|đã|đang)\s")


def _last_named(label: str) -> str:
    """Of a long lead ("Đẩy mạnh đầu tư …, thu hút lao động tại chỗ, thu nhập bình quân"), the last
    comma-separated part when it names a quantity; the whole label otherwise ("Tỷ lệ hộ nghèo, cận
    nghèo")."""
    parts = [p.strip() for p in label.split(", ")]
    if len(parts) > 1 and _is_subject(_trim_label(parts[-1])):
        # Unless the parts before are themselves the quantity's name, they are a clause of their
        # own: "Cơ cấu kinh tế tiếp tục chuyển dịch đúng hướng, thu ngân sách" names "thu ngân sách".
        if not _is_subject(parts[0]) or any(_STATE_RE.search(part) for part in parts[:-1]):
            return _trim_label(parts[-1])
    # "Điểm sáng nhất là thu ngân sách", "… kinh doanh với tổng doanh thu", "… khi thu ngân sách", "Thành phố duy
    # trì tỷ số giới tính khi sinh": the quantity named after "là"/"với"/"khi"/"duy trì".
    # (the last of these words that a quantity follows: "duy trì tỷ số giới tính khi sinh" is not "… khi sinh")
    for m in reversed(list(re.finditer(r"(?<!\bso)\s(?:là|với|khi|duy trì)\s+", label))):  # not "so với GRDP"
        if not _is_subject(tail := _trim_label(label[m.end() :])):
            continue
        # "Cây quế … là cây chủ lực với diện tích": a bare measure is of the subject that opens the clause.
        if tail.lower() in _BARE_MEASURES and (owner := _OWNER_RE.match(label[: m.start()])):
            return f"{tail} {_lower_first(owner.group(1))}"
        return tail
    return label


def _inherited(whole: str, label: str, hit: _Hit) -> str:
    """The label of a breakdown item from its whole's (see ``_measure``), or "" when it has its own."""
    if not whole or not label or _is_subject(label) or hit.raw_label.rstrip().endswith(":"):
        return ""
    item = _lower_first(label)
    if hit.change and (m := re.match(r"(?:tốc độ tăng(?: trưởng)?|tỷ lệ tăng|mức tăng)\s+(.+)", whole)):
        verb = "tăng" if hit.change == "increase" else "giảm"
        return f"mức {verb} {m.group(1)} {item}"
    if whole.startswith(f"số {hit.unit} ") and not hit.change:
        return f"{whole} {item}"
    if hit.unit == "%" and whole.startswith("tỷ lệ ") and not (hit.change or hit.in_parentheses or hit.owned):
        # "tỷ lệ lao động qua đào tạo đạt 69%, trong đó có bằng cấp, chứng chỉ chiếm 29%": a share of the share
        # ("trong đó khu vực … có 85% đạt chuẩn …" names its own: the words after the number say what).
        owned = "có " if re.search(r"(?:^|\s)có\s+\S", hit.raw_label) else ""
        return f"{whole} {owned}{item}"
    return ""


def _unit_named_in(measure: str) -> str:
    """ "Số trang trại, gia trại trên địa bàn: 70": the count's unit is the noun after "số"."""
    m = re.match(rf"(?:số|số lượng)\s+({_UNIT_ALT})(?:,\s*({_UNIT_ALT}))?(?![\wÀ-ỹ])", measure, re.IGNORECASE)
    if not m:
        return ""
    return f"{m.group(1)}, {m.group(2)}" if m.group(2) else m.group(1)


def _with_head(label: str, head: str, unit: str) -> str:
    """An item of a breakdown named by its sector: "Cơ cấu kinh tế: Dịch vụ 56,9%"."""
    label = _clean(label.strip("“”\"' "))
    if re.search(r"cơ cấu", head, re.IGNORECASE) and unit == "%":
        return f"tỷ trọng {label} trong cơ cấu kinh tế"
    if re.search(r"cơ cấu", head, re.IGNORECASE) and unit.endswith("đồng"):
        return f"giá trị {label}"
    return label


def _head_of(lead: str) -> str:
    """The head of a breakdown named in the lead-in: "Cơ cấu kinh tế (đến năm 2025):", "cơ cấu các
    ngành kinh tế …:" (the items are then named by their sector only)."""
    m = re.search(r"(cơ cấu (?:các ngành |ngành )?kinh tế)[^:;]*:", lead, re.IGNORECASE)
    return m.group(1) if m else ""


# ---------------------------------------------------------------- horizon and annual


def _year_in(text: str) -> int | None:
    """The horizon a stretch of text names (step 7), or None."""
    if m := _UNTIL_RE.search(text):
        return int(m.group(1))
    if m := _PERIOD_RE.search(text):
        return int(m.group(1))
    for m in _YEAR_OF_RE.finditer(text):
        if not _BASELINE_BEFORE_RE.search(text[: m.start()]):
            return int(m.group(1))
    return None


def _term_end(text: str) -> int | None:
    m = re.search(r"nhiệm kỳ\s+(?:19|20)\d{2}\s*[-–]\s*((?:19|20)\d{2})", text, re.IGNORECASE)
    return int(m.group(1)) if m else None


def _annual(text: str, hit: _Hit, limit: int) -> bool:
    """A per-year rate or a flow; ``triệu đồng/người/năm`` is a level, not a yearly target.

    The words looked at run from the start of the target's own words to the first comma
    after its number (the next target's words may say "hàng năm" of that target)."""
    if hit.per_year:
        return not hit.unit.split("/")[0].endswith(_LEVEL_PER_YEAR) and "/" not in hit.unit[: -len("/năm")]
    if hit.change and hit.averaged:
        return True  # "tăng bình quân 10%": an average of yearly changes
    after = re.split(r"[,(]", text[hit.end : limit])[0]  # words in brackets after it are the bracketed figure's
    scope = text[hit.lead_start : hit.start] + " " + after
    # "Tỷ lệ tăng thu … so năm trước": a rate defined year on year; but a change "so với năm trước" ("Giảm tỷ lệ …
    # so với năm trước 0,05%") is compared with the year before, like "so với cùng kỳ" (its baseline, step 5).
    if hit.change:
        scope = _YEAR_BEFORE_RE.sub(" ", scope)
    return bool(_ANNUAL_RE.search(_strip_compared(scope)))


@lru_cache(maxsize=8)
def _lowered(text: str) -> str:
    return text.lower()


def _breakdown_at(text: str, pos: int) -> int:
    """Where the "trong đó" before ``pos`` starts (-1 if none)."""
    return _lowered(text).rfind("trong đó", 0, pos)


def _strip_compared(text: str) -> str:
    return _COMPARED_RE.sub(" ", text)


# ---------------------------------------------------------------- the reader


def _read_hits(text: str, spans) -> list[_Hit]:
    """Numbers with their units, lead words, markers and roles (steps 2-5)."""
    hits = _find_numbers(text)
    lowered = text.lower()
    for index, hit in enumerate(hits):
        clause = _clause_of(spans, hit.start)
        previous = hits[index - 1] if index and _clause_of(spans, hits[index - 1].start) == clause else None
        start = previous.end if previous else spans[clause][0]
        before = text[start : hit.start]
        opened = text.rfind("(", start, hit.start)
        hit.in_parentheses = opened > text.rfind(")", start, hit.start)
        if previous and hit.in_parentheses:
            start, before = opened + 1, text[opened + 1 : hit.start]  # "08 đường hẻm (2,5 km)"
        elif previous and "," in before:
            # After another number of the clause, the label starts after the last comma:
            # "…1.184 tỷđ, tăng gấp 2 lần so với năm 2015, tốc độ tăng trưởng hàng năm 14,7%".
            cut = (before.index(",") if previous.label else before.rindex(",")) + 1
            start, before = start + cut, before[cut:]
            if not previous.label and (joined := list(re.finditer(r"\svà\s", before))):
                # "hơn 85% xã, phường, thị trấn và 90% thôn …": the nouns before "và" are the other figure's too.
                cut = joined[-1].end()
                start, before = start + cut, before[cut:]
        elif previous and (joined := list(re.finditer(r"\svà\s", before))):
            # "100% chi bộ và hơn 92% đảng viên …": the words before "và" are the other figure's.
            cut = joined[-1].end()
            start, before = start + cut, before[cut:]
        hit.lead_start = start
        _read_lead(hit, before)
        if hit.all_of:
            hit.label = hit.raw_label = ""  # "tất cả chi bộ …": the words after say what
        if hit.zero_noun or hit.all_of:
            hit.direction, hit.change = "exactly", ""
        _apply_after_markers(hit, lowered)
        if hit.of_whole and hit.unit in _PLAN_ITEMS and hit.direction in ("more_than", "at_least"):
            hit.direction = "exactly"  # "đạt và vượt 13/16 chỉ tiêu": how many were met, not a bound
    for index in range(len(hits)):
        if hits[index].role == "target":
            _role(hits, index, text, spans)
    return hits


def _last_horizon_in(text: str, *, periods_only: bool = False) -> int | None:
    """The horizon named last in ``text`` (the nearest to what follows), or None."""
    text = _strip_compared(_drop_qualifiers(text, years=False))
    found = [(m.start(), int(m.group(1))) for m in _PERIOD_RE.finditer(text)]
    if not periods_only:
        found += [(m.start(), int(m.group(1))) for m in (*_UNTIL_RE.finditer(text), *_NAMED_YEAR_RE.finditer(text))]
        found += [
            (m.start(), int(m.group(1)))
            for m in _YEAR_OF_RE.finditer(text)
            if not _BASELINE_BEFORE_RE.search(text[: m.start()]) and not _PERIOD_RE.match(text, max(0, m.start() - 1))
        ]
    return max(found)[1] if found else None


def _own_span(text: str, hit: _Hit, limit: int) -> str:
    """The words of one target: from its label to the first break after its number."""
    after = text[hit.end : limit]
    stop = re.search(r",\s|;|\svà\s", after)
    return text[hit.lead_start : hit.end] + (after[: stop.start()] if stop else after)


# "chọn 6/19 khu phố … và hoàn thành vào cuối năm 2026": when the target is to be met, not an aim of its own.
_DEADLINE_RE = re.compile(
    r"\bhoàn thành\s+(?:vào|trước|trong)\s+(?:cuối\s+)?(?:năm\s+)?((?:19|20)\d{2})\W*$", re.IGNORECASE
)


def _deadline(words: str) -> int | None:
    m = _DEADLINE_RE.search(words)
    return int(m.group(1)) if m else None


# "40% số phường, thị trấn đạt chuẩn vào năm 2025.": the year that ends the clause of its last figure is that
# figure's own, however many commas the words after the figure hold ("dưới 2% và đạt chuẩn … vào năm 2022": not
# after "và", which opens an aim of its own).
_CLAUSE_YEAR_RE = re.compile(
    r"^(?:(?!\svà\s).)*\s(?:vào|đến|tới)\s+(?:hết\s+)?(?:cuối\s+)?năm\s+((?:19|20)\d{2})\W*$", re.I
)


def _clause_year(words: str) -> int | None:
    m = _CLAUSE_YEAR_RE.search(words)
    return int(m.group(1)) if m else None


def _horizon(text: str, hit: _Hit, limit: int, annual: bool, lead: str, term_end: int | None) -> int | None:
    """Step 7: the target's own year, else the year of the sentence's lead-in, else the term's end.

    A per-year rate takes only a period ("giai đoạn 2026-2030") or a heading "Đến năm 2015:" over a list, never one
    figure's year."""
    own = (
        _last_horizon_in(_own_span(text, hit, limit), periods_only=annual)
        or _deadline(text[hit.end : limit])
        or (None if annual else _clause_year(text[hit.end : limit]))
    )
    heading = _UNTIL_HEADING_RE.search(lead) if annual else None
    return own or _last_horizon_in(lead, periods_only=annual) or (int(heading.group(1)) if heading else term_end)


# Labels that name a rate of change: their "%/năm" is the rate's unit.
_RATE_HEAD_RE = re.compile(r"(?:mức|tốc độ|tăng trưởng|tỷ lệ (?:tăng|giảm)|tỷ suất|tăng|giảm)\b", re.IGNORECASE)
# Rates of growth named as such: "tăng" before their figure says nothing more ("tăng trưởng tăng 9%" is 9 %).
_NAMED_RATE_RE = re.compile(r"(?:tốc độ tăng|tăng trưởng|tỷ lệ tăng)\b", re.IGNORECASE)
_AIM_RE = re.compile(r"phấn đấu|mục tiêu|(?:đến|vào)\s+(?:cuối\s+)?năm\s+(?:19|20)\d{2}", re.IGNORECASE)
# ("…; tình hình trật tự … ổn định, không phát sinh vụ việc nghiêm trọng": no event at all is a state too)
_REACHING_RE = re.compile(
    r"\b(?:đạt|giữ vững|hoàn thành|trở thành|được công nhận|không để|không phát sinh)\b", re.IGNORECASE
)
# "… và đạt chuẩn …", "… và phấn đấu đến cuối nhiệm kỳ đạt chuẩn …", "… và cơ bản hoàn thành …", "…, giữ vững chuỗi 12
# năm liên tiếp …": a state to reach after the last figure.
# "… và giảm mạnh hộ nghèo đa chiều": a change said without a figure is an aim too; so is a duty added after the last
# figure by "đồng thời" ("đảm bảo 100% …, đồng thời cung cấp bản điện tử …").
_DUTY_VERBS = r"(?:thực hiện|triển khai|huy động|trang bị|đẩy mạnh|tăng cường)"
_WORK_STATE = r"công tác\s[^,;.\d]*?\s(?:đạt|được)\s"
_AND_REACHING_RE = re.compile(
    r"\svà\s+(?:phấn đấu\s+)?(?:(?:đến|vào)\s+(?:cuối\s+)?(?:năm\s+(?:19|20)\d{2}|nhiệm kỳ|năm)\s+)?"
    r"(?=(?:cơ bản\s+)?(?:đạt|giữ vững|hoàn thành|trở thành|hạn chế|không để|(?:giảm|tăng)\s+(?:mạnh|nhanh|sâu))\b)"
    r"|,\s*đồng thời\s+(?=[a-zà-ỹđ])|,\s*(?=giữ vững\s)"
    # "…đạt trên 148 tỷ đồng, công tác giải phóng mặt bằng đạt kết quả tích cực": a field of work and the state it
    # reached, reported after the last figure.
    rf"|,\s*(?={_WORK_STATE})"
    # "Xã đạt 19/19 tiêu chí …, trong đó xã A (cũ) được công nhận xã nông thôn mới nâng cao": a part of the whole
    # and the state it reached, after the last figure.
    r"|,\s*trong đó,?\s+(?=[^,;.\d]*?\s(?:được công nhận|đạt chuẩn)\s)"
    # (not a manner: "giảm 3.000 hộ nghèo bằng các chính sách …, triển khai đồng bộ, …" says how it is done)
    rf"|,\s*(?={_DUTY_VERBS}\s(?!\s*(?:đồng bộ|quyết liệt|hiệu quả)\b))",
    re.IGNORECASE,
)
# A clause opened by a verb of doing ("…; thực hiện giải quyết thủ tục hành chính tại nhà …", "…, huy động các nguồn
# lực …") is a duty of its own, as a clause that reaches a state is.
_DUTY_RE = re.compile(rf"\s*{_DUTY_VERBS}\s", re.IGNORECASE)
# A clause that sets a state without a verb of reaching: the structure of the economy ("Cơ cấu kinh tế là Thương
# mại - Dịch vụ, …"), an organisation built "trong sạch, vững mạnh".
_SET_STATE_RE = re.compile(r"\bcơ cấu kinh tế\s+(?:là\b|:)|\btrong sạch,?\s+vững mạnh\b", re.IGNORECASE)
_ANNUAL_LEAD_RE = re.compile(r"^(?:\W*(?:phấn đấu|trong đó|cụ thể|theo đó)\W*)*(?:hằng năm|hàng năm|mỗi năm)\b", re.I)


def _qualitative_clauses(text: str, spans, hits: list[_Hit], first_target: int) -> list[tuple[int, str, int | None]]:
    """Clauses with no number that set a state to reach ("…; duy trì xã đạt tiêu chí quốc gia về y
    tế; …"): (position, words, own year). A clause before the first target counts only after a
    lead-in colon ("đề ra 4 nhiệm vụ trọng tâm: xây dựng Bình Xa trở thành …")."""
    found = []
    for start, end in spans:
        if any(start <= h.start < end for h in hits):
            # "…dưới 2% và đạt chuẩn nông thôn mới nâng cao vào năm 2022": a state after the last number.
            last = max((h for h in hits if start <= h.start < end), key=lambda h: h.end)
            # Only when the last figure was named before it: "93% hộ được công nhận và giữ vững
            # danh hiệu …" names its own quantity after the number, "và giữ vững" included.
            m = _AND_REACHING_RE.search(text, last.end, end)
            # (", đồng thời …" starts a duty of its own, whatever the figure before it names.)
            if m and (last.label or "đồng thời" in m.group(0).lower()):
                words = text[m.end() : end]
                if not re.search(r"\d", _masked(words)) and not _DEADLINE_RE.match(words.strip()):
                    trimmed = _trim_label(words, QUALITATIVE_OPENING_WORDS, colon=False)
                    found.append((m.end(), trimmed or _clean(words), _last_horizon_in(text[m.start() : end])))
            continue
        words = text[start:end]
        if end <= first_target:
            if ":" in words:
                start, words = start + words.rindex(":") + 1, words[words.rindex(":") + 1 :]
            elif text[end : end + 1] != ";" or not (
                _AIM_RE.search(words)
                or _REACHING_RE.match(words.strip())
                # a state set by an item of the list; the sentence's opening clause ("Nhiệm kỳ …, Đảng bộ tập
                # trung xây dựng … trong sạch, vững mạnh;") says what the body works at, before its list
                or (_SET_STATE_RE.search(words) and start != spans[0][0])
            ):
                # A lead-in; a clause closed by ";" that sets an aim ("Xã phấn đấu đến năm 2030 đạt chuẩn
                # …;", "giữ vững danh hiệu …;") is an item of the list, a state reported ("… được giữ
                # vững;") is not.
                continue
        # ("…; công tác chính trị tư tưởng được quan tâm, …": a field of work and the state it reached, in a clause
        # of its own after the last figure, as after a comma; between figures it is a report, not an aim)
        work_state = start >= max(h.end for h in hits) and re.match(rf"\s*{_WORK_STATE}", words, re.IGNORECASE)
        if _REACHING_RE.search(words) or _SET_STATE_RE.search(words) or _DUTY_RE.match(words) or work_state:
            trimmed = _trim_label(words, QUALITATIVE_OPENING_WORDS, colon=False)
            found.append((start, trimmed or _clean(words), _last_horizon_in(words)))
    return found


def _pieces(text: str) -> list[str]:
    """``text`` in pieces of at most ``MAX_SENTENCE_CHARS``, each cut after the last clause end
    (";", ". ", "…") it holds, else after a comma or a space."""
    pieces = []
    while len(text) > MAX_SENTENCE_CHARS:
        window = text[:MAX_SENTENCE_CHARS]
        cut = max(window.rfind(";"), window.rfind(". "), window.rfind("…"))
        if cut <= 0:
            cut = max(window.rfind(","), window.rfind(" "))
        if cut <= 0:
            cut = MAX_SENTENCE_CHARS - 1
        pieces.append(text[: cut + 1])
        text = text[cut + 1 :]
    pieces.append(text)
    return [piece for piece in pieces if piece.strip()]


def parse_target_sentence(text: str, default_horizon: int | None) -> list[TargetPart]:
    """The parts of one target sentence (see the module docstring for the rules)."""
    if len(text) > MAX_SENTENCE_CHARS:
        # No real target sentence is that long (the corpus's longest paragraph: 1,475
        # characters); a pasted text without full stops is read piece by piece, so that the
        # time grows with its length, not with its square.
        return [part for piece in _pieces(text) for part in parse_target_sentence(piece, default_horizon)]
    text = _normalise(text)
    spans = _clauses(text)
    hits = _read_hits(text, spans)
    targets = [h for h in hits if h.role == "target"]
    if not targets:
        # The year of the aim the label names (after its last lead-in) first: "Thực hiện Nghị quyết …, phấn đấu … không
        # có ma túy vào năm 2030, Đảng ủy phường … phấn đấu xây dựng phường … không ma túy vào năm 2028" is for 2028.
        own = _year_in(text[_lead_in_end(text) :])
        horizon = own or _year_in(text) or (_term_end(text) if _TERM_END_RE.search(text) else None) or default_horizon
        return [
            TargetPart(
                measure=_capital(_trim_label(text, QUALITATIVE_OPENING_WORDS, colon=False) or _clean(text)),
                direction="qualitative",
                horizon_year=horizon,
                is_annual=bool(_ANNUAL_RE.search(text)),
            )
        ]
    # (the lead-in ends at the first figure, a starting level's too: "tăng từ 20 triệu đồng năm 2020 lên 36 triệu
    # đồng; …" names no year of the list)
    lead = text[: min(h.start for h in hits if h.role in ("target", "start"))]
    term_end = _term_end(text) if _TERM_END_RE.search(text) else None
    all_annual = _ANNUAL_LEAD_RE.search(text)
    # "Hàng năm, …; …": set off by a comma, the opening says when of the whole sentence; without
    # one ("Mỗi năm giải quyết việc làm cho …; tỷ lệ …") it is part of its own clause only.
    every_clause = bool(all_annual and text[all_annual.end() :].lstrip().startswith(","))
    head = _head_of(lead)
    parts: list[tuple[int, TargetPart]] = []
    previous: _Hit | None = None
    head_part: tuple[int, bool, str] | None = None  # the whole a breakdown details: position, annual, label
    numbered: list[tuple[_Hit, TargetPart]] = []
    for index, hit in enumerate(targets):
        clause = _clause_of(spans, hit.start)
        span = spans[clause]
        limit = min(targets[index + 1].start if index + 1 < len(targets) else len(text), span[1])
        _same_as_after(text, hit, limit)
        prev_in_clause = previous if previous is not None and _clause_of(spans, previous.start) == clause else None
        next_in_clause = index + 1 < len(targets) and _clause_of(spans, targets[index + 1].start) == clause
        in_breakdown = head_part is not None and (
            _breakdown_at(text, hit.start) > head_part[0] or (hit.in_parentheses and prev_in_clause is not None)
        )
        whole = head_part[2] if in_breakdown else ""
        # "Tốc độ tăng trưởng … 8,5 - 9%, cơ cấu kinh tế chuyển dịch tích cực: Dịch vụ chiếm 51,36%; …": a breakdown's
        # head may follow an earlier figure; it names the items after it.
        head = head or _head_of(text[previous.end : hit.start] if previous is not None else "")
        measure = _measure(text, hit, limit, prev_in_clause, head, next_in_clause, whole)
        if not hit.unit:
            hit.unit = _unit_named_in(measure)
        if hit.unit in ("%/năm", "‰/năm") and not hit.change and not _RATE_HEAD_RE.match(measure):
            hit.unit = hit.unit[:-4]  # "Tỷ lệ hộ … gia đình văn hóa 84 %/năm": a level each year, not a rate
        if hit.change == "increase" and _NAMED_RATE_RE.match(measure):
            hit.change = ""  # "tốc độ tăng trưởng GRDP tăng khoảng 13%": a growth rate's level, not a change of it
        hit.measure_text = measure.lower()
        annual = bool(all_annual and (clause == 0 or every_clause)) or _annual(text, hit, limit)
        if head_part is not None and _breakdown_at(text, hit.start) > head_part[0]:
            annual = head_part[1]  # a part of a breakdown ("trong đó: …") is as yearly as its whole
        elif not hit.in_parentheses:
            head_part = (hit.start, annual, hit.measure_text)
        horizon = _horizon(text, hit, limit, annual, lead, term_end)
        if hit.baseline.get("kind") == "value" and horizon == hit.baseline.get("year"):
            horizon = None  # the year of the starting level is not the year of the target
        baseline = hit.baseline or {}
        part = TargetPart(
            measure=measure,
            direction=hit.direction,
            value=hit.value,
            value_max=hit.value_max,
            unit=hit.unit,
            horizon_year=horizon if horizon is not None else default_horizon,
            is_annual=annual,
            change=hit.change,
            baseline_kind=baseline.get("kind", ""),
            baseline_value=baseline.get("value"),
            baseline_year=baseline.get("year"),
        )
        parts.append((hit.start, part))
        numbered.append((hit, part))
        previous = hit
    for index, (hit, part) in _shared_predicates(text, spans, numbered):
        parts[index] = (hit.start, part)
    lead_horizon = _last_horizon_in(lead) or term_end
    for position, words, year in _qualitative_clauses(text, spans, hits, targets[0].start):
        horizon = year or lead_horizon or default_horizon
        parts.append((position, TargetPart(measure=_capital(words), direction="qualitative", horizon_year=horizon)))
    return [part for _position, part in sorted(parts, key=lambda pair: pair[0])]


# Nouns a share counts: the counting nouns, and the longer names they are printed in ("trường học").
_COUNTED_NOUNS = sorted(
    {*(u for u in UNITS if u not in UNIT_QUANTITY and u not in _TIME_UNITS), "trường học", "hộ dân", "cơ sở giáo dục"},
    key=len,
    reverse=True,
)


def _counted_noun(words: str) -> tuple[str, str]:
    """ "chi bộ hoàn thành tốt nhiệm vụ" → ("chi bộ", "hoàn thành tốt nhiệm vụ"); ("", "") when the words do
    not start with a counting noun."""
    low = words.lower()
    # ("xã, phường, thị trấn có thiết chế …": several nouns counted together are one)
    nouns = "|".join(re.escape(noun) for noun in _COUNTED_NOUNS)
    if m := re.match(rf"(?:{nouns})(?:\s*,\s*(?:{nouns}))*(?=\s|$)", low):
        return words[: m.end()], words[m.end() :].strip()
    return "", ""


def _share_of(measure: str) -> tuple[str, str]:
    """ "Tỷ lệ chi bộ hoàn thành tốt nhiệm vụ" → ("chi bộ", "hoàn thành tốt nhiệm vụ")."""
    return _counted_noun(measure[len("Tỷ lệ ") :]) if measure.startswith("Tỷ lệ ") else ("", "")


def _shared_predicates(text: str, spans, numbered: list[tuple[_Hit, TargetPart]]):
    """Items of one clause that share what the other says (step 6 and step 4), as (index, part):

    * a predicate said once: "tỷ lệ trường đạt chuẩn quốc gia đạt 90%, trạm y tế đạt 100%" (the
      second is "tỷ lệ trạm y tế đạt chuẩn quốc gia"), "100% chi bộ và hơn 92% đảng viên hoàn thành
      tốt nhiệm vụ" (the first is "tỷ lệ chi bộ hoàn thành tốt nhiệm vụ");
    * a verb said once: "tỷ lệ hộ nghèo giảm còn 0,23% và hộ cận nghèo 0,87%" (both are ceilings)."""
    changed = []
    opener = numbered[0][0] if numbered and numbered[0][0].opening_change and numbered[0][0].averaged else None
    for index in range(1, len(numbered) if opener else 0):
        # "tăng tổng thu … bình quân 10-12%/năm; tổng giá trị sản phẩm bình quân hằng năm 12-14%; …": a list
        # opened by a change verb; an item with no verb of its own, only an average, is the same change.
        hit, part = numbered[index]
        if hit.averaged and not part.change and not _RATE_HEAD_RE.match(part.measure) and hit.unit.startswith("%"):
            verb = "tăng" if opener.change == "increase" else "giảm"
            part = replace(part, change=opener.change, measure=f"Mức {verb} {_lower_first(part.measure)}")
            changed.append((index, (hit, part)))
    for index in range(1, len(numbered)):
        (first_hit, first), (hit, part) = numbered[index - 1], numbered[index]
        if _clause_of(spans, first_hit.start) != _clause_of(spans, hit.start) or first_hit.role != "target":
            continue
        # "còn 4,69%, cận nghèo 4,53%": after a comma only an item that names no quantity of its own.
        joined = re.fullmatch(r"\s*và\s*", text[first_hit.end : hit.lead_start]) or (
            re.fullmatch(r"\s*,\s*", text[first_hit.end : hit.lead_start]) and _elided_item(hit)
        )
        if joined and first_hit.down_to and part.direction == "exactly" and not part.change and first.unit == part.unit:
            part = replace(part, direction=first.direction)
            changed.append((index, (hit, part)))
        # "tỷ lệ điều tra … đạt hơn 75%, 90% đối với tội phạm đặc biệt nghiêm trọng": a bare figure after a comma that
        # only names the scope it is for is the same quantity, with the same bound.
        scoped = re.fullmatch(r"\s*,\s*", text[first_hit.end : hit.start]) and re.match(
            r"\s*(?:đối với|riêng)\b", text[hit.end :], re.IGNORECASE
        )
        if scoped and part.direction == "exactly" and not part.change and first.unit == part.unit:
            part = replace(part, direction=first.direction)
            changed.append((index, (hit, part)))
        if first.unit != "%" or part.unit != "%" or first.change or part.change:
            continue
        if sibling := _sibling_share(first.measure, part.measure, text[first_hit.end : hit.lead_start]):
            changed.append((index, (hit, replace(part, measure=sibling))))
            continue
        first_noun, first_rest = _share_of(first.measure)
        noun, rest = _share_of(part.measure)
        if first_noun and first_rest and noun and not rest and not _is_subject(hit.raw_label.strip()):
            changed.append((index, (hit, replace(part, measure=f"{part.measure} {first_rest}"))))
        elif first_noun and not first_rest and noun and rest and re.search(r"\svà\s", text[first_hit.end : hit.start]):
            changed.append((index - 1, (first_hit, replace(first, measure=f"{first.measure} {rest}"))))
    return changed


def _sibling_share(first: str, measure: str, between: str) -> str:
    """ "Tỷ lệ đi học đúng độ tuổi cấp tiểu học đạt 99,5%, cấp trung học cơ sở đạt 97%": the second item names only
    what differs, from a word the first one's label has ("cấp"); it takes the first label up to that word. ""
    when the item is not such a sibling."""
    if not re.fullmatch(r"\s*,\s*", between) or not first.startswith("Tỷ lệ ") or not measure.startswith("Tỷ lệ "):
        return ""
    item = measure[len("Tỷ lệ ") :]
    if not item or _is_subject(item) or _counted_noun(item)[0]:
        return ""
    word = item.split()[0].lower()
    at = first.lower().find(f" {word} ", len("Tỷ lệ"))
    return f"{first[: at + 1]}{item}" if at > 0 else ""


def _elided_item(hit: _Hit) -> bool:
    """ "…, cận nghèo 4,53%": the item is only a noun phrase before its number (no verb, no bound, no
    quantity named), so it shares the verb of the item before it."""
    label = hit.raw_label.strip()
    return bool(label) and label == hit.lead_words.strip() and not _is_subject(label)


def _capital(text: str) -> str:
    return (text[:1].upper() + text[1:])[:MEASURE_MAX]
