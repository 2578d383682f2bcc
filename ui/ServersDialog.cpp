#include "ServersDialog.h"

#include "ConversationExport.h"
#include "Core.h"
#include "Format.h"
#include "OptionalSpinBox.h"
#include "discovery/Discovery.h"
#include "models/ModelCatalog.h"
#include "net/HostAddress.h"
#include "providers/ProviderRegistry.h"
#include "settings/ParameterStore.h"
#include "settings/PhoenixConfig.h"
#include "settings/Settings.h"
#include "settings/TokenPolicy.h"
#include "settings/TokenStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

namespace {
const QList<ServerKind> ForcibleKinds = {ServerKind::Ollama, ServerKind::LmStudio,
                                         ServerKind::LlamaCpp, ServerKind::Vllm,
                                         ServerKind::OpenAiCompatible};

QString documents()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}
} // namespace

ServersDialog::ServersDialog(Core *core, QWidget *parent)
    : QDialog(parent)
    , m_core(core)
{
    setObjectName(QStringLiteral("serversDialog"));
    setWindowTitle(tr("Servers"));

    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("serverProfiles"));
    m_list->setAccessibleName(tr("Servers"));
    m_list->setMinimumWidth(220);
    auto *add = new QPushButton(tr("Add"));
    add->setObjectName(QStringLiteral("addProfile"));
    m_remove = new QPushButton(tr("Remove"));
    m_remove->setObjectName(QStringLiteral("removeProfile"));
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(add);
    listButtons->addWidget(m_remove);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);

    m_address = new QLineEdit;
    m_address->setObjectName(QStringLiteral("profileAddress"));
    m_address->setPlaceholderText(tr("gpu-box:11434 or http://10.0.0.5:1234"));
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("profileName"));
    m_name->setPlaceholderText(tr("Shown instead of the kind and version"));
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("profileKind"));
    m_kind->addItem(tr("Detected"), int(ServerKind::Unknown));
    for (ServerKind k : ForcibleKinds)
        m_kind->addItem(serverKindName(k), int(k));
    m_kind->setToolTip(tr("Force the kind when detection cannot tell (a proxy in front of the "
                          "server, say)"));
    m_defaultModel = new QComboBox;
    m_defaultModel->setObjectName(QStringLiteral("profileDefaultModel"));
    m_defaultModel->setEditable(true);
    m_defaultModel->setToolTip(tr("The model the chat picks for this server when none was "
                                  "chosen before"));
    m_temperature =
        OptionalSpinBox::makeDouble(0.0, 2.0, 0.05, QStringLiteral("profileTemperature"));
    m_maxTokens = OptionalSpinBox::makeInt(1, 1'000'000, QStringLiteral("profileMaxTokens"));
    m_numCtx = OptionalSpinBox::makeInt(256, 1'048'576, QStringLiteral("profileNumCtx"));
    m_numCtx->setSingleStep(1024);
    m_numGpu = OptionalSpinBox::makeInt(0, 1024, QStringLiteral("profileNumGpu"));
    m_numThread = OptionalSpinBox::makeInt(1, 1024, QStringLiteral("profileNumThread"));
    m_timeout = OptionalSpinBox::makeInt(10, 86'400, QStringLiteral("profileTimeout"));
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setToolTip(tr("How long to wait for a model to load or for the next token. "
                             "Default: the one in Preferences."));
    m_enabled = new QCheckBox(tr("Look for this server"));
    m_enabled->setObjectName(QStringLiteral("profileEnabled"));
    m_enabled->setChecked(true);

    m_token = new QLineEdit;
    m_token->setObjectName(QStringLiteral("profileToken"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setAccessibleName(tr("API token"));
    m_token->setToolTip(tr("LM Studio's API token, llama-server's --api-key or a reverse "
                           "proxy's bearer token. Kept in the system keychain only; sent as "
                           "\"Authorization: Bearer\" to this server alone."));
    m_tokenState = new QLabel;
    m_tokenState->setObjectName(QStringLiteral("profileTokenState"));
    m_tokenState->setWordWrap(true);
    m_tokenState->setTextFormat(Qt::PlainText);
    m_removeToken = new QPushButton(tr("Forget token"));
    m_removeToken->setObjectName(QStringLiteral("forgetToken"));
    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_token, 1);
    tokenRow->addWidget(m_removeToken);

    auto *form = new QFormLayout;
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("Default &model:"), m_defaultModel);
    form->addRow(tr("&Temperature:"), m_temperature);
    form->addRow(tr("Ma&x tokens:"), m_maxTokens);
    form->addRow(tr("&Context length:"), m_numCtx);
    form->addRow(tr("&GPU layers:"), m_numGpu);
    form->addRow(tr("CPU t&hreads:"), m_numThread);
    form->addRow(tr("Time&out:"), m_timeout);
    auto *tokenLabel = new QLabel(tr("API tok&en:"));
    tokenLabel->setBuddy(m_token);
    form->addRow(tokenLabel, tokenRow);
    form->addRow(QString(), m_tokenState);
    form->addRow(QString(), m_enabled);
    m_save = new QPushButton(tr("Save"));
    m_save->setObjectName(QStringLiteral("saveProfile"));
    m_save->setDefault(true);
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch();
    saveRow->addWidget(m_save);
    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addLayout(saveRow);
    right->addStretch();

    auto *columns = new QHBoxLayout;
    columns->addLayout(left);
    columns->addLayout(right, 1);

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("serversStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setTextFormat(Qt::PlainText); // server text, shown as written

    auto *importSettings = new QPushButton(tr("Import settings…"));
    auto *exportSettings = new QPushButton(tr("Export settings…"));
    exportSettings->setToolTip(tr("Servers, parameters, presets and preferences as a JSON file. "
                                  "Tokens are never exported."));
    auto *importPhoenix = new QPushButton(tr("Import phoenix.json…"));
    auto *exportPhoenix = new QPushButton(tr("Export phoenix.json…"));
    exportPhoenix->setToolTip(tr("These servers as a Phoenix gateway's providers"));
    auto *bottom = new QDialogButtonBox(QDialogButtonBox::Close);
    bottom->addButton(importSettings, QDialogButtonBox::ActionRole);
    bottom->addButton(exportSettings, QDialogButtonBox::ActionRole);
    bottom->addButton(importPhoenix, QDialogButtonBox::ActionRole);
    bottom->addButton(exportPhoenix, QDialogButtonBox::ActionRole);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_status);
    layout->addWidget(bottom);

    connect(bottom, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, [this] {
        if (mayLeaveForm())
            addNew();
    });
    connect(m_remove, &QPushButton::clicked, this, &ServersDialog::removeCurrent);
    connect(m_save, &QPushButton::clicked, this, &ServersDialog::saveCurrent);
    connect(importSettings, &QPushButton::clicked, this, &ServersDialog::importSettings);
    connect(exportSettings, &QPushButton::clicked, this, &ServersDialog::exportSettings);
    connect(importPhoenix, &QPushButton::clicked, this, &ServersDialog::importPhoenix);
    connect(exportPhoenix, &QPushButton::clicked, this, &ServersDialog::exportPhoenix);
    connect(m_list, &QListWidget::currentRowChanged, this, &ServersDialog::rowChosen);
    connect(m_removeToken, &QPushButton::clicked, this, [this] {
        if (m_currentId.isEmpty())
            return;
        m_core->tokens()->remove(m_currentId);
        if (auto p = m_core->profile(m_currentId)) {
            p->hasToken = false;
            m_core->saveProfile(*p);
        }
        updateTokenState();
        setStatus(tr("The token is forgotten (removed from the keychain)."));
    });
    // A token read late at start-up, or not at all.
    const auto tokenStateChanged = [this](const QString &id) {
        if (id == m_currentId)
            updateTokenState();
    };
    connect(m_core->tokens(), &TokenStore::tokenChanged, this, tokenStateChanged);
    connect(m_core->tokens(), &TokenStore::loadFailed, this, tokenStateChanged);
    connect(m_core->tokens(), &TokenStore::saved, this,
            [this](const QString &id, bool inKeychain, const QString &message) {
                if (id == m_currentId) {
                    setStatus(message, !inKeychain);
                    updateTokenState();
                }
            });
    reloadList();
    // Servers found, gone or renamed while the dialog is open, and models read late.
    connect(m_core->discovery(), &Discovery::serverUpdated, this, &ServersDialog::syncList);
    connect(m_core->discovery(), &Discovery::serverRemoved, this, &ServersDialog::syncList);
    connect(m_core, &Core::profilesChanged, this, &ServersDialog::syncList);
    connect(m_core->models(), &ModelCatalog::modelsChanged, this, [this](const QString &id) {
        if (id == m_currentId)
            fillModels(m_defaultModel->currentText());
    });
    connect(m_core->discovery(), &Discovery::serverUpdated, this, [this](const ServerInfo &info) {
        if (info.id() != m_currentId)
            return;
        // Only a problem the server had gives way to its recovery: a warning about the token
        // or the address the user typed stays.
        const ServerInfo shown = m_core->providers()->effective(info);
        if (shown.problem.isError()) {
            setStatus(shown.problem.message, true);
            m_statusIsServerProblem = true;
        } else if (m_statusIsServerProblem && shown.isUsable()) {
            setStatus(
                tr("Found %1 at %2.").arg(Format::serverTitle(shown), Format::hostPort(info.url)));
        }
    });
    resize(820, 560);
}

