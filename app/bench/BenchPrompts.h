#pragma once

#include "BenchPlan.h"

#include <QCoreApplication>

// The built-in prompt presets: a short question, a code task and a summary of a French
// paragraph. Their names are translated; their texts never are.
class BenchPrompts final
{
    Q_DECLARE_TR_FUNCTIONS(BenchPrompts)

public:
    static QList<BenchPrompt> builtIn();
    // A prompt of the user's own (id "user-<n>", unique among `existing`).
    static BenchPrompt custom(const QString &text, const QList<BenchPrompt> &existing);
};
