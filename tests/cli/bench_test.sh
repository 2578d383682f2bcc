#!/usr/bin/env bash
# `localforge --bench` against two fake Ollama servers on free ports, one streaming at 5 tok/s
# and one at 10 (slow enough that timer latency on a busy machine stays small): JSON, CSV and table output, the measured ratio, a cold run, and exit code 1
# with nothing on stdout when a model or a server is missing.
set -u
localforge=$1
fakes=$2
work=$(mktemp -d)
pids=()
cleanup() {
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done
    wait 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT
# Its own settings and data folders (benchmarks are kept there).
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
fail() { echo "FAIL: $*"; exit 1; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
printf 'One two three four five six seven eight' >"$work/answer.txt"

start_fake() { # port rate log
    "$fakes" --ollama "$1" --lmstudio 0 --llama 0 --rate "$2" --answer-file "$work/answer.txt" \
        >"$3" 2>&1 &
    pids+=($!)
    for _ in $(seq 100); do
        grep -q "Ollama fake listening" "$3" && return 0
        sleep 0.1
    done
    cat "$3"; fail "the fake on port $1 did not start"
}
slow=$(free_port); start_fake "$slow" 5 "$work/slow.log"
fast=$(free_port); start_fake "$fast" 10 "$work/fast.log"
nothing=$(free_port) # nothing listens here

# JSON: both models, two runs each, both rates kept, in the configured order and ratio.
out=$("$localforge" --bench "llama3.2@127.0.0.1:$slow" "llama3.2@127.0.0.1:$fast" --runs 2 \
      --json 2>"$work/err")
rc=$?
cat "$work/err"
[ "$rc" -eq 0 ] || fail "exit code $rc, expected 0"
python3 - "$out" <<'PY' || exit 1
import json, sys, statistics
r = json.loads(sys.argv[1])
assert r["format"] == "localforge-benchmark", r.get("format")
assert len(r["targets"]) == 2 and all(t["model"] == "llama3.2:latest" for t in r["targets"])
assert r["settings"]["runs"] == 2 and r["settings"]["maxTokens"] == 256
runs = r["runs"]
assert len(runs) == 4, len(runs)
assert all("error" not in x for x in runs), runs
for x in runs:
    assert x["evalTokensPerSecondServer"] > 0 and x["evalTokensPerSecondClient"] > 0, x
    assert x["completionTokens"] == 8, x
rate = lambda t, k: statistics.median(x[k] for x in runs if x["target"] == t)
slow, fast = rate(0, "evalTokensPerSecondClient"), rate(1, "evalTokensPerSecondClient")
print(f"measured {slow:.2f} vs {fast:.2f} tok/s (server: {rate(0, 'evalTokensPerSecondServer'):.2f} vs {rate(1, 'evalTokensPerSecondServer'):.2f})")
assert fast > slow
assert abs(fast / slow - 2.0) < 0.2, "ratio off by more than 10%"
assert abs(slow - 5.0) < 0.5, "slow rate off by more than 10%"
PY
grep -q "Warming up" "$work/err" || fail "no progress on stderr"

# Kept with the tab's past benchmarks.
[ "$(find "$work/data" -path '*/benchmarks/*.json' | wc -l)" -eq 1 ] || fail "the run was not kept"

# CSV: a header and one line per run.
csv=$("$localforge" --bench "llama3.2@127.0.0.1:$fast" --runs 2 --max-tokens 64 --csv 2>/dev/null) \
    || fail "--csv failed"
echo "$csv"
[ "$(echo "$csv" | wc -l)" -eq 3 ] || fail "expected a header and 2 lines"
echo "$csv" | head -1 | grep -q "^machine,server,kind,model,prompt" || fail "CSV header"

# Table (Markdown), with a prompt of one's own and a cold run: unloaded first, load time kept.
text=$("$localforge" --bench "llama3.2@127.0.0.1:$fast" --runs 1 --cold \
       --prompt "Dis bonjour." 2>/dev/null) || fail "table output failed"
echo "$text"
echo "$text" | grep -q "^| Model | Server | Run |" || fail "no table header"
echo "$text" | grep -q "| llama3.2:latest | Ollama 127.0.0.1:$fast | cold |" || fail "no cold row"
cold=$("$localforge" --bench "llama3.2@127.0.0.1:$fast" --runs 1 --cold --json 2>/dev/null)
python3 - "$cold" <<'PY' || exit 1
import json, sys
runs = json.loads(sys.argv[1])["runs"]
assert len(runs) == 1 and runs[0]["cold"] is True and "loadSeconds" in runs[0], runs
print("cold run OK")
PY

# A missing model: exit 1, a clear message, nothing on stdout.
out=$("$localforge" --bench "llama3.2@127.0.0.1:$fast" "no-such-model@127.0.0.1:$slow" --json \
      2>"$work/err")
rc=$?
[ "$rc" -eq 1 ] || fail "missing model: exit code $rc, expected 1"
[ -z "$out" ] || fail "missing model: stdout is not empty: $out"
[ "$(find "$work/data" -path '*/benchmarks/*.json' | wc -l)" -eq 4 ] || fail "a failed start was kept"
grep -q "no-such-model" "$work/err" || fail "missing model: the message does not name it"
cat "$work/err"

# A missing server: exit 1, nothing on stdout.
out=$("$localforge" --bench "llama3.2@127.0.0.1:$nothing" 2>"$work/err")
rc=$?
[ "$rc" -eq 1 ] || fail "missing server: exit code $rc, expected 1"
[ -z "$out" ] || fail "missing server: stdout is not empty"
grep -q "127.0.0.1:$nothing" "$work/err" || fail "missing server: the message does not name it"
cat "$work/err"

# Bad arguments.
"$localforge" --bench >/dev/null 2>&1 && fail "--bench without a model must fail"
"$localforge" --bench "llama3.2@127.0.0.1:$fast" --runs 0 >/dev/null 2>&1 \
    && fail "--runs 0 must fail"
echo PASS
