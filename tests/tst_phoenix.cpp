// Phoenix gateway: phoenix.json to server profiles and back, and the gateway's health and
// provider switch against FakePhoenixGateway.
#include "FakePhoenixGateway.h"
#include "TestData.h"
#include "settings/ParameterStore.h"
#include "settings/PhoenixConfig.h"
#include "settings/PhoenixGateway.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <atomic>
#include <memory>
#include <thread>

using namespace Qt::StringLiterals;

namespace {

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// Field by field, so that a failure names the field.
void compareProfile(const ServerProfile &actual, const ServerProfile &expected)
{
    QCOMPARE(actual.url, expected.url);
    QCOMPARE(actual.name, expected.name);
    QCOMPARE(serverKindId(actual.kind), serverKindId(expected.kind));
    QCOMPARE(actual.defaultModel, expected.defaultModel);
    QCOMPARE(compact(ParameterStore::toJson(actual.defaults)),
             compact(ParameterStore::toJson(expected.defaults)));
    QCOMPARE(actual.enabled, expected.enabled);
    QCOMPARE(actual.hasToken, expected.hasToken);
    QCOMPARE(actual.gatewayName, expected.gatewayName);
    QCOMPARE(actual.viaDockerHost, expected.viaDockerHost);
    QVERIFY(actual == expected);
}

ServerProfile profile(const QString &name, const QString &url, ServerKind kind,
                      const QString &model, bool viaDockerHost)
{
    ServerProfile p;
    p.url = QUrl(url);
    p.name = name;
    p.gatewayName = name;
    p.kind = kind;
    p.defaultModel = model;
    p.viaDockerHost = viaDockerHost;
    return p;
}

// The profiles tests/data/phoenix/phoenix.json describes, read on the gateway's host.
QList<ServerProfile> goldenProfiles()
{
    ServerProfile ollama =
        profile(u"ollama"_s, u"http://127.0.0.1:11434"_s, ServerKind::Ollama, u"llama3.2"_s, true);
    ollama.defaults.timeoutSeconds = 120;
    ollama.defaults.maxTokens = 4096;
    ollama.defaults.temperature = 0.7;
    ollama.defaults.numCtx = 8192;
    ollama.defaults.numGpu = 99;
    ollama.defaults.numThread = 8;

    ServerProfile lmstudio = profile(u"lmstudio"_s, u"http://127.0.0.1:1234"_s,
                                     ServerKind::LmStudio, u"qwen2.5-7b-instruct"_s, true);
    lmstudio.defaults.timeoutSeconds = 60;
    lmstudio.defaults.maxTokens = 2048;
    lmstudio.defaults.temperature = 0.6;

    ServerProfile gpuBox = profile(u"gpu-box"_s, u"http://192.168.1.50:8000"_s, ServerKind::Vllm,
                                   u"meta-llama/Llama-3.1-8B-Instruct"_s, false);
    gpuBox.defaults.timeoutSeconds = 300;
    gpuBox.defaults.maxTokens = 8192;
    gpuBox.defaults.temperature = 0.2;

    ServerProfile openai = profile(u"openai"_s, u"https://api.openai.com/v1"_s,
                                   ServerKind::OpenAiCompatible, u"gpt-4o-mini"_s, false);
    openai.enabled = false;
    openai.defaults.timeoutSeconds = 30;
    openai.defaults.maxTokens = 1024;
    openai.defaults.temperature = 1.0;

    return {ollama, lmstudio, gpuBox, openai};
}

QList<PhoenixGateway::ProviderHealth>
health(std::initializer_list<PhoenixGateway::ProviderHealth> l)
{
    return QList<PhoenixGateway::ProviderHealth>(l);
}

QByteArray describe(const QList<PhoenixGateway::ProviderHealth> &providers)
{
    QStringList parts;
    for (const PhoenixGateway::ProviderHealth &p : providers)
        parts.append(p.name + (p.healthy ? u" healthy ("_s : u" unhealthy ("_s) + p.detail + u')');
    return parts.join(u"; ").toUtf8();
}

// A port on 127.0.0.1 where nothing listens.
quint16 closedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

// A health answer listing `count` providers ("p0": true, ...), `count` times about 11 bytes.
QByteArray healthWithProviders(int count)
{
    QByteArray body = "{\"status\":\"ok\",\"providers\":{";
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            body += ',';
        body += "\"p" + QByteArray::number(i) + "\":true";
    }
    return body + "}}";
}

} // namespace

