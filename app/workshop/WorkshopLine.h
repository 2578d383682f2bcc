#pragma once

#include <QString>

// One line of the workshop checklist: what is checked, how it went, and what to do about it.
struct WorkshopLine
{
    enum class Kind { Server, ModelPresent, ModelFits, ModelAnswers, SharedServer, N8n };
    enum class State { Waiting, Running, Passed, Failed, Skipped };

    Kind kind = Kind::Server;
    State state = State::Waiting;
    QString subject;      // the server address or the model name
    QString serverId;     // the server a model line is about
    QString title;        // what is checked: "phi3 is on Ollama at 127.0.0.1:11434"
    QString detail;       // what was found
    QString fix;          // what to do, when it failed
    bool canPull = false; // a missing model the server can download

    bool isOver() const { return state != State::Waiting && state != State::Running; }
};
