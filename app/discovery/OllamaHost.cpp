#include "OllamaHost.h"

#include <QHostAddress>

QUrl ollamaHostUrl(const QString &raw)
{
    const QString value = raw.trimmed();
    QString scheme = QStringLiteral("http");
    QString hostPort = value;
    int defaultPort = 11434;
    const qsizetype sep = value.indexOf(u"://");
    if (sep < 0) {
        if (value == u"ollama.com") {
            scheme = QStringLiteral("https");
            hostPort = QStringLiteral("ollama.com:443");
        }
    } else {
        scheme = value.first(sep).toLower();
        hostPort = value.sliced(sep + 3);
        if (scheme == u"http")
            defaultPort = 80;
        else if (scheme == u"https")
            defaultPort = 443;
    }
    QString path;
    if (const qsizetype slash = hostPort.indexOf(u'/'); slash >= 0) {
        path = hostPort.sliced(slash);
        hostPort.truncate(slash);
    }

    QString host;
    QString portText;
    bool split = false;
    if (hostPort.startsWith(u'[')) { // [v6]:port
        const qsizetype close = hostPort.indexOf(u"]:");
        if (close > 0) {
            host = hostPort.sliced(1, close - 1);
            portText = hostPort.sliced(close + 2);
            split = true;
        }
    } else if (hostPort.count(u':') == 1) {
        const qsizetype colon = hostPort.indexOf(u':');
        host = hostPort.first(colon);
        portText = hostPort.sliced(colon + 1);
        split = true;
    }
    if (!split) {
        host = QStringLiteral("127.0.0.1");
        portText = QString::number(defaultPort);
        const QString bare = hostPort.startsWith(u'[') && hostPort.endsWith(u']')
                                 ? hostPort.sliced(1, hostPort.size() - 2)
                                 : hostPort;
        if (!bare.isEmpty())
            host = bare;
    }
    bool ok = false;
    const int port = portText.toInt(&ok);
    const int finalPort = (ok && port >= 0 && port <= 65535) ? port : defaultPort;

    // Bind-all addresses are not connect addresses.
    if (host.isEmpty() || host == u"0.0.0.0")
        host = QStringLiteral("127.0.0.1");
    else if (host == u"::")
        host = QStringLiteral("::1");

    QUrl url;
    url.setScheme(scheme);
    url.setHost(host);
    url.setPort(finalPort);
    if (!path.isEmpty() && path != u"/")
        url.setPath(path);
    return url;
}
