// The presenter view through the real main window, offscreen: View → Presenter (F11) moves the
// chat page into a full-screen window next to the live charts and back; the chat text, the
// stats line under an answer, the live strip and the chart labels are at least 1.6 times their
// usual size (measured); Ctrl+= / Ctrl+- / Ctrl+0 change it within bounds and the choice is
// kept in the settings; Esc stops an answer that is coming, then leaves; the last answer's rate
// is shown with a green mark from 30 tok/s and an amber one below. A server that stops is said
// in the header at once. Screen readers read the figures, not only the labels' names.
#include "ChatPage.h"
#include "ChatView.h"
#include "ConversationsPanel.h"
#include "Core.h"
#include "ElidedLabel.h"
#include "FakeOllamaServer.h"
#include "Format.h"
#include "GuiTestUtil.h"
#include "MainWindow.h"
#include "MetricsStrip.h"
#include "MonitorCharts.h"
#include "PresenterView.h"
#include "Translations.h"
#include "chat/ChatMessage.h"
#include "chat/ChatSession.h"
#include "providers/ProviderRegistry.h"
#include "settings/Settings.h"
#include "workshop/WorkshopPlan.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace {
// The point size of the stats line under the last answer ("… tok/s …").
double statsLineSize(ChatView *view)
{
    double size = 0;
    for (QTextBlock b = view->document()->begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            if (it.fragment().text().contains(u"tok/s"))
                size = it.fragment().charFormat().font().pointSizeF();
        }
    }
    return size;
}

} // namespace