QString ServersDialog::status() const
{
    return m_status->text();
}

void ServersDialog::setStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("color: #b3261e") : QString());
    m_statusIsServerProblem = false; // the server's own, when it is, is marked by the caller
}

void ServersDialog::syncList()
{
    QStringList ids;
    QStringList titles;
    auto add = [&ids, &titles](const QString &id, const QString &title) {
        if (!ids.contains(id)) {
            ids.append(id);
            titles.append(title);
        }
    };
    const QList<ServerProfile> profiles = m_core->profiles();
    for (const ServerInfo &info : m_core->discovery()->servers()) {
        QString title = Format::serverTitle(info);
        for (const ServerProfile &p : profiles) {
            if (p.id() == info.id() && !p.name.isEmpty())
                title = p.name;
        }
        add(info.id(), title + QStringLiteral("\n") + Format::hostPort(info.url));
    }
    for (const ServerProfile &p : profiles)
        add(p.id(), (p.name.isEmpty() ? Format::hostPort(p.url) : p.name) + QStringLiteral("\n") +
                        Format::hostPort(p.url));
    // The server in the form keeps its row while it is shown, even once it is gone.
    if (const QListWidgetItem *shown = itemFor(m_currentId); shown && !ids.contains(m_currentId))
        add(m_currentId, shown->text());
    QStringList listed;
    for (int i = 0; i < m_list->count(); ++i)
        listed.append(m_list->item(i)->data(Qt::UserRole).toString());
    if (listed == ids) { // titles only: the selection and the scrolling stay
        for (int i = 0; i < m_list->count(); ++i)
            m_list->item(i)->setText(titles.at(i));
        return;
    }
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (qsizetype i = 0; i < ids.size(); ++i) {
        auto *item = new QListWidgetItem(titles.at(i), m_list);
        item->setData(Qt::UserRole, ids.at(i));
        item->setToolTip(ids.at(i));
    }
    setCurrentRowQuietly(m_currentId);
}

