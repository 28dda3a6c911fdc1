#!/usr/bin/env python3
"""What `compare --partners N` (each article aligned with its N nearest) loses against aligning
every pair, on all the gold stories of tests/data/comparable/ compared in ONE run.

The thirty stories are thirty different events, so mixing them is a test of the partner choice:
an article's nearest articles should be its own story's (about six each), and the gold pairs
found should not fall when the other pairs are left out. For each setting the script runs

    parallax compare ALL-STORIES/*.txt --format json --partners SETTING

and prints:
  article pairs aligned, how many of them are within one story, and the share of the stories'
  own article pairs that were aligned;
  sentence pairs (alignments[].pairs) against every story's gold, as comparable_eval.py scores
  them (same- and cross-language recall, precision within stories), plus the pairs predicted
  between two stories (all wrong: different events);
  the same for the pairs implied by the fact clusters;
  seconds and peak memory (from /usr/bin/time when it is installed).

With --crowd V it scores one event told by many articles instead: each story on its own, every
article rewritten V times (headline kept, each other sentence kept with probability 0.6, in a
random order, one sentence a paragraph; seeded), so a story of 7 articles becomes 7 x V, with
near-copies in one language as wire stories make them. Gold facts are re-mapped to the copies.
Scored on the fact clusters (pairs of sentences of one gold fact in two different copies;
pairs between two sentences that no gold fact holds are not judged) and the fact x article
coverage, summed over the stories (--stories limits how many).

Usage:
  bench/partners_eval.py [--binary target/release/parallax] [--data tests/data/comparable]
                         [--settings all,20,10,5,3] [--crowd V [--stories N]]
Exits 0 with a message when the binary is missing (build it: cargo build --release).
"""

import argparse
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from comparable_eval import (article_sentences, coverage, gold_pairs,  # noqa: E402
                             gold_stories, key, lang_of, member_file)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEP = "__"


def mixed_copy(stories, scratch):
    """Copy every story's articles into one directory as `FILE__STORY.txt`; return the gold
    pairs of all stories, keyed by the copies' names."""
    gold = set()
    for story in stories:
        name = os.path.basename(story)
        rename = {}
        for path in sorted(glob.glob(os.path.join(story, "*.txt"))):
            base = os.path.basename(path)
            copy = f"{base[:-4]}{SEP}{name}.txt"
            shutil.copy(path, os.path.join(scratch, copy))
            rename[base] = copy
        with open(os.path.join(story, "gold.json"), encoding="utf-8") as f:
            for a, b in gold_pairs(json.load(f)):
                gold.add(key((rename[a[0]], a[1]), (rename[b[0]], b[1])))
    return gold


def story_of(file):
    return file[:-4].split(SEP, 1)[1]


def run(binary, files, setting):
    cmd = [binary, "compare", *files, "--format", "json", "--partners", setting]
    timer = shutil.which("time") or ("/usr/bin/time" if os.path.exists("/usr/bin/time") else None)
    if timer:
        cmd = [timer, "-f", "%M", *cmd]
    start = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, timeout=3600)
    secs = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit(f"parallax failed ({setting}): {proc.stderr.decode('utf-8', 'replace')[-2000:]}")
    peak = None
    if timer:
        lines = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        peak = int(lines[-1]) / 1024 if lines and lines[-1].isdigit() else None
    return json.loads(proc.stdout), secs, peak


def score(gold, pred):
    """Within-story recall (same/cross language), precision, and pairs between stories."""
    within = {x for x in pred if story_of(x[0][0]) == story_of(x[1][0])}
    between = len(pred) - len(within)
    out = {}
    for kind in ("same", "cross"):
        same = kind == "same"
        g = {x for x in gold if (lang_of(x[0][0]) == lang_of(x[1][0])) == same}
        out[kind] = len(g & within) / len(g) if g else None
    out["precision"] = len(gold & within) / len(within) if within else None
    out["between"] = between
    return out


def crowd_story(binary, story, scratch, copies, rng):
    """Write `copies` rewrites of each article of STORY under SCRATCH (see the module doc);
    return their paths and the gold re-mapped to them."""
    out = os.path.join(scratch, os.path.basename(story))
    os.makedirs(out)
    kept_of = {}
    for name, header, texts in article_sentences(binary, story):
        for c in range(copies):
            body = [i for i in range(1, len(texts)) if rng.random() < 0.6]
            rng.shuffle(body)
            order = ([0] if texts else []) + body
            copy = f"{name[:-4]}-{c:02d}.txt"
            kept_of[copy] = (name, {old: new for new, old in enumerate(order)})
            with open(os.path.join(out, copy), "w", encoding="utf-8") as f:
                f.write(header + "\n")
                f.write("".join(texts[i] + "\n\n" for i in order))
    with open(os.path.join(story, "gold.json"), encoding="utf-8") as f:
        gold = json.load(f)
    facts = []
    for fact in gold["facts"]:
        members = {}
        for copy, (name, new_of) in kept_of.items():
            kept = sorted(new_of[i] for i in fact["members"].get(name, []) if i in new_of)
            if kept:
                members[copy] = kept
        facts.append({"members": members})
    return sorted(glob.glob(os.path.join(out, "*.txt"))), {"facts": facts}


