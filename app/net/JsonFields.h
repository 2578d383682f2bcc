#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <algorithm>
#include <optional>

// Optional number fields of JSON objects, both ways: a field that is missing (or not a number)
// is an unset optional, and an unset optional writes no field.
namespace JsonFields {

inline std::optional<double> number(const QJsonObject &o, QStringView key, double scale = 1.0)
{
    const QJsonValue v = o.value(key);
    if (!v.isDouble())
        return std::nullopt;
    return v.toDouble() * scale;
}

// A whole number; a fractional value is cut toward zero, one out of range is held at the
// nearest end of it (converting it as it is would be undefined).
inline std::optional<qint64> integer(const QJsonObject &o, QStringView key)
{
    const QJsonValue v = o.value(key);
    if (!v.isDouble())
        return std::nullopt;
    constexpr double Limit = 9.2e18; // just inside qint64
    return v.toInteger(static_cast<qint64>(std::clamp(v.toDouble(), -Limit, Limit)));
}

template<typename T>
void put(QJsonObject &o, const QString &key, const std::optional<T> &value)
{
    if (value)
        o.insert(key, *value);
}

} // namespace JsonFields
