#pragma once

#include <QByteArray>
#include <QString>

// The protocol fixtures (tests/data/{ollama,lmstudio,openai}/*) are compiled into the
// localforge_fakes library as Qt resources under ":/fixtures/", e.g. ":/fixtures/ollama/tags.json".

// Registers the resources (Q_INIT_RESOURCE). Idempotent; every fake server calls it, call it
// yourself before reading ":/fixtures/..." paths directly. fixture() calls it too.
void initFakeResources();

// Bytes of one fixture, e.g. fixture(u"ollama/chat-stream.ndjson"_s). Empty (with a
// qWarning) if it does not exist.
QByteArray fixture(const QString &relativePath);
