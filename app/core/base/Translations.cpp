#include "base/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QTranslator>

namespace {

Q_LOGGING_CATEGORY(lcI18n, "callreview.i18n", QtWarningMsg)

// Qt 6.4's Spanish catalog lacks these QCommandLineParser strings (shown by --help); ours has
// them, and it is consulted first (installed last).
[[maybe_unused]] const char *const qtStringsMissingFromQtCatalogs[] = {
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help on commandline options."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help including Qt specific options."),
};

QString languageOf(const QString &uiLanguage)
{
    // "es-419", "es_MX", "en" → "es", "es", "en"
    qsizetype end = 0;
    while (end < uiLanguage.size() && uiLanguage.at(end) != u'-' && uiLanguage.at(end) != u'_')
        ++end;
    return uiLanguage.left(end).toLower();
}

// The translators install() put in, so that a second install() (a test switching languages)
// replaces them instead of stacking a second language under the first.
QList<QTranslator *> &installedTranslators()
{
    static QList<QTranslator *> translators;
    return translators;
}

void removeInstalledTranslators()
{
    for (QTranslator *translator : std::as_const(installedTranslators())) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    installedTranslators().clear();
}

// Loads one translation file into a translator owned by the application; null when absent.
QTranslator *loadCatalog(const QString &fileName, const QString &directory)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(fileName, directory)) {
        delete translator;
        return nullptr;
    }
    return translator;
}

void installCatalog(QTranslator *translator)
{
    QCoreApplication::installTranslator(translator);
    installedTranslators().append(translator);
}

} // namespace

QStringList Translations::supportedLanguages()
{
    return {QString(sourceLanguage), QStringLiteral("es")};
}

bool Translations::isSupported(const QString &language)
{
    return supportedLanguages().contains(language);
}

QString Translations::resolve(const QString &requested, const QLocale &system)
{
    if (isSupported(requested))
        return requested;
    const QStringList uiLanguages = system.uiLanguages();
    for (const QString &uiLanguage : uiLanguages) {
        QString language = languageOf(uiLanguage);
        if (isSupported(language))
            return language;
    }
    return QString(sourceLanguage);
}

QLocale Translations::localeFor(const QString &language, const QLocale &system)
{
    if (languageOf(system.name()) == language)
        return system;
    return QLocale(language);
}

QString Translations::catalogPath(const QString &language)
{
    return QStringLiteral(":/i18n/callreview_%1.qm").arg(language);
}

bool Translations::install(const QString &language)
{
    Q_ASSERT(QCoreApplication::instance());
    QLocale::setDefault(localeFor(language));
    // English too: the source strings are English, but only a catalog gives %n messages their
    // plural forms ("1 turn", "17 turns") and locale grouping ("50,000 turns").
    QTranslator *own = loadCatalog(catalogPath(language), QString());
    if (!own) {
        qCWarning(lcI18n) << "Cannot load the embedded translation" << catalogPath(language);
        return false; // the catalogs installed before stay
    }
    removeInstalledTranslators();

    // Qt's own strings (QCommandLineParser's help, dialog buttons, media errors): optional,
    // Debian ships them in qt6-translations-l10n. English is Qt's source language.
    if (language != sourceLanguage) {
        const QString qtDirectory = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        for (const QString &module : {QStringLiteral("qtbase"), QStringLiteral("qtmultimedia")}) {
            const QString fileName = module + u'_' + language;
            if (QTranslator *qt = loadCatalog(fileName, qtDirectory))
                installCatalog(qt);
            else
                qCInfo(lcI18n) << "No Qt translation" << fileName << "in" << qtDirectory;
        }
    }
    installCatalog(own); // last, so it is asked first
    return true;
}
