#pragma once

#include "chat/ApiSnippets.h"

#include <QDialog>

class Core;
class QCheckBox;
class QPlainTextEdit;
class QTabWidget;

// "Show me the API call": the request the current conversation makes, as a curl command, a
// Python client and an n8n workflow, each with Copy and Save.
class ApiCallDialog final : public QDialog
{
    Q_OBJECT

public:
    ApiCallDialog(Core *core, const QString &model, const QString &draft,
                  const ChatParameters &parameters, QWidget *parent = nullptr);

    // The environment variable the snippets read a server's token from.
    static QString tokenVariable();
    QString curlText() const;
    QString pythonText() const;
    QString n8nText() const;

private:
    QWidget *makeTab(QPlainTextEdit *edit, const QString &fileName, const QString &filter,
                     QWidget *extra = nullptr);
    void updateN8n();

    ApiCallTarget m_target;
    ChatRequest m_request;
    QTabWidget *m_tabs;
    QPlainTextEdit *m_curl;
    QPlainTextEdit *m_python;
    QPlainTextEdit *m_n8n;
    QCheckBox *m_docker;
};
