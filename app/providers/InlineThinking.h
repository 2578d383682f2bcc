#pragma once

#include <QString>

// Reasoning written inside the answer, as <think>…</think> at its start: DeepSeek-R1 and
// Qwen 3 style models on servers that do not separate it (LM Studio with its reasoning setting
// off, llama-server --reasoning-format none, Ollama before 0.12.4 when `think` is not sent).
// Moves it to the thinking side as the pieces come, a tag cut across pieces included; holds
// back at most the few characters that may begin a tag. Text that does not open with the tag
// (leading white space aside) is the answer, untouched: a template that writes the opening tag
// into the prompt itself (Qwen3 Thinking 2507) sends reasoning that ends with </think> and
// starts with no tag, which is not told apart here. Pure: no Qt object.
class InlineThinking final
{
public:
    struct Piece
    {
        QString content;
        QString thinking;
    };

    Piece feed(const QString &content);
    // The stream ended: what was held back, on the side it belongs to.
    Piece finish();

private:
    enum class State {
        Start,         // nothing but white space yet
        ThinkingStart, // after <think>: white space before the reasoning is dropped
        Thinking,
        AfterThinking, // after </think>: white space before the answer is dropped
        Answer,
    };
    State m_state = State::Start;
    QString m_held;
};
