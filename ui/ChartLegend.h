#pragma once

#include <QColor>
#include <QLabel>

// A chart's legend as text above it, led by the chart's title: each entry whole, the entries
// wrapped onto as many lines as the width needs. The charts' own legend, beside the plot,
// shortens names to "…" once the charts are narrow or their text large (a projector).
class ChartLegend final : public QLabel
{
    Q_OBJECT

public:
    enum class Mark { Solid, Dashed, Dotted, Dot };
    struct Entry
    {
        QString name;
        QColor color;
        Mark mark = Mark::Solid;
        bool operator==(const Entry &) const = default;
    };

    explicit ChartLegend(QWidget *parent = nullptr);
    void setEntries(const QString &title, const QList<Entry> &entries);
    QStringList names() const;

private:
    QString m_title;
    QList<Entry> m_entries;
};
