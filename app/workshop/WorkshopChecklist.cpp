#include "WorkshopChecklist.h"

#include "discovery/Discovery.h"
#include "discovery/ServerProbe.h"
#include "metrics/GpuInfo.h"
#include "metrics/MemoryInfo.h"
#include "models/DownloadQueue.h"
#include "net/HostAddress.h"
#include "providers/ChatStream.h"
#include "providers/Provider.h"
#include "providers/ProviderFactory.h"
#include "providers/ProviderRegistry.h"
#include "settings/Settings.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkInterface>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
constexpr int ContextForFit = 4096; // Ollama's and LM Studio's usual default
constexpr int N8nTimeoutMs = 5000;

QString where(const QUrl &url)
{
    return Net::hostPort(url);
}

bool isLocalHost(const QUrl &url)
{
    const QHostAddress address(url.host());
    return url.host() == u"localhost" || (!address.isNull() && address.isLoopback());
}

// "phi3" is "phi3:latest" on Ollama; any other tag is another model.
bool sameModel(const QString &installed, const QString &wanted)
{
    if (installed.compare(wanted, Qt::CaseInsensitive) == 0)
        return true;
    return !wanted.contains(u':') &&
           installed.compare(wanted + u":latest"_s, Qt::CaseInsensitive) == 0;
}

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat); // as Ollama lists it
}
} // namespace

