#pragma once

#include <QStatusBar>

// A status bar whose passing message stops, cut with "…", before the widgets kept on its right
// (the server count, the problems) instead of running under them; the whole message is its
// tooltip then, and currentMessage() is the whole message as ever.
class ElidingStatusBar final : public QStatusBar
{
    Q_OBJECT

public:
    explicit ElidingStatusBar(QWidget *parent = nullptr);

    // The message as drawn: whole, or cut to the room there is.
    QString shownMessage() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QRect messageRect() const;
    void updateToolTip();
};
