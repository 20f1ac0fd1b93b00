// The Spanish interface: language choice, the embedded translation, the main window in Spanish,
// the completeness of the .ts file, and `callreview --lang`.
#include "TsCatalog.h"
#include "base/Translations.h"
#include "cli/CommandLine.h"
#include "format/CallFormatting.h"
#include "session/SessionStart.h"
#include "window/MainWindow.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

namespace {

// "%1", "%L2", "%n" in a text, sorted. "%Ln" counts as "%n": a translation may add the locale's
// digit grouping to the count ("50,000 turns").
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(?:[1-9]|n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const QString placeholder = it.next().captured();
        found.append(placeholder == u"%Ln" ? QStringLiteral("%n") : placeholder);
    }
    found.sort();
    found.removeDuplicates();
    return found;
}

// Mnemonic markers: a '&' not part of "&&".
int accelerators(const QString &text)
{
    int count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (i + 1 < text.size() && text.at(i + 1) == u'&')
            ++i;
        else
            ++count;
    }
    return count;
}

QChar acceleratorKey(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == u'&') {
            if (text.at(i + 1) == u'&') {
                ++i;
                continue;
            }
            return text.at(i + 1).toLower();
        }
    }
    return {};
}

// Whitespace before and after the text, which layouts and concatenations depend on.
QPair<QString, QString> edges(const QString &text)
{
    qsizetype start = 0;
    while (start < text.size() && text.at(start).isSpace())
        ++start;
    qsizetype end = text.size();
    while (end > start && text.at(end - 1).isSpace())
        --end;
    return {text.left(start), text.mid(end)};
}

