"""Score the target-sentence parser against the hand readings of the corpus (issue 13).

    .venv/bin/python bench/targets_benchmark.py [--part tuned|heldout|…|heldout12|all] [--failures N]

The corpus has parts reported apart: ``tuned`` (the sentences the parser was developed on) and
``heldout`` … ``heldout12`` (further localities each, read by hand and committed before the parser
was run on them; after each blind first run the parser was improved on the kinds of failure it
showed, so only the first run of each is blind; docs/IMPORT_QUALITY.md keeps those figures). Every
sentence of
``bench/corpus/targets.jsonl`` (real sentences of plans the portal has never
seen, each read by hand) goes through ``targets.sentences.parse_target_sentence`` with no
default horizon (a sentence's own year only, as the hand reading counts it). Parsed parts are
paired with the hand-read targets in order. Scores:

* sentence wholly right: as many parts as targets, and every part right on value, direction,
  unit, horizon, annual flag and baseline (kind, year, value); the measure label is scored
  apart, being a wording, and a second figure counts sentences right with every label too;
* per field: the share of hand-read targets whose paired part has that field right.

Directions are compared on the corpus's scale: the parser's ``more_than`` counts as
``at_least``, ``less_than`` as ``at_most``, ``about`` as ``exactly``, a part with a
``value_max`` as ``range`` and ``qualitative`` as none. Units are compared after folding
spaces and case; measures after folding diacritics, case and punctuation.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

import django  # noqa: E402

django.setup()

from core.text import fold  # noqa: E402
from targets.sentences import parse_target_sentence  # noqa: E402

PARTS = (
    "tuned",
    "heldout",
    "heldout2",
    "heldout3",
    "heldout4",
    "heldout5",
    "heldout6",
    "heldout7",
    "heldout8",
    "heldout9",
    "heldout10",
    "heldout11",
    "heldout12",
)
FIELDS = ("value", "direction", "unit", "horizon", "annual", "baseline", "measure")
DIRECTION_SCALE = {"more_than": "at_least", "less_than": "at_most", "about": "exactly", "qualitative": None}


def direction_of(part) -> str | None:
    if part.value_max is not None:
        return "range"
    if part.change and part.direction in ("exactly", "about"):
        return part.change  # a change without a bound: "tăng 5%/năm"
    return DIRECTION_SCALE.get(part.direction, part.direction)


def baseline_right(part, expected: dict | None) -> bool:
    """Kind, year and value of the comparison printed with the target (none when none)."""
    if not expected:
        return not part.baseline_kind
    return (
        part.baseline_kind == expected["kind"]
        and part.baseline_year == expected["year"]
        and _number(part.baseline_value) == _number(expected["value"])
    )


def _unit(text: str | None) -> str:
    return re.sub(r"\s+", "", (text or "").lower())


def _words(text: str | None) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", fold(text or "")).split())


def _number(value) -> Decimal | None:
    return None if value in (None, "") else Decimal(str(value))


def field_checks(part, expected: dict) -> dict[str, bool]:
    return {
        "value": _number(part.value) == _number(expected["value"])
        and _number(part.value_max) == _number(expected.get("value_max")),
        "direction": direction_of(part) == expected["direction"],
        "unit": _unit(part.unit) == _unit(expected["unit"])
        # "%/năm" in the hand reading is the parser's "%" with its annual flag: the same reading.
        or (part.is_annual and _unit(f"{part.unit}/năm") == _unit(expected["unit"])),
        "horizon": part.horizon_year == expected["horizon"],
        "annual": bool(part.is_annual) == bool(expected["annual"]),
        "baseline": baseline_right(part, expected.get("baseline")),
        "measure": _words(part.measure) == _words(expected["measure"]),
    }


def score(records: list[dict]) -> tuple[Counter, list[dict]]:
    totals: Counter = Counter()
    failures = []
    for record in records:
        expected = record["targets"]
        parsed = parse_target_sentence(record["sentence"], None)
        if not expected:  # a sentence that sets no target: right when nothing measurable is read
            totals["negative_sentences"] += 1
            right = all(part.value is None for part in parsed)
            totals["negative_right"] += right
            continue
        totals["sentences"] += 1
        totals["targets"] += len(expected)
        totals["parts_read"] += len(parsed)
        whole = len(parsed) == len(expected)
        for part, target in zip(parsed, expected, strict=False):
            checks = field_checks(part, target)
            for name, ok in checks.items():
                totals[name] += ok
            whole = whole and all(ok for name, ok in checks.items() if name != "measure")
        totals["sentences_right"] += whole
        totals["sentences_right_with_measure"] += whole and all(
            field_checks(part, target)["measure"] for part, target in zip(parsed, expected, strict=False)
        )
        if not whole:
            failures.append(
                {
                    "sentence": record["sentence"],
                    "expected": expected,
                    "parsed": [part.as_json() for part in parsed],
                }
            )
    return totals, failures


def report(name: str, totals: Counter) -> None:
    n = totals["targets"] or 1
    print(f"== {name}: sentences with targets: {totals['sentences']}, hand-read targets: {totals['targets']}")
    right = totals["sentences_right"]
    print(f"sentences wholly right: {right} ({100 * right / max(totals['sentences'], 1):.1f}%)")
    with_measure = totals["sentences_right_with_measure"]
    print(f"  … and every measure label too: {with_measure} ({100 * with_measure / max(totals['sentences'], 1):.1f}%)")
    for field in FIELDS:
        print(f"  {field:<10} {totals[field]:>4} / {totals['targets']} ({100 * totals[field] / n:.1f}%)")
    print(f"negative sentences read as no target: {totals['negative_right']} / {totals['negative_sentences']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=str(ROOT / "bench" / "corpus" / "targets.jsonl"))
    parser.add_argument("--part", choices=(*PARTS, "all"), default="all")
    parser.add_argument("--failures", type=int, default=0, help="print this many failed sentences")
    args = parser.parse_args()
    records = [json.loads(line) for line in Path(args.corpus).read_text(encoding="utf-8").splitlines() if line]
    parts = PARTS if args.part == "all" else (args.part,)
    failures: list[dict] = []
    for part in parts:
        totals, failed = score([r for r in records if r.get("part", "tuned") == part])
        report(part, totals)
        failures += failed
    for failure in failures[: args.failures]:
        print(json.dumps(failure, ensure_ascii=False))


if __name__ == "__main__":
    main()
