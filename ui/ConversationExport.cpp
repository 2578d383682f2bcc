#include "ConversationExport.h"

#include "Format.h"
#include "net/WholeFile.h"

#include <QJsonDocument>
#include <QLocale>
#include <QUrl>

namespace {
// A code block left open (an answer stopped or cut inside one) would run to the end of the
// file in Markdown, every later turn shown as code: it is closed where the message ends.
QString closingFence(QStringView text)
{
    QChar open;
    qsizetype length = 0; // of the fence that opened the block; 0: none open
    for (QStringView line : text.split(u'\n')) {
        qsizetype indent = 0;
        while (indent < line.size() && line[indent] == u' ')
            ++indent;
        if (indent > 3 || indent == line.size())
            continue;
        const QStringView rest = line.sliced(indent);
        const QChar c = rest.front();
        if (c != u'`' && c != u'~')
            continue;
        qsizetype run = 0;
        while (run < rest.size() && rest[run] == c)
            ++run;
        if (run < 3)
            continue;
        if (length == 0) {
            open = c;
            length = run;
        } else if (c == open && run >= length && rest.sliced(run).trimmed().isEmpty()) {
            length = 0;
        }
    }
    return length == 0 ? QString() : u'\n' + QString(length, open);
}
} // namespace

QString ConversationExport::toMarkdown(const ConversationStore::Conversation &c)
{
    QString out = QStringLiteral("# ") + c.displayTitle() + QStringLiteral("\n\n");
    if (!c.systemPrompt.isEmpty()) {
        out += QStringLiteral("**") + tr("System prompt") + QStringLiteral(":**\n\n");
        const QStringList lines = c.systemPrompt.split(u'\n');
        for (const QString &line : lines)
            out += QStringLiteral("> ") + line + u'\n';
        out += u'\n';
    }
    for (const ChatMessage &m : c.messages) {
        if (m.role == ChatTurn::Role::User) {
            out += QStringLiteral("## ") + tr("You") + QStringLiteral("\n\n");
        } else {
            QString who = m.model;
            QString where = serverKindName(m.providerKind);
            if (!m.serverId.isEmpty())
                where += QStringLiteral(" · ") + Format::hostPort(QUrl(m.serverId));
            out += QStringLiteral("## ") + who + QStringLiteral(" (") + where +
                   QStringLiteral(")\n\n");
        }
        if (!m.thinking.isEmpty()) {
            out += QStringLiteral("<details><summary>") + tr("Thinking") +
                   QStringLiteral("</summary>\n\n") +
                   // Its own "</details>" would end the block early.
                   QString(m.thinking)
                       .replace(QStringLiteral("</details>"), QStringLiteral("&lt;/details&gt;")) +
                   closingFence(m.thinking) + QStringLiteral("\n\n</details>\n\n");
        }
        out += m.content + closingFence(m.content) + QStringLiteral("\n\n");
        if (m.role != ChatTurn::Role::Assistant)
            continue;
        // On one line, in italics: a server's error text in it must not end them or the line.
        QString footer = Format::answerFooter(m).simplified();
        footer.replace(u'\\', QStringLiteral("\\\\"))
            .replace(u'*', QStringLiteral("\\*"))
            .replace(u'_', QStringLiteral("\\_"));
        if (!footer.isEmpty())
            out += QStringLiteral("*") + footer + QStringLiteral("*\n\n");
    }
    return out;
}

QByteArray ConversationExport::toJson(const ConversationStore::Conversation &c)
{
    return QJsonDocument(ConversationStore::toJson(c)).toJson(QJsonDocument::Indented);
}

bool ConversationExport::write(const QString &path, const QByteArray &data, QString *error)
{
    if (QString why; !WholeFile::save(path, data, &why)) {
        if (error)
            *error = tr("Could not write %1: %2. Nothing was changed; choose another folder.")
                         .arg(path, why);
        return false;
    }
    return true;
}