void ServersDialog::reloadList(const QString &select)
{
    m_currentId.clear(); // shown afresh: the row of a server gone goes too
    syncList();
    const QListWidgetItem *item = itemFor(select);
    if (!item && m_list->count() > 0)
        item = m_list->item(0);
    if (!item) {
        addNew();
        return;
    }
    const QString id = item->data(Qt::UserRole).toString();
    setCurrentRowQuietly(id);
    showServer(id);
}

QListWidgetItem *ServersDialog::itemFor(const QString &id) const
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toString() == id)
            return m_list->item(i);
    }
    return nullptr;
}

QString ServersDialog::listedAs(const QUrl &url, const QString &except) const
{
    QStringList ids;
    for (int i = 0; i < m_list->count(); ++i)
        ids.append(m_list->item(i)->data(Qt::UserRole).toString());
    for (const ServerProfile &p : m_core->profiles())
        ids.append(p.id());
    for (const QString &id : std::as_const(ids)) {
        if (id != except && Net::sameServer(url, QUrl(id)))
            return id;
    }
    return {};
}

QString ServersDialog::titleOf(const QString &id) const
{
    const QListWidgetItem *item = itemFor(id);
    return item ? item->text().section(u'\n', 0, 0) : Format::hostPort(QUrl(id));
}