class TestPhoenix : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // phoenix.json

    void goldenImport()
    {
        const PhoenixImport imported =
            PhoenixConfig::fromJson(testData(u"phoenix/phoenix.json"_s), true);
        QCOMPARE(imported.error.kind, ApiError::Kind::None);
        QCOMPARE(imported.error.message, QString());
        QCOMPARE(imported.warnings, QStringList());
        QCOMPARE(imported.defaultProvider, u"ollama"_s);
        const QList<ServerProfile> expected = goldenProfiles();
        QCOMPARE(imported.profiles.size(), expected.size());
        // The file's order, not the sorted one.
        for (qsizetype i = 0; i < expected.size(); ++i) {
            compareProfile(imported.profiles.at(i), expected.at(i));
            if (QTest::currentTestFailed())
                return;
        }
    }

    void goldenRoundTrip()
    {
        const QByteArray file = testData(u"phoenix/phoenix.json"_s);
        const PhoenixImport first = PhoenixConfig::fromJson(file, true);
        const QByteArray exported = PhoenixConfig::toJson(first.profiles, first.defaultProvider);

        QJsonParseError parseError;
        const QJsonDocument back = QJsonDocument::fromJson(exported, &parseError);
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        const QJsonObject original = QJsonDocument::fromJson(file).object();
        QCOMPARE(QJsonDocument(back.object()).toJson(), QJsonDocument(original).toJson());
        QVERIFY(back.object() == original);
        // Written in the layout of the file, which is JSON.stringify(config, null, 2).
        QCOMPARE(exported, file);
        QVERIFY(!exported.contains("hasToken"));
        QVERIFY(!exported.contains("127.0.0.1"));

        const PhoenixImport second = PhoenixConfig::fromJson(exported, true);
        QVERIFY(second.profiles == first.profiles);
        QCOMPARE(second.defaultProvider, first.defaultProvider);
        QCOMPARE(PhoenixConfig::toJson(second.profiles, second.defaultProvider), exported);
    }

    // An address imports, exports and imports again to the same address; nothing before an
    // "@" survives, and only real credentials are worth a warning.
    void addressesRoundTrip_data()
    {
        QTest::addColumn<QString>("baseUrl");
        QTest::addColumn<QString>("imported");
        QTest::addColumn<bool>("warned");
        QTest::newRow("plain") << "http://10.0.0.2:11434"
                               << "http://10.0.0.2:11434" << false;
        QTest::newRow("empty user info") << "http://@10.0.0.2:11434"
                                         << "http://10.0.0.2:11434" << false;
        QTest::newRow("empty password") << "http://:@10.0.0.2:11434"
                                        << "http://10.0.0.2:11434" << true;
        QTest::newRow("credentials") << "https://me:secret@gpu.example/v1"
                                     << "https://gpu.example/v1" << true;
        QTest::newRow("empty query") << "http://10.0.0.2:1234/?"
                                     << "http://10.0.0.2:1234/?" << false;
        QTest::newRow("idn host") << "http://ÿ.example:8080"
                                  << "http://xn--wda.example:8080" << false;
        QTest::newRow("escaped path") << "http://h.example/%7eme/a%2Fb"
                                      << "http://h.example/~me/a%2Fb" << false;
        QTest::newRow("fragments") << "http://h.example:1143#a##4"
                                   << "http://h.example:1143" << false;
    }
    void addressesRoundTrip()
    {
        QFETCH(QString, baseUrl);
        QFETCH(QString, imported);
        QFETCH(bool, warned);
        const QByteArray file =
            QJsonDocument(
                QJsonObject{{u"providers"_s,
                             QJsonObject{{u"p"_s, QJsonObject{{u"baseUrl"_s, baseUrl},
                                                              {u"apiType"_s, u"ollama"_s}}}}}})
                .toJson();
        const PhoenixImport first = PhoenixConfig::fromJson(file, false);
        QVERIFY(!first.error.isError());
        QCOMPARE(first.profiles.size(), 1);
        QCOMPARE(first.profiles.first().url.toString(QUrl::FullyEncoded), imported);
        QCOMPARE(first.warnings.join(u'\n').contains(u"user name and password"), warned);
        const QByteArray exported = PhoenixConfig::toJson(first.profiles, first.defaultProvider);
        QVERIFY2(!exported.contains('@'), exported.constData());
        const PhoenixImport second = PhoenixConfig::fromJson(exported, false);
        QCOMPARE(second.profiles.size(), 1);
        QCOMPARE(second.profiles.first().url, first.profiles.first().url);
        QVERIFY(second.profiles == first.profiles);
    }

    void insideContainerKeepsDockerHost()
    {
        const QByteArray file = testData(u"phoenix/phoenix.json"_s);
        const PhoenixImport imported = PhoenixConfig::fromJson(file, false);
        QCOMPARE(imported.profiles.size(), 4);
        const ServerProfile &ollama = imported.profiles.at(0);
        QCOMPARE(ollama.url, QUrl(u"http://host.docker.internal:11434"_s));
        QVERIFY(!ollama.viaDockerHost);
        QCOMPARE(imported.profiles.at(1).url, QUrl(u"http://host.docker.internal:1234"_s));
        QVERIFY(!imported.profiles.at(1).viaDockerHost);
        QCOMPARE(imported.profiles.at(2).url, QUrl(u"http://192.168.1.50:8000"_s));
        QCOMPARE(PhoenixConfig::toJson(imported.profiles, imported.defaultProvider), file);
    }

    void invalidJson()
    {
        const PhoenixImport imported =
            PhoenixConfig::fromJson(QByteArrayLiteral("{\"providers\": {\"ollama\": {,}}"), true);
        QVERIFY(imported.profiles.isEmpty());
        const QString error = imported.error.message;
        QCOMPARE(imported.error.kind, ApiError::Kind::Invalid);
        QVERIFY2(error.startsWith(u"This is not a valid phoenix.json: "), qPrintable(error));
        QVERIFY2(error.contains(u"at character"), qPrintable(error));

        const PhoenixImport empty = PhoenixConfig::fromJson(QByteArray(), true);
        QVERIFY(empty.profiles.isEmpty());
        QCOMPARE(empty.error.kind, ApiError::Kind::Invalid);
        QVERIFY(!empty.error.message.isEmpty());
    }

    void missingProviders()
    {
        for (const QByteArray &json :
             {QByteArrayLiteral("{\"defaultProvider\": \"ollama\"}"),
              QByteArrayLiteral("{\"providers\": [{\"name\": \"ollama\"}]}"),
              QByteArrayLiteral("[{\"providers\": {}}]")}) {
            const PhoenixImport imported = PhoenixConfig::fromJson(json, true);
            QVERIFY(imported.profiles.isEmpty());
            QCOMPARE(imported.error.kind, ApiError::Kind::Invalid);
            QVERIFY2(imported.error.message.contains(u"no “providers” object"), json.constData());
        }
        // An empty providers object is a configuration without providers, not an error.
        const PhoenixImport none =
            PhoenixConfig::fromJson(QByteArrayLiteral("{\"providers\": {}}"), true);
        QVERIFY(none.profiles.isEmpty());
        QVERIFY(!none.error.isError());
    }

    void badBaseUrlSkipped()
    {
        const QByteArray json = testData(u"phoenix/bad-urls.json"_s);
        const PhoenixImport imported = PhoenixConfig::fromJson(json, true);
        QVERIFY(!imported.error.isError());
        QCOMPARE(imported.profiles.size(), 1);
        QCOMPARE(imported.profiles.first().gatewayName, u"good"_s);
        QCOMPARE(serverKindId(imported.profiles.first().kind), u"llamacpp"_s);
        QCOMPARE(imported.warnings.size(), 3);
        QVERIFY2(imported.warnings.at(0).contains(u"“broken”") &&
                     imported.warnings.at(0).contains(u"not a url"),
                 qPrintable(imported.warnings.at(0)));
        QVERIFY(imported.warnings.at(1).contains(u"“ftp”"));
        QVERIFY(imported.warnings.at(2).contains(u"“nourl”"));
        QVERIFY(imported.warnings.at(2).contains(u"no baseUrl"));
    }

    void looseFields()
    {
        const QByteArray json = testData(u"phoenix/loose.json"_s);
        const PhoenixImport imported = PhoenixConfig::fromJson(json, true);
        QCOMPARE(imported.profiles.size(), 2);
        const ServerProfile &first = imported.profiles.at(0);
        QCOMPARE(first.gatewayName, u"z-first"_s);
        QCOMPARE(first.url, QUrl(u"http://127.0.0.1:8080"_s));
        QVERIFY(first.viaDockerHost);
        QCOMPARE(first.kind, ServerKind::Unknown);
        QVERIFY(first.enabled);
        QCOMPARE(first.defaults.timeoutSeconds.value_or(-1), 2);
        QCOMPARE(first.defaults.numCtx.value_or(-1), 4096);
        QVERIFY(!first.defaults.maxTokens);
        QVERIFY(!first.hasToken);

        const ServerProfile &second = imported.profiles.at(1);
        QCOMPARE(second.gatewayName, u"a-second"_s);
        QCOMPARE(second.kind, ServerKind::Unknown);
        QVERIFY(!second.enabled);
        QVERIFY(!second.viaDockerHost);
        QVERIFY(!second.defaults.maxTokens);
        QVERIFY(!second.defaults.temperature);

        const QString all = imported.warnings.join(u'\n');
        QVERIFY2(all.contains(u"“z-first” has no apiType"), qPrintable(all));
        QVERIFY2(all.contains(u"1500 ms was rounded up to 2 s"), qPrintable(all));
        QVERIFY2(all.contains(u"(“tgi”)"), qPrintable(all));
        QVERIFY2(all.contains(u"“maxTokens” is not a whole number"), qPrintable(all));
        QVERIFY2(all.contains(u"“temperature” is not a number"), qPrintable(all));
        QVERIFY2(all.contains(u"default provider “gone”"), qPrintable(all));
        QCOMPARE(imported.warnings.size(), 6);

        const QByteArray exported = PhoenixConfig::toJson(imported.profiles, u"z-first"_s);
        QVERIFY(!exported.contains("sk-secret"));
        QVERIFY(!exported.contains("apiKey"));
        QVERIFY(!exported.contains("retries"));
        const QJsonObject providers =
            QJsonDocument::fromJson(exported).object().value(u"providers").toObject();
        const QJsonObject z = providers.value(u"z-first").toObject();
        QCOMPARE(z.value(u"timeout").toInt(), 2000);
        QCOMPARE(z.value(u"baseUrl").toString(), u"http://host.docker.internal:8080"_s);
        QVERIFY(!z.contains(u"apiType"));
        QCOMPARE(compact(z.value(u"options").toObject()), QByteArray("{\"num_ctx\":4096}"));
        QCOMPARE(PhoenixConfig::providerKeyOrder(exported),
                 QStringList({u"z-first"_s, u"a-second"_s}));
    }

    void exportNames()
    {
        ServerProfile unnamed;
        unnamed.url = QUrl(u"http://127.0.0.1:11434"_s);
        unnamed.kind = ServerKind::Ollama;
        ServerProfile unnamedTwin = unnamed;
        ServerProfile unknown;
        unknown.url = QUrl(u"http://10.1.1.1:8080"_s);
        ServerProfile named;
        named.url = QUrl(u"http://10.1.1.2:8000"_s);
        named.name = u"ollama-11434"_s; // the user's name wins over a generated one
        named.kind = ServerKind::Vllm;
        named.hasToken = true;
        named.defaults.topP = 0.9; // not a phoenix.json field
        named.defaults.seed = 7;
        ServerProfile gateway;
        gateway.url = QUrl(u"http://localhost:1234"_s);
        gateway.name = u"My LM Studio"_s;
        gateway.gatewayName = u"lmstudio"_s;
        gateway.kind = ServerKind::LmStudio;
        gateway.viaDockerHost = true;
        ServerProfile sameName = gateway;
        sameName.url = QUrl(u"http://localhost:1235"_s);
        ServerProfile movedAway = gateway; // no longer on this machine: its host stays
        movedAway.gatewayName = u"remote"_s;
        movedAway.url = QUrl(u"http://10.1.1.3:1234"_s);

        const QByteArray exported = PhoenixConfig::toJson(
            {unnamed, unnamedTwin, unknown, named, gateway, sameName, movedAway}, QString());
        const QJsonObject root = QJsonDocument::fromJson(exported).object();
        QVERIFY(!root.contains(u"defaultProvider"));
        const QJsonObject providers = root.value(u"providers").toObject();
        QCOMPARE(PhoenixConfig::providerKeyOrder(exported),
                 QStringList({u"ollama-11434-2"_s, u"ollama-11434-3"_s, u"server-8080"_s,
                              u"ollama-11434"_s, u"lmstudio"_s, u"lmstudio-2"_s, u"remote"_s}));
        QCOMPARE(compact(providers.value(u"ollama-11434-2").toObject()),
                 QByteArray("{\"apiType\":\"ollama\",\"baseUrl\":\"http://127.0.0.1:11434\","
                            "\"enabled\":true}"));
        QCOMPARE(compact(providers.value(u"server-8080").toObject()),
                 QByteArray("{\"baseUrl\":\"http://10.1.1.1:8080\",\"enabled\":true}"));
        QCOMPARE(compact(providers.value(u"ollama-11434").toObject()),
                 QByteArray("{\"apiType\":\"vllm\",\"baseUrl\":\"http://10.1.1.2:8000\","
                            "\"enabled\":true}"));
        QCOMPARE(providers.value(u"lmstudio").toObject().value(u"baseUrl").toString(),
                 u"http://host.docker.internal:1234"_s);
        QCOMPARE(providers.value(u"lmstudio-2").toObject().value(u"baseUrl").toString(),
                 u"http://host.docker.internal:1235"_s);
        QCOMPARE(providers.value(u"remote").toObject().value(u"baseUrl").toString(),
                 u"http://10.1.1.3:1234"_s);
        QVERIFY(!exported.contains("hasToken"));
        QVERIFY(!exported.contains("top_p"));
        QVERIFY(!exported.contains("seed"));

        QCOMPARE(PhoenixConfig::toJson({}, QString()), QByteArray("{\n  \"providers\": {}\n}\n"));
    }

    // A provider's name is put in a warning as written, "%1" and "%2" in it included.
    void warningsKeepTheProvidersName()
    {
        const PhoenixImport result = PhoenixConfig::fromJson(
            QByteArrayLiteral("{\"providers\":{\"a%1b%2\":{\"baseUrl\":\"http://h:1\","
                              "\"apiType\":\"ollama\",\"timeout\":5.5},"
                              "\"c%1\":{\"baseUrl\":\"http://h:2\",\"apiType\":\"ollama\","
                              "\"timeout\":-1}}}"),
            false);
        QCOMPARE(
            result.warnings,
            QStringList({u"Provider “a%1b%2”: the timeout 5.5 ms was rounded up to 1 s; "
                         "exporting writes 1000 ms."_s,
                         u"Provider “c%1”: the timeout -1 ms is not usable; it was ignored."_s}));
    }

    void providerKeyOrderReadsOnlyTheProviders()
    {
        const QByteArray json = testData(u"phoenix/key-order.json"_s);
        QCOMPARE(PhoenixConfig::providerKeyOrder(json),
                 QStringList({u"q\"uote"_s, u"b"_s, u"a"_s}));
        QCOMPARE(PhoenixConfig::providerKeyOrder(QByteArrayLiteral("{\"providers\": []}")),
                 QStringList());
    }

    // A phoenix.json of 50,000 providers is read in one pass. Read in a thread of its own, so
    // that a slow (quadratic) reading fails by the timeout instead of blocking the test.
    void importManyProviders()
    {
        constexpr int Count = 50000;
        QByteArray json = "{\"providers\":{";
        for (int i = 0; i < Count; ++i) {
            if (i > 0)
                json += ',';
            // Every address differs, except the last provider's: it repeats the first one's.
            const int host = i == Count - 1 ? 0 : i;
            json += "\"p" + QByteArray::number(i) + "\":{\"baseUrl\":\"http://10.0." +
                    QByteArray::number(host / 250) + '.' + QByteArray::number(host % 250 + 1) +
                    ":8000\"}";
        }
        json += "}}";
        struct Outcome
        {
            std::atomic_bool done = false;
            PhoenixImport result;
        };
        auto outcome = std::make_shared<Outcome>();
        std::thread([outcome, json] {
            outcome->result = PhoenixConfig::fromJson(json, false);
            outcome->done = true;
        }).detach();
        QTRY_VERIFY_WITH_TIMEOUT(outcome->done, 30000);
        const PhoenixImport &result = outcome->result;
        QVERIFY(!result.error.isError());
        QCOMPARE(result.profiles.size(), Count);
        QCOMPARE(result.profiles.first().name, u"p0"_s); // the file's order, not sorted
        QCOMPARE(result.profiles.at(10).name, u"p10"_s);
        QCOMPARE(result.profiles.last().name, u"p49999"_s);
        QCOMPARE(result.warnings.filter(u"same address"_s),
                 QStringList({u"Providers “p0” and “p49999” have the same address, "
                              "http://10.0.0.1:8000."_s}));
    }

    // The gateway

    void healthObjectShape()
    {
        FakePhoenixGateway fake;
        QVERIFY(fake.listen());
        fake.setProviderHealth(u"lmstudio"_s, false, u"connect ECONNREFUSED"_s);
        QNetworkAccessManager nam;
        PhoenixGateway gateway(&nam, fake.baseUrl());
        QVERIFY(!gateway.isAvailable());
        QSignalSpy changed(&gateway, &PhoenixGateway::healthChanged);
        gateway.refresh();
        QVERIFY(gateway.isRefreshing());
        QVERIFY(changed.wait());
        QVERIFY(!gateway.isRefreshing());
        QVERIFY2(gateway.isAvailable(), qPrintable(gateway.lastError().message));
        QVERIFY(!gateway.lastError().isError());
        QCOMPARE(gateway.status(), u"ok"_s);
        QCOMPARE(gateway.activeProvider(), u"ollama"_s);
        // The body's order (ollama before lmstudio), not the sorted one.
        QCOMPARE(describe(gateway.providers()),
                 describe(health({{u"ollama"_s, true, u"healthy"_s},
                                  {u"lmstudio"_s, false, u"connect ECONNREFUSED"_s}})));
        QCOMPARE(fake.requests().size(), 1);
        QCOMPARE(fake.requests().first().method, QByteArray("GET"));
        QCOMPARE(fake.requests().first().path, QByteArray("/api/health"));
    }

    void healthArrayShape()
    {
        FakePhoenixGateway fake;
        QVERIFY(fake.listen());
        fake.setHealthShape(FakePhoenixGateway::HealthShape::Array);
        fake.setProviders({{u"ollama"_s, false, u"connect ECONNREFUSED 172.17.0.1:11434"_s},
                           {u"lmstudio"_s, true, {}},
                           {u"gpu-box"_s, false, {}}});
        fake.setActiveProvider(u"lmstudio"_s);
        QNetworkAccessManager nam;
        PhoenixGateway gateway(&nam, fake.baseUrl());
        QSignalSpy changed(&gateway, &PhoenixGateway::healthChanged);
        gateway.refresh();
        QVERIFY(changed.wait());
        QVERIFY(gateway.isAvailable());
        QCOMPARE(gateway.activeProvider(), u"lmstudio"_s);
        QCOMPARE(describe(gateway.providers()),
                 describe(health({{u"ollama"_s, false, u"connect ECONNREFUSED 172.17.0.1:11434"_s},
                                  {u"lmstudio"_s, true, u"up"_s},
                                  {u"gpu-box"_s, false, u"down"_s}})));
    }

    void healthVariants_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("active");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("status words, defaultProvider")
            << testData(u"phoenix/health-status-words.json"_s) << u"b"_s
            << QByteArray("a healthy (ok); b unhealthy (timeout); c healthy (UP)");
        QTest::newRow("healthy flag wins over status")
            << testData(u"phoenix/health-healthy-flag.json"_s) << u"a"_s
            << QByteArray("a healthy (degraded); b unhealthy (up)");
        QTest::newRow("bare values, nested error")
            << testData(u"phoenix/health-bare-values.json"_s) << u"z"_s
            << QByteArray("z healthy (healthy); y unhealthy (); x unhealthy (HTTP 500)");
        QTest::newRow("status only")
            << QByteArrayLiteral("{\"status\":\"ok\"}") << QString() << QByteArray();
    }

    void healthVariants()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, active);
        QFETCH(QByteArray, expected);
        FakePhoenixGateway fake;
        QVERIFY(fake.listen());
        fake.setHandler([body](const RecordedRequest &request, Responder &responder) {
            if (request.path == "/api/health")
                responder.sendJson(200, body);
        });
        QNetworkAccessManager nam;
        PhoenixGateway gateway(&nam, fake.baseUrl());
        QSignalSpy changed(&gateway, &PhoenixGateway::healthChanged);
        gateway.refresh();
        QVERIFY(changed.wait());
        QVERIFY2(gateway.isAvailable(), qPrintable(gateway.lastError().message));
        QCOMPARE(gateway.activeProvider(), active);
        QCOMPARE(describe(gateway.providers()), expected);
    }

    void switchProvider()
    {
        FakePhoenixGateway fake;
        QVERIFY(fake.listen());
        QNetworkAccessManager nam;
        PhoenixGateway gateway(&nam, fake.baseUrl());
        QSignalSpy changed(&gateway, &PhoenixGateway::healthChanged);
        gateway.refresh();
        QVERIFY(changed.wait());
        QCOMPARE(gateway.activeProvider(), u"ollama"_s);
        fake.clearRequests();

        QSignalSpy switched(&gateway, &PhoenixGateway::switched);
        gateway.switchProvider(u"lmstudio"_s);
        QVERIFY(switched.wait());
        QCOMPARE(switched.first().at(0).toBool(), true);
        QVERIFY2(switched.first().at(1).toString().contains(u"“lmstudio”"),
                 qPrintable(switched.first().at(1).toString()));
        QCOMPARE(gateway.activeProvider(), u"lmstudio"_s);
        QCOMPARE(fake.activeProvider(), u"lmstudio"_s);
        QVERIFY(!gateway.lastError().isError());

        QVERIFY(!fake.requests().isEmpty());
        const RecordedRequest request = fake.requests().first();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, QByteArray("/api/provider/switch"));
        QCOMPARE(request.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(request.body, QByteArray("{\"provider\":\"lmstudio\"}"));

        // The health is asked again after the switch.
        QTRY_COMPARE(fake.requests().size(), 2);
        QCOMPARE(fake.requests().at(1).path, QByteArray("/api/health"));
        QTRY_VERIFY(!gateway.isRefreshing());
        QVERIFY(gateway.isAvailable());
        QCOMPARE(gateway.activeProvider(), u"lmstudio"_s);
    }

    // Click "b", then "c" before "b" is answered: whatever order the answers come in, only the
    // newest switch is answered for. The same provider asked twice is asked once.
    void onlyTheNewestSwitchApplies()
    {
        FakePhoenixGateway fake;
        QVERIFY(fake.listen());
        fake.setProviders({{u"a"_s, true, {}}, {u"b"_s, true, {}}, {u"c"_s, true, {}}});
        fake.setActiveProvider(u"a"_s);
        fake.setHandler([&fake](const RecordedRequest &request, Responder &responder) {
            if (request.path == "/api/provider/switch" && request.body.contains("\"b\"")) {
                fake.setActiveProvider(u"b"_s); // switches at once, answers late
                responder.sendJson(200, "{\"ok\":true,\"activeProvider\":\"b\"}", 500);
            }
        });
        const auto switchesTo = [&fake](const QByteArray &name) {
            qsizetype n = 0;
            for (const RecordedRequest &request : fake.requests())
                n += request.path == "/api/provider/switch" && request.body.contains(name);
            return n;
        };
        QNetworkAccessManager nam;
        PhoenixGateway gateway(&nam, fake.baseUrl());
        QSignalSpy changed(&gateway, &PhoenixGateway::healthChanged);
        gateway.refresh();
        QVERIFY(changed.wait());
        QSignalSpy switched(&gateway, &PhoenixGateway::switched);

        gateway.switchProvider(u"b"_s);
        QVERIFY(gateway.isSwitching());
        QTRY_COMPARE(switchesTo("\"b\""), 1);
        gateway.switchProvider(u"c"_s);
        QTRY_COMPARE(switched.size(), 1);
        QCOMPARE(switched.first().at(0).toBool(), true);
        QVERIFY2(switched.first().at(1).toString().contains(u"“c”"),
                 qPrintable(switched.first().at(1).toString()));
        QCOMPARE(fake.activeProvider(), u"c"_s);
        QTest::qWait(800); // "b"'s answer would have come by now
        QCOMPARE(switched.size(), 1);
        QCOMPARE(gateway.activeProvider(), u"c"_s);
        QVERIFY(!gateway.isSwitching());

        // The same provider asked again while its switch is out: asked once, answered once.
        gateway.switchProvider(u"a"_s);
        gateway.switchProvider(u"a"_s);
        QTRY_COMPARE(switched.size(), 2);
        QVERIFY(switched.last().at(1).toString().contains(u"“a”"));
        QTest::qWait(100);
        QCOMPARE(switched.size(), 2);
        QCOMPARE(switchesTo("\"a\""), 1);
    }

    void switchToUnknownProvider_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("404") << 404;
        QTest::newRow("400") << 400;
    }

    void switchToUnknownProvider()
    {
        QFETCH(int, status);
        FakePhoenixGateway fake;
        QVERIFY(fake.listen());
        fake.setUnknownProviderStatus(status);
        QNetworkAccessManager nam;
        PhoenixGateway gateway(&nam, fake.baseUrl());
        QSignalSpy changed(&gateway, &PhoenixGateway::healthChanged);
        gateway.refresh();
        QVERIFY(changed.wait());

        QSignalSpy switched(&gateway, &PhoenixGateway::switched);
        gateway.switchProvider(u"x"_s);
        QVERIFY(switched.wait());
        QCOMPARE(switched.first().at(0).toBool(), false);
        const QString message = switched.first().at(1).toString();
        QVERIFY2(message.contains(u"refused to switch to “x”: “Unknown provider: x”"),
                 qPrintable(message));
        QCOMPARE(gateway.lastError().httpStatus, status);
        QCOMPARE(gateway.lastError().serverMessage, u"Unknown provider: x"_s);
        QCOMPARE(gateway.lastError().message, message);
        QCOMPARE(gateway.activeProvider(), u"ollama"_s);
        QCOMPARE(fake.activeProvider(), u"ollama"_s);
        QVERIFY(gateway.isAvailable());
        QTest::qWait(50);
        QCOMPARE(fake.requests().size(), 2); // no health refresh after a failed switch
    }

    // The gateway's words and the provider's name are put in the message as written: a "%2F"
    // (an encoded slash) or a "%1" in them is not taken for a place of the message.
    void switchMessageKeepsTheGatewaysWords_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("%2F in the error")
            << u"gpu-box"_s
            << QByteArray("{\"error\":\"fetch http://gpu-box:8000/v1%2Fmodels failed\"}")
            << u"The Phoenix gateway failed to switch to “gpu-box”: “fetch "
               "http://gpu-box:8000/v1%2Fmodels failed” (HTTP 502). Check its log (docker logs)."_s;
        QTest::newRow("%1 in the name")
            << u"a%1b"_s << QByteArray()
            << u"The Phoenix gateway failed to switch to “a%1b” (HTTP 502). Check its log "
               "(docker logs)."_s;
    }

    void switchMessageKeepsTheGatewaysWords()
    {
        QFETCH(QString, provider);
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        FakePhoenixGateway fake;
        QVERIFY(fake.listen());
        fake.setHandler([body](const RecordedRequest &request, Responder &responder) {
            if (request.path == "/api/provider/switch")
                responder.sendJson(502, body);
        });
        QNetworkAccessManager nam;
        PhoenixGateway gateway(&nam, fake.baseUrl());
        QSignalSpy switched(&gateway, &PhoenixGateway::switched);
        gateway.switchProvider(provider);
        QVERIFY(switched.wait());
        QCOMPARE(switched.first().at(0).toBool(), false);
        QCOMPARE(switched.first().at(1).toString(), expected);
        QCOMPARE(gateway.lastError().message, expected);
    }

    void switchWithoutName()
    {
        QNetworkAccessManager nam;
        PhoenixGateway gateway(&nam, QUrl(u"http://127.0.0.1:1"_s));
        QSignalSpy switched(&gateway, &PhoenixGateway::switched);
        gateway.switchProvider(u" "_s);
        QCOMPARE(switched.size(), 0); // asynchronous, like every answer
        QVERIFY(switched.wait());
        QCOMPARE(switched.first().at(0).toBool(), false);
    }

    void gatewayDown()
    {
        const quint16 port = closedPort();
        QVERIFY(port != 0);
        QNetworkAccessManager nam;
        PhoenixGateway gateway(&nam, QUrl(u"http://127.0.0.1:"_s + QString::number(port)));
        QSignalSpy changed(&gateway, &PhoenixGateway::healthChanged);
        gateway.refresh();
        QVERIFY(changed.wait());
        QVERIFY(!gateway.isAvailable());
        QCOMPARE(gateway.lastError().kind, ApiError::Kind::Refused);
        const QString message = gateway.lastError().message;
        QVERIFY2(message.contains(u"127.0.0.1:"_s + QString::number(port)), qPrintable(message));
        QVERIFY2(message.contains(u"Phoenix gateway is not running"), qPrintable(message));
        QVERIFY(gateway.providers().isEmpty());
        QVERIFY(gateway.activeProvider().isEmpty());

        QSignalSpy switched(&gateway, &PhoenixGateway::switched);
        gateway.switchProvider(u"ollama"_s);
        QVERIFY(switched.wait());
        QCOMPARE(switched.first().at(0).toBool(), false);
        QCOMPARE(switched.first().at(1).toString(), message);
    }

    void garbageHealth()
    {
        FakePhoenixGateway fake;
        QVERIFY(fake.listen());
        QNetworkAccessManager nam;
        PhoenixGateway gateway(&nam, fake.baseUrl());
        QSignalSpy changed(&gateway, &PhoenixGateway::healthChanged);
        gateway.refresh();
        QVERIFY(changed.wait());
        QVERIFY(gateway.isAvailable());
        QCOMPARE(gateway.providers().size(), 2);

        fake.setFailure(FakePhoenixGateway::Failure::Garbage);
        gateway.refresh();
        QVERIFY(changed.wait());
        QVERIFY(!gateway.isAvailable());
        QVERIFY(gateway.providers().isEmpty()); // nothing stale is kept
        QVERIFY(gateway.activeProvider().isEmpty());
        QCOMPARE(gateway.lastError().kind, ApiError::Kind::BadResponse);
        const QString message = gateway.lastError().message;
        QVERIFY2(message.contains(u"not as a Phoenix gateway (not JSON:"), qPrintable(message));
        QVERIFY2(message.contains(fake.baseUrl().host()), qPrintable(message));

        QSignalSpy switched(&gateway, &PhoenixGateway::switched);
        gateway.switchProvider(u"lmstudio"_s);
        QVERIFY(switched.wait());
        QCOMPARE(switched.first().at(0).toBool(), false);
        QCOMPARE(gateway.lastError().kind, ApiError::Kind::BadResponse);

        // Valid JSON, but not a health report.
        fake.setFailure(FakePhoenixGateway::Failure::None);
        fake.setHandler([](const RecordedRequest &, Responder &responder) {
            responder.sendJson(200, QByteArrayLiteral("{\"models\":[]}"));
        });
        gateway.refresh();
        QVERIFY(changed.wait());
        QVERIFY(!gateway.isAvailable());
        QCOMPARE(gateway.lastError().kind, ApiError::Kind::BadResponse);
    }

    void http500()
    {
        FakePhoenixGateway fake;
        QVERIFY(fake.listen());
        fake.setFailure(FakePhoenixGateway::Failure::Http500);
        QNetworkAccessManager nam;
        PhoenixGateway gateway(&nam, fake.baseUrl());
        QSignalSpy changed(&gateway, &PhoenixGateway::healthChanged);
        gateway.refresh();
        QVERIFY(changed.wait());
        QVERIFY(!gateway.isAvailable());
        QCOMPARE(gateway.lastError().kind, ApiError::Kind::Http);
        QCOMPARE(gateway.lastError().httpStatus, 500);
        QVERIFY2(gateway.lastError().message.contains(u"HTTP 500"),
                 qPrintable(gateway.lastError().message));
        QVERIFY(gateway.lastError().message.contains(u"“Internal Server Error”"));

        QSignalSpy switched(&gateway, &PhoenixGateway::switched);
        gateway.switchProvider(u"lmstudio"_s);
        QVERIFY(switched.wait());
        QCOMPARE(switched.first().at(0).toBool(), false);
        QVERIFY(switched.first().at(1).toString().contains(u"failed to switch to “lmstudio”"));
    }

    void healthTimesOut()
    {
        FakePhoenixGateway fake;
        QVERIFY(fake.listen());
        fake.setHandler([](const RecordedRequest &, Responder &responder) {
            responder.sendJson(200, QByteArrayLiteral("{\"status\":\"ok\"}"), 10000);
        });
        QNetworkAccessManager nam;
        PhoenixGateway gateway(&nam, fake.baseUrl());
        QSignalSpy changed(&gateway, &PhoenixGateway::healthChanged);
        gateway.refresh();
        QVERIFY(changed.wait(PhoenixGateway::HealthTimeoutMs + 3000));
        QVERIFY(!gateway.isAvailable());
        QCOMPARE(gateway.lastError().kind, ApiError::Kind::Timeout);
        QVERIFY(gateway.lastError().message.contains(u"did not answer in time"));
    }

    // Whatever answers on the gateway's port, its health answer is read in bounded time: one
    // larger than HealthMaxBytes is cut off, one listing more than MaxProviders is not used.
    void healthWithTooManyProviders_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("expected");
        QTest::newRow("50,000 (550 KB)") << 50000 << u"stopped reading"_s;
        QTest::newRow("5,000 (55 KB)")
            << 5000 << u"lists 5000 providers in its health check, more than the 500"_s;
    }

    void healthWithTooManyProviders()
    {
        QFETCH(int, count);
        QFETCH(QString, expected);
        const QByteArray body = healthWithProviders(count);
        FakePhoenixGateway fake;
        QVERIFY(fake.listen());
        fake.setHandler([body](const RecordedRequest &, Responder &responder) {
            responder.sendJson(200, body);
        });
        QNetworkAccessManager nam;
        PhoenixGateway gateway(&nam, fake.baseUrl());
        QSignalSpy changed(&gateway, &PhoenixGateway::healthChanged);
        gateway.refresh();
        QVERIFY(changed.wait());
        QVERIFY(!gateway.isAvailable());
        QVERIFY(gateway.providers().isEmpty());
        QCOMPARE(gateway.lastError().kind, ApiError::Kind::BadResponse);
        QVERIFY2(gateway.lastError().message.contains(expected),
                 qPrintable(gateway.lastError().message));

        // As many as the panel shows are all kept, in the body's order.
        const QByteArray most = healthWithProviders(int(PhoenixGateway::MaxProviders));
        QVERIFY(most.size() < PhoenixGateway::HealthMaxBytes);
        fake.setHandler([most](const RecordedRequest &, Responder &responder) {
            responder.sendJson(200, most);
        });
        gateway.refresh();
        QVERIFY(changed.wait());
        QVERIFY2(gateway.isAvailable(), qPrintable(gateway.lastError().message));
        QCOMPARE(gateway.providers().size(), PhoenixGateway::MaxProviders);
        QCOMPARE(gateway.providers().first().name, u"p0"_s);
        QCOMPARE(gateway.providers().at(2).name, u"p2"_s); // not sorted ("p10" before "p2")
    }

    void refreshReplacesTheOneRunning()
    {
        FakePhoenixGateway fake;
        QVERIFY(fake.listen());
        QNetworkAccessManager nam;
        PhoenixGateway gateway(&nam, fake.baseUrl());
        QSignalSpy changed(&gateway, &PhoenixGateway::healthChanged);
        gateway.refresh();
        gateway.refresh();
        QVERIFY(changed.wait());
        QTest::qWait(100);
        QCOMPARE(changed.size(), 1);
        QVERIFY(gateway.isAvailable());
    }
};

QTEST_GUILESS_MAIN(TestPhoenix)
#include "tst_phoenix.moc"
