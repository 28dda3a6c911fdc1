#!/usr/bin/env bash
# Throughput and memory of corpus input: N short articles (JSON Lines) through `names` and
# `detect` with streaming output (`--format jsonl`). Prints articles/s per core (articles divided
# by user+system CPU seconds) and peak RSS (GNU time's %M, in KB).
#
#   bench/throughput.sh [N=10000] [JOBS=1]
#
# Needs a release build (`cargo build --release`) and GNU time at /usr/bin/time.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-10000}
JOBS=${2:-1}
BIN=${PARALLAX_BIN:-target/release/parallax}
[ -x "$BIN" ] || cargo build --release --quiet
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# Short articles made from original template sentences in five languages, varied by index so
# no two are identical.
python3 - "$N" > "$WORK/corpus.jsonl" <<'PY'
import json, sys
n = int(sys.argv[1])
templates = [
    ("en", "Buses return to Stepanakert", "The bus service between Stepanakert and {k} nearby villages resumed on Tuesday after {d} days of snow. The operator said {p} passengers travelled on the first morning and the evening route would stay closed until the road lights are repaired."),
    ("ru", "Автобусы вернулись в Степанакерт", "Автобусное сообщение между Степанакертом и {k} соседними сёлами возобновилось во вторник после {d} дней снегопада. Перевозчик сообщил, что в первое утро поездками воспользовались {p} пассажиров."),
    ("tr", "Hankendi otobüsleri yeniden çalışıyor", "Hankendi ile çevredeki {k} köy arasındaki otobüs seferleri {d} günlük kar yağışının ardından salı günü yeniden başladı. İşletme ilk sabah {p} yolcunun seyahat ettiğini söyledi."),
    ("de", "Busse fahren wieder nach Stepanakert", "Der Busverkehr zwischen Stepanakert und {k} Dörfern der Umgebung wurde am Dienstag nach {d} Tagen Schneefall wieder aufgenommen. Am ersten Morgen fuhren nach Angaben des Betreibers {p} Fahrgäste mit."),
    ("fr", "Les bus reviennent à Stepanakert", "Le service de bus entre Stepanakert et {k} villages voisins a repris mardi après {d} jours de neige. L'exploitant a indiqué que {p} passagers ont voyagé le premier matin."),
]
for i in range(n):
    lang, title, body = templates[i % len(templates)]
    text = body.format(k=3 + i % 9, d=2 + i % 6, p=100 + i)
    print(json.dumps({"id": f"a{i}", "outlet": f"Desk {i % 7}", "date": "2024-01-16",
                      "title": title, "text": text}, ensure_ascii=False))
PY

echo "corpus: $N articles, $(du -h "$WORK/corpus.jsonl" | cut -f1), jobs=$JOBS, binary=$BIN"
for cmd in names detect; do
  /usr/bin/time -f "%e %U %S %M" -o "$WORK/time" \
    "$BIN" "$cmd" "$WORK/corpus.jsonl" --format jsonl --jobs "$JOBS" -o "$WORK/out.jsonl"
  read -r wall user sys rss < "$WORK/time"
  lines=$(wc -l < "$WORK/out.jsonl")
  python3 - "$cmd" "$N" "$wall" "$user" "$sys" "$rss" "$lines" <<'PY'
import sys
cmd, n, wall, user, sys_, rss, lines = sys.argv[1:]
n, wall, cpu = int(n), float(wall), float(user) + float(sys_)
print(f"{cmd:7s} {n} articles -> {lines} lines: wall {wall:.2f} s, cpu {cpu:.2f} s, "
      f"{n / max(cpu, 1e-9):,.0f} articles/s per core, {n / max(wall, 1e-9):,.0f} articles/s wall, "
      f"peak RSS {int(rss) / 1024:.1f} MB")
PY
done
