#!/usr/bin/env python3
"""Measure what Apertium translation buys `compare` on Spanish-English pairs, and how fast it is.

1. Pair finding. For each story in tests/data/comparable/ (gold.json by hand: facts and, per
   article, the sentences reporting each fact), every (es-*.txt, en-*.txt) article pair is run
   through

       parallax compare ES EN --format json                       (anchors only)
       parallax compare ES EN --format json --translate-to en --backend apertium --backend-url URL

   Gold pairs: every es x en sentence combination within one gold fact. Predicted pairs: every
   left x right combination inside each aligned group. Recall and precision are micro-averaged
   over all article pairs. Also, per article pair, the facts both articles report (in the gold)
   and how many of them at least one predicted pair links: the reading of "finds 90 % of their
   same-fact pairs" at the level of facts rather than of sentence pairs. And, between the two,
   the sentences of those facts (on either side) that at least one predicted pair links with a
   sentence of the same fact: whether each sentence found a counterpart, without asking a
   headline that sums up three facts to be paired with every sentence of all three.
2. Speed. A 20-sentence Spanish article (the first 20 sentences of the stories' es- articles,
   joined) is translated with `parallax translate --no-cache` through a warm APy: wall time of
   the whole command, best of 5, and the same command's baseline without translation
   (`parallax segment`) measured in the same run, so the translation's share is visible.
3. Cache. The same article twice with a fresh cache directory: the second run must report
   "0 requests".
4. Names. Every glossary name in the Spanish articles (gold set and samples; `parallax names`)
   must come out of `parallax translate --to en` in one of its entity's English forms; every
   personal name no glossary lists in tests/data/translate/persons.json must come out as
   written (es and fr to English, en to Spanish); and no name may be lost on the way (the
   warning `the name … was lost in translation`, counted over the gold set's and samples' es-
   articles to English and en- articles to Spanish).

Needs a running APy (.ci/run starts one; or `LC_ALL=C.UTF-8 apertium-apy -p 2737
/usr/share/apertium/modes`), given by --apy or PARALLAX_TEST_APY (default http://127.0.0.1:2737).

With --embeddings URL both runs also align on sentence embeddings from that server.

Usage:
  bench/translate_eval.py [--binary target/release/parallax] [--apy URL] [--data DIR]
                          [--embeddings URL] [-v]
"""

import argparse
import glob
import json
import os
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def sentence_pairs(result):
    pred = set()
    for al in result["alignments"]:
        for p in al["pairs"]:
            for left in p["left"]:
                for right in p["right"]:
                    pred.add((left, right))
    return pred


def compare(binary, es, en, extra, cache):
    env = dict(os.environ, PARALLAX_CACHE_DIR=cache)
    proc = subprocess.run([binary, "compare", es, en, "--format", "json", *extra],
                          capture_output=True, timeout=600, env=env)
    if proc.returncode != 0:
        sys.exit(f"parallax compare failed on {es} {en}:\n{proc.stderr.decode()}")
    return json.loads(proc.stdout)


def gold_pairs(gold, es, en):
    out = set()
    for fact in gold["facts"]:
        m = fact["members"]
        for a in m.get(os.path.basename(es), []):
            for b in m.get(os.path.basename(en), []):
                out.add((a, b))
    return out


def gold_facts(gold, es, en):
    """The gold facts both articles report: (es members, en members) each."""
    out = []
    for fact in gold["facts"]:
        m = fact["members"]
        a, b = m.get(os.path.basename(es), []), m.get(os.path.basename(en), [])
        if a and b:
            out.append((set(a), set(b)))
    return out


