"""Build ../targets.jsonl from targets_src.py and check every sentence is verbatim in its document."""
import json, pathlib, unicodedata, sys
here = pathlib.Path(__file__).resolve().parent
root = here.parent
ns = {}
exec((here / "targets_src.py").read_text(encoding="utf-8"), ns)
R = ns["R"]
errors = 0
out = []
UNITS_OK = None
for doc, sent, targets, ctx in R:
    sent = unicodedata.normalize("NFC", sent)
    path = root / "documents" / f"{doc}.txt"
    body = path.read_text(encoding="utf-8")
    if sent not in body:
        print("NOT VERBATIM:", doc, sent[:80]); errors += 1
    for t in targets:
        assert set(t) == {"measure","direction","value","value_max","unit","horizon","annual","baseline"}, t
        assert t["direction"] in (None,"at_least","at_most","exactly","increase","decrease","range"), t
        if t["direction"] == "range": assert t["value_max"] is not None, t
        else: assert t["value_max"] is None, t
        for k in ("value","value_max"):
            v = t[k]
            if v is not None:
                float(v); assert "," not in v, t
        if t["baseline"]:
            assert t["baseline"]["kind"] in ("times","percent_over","value","difference"), t
    out.append({"doc": doc, "sentence": sent, "targets": targets, "context_horizon": ctx, "part": "tuned"})
# The held-out parts: other localities, each batch read by hand and committed before the parser was run on it
# (heldout_src.py: H is part "heldout", H2 … H12 are "heldout2" … "heldout12"); every batch gets the same checks.
hs = {}
exec((here / "heldout_src.py").read_text(encoding="utf-8"), hs)
HELDOUT = (("H", "heldout"), ("H2", "heldout2"), ("H3", "heldout3"), ("H4", "heldout4"), ("H5", "heldout5"),
           ("H6", "heldout6"), ("H7", "heldout7"), ("H8", "heldout8"), ("H9", "heldout9"),
           ("H10", "heldout10"), ("H11", "heldout11"), ("H12", "heldout12"))
for key, part in HELDOUT:
    for doc, kind, src, sent, targets in hs[key]:
        sent = unicodedata.normalize("NFC", sent)
        assert src.startswith("http"), doc
        for t in targets:
            assert set(t) == {"measure","direction","value","value_max","unit","horizon","annual","baseline"}, t
            assert t["direction"] in (None,"at_least","at_most","exactly","increase","decrease","range"), t
            assert (t["direction"] == "range") == (t["value_max"] is not None), t
            for field in ("value","value_max"):
                if t[field] is not None:
                    float(t[field]); assert "," not in t[field], t
            if t["baseline"]:
                assert t["baseline"]["kind"] in ("times","percent_over","value","difference"), t
        out.append({"doc": doc, "sentence": sent, "targets": targets, "context_horizon": None,
                    "part": part, "kind": kind, "source": src})
with open(root / "targets.jsonl", "w", encoding="utf-8") as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
n_with = sum(1 for r in out if r["targets"])
n_t = sum(len(r["targets"]) for r in out)
n_q = sum(1 for r in out for t in r["targets"] if t["direction"] is None)
docs = len({r["doc"] for r in out})
for part in ("tuned", *(part for _, part in HELDOUT)):
    rs = [r for r in out if r["part"] == part]
    print(f"{part}: sentences={len(rs)} with_targets={sum(1 for r in rs if r['targets'])} "
          f"targets={sum(len(r['targets']) for r in rs)} docs={len({r['doc'] for r in rs})}")
print(f"sentences={len(out)} with_targets={n_with} negatives={len(out)-n_with} targets={n_t} qualitative={n_q} docs={docs} errors={errors}")
sys.exit(1 if errors else 0)
