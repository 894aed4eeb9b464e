#!/usr/bin/env bash
# Real grpcurl (v1.8.6, v1alpha reflection only) against a live server, with no proto file:
# list and describe via reflection, submit the seed article, list by status, review (stale
# revision → Aborted), then restart and find the data again. Mirrors the README's "Try it".
set -euo pipefail
: "${GRPCURL:?set by scripts/test.sh}" "${CLAIMTRACKER_BIN:?set by scripts/test.sh}"

work=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
addr="127.0.0.1:$port"
server_pid=""
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

start_server() {
  "$CLAIMTRACKER_BIN" serve --listen "$addr" --data-dir "$work/data" >>"$work/server.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 100); do
    "$GRPCURL" -plaintext "$addr" list >/dev/null 2>&1 && return 0
    sleep 0.1
  done
  echo "server did not come up"; cat "$work/server.log"; return 1
}
stop_server() { kill -TERM "$server_pid"; wait "$server_pid"; server_pid=""; }
fail() { echo "FAIL: $*"; exit 1; }
g() { "$GRPCURL" -plaintext "$@"; }

start_server
# Outputs go to files before grep: `grep -q` exiting early would SIGPIPE the writer, and
# pipefail would turn that race into a failure.
g "$addr" list >"$work/list"
grep -qx 'claimtracker.v1.ClaimService' "$work/list" || { cat "$work/list"; fail "list lacks the service"; }
grep -qx 'grpc.health.v1.Health' "$work/list" || fail "list lacks health"
g "$addr" describe claimtracker.v1.ClaimService >"$work/describe"
grep -q 'rpc SubmitArticle' "$work/describe" || fail "describe"
g "$addr" describe claimtracker.v1.Fact >"$work/describe-fact"
grep -q 'normalized' "$work/describe-fact" || fail "describe Fact"

if [ -z "${CLAIMTRACKER_SHARED:-}" ]; then
  echo "notice: CLAIMTRACKER_SHARED unset; skipping the seed-article part of the grpcurl test"
  exit 0
fi
seed="$CLAIMTRACKER_SHARED/corpus/dev/seed-imran-khan-letter.json"
[ -f "$seed" ] || fail "missing $seed"
python3 - "$seed" >"$work/submit.json" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1]))
print(json.dumps({"title": "Lawmakers' letter", "source": "seed", "body": doc["body"], "request_id": "seed-1"}))
PY
g -d @ "$addr" claimtracker.v1.ClaimService/SubmitArticle <"$work/submit.json" >"$work/submitted.json"
for want in '"H.Res.901"' '"46"' '"2024-11-15"' '"2023-08"'; do
  grep -q "\"normalized\": $want" "$work/submitted.json" || fail "submit response lacks $want"
done
claim_id=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["claims"][0]["id"])' "$work/submitted.json")

g -d '{"filter":{"statuses":["VERIFICATION_STATUS_UNREVIEWED"]},"page_size":2}' "$addr" \
  claimtracker.v1.ClaimService/ListClaims >"$work/page1.json"
token=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert len(d["claims"])==2; print(d["nextPageToken"])' "$work/page1.json")
g -d "{\"filter\":{\"statuses\":[\"VERIFICATION_STATUS_UNREVIEWED\"]},\"page_size\":2,\"page_token\":\"$token\"}" "$addr" \
  claimtracker.v1.ClaimService/ListClaims >"$work/page2.json"
python3 - "$work/page1.json" "$work/page2.json" <<'PY' || fail "pages overlap"
import json, sys
a = [c["id"] for c in json.load(open(sys.argv[1]))["claims"]]
b = [c["id"] for c in json.load(open(sys.argv[2]))["claims"]]
assert b and not set(a) & set(b), (a, b)
PY

g -d "{\"claim_id\":\"$claim_id\",\"status\":\"VERIFICATION_STATUS_VERIFIED\",\"note\":\"Letter published by the signatories.\",\"expected_revision\":1}" \
  "$addr" claimtracker.v1.ClaimService/ReviewClaim >"$work/reviewed.json"
grep -q '"revision": "2"' "$work/reviewed.json" || fail "review"
if g -d "{\"claim_id\":\"$claim_id\",\"status\":\"VERIFICATION_STATUS_FALSE\",\"note\":\"x\",\"expected_revision\":1}" \
  "$addr" claimtracker.v1.ClaimService/ReviewClaim >"$work/stale.out" 2>&1; then
  fail "stale review accepted"
fi
grep -q 'Code: Aborted' "$work/stale.out" || { cat "$work/stale.out"; fail "stale review not Aborted"; }

stop_server
start_server
g -d "{\"id\":\"$claim_id\"}" "$addr" claimtracker.v1.ClaimService/GetClaim >"$work/after-restart.json"
grep -q 'VERIFICATION_STATUS_VERIFIED' "$work/after-restart.json" || fail "review lost across restart"
echo "grpcurl smoke: ok"
