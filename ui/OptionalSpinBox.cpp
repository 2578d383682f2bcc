#include "OptionalSpinBox.h"

#include <QDoubleSpinBox>
#include <QSpinBox>

namespace {
constexpr double Epsilon = 1e-9;

// "Default" is one step below the lowest value: what lies between the two is no value a server
// takes (a temperature of -0.02, a top_p of 0 that vLLM refuses). A step down from above the
// lowest value stops on it, the next one on "Default"; a step up from "Default" lands on it; a
// value typed in between becomes it.
class OptionalDoubleSpinBox final : public QDoubleSpinBox
{
public:
    explicit OptionalDoubleSpinBox(double lowest)
        : m_lowest(lowest)
    {}

    bool between(double v) const { return v > minimum() + Epsilon && v < m_lowest - Epsilon; }
    double lowest() const { return m_lowest; }

    void stepBy(int steps) override
    {
        const double target = value() + steps * singleStep();
        if (!between(target))
            return QDoubleSpinBox::stepBy(steps);
        setValue(steps < 0 && value() <= m_lowest + Epsilon ? minimum() : m_lowest);
        selectAll();
    }

protected:
    double valueFromText(const QString &text) const override
    {
        const double v = QDoubleSpinBox::valueFromText(text);
        return between(v) ? m_lowest : v;
    }

private:
    double m_lowest;
};
} // namespace

QDoubleSpinBox *OptionalSpinBox::makeDouble(double lowest, double max, double step,
                                            const QString &objectName)
{
    auto *box = new OptionalDoubleSpinBox(lowest);
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
    const auto *optional = dynamic_cast<const OptionalDoubleSpinBox *>(box);
    if (v && optional && optional->between(*v)) // a value saved before there was a lowest
        box->setValue(optional->lowest());
    else
        box->setValue(v ? *v : box->minimum());
}

void OptionalSpinBox::show(QSpinBox *box, const std::optional<int> &v)
{
    box->setValue(v ? *v : box->minimum());
}
