#pragma once

#include "chat/ChatMessage.h"
#include "providers/ServerInfo.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

// How numbers read on screen. The core hands over numbers; the wording lives here.
class Format final
{
    Q_DECLARE_TR_FUNCTIONS(Format)

public:
    static QString tokensPerSecond(double rate);
    static QString seconds(double s);
    // "45 s", "3 min 20 s", "1 h 05 min"
    static QString duration(double seconds);
    // Memory (RAM, VRAM, what a loaded model holds): in units of 1024, as memory is sold and
    // as system monitors count it, and named so ("16.0 GiB"), apart from the sizes of files.
    static QString bytes(qint64 bytes);
    // Files (a model's size on disk, what a download brings): in units of 1000, as Ollama,
    // LM Studio and model libraries list them ("2.0 GB" for llama3.2, not "1.9 GB").
    static QString fileSize(qint64 bytes);
    static QString hostPort(const QUrl &url);
    // Ollama keep_alive choices offered in the interface: label and value ("5m", "-1", "0"...),
    // after the "default" entry each place names its own way.
    static QList<QPair<QString, QString>> keepAliveChoices();
    // "TTFT 0.42 s · 35.4 tok/s (server) · 35.1 tok/s (measured) · 31 tokens"
    static QString statsLine(const AnswerStats &stats);
    // The line under an answer: its stats, or how it ended (stopped, interrupted, failed).
    static QString answerFooter(const ChatMessage &message);
    // Every raw figure, one per line, for a tooltip.
    static QString statsDetails(const AnswerStats &stats);
    // "Ollama 0.12.6" / "LM Studio (API v1)"
    static QString serverTitle(const ServerInfo &info);
    // "127.0.0.1:11434 · 2 models · 3 ms"
    static QString serverSubtitle(const ServerInfo &info);
    static QString statusText(ServerStatus status);
    // A whole sentence on why a server cannot be used now (its problem when it has one).
    static QString statusSentence(const ServerInfo &info);
    // Text that may hold a server's words, for places that guess the text format (tooltips,
    // message boxes): escaped, so a tag in it shows as written and never turns on rich text.
    static QString plainForRichText(const QString &text);
};
