// A server's words are shown as written: a tag in an error message never turns a label, a
// tooltip or a message box into rich text (no bold, no images, no links LocalForge did not
// make), and a long JSON message is cut like a plain one. Figures read sanely whatever they are.
#include "ChatPage.h"
#include "Core.h"
#include "FakeOllamaServer.h"
#include "Format.h"
#include "MainWindow.h"
#include "ModelsPage.h"
#include "Translations.h"
#include "net/ApiError.h"
#include "providers/ProviderRegistry.h"

#include <QAccessible>
#include <QApplication>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

#include <limits>

using namespace Qt::StringLiterals;

namespace {
const QString Hostile =
    u"<b>disk</b> full <img src=\"x.png\"> <a href=\"localforge:edit/0\">fix</a>"_s;

// What a user (or a screen reader) gets from a label: its text as rendered.
QString shown(QLabel *label)
{
    QAccessibleInterface *a = QAccessible::queryAccessibleInterface(label);
    return a ? a->text(QAccessible::Name) : QString();
}
} // namespace

class TestServerText : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        installTranslations(*qApp, u"en"_s);
    }

    void tagInAServerMessageShowsLiterally()
    {
        FakeOllamaServer ollama;
        QVERIFY(ollama.listen());
        const QByteArray body = "{\"error\":\"" + Hostile.toUtf8().replace("\"", "\\\"") + "\"}";
        ollama.setHandler([body](const RecordedRequest &req, Responder &responder) {
            if (req.path == "/api/tags" || req.path == "/api/ps")
                responder.sendJson(500, body);
        });
        Core::Options options;
        options.discovery.candidates = {{ollama.baseUrl(), ServerKind::Ollama}};
        options.discovery.intervalMs = 0;
        options.settingsFile = m_dir.filePath(u"s.ini"_s);
        options.dataFolder = m_dir.filePath(u"conversations"_s);
        Core core(options);
        MainWindow window(&core);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        core.start();
        QTRY_VERIFY_WITH_TIMEOUT(core.providers()->activeProvider(), 5000);

        // The chat page's notice: the model list failed with the server's words.
        auto *notice = window.findChild<QLabel *>(u"chatNotice"_s);
        QVERIFY(notice);
        QTRY_VERIFY_WITH_TIMEOUT(notice->text().contains(u"disk"), 10000);
        QVERIFY(Qt::mightBeRichText(notice->text())); // it would be rich text if guessed
        {
            // What a label on automatic format shows (the notice before): the tags rendered.
            QLabel guessing(Hostile);
            QVERIFY2(!shown(&guessing).contains(u"<b>"), qPrintable(shown(&guessing)));
        }
        QVERIFY2(shown(notice).contains(u"<b>disk</b> full <img src=\"x.png\">"),
                 qPrintable(shown(notice)));

        // The Models page's note on loaded models (/api/ps failed the same way).
        window.showPage(MainWindow::Page::Models);
        auto *models = window.findChild<QWidget *>(QStringLiteral("modelsPage"));
        QVERIFY(models);
        auto *note = models->findChild<QLabel *>(QStringLiteral("loadedNote"));
        QVERIFY(note);
        QTRY_VERIFY_WITH_TIMEOUT(note->text().contains(u"disk"), 10000);
        QVERIFY2(shown(note).contains(u"<a href=\"localforge:edit/0\">fix</a>"),
                 qPrintable(shown(note)));
    }

    void tooltipsAndMessageBoxesEscape()
    {
        // Places that guess the format get the text escaped: it reads back exactly.
        const QString rich = Format::plainForRichText(Hostile);
        QTextDocument doc;
        doc.setHtml(rich);
        QCOMPARE(doc.toPlainText().trimmed(), Hostile);
    }

    void longJsonMessagesAreCutLikePlainOnes()
    {
        const QString longMessage = QString(5000, u'x') + u"<script>";
        const QByteArray body = "{\"error\":{\"message\":\"" + longMessage.toUtf8() + "\"}}";
        const ApiError e = ApiError::fromHttp(500, body, QUrl(u"http://127.0.0.1:8080"_s), false);
        QVERIFY(e.serverMessage.size() <= ApiError::MaxServerMessageChars);
        QVERIFY(e.serverMessage.endsWith(u'…'));
        QVERIFY(e.message.size() < 1000);
        // Inside a stream too.
        const ApiError inStream = ApiError::fromServerMessage(longMessage);
        QVERIFY(inStream.serverMessage.size() <= ApiError::MaxServerMessageChars);
        // A short one stays whole.
        QCOMPARE(ApiError::fromServerMessage(u"out of memory"_s).serverMessage, u"out of memory"_s);
    }

    // A duration from a division (an ETA at a crawling speed, say) can be anything: never a
    // negative or overflowed figure.
    void durationOfAnyFigure_data()
    {
        QTest::addColumn<double>("seconds");
        QTest::addColumn<QString>("text");
        const double inf = std::numeric_limits<double>::infinity();
        QTest::newRow("zero") << 0.0 << u"0 s"_s;
        QTest::newRow("seconds") << 59.4 << u"59 s"_s;
        QTest::newRow("minutes") << 200.0 << u"3 min 20 s"_s;
        QTest::newRow("hours") << 3900.0 << u"1 h 05 min"_s;
        QTest::newRow("negative") << -5.0 << u"0 s"_s;
        QTest::newRow("not a number") << std::numeric_limits<double>::quiet_NaN() << u"0 s"_s;
        QTest::newRow("minus infinity") << -inf << u"0 s"_s;
        QTest::newRow("a billion") << 1e9 << u"277777 h 46 min"_s;
        QTest::newRow("1e30") << 1e30 << u"277777 h 46 min"_s;
        QTest::newRow("infinity") << inf << u"277777 h 46 min"_s;
    }
    void durationOfAnyFigure()
    {
        QFETCH(double, seconds);
        QFETCH(QString, text);
        QCOMPARE(Format::duration(seconds), text);
    }

    // Files in units of 1000, as Ollama and LM Studio list them; memory in units of 1024.
    void sizesOfFilesAndOfMemory_data()
    {
        QTest::addColumn<qint64>("bytes");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("memory");
        QTest::newRow("llama3.2") << qint64(2'019'393'189) << u"2.0 GB"_s << u"1.9 GiB"_s;
        QTest::newRow("phi3") << qint64(2'176'178'913) << u"2.2 GB"_s << u"2.0 GiB"_s;
        QTest::newRow("qwen2.5:0.5b") << qint64(397'821'319) << u"397.8 MB"_s << u"379.4 MiB"_s;
        QTest::newRow("16 GiB of RAM") << qint64(17'179'869'184) << u"17.2 GB"_s << u"16.0 GiB"_s;
    }
    void sizesOfFilesAndOfMemory()
    {
        QFETCH(qint64, bytes);
        QFETCH(QString, file);
        QFETCH(QString, memory);
        QCOMPARE(Format::fileSize(bytes), file);
        QCOMPARE(Format::bytes(bytes), memory);
    }
};

QTEST_MAIN(TestServerText)
#include "tst_servertext.moc"
