#!/usr/bin/env python3
"""Write a bilingual word list for `parallax align --mode parallel --dictionary FILE` from
Debian's FreeDict dictionaries (dictd format).

    apt-get install dict-freedict-deu-fra dict-freedict-fra-deu
    bench/freedict_to_tsv.py deu fra > de-fr.tsv

reads /usr/share/dictd/freedict-deu-fra.{index,dict.dz} and, when installed, the reverse
freedict-fra-deu, and prints one pair a line: a word of the first language, a tab, a word of the
second. Only one-word headwords and one-word translations are kept (the first line of each entry
after the headword holds its translations, separated by commas or semicolons; parentheses are
dropped), lowercased. The FreeDict data keep their own licence (see
/usr/share/doc/dict-freedict-*/copyright); this script ships no dictionary data.
"""

import argparse
import gzip
import os
import re
import sys

B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
WORD = re.compile(r"[^\W\d_]+")


def b64(s):
    n = 0
    for ch in s:
        n = n * 64 + B64.index(ch)
    return n


def entries(base):
    """(headword, lines of the entry) of one dictd dictionary."""
    data = gzip.open(base + ".dict.dz").read()
    with open(base + ".index", encoding="utf-8") as index:
        for line in index:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 3 or parts[0].startswith("00database"):
                continue
            offset, length = b64(parts[1]), b64(parts[2])
            yield parts[0], data[offset:offset + length].decode("utf-8", "replace").split("\n")


def translations(line):
    line = re.sub(r"\(.*?\)", "", line)
    line = re.sub(r"^\s*\d+\.\s*", "", line)
    return [t.strip() for t in re.split(r"[,;]", line) if t.strip()]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("first", help="ISO 639-3 code of the first column (e.g. deu)")
    ap.add_argument("second", help="ISO 639-3 code of the second column (e.g. fra)")
    ap.add_argument("--dir", default="/usr/share/dictd")
    args = ap.parse_args()
    pairs = set()
    found = False
    for a, b, reverse in ((args.first, args.second, False), (args.second, args.first, True)):
        base = os.path.join(args.dir, f"freedict-{a}-{b}")
        if not os.path.exists(base + ".index"):
            continue
        found = True
        for head, block in entries(base):
            if len(block) < 2 or not WORD.fullmatch(head):
                continue
            for t in translations(block[1]):
                if not WORD.fullmatch(t):
                    continue
                pair = (t, head) if reverse else (head, t)
                pairs.add((pair[0].lower(), pair[1].lower()))
    if not found:
        sys.exit(f"no freedict-{args.first}-{args.second} or freedict-{args.second}-{args.first} "
                 f"in {args.dir}; install dict-freedict-{args.first}-{args.second}")
    for a, b in sorted(pairs):
        print(f"{a}\t{b}")
    print(f"{len(pairs)} pairs", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
