#pragma once

#include <QComboBox>

// A combo box whose chosen text, when the box is narrower than it, is shortened in the middle
// with "…": a model's name keeps its start and its end, and a mark written after two spaces
// ("  (loaded)") stays whole; never cut off mid-word at the right edge. The list it opens shows
// every entry whole.
class ElidingComboBox final : public QComboBox
{
    Q_OBJECT

public:
    explicit ElidingComboBox(QWidget *parent = nullptr);
    // The chosen text as the box shows it at its present width.
    QString shownText() const;

protected:
    void paintEvent(QPaintEvent *event) override;
};
