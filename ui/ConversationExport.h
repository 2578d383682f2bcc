#pragma once

#include "chat/ConversationStore.h"

#include <QCoreApplication>

// A conversation written out for people (Markdown) or programs (JSON, the saved format).
class ConversationExport final
{
    Q_DECLARE_TR_FUNCTIONS(ConversationExport)

public:
    static QString toMarkdown(const ConversationStore::Conversation &conversation);
    static QByteArray toJson(const ConversationStore::Conversation &conversation);
    // Writes atomically: a failed write keeps the file that was there. False (and why) on
    // failure.
    static bool write(const QString &path, const QByteArray &data, QString *error);
};