void ServersDialog::setCurrentRowQuietly(const QString &id)
{
    const QSignalBlocker block(m_list);
    const QListWidgetItem *item = id.isEmpty() ? nullptr : itemFor(id);
    m_list->setCurrentRow(item ? m_list->row(item) : -1);
}

QVariantList ServersDialog::formValues() const
{
    // A token typed counts, but is not copied.
    QVariantList values{m_address->text().trimmed(), m_name->text().trimmed(),
                        m_kind->currentData(),       m_defaultModel->currentText().trimmed(),
                        m_enabled->isChecked(),      !m_token->text().isEmpty(),
                        m_temperature->value()};
    for (const QSpinBox *box : {m_maxTokens, m_numCtx, m_numGpu, m_numThread, m_timeout})
        values.append(box->value());
    return values;
}

bool ServersDialog::mayLeaveForm()
{
    if (formValues() == m_shown)
        return true;
    QMessageBox box(QMessageBox::Question, tr("Unsaved changes"),
                    m_currentId.isEmpty()
                        ? tr("The new server is not saved.")
                        : tr("Your changes to %1 are not saved.").arg(titleOf(m_currentId)),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setInformativeText(tr("Save now, or discard what you typed?"));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return saveCurrent(); // when it cannot, the status line says why
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

void ServersDialog::reject()
{
    if (mayLeaveForm())
        QDialog::reject();
}

void ServersDialog::rowChosen(int row)
{
    if (row < 0)
        return;
    const QString id = m_list->item(row)->data(Qt::UserRole).toString();
    if (formValues() == m_shown) {
        showServer(id);
        return;
    }
    // Asked once the list is done with the click or key that moved it: its own handling
    // would undo putting the row back.
    const bool asking = !m_chosenId.isEmpty();
    m_chosenId = id;
    if (!asking)
        QTimer::singleShot(0, this, &ServersDialog::leaveForChosenRow);
}

void ServersDialog::leaveForChosenRow()
{
    const QString id = std::exchange(m_chosenId, QString());
    if (id != m_currentId && mayLeaveForm() && itemFor(id)) {
        setCurrentRowQuietly(id);
        showServer(id);
    } else {
        setCurrentRowQuietly(m_currentId);
    }
}

void ServersDialog::select(const QString &serverId)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toString() == serverId)
            m_list->setCurrentRow(i);
    }
}

void ServersDialog::showServer(const QString &id)
{
    m_currentId = id;
    ServerProfile p;
    p.url = QUrl(id);
    if (const auto saved = m_core->profile(id))
        p = *saved;
    m_address->setText(id);
    m_name->setText(p.name);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(p.kind))));
    fillModels(p.defaultModel);
    OptionalSpinBox::show(m_temperature, p.defaults.temperature);
    OptionalSpinBox::show(m_maxTokens, p.defaults.maxTokens);
    OptionalSpinBox::show(m_numCtx, p.defaults.numCtx);
    OptionalSpinBox::show(m_numGpu, p.defaults.numGpu);
    OptionalSpinBox::show(m_numThread, p.defaults.numThread);
    OptionalSpinBox::show(m_timeout, p.defaults.timeoutSeconds);
    m_enabled->setChecked(p.enabled);
    m_token->clear();
    m_remove->setEnabled(true);
    updateTokenState();
    // What is wrong with it now, and what to do.
    const auto found = m_core->discovery()->server(id);
    const std::optional<ServerInfo> info =
        found ? std::optional(m_core->providers()->effective(*found)) : std::nullopt;
    const bool problem = info && info->problem.isError();
    setStatus(problem ? info->problem.message : QString(), problem);
    m_statusIsServerProblem = problem;
    m_shown = formValues();
}

void ServersDialog::fillModels(const QString &chosen)
{
    QStringList models;
    for (const ModelInfo &m : m_core->models()->models(m_currentId)) {
        if (!m.isEmbedding())
            models.append(m.id);
    }
    QStringList shown;
    for (int i = 0; i < m_defaultModel->count(); ++i)
        shown.append(m_defaultModel->itemText(i));
    if (shown != models) {
        m_defaultModel->clear();
        m_defaultModel->addItems(models);
    }
    m_defaultModel->setCurrentText(chosen);
}

