#include "SystemPrompts.h"

#include "settings/Settings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
void write(Settings &settings, const QList<SystemPromptPreset> &presets)
{
    QJsonArray array;
    for (const SystemPromptPreset &p : presets)
        array.append(QJsonObject{{u"name"_s, p.name}, {u"text"_s, p.text}});
    settings.setValue(SettingKeys::CustomSystemPrompts,
                      QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
}
} // namespace

QList<SystemPromptPreset> SystemPrompts::builtIns()
{
    // The texts are what the model receives, so they stay in the language they are written in.
    return {
        {tr("Helpful and concise (French)"), u"Tu es un assistant utile et concis."_s, true, {}},
        {tr("Helpful and concise"), u"You are a helpful and concise assistant."_s, true, {}},
        {tr("Patient teacher"),
         u"You are a patient teacher. Explain step by step and give one short example."_s,
         true,
         {}},
        {tr("Programmer"),
         u"You are an expert programmer. Answer with working code and a brief explanation."_s,
         true,
         {}},
        {tr("JSON only"), u"Answer only with valid JSON. Do not add any other text."_s, true, {}},
    };
}

QList<SystemPromptPreset> SystemPrompts::custom(const Settings &settings)
{
    QList<SystemPromptPreset> out;
    const QJsonArray array =
        QJsonDocument::fromJson(settings.value(SettingKeys::CustomSystemPrompts).toUtf8()).array();
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        const QString name = o.value(u"name").toString();
        if (!name.isEmpty())
            out.append({name, o.value(u"text").toString(), false, name});
    }
    return out;
}

namespace {
bool sameName(const QList<SystemPromptPreset> &presets, const QString &name)
{
    return std::any_of(presets.cbegin(), presets.cend(), [&name](const SystemPromptPreset &p) {
        return p.name.compare(name, Qt::CaseInsensitive) == 0;
    });
}
} // namespace

QList<SystemPromptPreset> SystemPrompts::all(const Settings &settings)
{
    const QList<SystemPromptPreset> fixed = builtIns();
    QList<SystemPromptPreset> mine = custom(settings);
    for (SystemPromptPreset &p : mine) {
        if (sameName(fixed, p.name))
            p.name = tr("%1 (your preset)").arg(p.name);
    }
    return fixed + mine;
}

bool SystemPrompts::saveCustom(Settings &settings, const QString &name, const QString &text)
{
    QList<SystemPromptPreset> presets = custom(settings);
    const auto same = [&name](const SystemPromptPreset &p) { return p.savedName == name; };
    const auto it = std::find_if(presets.begin(), presets.end(), same);
    if (name.trimmed().isEmpty() || (it == presets.end() && sameName(builtIns(), name)))
        return false;
    if (it != presets.end())
        it->text = text;
    else
        presets.append({name, text, false, name});
    write(settings, presets);
    return true;
}

void SystemPrompts::removeCustom(Settings &settings, const QString &savedName)
{
    QList<SystemPromptPreset> presets = custom(settings);
    presets.removeIf(
        [&savedName](const SystemPromptPreset &p) { return p.savedName == savedName; });
    write(settings, presets);
}
