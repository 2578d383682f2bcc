// HTTP answer parser (the streamed chats' socket). Invariants: what comes out does not depend
// on how the bytes are cut into reads; the body is never longer than the input; nothing is
// taken after the end; closing the connection always ends the answer, well or as a cut.
#include "FuzzSupport.h"
#include "net/HttpResponseParser.h"

namespace {

struct Seen
{
    HttpResponseParser::State state;
    int status;
    QString reason;
    QList<HttpResponseParser::Header> headers;
    QByteArray body;
    QString error;
    bool cut;

    bool operator==(const Seen &o) const
    {
        return state == o.state && status == o.status && reason == o.reason &&
               headers == o.headers && body == o.body && error == o.error && cut == o.cut;
    }
};

Seen seen(const HttpResponseParser &p, const QByteArray &body)
{
    return {p.state(), p.status(), p.reason(), p.headers(), body, p.error(), p.cut()};
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView all = fuzz::bytes(data, size);
    using State = HttpResponseParser::State;

    HttpResponseParser whole;
    QByteArray wholeBody;
    whole.feed(all, wholeBody);
    FUZZ_CHECK(wholeBody.size() <= all.size());
    const Seen open = seen(whole, wholeBody);

    HttpResponseParser pieces;
    QByteArray piecesBody;
    for (QByteArrayView read : fuzz::reads(all))
        pieces.feed(read, piecesBody);
    FUZZ_CHECK(seen(pieces, piecesBody) == open);

    // Ended answers take nothing more.
    if (open.state == State::Done || open.state == State::Failed) {
        whole.feed("0\r\n\r\nmore", wholeBody);
        FUZZ_CHECK(seen(whole, wholeBody) == open);
    }
    whole.close();
    pieces.close();
    FUZZ_CHECK(whole.state() == State::Done || whole.state() == State::Failed);
    FUZZ_CHECK(seen(pieces, piecesBody) == seen(whole, wholeBody));
    FUZZ_CHECK(!whole.cut() || whole.state() == State::Failed);
    if (whole.state() == State::Failed)
        FUZZ_CHECK(!whole.error().isEmpty());
    return 0;
}
