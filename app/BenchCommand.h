#pragma once

#include "bench/BenchPlan.h"
#include "net/ApiError.h"

#include <QHash>
#include <QObject>
#include <QStringList>

class BenchRunner;
class Core;

// `localforge --bench MODEL[@SERVER_URL] ...`: finds the servers, checks that each model is
// there, runs the benchmark through the same BenchRunner as the tab and prints the results
// (a Markdown table, --json or --csv) on standard output. A missing server or model is said on
// standard error before anything runs, with exit code 1 and nothing on standard output.
class BenchCommand final : public QObject
{
    Q_OBJECT

public:
    enum class Output { Table, Json, Csv };

    struct Spec
    {
        QString model;
        QString serverText; // as typed after '@'; empty: any server that has the model
    };

    BenchCommand(Core *core, QObject *parent = nullptr);

    // "llama3.2@127.0.0.1:11434" -> {llama3.2, 127.0.0.1:11434}.
    static Spec parseSpec(const QString &text);

    // Call before core->start(): adds the named servers to discovery.
    // An Invalid error when a spec names no model or an address cannot be a server address.
    ApiError prepare(const QStringList &specs);
    void setPlan(const BenchPlan &plan) { m_plan = plan; } // targets are filled in
    void setOutput(Output output) { m_output = output; }
    // Starts once discovery's first round is done; finished() follows.
    void start();
    BenchRunner *runner() const { return m_runner; }
    // What it said on the error stream when it gave up (empty when it did not).
    QString message() const { return m_message; }

Q_SIGNALS:
    // exitCode 0: results printed; 1: a server or model is missing, or every run failed.
    void finished(int exitCode);

private:
    void onServersFound();
    void onListsReady();
    void onBenchFinished();
    void quit(int code, const QString &message);

    Core *m_core;
    BenchRunner *m_runner;
    BenchPlan m_plan;
    Output m_output = Output::Table;
    QList<Spec> m_specs;
    QStringList m_serverIds;              // per spec: the normalized id, or empty
    QHash<QString, QStringList> m_lists;  // server id -> model ids
    QHash<QString, QString> m_listErrors; // server id -> why its list could not be read
    int m_listsPending = 0;
    QString m_message;
    bool m_started = false;
};
