#!/usr/bin/env python3
"""Score `parallax align --mode parallel` on Text+Berg de-fr, clean and perturbed.

For each test file K (0..6) the script runs

    parallax align testK.de testK.fr --mode parallel --one-per-line --format json

reads pairs[].left / pairs[].right, and scores them against testK.defr (one gold group a line,
`[de indices]:[fr indices]`) as Vecalign's score.py does: a predicted group counts only if it
equals a gold group exactly; 1-0 and 0-1 groups are dropped from both gold and prediction;
counts are pooled over the files (micro average) for the overall line.

Perturbations of the TARGET (fr) side, gold re-mapped to the new line numbers (seeded, so every
run sees the same input):
  cut     30% of the fr lines removed (groups losing all fr lines become 1-0 and drop out);
  move    one contiguous block of 25% of the fr lines, cut at gold group boundaries, moved to
          the end;
  insert  30% unrelated fr lines (from the next test file) inserted between gold groups.

Reference figures on clean test0-6 (916 gold groups), measured by the data's curators:
Gale-Church 0.686, hunalign (no dictionary) 0.752, Bleualign 0.809 and Vecalign 0.810 (both
with machine translation); monotone aligners fall to ~0.11 when a block moves.

Usage:
  bench/textberg_eval.py [--binary target/release/parallax] [--shared DIR] [--split test|dev]
                         [--only clean,cut,move,insert] [--dictionary FILE]
                         [--embeddings URL] [-v|-vv]

With --dictionary (a de-fr word list, e.g. `bench/freedict_to_tsv.py deu fra` after
`apt-get install dict-freedict-deu-fra dict-freedict-fra-deu`) parallax aligns with it, as
hunalign does with its dictionary; the issue's clean target is without one.
Exits 0 with a note when the data is absent.
"""

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PERTURBATIONS = ["clean", "cut", "move", "insert"]
# issue 5: strict F1 on clean test0-6, and the most each perturbation may lose against clean
CLEAN_TARGET = 0.80
MAX_LOSS = {"cut": 0.01, "insert": 0.01, "move": 0.05}
BASELINES = [
    ("Gale-Church", 0.686),
    ("hunalign (no dictionary)", 0.752),
    ("Bleualign (with MT)", 0.809),
    ("Vecalign (with MT)", 0.810),
]


def read_lines(path):
    with open(path, encoding="utf-8") as f:
        return [line.rstrip("\n") for line in f]


def read_gold(path):
    gold = []
    for line in read_lines(path):
        if not line.strip():
            continue
        left, right = line.split(":")
        gold.append((json.loads(left), json.loads(right)))
    return gold


