#pragma once

#include <QString>
#include <QUrl>

// Server addresses never carry credentials inside LocalForge: "http://user:password@host" loses
// its user info wherever an address comes in (typed, imported, read from old settings), so it
// is never written to settings, exports, conversations, diagnostics, snippets or the name of a
// keychain entry. The password may be kept as the server's token, in the keychain.
namespace UrlCredentials {

bool has(const QUrl &url);
// The address without user name and password.
QUrl stripped(const QUrl &url);
// What the user meant as a secret: the password, else a lone user name ("token@host").
QString secret(const QUrl &url);
// Removes "user:password@" from every http(s) address in a text (settings values and keys).
QString strippedText(const QString &text);

} // namespace UrlCredentials
