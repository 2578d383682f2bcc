// localforge-fakes: runs fake Ollama / LM Studio / llama-server / vLLM servers on 127.0.0.1 for
// demos and manual testing of LocalForge. See --help.

#include "FakeHttpServer.h"
#include "FakeLlamaServer.h"
#include "FakeLmStudioServer.h"
#include "FakeOllamaServer.h"
#include "FakePhoenixGateway.h"
#include "FakeVllmServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSocketNotifier>

#include <cmath>
#include <csignal>
#include <cstdio>
#include <memory>
#include <vector>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace {

const QString DefaultAnswer =
    uR"(Sure! Here is a short overview of how to reverse a string in Python.

The simplest way is slicing with a negative step. Slicing creates a new string, so the original stays unchanged:

```python
def reverse(text: str) -> str:
    return text[::-1]

print(reverse("LocalForge"))  # egroFlacoL
```

If you need to reverse the words instead of the characters, split the string, reverse the list and join it again: `" ".join(reversed(text.split()))`.

A few things to keep in mind:

1. Strings are immutable, so every approach builds a new string.
2. Slicing works on code points, which is fine for most text, but combined characters such as some emoji may look odd when reversed.
3. For very large inputs, slicing is still the fastest option in CPython.

Let me know if you want the same example in C++ or Rust!)"_s;

#ifdef Q_OS_UNIX
int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}
#endif

