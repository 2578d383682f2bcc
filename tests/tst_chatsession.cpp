// The chat session: streaming into a conversation, stats, switching providers, stop, breakage.
#include "FakeLlamaServer.h"
#include "FakeOllamaServer.h"
#include "chat/ChatSession.h"
#include "providers/OllamaProvider.h"
#include "providers/OpenAiProvider.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

class TestChatSession : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_nam;

    static bool waitIdle(ChatSession &s)
    {
        return QTest::qWaitFor([&s] { return !s.isStreaming(); }, 10000);
    }

private Q_SLOTS:
    void answerStreamsIntoTheConversationWithStats()
    {
        FakeOllamaServer server;
        QVERIFY(server.listen());
        server.setAnswer(
            {QStringLiteral("Blue"), QStringLiteral(" light"), QStringLiteral(" scatters.")});
        server.setTokenIntervalMs(15);
        OllamaProvider provider(server.baseUrl(), &m_nam);
        ChatSession session;
        QSignalSpy added(&session, &ChatSession::messageAdded);
        QSignalSpy deltas(&session, &ChatSession::messageDelta);
        QSignalSpy finished(&session, &ChatSession::messageFinished);
        QVERIFY(session.send(QStringLiteral("Why is the sky blue?"), &provider,
                             QStringLiteral("llama3.2")));
        QVERIFY(session.isStreaming());
        QCOMPARE(added.count(), 2);
        QVERIFY(waitIdle(session));
        QCOMPARE(deltas.count(), 3);
        QCOMPARE(finished.count(), 1);
        const ChatMessage &answer = session.messages().at(1);
        QCOMPARE(answer.role, ChatTurn::Role::Assistant);
        QCOMPARE(answer.state, ChatMessage::State::Complete);
        QCOMPARE(answer.content, QStringLiteral("Blue light scatters."));
        QCOMPARE(answer.providerKind, ServerKind::Ollama);
        QCOMPARE(answer.serverId, server.baseUrl().toString());
        QCOMPARE(answer.model, QStringLiteral("llama3.2"));
        QVERIFY(answer.reportedModel.isEmpty()); // the server echoed the model asked for
        QVERIFY(answer.stats.timeToFirstTokenSeconds);
        QVERIFY(*answer.stats.timeToFirstTokenSeconds > 0);
        QVERIFY(answer.stats.clientTokensPerSecond);
        QVERIFY(*answer.stats.clientTokensPerSecond > 0);
        QVERIFY(answer.stats.rateFromServer());
        QCOMPARE(answer.stats.outputTokens(), 3);
        QCOMPARE(answer.stats.chunks, 3);
    }

    void switchingProviderKeepsTheConversation()
    {
        FakeOllamaServer ollama;
        FakeLlamaServer llama;
        QVERIFY(ollama.listen());
        QVERIFY(llama.listen());
        ollama.setAnswer({QStringLiteral("From Ollama.")});
        llama.setAnswer({QStringLiteral("From llama.cpp.")});
        OllamaProvider first(ollama.baseUrl(), &m_nam);
        OpenAiProvider second(ServerKind::LlamaCpp, llama.baseUrl(), &m_nam);
        ChatSession session;
        QVERIFY(session.send(QStringLiteral("Hello"), &first, QStringLiteral("llama3.2")));
        QVERIFY(waitIdle(session));
        QVERIFY(session.send(QStringLiteral("And you?"), &second, QStringLiteral("gemma")));
        QVERIFY(waitIdle(session));
        QCOMPARE(session.messages().size(), 4);
        QCOMPARE(session.messages().at(1).providerKind, ServerKind::Ollama);
        QCOMPARE(session.messages().at(3).providerKind, ServerKind::LlamaCpp);
        QCOMPARE(session.messages().at(3).content, QStringLiteral("From llama.cpp."));
        QCOMPARE(session.messages().at(3).serverId, llama.baseUrl().toString());
        // The second server received the whole conversation.
        const QJsonArray sent = QJsonDocument::fromJson(llama.requests().constLast().body)
                                    .object()
                                    .value(u"messages")
                                    .toArray();
        QCOMPARE(sent.size(), 3);
        QCOMPARE(sent.at(1).toObject().value(u"content").toString(),
                 QStringLiteral("From Ollama."));
        QCOMPARE(sent.at(1).toObject().value(u"role").toString(), QStringLiteral("assistant"));
    }

    void stopKeepsThePartialAnswer()
    {
        FakeOllamaServer server;
        QVERIFY(server.listen());
        server.setAnswer(QStringList(40, QStringLiteral(" tok")));
        server.setTokenIntervalMs(20);
        OllamaProvider provider(server.baseUrl(), &m_nam);
        ChatSession session;
        connect(&session, &ChatSession::messageDelta, &session, [&session](int, const QString &) {
            if (session.messages().last().content.size() >= 12)
                session.stop();
        });
        QVERIFY(session.send(QStringLiteral("Count"), &provider, QStringLiteral("llama3.2")));
        QVERIFY(waitIdle(session));
        const ChatMessage &answer = session.messages().last();
        QCOMPARE(answer.state, ChatMessage::State::Stopped);
        QCOMPARE(answer.content, QStringLiteral(" tok tok tok"));
        QVERIFY(answer.errorText.isEmpty());
        // The next message goes out normally.
        QVERIFY(session.send(QStringLiteral("Again"), &provider, QStringLiteral("llama3.2")));
        session.stop();
        QVERIFY(waitIdle(session));
    }

    void serverDyingMidStreamKeepsThePartialAnswer()
    {
        auto server = std::make_unique<FakeLlamaServer>();
        QVERIFY(server->listen());
        server->setAnswer(QStringList(40, QStringLiteral(" tok")));
        server->setTokenIntervalMs(20);
        OpenAiProvider provider(ServerKind::LlamaCpp, server->baseUrl(), &m_nam);
        ChatSession session;
        connect(&session, &ChatSession::messageDelta, this, [&server](int) {
            if (server)
                QMetaObject::invokeMethod(
                    server.get(), [&server] { server.reset(); }, Qt::QueuedConnection);
        });
        QVERIFY(session.send(QStringLiteral("Count"), &provider, QStringLiteral("m")));
        QVERIFY(waitIdle(session));
        const ChatMessage &answer = session.messages().last();
        QCOMPARE(answer.state, ChatMessage::State::Interrupted);
        QVERIFY(answer.content.startsWith(u" tok"));
        QVERIFY2(answer.errorText.contains(u"closed before the answer was complete"),
                 qPrintable(answer.errorText));
    }

    void failureWithoutTextIsFailed()
    {
        FakeOllamaServer server;
        QVERIFY(server.listen());
        server.setFault(FakeHttpServer::Fault::Http500);
        OllamaProvider provider(server.baseUrl(), &m_nam);
        ChatSession session;
        QVERIFY(session.send(QStringLiteral("Hi"), &provider, QStringLiteral("llama3.2")));
        QVERIFY(waitIdle(session));
        QCOMPARE(session.messages().last().state, ChatMessage::State::Failed);
        QVERIFY(session.messages().last().errorText.contains(u"HTTP 500"));
        // A failed empty answer is not sent back as context next time.
        server.setFault(FakeHttpServer::Fault::None);
        QVERIFY(session.send(QStringLiteral("Hi again"), &provider, QStringLiteral("llama3.2")));
        QVERIFY(waitIdle(session));
        const QJsonArray sent = QJsonDocument::fromJson(server.requests().constLast().body)
                                    .object()
                                    .value(u"messages")
                                    .toArray();
        // The unanswered question and its empty answer are left out, so roles still alternate
        // (strict chat templates reject two user turns in a row).
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.at(0).toObject().value(u"content").toString(), QStringLiteral("Hi again"));
    }

    void refusesWhatCannotBeSent()
    {
        FakeOllamaServer server;
        QVERIFY(server.listen());
        OllamaProvider provider(server.baseUrl(), &m_nam);
        ChatSession session;
        QString why;
        QVERIFY(!session.send(QStringLiteral("   "), &provider, QStringLiteral("llama3.2"), &why));
        QVERIFY(!why.isEmpty());
        QVERIFY(!session.send(QStringLiteral("Hi"), nullptr, QStringLiteral("llama3.2"), &why));
        QVERIFY(why.contains(u"server"));
        QVERIFY(!session.send(QStringLiteral("Hi"), &provider, QString(), &why));
        QVERIFY(why.contains(u"model"));
        QVERIFY(session.messages().isEmpty());
        server.setTokenIntervalMs(50);
        QVERIFY(session.send(QStringLiteral("Hi"), &provider, QStringLiteral("llama3.2")));
        QVERIFY(
            !session.send(QStringLiteral("Again"), &provider, QStringLiteral("llama3.2"), &why));
        QVERIFY(why.contains(u"Esc"));
        session.stop();
        QVERIFY(waitIdle(session));
    }
};

QTEST_GUILESS_MAIN(TestChatSession)
#include "tst_chatsession.moc"
