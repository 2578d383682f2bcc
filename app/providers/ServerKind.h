#pragma once

#include <QString>

// The kinds of server LocalForge tells apart. Display names live in the ui.
enum class ServerKind {
    Unknown, // something answers, but it is none of the kinds below
    Ollama,
    LmStudio,
    LlamaCpp, // llama.cpp llama-server
    Vllm,
    OpenAiCompatible, // any other server speaking /v1/chat/completions
};

// Stable identifiers for the command line's JSON output and settings.
QString serverKindId(ServerKind kind);
ServerKind serverKindFromId(const QString &id);
// The product name of a kind ("Ollama", "LM Studio", "llama.cpp", ...), translated.
QString serverKindName(ServerKind kind);
