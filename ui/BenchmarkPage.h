#pragma once

#include "bench/BenchResult.h"

#include <QTimer>
#include <QWidget>

class BenchRunner;
class BenchStore;
class BenchmarkChart;
class BenchmarkColumns;
class BenchmarkTableModel;
class Core;
class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;
class QTreeWidget;

// The Benchmark tab: pick models across servers, prompts, runs, max tokens and warm or cold;
// run with a progress bar and ETA (Stop keeps what finished); a sortable table and a bar chart
// of the results; CSV, Markdown and JSON exports; another machine's JSON side by side; past
// benchmarks listed. The runs themselves are BenchRunner's, as for `localforge --bench`.
class BenchmarkPage final : public QWidget
{
    Q_OBJECT

public:
    explicit BenchmarkPage(Core *core, QWidget *parent = nullptr);
    ~BenchmarkPage() override;

    QString notice() const;
    void setNotice(const QString &text);

    // Ticks a model on a server (false when the list does not have it).
    bool setModelChecked(const QString &serverId, const QString &model, bool checked);
    BenchPlan plan() const;
    // Starts the benchmark as the Run button does. False (with the reason shown) when it cannot.
    bool run();
    const BenchResult &current() const { return m_current; }
    // Writes the benchmark shown as csv, md or json; an error says why it could not.
    ApiError exportTo(const QString &format, const QString &file) const;
    // Adds another machine's exported benchmark beside this one; an error says why it could not.
    ApiError importFrom(const QString &file);
    void clearComparison();
    void addPrompt(const QString &text);
    // The results table's columns, as its header's menu sets them: kept for the next start.
    BenchmarkColumns *columns() const { return m_columns; }
    void openPast(int row);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    // Says which of `serverId`'s models its server holds in memory now.
    void markLoaded(const QString &serverId);
    void clearRefusal();
    // The models and prompts ticked.
    QStringList choice() const;
    void rebuildModels();
    void rebuildPrompts();
    void rebuildHistory();
    // Which of the prompt and history buttons apply now (nothing chosen, a built-in prompt, a
    // run going on).
    void updateButtons();
    void showResults();
    void updateProgress();
    void onFinished();
    void exportInteractive(const QString &format);
    void importInteractive();
    void addPromptInteractive();
    void removePrompt();
    void deletePast();

    Core *m_core;
    BenchRunner *m_runner;
    BenchStore *m_store;
    BenchResult m_current;
    QList<BenchResult> m_compared;
    BenchmarkColumns *m_columns = nullptr;
    QList<BenchResult> m_past;
    QList<BenchPrompt> m_userPrompts;
    QTreeWidget *m_models;
    QListWidget *m_prompts;
    QSpinBox *m_runs;
    QSpinBox *m_maxTokens;
    QComboBox *m_mode;
    QPushButton *m_run;
    QPushButton *m_stop;
    QPushButton *m_addPrompt;
    QPushButton *m_removePrompt;
    QPushButton *m_openPast;
    QPushButton *m_deletePast;
    QProgressBar *m_progress;
    QLabel *m_status;
    QLabel *m_notice;
    BenchmarkTableModel *m_table;
    QTableView *m_view;
    BenchmarkChart *m_chart;
    QListWidget *m_history;
    QPushButton *m_clearCompare;
    QPushButton *m_export;
    QTimer m_eta;
    QString m_activity;
    QString m_refusal;           // why Run was refused, while it is shown
    QStringList m_refusedChoice; // what was ticked then
};
