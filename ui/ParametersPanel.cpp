#include "ParametersPanel.h"

#include "Core.h"
#include "Format.h"
#include "OptionalSpinBox.h"
#include "chat/ChatSession.h"
#include "chat/SystemPrompts.h"
#include "providers/Provider.h"
#include "settings/ParameterStore.h"
#include "settings/Settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
// Set on the presets the user saved: they can be deleted.
constexpr int CustomPresetRole = Qt::UserRole + 1;
// The name a preset of the user's is saved under (the list may show it marked as the user's).
constexpr int SavedNameRole = Qt::UserRole + 2;
} // namespace

ParametersPanel::ParametersPanel(Core *core, QWidget *parent)
    : QWidget(parent)
    , m_core(core)
{
    setObjectName(QStringLiteral("parametersPanel"));
    m_scope = new QLabel;
    m_scope->setObjectName(QStringLiteral("parametersScope"));
    m_scope->setWordWrap(true);

    m_presets = new QComboBox;
    m_presets->setObjectName(QStringLiteral("systemPromptPresets"));
    m_presets->setAccessibleName(tr("System prompt preset"));
    m_presets->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_presets->setMinimumContentsLength(8);
    m_systemPrompt = new QPlainTextEdit;
    m_systemPrompt->setObjectName(QStringLiteral("systemPrompt"));
    m_systemPrompt->setAccessibleName(tr("System prompt"));
    m_systemPrompt->setPlaceholderText(tr("No system prompt: the model's own default applies."));
    m_systemPrompt->setMaximumHeight(90);
    m_systemPrompt->setTabChangesFocus(true);
    auto *savePreset = new QPushButton(tr("Save as preset…"));
    savePreset->setToolTip(tr("Keep this system prompt in the preset list"));
    savePreset->setObjectName(QStringLiteral("savePresetButton"));

    m_temperature = OptionalSpinBox::makeDouble(0.0, 2.0, 0.05, QStringLiteral("temperature"));
    m_temperature->setToolTip(tr("Randomness: 0 always picks the likeliest token; higher values "
                                 "vary more."));
    m_topP = OptionalSpinBox::makeDouble(0.01, 1.0, 0.05, QStringLiteral("topP"));
    m_topP->setToolTip(tr("Nucleus sampling: only the likeliest tokens whose probabilities add "
                          "up to this share are considered."));
    m_maxTokens = OptionalSpinBox::makeInt(1, 1'000'000, QStringLiteral("maxTokens"));
    m_maxTokens->setToolTip(tr("The longest answer, in tokens (Ollama num_predict, OpenAI "
                               "max_tokens)."));
    m_seed = OptionalSpinBox::makeInt(0, std::numeric_limits<int>::max(), QStringLiteral("seed"));
    m_seed->setToolTip(tr("The same seed with the same prompt and temperature gives the same "
                          "answer."));
    m_numCtx = OptionalSpinBox::makeInt(256, 1'048'576, QStringLiteral("numCtx"));
    m_numCtx->setSingleStep(1024);
    m_numCtx->setToolTip(tr("Context length in tokens (num_ctx). A longer context takes more "
                            "memory; a change reloads the model."));
    m_numGpu = OptionalSpinBox::makeInt(0, 1024, QStringLiteral("numGpu"));
    m_numGpu->setToolTip(tr("Layers put on the GPU (num_gpu); 0 runs on the CPU only."));
    m_numThread = OptionalSpinBox::makeInt(1, 1024, QStringLiteral("numThread"));
    m_numThread->setToolTip(tr("CPU threads used for the layers on the CPU (num_thread)."));
    m_think = new QComboBox;
    m_think->setObjectName(QStringLiteral("think"));
    m_think->addItem(tr("Default"));
    m_think->addItem(tr("On"), true);
    m_think->addItem(tr("Off"), false);
    m_think->setToolTip(tr("Ask a thinking model to think first (Ollama think). The thinking "
                           "is shown apart from the answer."));
    m_keepAlive = new QComboBox;
    m_keepAlive->setObjectName(QStringLiteral("chatKeepAlive"));
    m_keepAlive->addItem(tr("Default"), QString());
    for (const auto &[label, value] : Format::keepAliveChoices())
        m_keepAlive->addItem(label, value);
    m_keepAlive->setToolTip(tr("How long Ollama keeps the model in memory after the answer "
                               "(keep_alive)."));
    m_timeout = OptionalSpinBox::makeInt(10, 86'400, QStringLiteral("timeout"));
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setToolTip(tr("How long to wait for the model to load or for the next token "
                             "before giving up."));

    m_ollamaOnly = {m_numCtx, m_numGpu, m_numThread, m_think, m_keepAlive};
    for (QWidget *w : std::as_const(m_ollamaOnly))
        m_ownTips.insert(w, w->toolTip());
    for (QComboBox *box : {m_think, m_keepAlive}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(8);
    }

    auto *form = new QFormLayout;
    form->addRow(tr("&Temperature:"), m_temperature);
    form->addRow(tr("Top &p:"), m_topP);
    form->addRow(tr("Max &tokens:"), m_maxTokens);
    form->addRow(tr("&Seed:"), m_seed);
    form->addRow(tr("&Context length:"), m_numCtx);
    form->addRow(tr("&GPU layers:"), m_numGpu);
    form->addRow(tr("CPU t&hreads:"), m_numThread);
    form->addRow(tr("T&hinking:"), m_think);
    form->addRow(tr("&Keep loaded:"), m_keepAlive);
    form->addRow(tr("Time&out:"), m_timeout);

    auto *reset = new QPushButton(tr("Reset"));
    reset->setObjectName(QStringLiteral("resetParameters"));
    reset->setToolTip(tr("Back to the defaults for this model"));
    auto *serverDefaults = new QPushButton(tr("Use for all models"));
    serverDefaults->setObjectName(QStringLiteral("serverDefaultsButton"));
    serverDefaults->setToolTip(tr("Make these values the defaults of this server, for every "
                                  "model that does not set its own"));
    // One above the other, and the preset's buttons on rows of their own: the panel is narrow,
    // and the French labels are long; side by side they were cut at its edge.
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(reset);
    buttons->addWidget(serverDefaults);

    m_deletePreset = new QToolButton;
    m_deletePreset->setObjectName(QStringLiteral("deletePresetButton"));
    m_deletePreset->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    m_deletePreset->setText(tr("Delete preset"));
    m_deletePreset->setToolTip(tr("Take the chosen preset out of the list (the prompt in use "
                                  "stays)"));
    m_deletePreset->setAccessibleName(tr("Delete preset"));
    auto *promptRow = new QHBoxLayout;
    promptRow->addWidget(m_presets, 1);
    promptRow->addWidget(m_deletePreset);
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    saveRow->addWidget(savePreset);

    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("System prompt"));
    title->setStyleSheet(QStringLiteral("font-weight: bold"));
    layout->addWidget(title);
    layout->addLayout(promptRow);
    layout->addWidget(m_systemPrompt);
    layout->addLayout(saveRow);
    auto *paramsTitle = new QLabel(tr("Parameters"));
    paramsTitle->setStyleSheet(QStringLiteral("font-weight: bold"));
    layout->addSpacing(8);
    layout->addWidget(paramsTitle);
    layout->addWidget(m_scope);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addStretch();

    reloadPresets();
    syncSystemPrompt();
    for (QDoubleSpinBox *box : {m_temperature, m_topP})
        connect(box, &QDoubleSpinBox::valueChanged, this, &ParametersPanel::onFormChanged);
    for (QSpinBox *box : {m_maxTokens, m_seed, m_numCtx, m_numGpu, m_numThread, m_timeout})
        connect(box, &QSpinBox::valueChanged, this, &ParametersPanel::onFormChanged);
    for (QComboBox *box : {m_think, m_keepAlive})
        connect(box, &QComboBox::currentIndexChanged, this, &ParametersPanel::onFormChanged);
    connect(reset, &QPushButton::clicked, this, [this] { setFormParameters({}); });
    connect(serverDefaults, &QPushButton::clicked, this, &ParametersPanel::saveAsServerDefaults);
    connect(savePreset, &QPushButton::clicked, this, &ParametersPanel::savePreset);
    connect(m_deletePreset, &QToolButton::clicked, this, &ParametersPanel::deletePreset);
    connect(m_presets, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_deletePreset->setVisible(m_presets->itemData(index, CustomPresetRole).toBool());
    });
    connect(m_presets, &QComboBox::activated, this, &ParametersPanel::onPresetChosen);
    connect(m_systemPrompt, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            m_core->chat()->setSystemPrompt(m_systemPrompt->toPlainText());
    });
    connect(m_core->chat(), &ChatSession::systemPromptChanged, this,
            &ParametersPanel::syncSystemPrompt);
    setTarget({}, nullptr, {});
}

