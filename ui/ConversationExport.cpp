#include "ConversationExport.h"

#include "Format.h"

#include <QJsonDocument>
#include <QLocale>
#include <QSaveFile>
#include <QUrl>

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
                   QStringLiteral("</summary>\n\n") + m.thinking +
                   QStringLiteral("\n\n</details>\n\n");
        }
        out += m.content + QStringLiteral("\n\n");
        if (m.role != ChatTurn::Role::Assistant)
            continue;
        const QString footer = Format::answerFooter(m);
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
    QSaveFile file(path);
    // Unbuffered: a short write (a full disk) shows in what write() returns; buffered, it
    // would be lost in the flush and the cut file put in place of the old one.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered) ||
        file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2. Nothing was changed; choose another folder.")
                         .arg(path, file.errorString());
        return false;
    }
    return true;
}