def chunks(de, fr, gold, k):
    out = {}
    size = -(-len(gold) // k)
    for c in range(k):
        part = gold[c * size:(c + 1) * size]
        l0 = min(i for l, _ in part for i in l)
        r0 = min(j for _, r in part for j in r)
        l1 = max(i for l, _ in part for i in l) + 1
        r1 = max(j for _, r in part for j in r) + 1
        out[f"dev{c}"] = (de[l0:l1], fr[r0:r1],
                          [([i - l0 for i in l], [j - r0 for j in r]) for l, r in part])
    return out


def perturb(kind, fr, gold, other, seed):
    """Return (new fr lines, gold re-mapped). `other` supplies unrelated lines."""
    rng = random.Random(seed)
    m = len(fr)
    if kind == "clean":
        return fr, gold
    if kind == "cut":
        cut = set(rng.sample(range(m), round(0.3 * m)))
        order = [j for j in range(m) if j not in cut]
    elif kind == "move":
        # group boundaries on the fr side, in fr order
        starts = sorted({min(r) for _, r in gold if r} | {m})
        size = round(0.25 * m)
        # a block of about 25% that starts and ends at group boundaries, not at the very end
        cands = [(a, b) for a in starts for b in starts if a < b and abs((b - a) - size) <= 3
                 and b < m]
        a, b = rng.choice(cands) if cands else (m // 3, m // 3 + size)
        order = list(range(0, a)) + list(range(b, m)) + list(range(a, b))
    elif kind == "insert":
        starts = sorted({min(r) for _, r in gold if r} | {m})
        k = round(0.3 * m)
        extra = [other[rng.randrange(len(other))] for _ in range(k)]
        at = sorted(rng.choice(starts) for _ in range(k))
        order, e = [], 0
        for j in range(m + 1):
            while e < k and at[e] == j:
                order.append(("x", extra[e]))
                e += 1
            if j < m:
                order.append(j)
    else:
        raise ValueError(kind)
    new_of = {}
    lines = []
    for pos, j in enumerate(order):
        if isinstance(j, tuple):
            lines.append(j[1])
        else:
            new_of[j] = pos
            lines.append(fr[j])
    remapped = [(l, sorted(new_of[j] for j in r if j in new_of)) for l, r in gold]
    return lines, remapped


def run(binary, de_path, fr_path, dictionary=None, embeddings=None):
    start = time.perf_counter()
    extra = ["--dictionary", dictionary] if dictionary else []
    if embeddings:
        extra += ["--embeddings", embeddings]
    out = subprocess.run(
        [binary, "align", de_path, fr_path, "--mode", "parallel", "--one-per-line",
         "--format", "json", *extra],
        capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    if out.returncode != 0:
        sys.exit(f"parallax failed on {de_path} {fr_path}: {out.stderr.strip()}")
    data = json.loads(out.stdout)
    return [(p["left"], p["right"]) for p in data["pairs"]], elapsed


def counts(gold, pred):
    """(true positives, predicted groups, gold groups), nulls dropped, as Vecalign scores."""
    g, p = as_set(gold), as_set(pred)
    return len(g & p), len(p), len(g)


def as_set(groups):
    return {(tuple(sorted(l)), tuple(sorted(r))) for l, r in groups if l and r}


def mistakes(gold, pred):
    """Counts of ('missed' | 'wrong', left size, right size): gold groups not predicted exactly,
    predicted groups not in the gold."""
    g, p = as_set(gold), as_set(pred)
    out = {}
    for kind, groups in (("missed", g - p), ("wrong", p - g)):
        for l, r in groups:
            key = (kind, len(l), len(r))
            out[key] = out.get(key, 0) + 1
    return out


def show(gold, pred, de, fr, texts):
    """Print the missed gold groups and the wrong predicted ones, in left order."""
    g, p = as_set(gold), as_set(pred)
    rows = [(l, r, "missed") for l, r in g - p] + [(l, r, "wrong ") for l, r in p - g]
    for l, r, kind in sorted(rows):
        print(f"   {kind} {len(l)}-{len(r)} {list(l)}:{list(r)}")
        if texts:
            for i in l:
                print(f"        de {i}: {de[i]}")
            for j in r:
                print(f"        fr {j}: {fr[j]}")


def prf(tp, npred, ngold):
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--binary", default=os.path.join(ROOT, "target/release/parallax"))
    ap.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"))
    ap.add_argument("--split", default="test", choices=["test", "dev"])
    ap.add_argument("--only", default=",".join(PERTURBATIONS))
    ap.add_argument("--dictionary", metavar="FILE",
                    help="a de-fr word list for `align --dictionary` (bench/freedict_to_tsv.py "
                         "deu fra); the issue's targets are without one")
    ap.add_argument("--embeddings", metavar="URL",
                    help="align with sentence embeddings from this OpenAI-compatible server too "
                         "(`align --embeddings URL`)")
    ap.add_argument("-v", "--verbose", action="count", default=0,
                    help="list missed and wrong groups; -vv adds their sentences")
    args = ap.parse_args()

    data = os.path.join(args.shared, "eval", "alignment", "textberg-de-fr")
    if not os.path.isdir(data):
        print(f"no Text+Berg data at {data}; nothing to score")
        return 0
    if not os.access(args.binary, os.X_OK):
        sys.exit(f"no binary at {args.binary}: build it with `cargo build --release`")
    names = [f"test{k}" for k in range(7)] if args.split == "test" else ["dev"]
    if args.split == "test":
        files = {n: (read_lines(f"{data}/{n}.de"), read_lines(f"{data}/{n}.fr"),
                     read_gold(f"{data}/{n}.defr")) for n in names}
    else:
        # dev cut into four documents of test-like size, at gold group boundaries
        files = chunks(read_lines(f"{data}/dev.de"), read_lines(f"{data}/dev.fr"),
                       read_gold(f"{data}/dev.defr"), 4)
        names = list(files)
    # unrelated lines for insertions: the fr side of another file (dev takes test0)
    pool = {n: files[names[(i + 1) % len(names)]][1] for i, n in enumerate(names)}

    kinds = [k for k in args.only.split(",") if k]
    summary = {}
    with tempfile.TemporaryDirectory() as tmp:
        for kind in kinds:
            print(f"\n== {kind} ==")
            print(f"{'file':8} {'de':>5} {'fr':>5} {'gold':>5} {'pred':>5} {'P':>6} {'R':>6} "
                  f"{'F1':>6} {'secs':>6}")
            total = [0, 0, 0]
            shapes = {}
            for i, n in enumerate(names):
                de, fr, gold = files[n]
                fr2, gold2 = perturb(kind, fr, gold, pool[n], seed=1000 * i + len(kind))
                de_path = f"{tmp}/{n}.de"
                with open(de_path, "w", encoding="utf-8") as f:
                    f.write("\n".join(de) + "\n")
                fr_path = f"{tmp}/{n}.{kind}.fr"
                with open(fr_path, "w", encoding="utf-8") as f:
                    f.write("\n".join(fr2) + "\n")
                pred, secs = run(args.binary, de_path, fr_path, args.dictionary, args.embeddings)
                c = counts(gold2, pred)
                total = [a + b for a, b in zip(total, c)]
                p, r, f1 = prf(*c)
                print(f"{n:8} {len(de):5} {len(fr2):5} {c[2]:5} {c[1]:5} {p:6.3f} {r:6.3f} "
                      f"{f1:6.3f} {secs:6.2f}")
                errors = mistakes(gold2, pred)
                for key, count in errors.items():
                    shapes[key] = shapes.get(key, 0) + count
                if args.verbose:
                    show(gold2, pred, de, fr2, args.verbose > 1)
            p, r, f1 = prf(*total)
            summary[kind] = f1
            print(f"{'overall':8} {'':5} {'':5} {total[2]:5} {total[1]:5} {p:6.3f} {r:6.3f} "
                  f"{f1:6.3f}")
            print("errors by group shape (missed gold / wrong predicted): " + ", ".join(
                f"{a}-{b} {shapes.get(('missed', a, b), 0)}/{shapes.get(('wrong', a, b), 0)}"
                for a, b in sorted({(a, b) for _, a, b in shapes})))

    print("\n== summary (strict F1, pooled) ==")
    for kind in kinds:
        delta = "" if kind == "clean" or "clean" not in summary else \
            f"  ({summary[kind] - summary['clean']:+.3f} vs clean)"
        target = ""
        if kind == "clean":
            target = f"  target >= {CLEAN_TARGET:.2f}: {'met' if summary[kind] >= CLEAN_TARGET else 'NOT met'}"
        elif "clean" in summary:
            loss = MAX_LOSS[kind]
            ok = summary["clean"] - summary[kind] <= loss + 1e-9
            target = f"  target loss <= {loss:.2f}: {'met' if ok else 'NOT met'}"
        print(f"{kind:8} {summary[kind]:.3f}{delta}{target}")
    if args.split == "test":
        print("reference, clean test0-6:")
        for name, f1 in BASELINES:
            print(f"  {name:26} {f1:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