def texts(result):
    return [[s["text"] for s in d["sentences"]] for d in result.get("documents", result.get("articles", []))]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--binary", default=os.path.join(ROOT, "target", "release", "parallax"))
    ap.add_argument("--apy", default=os.environ.get("PARALLAX_TEST_APY", "http://127.0.0.1:2737"))
    ap.add_argument("--data", default=os.path.join(ROOT, "tests", "data", "comparable"))
    ap.add_argument("--source", default="es", metavar="LANG",
                    help="the language paired with English (default es; fr goes through Spanish "
                         "when APy has apertium-fr-es, see the module comment of "
                         "src/translate/apertium.rs); speed and cache are measured for es only")
    ap.add_argument("--embeddings", metavar="URL",
                    help="add `--embeddings URL` (an OpenAI-compatible embeddings server) to "
                         "both runs, plain and with Apertium")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    if not os.path.exists(args.binary):
        print(f"{args.binary} missing: build it with cargo build --release")
        return 0
    backend = ["--translate-to", "en", "--backend", "apertium", "--backend-url", args.apy]
    cache = tempfile.mkdtemp(prefix="parallax-translate-eval-")

    totals = {"plain": [0, 0, 0], "apertium": [0, 0, 0]}  # hits, gold, predicted
    fact_totals = {"plain": [0, 0], "apertium": [0, 0]}  # facts found, facts in both
    sentence_totals = {"plain": [0, 0], "apertium": [0, 0]}  # sentences placed, sentences
    print(f"{'articles':58} {'gold':>5} {'recall':>14} {'precision':>16}")
    print(f"{'':58} {'':>5} {'plain':>6} {'apert':>7} {'plain':>7} {'apert':>8}")
    for story in sorted(glob.glob(os.path.join(args.data, "*", "gold.json"))):
        d = os.path.dirname(story)
        gold = json.load(open(story, encoding="utf-8"))
        for es in sorted(glob.glob(os.path.join(d, f"{args.source}-*.txt"))):
            for en in sorted(glob.glob(os.path.join(d, "en-*.txt"))):
                g = gold_pairs(gold, es, en)
                facts = gold_facts(gold, es, en)
                row = {}
                embeddings = ["--embeddings", args.embeddings] if args.embeddings else []
                for name, extra in (("plain", []), ("apertium", backend)):
                    res = compare(args.binary, es, en, extra + embeddings, cache)
                    p = sentence_pairs(res)
                    hits = len(p & g)
                    t = totals[name]
                    t[0] += hits
                    t[1] += len(g)
                    t[2] += len(p)
                    found = sum(1 for a, b in facts if any(x in a and y in b for x, y in p))
                    ft = fact_totals[name]
                    ft[0] += found
                    ft[1] += len(facts)
                    st = sentence_totals[name]
                    for a, b in facts:
                        st[0] += sum(1 for x in a if any(x == u and v in b for u, v in p))
                        st[0] += sum(1 for y in b if any(y == v and u in a for u, v in p))
                        st[1] += len(a) + len(b)
                    row[name] = (hits / len(g) if g else 1.0, hits / len(p) if p else 1.0)
                    if args.verbose and name == "apertium":
                        sents = texts(res)
                        for a, b in sorted(g - p):
                            print(f"   missed {a}x{b}: {sents[0][a][:60]} | {sents[1][b][:60]}")
                        for a, b in sorted(p - g):
                            print(f"   wrong  {a}x{b}: {sents[0][a][:60]} | {sents[1][b][:60]}")
                label = f"{os.path.basename(d)}/{os.path.basename(es)} x {os.path.basename(en)}"
                print(f"{label[:58]:58} {len(g):5} {row['plain'][0]:6.2f} {row['apertium'][0]:7.2f} "
                      f"{row['plain'][1]:7.2f} {row['apertium'][1]:8.2f}")
    for name, (hits, g, p) in totals.items():
        print(f"overall {name:9} recall {hits / max(g, 1):.3f} ({hits}/{g})  "
              f"precision {hits / max(p, 1):.3f} ({hits}/{p})")
    for name, (found, n) in fact_totals.items():
        print(f"overall {name:9} facts reported by both articles and linked by at least one "
              f"pair: {found / max(n, 1):.3f} ({found}/{n})")
    for name, (placed, n) in sentence_totals.items():
        print(f"overall {name:9} sentences of a fact both articles report that are paired with "
              f"a sentence of that fact: {placed / max(n, 1):.3f} ({placed}/{n})")

    if args.source != "es":
        return 0
    # Speed: a 20-sentence article through a warm APy, no cache.
    sentences = []
    for es in sorted(glob.glob(os.path.join(args.data, "*", "es-*.txt"))):
        res = compare(args.binary, es, es, [], cache)
        sentences += texts(res)[0]
    article = "\n\n".join(sentences[:20]) + "\n"
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as f:
        f.write(article)
        path = f.name

    def best(cmd, n=5):
        times = []
        for _ in range(n):
            t0 = time.perf_counter()
            proc = subprocess.run(cmd, capture_output=True, timeout=120,
                                  env=dict(os.environ, PARALLAX_CACHE_DIR=cache))
            times.append(time.perf_counter() - t0)
            if proc.returncode != 0:
                sys.exit(f"{' '.join(cmd)} failed:\n{proc.stderr.decode()}")
        return min(times), proc

    translate = [args.binary, "translate", path, "--to", "en", "--from", "es",
                 "--backend", "apertium", "--backend-url", args.apy]
    best(translate + ["--no-cache"], 1)  # warm APy's pipeline
    t_tr, _ = best(translate + ["--no-cache"])
    t_base, _ = best([args.binary, "segment", path, "--lang", "es"])
    print(f"20-sentence article, warm APy, no cache: {t_tr:.3f} s "
          f"(baseline `parallax segment` same run: {t_base:.3f} s; ratio {t_tr / t_base:.1f}x)")

    # Cache: the second run sends nothing.
    fresh = tempfile.mkdtemp(prefix="parallax-translate-cache-")
    env = dict(os.environ, PARALLAX_CACHE_DIR=fresh)
    subprocess.run(translate, capture_output=True, env=env, check=True)
    second = subprocess.run(translate, capture_output=True, env=env, check=True)
    line = second.stderr.decode().strip().splitlines()[-1]
    print(f"cached rerun: {line}")
    ok = "0 requests" in line

    # Names: every glossary name of the Spanish articles must come out in an English form.
    kept, total, lost = english_names(args, cache)
    print(f"glossary names of the Spanish articles with an English form in the translation: "
          f"{kept}/{total}" + (f" (missing: {', '.join(sorted(lost))})" if lost else ""))

    # Personal names no glossary lists: as written, in every direction the fixture covers.
    p_kept, p_total, p_lost = person_names(args, cache)
    print(f"personal names outside the glossary kept as written (tests/data/translate): "
          f"{p_kept}/{p_total}" + (f" (lost: {', '.join(p_lost)})" if p_lost else ""))

    # Stand-ins the engine lost (each a name missing from a translation), es->en and en->es.
    dropped, sentences = lost_stand_ins(args, cache)
    print(f"names lost in translation (warnings), gold and sample articles es->en and en->es: "
          f"{dropped} in {sentences} sentences")
    return 0 if ok and kept == total and p_kept == p_total and dropped == 0 else 1


