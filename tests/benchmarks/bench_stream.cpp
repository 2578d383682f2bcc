// Prints what streaming an answer costs LocalForge, all-in: a fake server in this process (its
// own thread, raw sockets, its CPU left out) streams one long answer at 500, 2,000 and 5,000
// tokens/s, as Ollama NDJSON and as OpenAI-compatible SSE, with reads split at random places
// (inside lines and inside UTF-8 characters), into the real path: provider -> ChatSession ->
// ChatPage/ChatView (offscreen), with the metrics strip, the Monitor's tokens/s series and
// autosave running. For each rate: CPU microseconds per token (getrusage, start-up left out),
// the p99 and max event-loop stall (the lateness of a 1 ms timer), peak RSS growth per 10,000
// tokens, whether the text shown, kept and saved equals the text sent, and LocalForge's own
// tokens/s against the server's. Each run is a fresh child process so start-up and memory
// figures do not leak from one run into the next.
//
//   bench_stream                       every protocol at every rate
//   bench_stream --rates 5000 --protocols ollama --tokens 20000
//
// To see what each part costs: --leave-out page,autosave runs without the chat page (the view
// and the metrics strip) or without autosave, and --long-before N streams N answers as long as
// the measured one before it (what a later long answer adds, once an earlier one's memory is
// there to be used again).
#include "Allocator.h"
#include "ChatPage.h"
#include "ChatView.h"
#include "Core.h"
#include "chat/ChatSession.h"
#include "chat/ConversationLibrary.h"
#include "metrics/MetricsHub.h"
#include "metrics/ProcessSampler.h"
#include "providers/Provider.h"
#include "providers/ProviderFactory.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <arpa/inet.h>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <memory>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <random>
#include <sys/resource.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>
#include <vector>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace {

constexpr double GoalMicrosPerToken = 40.0; // at 5,000 tokens/s
constexpr double GoalStallMs = 16.0;        // p99
constexpr double GoalMemoryFactor = 3.0;    // x the answer's UTF-16 size
constexpr double GoalRateAgreement = 0.03;
constexpr int WarmUpTokens = 500;

qint64 cpuMicros(int who)
{
    rusage u{};
    getrusage(who, &u);
    return qint64(u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1'000'000 + u.ru_utime.tv_usec +
           u.ru_stime.tv_usec;
}

// Resident memory by kind (/proc/self/status), in bytes: anonymous, and file-backed pages.
struct Resident
{
    qint64 anon = 0;
    qint64 file = 0;
};

Resident residentNow()
{
    Resident r;
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return r;
    auto kib = [](const QByteArray &line, qsizetype from) {
        return line.mid(from).trimmed().split(' ').value(0).toLongLong() * 1024;
    };
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("RssAnon:"))
            r.anon = kib(line, 8);
        else if (line.startsWith("RssFile:"))
            r.file = kib(line, 8);
    }
    return r;
}

// What the allocator holds: in use, freed but kept in its heaps, and mapped on its own.
struct Heap
{
    qint64 inUse = 0;
    qint64 freeKept = 0;
    qint64 mapped = 0;
};

Heap heapNow()
{
#if defined(__GLIBC__)
    const struct mallinfo2 m = mallinfo2();
    return {qint64(m.uordblks), qint64(m.fordblks), qint64(m.hblkhd)};
#else
    return {};
#endif
}

