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
