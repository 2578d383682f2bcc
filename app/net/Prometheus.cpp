#include "Prometheus.h"

#include <cmath>

namespace Prometheus {

namespace {
// Parses `{a="x",b="y\"z"}` starting at `i` (on '{'); returns the index after '}'.
qsizetype parseLabels(const QByteArray &line, qsizetype i, QHash<QString, QString> &labels)
{
    ++i;
    while (i < line.size() && line[i] != '}') {
        while (i < line.size() && (line[i] == ' ' || line[i] == ','))
            ++i;
        const qsizetype eq = line.indexOf('=', i);
        if (eq < 0)
            return -1;
        const QString key = QString::fromUtf8(line.mid(i, eq - i)).trimmed();
        i = eq + 1;
        if (i >= line.size() || line[i] != '"')
            return -1;
        ++i;
        QByteArray value;
        while (i < line.size() && line[i] != '"') {
            if (line[i] == '\\' && i + 1 < line.size()) {
                ++i;
                value.append(line[i] == 'n' ? '\n' : line[i]);
            } else {
                value.append(line[i]);
            }
            ++i;
        }
        if (i >= line.size())
            return -1;
        ++i; // closing quote
        labels.insert(key, QString::fromUtf8(value));
        while (i < line.size() && line[i] == ' ')
            ++i;
        if (i < line.size() && line[i] == ',')
            ++i;
    }
    return i < line.size() ? i + 1 : -1;
}

std::optional<double> parseValue(const QByteArray &text)
{
    const QByteArray t = text.trimmed();
    if (t == "NaN")
        return std::nan("");
    if (t == "+Inf")
        return INFINITY;
    if (t == "-Inf")
        return -INFINITY;
    bool ok = false;
    const double v = t.toDouble(&ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}
} // namespace

QList<Sample> parse(QByteArrayView text, const QList<QByteArrayView> &names)
{
    QList<Sample> out;
    for (qsizetype from = 0; from < text.size();) {
        qsizetype end = text.indexOf('\n', from);
        if (end < 0)
            end = text.size();
        const QByteArrayView view = text.sliced(from, end - from).trimmed();
        from = end + 1;
        if (view.isEmpty() || view.startsWith('#'))
            continue;
        qsizetype i = 0;
        while (i < view.size() && view[i] != '{' && view[i] != ' ' && view[i] != '\t')
            ++i;
        if (!names.isEmpty() && !names.contains(view.first(i)))
            continue;
        const QByteArray line = view.toByteArray();
        Sample s;
        s.name = QString::fromUtf8(line.first(i));
        if (i < line.size() && line[i] == '{') {
            i = parseLabels(line, i, s.labels);
            if (i < 0)
                continue;
        }
        // value [timestamp]
        const QList<QByteArray> rest = line.sliced(i).simplified().split(' ');
        const auto value = parseValue(rest.value(0));
        if (s.name.isEmpty() || !value)
            continue;
        s.value = *value;
        out.append(s);
    }
    return out;
}

std::optional<double> sum(const QList<Sample> &samples, const QString &name,
                          const QHash<QString, QString> &match)
{
    std::optional<double> total;
    for (const Sample &s : samples) {
        if (s.name != name)
            continue;
        bool matches = true;
        for (auto it = match.cbegin(); it != match.cend() && matches; ++it)
            matches = s.labels.value(it.key()) == it.value();
        if (matches)
            total = total.value_or(0.0) + s.value;
    }
    return total;
}

} // namespace Prometheus