qint64 rssBytes()
{
    QFile f(QStringLiteral("/proc/self/statm"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = f.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toLongLong() * sysconf(_SC_PAGESIZE) : 0;
}

// Tokens as a model streams them: words with their leading space, punctuation, paragraph and
// line breaks, Markdown now and then, and characters of two, three and four UTF-8 bytes.
QStringList makeTokens(int count)
{
    static const char16_t *words[] = {
        u" The",    u" sky",    u" appears", u" blue",     u" because", u" of",       u" Rayleigh",
        u" scat",   u"tering",  u",",        u" which",    u" affects", u" sh",       u"orter",
        u" wave",   u"lengths", u" more",    u" strongly", u".",        u" Été",      u" à",
        u" Zürich", u" — ",     u"日本",     u"語",        u" 🙂",    u" **bold**", u" `code`",
        u" naïve",  u" café",   u" ≤",       u" 40",       u" µs",      u":",         u" 🚀🚀"};
    constexpr int n = int(sizeof(words) / sizeof(words[0]));
    std::mt19937 rng(1234);
    QStringList tokens;
    tokens.reserve(count);
    for (int i = 0; i < count; ++i) {
        if (i % 97 == 96)
            tokens << QStringLiteral("\n\n");
        else if (i % 41 == 40)
            tokens << QStringLiteral("\n");
        else
            tokens << QString::fromUtf16(words[rng() % n]);
    }
    return tokens;
}

QByteArray jsonString(const QString &s)
{
    // The array's text minus the brackets: a correctly escaped JSON string.
    const QByteArray a = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    return a.mid(1, a.size() - 2);
}

struct Wire
{
    QByteArray contentType;
    std::vector<QByteArray> lines; // one per token
    // The end of the stream, given the server's measured generation time.
    std::function<QByteArray(qint64 count, double evalSeconds)> tail;
};

Wire ollamaWire(const QStringList &tokens)
{
    Wire w;
    w.contentType = "application/x-ndjson";
    const QByteArray prefix =
        R"({"model":"bench","created_at":"2025-07-07T20:22:19.184789Z","message":{"role":"assistant","content":)";
    for (const QString &t : tokens)
        w.lines.push_back(prefix + jsonString(t) + "},\"done\":false}\n");
    w.tail = [prefix](qint64 count, double evalSeconds) -> QByteArray {
        return prefix +
               R"(""},"done":true,"done_reason":"stop","total_duration":282465125,"load_duration":41295167,"prompt_eval_count":31,"prompt_eval_duration":24573166,"eval_count":)" +
               QByteArray::number(count) +
               ",\"eval_duration\":" + QByteArray::number(qint64(evalSeconds * 1e9)) + "}\n";
    };
    return w;
}

Wire openAiWire(const QStringList &tokens)
{
    Wire w;
    w.contentType = "text/event-stream";
    const QByteArray head =
        R"(data: {"choices":[{"finish_reason":null,"index":0,"delta":{"content":)";
    const QByteArray tail =
        R"(}}],"created":1758108431,"id":"chatcmpl-Ca3q6j8NlTmm9h34TBbwr3wjgO47kWpz","model":"bench","system_fingerprint":"b6497-cd08fc3e","object":"chat.completion.chunk"})";
    for (const QString &t : tokens)
        w.lines.push_back(head + jsonString(t) + tail + "\n\n");
    w.tail = [](qint64 count, double evalSeconds) -> QByteArray {
        const QByteArray common =
            R"("created":1758108431,"id":"chatcmpl-Ca3q6j8NlTmm9h34TBbwr3wjgO47kWpz","model":"bench","system_fingerprint":"b6497-cd08fc3e","object":"chat.completion.chunk")";
        return "data: {\"choices\":[{\"finish_reason\":\"stop\",\"index\":0,\"delta\":{}}]," +
               common + "}\n\ndata: {\"choices\":[]," + common +
               ",\"usage\":{\"completion_tokens\":" + QByteArray::number(count) +
               ",\"prompt_tokens\":75,\"total_tokens\":" + QByteArray::number(count + 75) +
               "},\"timings\":{\"prompt_n\":75,\"prompt_ms\":180.025,\"predicted_n\":" +
               QByteArray::number(count) +
               ",\"predicted_ms\":" + QByteArray::number(evalSeconds * 1000.0, 'f', 3) +
               ",\"predicted_per_second\":" +
               QByteArray::number(double(count) / evalSeconds, 'f', 6) + "}}\n\ndata: [DONE]\n\n";
    };
    return w;
}

bool sendAll(int fd, const QByteArray &bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n =
            ::send(fd, bytes.constData() + done, size_t(bytes.size() - done), MSG_NOSIGNAL);
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

bool sendChunk(int fd, const QByteArray &payload)
{
    if (payload.isEmpty())
        return true;
    return sendAll(fd, QByteArray::number(payload.size(), 16) + "\r\n" + payload + "\r\n");
}

// The fake server: one request per answer, in turn, each a chunked answer paced on an absolute
// schedule (token i is due at i / rate), each write ending at a random place up to a line past
// the due token.
class FakeServer
{
public:
    FakeServer(std::vector<Wire> answers, double rate)
        : m_rate(rate)
    {
        // Every answer is laid out before anything is measured: the fake's own memory is not
        // the app's growth.
        for (Wire &wire : answers) {
            Answer a;
            for (const QByteArray &line : wire.lines) {
                a.all += line;
                a.ends.push_back(a.all.size());
            }
            a.wire = std::move(wire);
            m_answers.push_back(std::move(a));
        }
        m_listen = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        a.sin_port = 0;
        ::bind(m_listen, reinterpret_cast<sockaddr *>(&a), sizeof a);
        ::listen(m_listen, 1);
        socklen_t len = sizeof a;
        ::getsockname(m_listen, reinterpret_cast<sockaddr *>(&a), &len);
        m_port = ntohs(a.sin_port);
        m_thread = std::thread([this] {
            for (const Answer &answer : m_answers) {
                if (!serve(answer))
                    return;
            }
        });
    }
    ~FakeServer()
    {
        m_thread.join();
        ::close(m_listen);
    }
    quint16 port() const { return m_port; }
    // The server's CPU for the last answer it served.
    qint64 cpuMicros() const { return m_cpu.load(); }

private:
    struct Answer
    {
        Wire wire;
        QByteArray all;
        std::vector<qsizetype> ends;
    };

    bool serve(const Answer &answer)
    {
        const int fd = ::accept(m_listen, nullptr, nullptr);
        if (fd < 0)
            return false;
        const qint64 cpu0 = ::cpuMicros(RUSAGE_THREAD);
        readRequest(fd);
        int one = 1;
        ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        sendAll(fd, "HTTP/1.1 200 OK\r\nContent-Type: " + answer.wire.contentType +
                        "\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n");
        const QByteArray &all = answer.all;
        const std::vector<qsizetype> &ends = answer.ends;
        std::mt19937 rng(42);
        using Clock = std::chrono::steady_clock;
        const auto t0 = Clock::now();
        const auto interval = std::chrono::duration<double>(1.0 / m_rate);
        qsizetype sent = 0;
        bool ok = true;
        for (size_t i = 0; ok && i < ends.size(); ++i) {
            std::this_thread::sleep_until(
                t0 + std::chrono::duration_cast<Clock::duration>(interval * double(i)));
            if (ends[i] <= sent)
                continue;
            // A boundary anywhere up to one line further (inside a line, inside a character).
            const qsizetype lineLength = answer.wire.lines[i].size();
            const qsizetype cut =
                std::min<qsizetype>(all.size(), ends[i] + qsizetype(rng() % lineLength));
            // Now and then two pieces for one token.
            if (rng() % 4 == 0 && cut - sent > 2) {
                const qsizetype mid = sent + 1 + qsizetype(rng() % (cut - sent - 1));
                ok = sendChunk(fd, all.mid(sent, mid - sent));
                sent = mid;
            }
            ok = ok && sendChunk(fd, all.mid(sent, cut - sent));
            sent = cut;
        }
        // The server's own figure: n tokens took n intervals (the first one before it went out).
        const double evalSeconds =
            std::chrono::duration<double>(Clock::now() - t0).count() + 1.0 / m_rate;
        if (ok)
            ok = sendChunk(fd, all.mid(sent)) &&
                 sendChunk(fd, answer.wire.tail(qint64(ends.size()), evalSeconds)) &&
                 sendAll(fd, "0\r\n\r\n");
        m_cpu = ::cpuMicros(RUSAGE_THREAD) - cpu0;
        ::shutdown(fd, SHUT_WR);
        char buf[256];
        while (::recv(fd, buf, sizeof buf, 0) > 0) {
        }
        ::close(fd);
        return ok;
    }

    static void readRequest(int fd)
    {
        QByteArray in;
        char buf[4096];
        qsizetype need = -1;
        while (need < 0 || in.size() < need) {
            const ssize_t n = ::recv(fd, buf, sizeof buf, 0);
            if (n <= 0)
                return;
            in.append(buf, n);
            const qsizetype headEnd = in.indexOf("\r\n\r\n");
            if (need < 0 && headEnd >= 0) {
                qsizetype length = 0;
                for (const QByteArray &line : in.left(headEnd).split('\n')) {
                    if (line.toLower().startsWith("content-length:"))
                        length = line.mid(15).trimmed().toLongLong();
                }
                need = headEnd + 4 + length;
            }
        }
    }

    std::vector<Answer> m_answers;
    double m_rate;
    int m_listen = -1;
    quint16 m_port = 0;
    std::atomic<qint64> m_cpu{0};
    std::thread m_thread;
};

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0.0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size())))];
}

