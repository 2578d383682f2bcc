#pragma once

#include <QString>

class QCoreApplication;

// Loads LocalForge's and Qt's own translations for `language` ("fr", "en"; empty = the
// system's language). Returns the language in use.
QString installTranslations(QCoreApplication &app, const QString &language);