void ParametersPanel::syncSystemPrompt()
{
    const QString prompt = m_core->chat()->systemPrompt();
    if (prompt != m_systemPrompt->toPlainText()) {
        m_loading = true;
        m_systemPrompt->setPlainText(prompt);
        m_loading = false;
    }
    const int index = m_presets->findData(prompt);
    m_presets->setCurrentIndex(prompt.isEmpty() ? 0 : std::max(index, 0));
    if (index < 0 && !prompt.isEmpty())
        m_presets->setCurrentIndex(m_presets->count() - 1); // "Custom"
}

void ParametersPanel::reloadPresets()
{
    QSignalBlocker block(m_presets);
    m_presets->clear();
    m_presets->addItem(tr("No system prompt"), QString());
    for (const SystemPromptPreset &p : SystemPrompts::all(m_core->settings())) {
        m_presets->addItem(p.name, p.text);
        m_presets->setItemData(m_presets->count() - 1, p.text, Qt::ToolTipRole);
        m_presets->setItemData(m_presets->count() - 1, !p.builtIn, CustomPresetRole);
        m_presets->setItemData(m_presets->count() - 1, p.savedName, SavedNameRole);
    }
    m_presets->addItem(tr("Custom"), QStringLiteral("\x01custom"));
    m_deletePreset->setVisible(m_presets->currentData(CustomPresetRole).toBool());
}

