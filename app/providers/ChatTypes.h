#pragma once

#include "net/ApiError.h"

#include <QList>
#include <QString>

#include <chrono>
#include <optional>

struct ChatTurn
{
    enum class Role { System, User, Assistant };
    Role role = Role::User;
    QString content;
};

QString chatRoleId(ChatTurn::Role role);

struct ChatRequest
{
    QString model;
    QList<ChatTurn> messages;
    // Bounds a silence: waiting for the model to load, and any later gap between tokens.
    // A stream that keeps producing is never cut.
    std::chrono::seconds timeout{300};
    QString keepAlive; // Ollama keep_alive ("5m", "-1", ...); empty: the server's default
};

// What the server reported about an answer, converted to plain units. Unset when not sent.
struct ServerFigures
{
    std::optional<qint64> promptTokens;
    std::optional<qint64> completionTokens;
    std::optional<qint64> cachedPromptTokens;
    std::optional<double> promptSeconds;
    std::optional<double> evalSeconds;
    std::optional<double> loadSeconds;
    std::optional<double> totalSeconds;
    std::optional<double> tokensPerSecond; // generation rate, as reported or derived
    std::optional<double> promptTokensPerSecond;
    std::optional<double> timeToFirstTokenSeconds;

    bool any() const;
    // Takes every value `other` has.
    void mergeFrom(const ServerFigures &other);
};

struct ChatOutcome
{
    enum class Status { Completed, Stopped, Failed };
    Status status = Status::Completed;
    ApiError error; // set when Failed
    ServerFigures figures;
    QString finishReason;  // stop, length, ...
    QString reportedModel; // the model the server says answered
};
