#include "UrlCredentials.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

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
    // And percent-encoded, as in the keys of a server's parameters ("http%3A%2F%2Fu%3Ap%40h"):
    // up to the first "%40" that comes before the host's end ("%2F").
    static const QRegularExpression encodedUserInfo(
        QStringLiteral(R"((https?%3A(?:%2F)+)(?:(?!%2F)[^/@\s"'\\])*?%40)"),
        QRegularExpression::CaseInsensitiveOption);
    const bool plain = text.contains(u'@');
    const bool encoded = text.contains(u"%40"_s, Qt::CaseInsensitive);
    if (!plain && !encoded)
        return text;
    QString out = text;
    if (plain)
        out.replace(userInfo, QStringLiteral("\\1"));
    if (encoded)
        out.replace(encodedUserInfo, QStringLiteral("\\1"));
    return out;
}

} // namespace UrlCredentials
