#include "OptionalSpinBox.h"

#include <QDoubleSpinBox>
#include <QSpinBox>

QDoubleSpinBox *OptionalSpinBox::makeDouble(double max, double step, const QString &objectName)
{
    auto *box = new QDoubleSpinBox;
    box->setObjectName(objectName);
    box->setRange(-step, max); // the minimum stands for "default"
    box->setSingleStep(step);
    box->setDecimals(2);
    box->setSpecialValueText(tr("Default"));
    box->setValue(-step);
    return box;
}

QSpinBox *OptionalSpinBox::makeInt(int min, int max, const QString &objectName)
{
    auto *box = new QSpinBox;
    box->setObjectName(objectName);
    box->setRange(min - 1, max); // the minimum stands for "default"
    box->setSpecialValueText(tr("Default"));
    box->setValue(min - 1);
    return box;
}

std::optional<double> OptionalSpinBox::value(const QDoubleSpinBox *box)
{
    return box->value() <= box->minimum() ? std::nullopt : std::optional<double>(box->value());
}

std::optional<int> OptionalSpinBox::value(const QSpinBox *box)
{
    return box->value() <= box->minimum() ? std::nullopt : std::optional<int>(box->value());
}

void OptionalSpinBox::show(QDoubleSpinBox *box, const std::optional<double> &v)
{
    box->setValue(v ? *v : box->minimum());
}

void OptionalSpinBox::show(QSpinBox *box, const std::optional<int> &v)
{
    box->setValue(v ? *v : box->minimum());
}
