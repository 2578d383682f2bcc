#include "StreamFaults.h"

#include <memory>
#include <random>

namespace StreamFaults {

namespace {
// The chunks of `plan` after the first `count`: these are the ones a fault replaces.
StreamPlan firstChunks(const StreamPlan &plan, int count)
{
    StreamPlan shaped = plan;
    shaped.chunks = plan.chunks.mid(0, std::max(0, count));
    shaped.generator = nullptr;
    shaped.keepAliveChunk.clear(); // a ping between two pieces would end the endless line
    return shaped;
}
} // namespace

FakeHttpServer::StreamShaper randomSplit(quint32 seed, int maxPiece)
{
    return [seed, maxPiece](const StreamPlan &plan) {
        struct State
        {
            QList<QByteArray> chunks;
            qsizetype next = 0;
            std::function<QByteArray(bool *)> source;
            QByteArray keepAlive;
            QByteArray pending;
            bool first = true;
            std::mt19937 random;
            std::uniform_int_distribution<int> size;
        };
        auto state = std::make_shared<State>();
        state->chunks = plan.chunks;
        state->source = plan.generator;
        state->keepAlive = plan.keepAliveChunk;
        state->random.seed(seed);
        state->size = std::uniform_int_distribution<int>(1, std::max(1, maxPiece));
        StreamPlan shaped = plan;
        shaped.chunks.clear();
        shaped.keepAliveChunk.clear(); // woven into the bytes, cut like the rest
        shaped.generator = [state](bool *last) {
            const auto more = [&state] {
                return state->next < state->chunks.size() || bool(state->source);
            };
            while (state->pending.isEmpty() && more()) {
                QByteArray chunk;
                if (state->next < state->chunks.size()) {
                    chunk = state->chunks.at(state->next++);
                } else {
                    bool sourceDone = false;
                    chunk = state->source(&sourceDone);
                    if (sourceDone || chunk.isEmpty())
                        state->source = nullptr;
                }
                if (chunk.isEmpty())
                    continue;
                if (!state->first)
                    state->pending += state->keepAlive;
                state->first = false;
                state->pending += chunk;
            }
            const QByteArray piece = state->pending.first(
                std::min<qsizetype>(state->size(state->random), state->pending.size()));
            state->pending.remove(0, piece.size());
            *last = state->pending.isEmpty() && !more();
            return piece;
        };
        return shaped;
    };
}

FakeHttpServer::StreamShaper endlessLine(int afterChunks, const QByteArray &prefix, int pieceBytes)
{
    return [afterChunks, prefix, pieceBytes](const StreamPlan &plan) {
        StreamPlan shaped = firstChunks(plan, afterChunks);
        auto started = std::make_shared<bool>(false);
        shaped.generator = [started, prefix, pieceBytes](bool *) {
            QByteArray piece(pieceBytes, 'x');
            if (!std::exchange(*started, true))
                piece.prepend(prefix);
            return piece; // never last
        };
        return shaped;
    };
}

FakeHttpServer::StreamShaper endlessEvent(int afterChunks, int pieceBytes)
{
    return [afterChunks, pieceBytes](const StreamPlan &plan) {
        StreamPlan shaped = firstChunks(plan, afterChunks);
        shaped.generator = [pieceBytes](bool *) -> QByteArray {
            QByteArray line = "data: " + QByteArray(pieceBytes, 'x');
            line += '\n'; // and never the blank line
            return line;
        };
        return shaped;
    };
}

FakeHttpServer::StreamShaper pingStall(int afterChunks, int pings, const QByteArray &ping)
{
    return [afterChunks, pings, ping](const StreamPlan &plan) {
        StreamPlan shaped = plan;
        QList<QByteArray> chunks = plan.chunks.mid(0, afterChunks);
        for (int i = 0; i < pings; ++i)
            chunks.append(ping);
        chunks.append(plan.chunks.mid(afterChunks));
        shaped.chunks = chunks;
        return shaped;
    };
}

QByteArray nginxErrorPage(int status)
{
    const QByteArray title =
        status == 504 ? QByteArrayLiteral("504 Gateway Time-out")
                      : QByteArray::number(status) + (status == 502 ? " Bad Gateway" : " Error");
    return "<html>\r\n<head><title>" + title + "</title></head>\r\n<body>\r\n<center><h1>" + title +
           "</h1></center>\r\n<hr><center>nginx/1.24.0 (Ubuntu)</center>\r\n</body>\r\n"
           "</html>\r\n";
}

} // namespace StreamFaults
