"""How well the plan-document reader recovers the trees of bench/corpus (issue 13).

    .venv/bin/python bench/plan_benchmark.py [--part tuned|heldout|all] [--verbose] [--json]

For each document of ``bench/corpus/documents`` (the text as pasted, ``#`` lines dropped) the
reader's proposal is compared with the hand reading in ``bench/corpus/trees``. Items are
matched in reading order by their title (folded, trailing punctuation dropped: one title is a
prefix of the other, or they share 80% of their words). Corrections the office would make:

* a hand item with no proposed item: 1 (add it);
* a proposed item with no hand item: 1 (exclude it);
* a matched item whose number, or parent, differs: 1 (edit it).

Kinds are counted apart (a kind is a choice the office may well change). Also the share of
the hand-read target sentences (``targets.jsonl``) that the reader proposes as target
sentences: the proposed statement equals the hand sentence after folding, or contains it.
The aim of issue 13: at most 1 correction per 20 items.

Parts: ``tuned`` (the 35 numbered documents, on whose failures the reader was developed) and
``heldout`` (the documents named ``H..``, read by hand and committed before the reader was run
on them; report their first run apart).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "bench" / "corpus"
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.test_settings")

import django  # noqa: E402

django.setup()

from core.text import fold  # noqa: E402
from exchange.plan_document import DocumentError, read_plan_document  # noqa: E402


def norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", fold(text or "")).split())


def same_title(a: str, b: str) -> bool:
    a, b = norm(a), norm(b)
    if not a or not b:
        return False
    if a == b or a.startswith(b) or b.startswith(a):
        return True
    wa, wb = set(a.split()), set(b.split())
    return len(wa & wb) / max(len(wa), len(wb)) >= 0.8


def document_text(path: Path) -> str:
    return "\n".join(line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("# "))


def compare(hand: list[dict], proposed: list[dict]) -> dict:
    by_id = {item["id"]: i for i, item in enumerate(proposed)}
    match: dict[int, int] = {}
    j0 = 0
    for i, item in enumerate(hand):
        for j in range(j0, len(proposed)):
            if same_title(item["title"], proposed[j]["title"]):
                match[i] = j
                j0 = j + 1
                break
    missing = [i for i in range(len(hand)) if i not in match]
    matched = set(match.values())
    extra = [j for j in range(len(proposed)) if j not in matched]
    wrong, kinds = [], []
    for i, j in match.items():
        h, p = hand[i], proposed[j]
        number_ok = (h["number"] or "") == (p["number"] or "")
        parent = by_id.get(p["parent"]) if p["parent"] else None
        parent_ok = (h["parent"] is None and parent is None) or (
            h["parent"] is not None and parent is not None and match.get(h["parent"]) == parent
        )
        if not (number_ok and parent_ok):
            wrong.append((i, j, number_ok, parent_ok))
        if h["kind"] != p["kind"]:
            kinds.append((i, j, h["kind"], p["kind"]))
    return {"missing": missing, "extra": extra, "wrong": wrong, "kinds": kinds}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--part", choices=("tuned", "heldout", "all"), default="tuned")
    args = parser.parse_args()
    targets_by_doc: dict[str, list[str]] = {}
    for line in (CORPUS / "targets.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if record["targets"]:
            targets_by_doc.setdefault(record["doc"], []).append(record["sentence"])
    totals = {"hand": 0, "proposed": 0, "missing": 0, "extra": 0, "wrong": 0, "kinds": 0}
    sentences = {"hand": 0, "found": 0, "proposed": 0}
    rows = []
    for tree_path in sorted((CORPUS / "trees").glob("*.json")):
        heldout = tree_path.stem.startswith("H")
        if (args.part == "tuned" and heldout) or (args.part == "heldout" and not heldout):
            continue
        tree = json.loads(tree_path.read_text(encoding="utf-8"))
        doc = tree["doc"]
        try:
            proposal = read_plan_document(text=document_text(CORPUS / "documents" / f"{doc}.txt"))
        except DocumentError:
            proposal = {"items": [], "targets": []}
        items = proposal["items"]
        result = compare(tree["items"], items)
        corrections = len(result["missing"]) + len(result["extra"]) + len(result["wrong"])
        for name in ("missing", "extra", "wrong", "kinds"):
            totals[name] += len(result[name])
        totals["hand"] += len(tree["items"])
        totals["proposed"] += len(items)
        statements = [norm(t["statement"]) for t in proposal["targets"]]
        hand_sentences = targets_by_doc.get(doc, [])
        found = sum(1 for s in hand_sentences if any(norm(s) == p or norm(s) in p for p in statements))
        sentences["hand"] += len(hand_sentences)
        sentences["found"] += found
        sentences["proposed"] += len(statements)
        rows.append(
            (doc, len(tree["items"]), len(items), corrections, len(result["kinds"]), found, len(hand_sentences))
        )
        if args.verbose and (corrections or result["kinds"]):
            print(f"== {doc}")
            for i in result["missing"]:
                print("  missing:", tree["items"][i]["number"], tree["items"][i]["title"][:80])
            for j in result["extra"]:
                print("  extra:  ", items[j]["number"], items[j]["title"][:80])
            for i, _j, number_ok, parent_ok in result["wrong"]:
                print(
                    "  wrong:  ",
                    tree["items"][i]["title"][:60],
                    "number" if not number_ok else "",
                    "parent" if not parent_ok else "",
                )
            for i, _j, hk, pk in result["kinds"]:
                print("  kind:   ", tree["items"][i]["title"][:60], hk, "→", pk)
    corrections = totals["missing"] + totals["extra"] + totals["wrong"]
    summary = {
        **totals,
        "corrections": corrections,
        "corrections_per_20_items": round(20 * corrections / max(totals["hand"], 1), 2),
        "kind_corrections_per_20_items": round(20 * totals["kinds"] / max(totals["hand"], 1), 2),
        "target_sentences": sentences,
    }
    if args.json:
        print(json.dumps({"summary": summary, "documents": rows}, ensure_ascii=False, indent=1))
        return
    print("| document | hand items | proposed | corrections | kinds changed | target sentences found |")
    print("|---|---|---|---|---|---|")
    for doc, hand, proposed, corr, kinds, found, total in rows:
        print(f"| {doc} | {hand} | {proposed} | {corr} | {kinds} | {found}/{total} |")
    print()
    print(
        f"Items: {totals['hand']} by hand, {totals['proposed']} proposed; corrections {corrections} "
        f"(missing {totals['missing']}, extra {totals['extra']}, number or parent {totals['wrong']}) = "
        f"{summary['corrections_per_20_items']} per 20 items; kinds to change {totals['kinds']} "
        f"({summary['kind_corrections_per_20_items']} per 20 items)."
    )
    print(
        f"Target sentences: {sentences['found']} of {sentences['hand']} hand-read sentences proposed "
        f"({sentences['proposed']} proposed in all)."
    )


if __name__ == "__main__":
    main()