void ServersDialog::updateTokenState()
{
    TokenStore *tokens = m_core->tokens();
    const QString &id = m_currentId;
    const bool has = !id.isEmpty() && tokens->hasToken(id);
    // The keychain holds one it could not give (locked, or none answered at start-up).
    const QString unread = has || id.isEmpty() ? QString() : tokens->readError(id);
    m_removeToken->setEnabled(has || !unread.isEmpty());
    m_token->setPlaceholderText(
        has || !unread.isEmpty() ? tr("A token is set; type a new one to replace it") : tr("None"));
    m_tokenState->setStyleSheet(unread.isEmpty() ? QString() : QStringLiteral("color: #b3261e"));
    if (has && tokens->isForThisRunOnly(id))
        m_tokenState->setText(tr("Kept for this run only: no system keychain answered."));
    else if (has)
        m_tokenState->setText(tr("Kept in the system keychain."));
    else if (!unread.isEmpty())
        m_tokenState->setText(
            tr("A token is saved for this server, but the system keychain could not give it "
               "(%1), so requests go without it. Unlock or start your keyring and restart "
               "LocalForge, or type the token again and Save.")
                .arg(unread));
    else if (!id.isEmpty() && tokens->isReading(id))
        m_tokenState->setText(tr("Reading the token from the system keychain…"));
    else
        m_tokenState->setText(tr("No token: requests go without an Authorization header."));
}

void ServersDialog::addNew()
{
    setCurrentRowQuietly({}); // a click on the row shown before shows it again
    m_currentId.clear();
    m_address->clear();
    m_name->clear();
    m_kind->setCurrentIndex(0);
    m_defaultModel->clear();
    for (QSpinBox *box : {m_maxTokens, m_numCtx, m_numGpu, m_numThread, m_timeout})
        OptionalSpinBox::show(box, std::nullopt);
    OptionalSpinBox::show(m_temperature, std::nullopt);
    m_enabled->setChecked(true);
    m_token->clear();
    m_remove->setEnabled(false);
    updateTokenState();
    setStatus(tr("Type the new server's address, then Save."));
    m_address->setFocus();
    m_shown = formValues();
}

