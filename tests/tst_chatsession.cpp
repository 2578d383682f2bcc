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
#include <QTcpServer>
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
        // Paced as a model writes: pieces that come all at once give no rate of their own.
        server.setTokenIntervalMs(30);
        OllamaProvider provider(server.baseUrl(), &m_nam);
        ChatSession session;
        QSignalSpy added(&session, &ChatSession::messageAdded);
        QSignalSpy deltas(&session, &ChatSession::messageDelta);
        QSignalSpy finished(&session, &ChatSession::messageFinished);
        QVERIFY(!session
                     .send(QStringLiteral("Why is the sky blue?"), &provider,
                           QStringLiteral("llama3.2"))
                     .isError());
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
        // The room reserved for the streamed text is given back once it is complete.
        QCOMPARE(answer.content.capacity(), answer.content.size());
    }

    void ownRateAgreesWithTheServersOnASteadyStream()
    {
        // A fake streaming at a fixed 40 tokens/s for two seconds: the server's figure
        // (eval_count / eval_duration) and LocalForge's own measurement of the same stream
        // must agree within 3%.
        FakeOllamaServer server;
        QVERIFY(server.listen());
        QStringList tokens;
        for (int i = 0; i < 81; ++i)
            tokens << (i % 2 ? QStringLiteral(" blue") : QStringLiteral(" sky"));
        server.setAnswer(tokens);
        server.setTokenIntervalMs(25);
        OllamaProvider provider(server.baseUrl(), &m_nam);
        ChatSession session;
        QVERIFY(!session.send(QStringLiteral("Go on"), &provider, QStringLiteral("llama3.2"))
                     .isError());
        QVERIFY(QTest::qWaitFor([&session] { return !session.isStreaming(); }, 20000));
        const AnswerStats &stats = session.messages().at(1).stats;
        QCOMPARE(session.messages().at(1).state, ChatMessage::State::Complete);
        QVERIFY(stats.server.tokensPerSecond);
        QVERIFY(stats.clientTokensPerSecond);
        QCOMPARE(stats.chunks, 81);
        const double reported = *stats.server.tokensPerSecond;
        const double own = *stats.clientTokensPerSecond;
        QVERIFY2(qAbs(reported - 40.0) < 0.01, qPrintable(QString::number(reported)));
        QVERIFY2(qAbs(own - reported) <= 0.03 * reported,
                 qPrintable(QStringLiteral("measured %1, server %2").arg(own).arg(reported)));
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
        QVERIFY(
            !session.send(QStringLiteral("Hello"), &first, QStringLiteral("llama3.2")).isError());
        QVERIFY(waitIdle(session));
        QVERIFY(
            !session.send(QStringLiteral("And you?"), &second, QStringLiteral("gemma")).isError());
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
        QVERIFY(!session.send(QStringLiteral("Count"), &provider, QStringLiteral("llama3.2"))
                     .isError());
        QVERIFY(waitIdle(session));
        const ChatMessage &answer = session.messages().last();
        QCOMPARE(answer.state, ChatMessage::State::Stopped);
        QCOMPARE(answer.content, QStringLiteral(" tok tok tok"));
        QCOMPARE(answer.content.capacity(), answer.content.size());
        QVERIFY(answer.errorText.isEmpty());
        // The next message goes out normally.
        QVERIFY(!session.send(QStringLiteral("Again"), &provider, QStringLiteral("llama3.2"))
                     .isError());
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
        QVERIFY(!session.send(QStringLiteral("Count"), &provider, QStringLiteral("m")).isError());
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
        QVERIFY(
            !session.send(QStringLiteral("Hi"), &provider, QStringLiteral("llama3.2")).isError());
        QVERIFY(waitIdle(session));
        QCOMPARE(session.messages().last().state, ChatMessage::State::Failed);
        QVERIFY(session.messages().last().errorText.contains(u"HTTP 500"));
        // A failed empty answer is not sent back as context next time.
        server.setFault(FakeHttpServer::Fault::None);
        QVERIFY(!session.send(QStringLiteral("Hi again"), &provider, QStringLiteral("llama3.2"))
                     .isError());
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

    void aServerThatIsNotRunningSaysHowToStartItOnItsPort()
    {
        // The Ollama chosen stopped: the answer says how to start an Ollama that listens on
        // that port, not only "ollama serve" (which listens on 11434).
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        OllamaProvider provider(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), &m_nam);
        ChatSession session;
        QVERIFY(
            !session.send(QStringLiteral("Hi"), &provider, QStringLiteral("llama3.2")).isError());
        QVERIFY(waitIdle(session));
        const ChatMessage &answer = session.messages().last();
        QCOMPARE(answer.state, ChatMessage::State::Failed);
        QCOMPARE(answer.errorKind, ApiError::Kind::Refused);
        QVERIFY2(answer.errorText.contains(
                     QStringLiteral("OLLAMA_HOST=127.0.0.1:%1 ollama serve").arg(port)),
                 qPrintable(answer.errorText));
    }

    void anInterruptedAnswerIsNotSentBackAsComplete()
    {
        FakeOllamaServer server;
        QVERIFY(server.listen());
        server.setAnswer(QStringList(50, QStringLiteral(" tok")));
        server.setFault(FakeHttpServer::Fault::CutStream, 3);
        OllamaProvider provider(server.baseUrl(), &m_nam);
        ChatSession session;
        QVERIFY(!session.send(QStringLiteral("Count"), &provider, QStringLiteral("llama3.2"))
                     .isError());
        QVERIFY(waitIdle(session));
        const ChatMessage cut = session.messages().last();
        QCOMPARE(cut.state, ChatMessage::State::Interrupted);
        QVERIFY(!cut.content.isEmpty());
        server.setFault(FakeHttpServer::Fault::None);
        QVERIFY(!session.send(QStringLiteral("Go on"), &provider, QStringLiteral("llama3.2"))
                     .isError());
        QVERIFY(waitIdle(session));
        // What the server received: the partial answer, marked as cut, between the questions.
        const QJsonArray sent = QJsonDocument::fromJson(server.requests().constLast().body)
                                    .object()
                                    .value(u"messages")
                                    .toArray();
        QCOMPARE(sent.size(), 3);
        const QJsonObject answer = sent.at(1).toObject();
        QCOMPARE(answer.value(u"role").toString(), QStringLiteral("assistant"));
        QCOMPARE(answer.value(u"content").toString(),
                 cut.content + QLatin1String(ChatSession::IncompleteAnswerNote));
        QVERIFY(answer.value(u"content").toString().contains(u"incomplete"));
        // A complete answer goes back as it was.
        QVERIFY(!session.send(QStringLiteral("Thanks"), &provider, QStringLiteral("llama3.2"))
                     .isError());
        QVERIFY(waitIdle(session));
        const QJsonArray again = QJsonDocument::fromJson(server.requests().constLast().body)
                                     .object()
                                     .value(u"messages")
                                     .toArray();
        QCOMPARE(again.size(), 5);
        QCOMPARE(again.at(3).toObject().value(u"content").toString(),
                 session.messages().at(3).content);
    }

    void refusesWhatCannotBeSent()
    {
        FakeOllamaServer server;
        QVERIFY(server.listen());
        OllamaProvider provider(server.baseUrl(), &m_nam);
        ChatSession session;
        ApiError why = session.send(QStringLiteral("   "), &provider, QStringLiteral("llama3.2"));
        QCOMPARE(why.kind, ApiError::Kind::Invalid);
        QCOMPARE(why.message, QStringLiteral("Write a message first."));
        why = session.send(QStringLiteral("Hi"), nullptr, QStringLiteral("llama3.2"));
        QCOMPARE(why.kind, ApiError::Kind::Invalid);
        QVERIFY(why.message.contains(u"server"));
        why = session.send(QStringLiteral("Hi"), &provider, QString());
        QCOMPARE(why.kind, ApiError::Kind::Invalid);
        QVERIFY(why.message.contains(u"model"));
        QVERIFY(session.messages().isEmpty());
        server.setTokenIntervalMs(50);
        QVERIFY(
            !session.send(QStringLiteral("Hi"), &provider, QStringLiteral("llama3.2")).isError());
        why = session.send(QStringLiteral("Again"), &provider, QStringLiteral("llama3.2"));
        QCOMPARE(why.kind, ApiError::Kind::Invalid);
        QVERIFY(why.message.contains(u"Esc"));
        session.stop();
        QVERIFY(waitIdle(session));
    }

    static QJsonObject lastChatBody(const FakeHttpServer &server, const QByteArray &path)
    {
        const QList<RecordedRequest> requests = server.requests();
        for (qsizetype i = requests.size() - 1; i >= 0; --i) {
            if (requests[i].path == path)
                return QJsonDocument::fromJson(requests[i].body).object();
        }
        return {};
    }

    static ChatParameters everyParameter()
    {
        ChatParameters p;
        p.temperature = 0.25;
        p.topP = 0.9;
        p.maxTokens = 128;
        p.seed = 42;
        p.numCtx = 8192;
        p.numGpu = 0;
        p.numThread = 6;
        p.think = false;
        p.keepAlive = QStringLiteral("30m");
        return p;
    }

    // Acceptance: the parameters reach the server, in each protocol's own fields.
    void parametersReachOllamaAsOptions()
    {
        FakeOllamaServer server;
        QVERIFY(server.listen());
        OllamaProvider provider(server.baseUrl(), &m_nam);
        ChatSession session;
        session.setSystemPrompt(QStringLiteral("Tu es un assistant utile et concis."));
        QVERIFY(!session
                     .send(QStringLiteral("Bonjour"), &provider, QStringLiteral("llama3.2"),
                           everyParameter())
                     .isError());
        QVERIFY(waitIdle(session));
        const QJsonObject body = lastChatBody(server, "/api/chat");
        const QJsonObject options = body.value(u"options").toObject();
        QCOMPARE(options.value(u"temperature").toDouble(), 0.25);
        QCOMPARE(options.value(u"top_p").toDouble(), 0.9);
        QCOMPARE(options.value(u"num_predict").toInt(), 128);
        QCOMPARE(options.value(u"seed").toInt(), 42);
        QCOMPARE(options.value(u"num_ctx").toInt(), 8192);
        QVERIFY(options.value(u"num_gpu").isDouble()); // 0 (CPU only) is sent, not dropped
        QCOMPARE(options.value(u"num_gpu").toInt(), 0);
        QCOMPARE(options.value(u"num_thread").toInt(), 6);
        QCOMPARE(options.size(), 7);
        QCOMPARE(body.value(u"think"), QJsonValue(false));
        QCOMPARE(body.value(u"keep_alive").toString(), QStringLiteral("30m"));
        const QJsonArray messages = body.value(u"messages").toArray();
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.at(0).toObject().value(u"role").toString(), QStringLiteral("system"));
        QCOMPARE(messages.at(0).toObject().value(u"content").toString(),
                 QStringLiteral("Tu es un assistant utile et concis."));
        QCOMPARE(messages.at(1).toObject().value(u"content").toString(), QStringLiteral("Bonjour"));
        // The server loaded the model with the context asked for.
        QCOMPARE(session.messages().at(1).state, ChatMessage::State::Complete);
    }

    void unsetParametersAreLeftToTheServer()
    {
        FakeOllamaServer server;
        QVERIFY(server.listen());
        OllamaProvider provider(server.baseUrl(), &m_nam);
        ChatSession session;
        QVERIFY(
            !session.send(QStringLiteral("Hi"), &provider, QStringLiteral("llama3.2")).isError());
        QVERIFY(waitIdle(session));
        const QJsonObject body = lastChatBody(server, "/api/chat");
        QVERIFY(!body.contains(u"options"));
        QVERIFY(!body.contains(u"think"));
        QVERIFY(!body.contains(u"keep_alive"));
        QCOMPARE(body.value(u"messages").toArray().size(), 1); // no empty system message
    }

    void parametersReachOpenAiCompatibleServersAsTheirFields()
    {
        FakeLlamaServer server;
        QVERIFY(server.listen());
        OpenAiProvider provider(ServerKind::LlamaCpp, server.baseUrl(), &m_nam);
        ChatSession session;
        session.setSystemPrompt(QStringLiteral("Be brief."));
        QVERIFY(
            !session
                 .send(QStringLiteral("Hi"), &provider, QStringLiteral("gemma"), everyParameter())
                 .isError());
        QVERIFY(waitIdle(session));
        QCOMPARE(session.messages().at(1).state, ChatMessage::State::Complete);
        const QJsonObject body = lastChatBody(server, "/v1/chat/completions");
        QCOMPARE(body.value(u"temperature").toDouble(), 0.25);
        QCOMPARE(body.value(u"top_p").toDouble(), 0.9);
        QCOMPARE(body.value(u"max_tokens").toInt(), 128);
        QCOMPARE(body.value(u"seed").toInt(), 42);
        // Ollama's runtime options have no field in this protocol and are not sent.
        for (const char *key : {"options", "num_ctx", "think", "keep_alive"})
            QVERIFY2(!body.contains(QLatin1String(key)), key);
        QCOMPARE(body.value(u"messages").toArray().at(0).toObject().value(u"role").toString(),
                 QStringLiteral("system"));
    }

    void aTimeoutParameterBoundsTheWait()
    {
        FakeOllamaServer server;
        QVERIFY(server.listen());
        server.setDelayBeforeFirstChunkMs(4000);
        OllamaProvider provider(server.baseUrl(), &m_nam);
        ChatSession session;
        ChatParameters p;
        p.timeoutSeconds = 1;
        QVERIFY(!session.send(QStringLiteral("Hi"), &provider, QStringLiteral("llama3.2"), p)
                     .isError());
        QVERIFY(waitIdle(session));
        const ChatMessage &answer = session.messages().at(1);
        QCOMPARE(answer.state, ChatMessage::State::Failed);
        QVERIFY2(answer.errorText.contains(u"1 s") || answer.errorText.contains(u"1 second"),
                 qPrintable(answer.errorText));
    }

    void regenerateReplacesTheLastAnswer()
    {
        FakeOllamaServer server;
        QVERIFY(server.listen());
        server.setAnswer({QStringLiteral("First.")});
        OllamaProvider provider(server.baseUrl(), &m_nam);
        ChatSession session;
        QVERIFY(!session.canRegenerate());
        const ApiError why = session.regenerate(&provider, QStringLiteral("llama3.2"));
        QCOMPARE(why.kind, ApiError::Kind::Invalid);
        QCOMPARE(why.message, QStringLiteral("There is no answer to regenerate yet."));
        QVERIFY(
            !session.send(QStringLiteral("Hi"), &provider, QStringLiteral("llama3.2")).isError());
        QVERIFY(waitIdle(session));
        QVERIFY(session.canRegenerate());
        server.setAnswer({QStringLiteral("Second.")});
        QSignalSpy truncated(&session, &ChatSession::truncated);
        ChatParameters p;
        p.seed = 7;
        QVERIFY(!session.regenerate(&provider, QStringLiteral("deepseek-r1:latest"), p).isError());
        QCOMPARE(truncated.count(), 1);
        QCOMPARE(truncated.at(0).at(0).toInt(), 1);
        QVERIFY(waitIdle(session));
        QCOMPARE(session.messages().size(), 2);
        QCOMPARE(session.messages().at(1).content, QStringLiteral("Second."));
        QCOMPARE(session.messages().at(1).model, QStringLiteral("deepseek-r1:latest"));
        // The question is asked once, not twice.
        const QJsonObject body = lastChatBody(server, "/api/chat");
        QCOMPARE(body.value(u"messages").toArray().size(), 1);
        QCOMPARE(body.value(u"options").toObject().value(u"seed").toInt(), 7);
    }

    void takeLastQuestionGivesItBackForEditing()
    {
        FakeOllamaServer server;
        QVERIFY(server.listen());
        OllamaProvider provider(server.baseUrl(), &m_nam);
        ChatSession session;
        QVERIFY(
            !session.send(QStringLiteral("One"), &provider, QStringLiteral("llama3.2")).isError());
        QVERIFY(waitIdle(session));
        QVERIFY(
            !session.send(QStringLiteral("Two, with a typo"), &provider, QStringLiteral("llama3.2"))
                 .isError());
        server.setTokenIntervalMs(50);
        // Not while its answer is coming.
        QVERIFY(session.takeLastQuestion().isEmpty());
        session.stop();
        QVERIFY(waitIdle(session));
        QCOMPARE(session.takeLastQuestion(), QStringLiteral("Two, with a typo"));
        QCOMPARE(session.messages().size(), 2);
        QCOMPARE(session.messages().last().role, ChatTurn::Role::Assistant);
    }
};

QTEST_GUILESS_MAIN(TestChatSession)
#include "tst_chatsession.moc"
