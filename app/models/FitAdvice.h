#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

// Whether a model fits the memory of the host that runs it, before a pull or a load.
// The need is the weights plus the KV cache at the chosen context (when the model's
// dimensions are known) plus a margin for the compute graph.
class FitAdvice final
{
    Q_DECLARE_TR_FUNCTIONS(FitAdvice)

public:
    struct Dimensions
    {
        int layers = 0;
        int embedding = 0;
        int heads = 0;
        int kvHeads = 0;
        int trainedContext = 0;
    };

    enum class Verdict { FitsGpu, Split, FitsRam, WontFit, Unknown };

    struct Host
    {
        std::optional<qint64> freeRamBytes;
        std::optional<qint64> freeVramBytes; // unset: no GPU known
        bool unifiedMemory = false;          // Apple Silicon: VRAM and RAM are one pool
    };

    struct Result
    {
        Verdict verdict = Verdict::Unknown;
        qint64 weightsBytes = 0;
        qint64 kvCacheBytes = 0; // 0 when the dimensions are unknown
        qint64 neededBytes = 0;
        QString text; // "Needs about 5.1 GB (…): fits on the GPU (8.0 GB free)."
    };

    // From /api/show's model_info: "<arch>.block_count", ".embedding_length",
    // ".attention.head_count", ".attention.head_count_kv", ".context_length".
    static std::optional<Dimensions> fromOllamaModelInfo(const QJsonObject &modelInfo);
    // f16 K and V for every layer: 2 × layers × context × kvHeads × (embedding / heads) × 2 bytes.
    static qint64 kvCacheBytes(const Dimensions &d, int context);
    static Result assess(qint64 weightsBytes, const std::optional<Dimensions> &dims, int context,
                         const Host &host);
};
