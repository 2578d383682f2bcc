#!/usr/bin/env bash
# One LocalForge per user, with real processes: a second launch hands over to the running one
# and ends; --version, --scan and --screenshot run beside it and never write conversations; once
# the first is gone (even killed), the next launch takes over and does keep conversations.
set -u
localforge=$1
tmp=$(mktemp -d)
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
export XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data XDG_RUNTIME_DIR=$tmp/run HOME=$tmp/home
mkdir -p "$XDG_RUNTIME_DIR" "$HOME"
chmod 700 "$XDG_RUNTIME_DIR"
pids=()
cleanup() {
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done
    wait 2>/dev/null
    rm -rf "$tmp"
}
trap cleanup EXIT
fail() { echo "FAIL: $*"; for f in "$tmp"/*.log; do echo "== $f"; cat "$f"; done; exit 1; }

conversations=$XDG_DATA_HOME/LocalForge/LocalForge/conversations
mkdir -p "$conversations"
cat >"$conversations/kept.json" <<'JSON'
{"format":1,"title":"Kept","messages":[{"role":"user","content":"Hello","state":"complete"}]}
JSON

"$localforge" >"$tmp/first.log" 2>&1 &
first=$!
pids+=("$first")
# It has read the conversations once it wrote their index.
for _ in $(seq 200); do
    [ -e "$conversations/conversations.index" ] && break
    kill -0 "$first" 2>/dev/null || fail "the first LocalForge ended"
    sleep 0.1
done
[ -e "$conversations/conversations.index" ] || fail "the first LocalForge did not read its conversations"
ls "$XDG_RUNTIME_DIR"/localforge-*.lock >/dev/null 2>&1 || fail "the first LocalForge holds no lock"

# A damaged file appears now: any LocalForge that starts and keeps conversations moves it aside.
printf '{"format":1,' >"$conversations/damaged.json"
snapshot() { (cd "$conversations" && ls -la --time-style=full-iso . && md5sum ./*); }
before=$(snapshot)

start=$(date +%s%N)
timeout 30 "$localforge" --page models >"$tmp/second.log" 2>&1
rc=$?
elapsed_ms=$(( ($(date +%s%N) - start) / 1000000 ))
echo "second launch handed over in ${elapsed_ms} ms (exit code $rc)"
[ "$rc" -eq 0 ] || fail "the second launch exited with $rc"
kill -0 "$first" 2>/dev/null || fail "the first LocalForge did not survive the second launch"

"$localforge" --version >"$tmp/version.log" 2>&1 || fail "--version failed beside it"
grep -qi "localforge" "$tmp/version.log" || fail "--version printed no version"
timeout 30 "$localforge" --scan >"$tmp/scan.log" 2>&1
[ $? -le 1 ] || fail "--scan did not finish beside it"
timeout 90 "$localforge" --screenshot "$tmp/shot.png" >"$tmp/shot.log" 2>&1 ||
    fail "--screenshot failed beside it"
[ -s "$tmp/shot.png" ] || fail "--screenshot wrote no picture"

after=$(snapshot)
[ "$before" = "$after" ] || { diff <(echo "$before") <(echo "$after"); fail "conversations were written beside the running LocalForge"; }
[ -e "$conversations/damaged.json" ] || fail "damaged.json was moved"
echo "nothing written beside the running LocalForge"

# The first one killed outright: its lock is stale, and the next launch is the one.
kill -9 "$first"
wait "$first" 2>/dev/null
"$localforge" >"$tmp/third.log" 2>&1 &
third=$!
pids+=("$third")
for _ in $(seq 200); do
    [ -e "$conversations/damaged.json.unreadable" ] && break
    kill -0 "$third" 2>/dev/null || fail "the next launch ended instead of taking over"
    sleep 0.1
done
[ -e "$conversations/damaged.json.unreadable" ] || fail "the next launch did not take over"
echo PASS
