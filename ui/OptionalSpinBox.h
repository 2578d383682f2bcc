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
    static QDoubleSpinBox *makeDouble(double max, double step, const QString &objectName);
    static QSpinBox *makeInt(int min, int max, const QString &objectName);
    static std::optional<double> value(const QDoubleSpinBox *box);
    static std::optional<int> value(const QSpinBox *box);
    static void show(QDoubleSpinBox *box, const std::optional<double> &value);
    static void show(QSpinBox *box, const std::optional<int> &value);
};
