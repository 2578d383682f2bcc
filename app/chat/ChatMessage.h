#pragma once

#include "providers/ChatTypes.h"
#include "providers/ServerKind.h"

#include <QDateTime>
#include <QString>

#include <optional>

// Speed figures of one answer: the client's own measurements and the server's when it sent
// them. The server's generation rate is preferred when there is one.
struct AnswerStats
{
    std::optional<double> timeToFirstTokenSeconds; // measured by the client
    std::optional<double> clientTokensPerSecond;
    int chunks = 0;
    std::optional<double> totalSeconds; // measured by the client
    ServerFigures server;

    std::optional<double> tokensPerSecond() const
    {
        return server.tokensPerSecond ? server.tokensPerSecond : clientTokensPerSecond;
    }
    bool rateFromServer() const { return server.tokensPerSecond.has_value(); }
    qint64 outputTokens() const
    {
        return server.completionTokens ? *server.completionTokens : qint64(chunks);
    }
};

struct ChatMessage
{
    enum class State {
        Complete,
        Streaming,
        Stopped,     // the user stopped it; what came is kept
        Interrupted, // the connection broke; what came is kept
        Failed,      // the server reported an error or could not be reached
    };

    ChatTurn::Role role = ChatTurn::Role::User;
    QString content;
    QString thinking;
    State state = State::Complete;
    // Who wrote an answer.
    ServerKind providerKind = ServerKind::Unknown;
    QString serverId;
    QString model;         // the model asked for
    QString reportedModel; // the model the server says answered, when it differs
    QString errorText;
    ApiError::Kind errorKind = ApiError::Kind::None; // what kind of failure (not saved)
    AnswerStats stats;
    QDateTime createdAt;
};
