#include "FitAdvice.h"

#include "net/HostAddress.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace {
// Compute graph and runtime buffers: a tenth of the weights, at least 256 MiB.
qint64 overhead(qint64 weights)
{
    return std::max<qint64>(weights / 10, 256LL * 1024 * 1024);
}

QString gb(qint64 bytes)
{
    // Memory, in units of 1024 and named so, as the rest of LocalForge gives it ("4.4 GiB").
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}
} // namespace

std::optional<FitAdvice::Dimensions> FitAdvice::fromOllamaModelInfo(const QJsonObject &info)
{
    const QString arch = info.value(u"general.architecture").toString();
    if (arch.isEmpty())
        return std::nullopt;
    auto number = [&info, &arch](const QString &suffix) {
        return info.value(arch + u'.' + suffix).toInt(0);
    };
    Dimensions d;
    d.layers = number(QStringLiteral("block_count"));
    d.embedding = number(QStringLiteral("embedding_length"));
    d.heads = number(QStringLiteral("attention.head_count"));
    d.kvHeads = number(QStringLiteral("attention.head_count_kv"));
    if (d.kvHeads == 0)
        d.kvHeads = d.heads;
    d.trainedContext = number(QStringLiteral("context_length"));
    d.keyLength = std::max(0, number(QStringLiteral("attention.key_length")));
    d.valueLength = std::max(0, number(QStringLiteral("attention.value_length")));
    d.sharedKvLayers = std::max(0, number(QStringLiteral("attention.shared_kv_layers")));
    d.slidingWindow = std::max(0, number(QStringLiteral("attention.sliding_window")));
    if (d.layers <= 0 || d.embedding <= 0 || d.heads <= 0)
        return std::nullopt;
    return d;
}

qint64 FitAdvice::kvCacheBytes(const Dimensions &d, int context)
{
    if (d.heads <= 0 || context <= 0)
        return 0;
    const qint64 headDim = d.embedding / d.heads;
    const qint64 key = d.keyLength > 0 ? d.keyLength : headDim;
    const qint64 value = d.valueLength > 0 ? d.valueLength : key;
    const qint64 layers = std::max(1, d.layers - d.sharedKvLayers);
    return layers * context * d.kvHeads * (key + value) * 2;
}

FitAdvice::Result FitAdvice::withSlidingWindows(Result r, qint64 weights,
                                                const std::optional<Dimensions> &dims, int context,
                                                const Host &host)
{
    // Sliding-window layers keep less than counted: when the least the model can need fits
    // where the most does not, whether it fits is not known.
    if (!dims || dims->slidingWindow <= 0 || context <= dims->slidingWindow ||
        r.verdict == Verdict::FitsGpu || r.verdict == Verdict::Unknown)
        return r;
    // One layer looking back the whole context, the others their window.
    const int layers = std::max(1, dims->layers - dims->sharedKvLayers); // with a cache of its own
    const qint64 leastKv =
        r.kvCacheBytes / layers + kvCacheBytes(*dims, dims->slidingWindow) / layers * (layers - 1);
    const qint64 least = weights + leastKv + overhead(weights);
    const qint64 vram = host.freeVramBytes.value_or(0);
    const bool mayFit = host.unifiedMemory && host.freeRamBytes
                            ? least <= *host.freeRamBytes
                            : (host.freeVramBytes && least <= vram) ||
                                  (r.verdict == Verdict::WontFit && host.freeRamBytes &&
                                   least <= vram + *host.freeRamBytes);
    if (!mayFit)
        return r;
    r.verdict = Verdict::Unknown;
    r.text = tr("Needs between %1 and %2 (weights %3, KV cache %4 to %5 for %6 tokens): it may "
                "fit. How many of its layers look back only %7 tokens, and so need less, the "
                "model does not say.")
                 .arg(gb(least), gb(r.neededBytes), gb(weights), gb(leastKv), gb(r.kvCacheBytes),
                      QLocale().toString(context), QLocale().toString(dims->slidingWindow));
    return r;
}