QString executable()
{
    return QStringLiteral(CALLREVIEW_EXECUTABLE);
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runCallreview(const QStringList &arguments, const QMap<QString, QString> &environment = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("LANGUAGE"));
    env.remove(QStringLiteral("LC_MESSAGES"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    for (auto it = environment.cbegin(); it != environment.cend(); ++it)
        env.insert(it.key(), it.value());
    process.setProcessEnvironment(env);
    process.start(executable(), arguments);
    Run run;
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// What is wrong with a catalog's entries: unfinished, wrong number of forms, empty forms,
// placeholders, accelerators or edges that differ from the source.
QStringList problemsIn(const TsCatalog::Catalog &catalog)
{
    QStringList problems;
    const auto where = [](const TsCatalog::Message &m) -> QString {
        return m.context + QStringLiteral(" / \"") + m.source + u'"';
    };
    for (const TsCatalog::Message &m : catalog.messages) {
        if (m.translationType == u"vanished" || m.translationType == u"obsolete")
            continue; // no longer in the code: never shown
        if (!m.hasTranslation || m.translationType == u"unfinished") {
            problems.append(QStringLiteral("unfinished: ") + where(m));
            continue;
        }
        if (m.forms.size() != (m.numerus ? 2 : 1)) {
            problems.append(QStringLiteral("wrong number of forms: ") + where(m));
            continue;
        }
        for (const QString &form : m.forms) {
            if (form.trimmed().isEmpty())
                problems.append(QStringLiteral("empty: ") + where(m));
            else if (placeholders(form) != placeholders(m.source))
                problems.append(QStringLiteral("placeholders differ: ") + where(m));
            else if (accelerators(form) != accelerators(m.source))
                problems.append(QStringLiteral("accelerators differ: ") + where(m));
            else if (edges(form) != edges(m.source))
                problems.append(QStringLiteral("leading/trailing space differs: ") + where(m));
        }
    }
    return problems;
}

// "context / source" of every message in a catalog, for comparing two catalogs.
QSet<QString> messageKeys(const TsCatalog::Catalog &catalog)
{
    QSet<QString> keys;
    for (const TsCatalog::Message &m : catalog.messages) {
        if (m.translationType != u"vanished" && m.translationType != u"obsolete")
            keys.insert(m.context + QStringLiteral(" / ") + m.source);
    }
    return keys;
}

// A saved API response with `turns` turns, as File > Open reads it.
QByteArray savedCall(const QString &callId, int turns)
{
    QString transcript;
    transcript.reserve(turns * 24);
    for (int i = 0; i < turns; ++i)
        transcript += i % 2 == 0 ? QStringLiteral("bot: Hello there.\n")
                                 : QStringLiteral("human: Fine, thanks.\n");
    const QJsonObject call{{QStringLiteral("call_id"), callId},
                           {QStringLiteral("model_id"), QStringLiteral("1725526325346x1")},
                           {QStringLiteral("transcript"), transcript},
                           {QStringLiteral("duration"), 60}};
    const QJsonObject body{
        {QStringLiteral("status"), QStringLiteral("ok")},
        {QStringLiteral("response"), QJsonObject{{QStringLiteral("calls"), QJsonArray{call}}}}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

// The status bar's text once the window has opened a saved call with `turns` turns.
QString statusAfterOpening(int turns, const QString &callId)
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("call.json")));
    if (!file.open(QIODevice::WriteOnly) || file.write(savedCall(callId, turns)) < 0)
        return QStringLiteral("(could not write the call)");
    file.close();
    SessionStart start;
    start.openPath = file.fileName();
    MainWindow window(start);
    return window.statusBar()->currentMessage();
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

    TsCatalog::Catalog m_catalog;
    QHash<QString, QString> m_spanishBySource; // plain messages: source → translation

private slots:
    void initTestCase()
    {
        m_catalog = TsCatalog::read(QStringLiteral(CALLREVIEW_TS_FILE));
        QVERIFY2(m_catalog.error.isEmpty(), qPrintable(m_catalog.error));
        for (const TsCatalog::Message &message : std::as_const(m_catalog.messages)) {
            if (!message.numerus && !message.forms.isEmpty())
                m_spanishBySource.insert(message.source, message.forms.first());
        }
        QVERIFY(Translations::install(QStringLiteral("es")));
    }

    void resolvesTheLanguage_data()
    {
        QTest::addColumn<QString>("requested");
        QTest::addColumn<QString>("systemLocale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("--lang es on an English system") << "es"
                                                        << "en_US"
                                                        << "es";
        QTest::newRow("--lang en on a Spanish system") << "en"
                                                       << "es_ES"
                                                       << "en";
        QTest::newRow("Mexican Spanish system") << ""
                                                << "es_MX"
                                                << "es";
        QTest::newRow("Spain") << ""
                               << "es_ES"
                               << "es";
        QTest::newRow("British English system") << ""
                                                << "en_GB"
                                                << "en";
        QTest::newRow("French system: English") << ""
                                                << "fr_FR"
                                                << "en";
        QTest::newRow("C locale: English") << ""
                                           << "C"
                                           << "en";
        QTest::newRow("unsupported request follows the system") << "xx"
                                                                << "es_AR"
                                                                << "es";
    }
    void resolvesTheLanguage()
    {
        QFETCH(QString, requested);
        QFETCH(QString, systemLocale);
        QFETCH(QString, expected);
        QCOMPARE(Translations::resolve(requested, QLocale(systemLocale)), expected);
    }

    void keepsTheSystemFormatsWhenTheLanguageMatches()
    {
        QCOMPARE(Translations::localeFor(QStringLiteral("es"), QLocale(QStringLiteral("es_MX"))),
                 QLocale(QStringLiteral("es_MX")));
        QCOMPARE(Translations::localeFor(QStringLiteral("en"), QLocale(QStringLiteral("en_GB"))),
                 QLocale(QStringLiteral("en_GB")));
        QCOMPARE(Translations::localeFor(QStringLiteral("es"), QLocale(QStringLiteral("en_US")))
                     .language(),
                 QLocale::Spanish);
    }

    void installsSpanishFormatsAndWords()
    {
        // initTestCase installed Spanish.
        QCOMPARE(QLocale().language(), QLocale::Spanish);
        QCOMPARE(QLocale().toString(2.5, 'f', 1), QStringLiteral("2,5"));
        QCOMPARE(QLocale().groupSeparator(), QStringLiteral("."));
        QCOMPARE(QLocale().toString(QDate(2026, 3, 9), QLocale::LongFormat),
                 QStringLiteral("lunes, 9 de marzo de 2026"));
        QCOMPARE(CallFormatting::endReason(QStringLiteral("human_hangup")),
                 QStringLiteral("El cliente colgó"));
        QCOMPARE(CallFormatting::speakerName(Speaker::Bot), QStringLiteral("Asistente"));
        QCOMPARE(CallFormatting::duration(66), QStringLiteral("1:06")); // locale-neutral
        QVERIFY(QFile::exists(Translations::catalogPath(QStringLiteral("es"))));
        QVERIFY(!Translations::install(QStringLiteral("xx"))); // no such catalog
        QLocale::setDefault(QLocale(QStringLiteral("es")));
    }

    void formatsNumbersDatesAndSizesPerLocale_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("count");
        QTest::addColumn<QString>("size");
        QTest::addColumn<QString>("date");
        QTest::newRow("en_US") << "en_US"
                               << "12,345"
                               << "1.5 MB"
                               << "3/9/26";
        QTest::newRow("es_ES") << "es_ES"
                               << "12.345"
                               << "1,5 MB"
                               << "9/3/26";
        QTest::newRow("es_MX") << "es_MX"
                               << "12,345"
                               << "1.5 MB"
                               << "09/03/26";
    }
    void formatsNumbersDatesAndSizesPerLocale()
    {
        QFETCH(QString, locale);
        QFETCH(QString, count);
        QFETCH(QString, size);
        QFETCH(QString, date);
        const QLocale previous;
        QLocale::setDefault(QLocale(locale));
        const auto restore = qScopeGuard([&previous] { QLocale::setDefault(previous); });
        QCOMPARE(CallFormatting::count(12345), count);
        // A million reads with every group separated (Qt 6.4 writes "1234.567" for Spanish).
        const QString million = CallFormatting::count(1234567);
        QCOMPARE(million,
                 QStringList({QStringLiteral("1"), QStringLiteral("234"), QStringLiteral("567")})
                     .join(count.at(2)));
        QCOMPARE(CallFormatting::dataSize(1572864), size);
        const QString when =
            CallFormatting::dateTime(QDateTime(QDate(2026, 3, 9), QTime(14, 5), Qt::LocalTime));
        QVERIFY2(when.contains(date), qPrintable(when));
        QVERIFY(CallFormatting::dateTime(QDateTime()).isEmpty());
        QCOMPARE(CallFormatting::duration(3723), QStringLiteral("1:02:03")); // the same everywhere
    }

    void mainWindowSpeaksSpanish()
    {
        SessionStart start;
        start.demo = true;
        MainWindow window(start);
        window.show();

        QMenuBar *bar = window.menuBar();
        QVERIFY(bar);
        QStringList titles;
        QSet<QChar> barKeys;
        int spanish = 0;
        QStringList untranslated;
        const auto judge = [&](const QString &text) {
            if (text.isEmpty())
                return;
            const auto known = m_spanishBySource.constFind(text);
            if (known != m_spanishBySource.cend() && *known != text)
                untranslated.append(text); // an English source with a different translation
            for (const QString &translation : std::as_const(m_spanishBySource)) {
                if (translation == text && !m_spanishBySource.contains(text)) {
                    ++spanish;
                    break;
                }
            }
        };
        const QList<QAction *> menus = bar->actions();
        for (QAction *menuAction : menus) {
            QMenu *menu = menuAction->menu();
            if (!menu)
                continue;
            titles.append(menu->title());
            judge(menu->title());
            const QChar key = acceleratorKey(menu->title());
            QVERIFY2(
                key.isNull() || !barKeys.contains(key),
                qPrintable(QStringLiteral("menu bar accelerator used twice: ") + menu->title()));
            barKeys.insert(key);
            QSet<QChar> keys;
            const QList<QAction *> items = menu->actions();
            for (QAction *item : items) {
                if (item->isSeparator())
                    continue;
                judge(item->text());
                const QChar itemKey = acceleratorKey(item->text());
                QVERIFY2(itemKey.isNull() || !keys.contains(itemKey),
                         qPrintable(menu->title() + QStringLiteral(": accelerator used twice: ")
                                    + item->text()));
                keys.insert(itemKey);
            }
        }
        QVERIFY2(titles.contains(QStringLiteral("&Archivo")), qPrintable(titles.join(u", ")));
        QVERIFY2(titles.contains(QStringLiteral("Ay&uda")), qPrintable(titles.join(u", ")));

        const QList<QLabel *> labels = window.findChildren<QLabel *>();
        for (const QLabel *label : labels)
            judge(label->text());
        const QList<QAbstractButton *> buttons = window.findChildren<QAbstractButton *>();
        for (const QAbstractButton *button : buttons)
            judge(button->text());

        QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(u" | ")));
        QVERIFY2(spanish >= 6, qPrintable(QString::number(spanish)));
    }

    // Every entry of each .ts is translated, with the same placeholders, accelerators and edges.
    void catalogIsComplete()
    {
        QCOMPARE(m_catalog.language, QStringLiteral("es"));
        QVERIFY(m_catalog.messages.size() > 50);
        const QStringList problems = problemsIn(m_catalog);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // The English catalog holds the %n messages only, each with its two English forms.
    void englishCatalogIsComplete()
    {
        const TsCatalog::Catalog english = TsCatalog::read(QStringLiteral(CALLREVIEW_TS_FILE_EN));
        QVERIFY2(english.error.isEmpty(), qPrintable(english.error));
        QCOMPARE(english.language, QStringLiteral("en"));
        QVERIFY(english.messages.size() >= 20);
        QStringList problems = problemsIn(english);
        for (const TsCatalog::Message &m : english.messages) {
            if (!m.numerus)
                problems.append(QStringLiteral("not a plural message: ") + m.source);
            else if (m.forms.size() == 2 && m.forms.at(0) == m.forms.at(1)
                     && m.source.contains(u"(s)"))
                problems.append(QStringLiteral("one form for both: ") + m.source);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // Every %n message in app/ and ui/ is in the English catalog (lupdate finds them); a new
    // one needs scripts/update-translations.sh and its two English forms.
    void englishCatalogCoversTheCode()
    {
        const QString lupdate = QStringLiteral(CALLREVIEW_LUPDATE);
        if (!QFile::exists(lupdate))
            QSKIP("lupdate is not installed");
        QTemporaryDir dir;
        const QString scanned = dir.filePath(QStringLiteral("plurals_en.ts"));
        QProcess process;
        process.start(
            lupdate,
            {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
             QStringLiteral("-pluralonly"), QStringLiteral("-source-language"),
             QStringLiteral("en"), QStringLiteral("-target-language"), QStringLiteral("en"),
             QStringLiteral(CALLREVIEW_SOURCE_DIR "/app"),
             QStringLiteral(CALLREVIEW_SOURCE_DIR "/ui"), QStringLiteral("-ts"), scanned});
        QVERIFY(process.waitForFinished(120000));
        QCOMPARE(process.exitCode(), 0);
        const TsCatalog::Catalog inCode = TsCatalog::read(scanned);
        QVERIFY2(inCode.error.isEmpty(), qPrintable(inCode.error));
        const TsCatalog::Catalog english = TsCatalog::read(QStringLiteral(CALLREVIEW_TS_FILE_EN));
        QSet<QString> missing = messageKeys(inCode);
        missing.subtract(messageKeys(english));
        QStringList list = missing.values();
        list.sort();
        QVERIFY2(list.isEmpty(), qPrintable(list.join(u'\n')));
        QVERIFY(messageKeys(inCode).size() >= 20);
    }

    void englishPlurals()
    {
        const auto restore =
            qScopeGuard([] { QVERIFY(Translations::install(QStringLiteral("es"))); });
        QVERIFY(Translations::install(QStringLiteral("en")));
        QCOMPARE(QLocale().language(), QLocale::English);
        QCOMPARE(statusAfterOpening(1, QStringLiteral("111x1")),
                 QStringLiteral("Opened call 111x1 · 1 turn"));
        QCOMPARE(statusAfterOpening(17, QStringLiteral("222x2")),
                 QStringLiteral("Opened call 222x2 · 17 turns"));
        const auto opened = [](int turns) {
            return QCoreApplication::translate("MainWindow", "Opened call %1 · %n turn(s)", nullptr,
                                               turns)
                .arg(QStringLiteral("333x3"));
        };
        QCOMPARE(opened(50000), QStringLiteral("Opened call 333x3 · 50,000 turns"));
        QCOMPARE(opened(0), QStringLiteral("Opened call 333x3 · 0 turns"));
        QCOMPARE(QCoreApplication::translate("CallTableView", "%n call(s) loaded", nullptr, 1),
                 QStringLiteral("1 call loaded"));
        QCOMPARE(QCoreApplication::translate("TranscriptDelegate", "%n flag(s)", nullptr, 2),
                 QStringLiteral("2 flags"));

        // Every plural message: no "(s)" left, the count grouped as the locale does.
        const TsCatalog::Catalog english = TsCatalog::read(QStringLiteral(CALLREVIEW_TS_FILE_EN));
        QStringList problems;
        for (const TsCatalog::Message &m : english.messages) {
            const QByteArray context = m.context.toUtf8();
            const QByteArray source = m.source.toUtf8();
            const QString one =
                QCoreApplication::translate(context.constData(), source.constData(), nullptr, 1);
            const QString many = QCoreApplication::translate(context.constData(),
                                                             source.constData(), nullptr, 50000);
            if (one.contains(u"(s)") || many.contains(u"(s)") || one.contains(u"%n")
                || !one.contains(u'1') || !many.contains(u"50,000"))
                problems.append(one + QStringLiteral(" | ") + many);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void spanishPlurals()
    {
        // initTestCase installed Spanish.
        QCOMPARE(statusAfterOpening(1, QStringLiteral("111x1")),
                 QStringLiteral("Llamada 111x1 abierta · 1 turno"));
        QCOMPARE(statusAfterOpening(17, QStringLiteral("222x2")),
                 QStringLiteral("Llamada 222x2 abierta · 17 turnos"));
        QCOMPARE(QCoreApplication::translate("CallTableView", "%n call(s) loaded", nullptr, 1),
                 QStringLiteral("1 llamada cargada"));
        QCOMPARE(QCoreApplication::translate("TranscriptDelegate", "%n flag(s)", nullptr, 2),
                 QStringLiteral("2 marcas"));
    }

    void endReasonsInBothLanguages()
    {
        // Spanish (initTestCase): known codes translated, unknown ones in words as given.
        QCOMPARE(CallFormatting::endReason(QStringLiteral("human-hangup")),
                 QStringLiteral("El cliente colgó"));
        QCOMPARE(CallFormatting::endReason(QStringLiteral("customer-ended-call")),
                 QStringLiteral("Customer ended call"));
        QCOMPARE(CallFormatting::endReason(QString()), QStringLiteral("no indicado"));

        const auto restore =
            qScopeGuard([] { QVERIFY(Translations::install(QStringLiteral("es"))); });
        QVERIFY(Translations::install(QStringLiteral("en")));
        QCOMPARE(CallFormatting::endReason(QStringLiteral("human-hangup")),
                 QStringLiteral("Caller hung up"));
        QCOMPARE(CallFormatting::endReason(QStringLiteral("customer-ended-call")),
                 QStringLiteral("Customer ended call"));
    }

    void switchingLanguagesReplacesTheCatalogs()
    {
        const auto restore =
            qScopeGuard([] { QVERIFY(Translations::install(QStringLiteral("es"))); });
        QVERIFY(Translations::install(QStringLiteral("en")));
        // No Spanish left underneath the English plural forms.
        QCOMPARE(CallFormatting::endReason(QStringLiteral("human_hangup")),
                 QStringLiteral("Caller hung up"));
        QVERIFY(Translations::install(QStringLiteral("es")));
        QCOMPARE(QCoreApplication::translate("TranscriptDelegate", "%n flag(s)", nullptr, 1),
                 QStringLiteral("1 marca"));
    }

    void commandLineHelpInSpanish()
    {
        const Run run = runCallreview(
            {QStringLiteral("--lang"), QStringLiteral("es"), QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"Idioma de la interfaz"), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"llavero del sistema"), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"Muestra la ayuda"), qPrintable(run.out));
        if (QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath)
                          + QStringLiteral("/qtbase_es.qm")))
            QVERIFY2(run.out.contains(u"Uso:"), qPrintable(run.out)); // Qt's own words
    }

    void commandLineFollowsTheSystemLocale()
    {
        const Run spanish =
            runCallreview({QStringLiteral("--help")},
                          {{QStringLiteral("LC_ALL"), QStringLiteral("es_MX.UTF-8")}});
        QCOMPARE(spanish.exitCode, 0);
        QVERIFY2(spanish.out.contains(u"Idioma de la interfaz"), qPrintable(spanish.out));

        const Run english = runCallreview(
            {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help")},
            {{QStringLiteral("LC_ALL"), QStringLiteral("es_MX.UTF-8")}});
        QCOMPARE(english.exitCode, 0);
        QVERIFY2(english.out.contains(u"Interface language"), qPrintable(english.out));
    }

    void usageErrorsInTheChosenLanguage()
    {
        const Run bad = runCallreview({QStringLiteral("--lang"), QStringLiteral("xx")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(u"--lang"), qPrintable(bad.err));

        const Run spanish = runCallreview(
            {QStringLiteral("--lang"), QStringLiteral("es"), QStringLiteral("--open")});
        QCOMPARE(spanish.exitCode, 2);
        QVERIFY2(spanish.err.contains(u"Pruebe 'callreview --help'."), qPrintable(spanish.err));
        QVERIFY2(spanish.err.contains(u"--open"), qPrintable(spanish.err));

        const Run wrongAndHelp = runCallreview(
            {QStringLiteral("--lang"), QStringLiteral("xx"), QStringLiteral("--help")});
        QCOMPARE(wrongAndHelp.exitCode, 2);
    }

    void parsesTheLanguageOption()
    {
        const auto parse = [](const QStringList &arguments) {
            return CommandLine::parse(QStringList{QStringLiteral("callreview")} + arguments,
                                      QString());
        };
        QCOMPARE(parse({QStringLiteral("--lang"), QStringLiteral("ES")}).options.language,
                 QStringLiteral("es"));
        QCOMPARE(parse({QStringLiteral("--lang=en"), QStringLiteral("--demo")}).options.language,
                 QStringLiteral("en"));
        QVERIFY(parse({}).options.language.isEmpty());
        QVERIFY(!parse({QStringLiteral("--lang"), QStringLiteral("fr")}).error.isEmpty());
        const CommandLine::Result help =
            parse({QStringLiteral("--lang"), QStringLiteral("es"), QStringLiteral("--help")});
        QVERIFY(help.error.isEmpty());
        QCOMPARE(help.options.mode, CommandLineOptions::Mode::Help);
        QCOMPARE(help.options.language, QStringLiteral("es"));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_Translations.moc"
