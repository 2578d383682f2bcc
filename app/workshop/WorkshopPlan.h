#pragma once

#include "settings/Settings.h"

#include <QList>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

namespace WorkshopKeys {
inline const SettingKey<QStringList> Servers{"workshop/servers", {}}; // empty: the local Ollama
inline const SettingKey<QStringList> Models{
    "workshop/models",
    {QStringLiteral("phi3"), QStringLiteral("llama3.2"), QStringLiteral("mistral")}};
inline const SettingKey<bool> SharedServer{"workshop/sharedServer", false};
inline const SettingKey<QString> N8nUrl{"workshop/n8nUrl", {}};
inline const SettingKey<double> PresenterScale{"presenter/fontScale", 2.0};
} // namespace WorkshopKeys

// What a workshop needs on this machine: the servers that must answer, the models every
// participant uses, whether participants share this machine's Ollama, and an optional n8n.
struct WorkshopPlan
{
    QList<QUrl> servers; // the first one holds the models
    QStringList models;
    bool sharedServer = false; // participants use this machine's Ollama over the network
    QUrl n8nUrl;               // empty: n8n is not checked

    static QUrl defaultServer() { return QUrl(QStringLiteral("http://127.0.0.1:11434")); }

    static WorkshopPlan load(const Settings &settings)
    {
        WorkshopPlan plan;
        for (const QString &text : settings.value(WorkshopKeys::Servers)) {
            const QUrl url(text);
            if (url.isValid() && !url.host().isEmpty())
                plan.servers.append(url);
        }
        if (plan.servers.isEmpty())
            plan.servers.append(defaultServer());
        plan.models = settings.value(WorkshopKeys::Models);
        plan.sharedServer = settings.value(WorkshopKeys::SharedServer);
        plan.n8nUrl = QUrl(settings.value(WorkshopKeys::N8nUrl));
        return plan;
    }

    void save(Settings &settings) const
    {
        QStringList urls;
        for (const QUrl &url : servers)
            urls.append(url.toString(QUrl::StripTrailingSlash));
        settings.setValue(WorkshopKeys::Servers, urls);
        settings.setValue(WorkshopKeys::Models, models);
        settings.setValue(WorkshopKeys::SharedServer, sharedServer);
        settings.setValue(WorkshopKeys::N8nUrl, n8nUrl.toString());
    }

    // "phi3, llama3.2  mistral" -> {"phi3", "llama3.2", "mistral"} (commas or spaces, no
    // duplicates, order kept).
    static QStringList parseModels(const QString &text)
    {
        QStringList models;
        const QStringList parts =
            text.split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts);
        for (const QString &part : parts) {
            if (!models.contains(part))
                models.append(part);
        }
        return models;
    }
};
