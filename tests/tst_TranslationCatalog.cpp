// The Spanish catalog covers the code as it is now: lupdate run over the sources into a copy of
// resources/translations/callreview_es.ts must find nothing new to translate. (tst_Translations
// checks the entries the catalog has; this suite catches strings added to the code without
// running scripts/update-translations.sh.)
#include "TsCatalog.h"

#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class tst_TranslationCatalog : public QObject
{
    Q_OBJECT

private slots:
    void everySourceStringIsTranslated()
    {
        const QString top = QStringLiteral(CALLREVIEW_SOURCE_DIR);
        QString lupdate = QLibraryInfo::path(QLibraryInfo::BinariesPath) + u"/lupdate";
        if (!QFile::exists(lupdate))
            lupdate = QStringLiteral("/usr/lib/qt6/bin/lupdate");
        QVERIFY2(QFile::exists(lupdate), "lupdate not found (Debian package qt6-l10n-tools)");

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(QStringLiteral("callreview_es.ts"));
        QVERIFY(QFile::copy(top + u"/resources/translations/callreview_es.ts", copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

        // The same options as scripts/update-translations.sh.
        QProcess process;
        process.start(lupdate,
                      {QStringLiteral("-locations"), QStringLiteral("none"),
                       QStringLiteral("-no-obsolete"), QStringLiteral("-source-language"),
                       QStringLiteral("en"), QStringLiteral("-target-language"),
                       QStringLiteral("es"), top + u"/app", top + u"/ui", QStringLiteral("-ts"),
                       copy});
        QVERIFY2(process.waitForFinished(120000), qPrintable(process.errorString()));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());

        const TsCatalog::Catalog catalog = TsCatalog::read(copy);
        QVERIFY2(catalog.error.isEmpty(), qPrintable(catalog.error));
        QVERIFY(catalog.messages.size() > 50);
        QStringList missing;
        for (const TsCatalog::Message &m : catalog.messages) {
            if (m.translationType == u"unfinished" || !m.hasTranslation)
                missing << m.context + u" / \"" + m.source + u'"';
        }
        QVERIFY2(missing.isEmpty(),
                 qPrintable(u"run sh scripts/update-translations.sh and translate:\n"_qs
                            + missing.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(tst_TranslationCatalog)
#include "tst_TranslationCatalog.moc"
