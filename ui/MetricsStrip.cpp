#include "MetricsStrip.h"

#include "Format.h"
#include "metrics/MetricsHub.h"

MetricsStrip::MetricsStrip(MetricsHub *hub, QWidget *parent)
    : QLabel(parent)
    , m_hub(hub)
{
    setObjectName(QStringLiteral("metricsStrip"));
    setAccessibleName(tr("Live figures"));
    // On two lines rather than wider than the page: at a projector's text size one line would
    // take the room of the charts beside the chat.
    setWordWrap(true);
    setToolTip(tr("System memory, the servers' own memory and the generation speed, live. The "
                  "Monitor tab charts them."));
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 0.9);
    setFont(f);
    connect(hub, &MetricsHub::sampled, this, &MetricsStrip::update);
    update();
}

void MetricsStrip::update()
{
    QStringList parts;
    // Current figures only: a source that stopped answering is not shown as it last was.
    auto last = [this](const QString &key) { return m_hub->latest(key); };
    if (const auto used = last(QString::fromLatin1(MetricsHub::RamUsed)))
        parts << tr("RAM %1 of %2")
                     .arg(Format::bytes(qint64(*used)),
                          Format::bytes(
                              qint64(last(QString::fromLatin1(MetricsHub::RamTotal)).value_or(0))));
    for (ServerKind kind :
         {ServerKind::Ollama, ServerKind::LmStudio, ServerKind::LlamaCpp, ServerKind::Vllm}) {
        if (const auto rss = last(MetricsHub::processKey(kind)); rss && *rss > 0)
            parts << tr("%1 %2").arg(serverKindName(kind), Format::bytes(qint64(*rss)));
    }
    if (m_hub->gpuSilentMs() > 0)
        parts << tr("GPU not answering");
    else if (const auto gpu = last(QString::fromLatin1(MetricsHub::GpuUsed)))
        parts << tr("GPU %1").arg(Format::bytes(qint64(*gpu)));
    parts << Format::tokensPerSecond(
        last(QString::fromLatin1(MetricsHub::TokensPerSecond)).value_or(0.0));
    // Lines break between figures only, never inside one ("604.7 MB" stays whole).
    for (QString &part : parts)
        part.replace(u' ', QChar::Nbsp);
    const QString separator = QChar(QChar::Nbsp) + QStringLiteral("· ");
    setText(parts.join(separator));
    setAccessibleDescription(text()); // the name says what it is; screen readers read the figures
}
