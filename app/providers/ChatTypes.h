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

// Sampling and runtime options of a request. Unset means the server's own default, and the
// field is then left out of the request.
struct ChatParameters
{
    std::optional<double> temperature;
    std::optional<double> topP;
    std::optional<int> maxTokens; // Ollama num_predict, OpenAI max_tokens
    std::optional<int> seed;
    std::optional<int> numCtx;    // Ollama only: context length
    std::optional<int> numGpu;    // Ollama only: layers offloaded to the GPU
    std::optional<int> numThread; // Ollama only: CPU threads
    std::optional<bool> think;    // Ollama only: ask a thinking model to think (or not)
    QString keepAlive;            // Ollama only: how long the model stays loaded ("5m", "-1")
    std::optional<int> timeoutSeconds;

    bool isEmpty() const;
    // Takes every value `other` sets.
    void mergeFrom(const ChatParameters &other);
    bool operator==(const ChatParameters &other) const = default;
};

struct ChatRequest
{
    QString model;
    QList<ChatTurn> messages;
    ChatParameters parameters;
    // Bounds a silence: waiting for the model to load, and any later gap between tokens.
    // A stream that keeps producing is never cut.
    std::chrono::seconds timeout{300};
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
