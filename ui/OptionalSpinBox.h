#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

class QDoubleSpinBox;
class QSpinBox;

// Spin boxes whose lowest value reads "Default": a setting left to the server.
class OptionalSpinBox final
{
    Q_DECLARE_TR_FUNCTIONS(OptionalSpinBox)

public:
    // `lowest` is the lowest value a server takes: nothing between it and "Default" can be
    // stepped to, typed or shown.
    static QDoubleSpinBox *makeDouble(double lowest, double max, double step,
                                      const QString &objectName);
    static QSpinBox *makeInt(int min, int max, const QString &objectName);
    static std::optional<double> value(const QDoubleSpinBox *box);
    static std::optional<int> value(const QSpinBox *box);
    static void show(QDoubleSpinBox *box, const std::optional<double> &value);
    static void show(QSpinBox *box, const std::optional<int> &value);
};