bool ServersDialog::saveCurrent()
{
    QString secret; // a password written in the address: never kept there
    const auto saved = m_core->profile(m_currentId);
    // An address the user did not touch stays as it was saved (and keeps its id, its token
    // and what is kept under it), whatever reading a typed address does today.
    const bool untouched = saved && m_address->text() == m_currentId;
    const QUrl url = untouched ? saved->url : normalizeServerUrl(m_address->text(), &secret);
    if (!url.isValid()) {
        setStatus(tr("“%1” is not a server address. Write it as host:port or http://host:port, "
                     "for example 192.168.1.20:11434.")
                      .arg(m_address->text()),
                  true);
        return false;
    }
    ServerProfile p;
    if (saved)
        p = *saved;
    p.url = url;
    p.name = m_name->text().trimmed();
    p.kind = ServerKind(m_kind->currentData().toInt());
    p.defaultModel = m_defaultModel->currentText().trimmed();
    ChatParameters &d = p.defaults;
    d.temperature = OptionalSpinBox::value(m_temperature);
    d.maxTokens = OptionalSpinBox::value(m_maxTokens);
    d.numCtx = OptionalSpinBox::value(m_numCtx);
    d.numGpu = OptionalSpinBox::value(m_numGpu);
    d.numThread = OptionalSpinBox::value(m_numThread);
    d.timeoutSeconds = OptionalSpinBox::value(m_timeout);
    p.enabled = m_enabled->isChecked();
    const QString previous = m_currentId;
    if (p.id() != previous) {
        // Another server in the list, under this address or another name for it: saving over
        // it would lose its own settings.
        if (const QString listed = listedAs(url, previous); !listed.isEmpty()) {
            setStatus(tr("Not saved: %1 is already in the list, as “%2”. Select it there to "
                         "change its settings, or type another address.")
                          .arg(Format::hostPort(url), titleOf(listed)),
                      true);
            return false;
        }
    }
    // The address stays as typed (a password in it too) until it is saved: a question
    // answered Cancel below leaves the form as it was.
    QString token = m_token->text().trimmed();
    if (!secret.isEmpty() && token.isEmpty()) {
        const auto answer = QMessageBox::question(
            this, tr("Password in the address"),
            tr("The address holds a user name or password. LocalForge never keeps them in an "
               "address (it would show in settings, exports and conversations).\n\nKeep the "
               "password as this server's API token, in the system keychain?"),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        if (answer == QMessageBox::Yes)
            token = secret; // asked about below like a typed token
    }
    bool carryToken = false;
    // A token saved for the old address that the keychain has not given (still reading it, or
    // locked): it can neither be sent to the new address nor be asked about, and moving the
    // address would drop it. The address waits; typing the token again lets it change.
    if (!previous.isEmpty() && previous != p.id() && token.isEmpty() && saved && saved->hasToken &&
        !m_core->tokens()->hasToken(previous)) {
        setStatus(m_core->tokens()->isReading(previous)
                      ? tr("Not saved: the token of %1 is still being read from the system "
                           "keychain. Save again in a moment, so that it can go with the new "
                           "address.")
                            .arg(Format::hostPort(QUrl(previous)))
                      : tr("Not saved: the token of %1 could not be read from the system "
                           "keychain, and changing the address would lose it. Unlock your "
                           "keyring and restart LocalForge, or type the token again and Save.")
                            .arg(Format::hostPort(QUrl(previous))),
                  true);
        return false;
    }
    if (!previous.isEmpty() && previous != p.id() && token.isEmpty() &&
        m_core->tokens()->hasToken(previous)) {
        // The token would go to a new address: another host, or in clear. Asked again.
        QString text = tr("The token saved for %1 would now be sent to %2.")
                           .arg(Format::hostPort(QUrl(previous)), Format::hostPort(url));
        if (tokenTravelsInClear(url))
            text += u' ' + tr("%1 is reached over plain http, so anyone on the network between "
                              "here and there can read the token.")
                               .arg(Format::hostPort(url));
        QMessageBox box(QMessageBox::Warning, tr("Token for a new address"),
                        text + QStringLiteral("\n\n") + tr("Send the token to the new address?"),
                        QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, this);
        box.button(QMessageBox::Yes)->setText(tr("Send it there"));
        box.button(QMessageBox::No)->setText(tr("Forget the token"));
        box.setDefaultButton(QMessageBox::Cancel);
        const int answer = box.exec();
        if (answer == QMessageBox::Cancel) {
            setStatus(tr("Not saved: the token was not confirmed for the new address."), true);
            return false;
        }
        carryToken = answer == QMessageBox::Yes;
    }
    if (!token.isEmpty() && tokenTravelsInClear(url)) {
        const auto answer = QMessageBox::warning(
            this, tr("Token over plain http"),
            tr("%1 is reached over plain http, so anyone on the network between here and "
               "there can read the token. Use https (a reverse proxy) if you can.\n\nSend the "
               "token over http anyway?")
                .arg(Format::hostPort(url)),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes) {
            setStatus(tr("Not saved: the token would travel in clear."), true);
            return false;
        }
    }
    p.hasToken = !token.isEmpty() || carryToken || m_core->tokens()->hasToken(p.id()) ||
                 (p.hasToken && p.id() == previous);
    m_core->saveProfile(p, previous, carryToken);
    if (!token.isEmpty())
        m_core->tokens()->save(p.id(), token); // the keychain answers through `saved`
    m_token->clear();
    reloadList(p.id());
    setStatus(tr("Saved. LocalForge is asking the server now; its state shows in the list on the "
                 "left of the window."));
    return true;
}

void ServersDialog::removeCurrent()
{
    if (m_currentId.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Remove server"),
        tr("Forget %1, its settings and its token? A server found on this machine is still "
           "listed while it runs.")
            .arg(m_currentId),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    m_core->removeServer(m_currentId);
    reloadList();
}

void ServersDialog::exportSettings()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export settings"), QDir(documents()).filePath(QStringLiteral("localforge.json")),
        tr("JSON (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    const QByteArray data = QJsonDocument(m_core->settings().exportJson()).toJson();
    if (!ConversationExport::write(path, data, &error))
        setStatus(error, true);
    else
        setStatus(tr("Settings exported to %1 (without tokens).").arg(path));
}

void ServersDialog::importSettings()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import settings"), documents(), tr("JSON (*.json)"));
    if (!path.isEmpty())
        importSettingsFile(path);
}

void ServersDialog::importSettingsFile(const QString &path)
{
    // A settings file is a few kilobytes: a bigger one is not one, and is not read whole.
    constexpr qint64 LargestSettingsFile = 4 * 1024 * 1024;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        setStatus(tr("Could not read %1: %2.").arg(path, file.errorString()), true);
        return;
    }
    if (file.size() > LargestSettingsFile) {
        setStatus(tr("%1 is too large to be LocalForge's settings (%2 MB). Choose the file "
                     "“Export settings…” wrote.")
                      .arg(path)
                      .arg(file.size() / (1024 * 1024)),
                  true);
        return;
    }
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    if (!mayLeaveForm()) // the form is shown again from what was imported
        return;
    if (const ApiError error = m_core->settings().importJson(json); error.isError()) {
        setStatus(error.message, true);
        return;
    }
    reloadList(); // before the status: the list's reload sets a status of its own
    setStatus(tr("Settings imported and applied; tokens were not part of the file. A new "
                 "language takes effect at the next start."));
}

