#pragma once

#include <QCoreApplication>
#include <QString>

class Core;

// Everything worth pasting into a bug report or showing a workshop helper: versions, servers
// and their problems, models, memory, GPUs, and the last errors. Tokens are never part of it
// (only whether a server has one).
class Diagnostics final
{
    Q_DECLARE_TR_FUNCTIONS(Diagnostics)

public:
    static QString report(const Core &core);
};