FitAdvice::Result FitAdvice::assess(qint64 weights, const std::optional<Dimensions> &dims,
                                    int context, const Host &host)
{
    Result r;
    r.weightsBytes = weights;
    r.kvCacheBytes = dims ? kvCacheBytes(*dims, context) : 0;
    r.neededBytes = weights + r.kvCacheBytes + overhead(weights);
    const QString need =
        !dims ? tr("Needs at least %1 (weights %2; the context adds more)")
                    .arg(gb(r.neededBytes), gb(weights))
        : dims->slidingWindow > 0 && context > dims->slidingWindow
            ? tr("Needs at most %1 (weights %2, KV cache at most %3 for %4 tokens: some layers "
                 "look back only %5)")
                  .arg(gb(r.neededBytes), gb(weights), gb(r.kvCacheBytes),
                       QLocale().toString(context), QLocale().toString(dims->slidingWindow))
            : tr("Needs about %1 (weights %2, KV cache %3 for %4 tokens)")
                  .arg(gb(r.neededBytes), gb(weights), gb(r.kvCacheBytes),
                       QLocale().toString(context));

    if (host.unifiedMemory && host.freeRamBytes) {
        const qint64 pool = *host.freeRamBytes;
        r.verdict = r.neededBytes <= pool ? Verdict::FitsGpu : Verdict::WontFit;
        r.text = r.verdict == Verdict::FitsGpu
                     ? tr("%1: fits in unified memory (%2 free).").arg(need, gb(pool))
                     : tr("%1: will not fit (%2 of unified memory free). Try a smaller model, a "
                          "smaller quantization or a shorter context.")
                           .arg(need, gb(pool));
        return withSlidingWindows(r, weights, dims, context, host);
    }
    const qint64 vram = host.freeVramBytes.value_or(0);
    const std::optional<qint64> ram = host.freeRamBytes;
    if (host.freeVramBytes && r.neededBytes <= vram) {
        r.verdict = Verdict::FitsGpu;
        r.text = tr("%1: fits on the GPU (%2 free).").arg(need, gb(vram));
    } else if (host.freeVramBytes && vram > 0 && ram && r.neededBytes <= vram + *ram) {
        r.verdict = Verdict::Split;
        r.text = tr("%1: will be split between the GPU (%2 free) and the CPU (%3 of RAM free), "
                    "which is slower.")
                     .arg(need, gb(vram), gb(*ram));
    } else if (!host.freeVramBytes && ram && r.neededBytes <= *ram) {
        r.verdict = Verdict::FitsRam;
        r.text = tr("%1: fits in RAM (%2 free); no GPU memory was found, so it runs on the CPU.")
                     .arg(need, gb(*ram));
    } else if (ram) {
        r.verdict = Verdict::WontFit;
        r.text = tr("%1: will not fit (%2 of RAM free%3). Try a smaller model, a smaller "
                    "quantization or a shorter context.")
                     .arg(need, gb(*ram),
                          host.freeVramBytes ? tr(", %1 of GPU memory").arg(gb(vram)) : QString());
    } else {
        r.text = tr("%1. The free memory of that host is not known.").arg(need);
    }
    return withSlidingWindows(r, weights, dims, context, host);
}

FitAdvice::Host FitAdvice::hostOf(const QUrl &server, const Machine &thisMachine)
{
    Host host;
    if (!Net::isThisMachine(server.host()))
        return host;
    host.freeRamBytes = thisMachine.freeRamBytes;
    host.freeVramBytes = thisMachine.freeVramBytes;
    host.unifiedMemory = thisMachine.unifiedMemory;
    return host;
}

bool FitAdvice::hasGpu(const QUrl &server, const Machine &thisMachine)
{
    return Net::isThisMachine(server.host()) && thisMachine.hasGpu;
}

FitAdvice::Host FitAdvice::withLoaded(Host host, const QList<LoadedModel> &loaded,
                                      const QString &model)
{
    for (const LoadedModel &m : loaded) {
        if (m.id != model || m.sizeBytes <= 0)
            continue;
        const qint64 vram = std::clamp<qint64>(m.vramBytes, 0, m.sizeBytes);
        if (host.unifiedMemory || !host.freeVramBytes) {
            if (host.freeRamBytes)
                *host.freeRamBytes += m.sizeBytes;
        } else {
            *host.freeVramBytes += vram;
            if (host.freeRamBytes)
                *host.freeRamBytes += m.sizeBytes - vram;
        }
    }
    return host;
}

QString FitAdvice::gpuShare(const LoadedModel &m)
{
    if (m.vramBytes < 0 || m.sizeBytes <= 0 || m.vramBytes > m.sizeBytes)
        return tr("not reported");
    if (m.vramBytes == 0)
        return tr("CPU only");
    if (m.vramBytes == m.sizeBytes)
        return tr("all on GPU");
    const int cpu =
        int(std::lround(double(m.sizeBytes - m.vramBytes) * 100.0 / double(m.sizeBytes)));
    return tr("split: %1% GPU / %2% CPU").arg(100 - cpu).arg(cpu);
}

bool FitAdvice::cpuOnlyDespiteGpu(const LoadedModel &m, bool hostHasGpu)
{
    return hostHasGpu && m.vramBytes == 0 && m.sizeBytes > 0;
}
