#pragma once

#include <QByteArrayView>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <vector>

// Stops the fuzzer when an invariant does not hold: libFuzzer saves the input as a crash
// artifact (build-sanitize/tests/fuzz/artifacts/) and the test fails.
#define FUZZ_CHECK(condition)                                                                      \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__, __LINE__, #condition); \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)

// Undefined behaviour ends the run (a crash the fuzzer saves), also when a fuzzer is run by
// hand without UBSAN_OPTIONS. Each fuzz target is one source file, so this is defined once.
extern "C" const char *__ubsan_default_options()
{
    return "halt_on_error=1:print_stacktrace=1";
}

namespace fuzz {

// The input as one view (libFuzzer passes a null pointer for the empty input).
inline QByteArrayView bytes(const uint8_t *data, size_t size)
{
    return size == 0 ? QByteArrayView() : QByteArrayView(data, qsizetype(size));
}

// Cuts the input into reads of deterministic, input-dependent sizes (empty reads and one-byte
// reads included), the way a socket may deliver it. The same input always gives the same
// cuts, so a crash reproduces; a mutated input gives other cuts.
inline std::vector<QByteArrayView> reads(QByteArrayView all)
{
    uint64_t state = 0xcbf29ce484222325ull; // FNV-1a over the input seeds the cut sizes
    for (char c : all)
        state = (state ^ uint8_t(c)) * 0x100000001b3ull;
    std::vector<QByteArrayView> out;
    qsizetype at = 0;
    while (at < all.size()) {
        state ^= state << 13; // xorshift64
        state ^= state >> 7;
        state ^= state << 17;
        const unsigned pick = unsigned(state % 16);
        qsizetype length = pick < 4    ? qsizetype(pick) // 0..3 bytes, empty reads too
                           : pick < 14 ? qsizetype(state >> 40) % 64
                                       : qsizetype(state >> 40) % 4096;
        length = std::min(length, all.size() - at);
        out.push_back(all.sliced(at, length));
        at += length;
    }
    return out;
}

} // namespace fuzz
