#pragma once

#include <QLabel>

// One line of text that never widens its window: shortened in the middle with "…" when it does
// not fit (a model's long name keeps its publisher and its tag), whole in its tooltip then.
// Given shorter forms, it shows the longest that fits instead, or nothing: never a cut word.
class ElidedLabel final : public QLabel
{
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    void setFullText(const QString &text, const QStringList &shorter = {});
    QString fullText() const { return m_text; }
    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void elide();

    QString m_text;
    QStringList m_shorter;
};
