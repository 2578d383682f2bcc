#pragma once

#include "providers/Capabilities.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QUrl>

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
        // Sizes of a key and a value per head, where the model gives them (Gemma: 512 while
        // embedding / heads is 320); 0: embedding / heads.
        int keyLength = 0;
        int valueLength = 0;
        // The last layers reuse earlier layers' cache and keep none of their own.
        int sharedKvLayers = 0;
        // Some layers look back only this many tokens (0: none): which ones the model info
        // does not say, so the cache is counted as if every layer looked back the whole
        // context, an upper bound.
        int slidingWindow = 0;
    };

    enum class Verdict { FitsGpu, Split, FitsRam, WontFit, Unknown };

    struct Host
    {
        std::optional<qint64> freeRamBytes;
        std::optional<qint64> freeVramBytes; // unset: no GPU known
        bool unifiedMemory = false;          // Apple Silicon: VRAM and RAM are one pool
    };

    // What LocalForge can read of the machine it runs on.
    struct Machine
    {
        std::optional<qint64> freeRamBytes;
        std::optional<qint64> freeVramBytes;
        bool unifiedMemory = false;
        bool hasGpu = false; // a GPU a server here could use
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
    // ".attention.head_count", ".attention.head_count_kv", ".context_length", and where given
    // ".attention.key_length", ".attention.value_length", ".attention.shared_kv_layers",
    // ".attention.sliding_window".
    static std::optional<Dimensions> fromOllamaModelInfo(const QJsonObject &modelInfo);
    // f16 K and V for every layer with a cache of its own:
    // (layers - shared) × context × kvHeads × (key + value length) × 2 bytes.
    static qint64 kvCacheBytes(const Dimensions &d, int context);
    // The memory of the host a server at `server` runs on: this machine's when the address is
    // this machine, else unknown (a remote host's memory comes from its exporters).
    static Host hostOf(const QUrl &server, const Machine &thisMachine);
    // Whether a server at `server` is known to have a GPU it could use.
    static bool hasGpu(const QUrl &server, const Machine &thisMachine);
    // What counts as free for `model`: the host's free memory plus what `model` holds already
    // among `loaded` (loading it again gives that back first), on the GPU and in RAM.
    static Host withLoaded(Host host, const QList<LoadedModel> &loaded, const QString &model);
    // Where a loaded model sits: "all on GPU", "CPU only", "split: 75% GPU / 25% CPU", or
    // "not reported".
    static QString gpuShare(const LoadedModel &model);
    // The model runs on the CPU only while the host has a GPU.
    static bool cpuOnlyDespiteGpu(const LoadedModel &model, bool hostHasGpu);

    static Result assess(qint64 weightsBytes, const std::optional<Dimensions> &dims, int context,
                         const Host &host);

private:
    // A verdict reached on the most a model with sliding-window layers can need becomes
    // Unknown, with both figures, when the least it can need would fit.
    static Result withSlidingWindows(Result r, qint64 weights,
                                     const std::optional<Dimensions> &dims, int context,
                                     const Host &host);
};
