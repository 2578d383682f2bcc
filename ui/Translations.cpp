#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

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
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    QLocale::setDefault(locale);
    return locale.name().left(2);
}
