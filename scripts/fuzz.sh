#!/usr/bin/env bash
# Fuzzes the extractor for N seconds (default 60) with cargo-fuzz on stable (`-s none`: no
# sanitizer, so no nightly needed). Installs cargo-fuzz into .tools/ when missing. Seeds the
# fuzz corpus with the dev articles from $CLAIMTRACKER_SHARED when set (copied into the
# git-ignored fuzz/corpus, never committed).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
export PATH="$PWD/.tools/bin:$PATH"
if ! cargo fuzz --version >/dev/null 2>&1; then
  cargo install --quiet --locked --root .tools cargo-fuzz@0.13.2
fi
corpus=fuzz/corpus/extract
mkdir -p "$corpus"
if [ -n "${CLAIMTRACKER_SHARED:-}" ]; then
  python3 - "$CLAIMTRACKER_SHARED/corpus/dev" "$corpus" <<'PY'
import json, pathlib, sys
src, dst = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
for p in sorted(src.glob("*.json")):
    body = json.loads(p.read_text())["body"].encode()
    (dst / f"seed-{p.stem}").write_bytes(b"\x00\x00" + body)
PY
fi
cargo fuzz run -s none extract "$corpus" -- -max_total_time="$seconds" -max_len=65536 -print_final_stats=1 2>&1 | tail -n 25
