#!/usr/bin/env python3
"""Recall and precision of `parallax names` on the gold set, per language and overall, and false
positives per 10,000 tokens on news text about unrelated places.

    cargo build --release && python3 bench/names_eval.py [--bin target/release/parallax]

Gold set: tests/data/names/gold.jsonl, one sentence a line:
    {"lang": "ru", "text": "...", "mentions": [{"surface": "Степанакерте", "entity": "..."}]}
Sentences are original, written for parallax. A predicted mention counts as correct when its
surface and entity equal a gold mention of the same sentence (each gold mention used once).
Unknown names with a suggestion count as predictions too (they name an entity).

Unrelated text: tests/data/names/unrelated/*.txt (original articles about places that are not in
the glossary); every mention found there is a false positive.
"""

import argparse
import collections
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "tests", "data", "names")


def run_names(binary, sources):
    out = subprocess.run(
        [binary, "names", "--format", "json", "--offline", *sources],
        capture_output=True,
        text=True,
    )
    if out.returncode not in (0, 1):
        sys.exit(f"parallax names failed ({out.returncode}): {out.stderr}")
    return json.loads(out.stdout)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "parallax"))
    ap.add_argument("--show", action="store_true", help="print every miss and false positive")
    args = ap.parse_args()

    gold = [json.loads(l) for l in open(os.path.join(DATA, "gold.jsonl"), encoding="utf-8") if l.strip()]
    with tempfile.TemporaryDirectory() as tmp:
        corpus = os.path.join(tmp, "gold-input.jsonl")
        with open(corpus, "w", encoding="utf-8") as f:
            for i, g in enumerate(gold):
                f.write(json.dumps({"id": f"g{i:04}", "text": g["text"]}, ensure_ascii=False) + "\n")
        report = run_names(args.bin, [corpus])

    predicted = collections.defaultdict(list)
    for m in report["mentions"]:
        predicted[m["article"]].append(m)

    tp = collections.Counter()
    fp = collections.Counter()
    fn = collections.Counter()
    for i, g in enumerate(gold):
        lang = g["lang"]
        want = collections.Counter((m["surface"], m["entity"]) for m in g["mentions"])
        for m in predicted.get(f"g{i:04}", []):
            key = (m["surface"], m["entity"])
            if want[key] > 0:
                want[key] -= 1
                tp[lang] += 1
            else:
                fp[lang] += 1
                if args.show:
                    print(f"FP {lang}: {key} [{m['status']}] in: {g['text']}")
        for key, n in want.items():
            fn[lang] += n
            if n and args.show:
                print(f"MISS {lang}: {key} in: {g['text']}")

    def pr(t, p, n):
        prec = t / (t + p) if t + p else 1.0
        rec = t / (t + n) if t + n else 1.0
        return prec, rec

    print(f"{'lang':<6}{'gold':>6}{'found':>7}{'recall':>9}{'precision':>11}")
    for lang in sorted(set(tp) | set(fn) | set(fp)):
        prec, rec = pr(tp[lang], fp[lang], fn[lang])
        print(f"{lang:<6}{tp[lang] + fn[lang]:>6}{tp[lang] + fp[lang]:>7}{rec:>9.3f}{prec:>11.3f}")
    T, P, N = sum(tp.values()), sum(fp.values()), sum(fn.values())
    prec, rec = pr(T, P, N)
    print(f"{'all':<6}{T + N:>6}{T + P:>7}{rec:>9.3f}{prec:>11.3f}")

    # mentions in unrelated news that are true (a country the story names), by article stem
    true_mentions = collections.Counter()
    for line in open(os.path.join(DATA, "known-failures.jsonl"), encoding="utf-8"):
        k = json.loads(line) if line.strip() else {}
        if k.get("error") == "true-mention":
            true_mentions[(k["article"], k["surface"], k["entity"])] += k.get("count", 1)
    for name in ["unrelated", "unrelated-heldout", "unrelated-heldout-2"]:
        udir = os.path.join(DATA, name)
        files = sorted(os.path.join(udir, f) for f in os.listdir(udir) if f.endswith(".txt"))
        tokens = sum(len(re.findall(r"\w+", open(f, encoding="utf-8").read())) for f in files)
        report = run_names(args.bin, files)
        n = 0
        for m in report["mentions"]:
            key = (os.path.basename(m["article"]), m["surface"], m["entity"])
            if true_mentions[key] > 0:
                true_mentions[key] -= 1
                continue
            n += 1
            print(f"{name} FP: {m['article']}: {m['surface']} → {m['entity']} [{m['status']}]")
        print(f"{name} text: {tokens} tokens, {n} false positives, {n * 10000 / max(tokens, 1):.2f} per 10,000 tokens")

    heldout(args)


def heldout(args):
    """Whole articles written blind (tests/data/names/heldout/): every gold mention found under
    its entity (glossary names as such, misspellings through a suggestion), false mentions, and
    whether `--strict` flags the articles that name one place two ways."""
    hdir = os.path.join(DATA, "heldout")
    gold = [json.loads(l) for l in open(os.path.join(hdir, "gold.jsonl"), encoding="utf-8") if l.strip()]
    files = sorted({g["file"] for g in gold})
    report = run_names(args.bin, [os.path.join(hdir, f) for f in files])
    by_file = collections.defaultdict(list)
    for m in report["mentions"]:
        by_file[os.path.splitext(os.path.basename(m["article"]))[0]].append(m)
    tp = fp = fn = 0
    kinds = collections.Counter()
    kinds_found = collections.Counter()
    for f in files:
        want = collections.Counter((g["surface"], g["entity"]) for g in gold if g["file"] == f)
        kind = {(g["surface"], g["entity"]): g["kind"] for g in gold if g["file"] == f}
        for k, n in want.items():
            kinds[kind[k]] += n
        for m in by_file[os.path.splitext(f)[0]]:
            key = (m["surface"], m["entity"])
            if want[key] > 0:
                want[key] -= 1
                tp += 1
                kinds_found[kind[key]] += 1
            else:
                fp += 1
                if args.show:
                    print(f"heldout FP {f}: {key} [{m['status']}]")
        for key, n in want.items():
            fn += n
            if n and args.show:
                print(f"heldout MISS {f}: {key} x{n}")
    print(
        f"held-out articles: {len(files)}, gold mentions {tp + fn}, found {tp} "
        f"(recall {tp / max(tp + fn, 1):.3f}; glossary names {kinds_found['glossary']}/{kinds['glossary']}, "
        f"misspellings {kinds_found['misspelling']}/{kinds['misspelling']}), "
        f"false {fp} (precision {tp / max(tp + fp, 1):.3f})"
    )
    incons = {os.path.basename(i["article"]) for i in report.get("inconsistencies", [])}
    print(f"held-out articles with an inconsistency reported: {sorted(incons)}")


if __name__ == "__main__":
    main()
