// Prints: the time to open a saved conversation of 2,000 messages (read, parse, show; goal
// under 300 ms), the cost of appending a token to the chat view at token 1,000 and at token
// 50,000 of one answer (appending must be O(1) per token), the stream parsers' throughput, and
// pull progress lines per second, and the GUI-thread time to finish or open an answer of
// 2 MB of every shape (goal under 100 ms).
#include "ChatView.h"
#include "chat/ConversationStore.h"
#include "net/NdjsonParser.h"
#include "net/SseParser.h"
#include "providers/OllamaWire.h"
#include "providers/OpenAiWire.h"
#include "providers/PullProgress.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTextBlock>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

namespace {
QByteArray readData(const char *relative)
{
    QFile f(QStringLiteral(LOCALFORGE_TEST_DATA "/") + QLatin1String(relative));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing %s", relative);
    return f.readAll();
}

// Words an LLM would stream, with a paragraph break now and then.
QString tokenAt(int i, bool paragraphs)
{
    static const char *words[] = {" The",     " sky",      " appears",     " blue", " because",
                                  " of",      " Rayleigh", " scattering",  ",",     " which",
                                  " affects", " shorter",  " wavelengths", " more", " strongly",
                                  "."};
    if (paragraphs && i % 80 == 79)
        return QStringLiteral("\n\n");
    return QString::fromLatin1(words[i % 16]);
}

// The lower quartile of the per-token times: robust against the other work of a busy machine,
// which only ever adds time.
double quartileMicros(std::vector<qint64> &ns)
{
    std::sort(ns.begin(), ns.end());
    return double(ns[ns.size() / 4]) / 1000.0;
}

void benchView(bool paragraphs)
{
    ChatView view;
    view.resize(900, 700);
    view.show();
    ChatMessage m;
    m.role = ChatTurn::Role::Assistant;
    m.state = ChatMessage::State::Streaming;
    m.model = QStringLiteral("bench");
    view.appendMessage(m);
    QCoreApplication::processEvents();

    const int window = 1000;
    std::vector<qint64> at1k, at50k;
    QElapsedTimer t;
    for (int i = 0; i < 50'000 + window / 2; ++i) {
        const bool measure =
            (i >= 1000 - window / 2 && i < 1000 + window / 2) || (i >= 50'000 - window / 2);
        if (measure)
            t.start();
        view.appendDelta(tokenAt(i, paragraphs), QString());
        view.flushPending(); // every token written and laid out at once: the worst case
        QCoreApplication::processEvents();
        if (measure)
            (i < 10'000 ? at1k : at50k).push_back(t.nsecsElapsed());
    }
    const double a = quartileMicros(at1k);
    const double b = quartileMicros(at50k);
    std::printf("chat view append (%s): token 1,000: %.1f µs   token 50,000: %.1f µs   ratio %.2f "
                "(goal ≤ 1.5)\n",
                paragraphs ? "text with paragraphs" : "one paragraph, no line break", a, b, b / a);
}

// A conversation as a long workshop day leaves it: 1,000 questions and Markdown answers of a
// few paragraphs, some with code.
QList<ChatMessage> longConversation(int messages)
{
    QList<ChatMessage> out;
    for (int i = 0; i < messages; ++i) {
        ChatMessage m;
        m.createdAt = QDateTime::currentDateTime();
        if (i % 2 == 0) {
            m.role = ChatTurn::Role::User;
            m.content = QStringLiteral("Question %1: why does the sky look blue at noon?").arg(i);
        } else {
            m.role = ChatTurn::Role::Assistant;
            m.model = QStringLiteral("llama3.2:latest");
            m.providerKind = ServerKind::Ollama;
            m.serverId = QStringLiteral("http://127.0.0.1:11434");
            QString text;
            for (int w = 0; w < 120; ++w)
                text += tokenAt(w + i, true);
            text += QStringLiteral("\n\n- **Rayleigh** scattering\n- shorter wavelengths\n");
            if (i % 10 == 1)
                text += QStringLiteral("\n```python\nprint(\"blue\")\n```\n");
            m.content = text;
            m.stats.timeToFirstTokenSeconds = 0.12;
            m.stats.clientTokensPerSecond = 41.5;
            m.stats.chunks = 120;
            m.stats.server.tokensPerSecond = 43.2;
            m.stats.server.completionTokens = 120;
        }
        out.append(m);
    }
    return out;
}

void benchOpen()
{
    QTemporaryDir dir;
    ConversationStore store(dir.path());
    ConversationStore::Conversation c;
    c.id = QStringLiteral("long");
    c.messages = longConversation(2000);
    if (!store.save(c).ok())
        qFatal("cannot write the conversation");
    ChatView view;
    view.resize(900, 700);
    view.show();
    QCoreApplication::processEvents();
    std::vector<qint64> load, show, laidOut;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer t;
        t.start();
        const QList<ConversationStore::Conversation> all = store.loadAll();
        load.push_back(t.nsecsElapsed());
        t.start();
        view.setMessages(all.constFirst().messages);
        QCoreApplication::processEvents(); // painted, scrolled to the end
        show.push_back(t.nsecsElapsed());
        // Laid out to the last block (the text layout would otherwise finish it lazily).
        view.document()->documentLayout()->blockBoundingRect(view.document()->lastBlock());
        laidOut.push_back(t.nsecsElapsed());
        view.clearMessages();
        QCoreApplication::processEvents();
    }
    auto median = [](std::vector<qint64> &v) {
        std::sort(v.begin(), v.end());
        return double(v[v.size() / 2]) / 1e6;
    };
    const double l = median(load);
    const double v = median(show);
    const double all = median(laidOut);
    std::printf("open a conversation of 2,000 messages (median of 5; goal < 300 ms): read + parse "
                "%.0f ms, shown %.0f ms, total %.0f ms; with the whole document laid out %.0f ms\n",
                l, v, l + v, l + all);
}

// CPU time of this thread in milliseconds: what the GUI thread spends, whatever else the
// machine is doing at the time.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// An answer of about `bytes` characters of one shape.
QString longAnswer(const QString &shape, qsizetype bytes)
{
    QString body;
    if (shape.contains(u"no spaces")) {
        while (body.size() < bytes)
            body += QStringLiteral("QUFBQUFBQUFBQUFB"); // base64, a hash, minified JSON
    } else if (shape.contains(u"one line")) {
        while (body.size() < bytes)
            body += tokenAt(int(body.size()), false);
    } else {
        for (int i = 0; body.size() < bytes; ++i)
            body += tokenAt(i, true);
    }
    if (shape.contains(u"code fence"))
        return QStringLiteral("Here:\n\n```text\n") + body + QStringLiteral("\n```\n\nDone.");
    return QStringLiteral("Here: ") + body + QStringLiteral("\n\nDone.");
}

// The GUI-thread time to finish a streamed answer (the Markdown written in place of the
// streamed text, shown) and to open a conversation holding it; and to lay it all out.
void benchLongAnswer(const QString &shape, qsizetype bytes = 2 * 1024 * 1024)
{
    const QString content = longAnswer(shape, bytes);
    ChatMessage question;
    question.content = QStringLiteral("Give me a long answer");
    ChatMessage answer;
    answer.role = ChatTurn::Role::Assistant;
    answer.model = QStringLiteral("bench");
    answer.content = content;
    answer.stats.chunks = 1000;

    ChatView view;
    view.resize(900, 700);
    view.show();
    view.appendMessage(question);
    ChatMessage streaming = answer;
    streaming.content.clear();
    streaming.state = ChatMessage::State::Streaming;
    view.appendMessage(streaming);
    for (qsizetype at = 0; at < content.size(); at += 4096) {
        view.appendDelta(content.mid(at, 4096), QString());
        view.flushPending();
    }
    QCoreApplication::processEvents();
    // Written, shown, and laid out to the end.
    auto measure = [&view](auto &&work) {
        QElapsedTimer wall;
        wall.start();
        const double cpu = threadCpuMs();
        work();
        QCoreApplication::processEvents();
        view.document()->documentLayout()->blockBoundingRect(view.document()->lastBlock());
        return std::pair(threadCpuMs() - cpu, double(wall.nsecsElapsed()) / 1e6);
    };
    const auto finish = measure([&] { view.finishMessage(answer); });
    const auto open = measure([&] { view.setMessages({question, answer}); });
    std::printf("%s answer, %-38s finish %6.1f ms, open %6.1f ms of GUI-thread CPU "
                "(goal < 100 ms; wall clock %.0f / %.0f ms)\n",
                bytes >= 1024 * 1024 ? "2 MB " : "39 KB", qPrintable(shape + QStringLiteral(":")),
                finish.first, open.first, finish.second, open.second);
}

void benchLongAnswers()
{
    for (const char *shape :
         {"no spaces", "no spaces, in a code fence", "one line with spaces",
          "one line with spaces, in a code fence", "paragraphs", "paragraphs, in a code fence"})
        benchLongAnswer(QString::fromLatin1(shape));
    // For comparison: an answer just under the size rendered whole.
    benchLongAnswer(QStringLiteral("paragraphs"), 39'000);
}

template<typename Parse>
void benchParser(const char *name, const QByteArray &fixture, Parse parse)
{
    QByteArray big;
    while (big.size() < 32 * 1024 * 1024)
        big += fixture;
    QElapsedTimer t;
    t.start();
    qint64 items = 0;
    for (qsizetype off = 0; off < big.size(); off += 4096)
        items +=
            parse(QByteArrayView(big).sliced(off, std::min<qsizetype>(4096, big.size() - off)));
    const double s = double(t.nsecsElapsed()) / 1e9;
    std::printf("%-44s %7.1f MB/s  (%lld messages in %.2f s)\n", name, double(big.size()) / 1e6 / s,
                static_cast<long long>(items), s);
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (app.arguments().contains(QStringLiteral("--long-answers"))) {
        benchLongAnswers();
        return 0;
    }
    benchOpen();

    NdjsonParser ndjson;
    benchParser("NDJSON lines + JSON (Ollama chat)", readData("ollama/chat-stream.ndjson"),
                [&ndjson](QByteArrayView b) { return qint64(ndjson.feed(b).size()); });
    NdjsonParser ndjson2;
    benchParser("NDJSON + decode to chunks (Ollama chat)", readData("ollama/chat-stream.ndjson"),
                [&ndjson2](QByteArrayView b) {
                    qint64 n = 0;
                    for (const NdjsonItem &i : ndjson2.feed(b))
                        n += OllamaWire::parseChatLine(i.object).content.isEmpty() ? 0 : 1;
                    return n;
                });
    SseParser sse;
    benchParser("SSE events, framing only (llama-server)",
                readData("openai/llama-server-chat-stream.sse"),
                [&sse](QByteArrayView b) { return qint64(sse.feed(b).size()); });
    SseParser sse2;
    benchParser("SSE + JSON + decode to chunks (llama-server)",
                readData("openai/llama-server-chat-stream.sse"), [&sse2](QByteArrayView b) {
                    qint64 n = 0;
                    for (const SseEvent &e : sse2.feed(b)) {
                        if (!e.isDone())
                            n += OpenAiWire::parseChunk(QJsonDocument::fromJson(e.data).object())
                                         .content.isEmpty()
                                     ? 0
                                     : 1;
                    }
                    return n;
                });

    // Pull progress: lines per second through the parser and the model-level aggregation.
    {
        const QByteArray pull = readData("ollama/pull-quirks.ndjson");
        QByteArray big;
        while (big.size() < 16 * 1024 * 1024)
            big += pull;
        NdjsonParser parser;
        PullProgress progress;
        QElapsedTimer t;
        t.start();
        qint64 lines = 0;
        for (qsizetype off = 0; off < big.size(); off += 4096) {
            for (const NdjsonItem &i : parser.feed(QByteArrayView(big).sliced(
                     off, std::min<qsizetype>(4096, big.size() - off)))) {
                if (progress.phase() == PullProgress::Phase::Done)
                    progress = PullProgress();
                progress.apply(i.object, lines);
                ++lines;
            }
        }
        const double s = double(t.nsecsElapsed()) / 1e9;
        std::printf("%-44s %7.0f lines/s (%lld lines in %.2f s)\n",
                    "pull progress (parse + aggregate)", double(lines) / s,
                    static_cast<long long>(lines), s);
    }

    benchView(true);
    benchView(false);

    benchLongAnswers();
    return 0;
}