def person_names(args, cache):
    """(kept, names, lost) over tests/data/translate/persons.json: each listed name must appear
    verbatim in `parallax translate` of its article (es and fr to en, en to es)."""
    fixture = os.path.join(ROOT, "tests", "data", "translate")
    with open(os.path.join(fixture, "persons.json"), encoding="utf-8") as f:
        expected = json.load(f)
    env = dict(os.environ, PARALLAX_CACHE_DIR=cache)
    kept = total = 0
    lost = []
    for name, people in sorted(expected.items()):
        if name.startswith("_"):
            continue
        to = "es" if name.endswith("-en.txt") else "en"
        out = subprocess.run([args.binary, "translate", os.path.join(fixture, name), "--to", to,
                              "--backend", "apertium", "--backend-url", args.apy],
                             capture_output=True, check=True, env=env).stdout.decode()
        rest = out
        for person in people:
            total += 1
            if person in rest:
                kept += 1
                # a surname listed after the full name must occur once more on its own
                rest = rest.replace(person, "", 1)
            else:
                lost.append(f"{person} ({name})")
    return kept, total, lost


def lost_stand_ins(args, cache):
    """(names reported lost, sentences translated) over the gold set's and the samples' es-
    articles to English and en- articles to Spanish."""
    env = dict(os.environ, PARALLAX_CACHE_DIR=cache)
    dropped = sentences = 0
    for lang, to in (("es", "en"), ("en", "es")):
        paths = sorted(glob.glob(os.path.join(args.data, "*", f"{lang}-*.txt")) +
                       glob.glob(os.path.join(ROOT, "samples", "*", f"{lang}-*.txt")))
        for path in paths:
            err = subprocess.run([args.binary, "translate", path, "--to", to, "--backend",
                                  "apertium", "--backend-url", args.apy],
                                 capture_output=True, check=True, env=env).stderr.decode()
            dropped += err.count("was lost in translation")
            for line in err.splitlines():
                if " sentences translated" in line:
                    sentences += int(line.split("apertium: ")[1].split()[0])
    return dropped, sentences


def english_names(args, cache):
    """(names kept, names, the entities missed) over the es- articles of the gold set and the
    samples: a name counts as kept when one of its entity's English names (glossary forms with
    lang = "en") appears in `parallax translate --to en`'s output."""
    import tomllib
    with open(os.path.join(ROOT, "glossaries", "karabakh-2023.toml"), "rb") as f:
        glossary = tomllib.load(f)
    english = {e["id"]: [n["text"] for n in e.get("names", []) if n.get("lang") == "en"]
               for e in glossary.get("entity", [])}
    paths = sorted(glob.glob(os.path.join(args.data, "*", "es-*.txt")) +
                   glob.glob(os.path.join(ROOT, "samples", "*", "es-*.txt")))
    env = dict(os.environ, PARALLAX_CACHE_DIR=cache)
    kept = total = 0
    lost = set()
    for path in paths:
        names = subprocess.run([args.binary, "names", path, "--format", "json"],
                               capture_output=True, check=True)
        out = subprocess.run([args.binary, "translate", path, "--to", "en", "--backend",
                              "apertium", "--backend-url", args.apy],
                             capture_output=True, check=True, env=env).stdout.decode()
        for m in json.loads(names.stdout)["mentions"]:
            total += 1
            if any(form in out for form in english.get(m["entity"], [])):
                kept += 1
            else:
                lost.add(f"{m['surface']} ({m['entity']})")
    return kept, total, lost


if __name__ == "__main__":
    sys.exit(main())
