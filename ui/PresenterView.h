#pragma once

#include <QColor>
#include <QFont>
#include <QPointer>
#include <QWidget>

#include <algorithm>
#include <optional>

class ChatPage;
class Core;
class ElidedLabel;
class MonitorCharts;
class QLabel;
class QSplitter;
class QTimer;

// The projector view: full screen, high contrast, large type. The chat page itself (taken from
// its tab while presenting) next to the live memory and speed charts, the server and model in
// large letters, and the last answer's generation rate with a green or amber mark against the
// 30 tokens/s a demo needs to feel fluid. Ctrl+= / Ctrl+- / Ctrl+0 change the text size (kept
// in the settings), up to what the screen holds; Esc leaves (it first stops an answer that is
// still coming).
class PresenterView final : public QWidget
{
    Q_OBJECT

public:
    static constexpr double MinScale = 1.6;
    static constexpr double MaxScale = 4.0;
    static constexpr double ScaleStep = 0.2;
    // The live figures under the chat and the charts' labels grow with the text up to these;
    // beyond, only the chat does, and the charts keep the height of their curves.
    static constexpr double MaxStripScale = 2.0;
    static constexpr double MaxChartsScale = 1.8;
    // The text grows no larger than the screen holds this many of its lines from top to
    // bottom: beyond, the header wraps on three lines, the input is cut and the answer shows
    // a few lines only (a 1280×720 projector holds about 2.5 times the usual size, a 1080p one
    // about 3.5 to 4, depending on the system's font).
    static constexpr int LinesOnScreen = 19;

    explicit PresenterView(Core *core, QWidget *parent = nullptr);
    ~PresenterView() override;

    // Shows `page` next to the charts, full screen.
    void present(ChatPage *page);
    // Gives the chat page back as it was (without a parent) and hides; null when not presenting.
    ChatPage *takeBack();
    bool isPresenting() const { return !m_page.isNull(); }

    // The text size shown: the one chosen, unless the screen holds less.
    double fontScale() const { return std::min(m_scale, largestScale()); }
    // The largest of the steps from MinScale to MaxScale that the presenter's screen holds.
    double largestScale() const;
    // Clamped to [MinScale, MaxScale], kept in the settings, and applied up to largestScale().
    void setFontScale(double scale);
    void zoomIn();
    void zoomOut();
    void resetZoom();

    // The big figure: a rate in tokens/s, or none yet.
    // `model`: whose answer it was, named in the caption (the header shows the model chosen
    // now, which may be another).
    void showEvalRate(std::optional<double> tokensPerSecond, const QString &model = {});
    QColor rateMarkColor() const { return m_markColor; }
    static QColor markColorFor(double tokensPerSecond);

Q_SIGNALS:
    // Esc, F11 or closing the window: the main window takes the chat page back.
    void leaveRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void applyScale();
    void applySplit();
    void updateHeader();
    void updateEvalRate();
    void describeRate();
    static QString keysHint();

    Core *m_core;
    QPointer<ChatPage> m_page;
    QWidget *m_chatHost;
    QSplitter *m_splitter;
    MonitorCharts *m_charts;
    QLabel *m_server;
    ElidedLabel *m_model;
    QLabel *m_mark;
    QLabel *m_rate;
    QLabel *m_rateCaption;
    QLabel *m_hint;
    QTimer *m_refresh;
    QTimer *m_hintBack; // the hint's usual text comes back after a moment
    QColor m_markColor;
    double m_scale = 2.0;   // chosen
    double m_applied = 0.0; // shown
    QFont m_baseFont;
    // What present() changed on the chat page, put back by takeBack().
    QPointer<QWidget> m_strip;
    QFont m_stripFont;
    QPointer<QWidget> m_serverLine;         // hidden while presenting: the header says it larger
    QList<QPointer<QWidget>> m_hiddenTools; // the page's tool buttons hidden while presenting
    bool m_conversationsWereVisible = true;
    bool m_parametersWereVisible = false;
    bool m_serverDown = false; // the active server is known and does not answer
};
