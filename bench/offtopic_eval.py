#!/usr/bin/env python3
"""How well `parallax compare` names an article about another event (JSON `off_topic`).

For each story of tests/data/comparable/ (one event told by five to eight articles) the script
runs `parallax compare STORY/*.txt --format json` twice:

  alone:         the story's own articles; every article it names is a false alarm;
  with intruder: the story plus one article of the next story (chosen with a seeded random
                 generator), which should be named, and the story's own should not.

It prints, per story, the intruder's file and what was named, then the totals: intruders named,
story articles named with and without an intruder, and how many of the intruder's sentences the
fact clusters put together with the story's (what the warning is about).

Usage:
  bench/offtopic_eval.py [--binary target/release/parallax] [--data tests/data/comparable]
                         [--seed 7]
Exits 0 with a message when the binary is missing (build it: cargo build --release).
"""

import argparse
import glob
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
INTRUDER = "zz-intruder-"


def compare(binary, files):
    proc = subprocess.run([binary, "compare", *files, "--format", "json"], capture_output=True,
                          timeout=600)
    if proc.returncode != 0:
        sys.exit(f"parallax failed: {proc.stderr.decode('utf-8', 'replace')[-2000:]}")
    return json.loads(proc.stdout)


def named(data):
    return [o["article"] for o in data.get("off_topic", [])]


def intruder_in_facts(data):
    """Sentences of the intruder that a fact holds together with another article's."""
    ids = [a["id"] for a in data["articles"]]
    intruder = next(a["id"] for a in data["articles"] if INTRUDER in a["source"])
    held = set()
    for fact in data.get("facts", []):
        members = [(m.get("article") or ids[m["document"]], s) for m in fact["members"]
                   for s in m["sentences"]]
        if any(a != intruder for a, _ in members):
            held |= {s for a, s in members if a == intruder}
    sentences = next(len(a["sentences"]) for a in data["articles"] if a["id"] == intruder)
    return len(held), sentences


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--binary", default=os.path.join(ROOT, "target", "release", "parallax"))
    ap.add_argument("--data", default=os.path.join(ROOT, "tests", "data", "comparable"))
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    if not os.access(args.binary, os.X_OK):
        print(f"no binary at {args.binary}: build it with `cargo build --release`")
        return 0
    stories = sorted(d for d in glob.glob(os.path.join(args.data, "*"))
                     if os.path.exists(os.path.join(d, "gold.json")))
    rng = random.Random(args.seed)
    caught = false_alone = false_with = held = sentences = 0
    for k, story in enumerate(stories):
        files = sorted(glob.glob(os.path.join(story, "*.txt")))
        alone = named(compare(args.binary, files))
        false_alone += len(alone)
        other = stories[(k + 1) % len(stories)]
        pick = rng.choice(sorted(glob.glob(os.path.join(other, "*.txt"))))
        with tempfile.TemporaryDirectory() as tmp:
            for f in files:
                shutil.copy(f, tmp)
            shutil.copy(pick, os.path.join(tmp, INTRUDER + os.path.basename(pick)))
            data = compare(args.binary, sorted(glob.glob(os.path.join(tmp, "*.txt"))))
        flagged = named(data)
        hit = any(a.startswith(INTRUDER) for a in flagged)
        caught += hit
        false_with += sum(not a.startswith(INTRUDER) for a in flagged)
        h, n = intruder_in_facts(data)
        held += h
        sentences += n
        print(f"{os.path.basename(story)[:30]:30} + {os.path.basename(pick)[:30]:30} "
              f"{'named' if hit else 'MISSED':6}  story articles named: alone {len(alone)}, "
              f"with it {len(flagged) - hit}; its sentences in facts {h}/{n}")
    print(f"\nintruders named: {caught} of {len(stories)}")
    print(f"story articles named: {false_alone} alone, {false_with} beside an intruder")
    print(f"intruder sentences put into facts with the story's: {held} of {sentences}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
