#pragma once

#include "LineSplitter.h"

#include <QByteArray>

#include <vector>

// One Server-Sent Event. `data` joins several data: lines with '\n'.
struct SseEvent
{
    QByteArray event; // from an event: line; empty means "message"
    QByteArray data;
    QByteArray id;
    // Older llama-server builds report failures in a non-standard `error:` field.
    QByteArray errorField;

    bool isDone() const { return data == "[DONE]"; }
};

// Incremental parser for text/event-stream (OpenAI-compatible streams). Follows the WHATWG
// rules: lines end in \n, \r\n or \r... (\r alone is not used by these servers and is not
// treated as a terminator), an empty line dispatches the event, lines starting with ':' are
// comments (keep-alive pings), "field: value" drops one leading space. Pure: no Qt object.
class SseParser final
{
public:
    std::vector<SseEvent> feed(QByteArrayView bytes);
    // End of stream: dispatches an event that was not followed by a blank line.
    std::vector<SseEvent> finish();

    int commentCount() const { return m_comments; }
    // The joined data of one event may not pass this; a longer event (or a line longer than
    // LineSplitter::MaxLineBytes) stops the parser: overflowed() says so and nothing more
    // comes out.
    static constexpr qsizetype MaxEventBytes = LineSplitter::MaxLineBytes;
    bool overflowed() const { return m_overflowed || m_lines.overflowed(); }
    bool overflowedOnLine() const { return m_lines.overflowed(); }

private:
    void processLine(QByteArrayView line, std::vector<SseEvent> &out);
    void dispatch(std::vector<SseEvent> &out);

    LineSplitter m_lines;
    SseEvent m_current;
    bool m_hasData = false;
    bool m_hasFields = false;
    bool m_firstLine = true;
    bool m_overflowed = false;
    int m_comments = 0;
};
