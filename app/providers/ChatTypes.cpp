#include "ChatTypes.h"

QString chatRoleId(ChatTurn::Role role)
{
    switch (role) {
    case ChatTurn::Role::System:
        return QStringLiteral("system");
    case ChatTurn::Role::Assistant:
        return QStringLiteral("assistant");
    case ChatTurn::Role::User:
        break;
    }
    return QStringLiteral("user");
}

bool ServerFigures::any() const
{
    return promptTokens || completionTokens || cachedPromptTokens || promptSeconds || evalSeconds ||
           loadSeconds || totalSeconds || tokensPerSecond || promptTokensPerSecond ||
           timeToFirstTokenSeconds;
}

void ServerFigures::mergeFrom(const ServerFigures &o)
{
    auto take = [](auto &mine, const auto &theirs) {
        if (theirs)
            mine = theirs;
    };
    take(promptTokens, o.promptTokens);
    take(completionTokens, o.completionTokens);
    take(cachedPromptTokens, o.cachedPromptTokens);
    take(promptSeconds, o.promptSeconds);
    take(evalSeconds, o.evalSeconds);
    take(loadSeconds, o.loadSeconds);
    take(totalSeconds, o.totalSeconds);
    take(tokensPerSecond, o.tokensPerSecond);
    take(promptTokensPerSecond, o.promptTokensPerSecond);
    take(timeToFirstTokenSeconds, o.timeToFirstTokenSeconds);
}

bool ChatParameters::isEmpty() const
{
    return *this == ChatParameters();
}

void ChatParameters::mergeFrom(const ChatParameters &o)
{
    auto take = [](auto &mine, const auto &theirs) {
        if (theirs)
            mine = theirs;
    };
    take(temperature, o.temperature);
    take(topP, o.topP);
    take(maxTokens, o.maxTokens);
    take(seed, o.seed);
    take(numCtx, o.numCtx);
    take(numGpu, o.numGpu);
    take(numThread, o.numThread);
    take(think, o.think);
    take(timeoutSeconds, o.timeoutSeconds);
    if (!o.keepAlive.isEmpty())
        keepAlive = o.keepAlive;
}
