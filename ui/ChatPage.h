#pragma once

#include <QWidget>

class ChatView;
class Core;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

// Model picker, the conversation, and the input. Ctrl+Enter sends, Esc stops.
class ChatPage final : public QWidget
{
    Q_OBJECT

public:
    explicit ChatPage(Core *core, QWidget *parent = nullptr);

    ChatView *view() const { return m_view; }
    QString currentModel() const;
    void focusInput();
    void showNotice(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void send();
    void reloadModels();
    void updateControls();
    void onActiveServerChanged();

    Core *m_core;
    QComboBox *m_models;
    QLabel *m_serverLabel;
    QLabel *m_notice;
    ChatView *m_view;
    QPlainTextEdit *m_input;
    QPushButton *m_send;
    QPushButton *m_stop;
    QPushButton *m_newChat;
};
