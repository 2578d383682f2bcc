#pragma once

// What the two halves of MonitorCharts share: its Qt Charts objects. Included by
// MonitorCharts.cpp (the lines and their refresh) and MonitorChartsLayout.cpp (legends, ticks
// and the plots lined up) only.
#include "MonitorCharts.h"

#include <QColor>
#include <QList>
#include <QMargins>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>

inline const QMargins MonitorChartMargins(4, 4, 4, 4);

// A line on one of the charts: which series of the hub, named and drawn how.
struct MonitorChartLine
{
    QString key;  // series key in the hub
    QString name; // legend
    double scale; // value → unit shown
    QColor color;
    Qt::PenStyle style = Qt::SolidLine; // dashed: a total or ceiling; dotted: a server's report
    QLineSeries *series = nullptr;
};

struct MonitorCharts::Charts
{
    QChart *memory = nullptr;
    QChart *gpu = nullptr;
    QChart *rate = nullptr;
    QChartView *gpuView = nullptr;
    QList<QChartView *> views;    // memory, GPU load, speed
    QList<ChartLegend *> legends; // above each, when the legends are not beside the plots
    QStringList titles;
    QList<QMargins> alignment; // added to each chart's margins to line the plots up
    QList<QValueAxis *> timeAxes;
    QValueAxis *memoryAxis = nullptr;
    QValueAxis *gpuAxis = nullptr;
    QValueAxis *rateAxis = nullptr;
    QString memoryUnit;
    QString rateUnit;
    MonitorCharts::AxisScale memoryScale;
    MonitorCharts::AxisScale rateScale;
    double memoryValue = 1.0; // what each scale was made to hold
    double rateValue = 1.0;
    QList<MonitorChartLine> lines;
    QScatterSeries *serverRate = nullptr;
    QScatterSeries *requests = nullptr;
    QScatterSeries *firstTokens = nullptr;
    QScatterSeries *loads = nullptr;
    QFont baseTitle; // fonts at scale 1, kept by setFontScale()
    QFont baseLabels;
    QFont baseLegend;
    QFont baseNotice;
    bool baseKept = false;
};