WorkshopChecklist::WorkshopChecklist(const Services &services, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_plan(WorkshopPlan::load(*services.settings))
{
    // A pull started from a line that does not end well gives the line back, with its Pull
    // button: it no longer says it is pulling. (One that ends well: the dialog checks again.)
    if (m_services.downloads)
        connect(m_services.downloads, &DownloadQueue::itemFinished, this, [this](int id) {
            const auto it = m_pulls.constFind(id);
            if (it == m_pulls.cend())
                return;
            const QString model = *it;
            m_pulls.erase(it);
            const DownloadItem *item = m_services.downloads->item(id);
            const int line = lineOf(WorkshopLine::Kind::ModelPresent, model);
            if (!item || item->state == DownloadItem::State::Done || line < 0 ||
                m_lines[line].state != WorkshopLine::State::Running)
                return;
            const QString why = item->error.isError() ? item->error.message
                                                      : tr("the download was cancelled or stopped");
            m_lines[line].canPull = true;
            setLine(line, WorkshopLine::State::Failed, tr("Pulling %1 failed: %2").arg(model, why),
                    tr("Pull it again, or pull it in the Models tab."));
        });
}

int WorkshopChecklist::addLine(WorkshopLine::Kind kind, const QString &subject,
                               const QString &title)
{
    WorkshopLine line;
    line.kind = kind;
    line.subject = subject;
    line.title = title;
    m_lines.append(line);
    return int(m_lines.size()) - 1;
}

void WorkshopChecklist::setLine(int index, WorkshopLine::State state, const QString &detail,
                                const QString &fix)
{
    if (index < 0 || index >= m_lines.size())
        return;
    WorkshopLine &line = m_lines[index];
    line.state = state;
    line.detail = detail;
    line.fix = state == WorkshopLine::State::Failed ? fix : QString();
    if (state != WorkshopLine::State::Failed)
        line.canPull = false;
    Q_EMIT lineChanged(index);
}

int WorkshopChecklist::lineOf(WorkshopLine::Kind kind, const QString &subject) const
{
    for (int i = 0; i < m_lines.size(); ++i) {
        if (m_lines[i].kind == kind && (subject.isNull() || m_lines[i].subject == subject))
            return i;
    }
    return -1;
}

void WorkshopChecklist::checkAll()
{
    delete m_run; // drops every callback of the previous run
    m_run = new QObject(this);
    m_lines.clear();
    m_provider = nullptr;
    m_toAnswer.clear();
    m_running = true;

    QList<QUrl> servers = m_plan.servers;
    if (servers.isEmpty())
        servers.append(WorkshopPlan::defaultServer());
    m_modelServerId = servers.first().toString(QUrl::StripTrailingSlash);
    QList<int> serverLines;
    for (const QUrl &url : std::as_const(servers))
        serverLines.append(addLine(WorkshopLine::Kind::Server,
                                   url.toString(QUrl::StripTrailingSlash),
                                   tr("A server answers at %1").arg(where(url))));
    for (const QString &model : std::as_const(m_plan.models)) {
        addLine(WorkshopLine::Kind::ModelPresent, model,
                tr("%1 is on the server at %2").arg(model, where(servers.first())));
        addLine(WorkshopLine::Kind::ModelFits, model,
                tr("%1 fits this machine's memory").arg(model));
        addLine(WorkshopLine::Kind::ModelAnswers, model,
                tr("%1 loads and answers a one-line prompt (ready offline)").arg(model));
    }
    if (m_plan.sharedServer)
        addLine(WorkshopLine::Kind::SharedServer, m_modelServerId,
                tr("Other machines can reach the server at %1").arg(where(servers.first())));
    int n8nLine = -1;
    if (!m_plan.n8nUrl.isEmpty())
        n8nLine = addLine(WorkshopLine::Kind::N8n, m_plan.n8nUrl.toString(),
                          tr("n8n answers at %1").arg(where(m_plan.n8nUrl)));
    Q_EMIT linesReset();

    const int timeoutMs = m_services.discovery->config().probeTimeoutMs;
    for (int i = 0; i < servers.size(); ++i) {
        const int index = serverLines[i];
        setLine(index, WorkshopLine::State::Running, tr("Asking…"));
        ServerInfo info;
        info.url = servers[i];
        // What the usual port serves, so "nothing answers" says how to start that server.
        if (servers[i].port() == 11434)
            info.expectedKind = ServerKind::Ollama;
        else if (servers[i].port() == 1234)
            info.expectedKind = ServerKind::LmStudio;
        auto *probe =
            new ServerProbe(info, ServerProbe::Mode::Full, m_services.network, timeoutMs, m_run);
        const bool modelHost = i == 0;
        connect(probe, &ServerProbe::finished, m_run,
                [this, index, modelHost](const ServerInfo &found) {
                    onServerProbed(index, found, modelHost);
                });
        probe->start();
    }
    if (n8nLine >= 0)
        checkN8n(n8nLine);
    maybeFinish();
}

void WorkshopChecklist::onServerProbed(int index, const ServerInfo &info, bool modelHost)
{
    if (info.status == ServerStatus::Up) {
        setLine(index, WorkshopLine::State::Passed,
                tr("%1 %2 answers (%3 ms).")
                    .arg(serverKindName(info.kind), info.version)
                    .arg(info.latencyMs)
                    .replace(u"  "_s, u" "_s));
    } else {
        QString fix = info.problem.message;
        if (fix.isEmpty())
            fix = tr("Start the server (for Ollama: `ollama serve`, or `docker compose up -d` in "
                     "the workshop kit folder), then check again.");
        setLine(index, WorkshopLine::State::Failed, tr("It does not answer as an LLM server."),
                fix);
    }
    if (!modelHost) {
        maybeFinish();
        return;
    }
    if (info.status != ServerStatus::Up) {
        skipModelLines(tr("Skipped: the server that holds the models does not answer."));
        const int shared = lineOf(WorkshopLine::Kind::SharedServer, {});
        if (shared >= 0)
            setLine(shared, WorkshopLine::State::Skipped,
                    tr("Skipped: the server does not answer on this machine either."));
        maybeFinish();
        return;
    }
    checkModels(info);
    if (m_plan.sharedServer)
        checkShared(info);
    maybeFinish();
}

void WorkshopChecklist::skipModelLines(const QString &why)
{
    for (int i = 0; i < m_lines.size(); ++i) {
        const auto kind = m_lines[i].kind;
        if ((kind == WorkshopLine::Kind::ModelPresent || kind == WorkshopLine::Kind::ModelFits ||
             kind == WorkshopLine::Kind::ModelAnswers) &&
            !m_lines[i].isOver())
            setLine(i, WorkshopLine::State::Skipped, why);
    }
}

void WorkshopChecklist::checkModels(const ServerInfo &info)
{
    if (m_plan.models.isEmpty())
        return;
    m_provider = m_services.providers->provider(info.id());
    if (!m_provider)
        m_provider = createProvider(info.kind, info.url, m_services.network, m_run);
    if (!m_provider || !m_provider->modelList()) {
        skipModelLines(tr("Skipped: this server cannot list its models."));
        return;
    }
    for (int i = 0; i < m_lines.size(); ++i) {
        if (m_lines[i].kind == WorkshopLine::Kind::ModelPresent)
            setLine(i, WorkshopLine::State::Running, tr("Listing the server's models…"));
    }
    m_provider->modelList()->listModels(m_run, [this](const ModelListResult &result) {
        onModelsListed(result.models, result.error.message);
    });
}

FitAdvice::Host WorkshopChecklist::hostFor(const QUrl &url) const
{
    if (m_hostOverride)
        return *m_hostOverride;
    FitAdvice::Host host;
    if (!isLocalHost(url))
        return host; // only this machine's memory is known here
    if (const auto m = MemoryInfo::current())
        host.freeRamBytes = m->availableBytes;
    if (m_services.gpus)
        host.freeVramBytes = m_services.gpus->freeVramBytes();
#if defined(Q_OS_MACOS) && defined(Q_PROCESSOR_ARM)
    host.unifiedMemory = true;
#endif
    return host;
}

void WorkshopChecklist::onModelsListed(const QList<ModelInfo> &models, const QString &error)
{
    if (!error.isEmpty()) {
        for (int i = 0; i < m_lines.size(); ++i) {
            if (m_lines[i].kind == WorkshopLine::Kind::ModelPresent)
                setLine(i, WorkshopLine::State::Failed, tr("The server did not list its models."),
                        error);
        }
        skipModelLines(tr("Skipped: the server did not list its models."));
        maybeFinish();
        return;
    }
    const bool canPull = m_provider && m_provider->store();
    const QUrl serverUrl(m_modelServerId);
    for (const QString &wanted : std::as_const(m_plan.models)) {
        const auto it = std::find_if(models.cbegin(), models.cend(), [&wanted](const ModelInfo &m) {
            return sameModel(m.id, wanted);
        });
        const int present = lineOf(WorkshopLine::Kind::ModelPresent, wanted);
        const int fits = lineOf(WorkshopLine::Kind::ModelFits, wanted);
        const int answers = lineOf(WorkshopLine::Kind::ModelAnswers, wanted);
        if (it == models.cend()) {
            setLine(
                present, WorkshopLine::State::Failed, tr("%1 is not on the server.").arg(wanted),
                canPull
                    ? tr("Pull it now (Pull), or run `ollama pull %1` on that machine.").arg(wanted)
                    : tr("Download %1 with the server's own tools (LM Studio: Discover "
                         "tab), then check again.")
                          .arg(wanted));
            m_lines[present].canPull = canPull;
            Q_EMIT lineChanged(present);
            setLine(fits, WorkshopLine::State::Skipped, tr("Skipped: the model is not there yet."));
            setLine(answers, WorkshopLine::State::Skipped,
                    tr("Skipped: the model is not there yet."));
            continue;
        }
        setLine(present, WorkshopLine::State::Passed,
                it->sizeBytes > 0 ? tr("%1 is there (%2).").arg(it->id, sizeText(it->sizeBytes))
                                  : tr("%1 is there.").arg(it->id));
        FitAdvice::Host host = hostFor(serverUrl);
        if (it->loaded && it->sizeBytes > 0 && host.freeRamBytes && !m_hostOverride)
            *host.freeRamBytes += it->sizeBytes; // memory it holds is memory it can use
        const FitAdvice::Result fit =
            FitAdvice::assess(it->sizeBytes, std::nullopt, ContextForFit, host);
        switch (fit.verdict) {
        case FitAdvice::Verdict::FitsGpu:
        case FitAdvice::Verdict::Split:
        case FitAdvice::Verdict::FitsRam:
            setLine(fits, WorkshopLine::State::Passed, fit.text);
            break;
        case FitAdvice::Verdict::WontFit:
            setLine(fits, WorkshopLine::State::Failed, fit.text,
                    tr("Use a smaller variant (for example llama3.2:1b or qwen2.5:0.5b) or close "
                       "other programs, then check again."));
            break;
        case FitAdvice::Verdict::Unknown:
            setLine(fits, WorkshopLine::State::Skipped,
                    it->sizeBytes > 0
                        ? tr("Not known: LocalForge knows the memory of this machine only.")
                        : tr("Not known: the server does not say how big the model is."));
            break;
        }
        m_toAnswer.append(wanted);
        setLine(answers, WorkshopLine::State::Waiting, tr("Waiting for its turn…"));
    }
    answerNext();
}

void WorkshopChecklist::answerNext()
{
    if (m_toAnswer.isEmpty()) {
        maybeFinish();
        return;
    }
    const QString model = m_toAnswer.takeFirst();
    const int index = lineOf(WorkshopLine::Kind::ModelAnswers, model);
    if (!m_provider || !m_provider->chat()) {
        setLine(index, WorkshopLine::State::Skipped, tr("Skipped: this server cannot chat."));
        answerNext();
        return;
    }
    setLine(index, WorkshopLine::State::Running, tr("Loading the model and asking…"));
    ChatRequest request;
    request.model = model;
    request.messages = {{ChatTurn::Role::User, tr("Answer with one word: ready?")}};
    request.parameters.temperature = 0.0;
    request.parameters.maxTokens = 16;
    request.timeout =
        std::chrono::seconds(m_services.settings->value(SettingKeys::RequestTimeoutSeconds));
    ChatStream *stream = m_provider->chat()->startChat(request, m_run);
    auto text = std::make_shared<QString>();
    auto thinking = std::make_shared<QString>();
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    connect(stream, &ChatStream::delta, m_run,
            [text, thinking](const QString &content, const QString &thought) {
                text->append(content);
                thinking->append(thought);
            });
    connect(stream, &ChatStream::finished, m_run,
            [this, index, text, thinking, clock](const ChatOutcome &outcome) {
                const double seconds = double(clock->elapsed()) / 1000.0;
                // A reasoning model may spend the few tokens of this test thinking: it is loaded
                // and generating, so that is an answer too.
                const bool said = !text->trimmed().isEmpty();
                const bool thought = !said && !thinking->trimmed().isEmpty();
                if (outcome.status == ChatOutcome::Status::Completed && (said || thought)) {
                    QString answer = (thought ? *thinking : *text).simplified();
                    if (answer.size() > 40)
                        answer = answer.first(40) + u'…';
                    const QString time = QLocale().toString(seconds, 'f', 1);
                    QString detail = thought ? tr("Loaded and thinking after %1 s: “%2”. The short "
                                                  "test stops before the answer comes.")
                                                   .arg(time, answer)
                                             : tr("Answered “%1” in %2 s.").arg(answer, time);
                    if (outcome.figures.tokensPerSecond)
                        detail +=
                            u' ' +
                            tr("%1 tokens/s (%2).")
                                .arg(QLocale().toString(*outcome.figures.tokensPerSecond, 'f', 1),
                                     isFluid(*outcome.figures.tokensPerSecond)
                                         ? tr("fluid")
                                         : tr("below 30 tokens/s"));
                    setLine(index, WorkshopLine::State::Passed, detail);
                } else {
                    const QString why = outcome.error.message.isEmpty()
                                            ? tr("The answer was empty.")
                                            : outcome.error.message;
                    setLine(index, WorkshopLine::State::Failed, tr("It did not answer."), why);
                }
                answerNext();
            });
}

QHostAddress WorkshopChecklist::lanAddress() const
{
    if (!m_lanOverride.isNull())
        return m_lanOverride;
    for (const QHostAddress &a : QNetworkInterface::allAddresses()) {
        if (!a.isLoopback() && a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLinkLocal())
            return a;
    }
    return {};
}

void WorkshopChecklist::checkShared(const ServerInfo &info)
{
    const int index = lineOf(WorkshopLine::Kind::SharedServer, {});
    if (index < 0)
        return;
    if (!isLocalHost(info.url)) {
        setLine(index, WorkshopLine::State::Passed,
                tr("It runs on another machine and answers here over the network, so "
                   "participants on the same network reach it too."));
        return;
    }
    const QHostAddress lan = lanAddress();
    if (lan.isNull()) {
        setLine(index, WorkshopLine::State::Failed,
                tr("This machine has no network address besides loopback."),
                tr("Connect it to the room's network (Wi-Fi or cable), then check again."));
        return;
    }
    QUrl viaLan = info.url;
    viaLan.setHost(lan.toString());
    setLine(index, WorkshopLine::State::Running,
            tr("Asking %1 as another machine would…").arg(where(viaLan)));
    ServerInfo probeInfo;
    probeInfo.url = viaLan;
    auto *probe = new ServerProbe(probeInfo, ServerProbe::Mode::Full, m_services.network,
                                  m_services.discovery->config().probeTimeoutMs, m_run);
    const ServerKind kind = info.kind;
    connect(
        probe, &ServerProbe::finished, m_run,
        [this, index, viaLan, kind](const ServerInfo &lanInfo) {
            if (lanInfo.status == ServerStatus::Up) {
                setLine(index, WorkshopLine::State::Passed,
                        tr("It answers at %1: participants add that address (LocalForge: Add "
                           "server…; or OLLAMA_HOST=%2).")
                            .arg(viaLan.toString(QUrl::StripTrailingSlash), where(viaLan)));
            } else if (kind == ServerKind::Ollama && lanInfo.status == ServerStatus::Down &&
                       lanInfo.problem.kind == ApiError::Kind::Refused) {
                // The same reading as the troubleshooting: loopback answers, the LAN address
                // refuses.
                setLine(
                    index, WorkshopLine::State::Failed,
                    tr("Nothing answers at %1: it listens on loopback only.").arg(where(viaLan)),
                    ApiError::loopbackOnly(viaLan).message);
            } else {
                setLine(index, WorkshopLine::State::Failed,
                        tr("Nothing answers at %1.").arg(where(viaLan)),
                        lanInfo.problem.message.isEmpty()
                            ? tr("Make the server listen on every address (Ollama: "
                                 "OLLAMA_HOST=0.0.0.0) and let port %1 through the firewall.")
                                  .arg(viaLan.port())
                            : lanInfo.problem.message);
            }
            maybeFinish();
        });
    probe->start();
}

void WorkshopChecklist::checkN8n(int index)
{
    QUrl url = m_plan.n8nUrl;
    if (url.path().isEmpty() || url.path() == u"/")
        url.setPath(u"/healthz"_s); // n8n's own health endpoint
    QNetworkRequest request(url);
    request.setTransferTimeout(N8nTimeoutMs);
    setLine(index, WorkshopLine::State::Running, tr("Asking…"));
    QNetworkReply *reply = m_services.network->get(request);
    reply->setParent(m_run);
    connect(reply, &QNetworkReply::finished, m_run, [this, index, reply] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() == QNetworkReply::NoError && status >= 200 && status < 300) {
            setLine(index, WorkshopLine::State::Passed, tr("n8n answers (HTTP %1).").arg(status));
        } else {
            const QString found = status > 0 ? tr("It answers HTTP %1.").arg(status)
                                             : tr("Nothing answers: %1").arg(reply->errorString());
            setLine(index, WorkshopLine::State::Failed, found,
                    tr("Start n8n: `docker compose up -d n8n` in the workshop kit folder, or "
                       "`npx n8n`; it listens on port 5678."));
        }
        maybeFinish();
    });
}

