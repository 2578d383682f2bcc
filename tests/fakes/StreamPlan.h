#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

#include <functional>

// A streamed (Transfer-Encoding: chunked) answer, built by a fake server and played by
// FakeHttpServer: one HTTP chunk per entry of `chunks`, paced by the server's token interval
// and delay-before-first-chunk, with the server's Fault applied.
struct StreamPlan
{
    int status = 200;
    QByteArray contentType;                            // e.g. "application/x-ndjson"
    QList<QPair<QByteArray, QByteArray>> extraHeaders; // added after the server's default headers
    QList<QByteArray> chunks;                          // complete lines/events, one HTTP chunk each
    QByteArray keepAliveChunk; // if set: sent as its own HTTP chunk before every chunk but the
                               // first (llama-server ": ping" comments); not counted for faults
    QByteArray garbageChunk;   // sent by Fault::Garbage (a generic one is used when empty)
    QByteArray errorChunk;     // sent by Fault::ServerError, then the stream ends normally
    // Optional lazy chunks, played after `chunks` with the same pacing and faults: called once
    // per tick, just before that chunk goes out (so it may update server state, e.g. a pull's
    // progress, and stops being called when the client disconnects). Returns the next chunk and
    // sets *last = true with the final one; an empty chunk ends the stream at once.
    std::function<QByteArray(bool *last)> generator;
};
