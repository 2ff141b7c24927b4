#!/usr/bin/env bash
# Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
#
# `make run`: codes the bundled samples, and a slice of real news from
# ../shared/corpora when it is there, into BUILD/parley.sqlite, then serves
# the dashboard on 127.0.0.1:PORT until Ctrl-C.
#   scripts/run-dashboard.sh [BUILD_DIR] [PORT]
set -euo pipefail
src_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$src_dir/build}"
port="${2:-8080}"
db="$build/parley.sqlite"
corpora="$src_dir/../shared/corpora"
rm -f "$db"
echo "== coding samples/ into $db"
"$build/parley" code --db "$db" --date 2024-03-15 "$src_dir/samples" || [ $? -eq 3 ]
if [ -d "$corpora" ]; then
  # 20 lines of the corpus make one document; the first 20000 lines of each.
  slice="$build/corpus-slice.jsonl"
  python3 - "$corpora" "$slice" <<'PY'
import json, sys
corpora, out = sys.argv[1], sys.argv[2]
with open(out, "w", encoding="utf-8") as o:
    for name, lang in (("fr_news_plain.txt", "fr"), ("en_news_plain.txt", "en")):
        try:
            lines = [l.strip() for l in open(f"{corpora}/{name}", encoding="utf-8", errors="replace")][:20000]
        except OSError:
            continue
        lines = [l for l in lines if l]
        for i in range(0, len(lines), 20):
            o.write(json.dumps({"id": f"{name}:{i + 1}", "lang": lang, "text": "\n".join(lines[i:i + 20])},
                               ensure_ascii=False) + "\n")
PY
  echo "== coding a slice of ../shared/corpora ($slice)"
  "$build/parley" code --db "$db" --date 2021-02-05 "$slice" || [ $? -eq 3 ]
fi
echo "== serving; open the address below in a browser"
exec "$build/parley" serve --db "$db" --port "$port"