void WorkshopChecklist::maybeFinish()
{
    if (!m_running)
        return;
    const bool over = std::all_of(m_lines.cbegin(), m_lines.cend(),
                                  [](const WorkshopLine &l) { return l.isOver(); });
    if (!over)
        return;
    m_running = false;
    Q_EMIT finished();
}

int WorkshopChecklist::passedCount() const
{
    return int(std::count_if(m_lines.cbegin(), m_lines.cend(), [](const WorkshopLine &l) {
        return l.state == WorkshopLine::State::Passed;
    }));
}

int WorkshopChecklist::failedCount() const
{
    return int(std::count_if(m_lines.cbegin(), m_lines.cend(), [](const WorkshopLine &l) {
        return l.state == WorkshopLine::State::Failed;
    }));
}

Result<int> WorkshopChecklist::pull(int line)
{
    if (line < 0 || line >= m_lines.size() || !m_lines[line].canPull)
        return {.value = -1,
                .error = ApiError::invalid(tr("There is nothing to pull on this line."))};
    const QString model = m_lines[line].subject;
    if (!m_services.providers->provider(m_modelServerId))
        return {.value = -1,
                .error = ApiError::invalid(
                    tr("LocalForge pulls only to a server in its list: add %1 first (Add "
                       "server…), or run `ollama pull %2` on that machine.")
                        .arg(m_modelServerId, model))};
    const int id = m_services.downloads->enqueue(m_modelServerId, model);
    m_pulls.insert(id, model);
    m_lines[line].canPull = false;
    m_lines[line].state = WorkshopLine::State::Running;
    m_lines[line].detail = tr("Pulling %1… (progress in the Models tab)").arg(model);
    m_lines[line].fix.clear();
    Q_EMIT lineChanged(line);
    return {.value = id, .error = {}};
}

QString WorkshopChecklist::stateMark(WorkshopLine::State state)
{
    switch (state) {
    case WorkshopLine::State::Passed:
        return u"[OK]  "_s;
    case WorkshopLine::State::Failed:
        return u"[FAIL]"_s;
    case WorkshopLine::State::Skipped:
        return u"[--]  "_s;
    case WorkshopLine::State::Waiting:
    case WorkshopLine::State::Running:
        break;
    }
    return u"[..]  "_s;
}

QString WorkshopChecklist::report() const
{
    QStringList out;
    out << tr("LocalForge workshop check, %1: %2 passed, %3 failed.")
               .arg(QDateTime::currentDateTime().toString(Qt::ISODate))
               .arg(passedCount())
               .arg(failedCount());
    for (const WorkshopLine &l : m_lines) {
        out << stateMark(l.state) + u' ' + l.title;
        if (!l.detail.isEmpty())
            out << u"       "_s + l.detail;
        if (!l.fix.isEmpty())
            out << u"       "_s + tr("Fix: %1").arg(l.fix);
    }
    return out.join(u'\n') + u'\n';
}
