// The Benchmark tab, offscreen, against two fake Ollama servers at 5 and 10 tok/s: choose
// models, run, the table and the chart, sorting, Stop, exports, another machine's JSON side by
// side, past benchmarks, and an accessible name on every control.
#include "BenchmarkChart.h"
#include "BenchmarkColumns.h"
#include "BenchmarkPage.h"
#include "BenchmarkTableModel.h"
#include "Core.h"
#include "FakeOllamaServer.h"
#include "MainWindow.h"
#include "Translations.h"
#include "bench/BenchRunner.h"
#include "bench/BenchStore.h"
#include "models/ModelCatalog.h"
#include "providers/ProviderRegistry.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QtCharts/QChartView>

using namespace Qt::StringLiterals;

class TestBenchmarkPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<FakeOllamaServer> m_slow, m_fast;
    std::unique_ptr<Core> m_core;
    std::unique_ptr<MainWindow> m_window;

    BenchmarkPage *page() const { return m_window->benchmarkPage(); }
    // A part of the page by its object name; null (and the test fails where it is checked) when
    // the page has none.
    template<typename T>
    T *child(const char *name) const
    {
        return page()->findChild<T *>(QString::fromLatin1(name));
    }
    // The results as the page holds them, in plan order, under the view's sorting.
    BenchmarkTableModel *results() const
    {
        auto *view = child<QTableView>("benchTable");
        auto *sorted = view ? qobject_cast<QSortFilterProxyModel *>(view->model()) : nullptr;
        return sorted ? qobject_cast<BenchmarkTableModel *>(sorted->sourceModel()) : nullptr;
    }
    QString id(const FakeOllamaServer &s) const { return s.baseUrl().toString(); }
    int childCount() const
    {
        const QTreeWidget *models = child<QTreeWidget>("benchModels");
        int n = 0;
        for (int i = 0; i < models->topLevelItemCount(); ++i)
            n += models->topLevelItem(i)->childCount();
        return n;
    }

