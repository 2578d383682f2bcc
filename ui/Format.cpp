#include "Format.h"

#include "net/HostAddress.h"

#include <QLocale>
#include <QStringList>
#include <QTextDocument>

#include <algorithm>
#include <cmath>

QString Format::tokensPerSecond(double rate)
{
    return tr("%1 tok/s").arg(QLocale().toString(rate, 'f', rate < 10 ? 2 : 1));
}

QString Format::seconds(double s)
{
    if (s < 1.0)
        return tr("%1 ms").arg(QLocale().toString(s * 1000.0, 'f', 0));
    return tr("%1 s").arg(QLocale().toString(s, 'f', s < 10 ? 2 : 1));
}

QString Format::duration(double seconds)
{
    // Any figure from a division: not a number and below zero read as 0, past a billion
    // seconds (over 30 years) as a billion; the conversion below is exact then.
    constexpr double MaxSeconds = 1e9;
    const qint64 s = qint64(std::clamp(std::isnan(seconds) ? 0.0 : seconds, 0.0, MaxSeconds) + 0.5);
    if (s < 60)
        return tr("%1 s").arg(s);
    if (s < 3600)
        return tr("%1 min %2 s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QString Format::bytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

QString Format::fileSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

QString Format::hostPort(const QUrl &url)
{
    QString s = Net::hostPort(url);
    if (!url.path().isEmpty() && url.path() != u"/")
        s += url.path();
    return s;
}

QList<QPair<QString, QString>> Format::keepAliveChoices()
{
    return {{tr("5 minutes"), QStringLiteral("5m")},
            {tr("30 minutes"), QStringLiteral("30m")},
            {tr("1 hour"), QStringLiteral("1h")},
            {tr("Until unloaded"), QStringLiteral("-1")},
            {tr("Unload after each answer"), QStringLiteral("0")}};
}

QString Format::statsLine(const AnswerStats &stats)
{
    QStringList parts;
    if (stats.timeToFirstTokenSeconds)
        parts << tr("TTFT %1").arg(seconds(*stats.timeToFirstTokenSeconds));
    // The server's own rate and LocalForge's measurement side by side: on a steady stream they
    // agree, and when they do not, the difference says something (a proxy that buffers, say).
    if (stats.server.tokensPerSecond)
        parts << tr("%1 (server)").arg(tokensPerSecond(*stats.server.tokensPerSecond));
    if (stats.clientTokensPerSecond)
        parts << tr("%1 (measured)").arg(tokensPerSecond(*stats.clientTokensPerSecond));
    parts << tr("%n token(s)", nullptr, int(stats.outputTokens()));
    const ServerFigures &f = stats.server;
    if (f.promptTokens) {
        QString prompt = tr("prompt %n token(s)", nullptr, int(*f.promptTokens));
        if (f.promptTokensPerSecond)
            prompt += tr(" @ %1", "the prompt's processing rate")
                          .arg(tokensPerSecond(*f.promptTokensPerSecond));
        parts << prompt;
    }
    if (f.loadSeconds && *f.loadSeconds >= 0.01)
        parts << tr("load %1").arg(seconds(*f.loadSeconds));
    if (stats.totalSeconds)
        parts << tr("total %1").arg(seconds(*stats.totalSeconds));
    return parts.join(QStringLiteral(" · "));
}

QString Format::answerFooter(const ChatMessage &m)
{
    QString line;
    switch (m.state) {
    case ChatMessage::State::Complete:
        line = statsLine(m.stats);
        break;
    case ChatMessage::State::Stopped:
        line = tr("Stopped") + QStringLiteral(" · ") + statsLine(m.stats);
        break;
    case ChatMessage::State::Interrupted:
        line = tr("Interrupted: %1").arg(m.errorText);
        break;
    case ChatMessage::State::Failed:
        line = m.errorText;
        break;
    case ChatMessage::State::Streaming:
        return {};
    }
    if (!m.reportedModel.isEmpty())
        line += QStringLiteral(" · ") + tr("answered by %1").arg(m.reportedModel);
    return line;
}

QString Format::statsDetails(const AnswerStats &s)
{
    QStringList lines;
    auto add = [&lines](const QString &label, const QString &value) {
        lines << label + QStringLiteral(": ") + value;
    };
    const QLocale l;
    if (s.timeToFirstTokenSeconds)
        add(tr("Time to first token (measured)"), seconds(*s.timeToFirstTokenSeconds));
    if (s.clientTokensPerSecond)
        add(tr("Generation rate (measured)"), tokensPerSecond(*s.clientTokensPerSecond));
    add(tr("Chunks received (about one per token)"), l.toString(s.chunks));
    if (s.totalSeconds)
        add(tr("Total time (measured)"), seconds(*s.totalSeconds));
    const ServerFigures &f = s.server;
    if (f.tokensPerSecond)
        add(tr("Generation rate (server)"), tokensPerSecond(*f.tokensPerSecond));
    if (f.completionTokens)
        add(tr("Output tokens (server)"), l.toString(*f.completionTokens));
    if (f.evalSeconds)
        add(tr("Generation time (server)"), seconds(*f.evalSeconds));
    if (f.promptTokens)
        add(tr("Prompt tokens (server)"), l.toString(*f.promptTokens));
    if (f.cachedPromptTokens)
        add(tr("Cached prompt tokens (server)"), l.toString(*f.cachedPromptTokens));
    if (f.promptSeconds)
        add(tr("Prompt time (server)"), seconds(*f.promptSeconds));
    if (f.promptTokensPerSecond)
        add(tr("Prompt rate (server)"), tokensPerSecond(*f.promptTokensPerSecond));
    if (f.loadSeconds)
        add(tr("Load time (server)"), seconds(*f.loadSeconds));
    if (f.timeToFirstTokenSeconds)
        add(tr("Time to first token (server)"), seconds(*f.timeToFirstTokenSeconds));
    if (f.totalSeconds)
        add(tr("Total time (server)"), seconds(*f.totalSeconds));
    return lines.join(u'\n');
}

QString Format::serverTitle(const ServerInfo &info)
{
    if (info.status == ServerStatus::Foreign)
        return tr("Unknown service");
    ServerKind kind = info.kind != ServerKind::Unknown ? info.kind : info.expectedKind;
    QString title = kind == ServerKind::Unknown ? tr("Server") : serverKindName(kind);
    if (!info.version.isEmpty())
        title += u' ' + info.version;
    else if (!info.apiLevel.isEmpty())
        title += u' ' + tr("(API %1)").arg(info.apiLevel);
    return title;
}

QString Format::serverSubtitle(const ServerInfo &info)
{
    QStringList parts{hostPort(info.url)};
    switch (info.status) {
    case ServerStatus::Up:
        if (info.modelCount >= 0)
            parts << tr("%n model(s)", nullptr, info.modelCount);
        break;
    default:
        parts << statusText(info.status);
        break;
    }
    return parts.join(QStringLiteral(" · "));
}

QString Format::statusSentence(const ServerInfo &info)
{
    if (info.problem.isError())
        return info.problem.message;
    switch (info.status) {
    case ServerStatus::NotProbed:
        return tr("Checking %1…").arg(hostPort(info.url));
    case ServerStatus::Up:
        return tr("%1 is running.").arg(hostPort(info.url));
    case ServerStatus::Down:
        return tr("Nothing answers on %1.").arg(hostPort(info.url));
    case ServerStatus::Foreign:
        return tr("%1 answers, but not as an LLM server.").arg(hostPort(info.url));
    case ServerStatus::NeedsToken:
        return tr("%1 needs an API token.").arg(hostPort(info.url));
    }
    return {};
}

QString Format::statusText(ServerStatus status)
{
    switch (status) {
    case ServerStatus::NotProbed:
        return tr("checking…");
    case ServerStatus::Up:
        return tr("running");
    case ServerStatus::Down:
        return tr("not running");
    case ServerStatus::Foreign:
        return tr("another service");
    case ServerStatus::NeedsToken:
        return tr("needs a token");
    }
    return {};
}

QString Format::plainForRichText(const QString &text)
{
    return Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal);
}
