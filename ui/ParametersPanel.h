#pragma once

#include "providers/ChatTypes.h"

#include <QHash>
#include <QWidget>

class Core;
class Provider;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QToolButton;

// The system prompt (with presets) and the request parameters of the model in use, kept per
// server and model. "Default" leaves a value to the server profile, then to the server.
class ParametersPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ParametersPanel(Core *core, QWidget *parent = nullptr);

    // The server (null: none) and model the fields are for.
    void setTarget(const QString &serverId, Provider *provider, const QString &model);
    // What the next request sends: the server's defaults, then this model's values.
    ChatParameters effectiveParameters() const;
    // The values set for this model alone (what the form shows).
    ChatParameters formParameters() const;
    void setFormParameters(const ChatParameters &parameters);

Q_SIGNALS:
    void parametersChanged();

private:
    void onFormChanged();
    void onPresetChosen(int index);
    void reloadPresets();
    void savePreset();
    void deletePreset();
    void saveAsServerDefaults();
    void syncSystemPrompt();

    Core *m_core;
    QString m_serverId;
    QString m_model;
    bool m_loading = false;

    QLabel *m_scope;
    QToolButton *m_deletePreset = nullptr;
    QComboBox *m_presets;
    QPlainTextEdit *m_systemPrompt;
    QDoubleSpinBox *m_temperature;
    QDoubleSpinBox *m_topP;
    QSpinBox *m_maxTokens;
    QSpinBox *m_seed;
    QSpinBox *m_numCtx;
    QSpinBox *m_numGpu;
    QSpinBox *m_numThread;
    QComboBox *m_think;
    QComboBox *m_keepAlive;
    QSpinBox *m_timeout;
    QList<QWidget *> m_ollamaOnly;
    QHash<QWidget *, QString> m_ownTips; // theirs, for a server that takes them
};
