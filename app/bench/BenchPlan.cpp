#include "BenchPlan.h"

QString BenchPlan::modeId(Mode mode)
{
    switch (mode) {
    case Mode::Warm:
        break;
    case Mode::Cold:
        return QStringLiteral("cold");
    case Mode::WarmAndCold:
        return QStringLiteral("warm-and-cold");
    }
    return QStringLiteral("warm");
}

BenchPlan::Mode BenchPlan::modeFromId(const QString &id)
{
    if (id == u"cold")
        return Mode::Cold;
    if (id == u"warm-and-cold")
        return Mode::WarmAndCold;
    return Mode::Warm;
}
