#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

// The interface language: which one to use (the system locale's unless --lang says otherwise)
// and installing the translators for it (this app's embedded .qm plus Qt's own translations).
class Translations
{
public:
    static constexpr QLatin1StringView sourceLanguage{"en"};

    // The languages the interface speaks, as ISO 639-1 codes ("en", "es").
    static QStringList supportedLanguages();
    static bool isSupported(const QString &language);

    // The language to use: requested when given (a supported code), else the first of the
    // locale's UI languages that we speak, else English.
    static QString resolve(const QString &requested, const QLocale &system = QLocale::system());

    // The locale numbers and dates follow for language: the system locale when it is in that
    // language (keeps es_MX or en_GB formats), else the language's default locale.
    static QLocale localeFor(const QString &language, const QLocale &system = QLocale::system());

    // Installs the translators for language into the running QCoreApplication (it must exist),
    // replacing those of an earlier call, and makes localeFor(language) the default QLocale.
    // English has a catalog too: the plural forms of the %n messages. Returns false, leaving the
    // catalogs installed before, when this app's own catalog for language cannot be loaded (Qt's
    // translations are optional).
    static bool install(const QString &language);

    // The resource path of this app's compiled translation for language (":/i18n/...").
    static QString catalogPath(const QString &language);
};
