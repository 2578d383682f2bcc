#pragma once

#include "WorkshopLine.h"
#include "WorkshopPlan.h"
#include "WorkshopServices.h"
#include "models/FitAdvice.h"
#include "net/Result.h"

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

class Provider;
struct ServerInfo;
struct ModelInfo;

// Whether a machine is ready for a hands-on workshop, line by line: each expected server
// answers; each required model is there, fits this machine's memory and answers a one-line
// prompt (so the session works offline); participants can reach this machine's Ollama when
// they share it; n8n answers. Every failed line says what to do. All asynchronous.
class WorkshopChecklist final : public QObject
{
    Q_OBJECT

public:
    // The generation rate a demo should beat to feel fluid, in tokens per second.
    static constexpr double FluidTokensPerSecond = 30.0;
    static bool isFluid(double tokensPerSecond) { return tokensPerSecond >= FluidTokensPerSecond; }

    using Services = WorkshopServices;

    explicit WorkshopChecklist(const Services &services, QObject *parent = nullptr);

    void setPlan(const WorkshopPlan &plan) { m_plan = plan; }
    const WorkshopPlan &plan() const { return m_plan; }
    // Tests: the memory of this machine as the fit check sees it (default: measured now).
    void setHostOverride(const std::optional<FitAdvice::Host> &host) { m_hostOverride = host; }
    // Tests: this machine's network address to reach a shared server by (default: the first
    // IPv4 address that is not loopback).
    void setLanAddressOverride(const QHostAddress &address) { m_lanOverride = address; }

    // Runs every check again from the start (a run in progress is dropped).
    void checkAll();
    bool isRunning() const { return m_running; }
    const QList<WorkshopLine> &lines() const { return m_lines; }
    int passedCount() const;
    int failedCount() const;
    // Downloads a missing model to the server of its line: the download id, or an Invalid
    // error saying why that server cannot pull it.
    Result<int> pull(int line);
    // The checklist as plain text, in the language in use, to paste in a chat or a ticket.
    QString report() const;
    static QString stateMark(WorkshopLine::State state);

Q_SIGNALS:
    void lineChanged(int index);
    void linesReset();
    void finished();

private:
    int addLine(WorkshopLine::Kind kind, const QString &subject, const QString &title);
    void setLine(int index, WorkshopLine::State state, const QString &detail,
                 const QString &fix = {});
    void onServerProbed(int index, const ServerInfo &info, bool modelHost);
    void checkModels(const ServerInfo &info);
    void onModelsListed(const QList<ModelInfo> &models, const QString &error);
    void answerNext();
    void checkShared(const ServerInfo &info);
    void checkN8n(int index);
    void skipModelLines(const QString &why);
    void maybeFinish();
    FitAdvice::Host hostFor(const QUrl &url) const;
    QHostAddress lanAddress() const;
    int lineOf(WorkshopLine::Kind kind, const QString &subject) const;

    Services m_services;
    WorkshopPlan m_plan;
    QList<WorkshopLine> m_lines;
    std::optional<FitAdvice::Host> m_hostOverride;
    QHostAddress m_lanOverride;
    QHash<int, QString> m_pulls;   // download id -> the model its line is about
    QPointer<Provider> m_provider; // the model host's provider
    QString m_modelServerId;
    QStringList m_toAnswer;   // models still to ask, one at a time
    QObject *m_run = nullptr; // context of the run in progress: deleted to drop its callbacks
    bool m_running = false;
};
