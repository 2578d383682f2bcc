#pragma once

#include <QWidget>

#include <functional>

struct ChatMessage;

class ChatView;
class ConversationsPanel;
class Core;
class ElidedLabel;
class ParametersPanel;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QSplitter;
class QTimer;

// The saved conversations, the model picker, the conversation, the input, and the system
// prompt and parameters. Ctrl+Enter sends, Esc stops.
class ChatPage final : public QWidget
{
    Q_OBJECT

public:
    explicit ChatPage(Core *core, QWidget *parent = nullptr);

    QString currentModel() const;
    void focusInput();
    // Replaces what the input holds (the next message, not sent yet).
    void setDraft(const QString &text);
    void showNotice(const QString &text);
    // A notice with a button that fixes what it says (pull the missing model, say).
    void showNotice(const QString &text, const QString &actionText, std::function<void()> action);
    QString notice() const;
    QString noticeAction() const;
    void setParametersVisible(bool visible);
    // The saved conversations beside the chat (the presenter view hides them).
    bool conversationsVisible() const;
    void setConversationsVisible(bool visible);

    void send();
    void regenerate();
    void editLastQuestion();
    void showApiCall();
    void exportConversation(const QString &id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void reloadModels();
    // Marks the models the server holds in memory now (Ollama's list does not say).
    void markLoaded();
    void fitModelPicker();
    void updateControls();
    void onActiveServerChanged();
    void updateParametersTarget();
    void flash(const QString &text);
    void offerFix(const ChatMessage &message);

    Core *m_core;
    ConversationsPanel *m_conversations;
    ParametersPanel *m_parameters;
    QScrollArea *m_parametersArea;
    QComboBox *m_models;
    ElidedLabel *m_serverLabel;
    QLabel *m_flash;
    QTimer *m_flashTimer;
    QLabel *m_notice;
    QPushButton *m_noticeAction;
    std::function<void()> m_noticeActionRun;
    bool m_noticeIsAboutModels = false; // says the server has no models, or why they failed
    ChatView *m_view;
    QPlainTextEdit *m_input;
    QPushButton *m_send;
    QPushButton *m_stop;
    QPushButton *m_regenerate;
    QPushButton *m_parametersButton;
    QPushButton *m_apiCall;
    QPushButton *m_export;
};
