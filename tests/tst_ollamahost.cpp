// OLLAMA_HOST normalised as Ollama's own client does.
#include "discovery/OllamaHost.h"

#include <QTest>

class TestOllamaHost : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void forms_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << ""
                               << "http://127.0.0.1:11434";
        QTest::newRow("spaces") << "   "
                                << "http://127.0.0.1:11434";
        QTest::newRow("bind-all") << "0.0.0.0"
                                  << "http://127.0.0.1:11434";
        QTest::newRow("bind-all with port") << "0.0.0.0:11435"
                                            << "http://127.0.0.1:11435";
        QTest::newRow("port only") << ":11435"
                                   << "http://127.0.0.1:11435";
        QTest::newRow("host") << "gpu-box"
                              << "http://gpu-box:11434";
        QTest::newRow("host and port") << "gpu-box:8080"
                                       << "http://gpu-box:8080";
        QTest::newRow("ip and port") << "10.0.0.5:11434"
                                     << "http://10.0.0.5:11434";
        QTest::newRow("http without port is 80") << "http://gpu-box"
                                                 << "http://gpu-box:80";
        QTest::newRow("https without port is 443") << "https://gpu-box"
                                                   << "https://gpu-box:443";
        QTest::newRow("http with port") << "http://gpu-box:11434"
                                        << "http://gpu-box:11434";
        QTest::newRow("path kept") << "https://example.com/ollama"
                                   << "https://example.com:443/ollama";
        QTest::newRow("ollama.com") << "ollama.com"
                                    << "https://ollama.com:443";
        QTest::newRow("ipv6 bind-all") << "[::]:11434"
                                       << "http://[::1]:11434";
        QTest::newRow("ipv6") << "[fe80::1]:9999"
                              << "http://[fe80::1]:9999";
        QTest::newRow("ipv6 bare") << "::1"
                                   << "http://[::1]:11434";
        QTest::newRow("bad port") << "gpu-box:99999"
                                  << "http://gpu-box:11434";
    }
    void forms()
    {
        QFETCH(QString, value);
        QFETCH(QString, expected);
        QCOMPARE(ollamaHostUrl(value).toString(), expected);
    }
};

QTEST_GUILESS_MAIN(TestOllamaHost)
#include "tst_ollamahost.moc"
