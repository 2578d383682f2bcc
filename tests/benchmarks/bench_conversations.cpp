// Prints the start-up cost of the conversation library with 500 saved conversations (40
// messages each): reading every file in full (as before), the first start that builds the
// index, and a start from the index (titles only; messages are read when a conversation opens).
// Then the first search of the conversations list: read on the window's thread (search()), and
// on the search thread (searchInBackground()), with the time the window's thread is held and
// the time until the answer.
#include "chat/ChatSession.h"
#include "chat/ConversationLibrary.h"
#include "chat/ConversationStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {
constexpr int Conversations = 500;
constexpr int MessagesEach = 40;

void fill(const QString &folder)
{
    ConversationStore store(folder);
    const QString paragraph =
        QStringLiteral("The sky appears blue because of Rayleigh scattering, which affects "
                       "shorter wavelengths more strongly than longer ones. ")
            .repeated(6);
    for (int c = 0; c < Conversations; ++c) {
        ConversationStore::Conversation conversation;
        conversation.id = QStringLiteral("conversation-%1").arg(c);
        conversation.updatedAt = QDateTime::currentDateTimeUtc().addSecs(-c * 60);
        for (int m = 0; m < MessagesEach; ++m) {
            ChatMessage message;
            message.role = m % 2 ? ChatTurn::Role::Assistant : ChatTurn::Role::User;
            message.content = m == 0 ? QStringLiteral("Question number %1").arg(c) : paragraph;
            message.createdAt = conversation.updatedAt;
            conversation.messages.append(message);
        }
        if (!store.save(conversation).ok())
            qFatal("cannot write the conversations");
    }
}

double median(std::vector<qint64> v)
{
    std::sort(v.begin(), v.end());
    return double(v[v.size() / 2]) / 1e6;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    fill(dir.path());
    std::vector<qint64> full, indexed;
    qint64 firstStart = 0;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer t;
        t.start();
        const auto all = ConversationStore(dir.path()).loadAll();
        full.push_back(t.nsecsElapsed());
        if (all.size() != Conversations)
            qFatal("read %d conversations", int(all.size()));
    }
    for (int run = 0; run < 6; ++run) {
        if (run == 0)
            QFile::remove(dir.filePath(ConversationStore::indexFileName()));
        ChatSession chat;
        ConversationLibrary library(dir.path(), &chat);
        QElapsedTimer t;
        t.start();
        library.load(); // lists every conversation and opens the newest
        const qint64 ns = t.nsecsElapsed();
        if (library.summaries().size() != Conversations || chat.messages().size() != MessagesEach)
            qFatal("the library did not list every conversation");
        if (run == 0)
            firstStart = ns;
        else
            indexed.push_back(ns);
    }
    std::printf("start with %d conversations of %d messages: every file read and parsed %.0f ms "
                "(median of 5); first start building the index %.0f ms; start from the index "
                "(titles only, the newest opened) %.1f ms (median of 5)\n",
                Conversations, MessagesEach, median(full), double(firstStart) / 1e6,
                median(indexed));

    // The first search, in a fresh library each time (nothing read yet but the newest).
    std::vector<qint64> here, held, answered;
    const QString needle = QStringLiteral("wavelengths");
    for (int run = 0; run < 5; ++run) {
        ChatSession chat;
        ConversationLibrary library(dir.path(), &chat);
        library.load();
        QElapsedTimer t;
        t.start();
        if (library.search(needle).size() != Conversations)
            qFatal("the search did not find every conversation");
        here.push_back(t.nsecsElapsed());
    }
    for (int run = 0; run < 5; ++run) {
        ChatSession chat;
        ConversationLibrary library(dir.path(), &chat);
        library.load();
        qsizetype found = -1;
        QElapsedTimer t;
        t.start();
        library.searchInBackground(needle, &library,
                                   [&found](const QStringList &ids) { found = ids.size(); });
        held.push_back(t.nsecsElapsed());
        while (found < 0)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        answered.push_back(t.nsecsElapsed());
        if (found != Conversations)
            qFatal("the background search did not find every conversation");
    }
    std::printf("first search of %d conversations: on the window's thread %.0f ms; on the search "
                "thread, the window's thread held %.2f ms, the answer after %.0f ms (medians of "
                "5)\n",
                Conversations, median(here), median(held), median(answered));
    return 0;
}
