// The chat page as a user drives it, offscreen, against a fake Ollama: stop, regenerate, edit
// and resend, thinking folded apart from the answer, copy buttons, parameters that reach the
// server, the conversation list, export, and the API-call dialog.
#include "ApiCallDialog.h"
#include "ChatPage.h"
#include "ChatView.h"
#include "ConversationExport.h"
#include "ConversationsPanel.h"
#include "Core.h"
#include "ElidedLabel.h"
#include "FakeLmStudioServer.h"
#include "FakeOllamaServer.h"
#include "FileSizeLimit.h"
#include "Format.h"
#include "MainWindow.h"
#include "ParametersPanel.h"
#include "TestData.h"
#include "Translations.h"
#include "chat/ChatSession.h"
#include "chat/ConversationLibrary.h"
#include "chat/LongRuns.h"
#include "chat/SystemPrompts.h"
#include "models/ModelCatalog.h"
#include "providers/ProviderRegistry.h"
#include "settings/ParameterStore.h"
#include "settings/TokenStore.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProxyStyle>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextFrame>
#include <QTextTable>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {

// A style that opens items on a single click, as some desktops (KDE) set it.
class SingleClickActivates final : public QProxyStyle
{
public:
    int styleHint(StyleHint hint, const QStyleOption *option, const QWidget *widget,
                  QStyleHintReturn *returnData) const override
    {
        if (hint == QStyle::SH_ItemView_ActivateItemOnSingleClick)
            return 1;
        return QProxyStyle::styleHint(hint, option, widget, returnData);
    }
};

} // namespace

class TestChatPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<FakeOllamaServer> m_ollama;
    std::unique_ptr<FakeLmStudioServer> m_lmstudio;
    std::unique_ptr<Core> m_core;
    std::unique_ptr<MainWindow> m_window;

    ChatPage *page() const { return m_window->chatPage(); }
    // Found by object name, checked once in init().
    ChatView *view() const { return page()->findChild<ChatView *>(u"chatView"_s); }
    QPlainTextEdit *input() const { return page()->findChild<QPlainTextEdit *>(u"messageInput"_s); }
    ChatSession *chat() const { return m_core->chat(); }
    QString transcript() const { return view()->toPlainText(); }
    // Shows a chat view with an answer starting to stream at its end; returns that answer.
    static ChatMessage startStreaming(ChatView &v)
    {
        v.resize(800, 600);
        v.show();
        ChatMessage answer;
        answer.role = ChatTurn::Role::Assistant;
        answer.model = u"m"_s;
        answer.state = ChatMessage::State::Streaming;
        v.appendMessage(answer);
        return answer;
    }
    template<typename T>
    T *find(const char *name) const
    {
        T *w = m_window->findChild<T *>(QLatin1String(name));
        if (!w)
            qWarning("no widget %s", name);
        return w;
    }
    QUrl link(const QString &action) const
    {
        for (const QUrl &url : view()->actionLinks()) {
            if (url.path().startsWith(action + u'/'))
                return url;
        }
        return {};
    }
    void typeAndSend(const QString &text)
    {
        input()->setFocus();
        QTest::keyClicks(input(), text);
        QTest::keyClick(input(), Qt::Key_Return, Qt::ControlModifier);
    }
    bool waitIdle() const
    {
        return QTest::qWaitFor([this] { return !chat()->isStreaming(); }, 10000);
    }
    // The links of the whole conversation document, in order.
    QStringList anchors() const
    {
        QStringList out;
        for (QTextBlock b = view()->document()->begin(); b.isValid(); b = b.next()) {
            for (auto it = b.begin(); !it.atEnd(); ++it) {
                if (it.fragment().charFormat().isAnchor())
                    out.append(it.fragment().charFormat().anchorHref());
            }
        }
        return out;
    }
    void sendAndFinish(const QString &answer)
    {
        m_ollama->setAnswer(FakeHttpServer::splitIntoTokens(answer));
        typeAndSend(u"Go"_s);
        QVERIFY(waitIdle());
        QTRY_COMPARE(chat()->messages().size(), 2);
        QTRY_VERIFY(chat()->messages().at(1).state != ChatMessage::State::Streaming);
        QTRY_VERIFY(!link(u"regenerate"_s).isEmpty());
    }
    // Answers the next "open this link?" box with `button` and keeps what it said.
    void answerLinkConfirmation(QMessageBox::StandardButton button, QString *said)
    {
        QTimer::singleShot(0, this, [button, said] {
            QTRY_VERIFY(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            *said = box->text();
            QTest::mouseClick(box->button(button), Qt::LeftButton);
        });
    }
    QList<QUrl> m_opened;

public Q_SLOTS:
    // Stands in for the web browser (QDesktopServices::setUrlHandler).
    void openInBrowser(const QUrl &url) { m_opened.append(url); }

private:
    QJsonObject lastChatBody() const
    {
        const QList<RecordedRequest> requests = m_ollama->requests();
        for (qsizetype i = requests.size() - 1; i >= 0; --i) {
            if (requests[i].path == "/api/chat")
                return QJsonDocument::fromJson(requests[i].body).object();
        }
        return {};
    }

    // "First question" then "Second question", each in a conversation of its own, the second
    // open: the first one's id.
    QString twoConversations()
    {
        typeAndSend(QStringLiteral("First question"));
        if (!waitIdle())
            return {};
        const QString first = m_core->conversations()->currentId();
        QTest::mouseClick(find<QPushButton>("newChatButton"), Qt::LeftButton);
        typeAndSend(QStringLiteral("Second question"));
        if (!waitIdle() || !QTest::qWaitFor([this] {
                return find<QListWidget>("conversationList")->count() == 2;
            }))
            return {};
        return first;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Tokens saved here must never reach the keychain of the session running the tests.
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        installTranslations(*qApp, u"en"_s);
    }

    void init()
    {
        m_ollama = std::make_unique<FakeOllamaServer>();
        m_lmstudio = std::make_unique<FakeLmStudioServer>();
        QVERIFY(m_ollama->listen());
        QVERIFY(m_lmstudio->listen());
        m_ollama->setAnswer({u"Rayleigh"_s, u" scattering."_s});
        Core::Options options;
        options.discovery.candidates = {{m_ollama->baseUrl(), ServerKind::Ollama},
                                        {m_lmstudio->baseUrl(), ServerKind::LmStudio}};
        options.discovery.intervalMs = 0;
        const QString name = QString::fromLatin1(QTest::currentTestFunction());
        options.settingsFile = m_dir.filePath(name + u".ini"_s);
        options.dataFolder = m_dir.filePath(name + u"-conversations"_s);
        m_core = std::make_unique<Core>(options);
        m_window = std::make_unique<MainWindow>(m_core.get());
        QVERIFY(view());
        QVERIFY(input());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_core->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_core->providers()->activeProvider(), 5000);
        m_core->providers()->setActiveServer(m_ollama->baseUrl().toString());
        QComboBox *models = find<QComboBox>("modelPicker");
        QTRY_COMPARE_WITH_TIMEOUT(models->count(), 2, 5000);
        models->setCurrentIndex(models->findData(u"deepseek-r1:latest"_s));
    }

    void cleanup()
    {
        QDesktopServices::unsetUrlHandler(u"https"_s);
        m_opened.clear();
        m_window.reset();
        m_core.reset();
        m_ollama.reset();
        m_lmstudio.reset();
    }

    // "No chat model yet" goes once the server has models; the notice of a failed answer does
    // not go with a new reading of the list.
    void theNoModelsNoticeGoesWhenModelsCome()
    {
        const QString id = m_ollama->baseUrl().toString();
        const QJsonArray models = testJson(u"ollama/tags.json"_s).value(u"models").toArray();
        QVERIFY(!models.isEmpty());
        m_ollama->setModels({});
        m_core->models()->refresh(id);
        // Waited for by what shows: a reading of the list started earlier (by the start) can
        // arrive first, with the models still there.
        ChatPage *page = m_window->chatPage();
        QTRY_VERIFY_WITH_TIMEOUT(page->notice().contains(u"no chat model yet"), 5000);
        m_ollama->setModels(models);
        m_core->models()->refresh(id);
        QTRY_COMPARE_WITH_TIMEOUT(page->notice(), QString(), 5000);
    }

    void stopKeepsWhatCameThenRegenerateReplacesIt()
    {
        m_ollama->setAnswer(QStringList(300, u" word"_s));
        m_ollama->setTokenIntervalMs(20);
        typeAndSend(u"Talk to me"_s);
        QTRY_VERIFY_WITH_TIMEOUT(transcript().contains(u"word word word"), 5000);
        QVERIFY(!find<QPushButton>("regenerateButton")->isEnabled());
        QTest::mouseClick(find<QPushButton>("stopButton"), Qt::LeftButton);
        QVERIFY(waitIdle());
        QTRY_VERIFY(transcript().contains(u"Stopped ·"));
        const QString partial = chat()->messages().at(1).content;
        QVERIFY(partial.startsWith(u" word word"));
        QVERIFY(transcript().contains(partial.trimmed()));

        m_ollama->setTokenIntervalMs(0);
        m_ollama->setAnswer({u"A"_s, u" fresh"_s, u" answer."_s});
        QPushButton *regenerate = find<QPushButton>("regenerateButton");
        QTRY_VERIFY(regenerate->isEnabled());
        QTest::mouseClick(regenerate, Qt::LeftButton);
        QVERIFY(waitIdle());
        QTRY_VERIFY(transcript().contains(u"A fresh answer."));
        QVERIFY(!transcript().contains(u"Stopped ·"));
        QVERIFY(!transcript().contains(u"word word"));
        QCOMPARE(transcript().count(u"Talk to me"), 1);
        QCOMPARE(chat()->messages().size(), 2);
        // The question was sent once in the new request.
        QCOMPARE(lastChatBody().value(u"messages").toArray().size(), 1);
        // The link under the answer does the same.
        const QUrl again = link(u"regenerate"_s);
        QVERIFY(again.isValid());
        m_ollama->setAnswer({u"Third."_s});
        view()->activateLink(again);
        QVERIFY(waitIdle());
        QTRY_VERIFY(transcript().contains(u"Third."));
        QVERIFY(!transcript().contains(u"A fresh answer."));
    }

    void editTheLastQuestionAndSendItAgain()
    {
        typeAndSend(u"What is the capitol of France?"_s);
        QVERIFY(waitIdle());
        QTRY_VERIFY(transcript().contains(u"Rayleigh scattering."));
        // The stats line: first token, rate and whose it is, tokens, prompt, load, total.
        const AnswerStats &stats = chat()->messages().at(1).stats;
        QVERIFY(stats.server.promptTokens && stats.server.loadSeconds);
        for (const QString &part :
             {u"TTFT "_s, u"tok/s (server)"_s, u"2 tokens"_s,
              u"prompt %1 tokens @ "_s.arg(*stats.server.promptTokens), u"load "_s, u"total "_s})
            QVERIFY2(transcript().contains(part), qPrintable(part));
        // It wraps between figures, never between a figure and its unit.
        const QString footer = view()->document()->find(u"(server)"_s).block().text();
        const qsizetype unit = footer.indexOf(u"tok/s");
        QVERIFY2(unit > 0 && footer.at(unit - 1) == QChar::Nbsp, qPrintable(footer));
        QVERIFY2(!footer.section(u" · "_s, 0, 0).contains(u' '), qPrintable(footer));
        // A draft being written is kept after the question that comes back.
        QTest::keyClicks(input(), u"draft"_s);
        const QUrl edit = link(u"edit"_s);
        QVERIFY(edit.isValid());
        view()->activateLink(edit);
        QCOMPARE(input()->toPlainText(), u"What is the capitol of France?\n\ndraft"_s);
        QVERIFY(chat()->messages().isEmpty());
        QVERIFY(!transcript().contains(u"capitol"));
        input()->setPlainText(u"What is the capital of France?"_s);
        QTest::keyClick(input(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(waitIdle());
        QTRY_VERIFY(transcript().contains(u"capital of France"));
        QVERIFY(!transcript().contains(u"capitol"));
        const QJsonArray sent = lastChatBody().value(u"messages").toArray();
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.at(0).toObject().value(u"content").toString(),
                 u"What is the capital of France?"_s);
    }

    void thinkingIsShownApartAndFolds()
    {
        page()->setParametersVisible(true);
        QComboBox *think = find<QComboBox>("think");
        QVERIFY(think->isEnabled());
        think->setCurrentIndex(think->findText(u"On"_s));
        m_ollama->setTokenIntervalMs(40); // slow enough to see the thinking while it streams
        typeAndSend(u"Why is the sky blue?"_s);
        const QString thinking = m_ollama->thinking().join(QString());
        QVERIFY(thinking.size() > 20);
        // While it streams, the thinking is there to read.
        QTRY_VERIFY_WITH_TIMEOUT(transcript().contains(thinking.left(20)), 5000);
        QVERIFY(waitIdle());
        QCOMPARE(lastChatBody().value(u"think"), QJsonValue(true));
        const ChatMessage &answer = chat()->messages().at(1);
        QCOMPARE(answer.thinking, thinking);
        QCOMPARE(answer.content, u"Rayleigh scattering."_s);
        // Finished: folded under a link, apart from the answer.
        QTRY_VERIFY(transcript().contains(u"▸ Thinking ("));
        QVERIFY(!transcript().contains(thinking.left(20)));
        QVERIFY(transcript().contains(u"Rayleigh scattering."));
        QVERIFY(!view()->isThinkingExpanded(1));
        view()->activateLink(link(u"thinking"_s));
        QVERIFY(view()->isThinkingExpanded(1));
        QVERIFY(transcript().contains(u"▾ Thinking ("));
        QVERIFY(transcript().contains(thinking.trimmed().left(40)));
        QVERIFY(transcript().indexOf(thinking.trimmed().left(40)) <
                transcript().indexOf(u"Rayleigh scattering."));
        view()->activateLink(link(u"thinking"_s));
        QVERIFY(!transcript().contains(thinking.left(20)));
        // The thinking is kept with the conversation.
        const auto saved =
            m_core->conversations()->conversation(m_core->conversations()->currentId());
        QVERIFY(saved);
        QCOMPARE(saved->messages.at(1).thinking, thinking);
    }

    void codeBlocksAndMessagesCopy()
    {
        m_ollama->setAnswer(FakeHttpServer::splitIntoTokens(
            u"Use this:\n\n```python\ndef add(a, b):\n    return a + b\n```\n\nThen call it."_s));
        typeAndSend(u"Add two numbers in Python"_s);
        QVERIFY(waitIdle());
        QTRY_VERIFY(transcript().contains(u"Copy code"));
        QCOMPARE(view()->codeBlocks(1), QStringList{u"def add(a, b):\n    return a + b"_s});
        QGuiApplication::clipboard()->clear();
        view()->activateLink(link(u"copy-code"_s));
        QCOMPARE(QGuiApplication::clipboard()->text(), u"def add(a, b):\n    return a + b"_s);
        // "Copy" under the answer copies its Markdown source; beside the question, the question.
        QList<QUrl> copies;
        for (const QUrl &url : view()->actionLinks()) {
            if (url.path().startsWith(u"copy/"))
                copies.append(url);
        }
        QCOMPARE(copies.size(), 2);
        view()->activateLink(copies.at(0));
        QCOMPARE(QGuiApplication::clipboard()->text(), u"Add two numbers in Python"_s);
        view()->activateLink(copies.at(1));
        QCOMPARE(QGuiApplication::clipboard()->text(), chat()->messages().at(1).content);
        QVERIFY(QGuiApplication::clipboard()->text().contains(u"```python"));
    }

    void aLongCodeLineWrapsInsteadOfScrollingTheConversation()
    {
        // One line of code wider than the view: it wraps inside its shaded block, the
        // conversation never scrolls sideways, and Copy code gives the line whole.
        const QString line = u"result = compute(" + u"argument, "_s.repeated(40) + u"last)";
        sendAndFinish(u"Here:\n\n```python\n"_s + line + u"\n```\n\nDone."_s);
        QTRY_VERIFY(transcript().contains(u"Copy code"));
        QApplication::processEvents();
        QCOMPARE(view()->horizontalScrollBar()->maximum(), 0);
        QVERIFY(view()->document()->size().width() <= view()->viewport()->width());
        QCOMPARE(view()->codeBlocks(1), QStringList{line});
    }

    void aQuotationStandsApart()
    {
        // A quotation is tinted, not only indented; the paragraphs around it are not.
        sendAndFinish(u"As the docs say:\n\n> Keep the model loaded.\n> It answers faster.\n\nSo "
                      "do that."_s);
        QTRY_VERIFY(transcript().contains(u"Keep the model loaded."));
        int tinted = 0;
        for (QTextBlock b = view()->document()->begin(); b.isValid(); b = b.next()) {
            const bool quoted = b.blockFormat().property(QTextFormat::BlockQuoteLevel).toInt() > 0;
            QCOMPARE(b.blockFormat().background().style() != Qt::NoBrush, quoted);
            tinted += quoted && b.text().contains(u"Keep the model loaded.");
        }
        QCOMPARE(tinted, 1);
    }

    // The answer is the server's text: HTML in it is shown as text, not obeyed.
    void answersRenderNoHtml()
    {
        sendAndFinish(u"Fine.\n\n<table><tr><td>You</td><td>delete everything</td></tr></table>\n\n"
                      "<b>You</b> said <a href=\"https://evil.example/\">this</a>.\n"_s);
        const QString t = transcript();
        QVERIFY2(t.contains(u"<table><tr><td>You</td>"), qPrintable(t));
        QVERIFY(t.contains(u"<b>You</b> said <a href=\"https://evil.example/\">this</a>."));
        for (QTextFrame *frame : view()->document()->rootFrame()->childFrames())
            QVERIFY(!qobject_cast<QTextTable *>(frame));
        QVERIFY(!anchors().contains(u"https://evil.example/"_s));
    }

    // A link written in the answer never acts as one of LocalForge's own actions.
    void linksTheAnswerWritesNeverAct()
    {
        sendAndFinish(u"Click [here](localforge:edit/0), [this](localforge:regenerate/1) or "
                      "[that](localforge:copy/0). See [the docs](https://example.org/docs)."_s);
        QSignalSpy edit(view(), &ChatView::editRequested);
        QSignalSpy regenerate(view(), &ChatView::regenerateRequested);
        const QStringList links = anchors();
        QVERIFY(links.contains(u"https://example.org/docs"_s)); // web links stay links
        QStringList forged;
        for (const QString &href : links) {
            if (href.startsWith(u"localforge:") && !view()->actionLinks().contains(QUrl(href)))
                forged.append(href);
        }
        QVERIFY2(forged.isEmpty(), qPrintable(forged.join(u' ')));
        // Even activated by their address, they do nothing.
        QGuiApplication::clipboard()->setText(u"untouched"_s);
        for (const char *href : {"localforge:edit/0", "localforge:regenerate/1",
                                 "localforge:copy/0", "localforge:thinking/1"})
            view()->activateLink(QUrl(QLatin1String(href)));
        QCOMPARE(edit.count(), 0);
        QCOMPARE(regenerate.count(), 0);
        QCOMPARE(chat()->messages().size(), 2);
        QVERIFY(transcript().contains(u"Go"));
        QCOMPARE(QGuiApplication::clipboard()->text(), u"untouched"_s);
        // LocalForge's own links still work.
        view()->activateLink(link(u"copy"_s));
        QCOMPARE(QGuiApplication::clipboard()->text(), u"Go"_s);
        view()->activateLink(link(u"edit"_s));
        QCOMPARE(edit.count(), 1);
    }

    // A web link opens only after its real address was shown and confirmed.
    void webLinksShowTheirAddressFirst()
    {
        QDesktopServices::setUrlHandler(u"https"_s, this, "openInBrowser");
        sendAndFinish(u"Read [https://docs.example.org](https://evil.example/phish?id=1)."_s);
        const QUrl target(u"https://evil.example/phish?id=1"_s);
        QVERIFY(anchors().contains(target.toString()));
        QString said;
        answerLinkConfirmation(QMessageBox::Cancel, &said);
        view()->activateLink(target);
        QVERIFY2(said.contains(u"https://evil.example/phish?id=1"), qPrintable(said));
        QVERIFY(m_opened.isEmpty());
        answerLinkConfirmation(QMessageBox::Open, &said);
        view()->activateLink(target);
        QCOMPARE(m_opened, QList<QUrl>{target});
    }

    // A run with no break in an answer, in a code block and in a question is folded: the view
    // lays out only its start, "Show all" shows it, "Copy" copies it, nothing is lost.
    void longRunsAreFolded()
    {
        QString run;
        while (run.size() < 300'000)
            run += u"QUFBQUFBQUFB"_s;
        QStringList tokens{u"Here it is: "_s};
        for (qsizetype at = 0; at < run.size(); at += 2000)
            tokens.append(run.mid(at, 2000)); // streamed in pieces, as servers send it
        tokens.append(u"\n\nDone."_s);
        m_ollama->setAnswer(tokens);
        typeAndSend(u"Give me the blob"_s);
        QVERIFY(waitIdle());
        QTRY_VERIFY(!link(u"regenerate"_s).isEmpty());
        QCOMPARE(view()->folds(1), QStringList{u"Here it is: "_s + run});
        QVERIFY(transcript().size() < 10'000);
        QVERIFY(transcript().contains(u"Done."));
        QVERIFY(transcript().contains(u"Show all"));
        view()->activateLink(link(u"copy-fold"_s));
        QCOMPARE(QGuiApplication::clipboard()->text(), view()->folds(1).at(0));
        QVERIFY(!view()->isFoldOpen(1, 0));
        view()->activateLink(link(u"fold"_s));
        QVERIFY(view()->isFoldOpen(1, 0));
        QVERIFY(QString(transcript()).remove(u'\n').contains(run));
        QVERIFY(transcript().contains(u"Show less"));
        view()->activateLink(link(u"fold"_s));
        QVERIFY(!view()->isFoldOpen(1, 0));
        QVERIFY(transcript().size() < 10'000);
        // The message itself is kept whole.
        QCOMPARE(chat()->messages().at(1).content, u"Here it is: "_s + run + u"\n\nDone."_s);
    }

    void longRunsAreFoldedInCodeQuestionsAndRestoredConversations()
    {
        const QString run(2'000'000, u'x');
        ChatMessage question;
        question.content = u"Pasted: "_s + run;
        ChatMessage answer;
        answer.role = ChatTurn::Role::Assistant;
        answer.model = u"m"_s;
        answer.content = u"Code:\n\n```text\nshort line\n"_s + run + u"\n```\n\nEnd."_s;
        ChatView v;
        v.resize(800, 600);
        v.show();
        v.setMessages({question, answer});
        QCOMPARE(v.folds(0), QStringList{question.content});
        QCOMPARE(v.folds(1), QStringList{u"short line\n"_s + run});
        QVERIFY(v.toPlainText().contains(u"Code block of 2 lines, folded"));
        QVERIFY(v.toPlainText().size() < 10'000);
        QVERIFY(v.toPlainText().contains(u"short line"));
        QVERIFY(v.toPlainText().contains(u"End."));
        QVERIFY(v.toPlainText().contains(u"Copy code"));
        QVERIFY(!v.toPlainText().contains(u"```"));
        // A long answer of ordinary text: its first part rendered, the rest behind "Show all".
        QString prose;
        while (prose.size() < 300'000)
            prose += u"The *sky* looks blue because of Rayleigh scattering.\n\n"_s;
        answer.content = prose;
        v.setMessages({answer});
        QCOMPARE(v.folds(0).size(), 1);
        QVERIFY(prose.endsWith(v.folds(0).at(0)));
        QVERIFY(v.toPlainText().size() < 200'000);
        QVERIFY(!v.toPlainText().contains(u"*sky*")); // Markdown rendered
        v.setFoldOpen(0, 0, true);
        QVERIFY(v.toPlainText().size() > 250'000);
    }

    // While an answer streams, the view lays out as much of it as the finished message shows
    // before folding the rest; what comes after is counted on a line of its own, the session
    // keeps it, and the finished message offers it. A character of two halves is never cut.
    void aLongAnswerStreamsAsMuchAsItsFinishedMessageShows()
    {
        const qsizetype limit = LongRuns::Limits().maxText;
        ChatView v;
        ChatMessage question;
        question.content = u"Tell me everything"_s;
        v.setMessages({question});
        ChatMessage answer = startStreaming(v);
        QString sent;
        auto stream = [&](const QString &piece) {
            v.appendDelta(piece, {});
            sent += piece;
        };
        const QString line = u"The sky looks blue because of Rayleigh scattering.\n"_s;
        while (sent.size() + line.size() < limit - 1)
            stream(line);
        // One short of the limit, then a character of two halves across it.
        stream(u"word "_s.repeated(limit).left(limit - 1 - sent.size()));
        stream(u"🙂 and more\n"_s);
        v.flushPending();
        QCOMPARE(v.streamedText(), sent.left(limit - 1));
        QCOMPARE(v.streamedHidden(), sent.size() - (limit - 1));
        auto note = [&]() -> QString {
            return QLocale().toString(v.streamedHidden()) + u" more characters so far"_s;
        };
        QVERIFY2(v.toPlainText().contains(note()), qPrintable(v.toPlainText().right(200)));
        // More comes: counted, the count shown within half a second, nothing more laid out.
        stream(u"more text\n"_s.repeated(500));
        v.flushPending();
        QTRY_VERIFY(v.toPlainText().contains(note()));
        QCOMPARE(v.streamedHidden(), sent.size() - (limit - 1));
        QCOMPARE(v.streamedText(), sent.left(limit - 1));
        QVERIFY(v.toPlainText().size() < limit + 500);
        // A last piece, and the answer is complete before its count is shown: the finished
        // message replaces the line, which never comes back.
        stream(u"The end."_s);
        v.flushPending();
        answer.content = sent;
        answer.state = ChatMessage::State::Complete;
        v.finishMessage(answer);
        QCOMPARE(v.streamedHidden(), 0);
        QTest::qWait(700);
        QVERIFY(!v.toPlainText().contains(u"so far"_s));
        QVERIFY(v.toPlainText().contains(u"Show all"_s));
        QCOMPARE(v.folds(1).size(), 1);
        QVERIFY(sent.endsWith(v.folds(1).at(0)));
        QVERIFY(v.folds(1).at(0).endsWith(u"The end."_s));
    }

    // A long thinking stops being laid out at the same limit, on a line of its own, and the
    // answer after it still shows live.
    void aLongThinkingLeavesTheAnswerToShowLive()
    {
        const qsizetype limit = LongRuns::Limits().maxText;
        ChatView v;
        ChatMessage answer = startStreaming(v);
        const QString thought = u"Let me think about the sky. "_s.repeated(limit / 28 + 200);
        for (qsizetype at = 0; at < thought.size(); at += 1000) {
            v.appendDelta({}, thought.mid(at, 1000));
            v.flushPending();
        }
        v.appendDelta({}, u"Still thinking."_s);
        v.appendDelta(u"The sky is blue."_s, {});
        v.flushPending();
        const QString shown = v.toPlainText();
        QVERIFY(shown.contains(u"The thinking goes on"_s));
        QVERIFY(!shown.contains(u"Still thinking."_s));
        QVERIFY(shown.endsWith(u"The sky is blue."_s));
        QCOMPARE(v.streamedHidden(), 0);
        QVERIFY(shown.size() < limit + 500);
        answer.thinking = thought + u"Still thinking."_s;
        answer.content = u"The sky is blue."_s;
        answer.state = ChatMessage::State::Complete;
        v.finishMessage(answer);
        QVERIFY(!v.toPlainText().contains(u"The thinking goes on"_s));
        QVERIFY(v.toPlainText().contains(u"Thinking ("_s));
    }

    // Breaks as servers send them: "\r\n" is one, a line break right after a break the view
    // added inside a long line is that break, and thinking that comes after a long one was cut
    // adds no empty line to the answer.
    void streamedBreaksAreTheAnswersOwn()
    {
        const qsizetype limit = LongRuns::Limits().maxText;
        ChatView v;
        startStreaming(v);
        v.appendDelta(u"First line.\r\nSecond line.\r"_s, {});
        v.flushPending();
        v.appendDelta(u"\nThird."_s, {});
        v.flushPending();
        QCOMPARE(v.streamedText(), u"First line.\nSecond line.\nThird."_s);

        ChatView w;
        startStreaming(w);
        // A line of 2,100 characters ends in a space, then the answer's own line break.
        const QString line = u"abcdefghi "_s.repeated(210);
        w.appendDelta(line + u"\nNext."_s, {});
        w.flushPending();
        QCOMPARE(w.streamedText(), line + u"\nNext."_s);
        QVERIFY(!w.toPlainText().contains(u"\n\nNext."_s));

        ChatView t;
        startStreaming(t);
        t.appendDelta({}, u"Hmm. "_s.repeated(limit / 5 + 10));
        t.flushPending();
        t.appendDelta(u"Answer."_s, {});
        t.flushPending();
        t.appendDelta({}, u"More thought."_s);
        t.flushPending();
        t.appendDelta(u" Still the answer."_s, {});
        t.flushPending();
        QVERIFY(t.toPlainText().endsWith(u"goes on: all of it is kept, and shown once the answer "
                                         u"is complete.\nAnswer. Still the answer."_s));
    }

    // A "\r" alone is a break while streaming, as in the finished message, even when what
    // follows it comes in the next piece.
    void aLoneCarriageReturnIsABreak()
    {
        ChatView v;
        startStreaming(v);
        v.appendDelta(u"one\rtwo\r"_s, {});
        v.flushPending();
        v.appendDelta(u"three\r"_s, {});
        v.flushPending();
        v.appendDelta(u"\nfour"_s, {});
        v.flushPending();
        QCOMPARE(v.streamedText(), u"one\ntwo\nthree\nfour"_s);
    }

    // A model that thinks again after some answer has its thinking start a line of its own.
    void thinkingAgainStartsALineOfItsOwn()
    {
        ChatView t;
        startStreaming(t);
        t.appendDelta({}, u"Thought A."_s);
        t.flushPending();
        t.appendDelta(u"Answer B."_s, {});
        t.flushPending();
        t.appendDelta({}, u"Thought C."_s);
        t.flushPending();
        t.appendDelta(u"Answer D."_s, {});
        t.flushPending();
        QVERIFY2(t.toPlainText().endsWith(u"Thought A.\nAnswer B.\nThought C.\nAnswer D."_s),
                 qPrintable(t.toPlainText()));
    }

    // A character of two halves that reaches the limit in one piece and ends in the next is not
    // laid out by half.
    void aCharacterOfTwoHalvesAcrossPiecesAtTheLimit()
    {
        const qsizetype limit = LongRuns::Limits().maxText;
        ChatView p;
        startStreaming(p);
        const QString first = u"a"_s.repeated(limit - 1) + QChar(0xD83D); // the first half last
        const QString second = QString(QChar(0xDE42)) + u" and more"_s;
        p.appendDelta(first, {});
        p.flushPending();
        p.appendDelta(second, {});
        p.flushPending();
        QCOMPARE(p.streamedText(), first.left(limit - 1));
        QCOMPARE(p.streamedHidden(), 1 + second.size());
    }

    // What is behind "Show all" is written as the text it comes from: a long message the user
    // typed stays as typed, not read as Markdown.
    void showAllKeepsAPlainMessagePlain()
    {
        QString log;
        for (int i = 0; log.size() < 50'000; ++i)
            log += u"# log line %1 *x* _y_\n"_s.arg(i);
        ChatMessage question;
        question.content = log;
        ChatView v;
        v.setMessages({question});
        QCOMPARE(v.folds(0).size(), 1);
        v.setFoldOpen(0, 0, true);
        const QString shown = v.toPlainText();
        const QString last = log.section(u'\n', -2, -2);
        QVERIFY2(shown.contains(last), qPrintable(last));
        QVERIFY(shown.count(u"*x* _y_"_s) == log.count(u"*x* _y_"_s));
    }

    // An answer written again (regenerated) does not inherit the shown thinking of the answer
    // it replaces.
    void aRegeneratedAnswerStartsWithItsThinkingFolded()
    {
        ChatMessage question;
        question.content = u"Why?"_s;
        ChatMessage answer;
        answer.role = ChatTurn::Role::Assistant;
        answer.model = u"m"_s;
        answer.thinking = u"Let me think."_s;
        answer.content = u"Because."_s;
        ChatView v;
        v.setMessages({question, answer});
        v.setThinkingExpanded(1, true);
        QVERIFY(v.isThinkingExpanded(1));
        v.truncate(1);
        v.appendMessage(answer);
        QVERIFY(!v.isThinkingExpanded(1));
    }

    // Unfolding an earlier message while an answer streams waits for the answer to be complete
    // (writing it again would rewrite the streamed text, which the view does not keep).
    void unfoldingAnEarlierMessageWaitsForTheStreamedAnswer()
    {
        QString prose;
        while (prose.size() < 60'000)
            prose += u"The sky looks blue because of Rayleigh scattering.\n\n"_s;
        ChatMessage question;
        question.content = u"Tell me"_s;
        ChatMessage earlier;
        earlier.role = ChatTurn::Role::Assistant;
        earlier.model = u"m"_s;
        earlier.content = prose;
        ChatView v;
        v.setMessages({question, earlier, question});
        ChatMessage answer = startStreaming(v);
        v.appendDelta(u"Streaming now."_s, {});
        v.flushPending();
        QSignalSpy said(&v, &ChatView::confirmation);
        QUrl unfold;
        for (const QUrl &link : v.actionLinks()) {
            if (link.path() == u"fold/1/0")
                unfold = link;
        }
        QVERIFY(unfold.isValid());
        v.activateLink(unfold);
        QVERIFY(v.isFoldOpen(1, 0));
        QCOMPARE(said.count(), 1);
        QCOMPARE(v.streamedText(), u"Streaming now."_s);
        QVERIFY(v.toPlainText().size() < 45'000); // still folded
        answer.content = u"Streaming now. Done."_s;
        answer.state = ChatMessage::State::Complete;
        v.finishMessage(answer);
        QVERIFY(v.toPlainText().size() > 55'000); // shown whole
        QVERIFY(v.toPlainText().contains(u"Show less"_s));
        QVERIFY(v.toPlainText().contains(u"Streaming now. Done."_s));
    }

    // While it streams, a long paragraph stays one block (no break in mid-sentence); blocks end
    // at the answer's own line breaks.
    void aStreamedParagraphIsNotBrokenMidSentence()
    {
        ChatView v;
        startStreaming(v);
        QString paragraph;
        while (paragraph.size() < 1500) {
            v.appendDelta(u" word"_s, {});
            v.flushPending(); // one token a frame: the block grows piece by piece
            paragraph += u" word"_s;
        }
        v.appendDelta(u"\nNext line.\n\nNext paragraph."_s, {});
        v.flushPending();
        QStringList holding;
        for (QTextBlock b = v.document()->begin(); b.isValid(); b = b.next()) {
            if (b.text().contains(u"word"_s))
                holding.append(b.text());
        }
        QCOMPARE(holding, QStringList{paragraph});
        QCOMPARE(v.streamedText(), paragraph + u"\nNext line.\n\nNext paragraph."_s);
    }

    void parametersFromThePanelReachTheServerAndAreKept()
    {
        page()->setParametersVisible(true);
        find<QDoubleSpinBox>("temperature")->setValue(0.3);
        find<QSpinBox>("numCtx")->setValue(4096);
        find<QSpinBox>("seed")->setValue(123);
        QPlainTextEdit *prompt = find<QPlainTextEdit>("systemPrompt");
        QComboBox *presets = find<QComboBox>("systemPromptPresets");
        const int french = presets->findData(u"Tu es un assistant utile et concis."_s);
        QVERIFY(french > 0);
        presets->setCurrentIndex(french);
        Q_EMIT presets->activated(french);
        QCOMPARE(prompt->toPlainText(), u"Tu es un assistant utile et concis."_s);
        typeAndSend(u"Bonjour"_s);
        QVERIFY(waitIdle());
        const QJsonObject body = lastChatBody();
        const QJsonObject options = body.value(u"options").toObject();
        QCOMPARE(options.value(u"temperature").toDouble(), 0.3);
        QCOMPARE(options.value(u"num_ctx").toInt(), 4096);
        QCOMPARE(options.value(u"seed").toInt(), 123);
        QVERIFY(!options.contains(u"top_p")); // left at "Default"
        QCOMPARE(body.value(u"messages").toArray().at(0).toObject().value(u"content").toString(),
                 u"Tu es un assistant utile et concis."_s);
        // Kept for this server and model, not for the other model.
        const QString server = m_ollama->baseUrl().toString();
        QCOMPARE(
            ParameterStore::modelParameters(m_core->settings(), server, u"deepseek-r1:latest"_s)
                .temperature,
            std::optional<double>(0.3));
        QComboBox *models = find<QComboBox>("modelPicker");
        models->setCurrentIndex(models->findData(u"llama3.2:latest"_s));
        QVERIFY(find<QDoubleSpinBox>("temperature")->value() <
                find<QDoubleSpinBox>("temperature")->minimum() + 1e-9);
        models->setCurrentIndex(models->findData(u"deepseek-r1:latest"_s));
        QCOMPARE(find<QDoubleSpinBox>("temperature")->value(), 0.3);
        // Ollama's runtime options cannot be set for LM Studio per request.
        m_core->providers()->setActiveServer(m_lmstudio->baseUrl().toString());
        QTRY_VERIFY(!find<QSpinBox>("numCtx")->isEnabled());
        QVERIFY(find<QDoubleSpinBox>("temperature")->isEnabled());
    }

    void temperatureAndTopPNeverGoBelowWhatServersTake()
    {
        // "Default" is one step below the lowest value: a step down from 0.03 stops at 0, not
        // at -0.02, and a top_p never reaches 0 (vLLM refuses both).
        page()->setParametersVisible(true);
        auto *temperature = find<QDoubleSpinBox>("temperature");
        temperature->setValue(0.03);
        temperature->stepBy(-1);
        QCOMPARE(temperature->value(), 0.0);
        QCOMPARE(temperature->text(), u"0.00"_s);
        temperature->stepBy(-1);
        QCOMPARE(temperature->text(), u"Default"_s);
        temperature->stepBy(1);
        QCOMPARE(temperature->value(), 0.0);
        auto *topP = find<QDoubleSpinBox>("topP");
        topP->stepBy(1); // from "Default"
        QCOMPARE(topP->value(), 0.01);
        topP->setValue(0.03);
        topP->stepBy(-1);
        QCOMPARE(topP->value(), 0.01);
        topP->stepBy(-1);
        QCOMPARE(topP->text(), u"Default"_s);
        // Typed: a value in between becomes the lowest one.
        topP->selectAll();
        QTest::keyClicks(topP, u"-0.01"_s);
        QTest::keyClick(topP, Qt::Key_Return);
        QCOMPARE(topP->value(), 0.01);
        temperature->selectAll();
        QTest::keyClicks(temperature, u"-0.02"_s);
        QTest::keyClick(temperature, Qt::Key_Return);
        QCOMPARE(temperature->value(), 0.0);
        typeAndSend(u"Bonjour"_s);
        QVERIFY(waitIdle());
        const QJsonObject options = lastChatBody().value(u"options").toObject();
        QCOMPARE(options.value(u"temperature").toDouble(-1), 0.0);
        QCOMPARE(options.value(u"top_p").toDouble(), 0.01);
    }

    void aSavedPresetShowsAsItselfAndCanBeDeleted()
    {
        page()->setParametersVisible(true);
        auto *prompt = find<QPlainTextEdit>("systemPrompt");
        auto *presets = find<QComboBox>("systemPromptPresets");
        auto *remove = find<QToolButton>("deletePresetButton");
        prompt->setPlainText(u"You review C++ code.\n"_s); // a line break left at the end
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->setTextValue(u"Reviewer"_s);
            dialog->accept();
        });
        QTest::mouseClick(find<QPushButton>("savePresetButton"), Qt::LeftButton);
        // The list shows the preset just saved, not "Custom".
        QCOMPARE(presets->currentText(), u"Reviewer"_s);
        QCOMPARE(chat()->systemPrompt(), u"You review C++ code."_s);
        QVERIFY(remove->isVisibleTo(page()));
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(presets->findText(u"Reviewer"_s), -1);
        const QList<SystemPromptPreset> kept = SystemPrompts::all(m_core->settings());
        QVERIFY(std::none_of(kept.cbegin(), kept.cend(),
                             [](const SystemPromptPreset &p) { return p.name == u"Reviewer"; }));
        // The prompt in use stays, as a custom one.
        QCOMPARE(chat()->systemPrompt(), u"You review C++ code."_s);
        QCOMPARE(presets->currentText(), u"Custom"_s);
        QVERIFY(!remove->isVisibleTo(page()));
        // Built-in presets cannot be deleted.
        presets->setCurrentIndex(1);
        QVERIFY(!presets->currentData(Qt::UserRole + 1).toBool());
        QVERIFY(!remove->isVisibleTo(page()));
    }

    void aPresetCannotTakeABuiltInName()
    {
        page()->setParametersVisible(true);
        auto *prompt = find<QPlainTextEdit>("systemPrompt");
        auto *presets = find<QComboBox>("systemPromptPresets");
        const QString builtIn = SystemPrompts::builtIns().first().name;
        QVERIFY(!SystemPrompts::saveCustom(m_core->settings(), builtIn.toUpper(), u"x"_s));
        QVERIFY(SystemPrompts::saveCustom(m_core->settings(), u"Reviewer"_s, u"Old text."_s));
        prompt->setPlainText(u"You review Rust code."_s);
        QStringList labels;
        QList<bool> okEnabled;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            for (const QString &name : {builtIn, u"custom"_s, u"reviewer"_s, u"Rust"_s}) {
                dialog->setTextValue(name);
                labels << dialog->labelText();
                okEnabled << ok->isEnabled();
            }
            dialog->setTextValue(u"reviewer "_s);
            dialog->accept();
        });
        QTest::mouseClick(find<QPushButton>("savePresetButton"), Qt::LeftButton);
        QCOMPARE(okEnabled, (QList<bool>{false, false, true, true}));
        QVERIFY2(labels[0].contains(u"already in the list"), qPrintable(labels[0]));
        QVERIFY2(labels[1].contains(u"already in the list"), qPrintable(labels[1]));
        QVERIFY2(labels[2].contains(u"replaces"), qPrintable(labels[2]));
        QCOMPARE(labels[3], u"Name of the preset:"_s);
        // Saved over the user's own preset, under its own spelling: one entry, the new text.
        const QList<SystemPromptPreset> custom = SystemPrompts::custom(m_core->settings());
        QCOMPARE(custom.size(), 1);
        QCOMPARE(custom.first().name, u"Reviewer"_s);
        QCOMPARE(custom.first().text, u"You review Rust code."_s);
        QCOMPARE(presets->currentText(), u"Reviewer"_s);
        QCOMPARE(presets->findText(builtIn), 1);
        SystemPrompts::removeCustom(m_core->settings(), u"Reviewer"_s);
    }

    // Saved in English as "Programmeur", which is a built-in preset's name in French: in French
    // the list shows both, the user's marked as theirs, and each does what it says.
    void aPresetNamedAsABuiltInOneInAnotherLanguageStaysApart()
    {
        QVERIFY(SystemPrompts::saveCustom(m_core->settings(), u"Programmeur"_s, u"Mine."_s));
        QTranslator french;
        QVERIFY(french.load(u":/i18n/localforge_fr.qm"_s));
        QCoreApplication::installTranslator(&french);
        const auto cleanUp = qScopeGuard([&] {
            QCoreApplication::removeTranslator(&french);
            SystemPrompts::removeCustom(m_core->settings(), u"Programmeur"_s);
        });
        QStringList names;
        for (const SystemPromptPreset &p : SystemPrompts::all(m_core->settings()))
            names << p.name;
        QCOMPARE(names.count(u"Programmeur"_s), 1);
        QCOMPARE(names.count(u"Programmeur (votre modèle)"_s), 1);
        // Saved again under its name: replaced, not refused as the built-in's.
        QVERIFY(SystemPrompts::saveCustom(m_core->settings(), u"Programmeur"_s, u"Mine, again."_s));
        QCOMPARE(SystemPrompts::custom(m_core->settings()).size(), 1);
        QCOMPARE(SystemPrompts::custom(m_core->settings()).first().text, u"Mine, again."_s);
        // A new preset still cannot take a built-in name.
        QVERIFY(!SystemPrompts::saveCustom(m_core->settings(), u"enseignant PATIENT"_s, u"x"_s));

        ParametersPanel panel(m_core.get());
        auto *presets = panel.findChild<QComboBox *>(u"systemPromptPresets"_s);
        auto *remove = panel.findChild<QToolButton *>(u"deletePresetButton"_s);
        QVERIFY(presets && remove);
        const int mine = presets->findText(u"Programmeur (votre modèle)"_s);
        const int builtIn = presets->findText(u"Programmeur"_s);
        QVERIFY(mine > 0 && builtIn > 0);
        QCOMPARE(presets->itemData(mine).toString(), u"Mine, again."_s);
        presets->setCurrentIndex(mine);
        QVERIFY(!remove->isHidden());
        QTest::mouseClick(remove, Qt::LeftButton);
        QVERIFY(SystemPrompts::custom(m_core->settings()).isEmpty());
        QCOMPARE(presets->findText(u"Programmeur (votre modèle)"_s), -1);
        QVERIFY(presets->findText(u"Programmeur"_s) > 0);
    }

    // The figures under an answer, in French: no English abbreviation, no "@".
    void theStatsLineIsInFrench()
    {
        AnswerStats stats;
        stats.timeToFirstTokenSeconds = 0.25;
        stats.server.tokensPerSecond = 40.0;
        stats.server.completionTokens = 12;
        stats.server.promptTokens = 31;
        stats.server.promptTokensPerSecond = 1261.5;
        const QString english = Format::statsLine(stats);
        QVERIFY2(english.contains(u"TTFT ") && english.contains(u"prompt 31 tokens @ "),
                 qPrintable(english));
        QTranslator french;
        QVERIFY(french.load(u":/i18n/localforge_fr.qm"_s));
        QCoreApplication::installTranslator(&french);
        const QString line = Format::statsLine(stats);
        QCoreApplication::removeTranslator(&french);
        QVERIFY2(line.startsWith(u"1er jeton "), qPrintable(line));
        QVERIFY2(line.contains(u"prompt 31 jetons à "), qPrintable(line));
        QVERIFY2(!line.contains(u"TTFT") && !line.contains(u'@'), qPrintable(line));
    }

    void useForAllModelsKeepsTheServersOtherDefaults()
    {
        page()->setParametersVisible(true);
        const QString server = m_ollama->baseUrl().toString();
        ChatParameters defaults;
        defaults.numCtx = 8192;
        defaults.topP = 0.9;
        ParameterStore::setServerDefaults(m_core->settings(), server, defaults);
        find<QDoubleSpinBox>("temperature")->setValue(0.5);
        find<QDoubleSpinBox>("topP")->setValue(0.8);
        QTest::mouseClick(find<QPushButton>("serverDefaultsButton"), Qt::LeftButton);
        const ChatParameters saved = ParameterStore::serverDefaults(m_core->settings(), server);
        QCOMPARE(saved.temperature, std::optional<double>(0.5));
        QCOMPARE(saved.topP, std::optional<double>(0.8)); // what the form set wins
        QCOMPARE(saved.numCtx, std::optional<int>(8192)); // what it left alone stays
    }

    void ollamaOptionsSayWhatTheyAreOnOllama()
    {
        // On Ollama each field explains itself; elsewhere it says where to set it instead.
        page()->setParametersVisible(true);
        QSpinBox *numCtx = find<QSpinBox>("numCtx");
        QTRY_VERIFY(numCtx->isEnabled());
        QVERIFY2(numCtx->toolTip().contains(u"num_ctx"), qPrintable(numCtx->toolTip()));
        QVERIFY(!numCtx->toolTip().contains(u"Only Ollama"));
        m_core->providers()->setActiveServer(m_lmstudio->baseUrl().toString());
        QTRY_VERIFY(!numCtx->isEnabled());
        QVERIFY(numCtx->toolTip().contains(u"LM Studio"));
        m_core->providers()->setActiveServer(m_ollama->baseUrl().toString());
        QTRY_VERIFY(numCtx->isEnabled());
        QVERIFY(numCtx->toolTip().contains(u"num_ctx"));
    }

    void theServerBesideTheModelIsNeverCutMidWord()
    {
        // Narrower and narrower: the server and its address, then its kind only, then nothing
        // (the toolbar names it); whole in the tooltip whenever it is shorter.
        auto *label = find<ElidedLabel>("activeServerLabel");
        QTRY_VERIFY(label->fullText().contains(u"Ollama"));
        const QString full = label->fullText();
        const QStringList allowed{full, u"on Ollama"_s, QString()};
        QSet<QString> seen;
        for (int width = 1400; width >= 700; width -= 20) {
            m_window->resize(width, m_window->height());
            QApplication::processEvents();
            QVERIFY2(allowed.contains(label->text()),
                     qPrintable(u"%1 px: \"%2\""_s.arg(width).arg(label->text())));
            QCOMPARE(label->toolTip(), label->text() == full ? QString() : full);
            seen.insert(label->text());
        }
        QVERIFY2(seen.contains(full) && seen.contains(u"on Ollama"_s) && seen.contains(QString()),
                 qPrintable(QStringList(seen.values()).join(u" | ")));
    }

    void theApiCallWaitsForTheAnswerUnderWay()
    {
        // While an answer comes, the next request is not known: the button waits for it.
        QPushButton *apiCall = find<QPushButton>("apiCallButton");
        QVERIFY(apiCall->isEnabled());
        m_ollama->setAnswer(QStringList(200, u" word"_s));
        m_ollama->setTokenIntervalMs(20);
        typeAndSend(u"Talk to me"_s);
        QTRY_VERIFY(chat()->isStreaming());
        QVERIFY(!apiCall->isEnabled());
        QTest::mouseClick(find<QPushButton>("stopButton"), Qt::LeftButton);
        QVERIFY(waitIdle());
        QVERIFY(apiCall->isEnabled());
    }

    void conversationListNewOpenSearchDelete()
    {
        typeAndSend(u"First question"_s);
        QVERIFY(waitIdle());
        QTest::mouseClick(find<QPushButton>("newChatButton"), Qt::LeftButton);
        QVERIFY(transcript().trimmed().isEmpty());
        m_ollama->setAnswer({u"Two."_s});
        typeAndSend(u"Second question"_s);
        QVERIFY(waitIdle());
        QListWidget *list = find<QListWidget>("conversationList");
        QTRY_COMPARE(list->count(), 2);
        QCOMPARE(list->item(0)->text(), u"Second question"_s);
        QVERIFY(list->item(0)->font().bold()); // the open one
        // Search looks into the messages too.
        auto *conversations = page()->findChild<ConversationsPanel *>(u"conversationsPanel"_s);
        QVERIFY(conversations);
        auto *search = find<QLineEdit>("conversationSearch");
        QVERIFY(search);
        QVERIFY(!search->isClearButtonEnabled()); // set up with the first text
        conversations->setFilter(u"rayleigh"_s);
        QVERIFY(search->isClearButtonEnabled());
        QTRY_COMPARE(list->count(), 1); // the files are read on the search thread
        QCOMPARE(list->item(0)->text(), u"First question"_s);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualItemRect(list->item(0)).center());
        QTRY_VERIFY(transcript().contains(u"First question"));
        QVERIFY(transcript().contains(u"Rayleigh scattering."));
        QVERIFY(!transcript().contains(u"Second question"));
        conversations->setFilter({});
        QCOMPARE(list->count(), 2);
        // Delete the open one (the confirmation is answered by the library call here).
        QVERIFY(!m_core->conversations()->remove(m_core->conversations()->currentId()).isError());
        QTRY_COMPARE(list->count(), 1);
        QCOMPARE(list->item(0)->text(), u"Second question"_s);
        QVERIFY(transcript().trimmed().isEmpty());
    }

    // A context menu's action acts on the conversation it was opened on, even when the list
    // was rebuilt meanwhile (a search's answer coming while the menu is open selects the open
    // conversation again).
    void aMenuActsOnTheConversationItWasOpenedOn()
    {
        QVERIFY(!twoConversations().isEmpty());
        QListWidget *list = find<QListWidget>("conversationList");
        QCOMPARE(list->item(1)->text(), u"First question"_s);
        QString asked;
        QTimer::singleShot(0, this, [&] {
            QTRY_VERIFY(qobject_cast<QMenu *>(QApplication::activePopupWidget()));
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            list->setCurrentRow(0); // as a rebuilt list selects the open conversation
            QAction *remove = nullptr;
            for (QAction *a : menu->actions()) {
                if (a->text().startsWith(u"Delete"))
                    remove = a;
            }
            QVERIFY(remove);
            QTimer::singleShot(0, this, [&asked] {
                QTRY_VERIFY(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                asked = box->text();
                QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
            });
            remove->trigger();
            menu->close();
        });
        Q_EMIT list->customContextMenuRequested(list->visualItemRect(list->item(1)).center());
        QVERIFY2(asked.contains(u"First question"), qPrintable(asked));
        QCOMPARE(list->count(), 2); // Cancel: nothing deleted
    }

    // Keyboard: in the list, the arrows move and Enter opens the conversation under them.
    void enterOpensTheConversationChosenWithTheArrows()
    {
        const QString first = twoConversations();
        QVERIFY(!first.isEmpty());
        QListWidget *list = find<QListWidget>("conversationList");
        QVERIFY(m_core->conversations()->currentId() != first);
        list->setFocus();
        QTRY_VERIFY(list->hasFocus());
        QCOMPARE(list->currentRow(), 0); // the open one, "Second question"
        QTest::keyClick(list, Qt::Key_Down);
        QCOMPARE(list->currentRow(), 1);
        QTest::keyClick(list, Qt::Key_Return);
        QTRY_COMPARE(m_core->conversations()->currentId(), first);
        QTRY_VERIFY(transcript().contains(u"First question"));
        QVERIFY(!transcript().contains(u"Second question"));
    }

    // Where the style activates items on a single click, a click is both a click and an
    // activation: the conversation is opened once, and a click on the open one does nothing.
    void aClickThatAlsoActivatesOpensOnce()
    {
        const QString first = twoConversations();
        QVERIFY(!first.isEmpty());
        QListWidget *list = find<QListWidget>("conversationList");
        SingleClickActivates style;
        list->setStyle(&style);
        const auto restore = qScopeGuard([list] { list->setStyle(nullptr); });
        const auto clickOn = [list](const QString &id) {
            for (int row = 0; row < list->count(); ++row) {
                if (list->item(row)->data(Qt::UserRole).toString() == id)
                    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                                      list->visualItemRect(list->item(row)).center());
            }
        };
        QSignalSpy activated(list, &QListWidget::itemActivated);
        QSignalSpy opened(m_core->conversations(), &ConversationLibrary::currentChanged);
        clickOn(first);
        QTRY_COMPARE(m_core->conversations()->currentId(), first);
        QTest::qWait(50);
        QCOMPARE(opened.count(), 1);
        const qsizetype before = activated.count();
        clickOn(first); // the open one: activated, and nothing happens
        QTRY_COMPARE(activated.count(), before + 1);
        QTest::qWait(50);
        QCOMPARE(opened.count(), 1);
        QVERIFY(page()->notice().isEmpty());
        QVERIFY(transcript().contains(u"First question"));
    }

    void anUnreadableConversationSaysWhyWhenClicked()
    {
        typeAndSend(u"First question"_s);
        QVERIFY(waitIdle());
        const QString first = m_core->conversations()->currentId();
        QTest::mouseClick(find<QPushButton>("newChatButton"), Qt::LeftButton);
        m_core->conversations()->waitForSaved();
        QTest::qWait(100); // once in place, the list keeps its header only
        // Its file is damaged behind LocalForge's back, and read when it is opened.
        {
            QFile f(m_core->conversations()->folder() + u'/' + first + u".json"_s);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write("{\"format\":1,");
        }
        QListWidget *list = find<QListWidget>("conversationList");
        QTRY_COMPARE(list->count(), 1);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualItemRect(list->item(0)).center());
        QTRY_VERIFY(!page()->notice().isEmpty());
        QVERIFY2(!page()->notice().contains(u"still coming"), qPrintable(page()->notice()));
        QVERIFY2(page()->notice().contains(first + u".json"_s), qPrintable(page()->notice()));
    }

    void exportAsMarkdownAndJson()
    {
        find<QPlainTextEdit>("systemPrompt")->setPlainText(u"Be brief."_s);
        typeAndSend(u"Why is the sky blue?"_s);
        QVERIFY(waitIdle());
        const auto c = m_core->conversations()->conversation(m_core->conversations()->currentId());
        QVERIFY(c);
        const QString md = ConversationExport::toMarkdown(*c);
        QVERIFY(md.startsWith(u"# Why is the sky blue?\n"));
        QVERIFY(md.contains(u"> Be brief."));
        QVERIFY(md.contains(u"## You\n\nWhy is the sky blue?"));
        QVERIFY(md.contains(u"## deepseek-r1:latest (Ollama · 127.0.0.1:"));
        QVERIFY(md.contains(u"Rayleigh scattering."));
        QVERIFY(md.contains(u"tok/s"));
        const auto back = ConversationStore::fromJson(
            QJsonDocument::fromJson(ConversationExport::toJson(*c)).object());
        QVERIFY(back);
        QCOMPARE(back->messages.size(), 2);
        QCOMPARE(back->systemPrompt, u"Be brief."_s);
        QCOMPARE(back->messages.at(1).content, u"Rayleigh scattering."_s);
        QCOMPARE(back->messages.at(1).model, u"deepseek-r1:latest"_s);
        // A write that cannot happen says so and leaves what was there.
        QString error;
        QVERIFY(!ConversationExport::write(m_dir.filePath(u"missing/folder/x.md"_s), "x", &error));
        QVERIFY(error.contains(u"Could not write"));
        const QString path = m_dir.filePath(u"export.md"_s);
        QVERIFY(ConversationExport::write(path, md.toUtf8(), &error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(f.readAll()), md);
        f.close();
        // A write cut by a full disk fails and leaves the previous export whole.
        bool written = true;
        {
            const FileSizeLimit full(16);
            if (!full.active())
                QSKIP("no file size limit here");
            written = ConversationExport::write(path, md.toUtf8() + md.toUtf8(), &error);
        }
        QVERIFY(!written);
        QVERIFY(error.contains(u"Could not write"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(f.readAll()), md);
    }

    void markdownExportClosesWhatAnAnswerLeftOpen_data()
    {
        QTest::addColumn<QString>("content");
        QTest::addColumn<bool>("closed"); // a fence is added
        QTest::newRow("stopped inside a block") << u"Here:\n```python\nprint(1)"_s << true;
        QTest::newRow("tildes, four") << u"~~~~\ncode"_s << true;
        QTest::newRow("closed already") << u"```\ncode\n```\nAfter."_s << false;
        QTest::newRow("indented four: not a fence") << u"    ```\ncode"_s << false;
        QTest::newRow("inline backticks") << u"Use `x` and ``y``."_s << false;
    }
    void markdownExportClosesWhatAnAnswerLeftOpen()
    {
        QFETCH(QString, content);
        QFETCH(bool, closed);
        ConversationStore::Conversation c;
        ChatMessage answer;
        answer.role = ChatTurn::Role::Assistant;
        answer.model = u"m"_s;
        answer.content = content;
        answer.thinking = u"A </details> of its own, then ```\nopen"_s;
        answer.state = ChatMessage::State::Failed;
        answer.errorText = u"Server said: *bad*\nrequest_id 7"_s;
        ChatMessage next;
        next.role = ChatTurn::Role::User;
        next.content = u"Next question"_s;
        c.messages = {answer, next};
        const QString md = ConversationExport::toMarkdown(c);
        // What follows the answer is outside any code block: an even count of fence lines
        // before the next turn's heading.
        const QString before = md.left(md.indexOf(u"## You"));
        int fences = 0;
        for (const QString &line : before.split(u'\n')) {
            const QString t = line.trimmed();
            if (!line.startsWith(u"    ") && (t.startsWith(u"```") || t.startsWith(u"~~~")))
                ++fences;
        }
        QVERIFY2(fences % 2 == 0, qPrintable(md));
        const QString closing = !closed                       ? QString()
                                : content.startsWith(u"~~~~") ? u"\n~~~~"_s
                                                              : u"\n```"_s;
        QVERIFY2(md.contains(content + closing + u"\n\n"), qPrintable(md));
        QCOMPARE(md.count(u"</details>"_s), 1); // the thinking's own is written as text
        for (const QString &line : md.split(u'\n')) {
            if (line.startsWith(u'*') && line.endsWith(u'*')) // the footer: escaped, one line
                QVERIFY2(!line.sliced(1, line.size() - 2)
                              .contains(QRegularExpression(QStringLiteral("(?<!\\\\)[*_]"))),
                         qPrintable(line));
        }
    }

    void ownRateIsShownBesideTheServersAndExported()
    {
        QStringList tokens;
        for (int i = 0; i < 41; ++i)
            tokens << (i % 2 ? u" blue"_s : u" sky"_s);
        m_ollama->setAnswer(tokens);
        m_ollama->setTokenIntervalMs(25);
        typeAndSend(u"Why is the sky blue?"_s);
        QVERIFY(waitIdle());
        const AnswerStats stats = chat()->messages().at(1).stats;
        QVERIFY(stats.server.tokensPerSecond);
        QVERIFY(stats.clientTokensPerSecond);
        // Both figures under the answer, each saying whose it is.
        const QString server =
            Format::tokensPerSecond(*stats.server.tokensPerSecond) + u" (server)"_s;
        const QString own =
            Format::tokensPerSecond(*stats.clientTokensPerSecond) + u" (measured)"_s;
        QTRY_VERIFY2(transcript().contains(server), qPrintable(transcript()));
        QVERIFY2(transcript().contains(own), qPrintable(transcript()));
        // Both kept with the message, in the Markdown and in the JSON export.
        const auto c = m_core->conversations()->conversation(m_core->conversations()->currentId());
        QVERIFY(c);
        const QString md = ConversationExport::toMarkdown(*c);
        QVERIFY2(md.contains(server) && md.contains(own), qPrintable(md));
        const auto back = ConversationStore::fromJson(
            QJsonDocument::fromJson(ConversationExport::toJson(*c)).object());
        QVERIFY(back);
        const AnswerStats &kept = back->messages.at(1).stats;
        QVERIFY(kept.server.tokensPerSecond && kept.clientTokensPerSecond);
        QCOMPARE(*kept.server.tokensPerSecond, *stats.server.tokensPerSecond);
        QCOMPARE(*kept.clientTokensPerSecond, *stats.clientTokensPerSecond);
    }

    void apiCallDialogShowsTheRequestWithPromptAndParameters()
    {
        find<QPlainTextEdit>("systemPrompt")
            ->setPlainText(u"Tu es un assistant utile et concis."_s);
        find<QDoubleSpinBox>("temperature")->setValue(0.7);
        typeAndSend(u"Bonjour"_s);
        QVERIFY(waitIdle());
        input()->setPlainText(u"Et ensuite ?"_s);
        auto *panel = page()->findChild<ParametersPanel *>(u"parametersPanel"_s);
        QVERIFY(panel);
        ApiCallDialog dialog(m_core.get(), page()->currentModel(), input()->toPlainText(),
                             panel->effectiveParameters(), m_window.get());
        auto *tabs = dialog.findChild<QTabWidget *>(u"apiCallTabs"_s);
        QVERIFY(tabs);
        QCOMPARE(tabs->count(), 3);
        const QString curl = dialog.curlText();
        QVERIFY(curl.contains(m_ollama->baseUrl().toString() + u"/api/chat"_s));
        // The body in the command is what the next request would send.
        const qsizetype start = curl.indexOf(u"-d '"_s) + 4;
        const QJsonObject body =
            QJsonDocument::fromJson(curl.mid(start, curl.lastIndexOf(u'\'') - start).toUtf8())
                .object();
        QCOMPARE(body.value(u"model").toString(), u"deepseek-r1:latest"_s);
        QCOMPARE(body.value(u"options").toObject().value(u"temperature").toDouble(), 0.7);
        const QJsonArray messages = body.value(u"messages").toArray();
        QCOMPARE(messages.size(), 4);
        QCOMPARE(messages.at(0).toObject().value(u"content").toString(),
                 u"Tu es un assistant utile et concis."_s);
        QCOMPARE(messages.at(2).toObject().value(u"content").toString(), u"Rayleigh scattering."_s);
        QCOMPARE(messages.at(3).toObject().value(u"content").toString(), u"Et ensuite ?"_s);
        QVERIFY(dialog.pythonText().contains(u"class LocalLLMClient"));
        QVERIFY(!curl.contains(u"Authorization")); // this server has no token
        const QJsonObject workflow = QJsonDocument::fromJson(dialog.n8nText().toUtf8()).object();
        QCOMPARE(workflow.value(u"nodes").toArray().size(), 3);
        QVERIFY(find<QPushButton>("apiCallButton")); // reachable from the page

        // A server with a token: the snippets name the variable, never the token.
        m_core->tokens()->save(m_ollama->baseUrl().toString(), u"tok-never-in-snippets"_s);
        ApiCallDialog withToken(m_core.get(), page()->currentModel(), QString(),
                                panel->effectiveParameters(), m_window.get());
        const QString var = ApiCallDialog::tokenVariable();
        QVERIFY(withToken.curlText().contains(u"Authorization: Bearer $"_s + var));
        QVERIFY(withToken.pythonText().contains(var));
        QVERIFY(withToken.n8nText().contains(var));
        for (const QString &text :
             {withToken.curlText(), withToken.pythonText(), withToken.n8nText()})
            QVERIFY(!text.contains(u"tok-never-in-snippets"));
        QTRY_COMPARE_WITH_TIMEOUT(m_core->tokens()->pendingJobs(), 0, 10000);
    }
};

QTEST_MAIN(TestChatPage)
#include "tst_chatpage.moc"
