#pragma once

#include <QString>
#include <QUrl>

// The server address an OLLAMA_HOST value means, normalised the way Ollama's own client does:
// no scheme means http with port 11434; http:// without a port means 80, https:// means 443;
// bare "ollama.com" means https://ollama.com:443; the bind-all addresses 0.0.0.0 and :: become
// 127.0.0.1 and ::1; an empty or unparsable value gives http://127.0.0.1:11434.
QUrl ollamaHostUrl(const QString &value);
