#!/usr/bin/env python3
"""Gold stance events that share their evidence sentence with another stance event, by kind, and what the
extractor's --explain output says about them (helper xmulti, issue 11).

Usage: multi_stance.py GOLD_DIR CORPUS_DIR EXPLAIN_OUTPUT [--list KIND]
  EXPLAIN_OUTPUT: the stdout of `./geowire evaluate --gold G --corpus C --explain`.
Two gold events share a sentence when their evidences lie in the same sentence of the article (a plain splitter on
. ! ? followed by a space and a capital or a quote), or, when an evidence is not found verbatim, when one evidence
contains the other. Kinds, per event: reciprocal (the reverse pair is in the sentence too), actors (another event
of the sentence has the same target and polarity and another actor), targets (same actor and polarity, other
target), mixed (anything else).
"""
import collections
import json
import os
import re
import sys


def norm(t):
    return re.sub(r"\s+", " ", t.replace("\u201c", '"').replace("\u201d", '"').replace("\u2019", "'")).strip()


def sentence_spans(text):
    spans, start = [], 0
    for m in re.finditer(r'[.!?]["\u201d\']?\s+(?=["\u201c]?[A-Z0-9])', text):
        spans.append((start, m.end()))
        start = m.end()
    spans.append((start, len(text)))
    return spans


def load_text(corpus, article):
    p = os.path.join(corpus, article)
    if not os.path.exists(p):
        return ""
    t = open(p, encoding="utf-8", errors="replace").read()
    if article.endswith(".html"):
        t = re.sub(r"<[^>]+>", " ", t)
    return norm(t)


def groups_of(gold_dir, corpus):
    out = []  # (article, [events]) per shared sentence
    for f in sorted(os.listdir(gold_dir)):
        g = json.load(open(os.path.join(gold_dir, f)))
        art = g["article"]
        text = load_text(corpus, art)
        spans = sentence_spans(text)
        stances = [e for e in g["events"] if e["type"] == "stance"]
        by = collections.defaultdict(list)
        for e in stances:
            ev = norm(e.get("evidence") or "")
            at = text.find(ev) if ev else -1
            if at >= 0:
                key = next(i for i, (a, b) in enumerate(spans) if a <= at < b or i == len(spans) - 1)
            else:
                key = "ev:" + ev
            by[key].append(e)
        # evidences not found verbatim: join to a group whose evidence contains theirs or is contained
        for k in [k for k in by if isinstance(k, str)]:
            ev = k[3:]
            for k2, es in by.items():
                if k2 != k and ev and any(ev in norm(x["evidence"]) or norm(x["evidence"]) in ev for x in es):
                    es.extend(by[k])
                    by[k] = []
                    break
        for es in by.values():
            if len(es) > 1:
                out.append((art, es))
    return out


def kind(e, es):
    others = [x for x in es if x is not e]
    if any(x["actor"] == e["target"] and x["target"] == e["actor"] for x in others):
        return "reciprocal"
    if any(x["target"] == e["target"] and x["polarity"] == e["polarity"] and x["actor"] != e["actor"] for x in others):
        return "actors"
    if any(x["actor"] == e["actor"] and x["polarity"] == e["polarity"] and x["target"] != e["target"] for x in others):
        return "targets"
    return "mixed"


def evidence_key(text):
    return re.sub(r"[^a-z0-9]", "", norm(text).lower())[:40]


def read_explain(path):
    miss, why = set(), {}
    pat = re.compile(r"^(MISS|WHY) (\S+) stance \[([^,\]]*), ([^,\]]*), ([^,\]]*)\] :: (.*)$")
    for line in open(path, encoding="utf-8"):
        m = pat.match(line.rstrip("\n"))
        if not m:
            continue
        key = (m.group(2), m.group(3), m.group(4), m.group(5))
        if m.group(1) == "MISS":
            # a gold event is told apart from another with the same keys by its evidence
            miss.add(key + (evidence_key(m.group(6)),))
        else:
            why.setdefault(key + (evidence_key(m.group(6).split(" | ")[-1]),), []).append(m.group(6).split(" | ")[0])
    return miss, why


def main():
    gold, corpus, explain = sys.argv[1:4]
    listing = sys.argv[sys.argv.index("--list") + 1] if "--list" in sys.argv else None
    miss, why = read_explain(explain)
    groups = groups_of(gold, corpus)
    total = sum(1 for f in os.listdir(gold) for e in json.load(open(os.path.join(gold, f)))["events"]
                if e["type"] == "stance")
    per = collections.Counter()
    found = collections.Counter()
    reasons = collections.defaultdict(collections.Counter)
    n = 0
    for art, es in groups:
        for e in es:
            n += 1
            k = kind(e, es)
            key = (art, e["actor"], e["target"], e["polarity"], evidence_key(e["evidence"]))
            per[k] += 1
            hit = key not in miss
            found[k] += hit
            if not hit:
                r = why.get(key, ["?"])[0]
                r = re.sub(r"other_event:.*", "other_event", r)
                reasons[k][r] += 1
            if listing in (k, "all"):
                print(("HIT  " if hit else "MISS ") + art, e["actor"], e["target"], e["polarity"],
                      "" if hit else why.get(key, ["?"])[0], "::", norm(e["evidence"])[:150])
    print(f"stance events {total}, in multi-event sentences {n} ({len(groups)} sentences), found {sum(found.values())}")
    for k in ("reciprocal", "actors", "targets", "mixed"):
        print(f"  {k:10s} {per[k]:4d} found {found[k]:4d}  missed: "
              + ", ".join(f"{r} {c}" for r, c in reasons[k].most_common(8)))


if __name__ == "__main__":
    main()
