#pragma once

#include "BenchResult.h"

#include <QCoreApplication>

// A benchmark as CSV (one line per run, every figure, for a spreadsheet), as a Markdown table
// (one line per model: medians with their range, ready for a slide) and as JSON (everything,
// for another machine to import). Numbers use a dot for decimals.
class BenchExport final
{
    Q_DECLARE_TR_FUNCTIONS(BenchExport)

public:
    static QByteArray csv(const BenchResult &result);
    // Several results (this machine and imported ones) go in one table with a machine column.
    static QString markdown(const QList<BenchResult> &results);
    static QByteArray json(const BenchResult &result) { return result.toJsonBytes(); }
    // "42.3" for a rate, "" when unset.
    static QString number(const std::optional<double> &value, int decimals = 2);
    // Writes `data` to `path` atomically; a File error says why it could not.
    static ApiError write(const QString &path, const QByteArray &data);
};