void ParametersPanel::deletePreset()
{
    const int index = m_presets->currentIndex();
    if (!m_presets->itemData(index, CustomPresetRole).toBool())
        return;
    SystemPrompts::removeCustom(m_core->settings(),
                                m_presets->itemData(index, SavedNameRole).toString());
    reloadPresets();
    syncSystemPrompt(); // the prompt in use stays: "Custom" now
}

void ParametersPanel::onPresetChosen(int index)
{
    const QString text = m_presets->itemData(index).toString();
    if (text == u"\x01custom") {
        m_systemPrompt->setFocus();
        return;
    }
    m_systemPrompt->setPlainText(text);
}

void ParametersPanel::savePreset()
{
    const QString text = m_systemPrompt->toPlainText().trimmed();
    if (text.isEmpty())
        return;
    // A name the list already shows for something else (a built-in preset, "Custom") cannot be
    // taken; one of the user's own presets can, and the dialog says it is replaced.
    const QList<SystemPromptPreset> presets = SystemPrompts::all(m_core->settings());
    QInputDialog dialog(this);
    dialog.setWindowTitle(tr("Save system prompt"));
    dialog.setInputMode(QInputDialog::TextInput);
    dialog.setLabelText(tr("Name of the preset:"));
    dialog.setTextValue(text.left(40).simplified());
    const auto check = [&](const QString &typed) {
        const QString name = typed.trimmed();
        const auto it = std::find_if(presets.cbegin(), presets.cend(), [&](const auto &p) {
            return p.name.compare(name, Qt::CaseInsensitive) == 0;
        });
        const bool listEntry = name.compare(tr("Custom"), Qt::CaseInsensitive) == 0 ||
                               name.compare(tr("No system prompt"), Qt::CaseInsensitive) == 0;
        const bool taken = listEntry || (it != presets.cend() && it->builtIn);
        QString label = tr("Name of the preset:");
        if (taken)
            label = tr("“%1” is already in the list. Choose another name:").arg(name);
        else if (it != presets.cend())
            label = tr("You have a preset named “%1”: saving replaces its text.").arg(it->name);
        dialog.setLabelText(label);
        if (auto *buttons = dialog.findChild<QDialogButtonBox *>())
            buttons->button(QDialogButtonBox::Ok)->setEnabled(!taken && !name.isEmpty());
    };
    connect(&dialog, &QInputDialog::textValueChanged, &dialog, check);
    check(dialog.textValue());
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString name = dialog.textValue().trimmed();
    // Replacing keeps the preset's own spelling, and the name it is saved under.
    for (const SystemPromptPreset &p : presets) {
        if (!p.builtIn && p.name.compare(name, Qt::CaseInsensitive) == 0)
            name = p.savedName;
    }
    if (name.isEmpty() || !SystemPrompts::saveCustom(m_core->settings(), name, text))
        return;
    reloadPresets();
    // The prompt in use is the preset's text, so that the list shows the preset, not "Custom".
    if (m_systemPrompt->toPlainText() != text)
        m_systemPrompt->setPlainText(text);
    syncSystemPrompt();
}