private Q_SLOTS:
    void initTestCase() { installTranslations(*qApp, u"en"_s); }

    void init()
    {
        QVERIFY(m_dir.isValid());
        QStringList answer;
        for (int i = 0; i < 6; ++i)
            answer.append(i ? u" word"_s : u"Word"_s);
        m_slow = std::make_unique<FakeOllamaServer>();
        m_fast = std::make_unique<FakeOllamaServer>();
        QVERIFY(m_slow->listen());
        QVERIFY(m_fast->listen());
        m_slow->setAnswer(answer);
        m_fast->setAnswer(answer);
        m_slow->setTokenIntervalMs(200); // 5 tok/s
        m_fast->setTokenIntervalMs(100); // 10 tok/s
        Core::Options options;
        options.discovery.candidates = {{m_slow->baseUrl(), ServerKind::Ollama},
                                        {m_fast->baseUrl(), ServerKind::Ollama}};
        options.discovery.intervalMs = 0;
        options.phoenixUrl = QUrl();
        options.settingsFile = m_dir.filePath(u"settings.ini"_s);
        // Past benchmarks go beside this test's own conversations, not those of other runs.
        options.dataFolder =
            m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u"/conversations"_s);
        m_core = std::make_unique<Core>(options);
        m_window = std::make_unique<MainWindow>(m_core.get());
        m_window->resize(1280, 800);
        m_window->show();
        m_core->start();
        m_window->showPage(MainWindow::Page::Benchmark);
        // The parts the tests use, found once here for every test.
        QVERIFY(child<QTreeWidget>("benchModels"));
        QVERIFY(child<QSpinBox>("benchRuns"));
        QVERIFY(child<QSpinBox>("benchMaxTokens"));
        QVERIFY(child<QPushButton>("benchRunButton"));
        QVERIFY(child<QPushButton>("benchStopButton"));
        QVERIFY(child<QProgressBar>("benchProgress"));
        QVERIFY(child<QLabel>("benchStatus"));
        QVERIFY(child<QTableView>("benchTable"));
        QVERIFY(results());
        QVERIFY(child<BenchmarkChart>("benchChart"));
        QVERIFY(child<QListWidget>("benchHistory"));
        QVERIFY(child<BenchRunner>("benchRunner"));
        // Both servers' models (an embedding model would be left out), each under its server.
        QTRY_COMPARE_WITH_TIMEOUT(child<QTreeWidget>("benchModels")->topLevelItemCount(), 2, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(childCount(), 4, 10000);
    }

    void cleanup()
    {
        m_window.reset();
        m_core.reset();
        m_slow.reset();
        m_fast.reset();
    }

    void runShowsTableAndChartAndExports()
    {
        BenchmarkTableModel *table = results();
        QAbstractItemModelTester tester(table,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *runner = child<BenchRunner>("benchRunner");
        auto *run = child<QPushButton>("benchRunButton");
        auto *progress = child<QProgressBar>("benchProgress");
        QVERIFY(page()->setModelChecked(id(*m_slow), u"llama3.2:latest"_s, true));
        QVERIFY(page()->setModelChecked(id(*m_fast), u"llama3.2:latest"_s, true));
        child<QSpinBox>("benchRuns")->setValue(2);
        QCOMPARE(child<QSpinBox>("benchMaxTokens")->value(), 256);
        QSignalSpy finished(runner, &BenchRunner::finished);
        QSignalSpy recorded(runner, &BenchRunner::runRecorded);
        // Nothing measured yet: no empty progress bar, a line that says what to do.
        QVERIFY(!progress->isVisible());
        QVERIFY(child<QLabel>("benchStatus")->text().contains(u"Run benchmark"));
        // and a chart that says it has nothing yet, not an empty plot naming this machine.
        auto *chartView = child<BenchmarkChart>("benchChart")->findChild<QChartView *>();
        QVERIFY(chartView);
        QVERIFY(child<QLabel>("benchChartEmpty")->isVisible());
        QVERIFY(!chartView->isVisible());
        QTest::mouseClick(run, Qt::LeftButton);
        QVERIFY(progress->isVisible());
        QVERIFY(runner->isRunning());
        QVERIFY(!run->isEnabled());
        QVERIFY(child<QPushButton>("benchStopButton")->isEnabled());
        QVERIFY(recorded.wait(30000));
        // An estimate of the time left once a run has finished.
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>("benchStatus")->text().contains(u"left"), 5000);
        QVERIFY(finished.wait(60000) || finished.count() == 1);
        QCOMPARE(progress->value(), progress->maximum());
        QVERIFY(run->isEnabled());
        // The models measured are in memory now, which Ollama's list does not say: the list of
        // models says so from what each server holds.
        const auto loadedNow = [this](const FakeOllamaServer &server, const QString &model) {
            auto *tree = child<QTreeWidget>("benchModels");
            for (int i = 0; i < tree->topLevelItemCount(); ++i) {
                for (int j = 0; j < tree->topLevelItem(i)->childCount(); ++j) {
                    const QTreeWidgetItem *item = tree->topLevelItem(i)->child(j);
                    if (item->data(0, Qt::DisplayRole).toString() == model &&
                        tree->topLevelItem(i)->text(0).contains(server.baseUrl().authority()))
                        return item->toolTip(0) == u"Loaded now"_s;
                }
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(loadedNow(*m_slow, u"llama3.2:latest"_s), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(loadedNow(*m_fast, u"llama3.2:latest"_s), 5000);
        int others = 0;
        auto *tree = child<QTreeWidget>("benchModels");
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            for (int j = 0; j < tree->topLevelItem(i)->childCount(); ++j) {
                const QTreeWidgetItem *item = tree->topLevelItem(i)->child(j);
                if (item->text(0) != u"llama3.2:latest"_s) {
                    QVERIFY2(item->toolTip(0).isEmpty(), qPrintable(item->text(0)));
                    ++others;
                }
            }
        }
        QCOMPARE(others, 2);

        // Table: one row per model, medians of both rates.
        QCOMPARE(table->rowCount(), 2);
        const auto rate = [table](int row) {
            return table->index(row, BenchmarkTableModel::ClientEvalColumn)
                .data(BenchmarkTableModel::SortRole)
                .toDouble();
        };
        QVERIFY(rate(1) > rate(0));
        QVERIFY(table->index(0, BenchmarkTableModel::ServerEvalColumn)
                    .data()
                    .toString()
                    .contains(u"5.0"));
        QVERIFY(
            !table->index(0, BenchmarkTableModel::DifferenceColumn).data().toString().isEmpty());

        // The speed figures come first after the model, in sight on a 1280-pixel screen
        // without scrolling: LocalForge's rate, the time to the first token, the total.
        auto *view = child<QTableView>("benchTable");
        m_window->resize(1280, 800);
        QApplication::processEvents();
        const QHeaderView *header = view->horizontalHeader();
        for (const int column :
             {int(BenchmarkTableModel::ClientEvalColumn), int(BenchmarkTableModel::TtftColumn),
              int(BenchmarkTableModel::TotalColumn)}) {
            const int right = header->sectionViewportPosition(column) + header->sectionSize(column);
            QVERIFY2(right <= view->viewport()->width(),
                     qPrintable(u"column %1 ends at %2 of %3 px"_s.arg(column).arg(right).arg(
                         view->viewport()->width())));
        }

        // Sorting by LocalForge's rate, fastest first.
        view->sortByColumn(BenchmarkTableModel::ClientEvalColumn, Qt::DescendingOrder);
        QCOMPARE(view->model()->index(0, BenchmarkTableModel::ServerColumn).data().toString(),
                 u"Ollama "_s + m_fast->baseUrl().authority());

        // Chart: a bar per model and server, whiskers from min to max, the 30 tok/s line.
        auto *chart = child<BenchmarkChart>("benchChart");
        QVERIFY(chartView->isVisible());
        QVERIFY(!child<QLabel>("benchChartEmpty")->isVisible());
        QCOMPARE(chart->categories().size(), 2);
        QVERIFY(chart->categories()[0].contains(m_slow->baseUrl().authority()));
        const QList<double> medians = chart->medians(0);
        QVERIFY(medians[1] > medians[0]);
        QVERIFY(std::abs(medians[1] / medians[0] - 2.0) < 0.2);
        for (int i = 0; i < 2; ++i) {
            QVERIFY(chart->ranges(0)[i].first <= medians[i]);
            QVERIFY(chart->ranges(0)[i].second >= medians[i]);
        }
        QCOMPARE(chart->thresholdValue(), 30.0);

        // Exports.
        const QString csv = m_dir.filePath(u"b.csv"_s), md = m_dir.filePath(u"b.md"_s),
                      json = m_dir.filePath(u"b.json"_s);
        const ApiError exported = page()->exportTo(u"csv"_s, csv);
        QVERIFY2(!exported.isError(), qPrintable(exported.message));
        QVERIFY(!page()->exportTo(u"md"_s, md).isError());
        QVERIFY(!page()->exportTo(u"json"_s, json).isError());
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        QCOMPARE(csvFile.readAll().count('\n'), 5); // header + 4 runs
        QFile mdFile(md);
        QVERIFY(mdFile.open(QIODevice::ReadOnly));
        QVERIFY(mdFile.readAll().startsWith("| Model | Server | Run |"));

        // Another machine's JSON beside this one: same models, twice the rows, two bar sets.
        QFile jsonFile(json);
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        QJsonObject other = QJsonDocument::fromJson(jsonFile.readAll()).object();
        QJsonObject machine = other.value(u"machine").toObject();
        machine.insert(u"name"_s, u"GPU box"_s);
        other.insert(u"machine"_s, machine);
        const QString otherFile = m_dir.filePath(u"other.json"_s);
        QFile out(otherFile);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(other).toJson());
        out.close();
        const ApiError imported = page()->importFrom(otherFile);
        QVERIFY2(!imported.isError(), qPrintable(imported.message));
        QCOMPARE(table->rowCount(), 4);
        QVERIFY(!view->isColumnHidden(BenchmarkTableModel::MachineColumn));
        QCOMPARE(chart->machineNames().size(), 2);
        QCOMPARE(chart->machineNames()[1], u"GPU box"_s);
        QCOMPARE(chart->medians(1), chart->medians(0)); // the same runs, read back
        const ApiError notJson = page()->importFrom(csv);
        QCOMPARE(notJson.kind, ApiError::Kind::Invalid);
        QVERIFY2(notJson.message.startsWith(u"The file is not valid JSON ("),
                 qPrintable(notJson.message));
        page()->clearComparison();
        QCOMPARE(table->rowCount(), 2);

        // Kept: listed, and shown again.
        auto *history = child<QListWidget>("benchHistory");
        QCOMPARE(history->count(), 1);
        QVERIFY(history->item(0)->text().contains(u"llama3.2:latest"));
        // The form is for the next run: a past benchmark says how it ran itself.
        child<QSpinBox>("benchRuns")->setValue(5);
        child<QSpinBox>("benchMaxTokens")->setValue(64);
        page()->openPast(0);
        QCOMPARE(page()->current().runs.size(), 4);
        const QString status = child<QLabel>("benchStatus")->text();
        QVERIFY2(status.contains(u"2 runs per prompt, 256 tokens at most, warm runs."),
                 qPrintable(status));
        // Its time as the results' machine column writes it: in the user's format, the same on
        // the list, in the status and in the table.
        const QString when =
            QLocale().toString(page()->current().startedAt.toLocalTime(), QLocale::ShortFormat);
        QVERIFY2(status.contains(when), qPrintable(status + u" / "_s + when));
        QVERIFY2(history->item(0)->text().startsWith(when), qPrintable(history->item(0)->text()));
    }

    void stopKeepsWhatFinished()
    {
        QVERIFY(page()->setModelChecked(id(*m_slow), u"llama3.2:latest"_s, true));
        auto *runner = child<BenchRunner>("benchRunner");
        child<QSpinBox>("benchRuns")->setValue(10);
        page()->addPrompt(u"Dis bonjour en une phrase."_s);
        QCOMPARE(page()->plan().prompts.size(), 2);
        // Buttons that would do nothing are off: Remove on a built-in prompt, Show and Delete
        // with no past benchmark chosen, and all of them while a benchmark runs.
        auto *prompts = child<QListWidget>("benchPrompts");
        auto *remove = child<QPushButton>("benchRemovePrompt");
        auto *add = child<QPushButton>("benchAddPrompt");
        auto *history = child<QListWidget>("benchHistory");
        auto *show = child<QPushButton>("benchOpenPast");
        auto *erase = child<QPushButton>("benchDeletePast");
        prompts->setCurrentRow(0);
        QVERIFY(!remove->isEnabled());
        QVERIFY(remove->toolTip().contains(u"built-in prompts stay"));
        prompts->setCurrentRow(prompts->count() - 1);
        QVERIFY(remove->isEnabled());
        QVERIFY(add->isEnabled());
        history->setCurrentRow(-1);
        QVERIFY(!show->isEnabled() && !erase->isEnabled());
        QSignalSpy recorded(runner, &BenchRunner::runRecorded);
        QVERIFY(page()->run());
        QVERIFY(!add->isEnabled() && !remove->isEnabled());
        QVERIFY(recorded.wait(30000));
        QTest::mouseClick(child<QPushButton>("benchStopButton"), Qt::LeftButton);
        QVERIFY(!runner->isRunning());
        QVERIFY(page()->current().stopped);
        QVERIFY(page()->current().runs.size() >= 1);
        QCOMPARE(results()->rowCount(), 1);
        QVERIFY(child<QPushButton>("benchRunButton")->isEnabled());
        QVERIFY(child<QLabel>("benchStatus")->text().contains(u"Stopped"));
        // The bar stays where the benchmark stopped: a full one reads "finished".
        auto *bar = child<QProgressBar>("benchProgress");
        QVERIFY2(bar->value() < bar->maximum(),
                 qPrintable(u"%1 of %2"_s.arg(bar->value()).arg(bar->maximum())));
        QVERIFY(add->isEnabled());
        QCOMPARE(history->count(), 1);
        history->setCurrentRow(0);
        QVERIFY(show->isEnabled() && erase->isEnabled());
    }

    void quittingDuringABenchmarkKeepsWhatFinished()
    {
        QVERIFY(page()->setModelChecked(id(*m_slow), u"llama3.2:latest"_s, true));
        child<QSpinBox>("benchRuns")->setValue(10);
        auto *runner = child<BenchRunner>("benchRunner");
        QSignalSpy recorded(runner, &BenchRunner::runRecorded);
        QVERIFY(page()->run());
        QVERIFY(recorded.wait(30000));
        const QString folder = BenchStore::folderBeside(m_core->conversationFolder());
        QVERIFY(BenchStore(folder).list().isEmpty());
        m_window.reset(); // the window closes with LocalForge
        const QList<BenchResult> kept = BenchStore(folder).list();
        QCOMPARE(kept.size(), 1);
        QVERIFY(kept.first().stopped);
        QVERIFY(kept.first().runs.size() >= 1);
        QVERIFY(kept.first().runs.first().ok());
    }

    void figuresFollowTheLocaleAndRangesSayLowestAndHighest()
    {
        BenchSummary::Row row;
        row.target = {u"http://127.0.0.1:11434"_s, ServerKind::Ollama, u"llama3.2:latest"_s};
        row.runs = 3;
        row.stats[std::size_t(BenchSummary::Figure::ClientEvalTps)] =
            BenchStat::of({40.0, 42.0, 44.0});
        row.stats[std::size_t(BenchSummary::Figure::Ttft)] = BenchStat::of({0.2, 0.5, 1.5});
        BenchmarkTableModel model;
        model.setRows({row});
        const QLocale before;
        const auto restore = qScopeGuard([&] { QLocale::setDefault(before); });
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        const QModelIndex rate = model.index(0, BenchmarkTableModel::ClientEvalColumn);
        QVERIFY2(rate.data().toString().startsWith(u"42,0 (40,0"),
                 qPrintable(rate.data().toString()));
        // A time's lowest is its fastest: the tooltip does not call it the slowest.
        const QString tip =
            model.index(0, BenchmarkTableModel::TtftColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(u"lowest") && !tip.contains(u"slowest"), qPrintable(tip));
        QVERIFY2(tip.indexOf(u"lowest") < tip.indexOf(u"highest"), qPrintable(tip));
    }

    void aDifferenceThatRoundsToNothingHasNoSign_data()
    {
        QTest::addColumn<QList<double>>("differences");
        QTest::addColumn<QString>("shown");
        QTest::newRow("just below zero")
            << QList<double>{-0.04, -0.2, 0.01} << u"0.0 % (-0.2 %–0.0 %)"_s;
        QTest::newRow("just above zero")
            << QList<double>{0.04, 0.0, 0.12} << u"0.0 % (0.0 %–+0.1 %)"_s;
        QTest::newRow("rounds up")
            << QList<double>{0.96, -1.25, 2.0} << u"+1.0 % (-1.3 %–+2.0 %)"_s;
    }
    void aDifferenceThatRoundsToNothingHasNoSign()
    {
        QFETCH(QList<double>, differences);
        QFETCH(QString, shown);
        BenchSummary::Row row;
        row.target = {u"http://127.0.0.1:11434"_s, ServerKind::Ollama, u"llama3.2:latest"_s};
        row.runs = 3;
        row.stats[std::size_t(BenchSummary::Figure::EvalDifference)] = BenchStat::of(differences);
        BenchmarkTableModel model;
        model.setRows({row});
        QCOMPARE(model.index(0, BenchmarkTableModel::DifferenceColumn).data().toString(), shown);
    }

    void twoModelsWithOneShortNameKeepABarEach()
    {
        const QString server = u"http://127.0.0.1:11434"_s;
        auto rowOf = [&](const QString &model, double rate, BenchSummary::RunKind kind) {
            BenchSummary::Row row;
            row.target = {server, ServerKind::Ollama, model};
            row.kind = kind;
            row.stats[std::size_t(BenchSummary::Figure::ClientEvalTps)] = BenchStat::of({rate});
            return row;
        };
        using K = BenchSummary::RunKind;
        BenchmarkChart chart;
        chart.setResults(
            {{rowOf(u"hf.co/bartowski/Llama-3.2-3B-Instruct-GGUF:Q4_K_M"_s, 60, K::Warm),
              rowOf(u"hf.co/unsloth/Llama-3.2-3B-Instruct-GGUF:Q4_K_M"_s, 40, K::Warm),
              rowOf(u"llama3.2:latest"_s, 30, K::Warm),
              rowOf(u"llama3.2:latest"_s, 20, K::WarmOnly)}});
        const QStringList categories = chart.categories();
        QCOMPARE(categories.size(), 4);
        QVERIFY2(categories[0].contains(u"bartowski") && categories[1].contains(u"unsloth"),
                 qPrintable(categories.join(u" | ")));
        QCOMPARE(categories[2], u"llama3.2:latest"_s);
        QVERIFY2(categories[3].contains(u"warm only"), qPrintable(categories[3]));
        QCOMPARE(chart.medians(0), (QList<double>{60, 40, 30, 20}));
    }

    void columnsAreKeptAsTheUserLeftThem()
    {
        using T = BenchmarkTableModel;
        const auto header = [this] { return child<QTableView>("benchTable")->horizontalHeader(); };
        const auto reopen = [this] {
            m_window = std::make_unique<MainWindow>(m_core.get());
            m_window->show();
            m_window->showPage(MainWindow::Page::Benchmark);
        };
        const auto leaveAsFound = qScopeGuard([this] { page()->columns()->reset(); });
        // Dragged before the model, one hidden from the header's menu; the model stays.
        header()->moveSection(header()->visualIndex(T::ServerColumn),
                              header()->visualIndex(T::ModelColumn));
        bool listed = false;
        bool machineListed = false; // shown on its own while another machine is compared
        // Looked for until it shows (the menu's own loop runs meanwhile).
        QTimer look;
        look.setInterval(20);
        connect(&look, &QTimer::timeout, this, [&] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            look.stop();
            for (QAction *action : menu->actions()) {
                if (action->text() == u"Model"_s)
                    listed = action->isChecked() && !action->isEnabled();
                machineListed = machineListed || action->text() == u"Machine"_s;
                if (action->text() == u"Difference"_s && action->isChecked())
                    action->trigger();
            }
            menu->close();
        });
        look.start();
        Q_EMIT header()->customContextMenuRequested(QPoint(5, 5));
        QVERIFY(listed);
        QVERIFY(!machineListed);
        QVERIFY(header()->isSectionHidden(T::DifferenceColumn));
        page()->columns()->setShown(T::ModelColumn, false);
        QVERIFY(!header()->isSectionHidden(T::ModelColumn));
        // A sort clicked is for this look only.
        child<QTableView>("benchTable")->sortByColumn(T::TotalColumn, Qt::DescendingOrder);
        page()->columns()->save();
        const int serverAt = header()->visualIndex(T::ServerColumn);
        QVERIFY(serverAt < header()->visualIndex(T::ModelColumn));

        // The next start shows them as they were left.
        reopen();
        QCOMPARE(header()->sortIndicatorSection(), -1);
        QVERIFY(header()->isSectionHidden(T::DifferenceColumn));
        QCOMPARE(header()->visualIndex(T::ServerColumn), serverAt);
        QVERIFY(!header()->isSectionHidden(T::ModelColumn));

        // Reset: every column, in the first order, at this start and the next.
        page()->columns()->reset();
        for (int round = 0; round < 2; ++round) {
            for (int column = 0; column < T::ColumnCount; ++column)
                QVERIFY2(header()->isSectionHidden(column) == (column == T::MachineColumn),
                         qPrintable(QString::number(column)));
            QCOMPARE(header()->visualIndex(T::ClientEvalColumn),
                     header()->visualIndex(T::ModelColumn) + 1);
            QVERIFY(header()->visualIndex(T::ServerColumn) > header()->visualIndex(T::TotalColumn));
            reopen();
        }
    }

    void nothingChosenSaysSo()
    {
        QVERIFY(!page()->run());
        QVERIFY(page()->notice().contains(u"No model"));
        // A list read again (the lists rebuilt as they were) changes nothing the user chose.
        QSignalSpy read(m_core->models(), &ModelCatalog::modelsChanged);
        m_core->models()->refresh(id(*m_slow));
        QVERIFY(read.wait(5000));
        QVERIFY(page()->notice().contains(u"No model"));
        // Said until the choice changes, not under the next results.
        QTreeWidgetItem *model = child<QTreeWidget>("benchModels")->topLevelItem(0)->child(0);
        model->setCheckState(0, Qt::Checked);
        QCOMPARE(page()->notice(), QString());
    }

    void everyControlHasAnAccessibleName()
    {
        QStringList missing;
        const auto check = [&missing](QWidget *w) {
            // Parts of a view (headers, the corner button) are the view's own.
            if (qobject_cast<QHeaderView *>(w) || qobject_cast<QAbstractItemView *>(w->parent()))
                return;
            if (w->accessibleName().isEmpty())
                missing.append(QString::fromLatin1(w->metaObject()->className()) + u' ' +
                               w->objectName() + u' ' +
                               (qobject_cast<QAbstractButton *>(w)
                                    ? qobject_cast<QAbstractButton *>(w)->text()
                                    : QString()));
        };
        for (QAbstractButton *w : page()->findChildren<QAbstractButton *>())
            check(w);
        for (QAbstractSpinBox *w : page()->findChildren<QAbstractSpinBox *>())
            check(w);
        for (QComboBox *w : page()->findChildren<QComboBox *>())
            check(w);
        for (QAbstractItemView *w : page()->findChildren<QAbstractItemView *>()) {
            if (w->parentWidget() && qobject_cast<QComboBox *>(w->parentWidget()->parentWidget()))
                continue; // a combo box's own popup list
            check(w);
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", ")));
    }
};

QTEST_MAIN(TestBenchmarkPage)
#include "tst_benchmarkpage.moc"
