// Server-Sent Events splitter and parser (OpenAI-compatible streams). Invariants: the events
// and the comment count do not depend on how the bytes are cut into reads; every comment line
// is counted; an event carries data or an error; an event's data has one line per data: field
// of its block.
#include "FuzzSupport.h"
#include "net/SseParser.h"

namespace {

bool sameEvent(const SseEvent &a, const SseEvent &b)
{
    return a.event == b.event && a.data == b.data && a.id == b.id && a.errorField == b.errorField;
}

void append(std::vector<SseEvent> &to, std::vector<SseEvent> &&events)
{
    for (SseEvent &e : events)
        to.push_back(std::move(e));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView all = fuzz::bytes(data, size);

    SseParser whole;
    std::vector<SseEvent> expected = whole.feed(all);
    append(expected, whole.finish());

    SseParser chunked;
    std::vector<SseEvent> got;
    for (QByteArrayView read : fuzz::reads(all))
        append(got, chunked.feed(read));
    append(got, chunked.finish());
    FUZZ_CHECK(got.size() == expected.size());
    for (size_t i = 0; i < got.size(); ++i)
        FUZZ_CHECK(sameEvent(got[i], expected[i]));
    FUZZ_CHECK(chunked.commentCount() == whole.commentCount());

    // A plain model of the line rules: lines end in '\n' (one '\r' before it dropped), a UTF-8
    // byte order mark opens the stream, ':' starts a comment, a blank line ends an event.
    int comments = 0;
    int events = 0;
    int dataLines = 0;
    bool hasData = false;
    bool hasError = false;
    bool anyField = false;
    std::vector<int> dataLinesPerEvent;
    const auto dispatch = [&] {
        if (anyField && (hasData || hasError)) {
            ++events;
            dataLinesPerEvent.push_back(dataLines);
        }
        dataLines = 0;
        hasData = hasError = anyField = false;
    };
    qsizetype start = 0;
    bool first = true;
    while (start < all.size()) {
        qsizetype end = all.indexOf('\n', start);
        if (end < 0)
            end = all.size();
        QByteArrayView line = all.sliced(start, end - start);
        start = end + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        if (first && line.startsWith("\xEF\xBB\xBF"))
            line = line.sliced(3);
        first = false;
        if (line.isEmpty()) {
            dispatch();
            continue;
        }
        if (line.front() == ':') {
            ++comments;
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        const QByteArrayView field = colon < 0 ? line : line.first(colon);
        QByteArrayView value = colon < 0 ? QByteArrayView() : line.sliced(colon + 1);
        if (value.startsWith(' '))
            value = value.sliced(1);
        if (field == "data") {
            ++dataLines;
            hasData = true;
            anyField = true;
        } else if (field == "error") {
            hasError = !value.isEmpty(); // the last error: field of a block counts
            anyField = true;
        } else if (field == "event" || field == "id") {
            anyField = true;
        }
    }
    dispatch();

    FUZZ_CHECK(whole.commentCount() == comments);
    FUZZ_CHECK(int(expected.size()) == events);
    for (size_t i = 0; i < expected.size(); ++i) {
        const SseEvent &e = expected[i];
        FUZZ_CHECK(dataLinesPerEvent[i] > 0 || !e.errorField.isEmpty());
        // Data lines are joined with one '\n' between two; a value never holds one itself.
        if (dataLinesPerEvent[i] == 0)
            FUZZ_CHECK(e.data.isEmpty());
        else
            FUZZ_CHECK(e.data.count('\n') == dataLinesPerEvent[i] - 1);
    }
    return 0;
}