void ParametersPanel::setTarget(const QString &serverId, Provider *provider, const QString &model)
{
    m_serverId = serverId;
    m_model = model;
    const ServerKind kind = provider ? provider->kind() : ServerKind::Unknown;
    const bool runtime = provider && provider->chat() && provider->chat()->takesRuntimeOptions();
    for (QWidget *w : std::as_const(m_ollamaOnly)) {
        w->setEnabled(runtime);
        // Without a server yet, what the field is; on a server that takes it per request, too.
        w->setToolTip(runtime || !provider
                          ? m_ownTips.value(w)
                          : tr("Only Ollama takes this with each request. For %1, set it where "
                               "the server is started or the model is loaded.")
                                .arg(serverKindName(kind)));
    }
    m_scope->setText(model.isEmpty() ? tr("Choose a model to set its parameters.")
                                     : tr("For %1. “Default” uses this server's defaults, then the "
                                          "server's own.")
                                           .arg(model));
    setEnabled(true);
    m_loading = true;
    setFormParameters(serverId.isEmpty()
                          ? ChatParameters()
                          : ParameterStore::modelParameters(m_core->settings(), serverId, model));
    m_loading = false;
}

ChatParameters ParametersPanel::formParameters() const
{
    ChatParameters p;
    p.temperature = OptionalSpinBox::value(m_temperature);
    p.topP = OptionalSpinBox::value(m_topP);
    p.maxTokens = OptionalSpinBox::value(m_maxTokens);
    p.seed = OptionalSpinBox::value(m_seed);
    p.numCtx = OptionalSpinBox::value(m_numCtx);
    p.numGpu = OptionalSpinBox::value(m_numGpu);
    p.numThread = OptionalSpinBox::value(m_numThread);
    if (m_think->currentIndex() > 0)
        p.think = m_think->currentData().toBool();
    p.keepAlive = m_keepAlive->currentData().toString();
    p.timeoutSeconds = OptionalSpinBox::value(m_timeout);
    return p;
}

void ParametersPanel::setFormParameters(const ChatParameters &p)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    OptionalSpinBox::show(m_temperature, p.temperature);
    OptionalSpinBox::show(m_topP, p.topP);
    OptionalSpinBox::show(m_maxTokens, p.maxTokens);
    OptionalSpinBox::show(m_seed, p.seed);
    OptionalSpinBox::show(m_numCtx, p.numCtx);
    OptionalSpinBox::show(m_numGpu, p.numGpu);
    OptionalSpinBox::show(m_numThread, p.numThread);
    m_think->setCurrentIndex(!p.think ? 0 : (*p.think ? 1 : 2));
    int keep = m_keepAlive->findData(p.keepAlive);
    if (keep < 0) {
        m_keepAlive->addItem(p.keepAlive, p.keepAlive);
        keep = m_keepAlive->count() - 1;
    }
    m_keepAlive->setCurrentIndex(keep);
    OptionalSpinBox::show(m_timeout, p.timeoutSeconds);
    m_loading = wasLoading;
    if (!m_loading)
        onFormChanged();
}

void ParametersPanel::onFormChanged()
{
    if (m_loading)
        return;
    if (!m_serverId.isEmpty() && !m_model.isEmpty())
        ParameterStore::setModelParameters(m_core->settings(), m_serverId, m_model,
                                           formParameters());
    Q_EMIT parametersChanged();
}

void ParametersPanel::saveAsServerDefaults()
{
    if (m_serverId.isEmpty())
        return;
    // What this form sets joins the server's defaults; the others stay.
    ChatParameters defaults = ParameterStore::serverDefaults(m_core->settings(), m_serverId);
    defaults.mergeFrom(formParameters());
    ParameterStore::setServerDefaults(m_core->settings(), m_serverId, defaults);
    // The model now follows the server's defaults.
    setFormParameters({});
}

ChatParameters ParametersPanel::effectiveParameters() const
{
    if (m_serverId.isEmpty())
        return formParameters();
    ChatParameters p = ParameterStore::effective(m_core->settings(), m_serverId, m_model);
    p.mergeFrom(formParameters());
    return p;
}
