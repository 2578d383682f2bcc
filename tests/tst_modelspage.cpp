// The Models page, offscreen, against the fake Ollama: catalogue, a pull with its progress,
// cancel and pull again, delete with confirmation, unload; item models checked by the tester.
#include "Core.h"
#include "DownloadListModel.h"
#include "DownloadsPanel.h"
#include "FakeLlamaServer.h"
#include "FakeLmStudioServer.h"
#include "FakeOllamaServer.h"
#include "Format.h"
#include "MainWindow.h"
#include "ModelTableModel.h"
#include "ModelsPage.h"
#include "Translations.h"
#include "chat/ChatSession.h"
#include "models/DownloadQueue.h"
#include "models/FitAdvice.h"
#include "models/LoadedModels.h"
#include "models/ModelCatalog.h"
#include "providers/ChatStream.h"
#include "providers/Provider.h"
#include "providers/ProviderRegistry.h"
#include "settings/ParameterStore.h"
#include "settings/Settings.h"

#include <QAbstractItemModelTester>
#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextLayout>
#include <QTimer>
#include <QTranslator>

class TestModelsPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<FakeOllamaServer> m_ollama;
    std::unique_ptr<Core> m_core;
    std::unique_ptr<MainWindow> m_window;

    ModelsPage *page() const { return child<ModelsPage>("modelsPage"); }
    template<typename T>
    T *child(const char *name) const
    {
        return m_window->findChild<T *>(QString::fromLatin1(name));
    }

    // Answers the next message box with `button` as soon as it shows.
    void answerNextMessageBox(QMessageBox::StandardButton button)
    {
        QTimer::singleShot(0, this, [button] {
            QTRY_VERIFY(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QTest::mouseClick(box->button(button), Qt::LeftButton);
        });
    }

    int rowOf(const QString &id) const
    {
        QAbstractItemModel *m = child<QTableView>("modelTable")->model();
        for (int r = 0; r < m->rowCount(); ++r) {
            if (m->index(r, 0).data(ModelTableModel::IdRole).toString() == id)
                return r;
        }
        return -1;
    }

    // Answers the next message box with `button` whenever it shows (also from inside a reply's
    // callback), and keeps its text in `text`.
    void answerMessageBoxWhenShown(QMessageBox::StandardButton button, QString *text)
    {
        auto *poll = new QTimer(this);
        connect(poll, &QTimer::timeout, this, [poll, button, text] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            poll->deleteLater();
            poll->stop();
            *text = box->text();
            QTest::mouseClick(box->button(button), Qt::LeftButton);
        });
        poll->start(20);
    }

    // Loads the selected model through the page, with the context the dialog offers.
    void clickLoad()
    {
        QTimer::singleShot(0, this, [] {
            QTRY_VERIFY(qobject_cast<QInputDialog *>(QApplication::activeModalWidget()));
            qobject_cast<QInputDialog *>(QApplication::activeModalWidget())->accept();
        });
        QTest::mouseClick(child<QPushButton>("loadModelButton"), Qt::LeftButton);
    }

    // A second fake Ollama, added and shown; its models listed.
    QString showSecondServer(FakeOllamaServer &other)
    {
        const QString id = m_core->addServer(other.baseUrl());
        if (!QTest::qWaitFor([&] { return m_core->providers()->provider(id) != nullptr; }))
            return {};
        m_core->providers()->setActiveServer(id);
        return id;
    }

    // Holds every load request (a chat with no message) of `server` unanswered.
    static void holdLoads(FakeOllamaServer &server)
    {
        server.setHandler([](const RecordedRequest &r, Responder &responder) {
            if (r.path == "/api/chat" &&
                QJsonDocument::fromJson(r.body).object().value(u"messages").toArray().isEmpty())
                responder.sendJson(200, "{}", 10 * 60 * 1000);
        });
    }

    QLabel *listNote() const { return child<QLabel>("modelListNote"); }

    // A short chat with llama3.2 on the active server, which loads it; false when it never ends.
    bool answerOnce()
    {
        ChatRequest req;
        req.model = QStringLiteral("llama3.2");
        req.messages = {{ChatTurn::Role::User, QStringLiteral("hi")}};
        ChatStream *s = m_core->providers()->activeProvider()->chat()->startChat(req, this);
        QSignalSpy finished(s, &ChatStream::finished);
        return finished.wait(5000);
    }

