#include "UrlCredentials.h"

#include <QRegularExpression>

namespace UrlCredentials {

bool has(const QUrl &url)
{
    return !url.userInfo().isEmpty();
}

QUrl stripped(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveUserInfo);
}

QString secret(const QUrl &url)
{
    return url.password().isEmpty() ? url.userName() : url.password();
}

QString strippedText(const QString &text)
{
    // QSettings keys fold "//" into "/": both forms are addresses.
    static const QRegularExpression userInfo(QStringLiteral(R"((https?:/+)[^/@\s"'\\]*@)"),
                                             QRegularExpression::CaseInsensitiveOption);
    if (!text.contains(u'@'))
        return text;
    QString out = text;
    out.replace(userInfo, QStringLiteral("\\1"));
    return out;
}

} // namespace UrlCredentials