class TestPresenter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FakeOllamaServer *m_ollama = nullptr;

    Core::Options options() { return oneServerOptions(m_ollama->baseUrl(), QDir(m_dir.path())); }

    static void waitReady(Core &core, MainWindow &window)
    {
        core.start();
        QTRY_VERIFY_WITH_TIMEOUT(core.providers()->activeProvider(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!window.chatPage()->currentModel().isEmpty(), 10000);
    }

    static void ask(MainWindow &window, Core &core)
    {
        window.chatPage()->setDraft(u"Bonjour"_s);
        window.chatPage()->send();
        QTRY_VERIFY_WITH_TIMEOUT(!core.chat()->isStreaming() && core.chat()->messages().size() == 2,
                                 20000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        installTranslations(*qApp, u"en"_s);
        m_ollama = new FakeOllamaServer(this);
        QVERIFY(m_ollama->listen());
    }

    void togglesAndScalesForAProjector()
    {
        Core core(options());
        MainWindow window(&core);
        window.show();
        waitReady(core, window);
        ask(window, core);

        ChatPage *page = window.chatPage();
        auto *view = child<ChatView>(page, "chatView");
        QVERIFY(view);
        auto *input = child<QPlainTextEdit>(page, "messageInput");
        QVERIFY(input);
        auto *conversations = child<ConversationsPanel>(page, "conversationsPanel");
        QVERIFY(conversations);
        auto *strip = page->findChild<MetricsStrip *>();
        QVERIFY(strip);
        const double chatBefore = view->font().pointSizeF();
        const double inputBefore = input->font().pointSizeF();
        const double statsBefore = statsLineSize(view);
        const double stripBefore = strip->font().pointSizeF();
        // The Monitor tab's charts (built when the tab first shows) at their usual size.
        window.showPage(MainWindow::Page::Monitor);
        const double chartBefore =
            child<MonitorCharts>(&window, "monitorCharts")->axisLabelFont().pointSizeF();
        window.showPage(MainWindow::Page::Chat);
        QVERIFY(statsBefore > 0);
        QVERIFY(statsBefore < chatBefore); // the stats line is smaller than the text

        QAction *action = window.findChild<QAction *>(u"presenterAction"_s);
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::Key_F11));
        QVERIFY(!action->toolTip().isEmpty());
        action->trigger();
        auto *presenter = child<PresenterView>(&window, "presenterView");
        QVERIFY(presenter);
        auto *serverLabel = child<QLabel>(presenter, "presenterServer");
        auto *modelLabel = child<QLabel>(presenter, "presenterModel");
        auto *rateLabel = child<QLabel>(presenter, "presenterEvalRate");
        auto *charts = child<MonitorCharts>(presenter, "presenterCharts");
        QVERIFY(serverLabel && modelLabel && rateLabel && charts);
        QVERIFY(window.isPresenting());
        QVERIFY(action->isChecked());
        QVERIFY(presenter->isVisible());
        QVERIFY(presenter->windowState() & Qt::WindowFullScreen);
        // The chat page itself is there, not in its tab.
        QCOMPARE(page->window(), static_cast<QWidget *>(presenter));
        QCOMPARE(window.tabs()->indexOf(page), -1);
        QVERIFY(page->isVisible());

        const double scale = presenter->fontScale();
        QVERIFY(scale >= 1.6);
        QCOMPARE(view->font().pointSizeF(), chatBefore * scale);
        QVERIFY(view->font().pointSizeF() >= 1.6 * chatBefore);
        QVERIFY(input->font().pointSizeF() >= 1.6 * inputBefore);
        QVERIFY2(statsLineSize(view) >= 1.6 * statsBefore,
                 qPrintable(u"%1 -> %2"_s.arg(statsBefore).arg(statsLineSize(view))));
        QVERIFY(strip->font().pointSizeF() >= 1.6 * stripBefore);
        QVERIFY(charts->axisLabelFont().pointSizeF() >= 1.6 * chartBefore);
        // Server and model in large type.
        QVERIFY2(serverLabel->text().contains(u"127.0.0.1:%1"_s.arg(m_ollama->port())),
                 qPrintable(serverLabel->text()));
        QCOMPARE(modelLabel->text(), page->currentModel());
        QVERIFY(modelLabel->font().pointSizeF() >= 2 * chatBefore);
        // The last answer's rate, as the chat shows it.
        const auto rate = core.chat()->messages().last().stats.tokensPerSecond();
        QVERIFY(rate);
        QVERIFY2(rateLabel->text().contains(u"tok/s"), qPrintable(rateLabel->text()));
        QCOMPARE(presenter->rateMarkColor(), PresenterView::markColorFor(*rate));
        // The page's own server line would be cut at this size: the header says it instead.
        QVERIFY(!child<QLabel>(page, "activeServerLabel")->isVisible());
        // A disabled button still looks disabled on the high-contrast page (no answer is
        // streaming, so Stop is disabled).
        auto *stop = child<QPushButton>(page, "stopButton");
        QVERIFY(!stop->isEnabled());
        QCOMPARE(stop->palette().color(QPalette::Active, QPalette::ButtonText), QColor(Qt::black));
        QVERIFY(stop->palette().color(QPalette::Disabled, QPalette::ButtonText) !=
                stop->palette().color(QPalette::Active, QPalette::ButtonText));
        // The charts' note about the GPU grows with them.
        QVERIFY(child<QLabel>(charts, "gpuNotice")->font().pointSizeF() >=
                1.6 * QApplication::font().pointSizeF());
        const QList<QWidget *> named = {presenter, serverLabel, modelLabel, rateLabel, charts};
        for (QWidget *w : named)
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));

        // Back: the page returns to its tab, at normal size.
        action->trigger();
        QVERIFY(!window.isPresenting());
        QVERIFY(!presenter->isVisible());
        QCOMPARE(window.tabs()->indexOf(page), 0);
        QCOMPARE(page->window(), static_cast<QWidget *>(&window));
        QCOMPARE(view->font().pointSizeF(), chatBefore);
        QCOMPARE(statsLineSize(view), statsBefore);
        QCOMPARE(strip->font().pointSizeF(), stripBefore);
        QVERIFY(conversations->isVisible());
        QVERIFY(child<QLabel>(page, "activeServerLabel")->isVisible());
    }

    void theHeaderSaysWhenTheServerStops()
    {
        // The server in use stops during the demo: the header says so at once, still naming
        // it, and the last answer's mark is no longer green or amber.
        FakeOllamaServer ollama;
        QVERIFY(ollama.listen());
        Core::Options o = options();
        o.discovery.candidates = {{ollama.baseUrl(), ServerKind::Ollama}};
        Core core(o);
        MainWindow window(&core);
        window.show();
        waitReady(core, window);
        ask(window, core);
        const auto rate = core.chat()->messages().last().stats.tokensPerSecond();
        QVERIFY(rate);
        window.setPresenting(true);
        auto *presenter = child<PresenterView>(&window, "presenterView");
        QVERIFY(presenter);
        auto *server = child<QLabel>(presenter, "presenterServer");
        QVERIFY(server);
        const QString where = u"127.0.0.1:%1"_s.arg(ollama.port());
        const QString down = Format::statusText(ServerStatus::Down);
        QVERIFY2(server->text().contains(where), qPrintable(server->text()));
        QVERIFY2(!server->text().contains(down), qPrintable(server->text()));
        QCOMPARE(presenter->rateMarkColor(), PresenterView::markColorFor(*rate));

        ollama.close();
        core.discovery()->reprobe(core.providers()->activeServerId());
        QTRY_VERIFY_WITH_TIMEOUT(server->text().contains(down), 10000);
        QVERIFY2(server->text().contains(where), qPrintable(server->text()));
        QVERIFY(presenter->rateMarkColor() != PresenterView::markColorFor(45.0));
        QVERIFY(presenter->rateMarkColor() != PresenterView::markColorFor(12.0));
        window.setPresenting(false);
    }

    void theFiguresAreReadAloud()
    {
        // Screen readers read the figures themselves, not only what each label is.
        Core core(options());
        PresenterView presenter(&core);
        auto *rate = child<QLabel>(&presenter, "presenterEvalRate");
        auto *server = child<QLabel>(&presenter, "presenterServer");
        auto *model = child<ElidedLabel>(&presenter, "presenterModel");
        QVERIFY(rate && server && model);
        ChatMessage question;
        question.role = ChatTurn::Role::User;
        question.content = u"Hi"_s;
        ChatMessage answer;
        answer.role = ChatTurn::Role::Assistant;
        answer.content = u"Hello"_s;
        answer.state = ChatMessage::State::Complete;
        answer.stats.clientTokensPerSecond = 118.4;
        answer.model = u"llama3.2:1b"_s;
        core.chat()->restore({question, answer});
        QVERIFY2(spoken(rate).contains(u"118.4 tok/s"), qPrintable(spoken(rate)));
        QVERIFY2(spoken(rate).contains(u"fluid"), qPrintable(spoken(rate)));
        QVERIFY2(spoken(server).contains(server->text()), qPrintable(spoken(server)));
        QVERIFY2(spoken(model).contains(model->fullText()), qPrintable(spoken(model)));
    }

    void codeInAnswersFollowsTheZoom()
    {
        ChatMessage answer;
        answer.role = ChatTurn::Role::Assistant;
        answer.model = u"m"_s;
        answer.content = u"Run `ollama serve` first.\n\n```sh\nollama pull phi3\n```\n"_s;
        ChatView view;
        view.resize(800, 600);
        view.show();
        view.setMessages({answer});
        auto sizeOf = [&view](const QString &text) {
            for (QTextBlock b = view.document()->begin(); b.isValid(); b = b.next()) {
                for (auto it = b.begin(); !it.atEnd(); ++it) {
                    if (it.fragment().text().contains(text))
                        return it.fragment()
                            .charFormat()
                            .font()
                            .resolve(view.document()->defaultFont())
                            .pointSizeF();
                }
            }
            return 0.0;
        };
        const double text = sizeOf(u"first."_s);
        QVERIFY(text > 0);
        QCOMPARE(sizeOf(u"ollama serve"_s), text);
        QCOMPARE(sizeOf(u"ollama pull phi3"_s), text);
        QFont bigger = view.font();
        bigger.setPointSizeF(bigger.pointSizeF() * 2);
        view.setFont(bigger);
        QVERIFY(sizeOf(u"first."_s) > 1.6 * text);
        QCOMPARE(sizeOf(u"ollama serve"_s), sizeOf(u"first."_s));
        QCOMPARE(sizeOf(u"ollama pull phi3"_s), sizeOf(u"first."_s));
    }

    void zoomIsAdjustedAndKept()
    {
        Core core(options());
        MainWindow window(&core);
        window.show();
        waitReady(core, window);
        window.setPresenting(true);
        auto *presenter = child<PresenterView>(&window, "presenterView");
        QVERIFY(presenter);
        QVERIFY(QTest::qWaitForWindowExposed(presenter));
        auto *view = child<ChatView>(window.chatPage(), "chatView");
        QVERIFY(view);
        const double start = presenter->fontScale();
        const double base = view->font().pointSizeF() / start;

        QTest::keyClick(presenter, Qt::Key_Equal, Qt::ControlModifier);
        QCOMPARE(presenter->fontScale(), start + PresenterView::ScaleStep);
        QCOMPARE(view->font().pointSizeF(), base * (start + PresenterView::ScaleStep));
        QCOMPARE(core.settings().value(WorkshopKeys::PresenterScale),
                 start + PresenterView::ScaleStep);
        // Never below 1.6 times, never above 4 times nor what the screen holds.
        for (int i = 0; i < 20; ++i)
            QTest::keyClick(presenter, Qt::Key_Minus, Qt::ControlModifier);
        QCOMPARE(presenter->fontScale(), PresenterView::MinScale);
        for (int i = 0; i < 30; ++i)
            presenter->zoomIn();
        QCOMPARE(presenter->fontScale(), presenter->largestScale());
        QVERIFY(presenter->largestScale() <= PresenterView::MaxScale);
        QTest::keyClick(presenter, Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(presenter->fontScale(), WorkshopKeys::PresenterScale.defaultValue);
        presenter->zoomIn();
        const double kept = presenter->fontScale();
        window.setPresenting(false);

        // The next start uses the size chosen.
        core.settings().sync();
        Settings again(core.settings().fileName());
        QCOMPARE(again.value(WorkshopKeys::PresenterScale), kept);
        PresenterView other(&core);
        QCOMPARE(other.fontScale(), kept);
    }

    void escapeStopsTheAnswerThenLeaves()
    {
        Core core(options());
        MainWindow window(&core);
        window.show();
        waitReady(core, window);
        window.setPresenting(true);
        auto *presenter = child<PresenterView>(&window, "presenterView");
        QVERIFY(presenter);
        QVERIFY(QTest::qWaitForWindowExposed(presenter));
        auto *input = child<QPlainTextEdit>(window.chatPage(), "messageInput");
        QVERIFY(input);

        m_ollama->setTokenIntervalMs(200); // an answer that takes a while
        input->setPlainText(u"Raconte une longue histoire"_s);
        window.chatPage()->send();
        QTRY_VERIFY_WITH_TIMEOUT(core.chat()->isStreaming(), 10000);
        QTest::keyClick(input, Qt::Key_Escape);
        QTRY_VERIFY_WITH_TIMEOUT(!core.chat()->isStreaming(), 10000);
        m_ollama->setTokenIntervalMs(0);
        QCOMPARE(core.chat()->messages().last().state, ChatMessage::State::Stopped);
        QVERIFY(window.isPresenting()); // the first Esc only stopped the answer

        QTest::keyClick(input, Qt::Key_Escape);
        QTRY_VERIFY(!window.isPresenting());
        QVERIFY(!presenter->isVisible());
        QCOMPARE(window.tabs()->indexOf(window.chatPage()), 0);
        QVERIFY(!window.findChild<QAction *>(u"presenterAction"_s)->isChecked());
    }

    void aLongModelNameNeverWidensTheWindowPastTheScreen()
    {
        // A projector of 1280 pixels, text at three times its size, a long Hugging Face name:
        // the window still fits, the name is shortened in the middle and whole in its tooltip.
        Core core(options());
        PresenterView presenter(&core);
        auto *model = child<ElidedLabel>(&presenter, "presenterModel");
        QVERIFY(model);
        const QString name = u"hf.co/bartowski/Qwen2.5-Coder-14B-Instruct-GGUF:Q4_K_M"_s;
        model->setFullText(name);
        presenter.setFontScale(3.0);
        child<QLabel>(&presenter, "presenterServer")
            ->setText(
                u"llama.cpp llama-server b6497-cd08fc3e at workshop-gpu-box.example.org:8080"_s);
        QVERIFY2(presenter.minimumSizeHint().width() <= 1280,
                 qPrintable(QString::number(presenter.minimumSizeHint().width())));
        presenter.resize(1280, 720);
        presenter.show();
        QVERIFY(QTest::qWaitForWindowExposed(&presenter));
        QTRY_VERIFY(model->text() != name);
        QVERIFY(model->text().contains(u'…'));
        QVERIFY(model->text().endsWith(u"Q4_K_M")); // the tag stays
        QCOMPARE(model->toolTip(), name);
        presenter.resize(3000, 720); // room enough: whole, no tooltip
        QTRY_COMPARE(model->text(), name);
        QVERIFY(model->toolTip().isEmpty());
    }

    void theRateIsTheNewestAnswersOnly()
    {
        Core core(options());
        PresenterView presenter(&core);
        auto *rate = child<QLabel>(&presenter, "presenterEvalRate");
        auto *caption = child<QLabel>(&presenter, "presenterRateCaption");
        QVERIFY(rate && caption);
        ChatMessage question;
        question.role = ChatTurn::Role::User;
        question.content = u"Hi"_s;
        ChatMessage fast;
        fast.role = ChatTurn::Role::Assistant;
        fast.content = u"Hello"_s;
        fast.state = ChatMessage::State::Complete;
        fast.stats.clientTokensPerSecond = 118.4;
        fast.model = u"llama3.2:1b"_s;
        core.chat()->restore({question, fast});
        QCOMPARE(rate->text(), u"118.4 tok/s"_s);
        // Whose answer it was: the header names the model chosen now, maybe another.
        QVERIFY2(caption->text().contains(u"llama3.2:1b"), qPrintable(caption->text()));
        // Then an answer that failed before its first token: no rate, and not the old one.
        ChatMessage failed;
        failed.role = ChatTurn::Role::Assistant;
        failed.state = ChatMessage::State::Failed;
        core.chat()->restore({question, fast, question, failed});
        QVERIFY2(!rate->text().contains(u"118.4"), qPrintable(rate->text()));
        QVERIFY2(caption->text().contains(u"stopped or failed"), qPrintable(caption->text()));
    }

    void evalRateMarkAgainstThirtyTokensPerSecond()
    {
        Core core(options());
        PresenterView presenter(&core);
        const QColor green = PresenterView::markColorFor(45.0);
        const QColor amber = PresenterView::markColorFor(12.0);
        QVERIFY(green != amber);
        QVERIFY(green.green() > green.red());                                // green
        QVERIFY(amber.red() > amber.blue() && amber.green() > amber.blue()); // amber

        auto *rateLabel = child<QLabel>(&presenter, "presenterEvalRate");
        QVERIFY(rateLabel);
        presenter.showEvalRate(29.9);
        QCOMPARE(presenter.rateMarkColor(), amber);
        QVERIFY(rateLabel->text().startsWith(u"29.9"));
        presenter.showEvalRate(30.0);
        QCOMPARE(presenter.rateMarkColor(), green);
        presenter.showEvalRate(118.4);
        QCOMPARE(presenter.rateMarkColor(), green);
        QCOMPARE(rateLabel->text(), u"118.4 tok/s"_s);
        presenter.showEvalRate(std::nullopt);
        QVERIFY(presenter.rateMarkColor() != green && presenter.rateMarkColor() != amber);
        // The mark's colour is what is painted.
        auto *mark = presenter.findChild<QLabel *>(u"presenterRateMark"_s);
        presenter.showEvalRate(5.0);
        QCOMPARE(mark->palette().color(QPalette::WindowText), amber);
    }
};

QTEST_MAIN(TestPresenter)
#include "tst_presenter.moc"