private Q_SLOTS:
    void initTestCase() { installTranslations(*qApp, QStringLiteral("en")); }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_ollama = std::make_unique<FakeOllamaServer>();
        QVERIFY(m_ollama->listen());
        m_ollama->setTokenIntervalMs(20);
        m_ollama->setPullBytesPerTick(16 * 1024 * 1024);
        Core::Options options;
        options.discovery.candidates = {{m_ollama->baseUrl(), ServerKind::Ollama}};
        options.discovery.intervalMs = 0;
        options.settingsFile = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) +
                                              QStringLiteral(".ini"));
        m_core = std::make_unique<Core>(options);
        m_window = std::make_unique<MainWindow>(m_core.get());
        m_window->show();
        m_core->start();
        QTRY_VERIFY(m_core->providers()->activeProvider());
        // Built when its tab first shows, after the server came up: it shows that server's
        // models all the same.
        QVERIFY(!page());
        m_window->showPage(MainWindow::Page::Models);
        QVERIFY(page());
        QTRY_COMPARE(child<QTableView>("modelTable")->model()->rowCount(), 2);
    }

    void cleanup()
    {
        m_window.reset();
        m_core.reset();
        m_ollama.reset();
    }

    void itemModelsAreSound()
    {
        ModelTableModel table;
        QAbstractItemModelTester tableTester(
            &table, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ModelInfo m;
        m.id = QStringLiteral("a");
        m.sizeBytes = 10;
        table.setModels({m, m});
        QCOMPARE(table.rowCount(), 2);
        table.setModels({});
        QCOMPARE(table.rowCount(), 0);

        DownloadListModel list(m_core->downloads());
        QAbstractItemModelTester listTester(&list,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int id = m_core->downloads()->enqueue(m_core->providers()->activeServerId(),
                                                    QStringLiteral("phi3"));
        QCOMPARE(list.rowCount(), 1);
        QTRY_VERIFY(list.index(0).data(DownloadListModel::FractionRole).toDouble() > 0);
        m_core->downloads()->cancel(id);
        m_core->downloads()->removeFinished();
        QCOMPARE(list.rowCount(), 0);
    }

    void catalogueSortsFiltersAndShowsDetails()
    {
        QTableView *table = child<QTableView>("modelTable");
        table->sortByColumn(ModelTableModel::Size, Qt::DescendingOrder);
        QCOMPARE(table->model()->index(0, 0).data(ModelTableModel::IdRole).toString(),
                 QStringLiteral("deepseek-r1:latest"));
        table->sortByColumn(ModelTableModel::Size, Qt::AscendingOrder);
        QCOMPARE(table->model()->index(0, 0).data(ModelTableModel::IdRole).toString(),
                 QStringLiteral("llama3.2:latest"));
        auto *filter = child<QLineEdit>("modelFilter");
        QTest::keyClicks(filter, QStringLiteral("qwen"));
        QCOMPARE(table->model()->rowCount(), 1); // deepseek-r1 is of the qwen2 family
        filter->clear();
        table->selectRow(rowOf(QStringLiteral("llama3.2:latest")));
        auto *details = child<QTextBrowser>("modelDetails");
        QTRY_VERIFY(details->toPlainText().contains(u"Template")); // /api/show arrived
        QVERIFY(details->toPlainText().contains(u"llama.context_length: 8192"));
        QVERIFY(details->toPlainText().contains(u"Needs about"));
        // What Ollama's list does not say is not a column left empty: the details say it.
        QVERIFY(table->isColumnHidden(ModelTableModel::Context));
        QVERIFY(table->isColumnHidden(ModelTableModel::Capabilities));
        QVERIFY(!table->isColumnHidden(ModelTableModel::Family));
        const QString shown = details->toPlainText();
        QVERIFY2(shown.contains(QStringLiteral("Context length\n") + QLocale().toString(8192)) &&
                     shown.contains(u"Capabilities\ncompletion, vision"),
                 qPrintable(shown.left(400)));
    }

    void detailsInANarrowPanelWrapWholeWords()
    {
        // At 1024 px in French the details panel is about 170 px wide; narrower still here, so
        // that English labels are longer than their column too: they scroll rather than break
        // inside a word ("Quantiza" / "tion").
        auto *details = child<QTextBrowser>("modelDetails");
        details->setFixedWidth(110);
        QTableView *table = child<QTableView>("modelTable");
        table->selectRow(rowOf(QStringLiteral("llama3.2:latest")));
        QTRY_VERIFY(details->toPlainText().contains(u"Quantization"));
        QApplication::processEvents();
        QTextDocument *doc = details->document();
        doc->documentLayout()->documentSize(); // laid out
        QStringList broken;
        for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
            const QTextLayout *layout = b.layout();
            const QString text = b.text();
            for (int i = 0; i + 1 < layout->lineCount(); ++i) {
                const int end = layout->lineAt(i).textStart() + layout->lineAt(i).textLength();
                if (end > 0 && end < text.size() && text[end - 1].isLetter() &&
                    text[end].isLetter())
                    broken << text;
            }
        }
        details->setMinimumWidth(0);
        details->setMaximumWidth(QWIDGETSIZE_MAX);
        QVERIFY2(broken.isEmpty(), qPrintable(broken.join(u" | ")));
    }

    void pullCancelPullAgain()
    {
        auto *name = child<QComboBox>("pullName");
        auto *clear = child<QPushButton>("clearDownloadsButton");
        QVERIFY(!clear->isEnabled()); // nothing finished to clear
        name->setFocus();
        QTest::keyClicks(name->lineEdit(), QStringLiteral("phi3"));
        // The completer turns "phi3" into the suggestion "phi3 (2.2 GB)", the size the Ollama
        // library gives: still phi3.
        QCOMPARE(name->currentText(), QStringLiteral("phi3 (2.2 GB)"));
        // Before the pull: whether it fits, with the figures.
        bool advised = false;
        for (QLabel *l : m_window->findChildren<QLabel *>())
            advised = advised || (l->isVisible() && l->text().startsWith(u"Needs at least"));
        QVERIFY(advised);
        QTest::mouseClick(child<QPushButton>("pullButton"), Qt::LeftButton);
        QListView *list = child<QListView>("downloadList");
        QTRY_COMPARE(list->model()->rowCount(), 1);
        const QModelIndex row = list->model()->index(0, 0);
        QTRY_VERIFY(row.data(DownloadListModel::FractionRole).toDouble() > 0.02);
        QVERIFY(row.data(DownloadListModel::DetailRole).toString().contains(u" of "));
        QVERIFY(row.data(Qt::DisplayRole).toString().contains(u"phi3 — downloading"));
        // Asked again while it runs: no second download, and the page says where it is.
        list->setCurrentIndex({});
        QTest::keyClicks(name->lineEdit(), QStringLiteral("phi3"));
        QTest::mouseClick(child<QPushButton>("pullButton"), Qt::LeftButton);
        QCOMPARE(list->model()->rowCount(), 1);
        QCOMPARE(list->currentIndex().row(), 0);
        bool said = false;
        for (QLabel *l : m_window->findChildren<QLabel *>())
            said = said || (l->isVisible() && l->text().contains(u"already downloading"));
        QVERIFY(said);

        auto *cancel = child<QPushButton>("cancelDownloadButton");
        QVERIFY(cancel->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY(row.data(Qt::DisplayRole).toString().contains(u"cancelled"));
        QVERIFY(row.data(DownloadListModel::DetailRole)
                    .toString()
                    .contains(u"downloading again resumes"));
        const double stoppedAt = row.data(DownloadListModel::FractionRole).toDouble();

        auto *retry = child<QPushButton>("retryDownloadButton");
        QTRY_VERIFY(retry->isEnabled());
        m_ollama->setTokenIntervalMs(5);
        m_ollama->setPullBytesPerTick(256 * 1024 * 1024);
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(row.data(Qt::DisplayRole).toString().contains(u"done"), 15000);
        QCOMPARE(row.data(DownloadListModel::FractionRole).toDouble(), 1.0);
        QVERIFY(stoppedAt > 0 && stoppedAt < 1);
        QTRY_VERIFY(clear->isEnabled());
        // The new model is in the catalogue without a manual refresh.
        QTRY_VERIFY(rowOf(QStringLiteral("phi3:latest")) >= 0 ||
                    rowOf(QStringLiteral("phi3")) >= 0);
        QTest::mouseClick(clear, Qt::LeftButton);
        QTRY_COMPARE(list->model()->rowCount(), 0);
        QVERIFY(!clear->isEnabled());
    }

    void theSpeedShowsOnlyWhileBytesCome_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<int>("phase");
        QTest::addColumn<bool>("speedShown");
        QTest::newRow("downloading")
            << int(DownloadItem::State::Pulling) << int(PullProgress::Phase::Downloading) << true;
        // Checking the digest of a big layer says nothing for minutes: no stale speed there.
        QTest::newRow("verifying")
            << int(DownloadItem::State::Verifying) << int(PullProgress::Phase::Verifying) << false;
        QTest::newRow("writing") << int(DownloadItem::State::Writing)
                                 << int(PullProgress::Phase::Writing) << false;
        QTest::newRow("done") << int(DownloadItem::State::Done) << int(PullProgress::Phase::Done)
                              << false;
    }

    void theSpeedShowsOnlyWhileBytesCome()
    {
        QFETCH(int, state);
        QFETCH(int, phase);
        QFETCH(bool, speedShown);
        DownloadItem item;
        item.model = QStringLiteral("llava");
        item.state = DownloadItem::State(state);
        item.progress.phase = PullProgress::Phase(phase);
        item.progress.completedBytes = 4'100'000'000;
        item.progress.totalBytes = 4'100'000'000;
        item.progress.bytesPerSecond = 100'000'000.0;
        const QString detail = DownloadListModel::detailText(item);
        QVERIFY2(detail.contains(u" of "), qPrintable(detail));
        QCOMPARE(detail.contains(u"/s"), speedShown);
    }

    // A row says why a download waits, and when it goes on: a lost connection, a server that
    // answers busy (the connection is fine), a job its user paused in LM Studio.
    void aWaitingDownloadSaysWhy_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("httpStatus");
        QTest::addColumn<bool>("paused");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("notText");
        const int retrying = int(DownloadItem::State::Retrying);
        QTest::newRow("connection lost")
            << retrying << int(ApiError::Kind::StreamCut) << 0 << false
            << QStringLiteral("connection lost, trying again in 8 s (attempt 3)")
            << QStringLiteral("busy");
        QTest::newRow("busy, 503")
            << retrying << int(ApiError::Kind::Http) << 503 << false
            << QStringLiteral("server busy (HTTP 503), trying again in 8 s (attempt 3)")
            << QStringLiteral("connection");
        QTest::newRow("bad gateway, 502")
            << retrying << int(ApiError::Kind::Http) << 502 << false
            << QStringLiteral("server busy (HTTP 502)") << QStringLiteral("connection");
        QTest::newRow("paused in LM Studio")
            << int(DownloadItem::State::Pulling) << int(ApiError::Kind::None) << 0 << true
            << QStringLiteral("paused in LM Studio") << QStringLiteral("starting");
    }
    void aWaitingDownloadSaysWhy()
    {
        QFETCH(int, state);
        QFETCH(int, kind);
        QFETCH(int, httpStatus);
        QFETCH(bool, paused);
        QFETCH(QString, text);
        QFETCH(QString, notText);
        DownloadItem item;
        item.model = QStringLiteral("llava");
        item.state = DownloadItem::State(state);
        item.attempt = 2;
        item.nextTryAt = QDateTime::currentDateTime().addMSecs(8000);
        item.error.kind = ApiError::Kind(kind);
        item.error.httpStatus = httpStatus;
        item.progress.phase =
            paused ? PullProgress::Phase::Starting : PullProgress::Phase::Downloading;
        item.progress.paused = paused;
        item.progress.completedBytes = 1'000'000;
        item.progress.totalBytes = 4'100'000'000;
        const QString said = DownloadListModel::stateText(item);
        QVERIFY2(said.contains(text), qPrintable(said));
        QVERIFY2(!said.contains(notText), qPrintable(said));
    }

    // "trying again in 8 s" counts down on screen: the row is told each second, not only when
    // something repaints it.
    void aRetryCountdownTicks()
    {
        DownloadListModel list(m_core->downloads());
        DownloadQueue::Policy policy;
        policy.firstRetryDelayMs = 30000;
        m_core->downloads()->setPolicy(policy);
        m_ollama->setFault(FakeHttpServer::Fault::CutStream, 3);
        const int id = m_core->downloads()->enqueue(m_core->providers()->activeServerId(),
                                                    QStringLiteral("phi3"));
        QTRY_COMPARE(m_core->downloads()->item(id)->state, DownloadItem::State::Retrying);
        const QString first = list.index(0).data().toString();
        QVERIFY2(first.contains(u"trying again in 30 s") || first.contains(u"trying again in 29 s"),
                 qPrintable(first));
        // The text is worked out when asked for; what is checked is that the view is asked
        // again as it changes, as a view would be.
        QStringList told;
        connect(&list, &QAbstractItemModel::dataChanged, this,
                [&](const QModelIndex &from) { told.append(from.data().toString()); });
        // Two counts told one after the other, a second apart.
        auto counts = [&] {
            QList<int> seconds;
            static const QRegularExpression in(QStringLiteral("trying again in (\\d+) s"));
            for (const QString &text : std::as_const(told)) {
                if (const auto m = in.match(text); m.hasMatch())
                    seconds.append(m.captured(1).toInt());
            }
            for (qsizetype i = 1; i < seconds.size(); ++i) {
                if (seconds[i] == seconds[i - 1] - 1)
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(counts(), 10000);
        m_core->downloads()->cancel(id);
    }

    // Lines keep coming but no byte does: the row says so instead of a speed falling to 0 and
    // an ETA of years.
    void waitingForDataSaysSo_data()
    {
        QTest::addColumn<bool>("refetching");
        QTest::addColumn<QString>("text");
        QTest::newRow("the server waits") << false << QStringLiteral("waiting for data");
        QTest::newRow("a lost part") << true << QStringLiteral("fetching a lost part again");
    }
    void waitingForDataSaysSo()
    {
        QFETCH(bool, refetching);
        QFETCH(QString, text);
        DownloadItem item;
        item.model = QStringLiteral("llava");
        item.state = DownloadItem::State::Pulling;
        item.progress.phase = PullProgress::Phase::Downloading;
        item.progress.completedBytes = 1'000'000;
        item.progress.totalBytes = 4'100'000'000;
        item.progress.waitingForData = true;
        item.progress.refetching = refetching;
        const QString detail = DownloadListModel::detailText(item);
        QVERIFY2(detail.contains(text), qPrintable(detail));
        QVERIFY(!detail.contains(u"/s") && !detail.contains(u"left"));
        item.state = DownloadItem::State::Failed; // only while it downloads
        QVERIFY(!DownloadListModel::detailText(item).contains(text));
    }

    void downloadsOnSeveralServersSayWhichServer()
    {
        DownloadListModel list(m_core->downloads());
        QAbstractItemModelTester tester(&list,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString here = m_core->providers()->activeServerId();
        m_core->downloads()->enqueue(here, QStringLiteral("phi3"));
        QCOMPARE(list.rowCount(), 1);
        QVERIFY(!list.index(0).data().toString().contains(u" · on "));
        // The same model on a second server (gone, so it fails at once): two rows that look
        // alike unless each names its server.
        m_core->downloads()->enqueue(QStringLiteral("http://10.0.0.9:11434"),
                                     QStringLiteral("phi3"));
        QCOMPARE(list.rowCount(), 2);
        QVERIFY2(list.index(0).data().toString().contains(Format::hostPort(QUrl(here))),
                 qPrintable(list.index(0).data().toString()));
        QVERIFY(list.index(1).data().toString().contains(u"on 10.0.0.9:11434"));
    }

    void aStalledDownloadIsAnnounced()
    {
        // A long pull that stops while the user looks elsewhere is worth a word, like one that
        // failed: the status bar (and, in the background, the tray) says what to do.
        // It stalls on every try: after the last one, it waits for the user.
        DownloadQueue::Policy policy;
        policy.stallTimeoutMs = 300;
        policy.firstRetryDelayMs = 50;
        m_core->downloads()->setPolicy(policy);
        m_ollama->setFault(FakeHttpServer::Fault::Stall, 3);
        const int id = m_core->downloads()->enqueue(m_core->providers()->activeServerId(),
                                                    QStringLiteral("phi3"));
        QTRY_COMPARE_WITH_TIMEOUT(m_core->downloads()->item(id)->state,
                                  DownloadItem::State::Stalled, 10000);
        QCOMPARE(m_core->downloads()->item(id)->attempt, policy.maxAttempts);
        const QString said = m_window->statusBar()->currentMessage();
        QVERIFY2(said.contains(u"phi3") && said.contains(u"no progress"), qPrintable(said));
        QVERIFY(said.contains(u"Retry"));
    }

    void unknownNameIsAClearError()
    {
        auto *name = child<QComboBox>("pullName");
        QTest::keyClicks(name->lineEdit(), QStringLiteral("llama9:70b"));
        QTest::keyClick(name->lineEdit(), Qt::Key_Return);
        const QModelIndex row = child<QListView>("downloadList")->model()->index(0, 0);
        QTRY_VERIFY(row.data(Qt::DisplayRole).toString().contains(u"failed"));
        QVERIFY(row.data(DownloadListModel::DetailRole)
                    .toString()
                    .contains(u"There is no model called “llama9:70b”"));
    }

    void deleteAsksFirst()
    {
        child<QTableView>("modelTable")->selectRow(rowOf(QStringLiteral("deepseek-r1:latest")));
        auto *del = child<QPushButton>("deleteModelButton");
        QVERIFY(del->isEnabled());
        answerNextMessageBox(QMessageBox::Cancel);
        QTest::mouseClick(del, Qt::LeftButton);
        QTest::qWait(200);
        QCOMPARE(child<QTableView>("modelTable")->model()->rowCount(), 2);
        answerNextMessageBox(QMessageBox::Yes);
        QTest::mouseClick(del, Qt::LeftButton);
        QTRY_COMPARE(child<QTableView>("modelTable")->model()->rowCount(), 1);
        QCOMPARE(rowOf(QStringLiteral("deepseek-r1:latest")), -1);
    }

    // Deleted while in memory, a model is unloaded first: Ollama keeps a deleted model loaded
    // until it restarts, and then no longer knows it by name to unload it.
    void aLoadedModelIsUnloadedBeforeItIsDeleted()
    {
        QVERIFY(answerOnce()); // loads llama3.2
        QTableWidget *loaded = child<QTableWidget>("loadedTable");
        QTRY_COMPARE_WITH_TIMEOUT(loaded->rowCount(), 1, 5000);
        child<QTableView>("modelTable")->selectRow(rowOf(QStringLiteral("llama3.2:latest")));
        const qsizetype before = m_ollama->requests().size();
        answerNextMessageBox(QMessageBox::Yes);
        QTest::mouseClick(child<QPushButton>("deleteModelButton"), Qt::LeftButton);
        QTRY_COMPARE(rowOf(QStringLiteral("llama3.2:latest")), -1);
        QTRY_COMPARE(loaded->rowCount(), 0);
        QByteArrayList asked;
        for (const RecordedRequest &r : m_ollama->requests().mid(before)) {
            if (r.path == "/api/chat" || r.path == "/api/delete")
                asked << r.path + (r.body.contains("\"keep_alive\":0") ? " unload" : "");
        }
        QCOMPARE(asked, (QByteArrayList{"/api/chat unload", "/api/delete"}));
    }

    void aServerThatChangesDuringTheDialogIsLeftAlone()
    {
        // The question waits for the user; meanwhile another server is shown. Yes then deletes
        // nothing, on neither server, and says so.
        FakeOllamaServer other;
        QVERIFY(other.listen());
        const QString otherId = m_core->addServer(other.baseUrl());
        QTRY_VERIFY(m_core->providers()->provider(otherId));
        child<QTableView>("modelTable")->selectRow(rowOf(QStringLiteral("deepseek-r1:latest")));
        QString said;
        QTimer::singleShot(0, this, [&] {
            QTRY_VERIFY(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
            auto *question = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(m_core->providers()->setActiveServer(otherId));
            QTimer::singleShot(0, this, [&] {
                QTRY_VERIFY(QApplication::activeModalWidget() != question);
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                QVERIFY(box);
                said = box->text();
                box->accept();
            });
            QTest::mouseClick(question->button(QMessageBox::Yes), Qt::LeftButton);
        });
        QTest::mouseClick(child<QPushButton>("deleteModelButton"), Qt::LeftButton);
        QVERIFY2(said.contains(u"nothing was done"), qPrintable(said));
        QTest::qWait(200);
        QVERIFY(m_ollama->modelNames().contains(QStringLiteral("deepseek-r1:latest")));
        QVERIFY(other.modelNames().contains(QStringLiteral("deepseek-r1:latest")));
        for (const RecordedRequest &r : m_ollama->requests() + other.requests())
            QVERIFY2(r.path != "/api/delete", r.path.constData());
    }

    void unloadFromTheLoadedList()
    {
        m_ollama->setVramFraction(0.5);
        QVERIFY(answerOnce()); // loads llama3.2
        QTableWidget *loaded = child<QTableWidget>("loadedTable");
        QTRY_COMPARE_WITH_TIMEOUT(loaded->rowCount(), 1, 5000); // polled every 2 s
        QCOMPARE(loaded->item(0, 0)->text(), QStringLiteral("llama3.2:latest"));
        QCOMPARE(loaded->item(0, 2)->text(), QStringLiteral("split: 50% GPU / 50% CPU"));
        // Its row in the list says so too (Ollama's list does not; its /api/ps does), and
        // only its row.
        const auto loadedMark = [this](const QString &id) {
            QAbstractItemModel *m = child<QTableView>("modelTable")->model();
            return m->index(rowOf(id), ModelTableModel::Loaded).data().toString();
        };
        QTRY_COMPARE(loadedMark(QStringLiteral("llama3.2:latest")), QStringLiteral("loaded"));
        QCOMPARE(loadedMark(QStringLiteral("deepseek-r1:latest")), QString());
        // The fit advice for the loaded model counts the memory it holds as available to it;
        // another model does not get it. What is loaded comes from the one poller the page
        // shows.
        const QList<LoadedModel> held =
            m_core->loaded()->state(m_core->providers()->activeServerId()).models;
        QCOMPARE(held.size(), 1);
        const FitAdvice::Host host = FitAdvice::hostOf(m_ollama->baseUrl(), m_core->thisMachine());
        const FitAdvice::Host withIt =
            FitAdvice::withLoaded(host, held, QStringLiteral("llama3.2:latest"));
        const FitAdvice::Host other =
            FitAdvice::withLoaded(host, held, QStringLiteral("phi3:latest"));
        QVERIFY(withIt.freeRamBytes && other.freeRamBytes);
        // What the server says the model holds.
        qint64 size = 0;
        m_core->providers()->activeProvider()->loader()->loadedModels(
            this, [&size](const LoadedModelsResult &r) {
                size = r.models.isEmpty() ? -1 : r.models.first().sizeBytes;
            });
        QTRY_VERIFY(size != 0);
        QVERIFY(size > 0);
        const qint64 gained = *withIt.freeRamBytes - *other.freeRamBytes;
        if (other.freeVramBytes && !other.unifiedMemory) {
            // A machine with a GPU: the half on the GPU counts as free VRAM instead.
            QVERIFY(*withIt.freeVramBytes - *other.freeVramBytes > 0);
            size -= size / 2;
        }
        // Free RAM moves a little between the two readings.
        QVERIFY2(std::abs(gained - size) < 256LL * 1024 * 1024,
                 qPrintable(QStringLiteral("%1 vs %2").arg(gained).arg(size)));
        loaded->selectRow(0);
        auto *unload = child<QPushButton>("unloadButton");
        QTRY_VERIFY(unload->isEnabled());
        QTest::mouseClick(unload, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(loaded->rowCount(), 0, 5000);
        QTRY_COMPARE(loadedMark(QStringLiteral("llama3.2:latest")), QString());
    }

    void aServerThatStopsLeavesNoLoadedRowsToUnload()
    {
        QVERIFY(answerOnce()); // loads llama3.2
        QTableWidget *loaded = child<QTableWidget>("loadedTable");
        QTRY_COMPARE_WITH_TIMEOUT(loaded->rowCount(), 1, 5000);
        loaded->selectRow(0);
        auto *unload = child<QPushButton>("unloadButton");
        QTRY_VERIFY(unload->isEnabled());
        m_ollama->close(); // Ollama stops: what it held is gone with it
        QTRY_COMPARE_WITH_TIMEOUT(loaded->rowCount(), 0, 6000);
        QVERIFY(!unload->isEnabled());
        QVERIFY(!child<QLabel>("loadedNote")->text().isEmpty());
    }

    void loadWithAContextAndAKeepAlive()
    {
        auto *keep = child<QComboBox>("keepAlive");
        QVERIFY(keep->isEnabled());
        keep->setCurrentIndex(keep->findData(QStringLiteral("-1")));
        keep->activated(keep->currentIndex());
        child<QTableView>("modelTable")->selectRow(rowOf(QStringLiteral("llama3.2:latest")));
        QTimer::singleShot(0, this, [] {
            QTRY_VERIFY(qobject_cast<QInputDialog *>(QApplication::activeModalWidget()));
            auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            dialog->setIntValue(8192);
            dialog->accept();
        });
        QTest::mouseClick(child<QPushButton>("loadModelButton"), Qt::LeftButton);
        QTableWidget *loaded = child<QTableWidget>("loadedTable");
        QTRY_COMPARE_WITH_TIMEOUT(loaded->rowCount(), 1, 5000);
        QCOMPARE(loaded->item(0, 3)->text(), QStringLiteral("8,192"));
        QCOMPARE(loaded->item(0, 4)->text(), QStringLiteral("never"));
        bool sawLoad = false;
        for (const RecordedRequest &r : m_ollama->requests()) {
            const QJsonObject b = QJsonDocument::fromJson(r.body).object();
            if (r.path == "/api/chat" && b.value(u"messages").toArray().isEmpty()) {
                sawLoad = true;
                QCOMPARE(b.value(u"keep_alive").toInt(), -1);
                QCOMPARE(b.value(u"options").toObject().value(u"num_ctx").toInt(), 8192);
            }
        }
        QVERIFY(sawLoad);
        // The choice is remembered for this server and goes with chat messages too.
        QVERIFY(!m_core->chat()
                     ->send(QStringLiteral("hi"), m_core->providers()->activeProvider(),
                            QStringLiteral("llama3.2:latest"),
                            ParameterStore::effective(m_core->settings(),
                                                      m_core->providers()->activeServerId(),
                                                      QStringLiteral("llama3.2:latest")))
                     .isError());
        QTRY_VERIFY(!m_core->chat()->isStreaming());
        // The last chat request (what is loaded may be asked again after it).
        QByteArray lastChat;
        for (const RecordedRequest &r : m_ollama->requests()) {
            if (r.path == "/api/chat")
                lastChat = r.body;
        }
        const QJsonObject chat = QJsonDocument::fromJson(lastChat).object();
        QCOMPARE(chat.value(u"messages").toArray().size(), 1);
        QCOMPARE(chat.value(u"keep_alive").toInt(), -1);
    }

    void anEstimateIsShownOnlyForTheServerItWasMadeFor()
    {
        // Estimated before loading on this machine; the same model loaded on another machine
        // (by a chat there) has no estimate of its own to be compared with.
        child<QTableView>("modelTable")->selectRow(rowOf(QStringLiteral("llama3.2:latest")));
        clickLoad();
        QTableWidget *loaded = child<QTableWidget>("loadedTable");
        QTRY_COMPARE_WITH_TIMEOUT(loaded->rowCount(), 1, 5000);
        QVERIFY2(loaded->item(0, 1)->toolTip().contains(u"Estimated before loading"),
                 qPrintable(loaded->item(0, 1)->toolTip()));
        FakeOllamaServer other;
        QVERIFY(other.listen());
        const QString otherId = showSecondServer(other);
        QVERIFY(!otherId.isEmpty());
        QVERIFY(!m_core->chat()
                     ->send(QStringLiteral("hi"), m_core->providers()->provider(otherId),
                            QStringLiteral("llama3.2:latest"))
                     .isError());
        QTRY_VERIFY(!m_core->chat()->isStreaming());
        QTRY_COMPARE_WITH_TIMEOUT(loaded->rowCount(), 1, 5000);
        QTRY_COMPARE(loaded->item(0, 0)->text(), QStringLiteral("llama3.2:latest"));
        QCOMPARE(m_core->providers()->activeServerId(), otherId);
        QVERIFY2(loaded->item(0, 1)->toolTip().isEmpty(),
                 qPrintable(loaded->item(0, 1)->toolTip()));
    }

    // The note under the download box speaks of the server in use, not of one used before.
    void downloadNoteFollowsTheServer()
    {
        auto *note = child<QLabel>("pullNote");
        QVERIFY(note);
        // Ollama is in use from the start: it can download, nothing to say.
        QVERIFY2(note->isHidden(), qPrintable(note->text()));
        FakeLlamaServer llama;
        QVERIFY(llama.listen());
        const QString llamaId = m_core->addServer(llama.baseUrl());
        QTRY_VERIFY(m_core->providers()->provider(llamaId));
        QVERIFY(m_core->providers()->setActiveServer(llamaId));
        QTRY_VERIFY(note->text().contains(u"llama.cpp cannot download models over its API"));
        QVERIFY(!note->isHidden());
        QVERIFY(!child<QPushButton>("pullButton")->isEnabled());
        QVERIFY(m_core->providers()->setActiveServer(m_ollama->baseUrl().toString()));
        QTRY_VERIFY(child<QPushButton>("pullButton")->isEnabled());
        QVERIFY2(note->isHidden(), qPrintable(note->text()));
        QVERIFY(!note->text().contains(u"cannot download"));
        // The fit advice of a suggestion, and after a switch away and back, still its own.
        auto *name = child<QComboBox>("pullName");
        name->setCurrentIndex(0);
        QTRY_VERIFY(!note->isHidden() && !note->text().isEmpty());
        const QString advice = note->text();
        QVERIFY(m_core->providers()->setActiveServer(llamaId));
        QTRY_VERIFY(note->text().contains(u"cannot download"));
        QVERIFY(m_core->providers()->setActiveServer(m_ollama->baseUrl().toString()));
        QTRY_COMPARE(note->text(), advice);
    }

    // A fresh start in French, Ollama in use: no "select a server" note left from before the
    // server was found.
    void downloadNoteOnAFreshStartInFrench()
    {
        cleanup();
        QTranslator french;
        QVERIFY(french.load(QStringLiteral(":/i18n/localforge_fr.qm")));
        QCoreApplication::installTranslator(&french);
        init();
        auto *note = child<QLabel>("pullNote");
        const QString text = note->text();
        const bool hidden = note->isHidden();
        cleanup();
        QCoreApplication::removeTranslator(&french);
        init();
        QVERIFY2(hidden, qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("Sélectionnez")), qPrintable(text));
    }

    // A load in progress is its own server's business: another server shown meanwhile has its
    // Load and Unload, and no word of it.
    void aLoadBusiesOnlyItsOwnServer()
    {
        holdLoads(*m_ollama);
        child<QTableView>("modelTable")->selectRow(rowOf(QStringLiteral("llama3.2:latest")));
        clickLoad();
        auto *note = child<QLabel>("loadedNote");
        auto *load = child<QPushButton>("loadModelButton");
        QVERIFY2(note->text().contains(u"Loading llama3.2:latest"), qPrintable(note->text()));
        QCOMPARE(load->text(), QStringLiteral("Stop loading"));
        FakeOllamaServer other;
        QVERIFY(other.listen());
        QVERIFY(!showSecondServer(other).isEmpty());
        QTRY_COMPARE(child<QTableView>("modelTable")->model()->rowCount(), 2);
        child<QTableView>("modelTable")
            ->selectRow(rowOf(QStringLiteral("phi3:latest")) >= 0
                            ? rowOf(QStringLiteral("phi3:latest"))
                            : 0);
        QTRY_VERIFY(load->isEnabled());
        QCOMPARE(load->text(), QStringLiteral("Load…"));
        QVERIFY2(!note->text().contains(u"Loading"), qPrintable(note->text()));
        // Back on the first server, its load still runs.
        QVERIFY(m_core->providers()->setActiveServer(m_ollama->baseUrl().toString()));
        QTRY_VERIFY(note->text().contains(u"Loading llama3.2:latest"));
        QCOMPARE(load->text(), QStringLiteral("Stop loading"));
    }

    // A server that never answers a load does not lock the page: past its time limit the load
    // ends and says what happened and what to do.
    void aLoadThatNeverEndsStopsAtItsLimit()
    {
        holdLoads(*m_ollama);
        page()->setLoadTimeLimit(std::chrono::milliseconds(300));
        child<QTableView>("modelTable")->selectRow(rowOf(QStringLiteral("llama3.2:latest")));
        QString said;
        clickLoad();
        answerMessageBoxWhenShown(QMessageBox::Ok, &said);
        QTRY_VERIFY_WITH_TIMEOUT(!said.isEmpty(), 5000);
        QVERIFY2(said.contains(Format::hostPort(m_ollama->baseUrl())) &&
                     said.contains(u"did not finish loading llama3.2:latest") &&
                     said.contains(u"raise the request timeout"),
                 qPrintable(said));
        QTRY_VERIFY(child<QPushButton>("loadModelButton")->isEnabled());
        QVERIFY(!child<QLabel>("loadedNote")->text().contains(u"Loading"));
    }

    void aLoadCanBeStopped()
    {
        // A big model loading for minutes: the Load button stops waiting for it, at once, with
        // no error box, and Load is offered again.
        holdLoads(*m_ollama);
        child<QTableView>("modelTable")->selectRow(rowOf(QStringLiteral("llama3.2:latest")));
        auto *load = child<QPushButton>("loadModelButton");
        clickLoad();
        QTRY_COMPARE(load->text(), QStringLiteral("Stop loading"));
        QVERIFY(load->isEnabled());
        QVERIFY(child<QLabel>("loadedNote")->text().contains(u"Loading llama3.2:latest"));
        QTest::mouseClick(load, Qt::LeftButton);
        QCOMPARE(load->text(), QStringLiteral("Load…"));
        QVERIFY(load->isEnabled());
        const QString note = child<QLabel>("loadedNote")->text();
        QVERIFY2(note.contains(u"Stopped waiting for llama3.2:latest"), qPrintable(note));
        // Nothing comes after: no message box about the request that was dropped, and the
        // list read again (every two seconds) leaves the note.
        QTest::qWait(2500);
        QVERIFY(!QApplication::activeModalWidget());
        QCOMPARE(child<QLabel>("loadedNote")->text(), note);
    }

    // A list that cannot be read says why above the table, and whether the rows are old; a
    // first read says it is under way. The note goes once a read succeeds.
    void aListThatCannotBeReadSaysWhy_data()
    {
        QTest::addColumn<bool>("rowsBefore");
        QTest::newRow("rows from an earlier read") << true;
        QTest::newRow("first read") << false;
    }
    void aListThatCannotBeReadSaysWhy()
    {
        QFETCH(bool, rowsBefore);
        QVERIFY(listNote() && listNote()->isHidden());
        FakeOllamaServer other;
        QVERIFY(other.listen());
        FakeOllamaServer &server = rowsBefore ? *m_ollama : other;
        server.setHandler([](const RecordedRequest &r, Responder &responder) {
            if (r.path == "/api/tags")
                responder.sendJson(500, R"({"error":"disk I/O error reading manifests"})", 300);
        });
        if (rowsBefore) {
            QTest::mouseClick(child<QPushButton>("refreshModelsButton"), Qt::LeftButton);
        } else {
            QVERIFY(!showSecondServer(other).isEmpty());
            QTRY_VERIFY2(!listNote()->isHidden() &&
                             listNote()->text().contains(u"Reading the list of models"),
                         qPrintable(listNote()->text()));
        }
        const QString id = m_core->providers()->activeServerId();
        QTRY_VERIFY(m_core->models()->lastError(id).isError());
        const QString text = listNote()->text();
        QVERIFY2(!listNote()->isHidden() &&
                     text.contains(m_core->models()->lastError(id).message) &&
                     text.contains(u"disk I/O error"),
                 qPrintable(text));
        QCOMPARE(text.contains(u"from the last time the list could be read"), rowsBefore);
        QCOMPARE(child<QTableView>("modelTable")->model()->rowCount(), rowsBefore ? 2 : 0);
        server.setHandler({});
        QTest::mouseClick(child<QPushButton>("refreshModelsButton"), Qt::LeftButton);
        QTRY_VERIFY2(listNote()->isHidden(), qPrintable(listNote()->text()));
        QCOMPARE(child<QTableView>("modelTable")->model()->rowCount(), 2);
    }

    // Screen readers get what the row's bar and tooltip show: how far, and why it failed; the
    // status bar (and tray) says why too.
    void aDownloadRowSaysHowFarAndWhy_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<bool>("fails");
        QTest::newRow("downloading") << QStringLiteral("phi3") << false;
        QTest::newRow("failed") << QStringLiteral("llama9:70b") << true;
    }
    void aDownloadRowSaysHowFarAndWhy()
    {
        QFETCH(QString, model);
        QFETCH(bool, fails);
        const int id = m_core->downloads()->enqueue(m_core->providers()->activeServerId(), model);
        const QModelIndex row = child<QListView>("downloadList")->model()->index(0, 0);
        if (!fails) {
            QTRY_VERIFY(row.data(DownloadListModel::FractionRole).toDouble() > 0.02);
            const QString text = row.data(Qt::AccessibleTextRole).toString();
            QVERIFY2(text.contains(QRegularExpression(QStringLiteral("\\b\\d{1,3}%"))),
                     qPrintable(text));
            m_core->downloads()->cancel(id);
            return;
        }
        QTRY_COMPARE(m_core->downloads()->item(id)->state, DownloadItem::State::Failed);
        const QString error = m_core->downloads()->item(id)->error.message;
        QVERIFY(error.contains(u"There is no model called"));
        const QString text = row.data(Qt::AccessibleTextRole).toString();
        QVERIFY2(text.contains(error), qPrintable(text));
        const QString said = m_window->statusBar()->currentMessage();
        QVERIFY2(said.contains(u"Downloading llama9:70b failed: ") && said.contains(error),
                 qPrintable(said));
    }

    // A download on another server than the one shown names its server, and so does the word
    // that it is done.
    void aDownloadOnAnotherServerNamesIt()
    {
        m_ollama->setPullBytesPerTick(64 * 1024 * 1024);
        m_ollama->setTokenIntervalMs(100);
        const int id = m_core->downloads()->enqueue(m_core->providers()->activeServerId(),
                                                    QStringLiteral("mistral"));
        const QModelIndex row = child<QListView>("downloadList")->model()->index(0, 0);
        const QString host = Format::hostPort(m_ollama->baseUrl());
        QVERIFY(!row.data().toString().contains(host));
        FakeOllamaServer other;
        QVERIFY(other.listen());
        QVERIFY(!showSecondServer(other).isEmpty());
        QTRY_VERIFY2(row.data().toString().contains(u"on " + host),
                     qPrintable(row.data().toString()));
        m_ollama->setTokenIntervalMs(1);
        m_ollama->setPullBytesPerTick(1024 * 1024 * 1024);
        QTRY_COMPARE_WITH_TIMEOUT(m_core->downloads()->item(id)->state, DownloadItem::State::Done,
                                  15000);
        const QString said = m_window->statusBar()->currentMessage();
        QVERIFY2(said.contains(u"mistral is downloaded and ready on " + host), qPrintable(said));
    }

    void lmStudioSaysItCannotDelete()
    {
        FakeLmStudioServer lm;
        QVERIFY(lm.listen());
        const QString id = m_core->addServer(lm.baseUrl());
        QTRY_VERIFY(m_core->providers()->provider(id));
        QVERIFY(m_core->providers()->setActiveServer(id));
        QTRY_COMPARE(child<QTableView>("modelTable")->model()->rowCount(), 3);
        // LM Studio's list has contexts and capabilities, not dates.
        QVERIFY(!child<QTableView>("modelTable")->isColumnHidden(ModelTableModel::Context));
        QVERIFY(!child<QTableView>("modelTable")->isColumnHidden(ModelTableModel::Capabilities));
        QVERIFY(child<QTableView>("modelTable")->isColumnHidden(ModelTableModel::Modified));
        QVERIFY(!child<QPushButton>("deleteModelButton")->isVisible());
        bool said = false;
        for (QLabel *l : m_window->findChildren<QLabel *>())
            said = said || (l->isVisible() &&
                            l->text().contains(u"LM Studio cannot delete models over its API"));
        QVERIFY(said);
        // Loaded instances come from its model list.
        QTRY_COMPARE_WITH_TIMEOUT(child<QTableWidget>("loadedTable")->rowCount(), 1, 5000);
        // Ollama's library names and sizes are not offered to LM Studio; its own example is.
        auto *name = child<QComboBox>("pullName");
        QCOMPARE(name->count(), 0);
        QVERIFY2(name->lineEdit()->placeholderText().contains(u"ibm/granite-4-micro"),
                 qPrintable(name->lineEdit()->placeholderText()));
        QVERIFY(name->toolTip().contains(u"Hugging Face"));
        // Back on Ollama, they are.
        QVERIFY(m_core->providers()->setActiveServer(m_ollama->baseUrl().toString()));
        QCOMPARE(name->count(), int(DownloadsPanel::suggestions().size()));
        QVERIFY(name->lineEdit()->placeholderText().contains(u"llama3.2:1b"));
    }
};

QTEST_MAIN(TestModelsPage)
#include "tst_modelspage.moc"
