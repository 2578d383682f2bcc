// Conversations written a piece at a time: JSON string escaping checked against Qt's own JSON
// reader, and the written file parsed back to the very object ConversationStore::toJson builds,
// with surrogate pairs on piece boundaries and a device that stops taking bytes.
#include "chat/ConversationStore.h"
#include "chat/ConversationWriter.h"
#include "net/JsonText.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {
QString units(std::initializer_list<char16_t> list)
{
    return QString(reinterpret_cast<const QChar *>(list.begin()), qsizetype(list.size()));
}

QString allControlCharacters()
{
    QString s;
    for (char16_t c = 0; c < 0x20; ++c)
        s += QChar(c);
    return s + QStringLiteral("\x7f\"\\/");
}

// Takes `room` bytes, a few at a time (short writes), then refuses like a full disk.
class FullDisk final : public QIODevice
{
public:
    explicit FullDisk(qint64 room)
        : m_room(room)
    {
        open(QIODevice::WriteOnly);
    }
    QByteArray taken;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        if (m_room <= 0) {
            setErrorString(QStringLiteral("No space left on device"));
            return -1;
        }
        const qint64 n = std::min({size, m_room, qint64(1000)});
        taken.append(data, n);
        m_room -= n;
        return n;
    }

private:
    qint64 m_room;
};

ChatMessage message(ChatTurn::Role role, const QString &content)
{
    ChatMessage m;
    m.role = role;
    m.content = content;
    m.createdAt = QDateTime(QDate(2026, 12, 6), QTime(14, 5, 9, 120), Qt::UTC);
    return m;
}
} // namespace

class TestConversationWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escapedTextReadsBack_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("ascii") << QStringLiteral("The sky is blue.");
        QTest::newRow("control characters and quotes") << allControlCharacters();
        QTest::newRow("two-byte") << QStringLiteral("Été à Zürich, naïve café");
        QTest::newRow("three-byte") << QStringLiteral("日本語 — ≤ 40 µs \u2028\u2029\ufeff\uffff");
        QTest::newRow("surrogate pairs") << QStringLiteral("🙂🚀 𝄞");
        QTest::newRow("lone high surrogate at the end") << units({u'a', 0xd83d});
        QTest::newRow("lone high surrogate before a letter") << units({0xd83d, u'a'});
        QTest::newRow("lone low surrogate") << units({u'a', 0xde42, u'b'});
        QTest::newRow("two high surrogates then a low") << units({0xd83d, 0xd83d, 0xde42});
        QTest::newRow("nul inside") << units({u'a', 0, u'b'});
    }
    void escapedTextReadsBack()
    {
        QFETCH(QString, text);
        QByteArray escaped;
        JsonText::appendEscaped(escaped, text);
        const QByteArray json = "[\"" + escaped + "\"]";
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QCOMPARE(doc.array().at(0).toString(), text);
        // Valid UTF-8 throughout (lone surrogates are escapes, not bytes).
        QCOMPARE(QString::fromUtf8(escaped).toUtf8(), escaped);
    }

    void escapedTextBytes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("quote and backslash") << QStringLiteral("a\"b\\") << QByteArray(R"(a\"b\\)");
        QTest::newRow("short escapes")
            << QStringLiteral("\b\f\n\r\t") << QByteArray(R"(\b\f\n\r\t)");
        QTest::newRow("other controls") << units({0x01, 0x1f}) << QByteArray(R"(\u0001\u001f)");
        QTest::newRow("slash and delete") << QStringLiteral("/\x7f") << QByteArray("/\x7f");
        QTest::newRow("é") << QStringLiteral("é") << QByteArray("\xc3\xa9");
        QTest::newRow("€") << QStringLiteral("€") << QByteArray("\xe2\x82\xac");
        QTest::newRow("🙂") << QStringLiteral("🙂") << QByteArray("\xf0\x9f\x99\x82");
        QTest::newRow("lone surrogate") << units({0xdbff}) << QByteArray(R"(\udbff)");
    }
    void escapedTextBytes()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, bytes);
        QByteArray out("kept ");
        JsonText::appendEscaped(out, text);
        QCOMPARE(out, "kept " + bytes);
    }

    void writtenFileIsTheConversationObject_data()
    {
        QTest::addColumn<int>("shape");
        QTest::newRow("no messages, no title") << 0;
        QTest::newRow("question and answer with stats") << 1;
        QTest::newRow("long answer, pair across pieces") << 2;
        QTest::newRow("thinking, error and system prompt") << 3;
        QTest::newRow("every escape in every text") << 4;
    }
    void writtenFileIsTheConversationObject()
    {
        QFETCH(int, shape);
        ConversationStore::Conversation c;
        c.id = QStringLiteral("c1");
        if (shape >= 1) {
            c.title = QStringLiteral("Sky");
            c.updatedAt = QDateTime(QDate(2026, 12, 6), QTime(14, 6), Qt::UTC);
            ChatMessage answer = message(ChatTurn::Role::Assistant, QStringLiteral("Blue."));
            answer.providerKind = ServerKind::Ollama;
            answer.serverId = QStringLiteral("http://127.0.0.1:11434");
            answer.model = QStringLiteral("llama3.2");
            answer.stats.chunks = 3;
            answer.stats.server.tokensPerSecond = 62.5;
            c.messages = {message(ChatTurn::Role::User, QStringLiteral("Why?")), answer};
        }
        if (shape == 2) {
            // 8,192 UTF-16 units are escaped at a time: a pair on each side of that boundary.
            QString text = QString(8191, u'x') + QStringLiteral("🙂") + QString(20000, u'y');
            text.insert(16383, QStringLiteral("🚀"));
            c.messages.last().content = text;
        }
        if (shape == 3) {
            c.systemPrompt = QStringLiteral("Be brief.");
            c.messages.last().thinking = QStringLiteral("Let me think… 🙂");
            c.messages.last().errorText = QStringLiteral("The server closed the connection.");
            c.messages.last().state = ChatMessage::State::Interrupted;
        }
        if (shape == 4) {
            c.title = allControlCharacters();
            c.systemPrompt = allControlCharacters();
            c.messages.last().content = allControlCharacters() + units({0xd800});
            c.messages.last().thinking = allControlCharacters();
        }
        QBuffer device;
        QVERIFY(device.open(QIODevice::WriteOnly));
        ConversationWriter writer(&device);
        QVERIFY(writer.write(c));
        const QByteArray written = device.data();
        QCOMPARE(writer.bytesWritten(), written.size());
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(written, &error);
        QVERIFY2(error.error == QJsonParseError::NoError,
                 qPrintable(error.errorString() + u' ' + QString::number(error.offset)));
        QCOMPARE(doc.object(), ConversationStore::toJson(c));
    }

    void aDeviceThatStopsTakingBytesFailsTheWrite()
    {
        ConversationStore::Conversation c;
        c.messages = {message(ChatTurn::Role::User, QString(300000, u'q'))};
        FullDisk disk(150000);
        ConversationWriter writer(&disk);
        QVERIFY(!writer.write(c));
        QCOMPARE(disk.errorString(), QStringLiteral("No space left on device"));
        QCOMPARE(writer.bytesWritten(), 150000);
        QCOMPARE(disk.taken.size(), 150000);
        // What was taken is the start of the text, short writes written again in order.
        QVERIFY(disk.taken.startsWith("{\n    \"format\": 1,\n    \"messages\": [\n"));
        QVERIFY(disk.taken.endsWith(QByteArray(1000, 'q')));

        FullDisk roomy(1 << 20);
        ConversationWriter whole(&roomy);
        QVERIFY(whole.write(c));
        QCOMPARE(QJsonDocument::fromJson(roomy.taken).object(), ConversationStore::toJson(c));
    }
};

QTEST_GUILESS_MAIN(TestConversationWriter)
#include "tst_conversationwriter.moc"
