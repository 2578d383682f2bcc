#include "EmptyStatePage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

EmptyStatePage::EmptyStatePage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("emptyStatePage"));
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("emptyStateTitle"));
    auto *title = m_title;
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    title->setFont(f);

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("scanStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText); // server addresses and their words, as they are

    const QString code =
        QStringLiteral("<pre style='background:#f3f4f6;color:#111;padding:6px;'>%1</pre>");
    auto *help = new QLabel(
        tr("<p>LocalForge looks on 127.0.0.1 at ports 11434 (Ollama), 1234 (LM Studio), "
           "8080 and 9931 (llama.cpp) and 8000 (vLLM), and at OLLAMA_HOST.</p>"
           "<p><b>Ollama</b>: start it with</p>%1"
           "<p>or in Docker:</p>%2"
           "<p><b>LM Studio</b>: open the Developer tab and switch on “Start server”, or run</p>%3"
           "<p><b>llama.cpp</b>:</p>%4"
           "<p>LocalForge notices a server a few seconds after it starts.</p>")
            .arg(code.arg(QStringLiteral("ollama serve")),
                 code.arg(QStringLiteral("docker run -d -p 11434:11434 -v ollama:/root/.ollama "
                                         "--name ollama ollama/ollama")),
                 code.arg(QStringLiteral("lms server start")),
                 code.arg(QStringLiteral("llama-server -m model.gguf --port 8080"))));
    help->setObjectName(QStringLiteral("emptyStateHelp"));
    help->setWordWrap(true);
    help->setTextFormat(Qt::RichText);
    help->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *add = new QPushButton(tr("Add a remote host…"));
    add->setObjectName(QStringLiteral("emptyAddServerButton"));
    add->setToolTip(tr("A GPU box or a Docker host on your network"));
    auto *rescan = new QPushButton(tr("Scan again"));
    rescan->setObjectName(QStringLiteral("emptyRescanButton"));
    auto *servers = new QPushButton(tr("Servers…"));
    servers->setObjectName(QStringLiteral("emptyServersButton"));
    servers->setToolTip(tr("Set a server's API token, address or kind"));
    m_servers = servers;
    connect(servers, &QPushButton::clicked, this, &EmptyStatePage::serversRequested);
    connect(add, &QPushButton::clicked, this, &EmptyStatePage::addServerRequested);
    connect(rescan, &QPushButton::clicked, this, &EmptyStatePage::rescanRequested);
    auto *monitor = new QPushButton(tr("Open the Monitor"));
    monitor->setObjectName(QStringLiteral("emptyMonitorButton"));
    monitor->setToolTip(tr("Watch this machine's memory and GPU while a server starts"));
    connect(monitor, &QPushButton::clicked, this, &EmptyStatePage::monitorRequested);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(rescan);
    buttons->addWidget(servers);
    buttons->addWidget(monitor);
    buttons->addStretch();

    auto *column = new QVBoxLayout;
    column->addWidget(title);
    column->addWidget(m_status);
    column->addWidget(help);
    column->addLayout(buttons);
    column->addStretch();
    auto *outer = new QHBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(column, 4);
    outer->addStretch(1);
    setScanning(true);
}

void EmptyStatePage::setScanning(bool scanning, const QStringList &answered,
                                 const QStringList &added)
{
    m_servers->setVisible(!answered.isEmpty() || !added.isEmpty());
    // The title says where the search stands: at a first start this page shows while the
    // first round runs, before any server had a chance to answer.
    QString status;
    if (scanning) {
        m_title->setText(tr("Looking for LLM servers…"));
        status = tr("Looking for servers…");
    } else if (answered.isEmpty()) {
        m_title->setText(tr("No LLM server found"));
        status = tr("Nothing answered. Start a server, or add one by address.");
    } else {
        m_title->setText(tr("A server answered but cannot be used yet"));
        status = answered.join(u'\n');
    }
    // The servers the user named are not forgotten while they are down: each says why.
    if (!scanning && !added.isEmpty()) {
        status += u"\n\n" + tr("Servers you added:");
        for (const QString &why : added)
            status += QStringLiteral("\n• ") + why;
    }
    m_status->setText(status);
}