void ServersDialog::importPhoenix()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import phoenix.json"), documents(),
                                                      tr("JSON (*.json)"));
    if (!path.isEmpty())
        importPhoenixFile(path);
}

void ServersDialog::importPhoenixFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        setStatus(tr("Could not read %1: %2.").arg(path, file.errorString()), true);
        return;
    }
    // Inside a container, host.docker.internal is the way to the host and stays as it is.
    const bool runningOnHost = !QFile::exists(QStringLiteral("/.dockerenv"));
    const PhoenixImport imported = PhoenixConfig::fromJson(file.readAll(), runningOnHost);
    if (imported.error.isError()) {
        setStatus(imported.error.message, true);
        return;
    }
    if (!mayLeaveForm()) // the form is shown again from what was imported
        return;
    QHash<QString, ServerProfile> known;
    for (const ServerProfile &p : m_core->profiles())
        known.insert(p.id(), p);
    QStringList updated;
    for (const ServerProfile &p : imported.profiles) {
        ServerProfile existing;
        if (const auto it = known.constFind(p.id()); it != known.cend()) {
            existing = *it;
            updated.append(existing.name.isEmpty() ? p.id() : existing.name);
        } else {
            // A server without a profile (a local one found by itself) may have defaults too.
            existing.defaults = ParameterStore::serverDefaults(m_core->settings(), p.id());
        }
        const ServerProfile merged = PhoenixConfig::reimported(p, existing);
        m_core->saveProfile(merged);
        known.insert(merged.id(), merged);
    }
    QString text = tr("Imported %n provider(s) from %1.", nullptr, int(imported.profiles.size()))
                       .arg(QFileInfo(path).fileName());
    updated.removeDuplicates();
    if (!updated.isEmpty())
        text += u' ' + tr("Already set up, updated with the file's values; their names and other "
                          "defaults were kept: %1.")
                           .arg(updated.join(tr(", ")));
    if (!imported.warnings.isEmpty())
        text += u' ' + imported.warnings.join(u' ');
    reloadList(); // first: showing the selected server sets the status line
    setStatus(text, !imported.warnings.isEmpty());
}

void ServersDialog::exportPhoenix()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export phoenix.json"), QDir(documents()).filePath(QStringLiteral("phoenix.json")),
        tr("JSON (*.json)"));
    if (path.isEmpty())
        return;
    QString defaultProvider;
    if (const auto active = m_core->profile(m_core->providers()->activeServerId()))
        defaultProvider = active->gatewayName.isEmpty() ? active->name : active->gatewayName;
    QString error;
    if (!ConversationExport::write(path, PhoenixConfig::toJson(m_core->profiles(), defaultProvider),
                                   &error))
        setStatus(error, true);
    else
        setStatus(tr("Exported %1 (without tokens).").arg(path));
}