void printLine(const QString &line, FILE *stream = stdout)
{
    std::fputs(qPrintable(line + u'\n'), stream);
    std::fflush(stream);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"localforge-fakes"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Fake local LLM servers (Ollama, LM Studio, llama-server, vLLM) on 127.0.0.1.\n"
        "Without a server option: Ollama on 11434, LM Studio on 1234, llama-server on 8080.\n"
        "A PORT of 0 disables that server. Runs until interrupted."_s);
    parser.addHelpOption();
    const QCommandLineOption ollamaOption(u"ollama"_s, u"Start the Ollama fake on PORT."_s,
                                          u"PORT"_s);
    const QCommandLineOption lmStudioOption(u"lmstudio"_s, u"Start the LM Studio fake on PORT."_s,
                                            u"PORT"_s);
    const QCommandLineOption llamaOption(u"llama"_s, u"Start the llama-server fake on PORT."_s,
                                         u"PORT"_s);
    const QCommandLineOption vllmOption(u"vllm"_s, u"Start the vLLM fake on PORT."_s, u"PORT"_s);
    const QCommandLineOption phoenixOption(
        u"phoenix"_s, u"Start the Phoenix gateway fake on PORT (its usual port is 18789)."_s,
        u"PORT"_s);
    const QCommandLineOption rateOption(
        u"rate"_s, u"Streaming speed in tokens per second (default 20, 0 = as fast as possible)."_s,
        u"TOKENS_PER_SECOND"_s, u"20"_s);
    const QCommandLineOption answerOption(
        u"answer-file"_s,
        u"UTF-8 text file to stream as the answer (default: a built-in demo answer)."_s, u"FILE"_s);
    const QCommandLineOption loadDelayOption(
        u"load-delay"_s, u"Delay before the first streamed chunk, simulating model loading."_s,
        u"MS"_s, u"0"_s);
    const QCommandLineOption modelMemoryOption(
        u"model-mb"_s,
        u"Memory this process takes (and touches) the first time a chat loads a model, so a "
        u"monitor sees the server's memory rise. Run it as 'ollama' (a symlink) to be counted "
        u"as Ollama."_s,
        u"MB"_s, u"0"_s);
    QCommandLineOption faultOption(u"fault"_s, u"none|stall|cut|garbage|http500|error"_s, u"KIND"_s,
                                   u"none"_s);
    faultOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption faultAfterOption(u"fault-after"_s, u"Chunks before the fault."_s, u"N"_s,
                                        u"2"_s);
    faultAfterOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption fixtureAnswerOption(u"fixture-answer"_s,
                                           u"Stream each server's fixture tokens."_s);
    fixtureAnswerOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption lmApiOption(u"lmstudio-api"_s, u"v1|v0|openai"_s, u"LEVEL"_s, u"v1"_s);
    lmApiOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption llamaLegacyOption(u"llama-legacy"_s, u"llama-server b6097 stream layout."_s);
    llamaLegacyOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption llamaPingOption(u"llama-ping"_s, u"llama-server ': ping' comments."_s);
    llamaPingOption.setFlags(QCommandLineOption::HiddenFromHelp);
    const QCommandLineOption pullRateOption(
        u"pull-rate"_s,
        u"Simulated download speed of Ollama pulls and LM Studio downloads in MB/s (default 50, "
        "0 = a pull takes ~20 ticks)."_s,
        u"MBPS"_s, u"50"_s);
    QCommandLineOption pullQuirksOption(u"pull-quirks"_s,
                                        u"Ollama pulls: progress rollback, last tick < total."_s);
    pullQuirksOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption pullSafetensorsOption(u"pull-safetensors"_s,
                                             u"Ollama pulls: aggregate 'pulling model' lines."_s);
    pullSafetensorsOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption pullScriptOption(
        u"pull-script"_s, u"Ollama pulls stream the NDJSON lines of FILE."_s, u"FILE"_s);
    pullScriptOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption vramOption(u"vram-fraction"_s, u"Ollama /api/ps size_vram / size."_s,
                                  u"FRACTION"_s, u"1"_s);
    vramOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption downloadFailsOption(u"download-fails"_s,
                                           u"LM Studio download jobs fail half-way."_s);
    downloadFailsOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({ollamaOption,     lmStudioOption,        llamaOption,
                       vllmOption,       phoenixOption,         rateOption,
                       answerOption,     loadDelayOption,       pullRateOption,
                       faultOption,      faultAfterOption,      fixtureAnswerOption,
                       lmApiOption,      llamaLegacyOption,     llamaPingOption,
                       pullQuirksOption, pullSafetensorsOption, pullScriptOption,
                       vramOption,       downloadFailsOption,   modelMemoryOption});
    parser.process(app);

    const auto fail = [](const QString &message) {
        printLine(u"localforge-fakes: "_s + message, stderr);
        return 1;
    };
    const auto portOf = [&](const QCommandLineOption &option, int defaultPort, bool *ok) {
        if (!parser.isSet(option))
            return defaultPort;
        const int port = parser.value(option).toInt(ok);
        if (!*ok || port < 0 || port > 65535)
            *ok = false;
        return port;
    };
    const bool anyServerOption = parser.isSet(ollamaOption) || parser.isSet(lmStudioOption) ||
                                 parser.isSet(llamaOption) || parser.isSet(vllmOption) ||
                                 parser.isSet(phoenixOption);
    bool ok = true;
    const int ollamaPort = portOf(ollamaOption, anyServerOption ? 0 : 11434, &ok);
    const int lmStudioPort = portOf(lmStudioOption, anyServerOption ? 0 : 1234, &ok);
    const int llamaPort = portOf(llamaOption, anyServerOption ? 0 : 8080, &ok);
    const int vllmPort = portOf(vllmOption, 0, &ok);
    const int phoenixPort = portOf(phoenixOption, 0, &ok);
    if (!ok)
        return fail(u"invalid PORT (0-65535 expected)"_s);

    const double rate = parser.value(rateOption).toDouble(&ok);
    if (!ok || rate < 0)
        return fail(u"invalid --rate"_s);
    const int intervalMs = rate > 0 ? int(std::lround(1000.0 / rate)) : 0;
    const int loadDelayMs = parser.value(loadDelayOption).toInt(&ok);
    if (!ok || loadDelayMs < 0)
        return fail(u"invalid --load-delay"_s);
    const double pullRate = parser.value(pullRateOption).toDouble(&ok);
    if (!ok || pullRate < 0)
        return fail(u"invalid --pull-rate"_s);
    const double vramFraction = parser.value(vramOption).toDouble(&ok);
    if (!ok || vramFraction < 0 || vramFraction > 1)
        return fail(u"invalid --vram-fraction (0..1 expected)"_s);
    QList<QByteArray> pullScript;
    if (parser.isSet(pullScriptOption)) {
        QFile file(parser.value(pullScriptOption));
        if (!file.open(QIODevice::ReadOnly))
            return fail(u"cannot read "_s + file.fileName() + u": "_s + file.errorString());
        pullScript = file.readAll().split('\n');
    }
    const int faultAfter = parser.value(faultAfterOption).toInt(&ok);
    if (!ok || faultAfter < 0)
        return fail(u"invalid --fault-after"_s);

    const QString faultName = parser.value(faultOption).toLower();
    FakeHttpServer::Fault fault = FakeHttpServer::Fault::None;
    if (faultName == u"stall")
        fault = FakeHttpServer::Fault::Stall;
    else if (faultName == u"cut")
        fault = FakeHttpServer::Fault::CutStream;
    else if (faultName == u"garbage")
        fault = FakeHttpServer::Fault::Garbage;
    else if (faultName == u"http500")
        fault = FakeHttpServer::Fault::Http500;
    else if (faultName == u"error")
        fault = FakeHttpServer::Fault::ServerError;
    else if (faultName != u"none")
        return fail(u"unknown --fault "_s + faultName);

    QStringList answer = FakeHttpServer::splitIntoTokens(DefaultAnswer);
    if (parser.isSet(answerOption)) {
        QFile file(parser.value(answerOption));
        if (!file.open(QIODevice::ReadOnly))
            return fail(u"cannot read "_s + file.fileName() + u": "_s + file.errorString());
        answer = FakeHttpServer::splitIntoTokens(QString::fromUtf8(file.readAll()));
    }

    struct Entry
    {
        QString label;
        int port;
        std::unique_ptr<FakeHttpServer> server;
    };
    std::vector<Entry> entries;
    if (ollamaPort > 0) {
        auto ollama = std::make_unique<FakeOllamaServer>();
        // One progress line per tick (the token interval): bytes per tick from the rate.
        if (pullRate > 0 && intervalMs > 0)
            ollama->setPullBytesPerTick(qMax<qint64>(1, std::llround(pullRate * 1e3 * intervalMs)));
        ollama->setPullQuirks(parser.isSet(pullQuirksOption));
        ollama->setPullSafetensors(parser.isSet(pullSafetensorsOption));
        ollama->setPullScript(pullScript);
        ollama->setVramFraction(vramFraction);
        const qint64 modelBytes = parser.value(modelMemoryOption).toLongLong() * 1024 * 1024;
        if (modelBytes > 0) {
            static QByteArray model; // held for the life of the process, like loaded weights
            QObject::connect(ollama.get(), &FakeHttpServer::requestReceived, ollama.get(),
                             [modelBytes](const RecordedRequest &r) {
                                 if (r.path == "/api/chat" && model.isEmpty())
                                     model = QByteArray(modelBytes, '\x01'); // touched: resident
                             });
        }
        entries.push_back({u"Ollama"_s, ollamaPort, std::move(ollama)});
    }
    if (lmStudioPort > 0) {
        auto lmStudio = std::make_unique<FakeLmStudioServer>();
        if (pullRate > 0)
            lmStudio->setDownloadBytesPerSecond(std::llround(pullRate * 1e6));
        lmStudio->setDownloadFails(parser.isSet(downloadFailsOption));
        const QString level = parser.value(lmApiOption).toLower();
        if (level == u"v0")
            lmStudio->setApiLevel(FakeLmStudioServer::ApiLevel::V0Only);
        else if (level == u"openai")
            lmStudio->setApiLevel(FakeLmStudioServer::ApiLevel::OpenAiOnly);
        entries.push_back({u"LM Studio"_s, lmStudioPort, std::move(lmStudio)});
    }
    if (llamaPort > 0) {
        auto llama = std::make_unique<FakeLlamaServer>();
        llama->setLegacyB6097(parser.isSet(llamaLegacyOption));
        llama->setPingComments(parser.isSet(llamaPingOption));
        entries.push_back({u"llama-server"_s, llamaPort, std::move(llama)});
    }
    if (vllmPort > 0)
        entries.push_back({u"vLLM"_s, vllmPort, std::make_unique<FakeVllmServer>()});
    if (phoenixPort > 0) {
        auto gateway = std::make_unique<FakePhoenixGateway>();
        gateway->setProviderHealth(u"lmstudio"_s, false, u"connect ECONNREFUSED"_s);
        entries.push_back({u"Phoenix gateway"_s, phoenixPort, std::move(gateway)});
    }
    if (entries.empty())
        return fail(u"no server enabled"_s);

    for (Entry &entry : entries) {
        FakeHttpServer *server = entry.server.get();
        if (!parser.isSet(fixtureAnswerOption))
            server->setAnswer(answer);
        server->setTokenIntervalMs(intervalMs);
        server->setDelayBeforeFirstChunkMs(loadDelayMs);
        server->setFault(fault, faultAfter);
        if (!server->listen(quint16(entry.port))) {
            return fail(u"cannot listen on 127.0.0.1:%1 for the %2 fake: %3"_s.arg(entry.port)
                            .arg(entry.label, server->errorString()));
        }
        printLine(u"%1 fake listening on %2"_s.arg(entry.label, server->baseUrl().toString()));
    }

#ifdef Q_OS_UNIX
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) == 0) {
        auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, [notifier] {
            char byte = 0;
            [[maybe_unused]] const auto got = ::read(signalPipe[0], &byte, 1);
            notifier->setEnabled(false);
            QCoreApplication::quit();
        });
        struct sigaction action = {};
        action.sa_handler = onSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        sigaction(SIGINT, &action, nullptr);
        sigaction(SIGTERM, &action, nullptr);
    }
#endif

    const int rc = QCoreApplication::exec();
    for (Entry &entry : entries)
        entry.server->close();
    printLine(u"localforge-fakes: stopped"_s);
    return rc;
}
