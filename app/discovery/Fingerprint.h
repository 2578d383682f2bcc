#pragma once

#include "net/Http.h"
#include "providers/ServerKind.h"

#include <QHash>
#include <QString>

// The answers of one address to the probe paths, keyed by path ("/", "/api/version", ...).
using ProbeEvidence = QHash<QString, Http::Response>;

struct Fingerprint
{
    bool answered = false; // something speaks HTTP on that port
    ServerKind kind = ServerKind::Unknown;
    QString version;
    QString apiLevel;
    int modelCount = -1;
    bool needsToken = false;
    bool needsModelCount = false; // Ollama: count comes from /api/tags
    // LM Studio answers, but not with its API at this address's path: every path it was asked
    // for was unknown to it, /v1/models included, which it serves at its root.
    bool atWrongPath = false;
    qint64 latencyMs = -1;
};

namespace FingerprintRules {
// Every path a full probe asks for, all at once.
QStringList probePaths();
// Tells the kind apart from the answers. Pure. HTTP 200 alone proves nothing (LM Studio
// answers 200 on unknown paths): every rule checks the JSON shape.
Fingerprint classify(const ProbeEvidence &evidence);
} // namespace FingerprintRules