QString firstDifference(const QString &a, const QString &b)
{
    if (a == b)
        return QStringLiteral("same");
    qsizetype i = 0;
    while (i < a.size() && i < b.size() && a[i] == b[i])
        ++i;
    return QStringLiteral("DIFFERENT at character %1 (%2 vs %3 characters)")
        .arg(i)
        .arg(a.size())
        .arg(b.size());
}

struct RunOptions
{
    bool machineSampling = false;
    bool page = true;
    bool autosave = true;
    int longBefore = 0; // answers as long as the measured one, streamed before it
};

int runOne(const QString &protocol, double rate, int tokenCount, const RunOptions &run)
{
    const QStringList tokens = makeTokens(tokenCount);
    const QString sent = tokens.join(QString());
    const bool ollama = protocol == u"ollama";
    // A short answer first, as a user has seen one before a long one: code read in and caches
    // filled on first use are then behind, and what the measured answer adds is what grows
    // with it. That first answer's own cost is printed apart.
    const QStringList warmUp = makeTokens(WarmUpTokens);
    std::vector<Wire> answers;
    answers.push_back(ollama ? ollamaWire(warmUp) : openAiWire(warmUp));
    for (int i = 0; i <= run.longBefore; ++i)
        answers.push_back(ollama ? ollamaWire(tokens) : openAiWire(tokens));
    FakeServer server(std::move(answers), rate);

    QTemporaryDir dir;
    Core::Options options;
    options.discovery.candidates.clear();
    options.discovery.intervalMs = 0;
    options.phoenixUrl = QUrl();
    options.settingsFile = dir.filePath(QStringLiteral("bench.ini"));
    options.dataFolder = dir.filePath(QStringLiteral("conversations"));
    Core core(options);
    ChatSession *chat = core.chat();

    // Connected before the page: runs before the view writes the finished message whole, so
    // it sees the text as it was shown while streaming.
    ChatView *view = nullptr;
    // Compared at once and let go: the copy is the benchmark's, not the app's growth.
    bool measuring = false;
    QString shownDifference;
    bool shownSame = false;
    qint64 cpuAtFinish = 0;
    qint64 rssAtFinish = 0;
    Heap heap0;
    Heap heapAtFinish;
    Resident residentAtFinish;
    QObject::connect(chat, &ChatSession::messageFinished, &core, [&](int) {
        if (!measuring)
            return;
        if (view)
            view->flushPending();
        cpuAtFinish = cpuMicros(RUSAGE_SELF);
        rssAtFinish = rssBytes();
        residentAtFinish = residentNow();
        heapAtFinish = heapNow();
        if (!view) {
            shownDifference = QStringLiteral("not shown (the chat page is left out)");
            shownSame = true;
            return;
        }
        // Past the limit a finished message folds at, the view counts what comes instead of
        // laying it out: what it shows is the start of the answer, and the count the rest.
        const QString shown = view->streamedText();
        const qsizetype hidden = view->streamedHidden();
        shownSame =
            shown == QStringView(sent).left(shown.size()) && shown.size() + hidden == sent.size();
        shownDifference = firstDifference(shown + sent.right(hidden), sent);
        if (shownSame && hidden > 0)
            shownDifference = QStringLiteral("same: %1 characters laid out live, the %2 after "
                                             "them counted")
                                  .arg(shown.size())
                                  .arg(hidden);
    });
    std::unique_ptr<ChatPage> page;
    if (run.page) {
        page = std::make_unique<ChatPage>(&core);
        view = page->findChild<ChatView *>(QStringLiteral("chatView"));
        if (!view) {
            std::fprintf(stderr, "the chat page has no chatView\n");
            return 1;
        }
        page->resize(1100, 760);
        page->show();
    }
    if (!run.autosave)
        QObject::disconnect(chat, nullptr, core.conversations(), nullptr);
    // The /proc scan for server processes is other work on its own timer (it moves to a
    // worker thread): left out unless asked for, so what is measured is the stream. The
    // tokens/s series and the memory figures are still sampled.
    if (!run.machineSampling)
        core.metrics()->setProcessSampler(ProcessSampler(dir.filePath(QStringLiteral("no-proc"))));
    core.start();

    const QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(server.port()));
    Provider *provider = createProvider(ollama ? ServerKind::Ollama : ServerKind::LlamaCpp, url,
                                        core.network(), &core);

    // Settle: the first layout, the first samples.
    auto runFor = [](int ms) {
        QEventLoop loop;
        QTimer::singleShot(ms, &loop, &QEventLoop::quit);
        loop.exec();
    };
    runFor(400);

    bool done = false;
    QObject::connect(chat, &ChatSession::streamingChanged, &core, [&](bool streaming) {
        if (!streaming)
            done = true;
    });
    auto ask = [&] {
        done = false;
        if (const ApiError why =
                chat->send(QStringLiteral("Why is the sky blue? Answer at length."), provider,
                           QStringLiteral("bench"));
            why.isError()) {
            std::fprintf(stderr, "cannot send: %s\n", qPrintable(why.message));
            return false;
        }
        while (!done)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        return true;
    };
    const qint64 rssBeforeWarmUp = rssBytes();
    if (!ask())
        return 1;
    runFor(200);
    const qint64 warmUpGrowth = rssBytes() - rssBeforeWarmUp;
    for (int i = 0; i < run.longBefore; ++i) {
        if (!ask())
            return 1;
        runFor(200);
    }

    // The 1 ms probe: how late it fires is how long the event loop was busy. Its samples go
    // to memory touched beforehand, so they do not count as growth.
    std::vector<double> lateness(size_t(tokenCount / rate * 1000.0 * 3.0) + 5000, 0.0);
    size_t samples = 0;
    qint64 peakRss = 0;
    qint64 rssHalf = 0;
    QElapsedTimer clock;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(1);
    qint64 lastNs = -1;
    int ticks = 0;
    QObject::connect(&probe, &QTimer::timeout, &core, [&] {
        const qint64 now = clock.nsecsElapsed();
        if (lastNs >= 0 && samples < lateness.size())
            lateness[samples++] = std::max(0.0, double(now - lastNs) / 1e6 - 1.0);
        lastNs = now;
        if (++ticks % 25 == 0)
            peakRss = std::max(peakRss, rssBytes());
        // Halfway through: what the second half adds is what grows with the answer (code and
        // fonts read in once, first-use caches, are mostly behind by then).
        if (rssHalf == 0 && !chat->messages().isEmpty() &&
            chat->messages().constLast().content.size() >= sent.size() / 2)
            rssHalf = rssBytes();
    });

    // What the idle program costs (the monitor's sampling, the strip), and what the probe adds.
    auto idleMicrosPerSecond = [&runFor] {
        QElapsedTimer t;
        t.start();
        const qint64 cpu = cpuMicros(RUSAGE_SELF);
        runFor(1500);
        return double(cpuMicros(RUSAGE_SELF) - cpu) / (double(t.nsecsElapsed()) / 1e9);
    };
    const double idle = idleMicrosPerSecond();
    clock.start();
    probe.start();
    const double probeCost = std::max(0.0, idleMicrosPerSecond() - idle);
    samples = 0;
    lastNs = -1;
    const qint64 rss0 = rssBytes();
    const Resident resident0 = residentNow();
    heap0 = heapNow();
    peakRss = rss0;
    clock.start();
    const qint64 cpu0 = cpuMicros(RUSAGE_SELF);
    measuring = true;
    if (!ask())
        return 1;
    const qint64 cpuEnd = cpuMicros(RUSAGE_SELF);
    const double wallSeconds = double(clock.nsecsElapsed()) / 1e9;
    probe.stop();
    peakRss = std::max(peakRss, rssBytes());

    const ChatMessage &answer = chat->messages().constLast();
    const double micros =
        double(cpuEnd - cpu0 - server.cpuMicros() - (cpuEnd - cpuAtFinish)) / tokenCount;
    const double allIn = double(cpuEnd - cpu0 - server.cpuMicros()) / tokenCount;
    const double withoutProbe = allIn - probeCost * wallSeconds / tokenCount;
    const double idlePart = idle * wallSeconds / tokenCount;
    const double finishMs = double(cpuEnd - cpuAtFinish) / 1000.0;
    lateness.resize(samples);
    const double p99 = percentile(lateness, 0.99);
    const double maxStall =
        lateness.empty() ? 0.0 : *std::max_element(lateness.begin(), lateness.end());
    const double growth = double(peakRss - rss0);
    const double streamGrowth = double(std::max(rss0, rssAtFinish) - rss0);
    const double secondHalfGrowth =
        rssHalf > 0 ? double(std::max(rssHalf, rssAtFinish) - rssHalf) : 0.0;
    const double utf16 = double(sent.size()) * 2.0;

    // What was shown live, what the session keeps, and what autosave wrote.
    const QString kept = answer.content;
    QString saved;
    core.conversations()->waitForSaved(); // the last save finishes on another thread
    {
        QDir folder(options.dataFolder);
        const QStringList files = folder.entryList({QStringLiteral("*.json")}, QDir::Files);
        if (!files.isEmpty()) {
            QFile f(folder.filePath(files.first()));
            if (f.open(QIODevice::ReadOnly)) {
                const QJsonArray messages =
                    QJsonDocument::fromJson(f.readAll()).object().value(u"messages").toArray();
                if (!messages.isEmpty())
                    saved = messages.last().toObject().value(u"content").toString();
            }
        }
    }

    const auto client = answer.stats.clientTokensPerSecond;
    const auto serverRate = answer.stats.server.tokensPerSecond;
    const double agreement =
        client && serverRate ? std::abs(*client - *serverRate) / *serverRate : 1.0;

    auto mark = [](bool ok) { return ok ? "ok  " : "MISS"; };
    std::printf("%-7s %5.0f tok/s, %d tokens in %.1f s (%s)\n", qPrintable(protocol), rate,
                tokenCount, wallSeconds,
                answer.state == ChatMessage::State::Complete ? "complete" : "NOT COMPLETE");
    std::printf("  CPU per token, all-in            %7.1f us   (goal <= %.0f us at 5,000 tok/s) "
                "%s\n",
                withoutProbe, GoalMicrosPerToken,
                rate >= 5000 ? mark(withoutProbe <= GoalMicrosPerToken) : "");
    std::printf("    of which the idle program      %7.1f us   (monitor sampling, %.1f ms of CPU "
                "a second)\n",
                idlePart, idle / 1000.0);
    std::printf("    the message written whole at the end: %.1f ms;  the 1 ms probe itself "
                "(left out): %.1f us\n",
                finishMs, allIn - withoutProbe);
    Q_UNUSED(micros);
    std::printf("  event-loop stall p99 / max       %7.2f / %.2f ms   (goal p99 < %.0f ms) %s\n",
                p99, maxStall, GoalStallMs, mark(p99 < GoalStallMs));
    std::printf("  peak RSS growth per 10,000 tokens %6.2f MB;  %.2fx the answer's UTF-16 size "
                "(goal <= %.0fx) %s\n",
                growth / tokenCount * 10000.0 / 1e6, growth / utf16, GoalMemoryFactor,
                mark(growth <= GoalMemoryFactor * utf16));
    std::printf("    until the last token           %6.2f MB;  %.2fx\n",
                streamGrowth / tokenCount * 10000.0 / 1e6, streamGrowth / utf16);
    std::printf(
        "    second half of the answer      %6.2f MB;  %.2fx (what grows with the answer)\n",
        secondHalfGrowth / (tokenCount / 2.0) * 10000.0 / 1e6, secondHalfGrowth / (utf16 / 2.0));
    std::printf("      all told: anonymous %.2f MB, files %.2f MB;  the allocator: %+.0f KB in "
                "use, %+.0f KB freed and kept, %+.0f KB mapped apart\n",
                double(residentAtFinish.anon - resident0.anon) / 1e6,
                double(residentAtFinish.file - resident0.file) / 1e6,
                double(heapAtFinish.inUse - heap0.inUse) / 1024.0,
                double(heapAtFinish.freeKept - heap0.freeKept) / 1024.0,
                double(heapAtFinish.mapped - heap0.mapped) / 1024.0);
    std::printf("    (a first answer of %d tokens, before: %.2f MB read in or filled once)\n",
                WarmUpTokens, double(warmUpGrowth) / 1e6);
    if (run.longBefore > 0)
        std::printf("    (then %d answer(s) as long as this one: this is a later long answer)\n",
                    run.longBefore);
    std::printf("  text shown live vs sent          %s %s\n", qPrintable(shownDifference),
                mark(shownSame));
    const QString savedDifference = run.autosave
                                        ? firstDifference(saved, sent)
                                        : QStringLiteral("not saved (autosave is left out)");
    std::printf("  text kept / saved vs sent        %s / %s %s\n",
                qPrintable(firstDifference(kept, sent)), qPrintable(savedDifference),
                mark(kept == sent && (saved == sent || !run.autosave)));
    std::printf(
        "  tokens/s measured / server       %7.1f / %.1f   (%.2f%% apart, goal <= 3%%) %s\n",
        client.value_or(0.0), serverRate.value_or(0.0), agreement * 100.0,
        mark(agreement <= GoalRateAgreement));
    std::fflush(stdout);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    tuneAllocator(); // as LocalForge's main() does
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption rates(QStringLiteral("rates"),
                             QStringLiteral("Tokens per second, comma-separated."),
                             QStringLiteral("list"), QStringLiteral("500,2000,5000"));
    QCommandLineOption protocols(QStringLiteral("protocols"),
                                 QStringLiteral("ollama and/or openai, comma-separated."),
                                 QStringLiteral("list"), QStringLiteral("ollama,openai"));
    QCommandLineOption tokens(QStringLiteral("tokens"),
                              QStringLiteral("Answer length (default: 4 s of streaming, at least "
                                             "20,000 tokens)."),
                              QStringLiteral("n"));
    QCommandLineOption one(QStringLiteral("one"), QStringLiteral("Run one in this process."));
    QCommandLineOption machine(QStringLiteral("with-process-scan"),
                               QStringLiteral("Keep the monitor's scan of /proc for server "
                                              "processes (left out by default)."));
    QCommandLineOption leaveOut(QStringLiteral("leave-out"),
                                QStringLiteral("Parts to run without, to see what they cost: "
                                               "page (the chat page: view and metrics strip), "
                                               "autosave; comma-separated."),
                                QStringLiteral("list"));
    QCommandLineOption longBefore(QStringLiteral("long-before"),
                                  QStringLiteral("Answers as long as the measured one to stream "
                                                 "before it (default 0)."),
                                  QStringLiteral("n"), QStringLiteral("0"));
    parser.addOptions({rates, protocols, tokens, one, machine, leaveOut, longBefore});
    parser.process(app);

    RunOptions run;
    run.machineSampling = parser.isSet(machine);
    const QStringList left = parser.value(leaveOut).split(u',', Qt::SkipEmptyParts);
    for (const QString &part : left) {
        if (part == u"page") {
            run.page = false;
        } else if (part == u"autosave") {
            run.autosave = false;
        } else {
            std::fprintf(stderr, "--leave-out: no part called %s (page, autosave)\n",
                         qPrintable(part));
            return 2;
        }
    }
    run.longBefore = std::max(0, parser.value(longBefore).toInt());

    if (parser.isSet(one)) {
        const double rate = parser.value(rates).toDouble();
        const int count =
            parser.isSet(tokens) ? parser.value(tokens).toInt() : std::max(20000, int(rate * 4));
        return runOne(parser.value(protocols), rate, count, run);
    }
    std::printf("bench_stream: one answer streamed through provider -> session -> %s, "
                "monitor on%s\n\n",
                run.page && run.autosave ? "chat page, autosave"
                : run.page               ? "chat page (autosave left out)"
                : run.autosave           ? "autosave (chat page left out)"
                                         : "nothing else (chat page and autosave left out)",
                run.machineSampling ? "" : " (without the monitor's /proc scan)");
    std::fflush(stdout);
    int failures = 0;
    for (const QString &protocol : parser.value(protocols).split(u',', Qt::SkipEmptyParts)) {
        for (const QString &rate : parser.value(rates).split(u',', Qt::SkipEmptyParts)) {
            QStringList args{QStringLiteral("--one"), QStringLiteral("--protocols"), protocol,
                             QStringLiteral("--rates"), rate};
            if (parser.isSet(tokens))
                args << QStringLiteral("--tokens") << parser.value(tokens);
            if (parser.isSet(machine))
                args << QStringLiteral("--with-process-scan");
            if (!left.isEmpty())
                args << QStringLiteral("--leave-out") << left.join(u',');
            args << QStringLiteral("--long-before") << QString::number(run.longBefore);
            QProcess child;
            child.setProcessChannelMode(QProcess::ForwardedChannels);
            child.start(QCoreApplication::applicationFilePath(), args);
            child.waitForFinished(-1);
            failures += child.exitCode() != 0;
            std::printf("\n");
            std::fflush(stdout);
        }
    }
    return failures ? 1 : 0;
}
