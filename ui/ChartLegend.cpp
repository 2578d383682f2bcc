#include "ChartLegend.h"

ChartLegend::ChartLegend(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::RichText);
    setWordWrap(true);
    setContentsMargins(8, 0, 8, 0); // in line with the charts, off the edges
    // Never wider than the charts: an entry longer than a line is the one thing cut.
    setSizePolicy(QSizePolicy::Ignored, sizePolicy().verticalPolicy());
    setAccessibleName(tr("Legend"));
}

void ChartLegend::setEntries(const QString &title, const QList<Entry> &entries)
{
    if (title == m_title && entries == m_entries && !text().isEmpty())
        return;
    m_title = title;
    m_entries = entries;
    QStringList parts{QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped())};
    for (const Entry &e : entries) {
        // The line's stroke in its colour, then its name; a line breaks only between entries.
        const QString mark = e.mark == Mark::Solid    ? QStringLiteral("━━")
                             : e.mark == Mark::Dashed ? QStringLiteral("╍╍")
                             : e.mark == Mark::Dotted ? QStringLiteral("┈┈")
                                                      : QStringLiteral("●");
        QString name = e.name.toHtmlEscaped();
        name.replace(u' ', QStringLiteral("&nbsp;"));
        parts << QStringLiteral("<span style=\"color:%1\"><b>%2</b></span>&nbsp;%3")
                     .arg(e.color.name(), mark, name);
    }
    setText(parts.join(QStringLiteral("&nbsp;&nbsp; ")));
    setAccessibleDescription((QStringList{title} + names()).join(QStringLiteral(", ")));
}

QStringList ChartLegend::names() const
{
    QStringList names;
    for (const Entry &e : m_entries)
        names << e.name;
    return names;
}