def crowd(args, stories):
    import random
    rng = random.Random(7)
    settings = args.settings.split(",")
    totals = {s: [0, 0, 0, 0, 0, 0, 0.0, 0] for s in settings}
    with tempfile.TemporaryDirectory(prefix="parallax-crowd-") as scratch:
        made = [crowd_story(args.binary, s, scratch, args.crowd, rng) for s in stories]
        n = sum(len(files) for files, _ in made)
        print(f"{len(made)} stories, {args.crowd} rewrites of each article: {n} articles, "
              f"{n // len(made)} a story on average")
        for files, gold in made:
            g = gold_pairs(gold)
            judged = {(f, s) for fact in gold["facts"] for f, ss in fact["members"].items()
                      for s in ss}
            for setting in settings:
                data, secs, _ = run(args.binary, files, setting)
                file_of_id = {a["id"]: os.path.basename(a["source"]) for a in data["articles"]}
                file_of_doc = [os.path.basename(a["source"]) for a in data["articles"]]
                clusters, pairs = [], set()
                for fact in data.get("facts") or []:
                    cells = [(member_file(m, file_of_doc, file_of_id), s)
                             for m in fact["members"] for s in m["sentences"]]
                    clusters.append(set(cells))
                    for i, a in enumerate(cells):
                        for b in cells[i + 1:]:
                            if a[0] != b[0] and (a in judged or b in judged):
                                pairs.add(key(a, b))
                covered, cells = coverage(gold, clusters)
                t = totals[setting]
                t[0] += len(g & pairs)
                t[1] += len(g)
                t[2] += len(pairs)
                t[3] += covered
                t[4] += cells
                t[5] += len(clusters)
                t[6] += secs
                t[7] += len(data["alignments"])
    print(f"\n{'partners':>8} {'art. pairs':>10} | {'fact R':>6} {'fact P':>6} | "
          f"{'coverage':>15} | {'facts':>6} | {'secs':>6}")
    for setting in settings:
        hit, gold, pred, covered, cells, facts, secs, aligned = totals[setting]
        print(f"{setting:>8} {aligned:10} | {hit / gold:6.3f} {hit / pred if pred else 0:6.3f} | "
              f"{covered:6}/{cells:6} {covered / cells:.3f} | {facts:6} | {secs:6.1f}")
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--binary", default=os.path.join(ROOT, "target/release/parallax"))
    ap.add_argument("--data", default=os.path.join(ROOT, "tests/data/comparable"))
    ap.add_argument("--settings", default="all,20,10,5,3")
    ap.add_argument("--crowd", type=int, metavar="V",
                    help="score one event told by many articles: V rewrites of each article")
    ap.add_argument("--stories", type=int, metavar="N", help="with --crowd: the first N stories")
    args = ap.parse_args()
    stories = gold_stories(args.binary, args.data)
    if stories is None:
        return 0
    if args.crowd:
        return crowd(args, stories[:args.stories] if args.stories else stories)
    with tempfile.TemporaryDirectory(prefix="parallax-mixed-") as scratch:
        gold = mixed_copy(stories, scratch)
        files = sorted(glob.glob(os.path.join(scratch, "*.txt")))
        n = len(files)
        own = sum(len(glob.glob(os.path.join(s, "*.txt"))) * (len(glob.glob(os.path.join(s, "*.txt"))) - 1) // 2
                  for s in stories)
        print(f"{len(stories)} stories, {n} articles in one run: {n * (n - 1) // 2} article pairs, "
              f"{own} of them within a story; {len(gold)} gold sentence pairs")
        print(f"\n{'partners':>8} {'pairs':>6} {'in story':>8} {'own kept':>8} | "
              f"{'same R':>6} {'cross R':>7} {'P':>6} {'betw.':>6} | "
              f"{'fact sR':>7} {'fact cR':>7} {'fact P':>6} {'betw.':>6} | {'secs':>6} {'MB':>6}")
        for setting in args.settings.split(","):
            data, secs, peak = run(args.binary, files, setting)
            file_of_id = {a["id"]: os.path.basename(a["source"]) for a in data["articles"]}
            file_of_doc = [os.path.basename(a["source"]) for a in data["articles"]]
            aligned = [(file_of_id[a["left"]], file_of_id[a["right"]]) for a in data["alignments"]]
            in_story = sum(story_of(a) == story_of(b) for a, b in aligned)
            pred = set()
            for al in data["alignments"]:
                fa, fb = file_of_id[al["left"]], file_of_id[al["right"]]
                for p in al.get("pairs", []):
                    for x in p.get("left", []):
                        for y in p.get("right", []):
                            pred.add(key((fa, x), (fb, y)))
            facts = set()
            for fact in data.get("facts") or []:
                cells = [(member_file(m, file_of_doc, file_of_id), s) for m in fact["members"]
                         for s in m["sentences"]]
                for i, a in enumerate(cells):
                    for b in cells[i + 1:]:
                        if a[0] != b[0]:
                            facts.add(key(a, b))
            s, f = score(gold, pred), score(gold, facts)
            fmt = lambda x: "-" if x is None else f"{x:.3f}"  # noqa: E731
            print(f"{setting:>8} {len(aligned):6} {in_story:8} {in_story / own:8.3f} | "
                  f"{fmt(s['same']):>6} {fmt(s['cross']):>7} {fmt(s['precision']):>6} "
                  f"{s['between']:6} | {fmt(f['same']):>7} {fmt(f['cross']):>7} "
                  f"{fmt(f['precision']):>6} {f['between']:6} | {secs:6.1f} "
                  f"{'-' if peak is None else f'{peak:.0f}':>6}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
