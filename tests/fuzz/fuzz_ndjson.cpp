// NDJSON splitter and parser (Ollama streams). Invariants: the items do not depend on how the
// bytes are cut into reads; there is one item per non-blank line, in order, each the line's
// own parse; the unfinished last line is what pendingBytes() holds.
#include "FuzzSupport.h"
#include "net/NdjsonParser.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace {

bool sameItem(const NdjsonItem &a, const NdjsonItem &b)
{
    return a.valid == b.valid && a.object == b.object && a.raw == b.raw &&
           a.parseError == b.parseError;
}

void append(std::vector<NdjsonItem> &to, std::vector<NdjsonItem> &&items)
{
    for (NdjsonItem &i : items)
        to.push_back(std::move(i));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView all = fuzz::bytes(data, size);

    NdjsonParser whole;
    std::vector<NdjsonItem> expected = whole.feed(all);
    const qsizetype lastNewline = all.lastIndexOf('\n');
    FUZZ_CHECK(whole.pendingBytes() == all.size() - (lastNewline + 1));
    append(expected, whole.finish());
    FUZZ_CHECK(whole.pendingBytes() == 0);

    // The same bytes in reads of every size.
    NdjsonParser chunked;
    std::vector<NdjsonItem> got;
    for (QByteArrayView read : fuzz::reads(all))
        append(got, chunked.feed(read));
    append(got, chunked.finish());
    FUZZ_CHECK(got.size() == expected.size());
    for (size_t i = 0; i < got.size(); ++i)
        FUZZ_CHECK(sameItem(got[i], expected[i]));

    // A plain model: split on '\n', drop one '\r' before it, skip blank lines.
    size_t index = 0;
    qsizetype start = 0;
    while (start < all.size()) {
        qsizetype end = all.indexOf('\n', start);
        if (end < 0)
            end = all.size();
        QByteArrayView line = all.sliced(start, end - start);
        if (line.endsWith('\r'))
            line.chop(1);
        start = end + 1;
        if (line.trimmed().isEmpty())
            continue;
        FUZZ_CHECK(index < expected.size());
        const NdjsonItem &item = expected[index++];
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(line.toByteArray(), &error);
        const bool isObject = error.error == QJsonParseError::NoError && doc.isObject();
        FUZZ_CHECK(item.valid == isObject);
        if (isObject) {
            FUZZ_CHECK(item.object == doc.object());
        } else {
            FUZZ_CHECK(item.raw == line);
            FUZZ_CHECK(!item.parseError.isEmpty());
        }
    }
    FUZZ_CHECK(index == expected.size());
    return 0;
}
