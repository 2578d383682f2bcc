#pragma once

#include "FakeHttpServer.h"

#include <QByteArray>

// Faults that real servers and the proxies in front of them produce in a streamed answer, as
// stream shapers for FakeHttpServer::setStreamShaper. Each keeps the server's own payload and
// changes only how (or whether) it ends. Chunks are paced by the server's token interval.
namespace StreamFaults {

// The answer's bytes (keep-alive comments included) cut at random boundaries of 1..maxPiece
// bytes, each written on its own: reads then end inside lines and inside UTF-8 characters.
// The same seed gives the same cuts.
FakeHttpServer::StreamShaper randomSplit(quint32 seed, int maxPiece = 7);

// After `afterChunks` chunks, one line that never ends: `prefix` then `pieceBytes` of 'x' per
// chunk, forever (until the client goes away).
FakeHttpServer::StreamShaper endlessLine(int afterChunks, const QByteArray &prefix,
                                         int pieceBytes = 256 * 1024);

// After `afterChunks` chunks, one Server-Sent Event that never ends: "data: xxx…\n" lines of
// `pieceBytes`, forever, and never the blank line that would dispatch it.
FakeHttpServer::StreamShaper endlessEvent(int afterChunks, int pieceBytes = 256 * 1024);

// After `afterChunks` chunks, a stall during which only `pings` SSE comments come (one per
// token interval, as llama-server sends ": ping"), then the rest of the answer.
FakeHttpServer::StreamShaper pingStall(int afterChunks, int pings,
                                       const QByteArray &ping = QByteArrayLiteral(": ping\n\n"));

// The error page nginx sends for 502 and 504 (its own bytes: CRLF lines, "nginx" footer).
QByteArray nginxErrorPage(int status);

} // namespace StreamFaults
