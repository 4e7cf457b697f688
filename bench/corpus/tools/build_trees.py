import json, pathlib
here = pathlib.Path(__file__).resolve().parent; root = here.parent
ns = {}; exec((here / "trees_src.py").read_text(encoding="utf-8"), ns)
docs = sorted(p.stem for p in (root / "documents").glob("*.txt"))
(root / "trees").mkdir(exist_ok=True)
n_items = 0
for d in docs:
    header, items, note = ns["TREES"][d]
    body = (root / "documents" / f"{d}.txt").read_text(encoding="utf-8")
    out_items = []
    for i, (num, title, kind, parent) in enumerate(items):
        assert kind in ("part","programme","scheme","key_task","group","section"), kind
        assert parent is None or parent < i
        if title not in body and title.lower() not in body.lower():
            print("title not verbatim:", d, title[:60])
        out_items.append({"number": num, "title": title, "kind": kind, "parent": parent})
    n_items += len(out_items)
    obj = {"doc": d, "header": header, "items": out_items}
    if note: obj["note"] = note
    (root / "trees" / f"{d}.json").write_text(json.dumps(obj, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print("trees", len(docs), "items", n_items)
