#!/usr/bin/env bash
# `localforge --scan --json` against the fake servers on the real default ports
# (Ollama 11434, LM Studio 1234): right kinds and versions, in under a second.
set -u
localforge=$1
fakes=$2
log=$(mktemp)
cleanup() { [ -n "${pid:-}" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null; rm -f "$log"; }
trap cleanup EXIT

# Nothing found: exit code 1 and a hint. (Only meaningful when the ports are free.)
"$fakes" --ollama 11434 --lmstudio 1234 --llama 0 >"$log" 2>&1 &
pid=$!
for _ in $(seq 50); do
    grep -q "LM Studio fake listening" "$log" && break
    if ! kill -0 "$pid" 2>/dev/null; then
        echo "SKIP: the default ports are taken on this machine:"; cat "$log"; exit 0
    fi
    sleep 0.1
done

start=$(date +%s%N)
out=$("$localforge" --scan --json)
rc=$?
elapsed_ms=$(( ($(date +%s%N) - start) / 1000000 ))
echo "$out"
echo "scan took ${elapsed_ms} ms (exit code $rc)"
fail() { echo "FAIL: $*"; exit 1; }
[ "$rc" -eq 0 ] || fail "exit code $rc, expected 0"
python3 - "$out" <<'PY' || exit 1
import json, sys
servers = {s["url"]: s for s in json.loads(sys.argv[1])["servers"]}
o = servers.get("http://127.0.0.1:11434")
l = servers.get("http://127.0.0.1:1234")
assert o and o["kind"] == "ollama" and o["version"] == "0.12.6" and o["models"] == 2, o
assert l and l["kind"] == "lmstudio" and l["models"] == 3 and l["apiLevel"] == "v1", l
assert all(s["latencyMs"] >= 0 for s in (o, l))
print("kinds and versions OK")
PY
[ "$elapsed_ms" -lt 1000 ] || fail "scan took ${elapsed_ms} ms, more than 1 s"

# Text output names both.
text=$("$localforge" --scan) || fail "text scan failed"
echo "$text"
echo "$text" | grep -q "Ollama 0.12.6" || fail "text output lacks Ollama 0.12.6"
echo "$text" | grep -q "LM Studio" || fail "text output lacks LM Studio"

kill "$pid"; wait "$pid" 2>/dev/null; pid=
# With the servers gone: exit code 1.
"$localforge" --scan >/dev/null
[ $? -eq 1 ] || fail "expected exit code 1 when nothing is found"
# In the language chosen in Preferences, without --lang.
config=$(mktemp -d)
mkdir -p "$config/LocalForge"
printf '[ui]\nlanguage=fr\n' >"$config/LocalForge/LocalForge.conf"
french=$(XDG_CONFIG_HOME=$config "$localforge" --scan 2>&1)
rm -rf "$config"
echo "$french"
grep -q "Aucun serveur" <<<"$french" || fail "--scan did not use the language saved in Preferences"
echo PASS
