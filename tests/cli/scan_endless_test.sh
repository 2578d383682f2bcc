#!/usr/bin/env bash
# `localforge --scan` with a port that streams forever (named in OLLAMA_HOST): the scan still
# ends within its probe time, and reports the port as something that answers but is not an
# LLM server. (Before the caps, the transfer timeout restarted on every byte and --scan never
# exited.)
set -u
localforge=$1
log=$(mktemp)
cleanup() { [ -n "${pid:-}" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null; rm -f "$log"; }
trap cleanup EXIT
fail() { echo "FAIL: $*"; exit 1; }

# Every request gets 200 and a body that never ends: 8 KB lines, as fast as the client reads.
python3 -u - >"$log" 2>&1 <<'PY' &
import socket, threading
srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("127.0.0.1", 0))
srv.listen(64)
print("PORT", srv.getsockname()[1], flush=True)
def serve(conn):
    try:
        conn.recv(65536)
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n")
        line = b"a" * 8191 + b"\n"
        chunk = b"%x\r\n" % len(line) + line + b"\r\n"
        while True:
            conn.sendall(chunk)
    except OSError:
        pass
    finally:
        conn.close()
while True:
    c, _ = srv.accept()
    threading.Thread(target=serve, args=(c,), daemon=True).start()
PY
pid=$!
port=
for _ in $(seq 50); do
    port=$(sed -n 's/^PORT //p' "$log")
    [ -n "$port" ] && break
    sleep 0.1
done
[ -n "$port" ] || fail "the endless server did not start: $(cat "$log")"

start=$(date +%s%N)
out=$(OLLAMA_HOST="127.0.0.1:$port" timeout 30 "$localforge" --scan --json 2>"$log.err")
rc=$?
elapsed_ms=$(( ($(date +%s%N) - start) / 1000000 ))
echo "$out"
echo "scan took ${elapsed_ms} ms (exit code $rc)"
[ "$rc" -ne 124 ] || fail "--scan did not end within 30 s"
[ "$elapsed_ms" -lt 6000 ] || fail "--scan took ${elapsed_ms} ms; the probe time is 1.5 s"
if grep -q "device not open" "$log.err"; then
    cat "$log.err"; rm -f "$log.err"; fail "a reply was read after it closed"
fi
rm -f "$log.err"
python3 - "$out" "$port" <<'PY' || exit 1
import json, sys
servers = {s["url"]: s for s in json.loads(sys.argv[1])["servers"]}
s = servers.get("http://127.0.0.1:" + sys.argv[2])
assert s and s["status"] == "foreign", s
assert "answers, but not as" in s["problem"], s
print("endless port reported as foreign")
PY
echo PASS
