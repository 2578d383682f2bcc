#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class Settings;

struct SystemPromptPreset
{
    QString name; // shown in the preset list
    QString text; // what is sent as the system message
    bool builtIn = false;
    // A preset of the user's: the name it is saved under. `name` marks it as the user's when
    // a built-in preset is called the same in this language (saved as "Programmeur" in
    // English, it would show twice in French).
    QString savedName;
};

// The system prompt presets: a few built in, and the ones the user saved (in the settings).
class SystemPrompts final
{
    Q_DECLARE_TR_FUNCTIONS(SystemPrompts)

public:
    static QList<SystemPromptPreset> builtIns();
    static QList<SystemPromptPreset> custom(const Settings &settings);
    static QList<SystemPromptPreset> all(const Settings &settings);
    // Saves (or replaces, by its saved name) a preset of the user's. A built-in preset's name
    // is refused (false), unless one of the user's is saved under it already (in another
    // language): the list would show two presets under one name.
    static bool saveCustom(Settings &settings, const QString &name, const QString &text);
    static void removeCustom(Settings &settings, const QString &savedName);
};
