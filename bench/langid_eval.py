#!/usr/bin/env python3
"""Score `parallax detect --lines` on lingua's test data and print a table.

For each language LANG in ../shared/eval/langid/ and each of its files (sentences.txt,
word-pairs.txt, single-words.txt: one item a line) the script runs

    parallax detect --lines --format json FILE

reads {"schema_version", "lines": [{"index", "text", "language", "confidence"}]} and counts an
item right when "language" equals LANG. It prints per-language accuracy on sentences, word pairs
and single words, accuracy on the sentences of <= 60 characters, the az<->tr and ru<->uk
confusion rates (share of az items read as tr plus tr items read as az, over both), overall
figures, and the wall time of the sentence runs (process start included) per sentence.

Also scored when present: tests/data/langid/LANG.txt (parallax's own original headlines).

Usage:
  bench/langid_eval.py [--binary target/release/parallax] [--shared DIR] [-v]
Exits 0 with a message when the shared evaluation data is absent.
"""

import argparse
import glob
import json
import os
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KINDS = ["sentences", "word-pairs", "single-words"]


def detect(binary, path):
    """Language guesses, one per non-blank line of `path`, and the wall time of the run."""
    start = time.perf_counter()
    proc = subprocess.run(
        [binary, "detect", "--lines", "--format", "json", path],
        capture_output=True, timeout=600,
    )
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise RuntimeError(f"{path}: " + (proc.stderr.decode("utf-8", "replace").strip()
                                          or f"exit {proc.returncode}"))
    out = json.loads(proc.stdout)
    return [(item["text"], item["language"]) for item in out["lines"]], elapsed


def peak_memory(binary, paths):
    """Peak resident memory of one `detect --lines` run over all languages' sentences at once
    (the worst case: every model in use), and of the first answer (one sentence)."""
    import resource
    import tempfile
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as mixed:
        for path in paths:
            with open(path, encoding="utf-8") as f:
                mixed.write(f.read().rstrip("\n") + "\n")
    try:
        # ru_maxrss of RUSAGE_CHILDREN is the largest child so far, so measure in a fresh
        # interpreter per run.
        probe = ("import resource,subprocess,sys;"
                 "subprocess.run(sys.argv[1:],capture_output=True,check=True);"
                 "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
        cmd = [binary, "detect", "--lines", "--format", "json", mixed.name]
        start = time.perf_counter()
        kb = int(subprocess.run([sys.executable, "-c", probe] + cmd,
                                capture_output=True, check=True, text=True).stdout)
        elapsed = time.perf_counter() - start
        n = sum(1 for line in open(mixed.name, encoding="utf-8") if line.strip())
        print(f"peak memory, all {n} sentences in one run: {kb / 1024:.1f} MB "
              f"({elapsed:.2f} s wall)")
        with open(mixed.name, encoding="utf-8") as f:
            first = f.readline()
        with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as one:
            one.write(first)
        start = time.perf_counter()
        subprocess.run([binary, "detect", "--lines", one.name], capture_output=True, check=True)
        print(f"first answer (one sentence, process start included): "
              f"{1e3 * (time.perf_counter() - start):.1f} ms")
        os.unlink(one.name)
    finally:
        os.unlink(mixed.name)


def pct(good, total):
    return f"{100.0 * good / total:6.2f}" if total else "     -"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    ap.add_argument("--binary", default=os.path.join(ROOT, "target", "release", "parallax"))
    ap.add_argument("--shared", default=os.path.join(ROOT, "..", "shared", "eval"))
    ap.add_argument("-v", "--verbose", action="store_true", help="print every wrong sentence")
    args = ap.parse_args()

    data = os.path.join(args.shared, "langid")
    if not os.path.isdir(data):
        print(f"langid_eval: {data} is absent; nothing to score "
              "(the lingua test data lives beside the repository in ../shared/eval).")
        return 0
    if not os.path.exists(args.binary):
        print(f"langid_eval: no binary at {args.binary}; run `cargo build --release` first.",
              file=sys.stderr)
        return 2

    langs = sorted(d for d in os.listdir(data) if os.path.isdir(os.path.join(data, d)))
    totals = {k: [0, 0] for k in KINDS}
    short = [0, 0]
    confusion = {("az", "tr"): [0, 0], ("ru", "uk"): [0, 0]}
    sent_time, sent_count = 0.0, 0
    print(f"{'lang':<5} {'sentences':>9} {'<=60':>7} {'pairs':>7} {'words':>7}   wrong sentences read as")
    for lang in langs:
        row = {}
        wrong_as = {}
        short_lang = [0, 0]
        for kind in KINDS:
            path = os.path.join(data, lang, f"{kind}.txt")
            if not os.path.exists(path):
                continue
            items, elapsed = detect(args.binary, path)
            good = sum(1 for _, got in items if got == lang)
            row[kind] = (good, len(items))
            totals[kind][0] += good
            totals[kind][1] += len(items)
            for pair, counts in confusion.items():
                if kind == "word-pairs" and lang in pair:
                    other = pair[1] if lang == pair[0] else pair[0]
                    counts[0] += sum(1 for _, got in items if got == other)
                    counts[1] += len(items)
            if kind == "sentences":
                sent_time += elapsed
                sent_count += len(items)
                for text, got in items:
                    if len(text) <= 60:
                        short_lang[1] += 1
                        short_lang[0] += got == lang
                    if got != lang:
                        wrong_as[got] = wrong_as.get(got, 0) + 1
                        if args.verbose:
                            print(f"  {lang}->{got}: {text}")
        short[0] += short_lang[0]
        short[1] += short_lang[1]
        cells = [pct(*row.get(k, (0, 0))) for k in KINDS]
        wrong = " ".join(f"{k}:{v}" for k, v in sorted(wrong_as.items(), key=lambda kv: -kv[1]))
        print(f"{lang:<5} {cells[0]:>9} {pct(*short_lang):>7} {cells[1]:>7} {cells[2]:>7}   {wrong}")
    print(f"{'all':<5} {pct(*totals['sentences']):>9} {pct(*short):>7} "
          f"{pct(*totals['word-pairs']):>7} {pct(*totals['single-words']):>7}")
    print()
    for (a, b), (n, total) in confusion.items():
        print(f"{a}<->{b} confusion on word pairs: {pct(n, total).strip()}% ({n} of {total})")
    if sent_count:
        print(f"sentence runs: {1e6 * sent_time / sent_count:.0f} µs per sentence "
              f"(wall, {len(langs)} processes, start-up included)")

    peak_memory(args.binary, [os.path.join(data, lang, "sentences.txt") for lang in langs])

    own = sorted(glob.glob(os.path.join(ROOT, "tests", "data", "langid", "*.txt")))
    if own:
        good = total = 0
        for path in own:
            lang = os.path.splitext(os.path.basename(path))[0]
            items, _ = detect(args.binary, path)
            total += len(items)
            for text, got in items:
                good += got == lang
                if got != lang:
                    print(f"  own {lang}->{got}: {text}")
        print(f"own headlines (tests/data/langid): {pct(good, total).strip()}% ({good} of {total})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
