// Pull-progress aggregation (Ollama /api/pull). The input is an NDJSON stream; each object is
// applied at a time derived from the input. Invariants after every line: the fraction stays
// in 0..1 and goes back only when the total grew (a layer that starts later), completed bytes stay
// within 0..total, bytes already present never exceed the completed ones, speed and time left are
// finite and never negative, a finished or failed pull stays so, and a finished one shows 1.
#include "FuzzSupport.h"
// PullProgress lives in models/ on this branch and in providers/ after a later move.
#if __has_include("providers/PullProgress.h")
#include "providers/PullProgress.h"
#else
#include "models/PullProgress.h"
#endif
#include "net/NdjsonParser.h"

#include <cmath>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView all = fuzz::bytes(data, size);
    NdjsonParser parser;
    std::vector<NdjsonItem> items = parser.feed(all);
    for (NdjsonItem &i : parser.finish())
        items.push_back(std::move(i));

    PullProgress progress;
    qint64 now = 1000;
    double lastFraction = 0.0;
    qint64 lastTotal = 0;
    for (const NdjsonItem &item : items) {
        if (!item.valid)
            continue;
        // Lines arrive from at once to a few seconds apart; a clock may also stand still.
        now += qint64(item.object.size() * 97 + item.object.keys().join(u',').size() * 31) % 3000;
        const PullProgress::Phase before = progress.phase();
        const bool ok = progress.apply(item.object, now);

        FUZZ_CHECK(ok == (progress.phase() != PullProgress::Phase::Failed));
        if (before == PullProgress::Phase::Done || before == PullProgress::Phase::Failed)
            FUZZ_CHECK(progress.phase() == before);
        if (progress.phase() == PullProgress::Phase::Failed)
            continue;

        const double fraction = progress.fraction();
        FUZZ_CHECK(fraction >= 0.0 && fraction <= 1.0);
        FUZZ_CHECK(fraction >= lastFraction || progress.totalBytes() > lastTotal);
        lastFraction = fraction;
        lastTotal = progress.totalBytes();
        if (progress.phase() == PullProgress::Phase::Done)
            FUZZ_CHECK(fraction == 1.0);

        const qint64 completed = progress.completedBytes();
        const qint64 total = progress.totalBytes();
        FUZZ_CHECK(completed >= 0 && completed <= total);
        FUZZ_CHECK(progress.alreadyPresentBytes() >= 0 &&
                   progress.alreadyPresentBytes() <= completed);
        if (const std::optional<double> speed = progress.bytesPerSecond())
            FUZZ_CHECK(std::isfinite(*speed) && *speed >= 0.0);
        if (const std::optional<double> eta = progress.etaSeconds())
            FUZZ_CHECK(std::isfinite(*eta) && *eta >= 0.0);
        FUZZ_CHECK(progress.blobCount() >= 0);
    }
    return 0;
}
