#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <algorithm>

static void initTranslationResources()
{
    Q_INIT_RESOURCE(localforge_translations);
}

QString installTranslations(QCoreApplication &app, const QString &language)
{
    initTranslationResources();
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto *ours = new QTranslator(&app);
    // English is a translation too: it carries the plural forms ("1 model", "2 models").
    if (!ours->load(locale, QStringLiteral("localforge"), QStringLiteral("_"),
                    QStringLiteral(":/i18n")) &&
        !ours->load(QStringLiteral(":/i18n/localforge_en.qm"))) {
        delete ours;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(ours);
    // Qt's own strings: where Qt was installed, or inside a macOS bundle (Resources).
    auto *qt = new QTranslator(&app);
    const QStringList folders{QLibraryInfo::path(QLibraryInfo::TranslationsPath),
                              QCoreApplication::applicationDirPath() +
                                  QStringLiteral("/../Resources/translations")};
    if (std::any_of(folders.cbegin(), folders.cend(), [&](const QString &folder) {
            return qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), folder);
        }))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    QLocale::setDefault(locale);
    return locale.name().left(2);
}
