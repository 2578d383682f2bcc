#include "ApiCallDialog.h"

#include "ConversationExport.h"
#include "Core.h"
#include "Format.h"
#include "chat/ChatSession.h"
#include "providers/Provider.h"
#include "providers/ProviderRegistry.h"
#include "settings/TokenStore.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {
QPlainTextEdit *codeView(const QString &name)
{
    auto *edit = new QPlainTextEdit;
    edit->setObjectName(name);
    edit->setReadOnly(true);
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return edit;
}
} // namespace

ApiCallDialog::ApiCallDialog(Core *core, const QString &model, const QString &draft,
                             const ChatParameters &parameters, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("apiCallDialog"));
    setWindowTitle(tr("Show me the API call"));
    Provider *provider = core->providers()->activeProvider();
    if (provider) {
        m_target.kind = provider->kind();
        m_target.baseUrl = provider->baseUrl();
        // The snippets read the token from the environment; its value never goes in them.
        if (core->tokens()->hasToken(provider->baseUrl().toString(QUrl::StripTrailingSlash)))
            m_target.tokenEnvVar = tokenVariable();
    }
    m_request = core->chat()->nextRequest(draft, model.isEmpty() ? tr("MODEL") : model, parameters);

    auto *intro = new QLabel;
    intro->setObjectName(QStringLiteral("apiCallIntro"));
    intro->setWordWrap(true);
    intro->setTextInteractionFlags(Qt::TextSelectableByMouse);
    intro->setText(
        provider
            ? (draft.trimmed().isEmpty()
                   ? tr("The request LocalForge sends to %1 at %2 for the conversation so far, "
                        "with the system prompt and parameters in use. Paste it in a terminal, "
                        "start a script from it, or import the workflow into n8n.")
                   : tr("The request LocalForge sends to %1 at %2 for the conversation so far "
                        "and the message being written, with the system prompt and parameters "
                        "in use. Paste it in a terminal, start a script from it, or import the "
                        "workflow into n8n."))
                      .arg(serverKindName(m_target.kind), Format::hostPort(m_target.baseUrl)) +
                  (m_target.tokenEnvVar.isEmpty()
                       ? QString()
                       : u' ' + tr("This server needs its API token: set %1 to it first (for "
                                   "example `export %1=…`); the snippets read it from there.")
                                    .arg(m_target.tokenEnvVar))
            : tr("No server is selected: the snippets use no address. Pick a server on the "
                 "left first."));

    m_curl = codeView(QStringLiteral("curlSnippet"));
    m_python = codeView(QStringLiteral("pythonSnippet"));
    m_n8n = codeView(QStringLiteral("n8nSnippet"));
    m_curl->setPlainText(ApiSnippets::curl(m_target, m_request));
    m_python->setPlainText(ApiSnippets::python(m_target, m_request));
    m_docker = new QCheckBox(tr("n8n runs in Docker on this machine (use host.docker.internal)"));
    m_docker->setObjectName(QStringLiteral("n8nDocker"));
    connect(m_docker, &QCheckBox::toggled, this, &ApiCallDialog::updateN8n);
    updateN8n();

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("apiCallTabs"));
    m_tabs->addTab(makeTab(m_curl, QStringLiteral("chat.sh"), tr("Shell script (*.sh)")),
                   tr("curl"));
    m_tabs->addTab(
        makeTab(m_python, QStringLiteral("local_llm_client.py"), tr("Python script (*.py)")),
        tr("Python"));
    m_tabs->addTab(makeTab(m_n8n, QStringLiteral("localforge-workflow.json"),
                           tr("n8n workflow (*.json)"), m_docker),
                   tr("n8n"));

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(close);
    resize(760, 560);
}

QWidget *ApiCallDialog::makeTab(QPlainTextEdit *edit, const QString &fileName,
                                const QString &filter, QWidget *extra)
{
    auto *page = new QWidget;
    auto *copy = new QPushButton(tr("Copy"));
    copy->setObjectName(edit->objectName() + QStringLiteral("Copy"));
    auto *save = new QPushButton(tr("Save…"));
    save->setObjectName(edit->objectName() + QStringLiteral("Save"));
    auto *done = new QLabel;
    connect(copy, &QPushButton::clicked, this, [edit, done] {
        QGuiApplication::clipboard()->setText(edit->toPlainText());
        done->setText(tr("Copied"));
    });
    connect(save, &QPushButton::clicked, this, [this, edit, fileName, filter, done] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save"),
            QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                .filePath(fileName),
            filter);
        if (path.isEmpty())
            return;
        QString error;
        if (!ConversationExport::write(path, edit->toPlainText().toUtf8(), &error)) {
            QMessageBox::warning(this, tr("Save"), error);
            return;
        }
        done->setText(tr("Saved"));
    });
    auto *row = new QHBoxLayout;
    if (extra)
        row->addWidget(extra);
    row->addStretch();
    row->addWidget(done);
    row->addWidget(copy);
    row->addWidget(save);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(edit, 1);
    layout->addLayout(row);
    return page;
}

void ApiCallDialog::updateN8n()
{
    m_n8n->setPlainText(ApiSnippets::n8nWorkflow(m_target, m_request, m_docker->isChecked()));
}

QString ApiCallDialog::tokenVariable()
{
    return QStringLiteral("LOCALFORGE_API_TOKEN");
}

QString ApiCallDialog::curlText() const
{
    return m_curl->toPlainText();
}

QString ApiCallDialog::pythonText() const
{
    return m_python->toPlainText();
}

QString ApiCallDialog::n8nText() const
{
    return m_n8n->toPlainText();
}
