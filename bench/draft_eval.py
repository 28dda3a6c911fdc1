#!/usr/bin/env python3
"""Score `parallax glossary draft` against the built-in glossary, as if it did not exist.

For each story directory of the comparable gold set (tests/data/comparable/STORY) and the
samples (samples/karabakh-2023), the script

  1. runs `parallax names STORY --format json` with the built-in glossary: the gold entities are
     those that at least two articles name (what the draft is asked to find, at its default
     `--min-articles 2`), each with its mention spans;
  2. runs `parallax glossary draft STORY --no-default-glossary` (a newsroom with no glossary)
     and then `parallax names STORY --no-default-glossary --glossary DRAFT --format json`: the
     mentions the draft's names find;
  3. maps each proposed entity to the gold entity its mentions overlap most (by article and
     byte span), or to none.

Figures, per story and pooled:
  found     gold entities that some proposed entity maps to (recall);
  right     proposed entities that map to a gold entity (precision; the rest are other names
            the glossary does not list, such as "Armenian", or no names at all);
  split     gold entities that two or more proposed entities map to (spellings the draft did not
            group: Ermənistan and Armenia are no one spelling);
  mentions  gold mentions in articles that a draft name covers (what aligning with the draft
            alone would see);
  merges    pairs of proposals the draft notes as "perhaps the same as" each other (named in
            each other's stead in aligned sentences), and how many of them map to one gold
            entity.
The built-in glossary is curated to more than these stories, so a "wrong" proposal may be a
real name it lacks; the figure is a floor for precision.

Usage: bench/draft_eval.py [--binary target/release/parallax] [--data tests/data/comparable]
Exits 0 with a message when the binary is missing (build it: cargo build --release).
"""

import argparse
import glob
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def names(binary, story, *extra):
    out = subprocess.run([binary, "names", story, "--format", "json", *extra],
                         capture_output=True, timeout=600)
    if out.returncode not in (0, 1):
        raise RuntimeError(out.stderr.decode("utf-8", "replace"))
    return json.loads(out.stdout)["mentions"]


def score(binary, story, scratch):
    gold_mentions = [m for m in names(binary, story) if m["status"] != "unknown"]
    articles = defaultdict(set)
    for m in gold_mentions:
        articles[m["entity"]].add(m["article"])
    gold = {e for e, a in articles.items() if len(a) >= 2}
    draft = os.path.join(scratch, os.path.basename(story) + ".toml")
    subprocess.run([binary, "glossary", "draft", story, "--no-default-glossary", "-o", draft],
                   check=True, capture_output=True, timeout=600)
    found = [m for m in names(binary, story, "--no-default-glossary", "--glossary", draft)
             if m["status"] != "unknown"]
    proposed, same_as, pending = set(), {}, None
    with open(draft, encoding="utf-8") as f:
        for line in f:
            if line.startswith("# perhaps the same as `"):
                pending = line.split("`")[1]
            elif line.startswith("id = ") and line.strip() != 'id = "draft"':
                proposed.add(line.split('"')[1])
                if pending:
                    same_as[line.split('"')[1]] = pending
                pending = None
    by_article = defaultdict(list)
    for m in gold_mentions:
        by_article[m["article"]].append(m)
    votes = defaultdict(Counter)
    covered = set()
    for m in found:
        for g in by_article[m["article"]]:
            if g["start"] < m["end"] and m["start"] < g["end"]:
                votes[m["entity"]][g["entity"]] += 1
                covered.add((g["article"], g["start"]))
    mapped = {p: votes[p].most_common(1)[0][0] for p in proposed if votes[p]}
    right = {p for p, g in mapped.items() if g in gold}
    hits = Counter(g for p, g in mapped.items() if g in gold)
    gold_total = sum(1 for m in gold_mentions if m["entity"] in gold)
    gold_covered = sum(1 for m in gold_mentions
                       if m["entity"] in gold and (m["article"], m["start"]) in covered)
    merges = {tuple(sorted(p)) for p in same_as.items()}
    merges_right = sum(1 for a, b in merges if a in mapped and mapped.get(a) == mapped.get(b))
    return {"gold": len(gold), "found": len(hits), "proposed": len(proposed), "right": len(right),
            "merges": len(merges), "merges_right": merges_right,
            "split": sum(1 for n in hits.values() if n > 1), "mentions": gold_total,
            "covered": gold_covered}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--binary", default=os.path.join(ROOT, "target/release/parallax"))
    ap.add_argument("--data", default=os.path.join(ROOT, "tests/data/comparable"))
    args = ap.parse_args()
    if not os.path.exists(args.binary):
        print(f"parallax binary not found at {args.binary}; build it with "
              "`cargo build --release` (nothing scored)")
        return 0
    stories = sorted(d for d in glob.glob(os.path.join(args.data, "*")) if os.path.isdir(d))
    stories.append(os.path.join(ROOT, "samples", "karabakh-2023"))
    total = Counter()
    print(f"{'story':32} {'gold':>5} {'found':>6} {'prop.':>6} {'right':>6} {'split':>6} "
          f"{'mentions':>9}")
    with tempfile.TemporaryDirectory() as scratch:
        for story in stories:
            s = score(args.binary, story, scratch)
            total.update(s)
            print(f"{os.path.basename(story):32} {s['gold']:5} {s['found']:6} {s['proposed']:6} "
                  f"{s['right']:6} {s['split']:6} {s['covered']:5}/{s['mentions']}")
    t = total
    print(f"overall: gold entities found {t['found']}/{t['gold']} = {t['found'] / t['gold']:.3f}; "
          f"proposals that are gold entities {t['right']}/{t['proposed']} = "
          f"{t['right'] / t['proposed']:.3f}; gold entities split over several proposals "
          f"{t['split']}; gold mentions a draft name covers {t['covered']}/{t['mentions']} = "
          f"{t['covered'] / t['mentions']:.3f}; \"perhaps the same as\" notes (pairs) naming one "
          f"gold entity {t['merges_right']}/{t['merges']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
