#!/usr/bin/env python3
"""Score `parallax segment` on sentence-splitting suites and print tables.

Each case of a suite is one JSON line: {"id", "lang", "text", "expected": [...], "options"?}.
The script feeds the case's text on stdin to

    parallax segment - --lang LANG --format json

reads {"schema_version": 1, "sentences": [{"index", "start", "end", "text"}]}, cuts the input
(UTF-8 bytes) at each start/end, and compares the trimmed, non-empty sentences with `expected`.

A case passes when the trimmed, non-empty sentences equal `expected` exactly. Exception: pySBD
cases with options.clean = true were produced by pySBD's text cleaner, which rewrites white space
(joins lines, "z.B." -> "z. B."); a span cannot rewrite text, so for those cases the comparison
ignores white space inside sentences (boundaries must still match). The "strict" column counts
exact matches for every case.

Suites read (each only when present):
  ../shared/eval/segmentation/golden_rules/en_paper_grs.jsonl   English Golden Rules (48)
  ../shared/eval/segmentation/golden_rules/{ru,hy,es,it,de,fr}.jsonl   pySBD suites
  ../shared/eval/segmentation/sentencex/*.jsonl                  sentencex tests
  tests/data/segment/*.jsonl                                     parallax's own suites

Usage:
  bench/segment_eval.py [--binary target/release/parallax] [--shared DIR] [--jobs N] [-v]
"""

import argparse
import glob
import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# Languages parallax cares about (DESIGN.md, issue 2); the sentencex "lists" suite is English.
CARED = {"en", "ru", "uk", "be", "bg", "kk", "az", "tr", "hy", "ka", "ar", "fa", "he", "es",
         "fr", "de", "it", "pt", "pl"}
PYSBD = ["ru", "hy", "es", "it", "de", "fr"]


def load(path):
    cases = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                cases.append(json.loads(line))
    return cases


def segment(binary, text, lang):
    data = text.encode("utf-8")
    proc = subprocess.run(
        [binary, "segment", "-", "--lang", lang, "--format", "json"],
        input=data, capture_output=True, timeout=60,
    )
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr.decode("utf-8", "replace").strip() or f"exit {proc.returncode}")
    out = json.loads(proc.stdout)
    got = []
    for s in out["sentences"]:
        piece = data[s["start"]:s["end"]].decode("utf-8").strip()
        if piece:
            got.append(piece)
    return got


def squash(sentences):
    return ["".join(s.split()) for s in sentences]


def score(binary, case):
    text = case["text"]
    lang = case.get("lang") or "en"
    expected = [e.strip() for e in case["expected"] if e.strip()]
    try:
        got = segment(binary, text, lang)
    except Exception as e:  # a crash or bad JSON counts as a failure, with the reason
        return False, False, [f"<error: {e}>"], expected
    strict = got == expected
    clean = (case.get("options") or {}).get("clean", False)
    ok = strict or (clean and squash(got) == squash(expected))
    return ok, strict, got, expected


def run_suite(binary, name, cases, jobs, verbose, table, by_lang):
    with ThreadPoolExecutor(max_workers=jobs) as ex:
        results = list(ex.map(lambda c: score(binary, c), cases))
    passed = sum(1 for r in results if r[0])
    strict = sum(1 for r in results if r[1])
    table.append((name, passed, strict, len(cases)))
    for case, (ok, _, got, expected) in zip(cases, results):
        lang = case.get("lang") or "en"
        entry = by_lang.setdefault(lang, [0, 0])
        entry[1] += 1
        if ok:
            entry[0] += 1
        elif verbose:
            print(f"FAIL {case.get('id')} [{lang}]")
            print(f"  text: {case['text']!r}")
            print(f"  exp:  {expected!r}")
            print(f"  got:  {got!r}")


def pct(p, t):
    return 100.0 * p / t if t else 0.0


def print_table(title, rows):
    print(f"\n{title}")
    print(f"  {'suite':<34} {'passed':>9} {'%':>7} {'strict':>7}")
    for name, p, s, t in rows:
        print(f"  {name:<34} {p:>4}/{t:<4} {pct(p, t):6.1f}% {s:>7}")


def print_langs(title, by_lang, subset=None):
    rows = sorted((l, v) for l, v in by_lang.items() if subset is None or l in subset)
    if not rows:
        return
    print(f"\n{title}")
    tp = tt = 0
    for lang, (p, t) in rows:
        tp, tt = tp + p, tt + t
        print(f"  {lang:<6} {p:>4}/{t:<4} {pct(p, t):6.1f}%")
    print(f"  {'all':<6} {tp:>4}/{tt:<4} {pct(tp, tt):6.1f}%")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--binary", default=os.path.join(ROOT, "target", "release", "parallax"))
    ap.add_argument("--shared", default=os.path.join(ROOT, "..", "shared", "eval", "segmentation"))
    ap.add_argument("--jobs", type=int, default=min(4, os.cpu_count() or 1))
    ap.add_argument("-v", "--verbose", action="store_true", help="list failing cases")
    args = ap.parse_args()

    if not os.access(args.binary, os.X_OK):
        print(f"segment_eval: no binary at {args.binary}; build it with `cargo build --release` "
              f"or pass --binary", file=sys.stderr)
        return 2

    have_shared = os.path.isdir(args.shared)
    if not have_shared:
        print(f"segment_eval: {args.shared} not found; scoring only parallax's own suites.")

    if have_shared:
        gr = os.path.join(args.shared, "golden_rules")
        rows = []
        by_lang = {}
        path = os.path.join(gr, "en_paper_grs.jsonl")
        if os.path.exists(path):
            run_suite(args.binary, "English Golden Rules", load(path), args.jobs, args.verbose, rows, by_lang)
        for lang in PYSBD:
            path = os.path.join(gr, f"{lang}.jsonl")
            if os.path.exists(path):
                run_suite(args.binary, f"pySBD {lang}", load(path), args.jobs, args.verbose, rows, by_lang)
        if rows:
            print_table("Golden Rules and pySBD suites", rows)

        sx_files = sorted(glob.glob(os.path.join(args.shared, "sentencex", "*.jsonl")))
        if sx_files:
            rows = []
            by_lang = {}
            for path in sx_files:
                name = "sentencex " + os.path.splitext(os.path.basename(path))[0]
                run_suite(args.binary, name, load(path), args.jobs, args.verbose, rows, by_lang)
            print_table("sentencex suites", rows)
            print_langs("sentencex by language (languages parallax cares about)", by_lang, CARED)
            print_langs("sentencex by language (all)", by_lang)

    own = sorted(glob.glob(os.path.join(ROOT, "tests", "data", "segment", "*.jsonl")))
    if own:
        rows = []
        by_lang = {}
        for path in own:
            name = "parallax " + os.path.splitext(os.path.basename(path))[0]
            run_suite(args.binary, name, load(path), args.jobs, args.verbose, rows, by_lang)
        print_table("parallax's own suites (tests/data/segment)", rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
