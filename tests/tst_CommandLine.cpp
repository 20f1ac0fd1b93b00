// CommandLine: every option, its default, the ANUNZI_API_BASE precedence and usage errors.
#include "api/ApiEndpoint.h"
#include "cli/CommandLine.h"

#include <QTest>

using Mode = CommandLineOptions::Mode;

namespace {
CommandLine::Result parse(QStringList arguments, const QString &environmentBase = QString())
{
    arguments.prepend(QStringLiteral("callreview"));
    return CommandLine::parse(arguments, environmentBase);
}
} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void defaults();
    void callId();
    void exportWithCallId();
    void exportToStdout();
    void demoAndOpen();
    void setApiKey();
    void helpAndVersion();
    void apiBasePrecedence();
    void explicitDefaultWinsOverSaved();
    void timeout_data();
    void timeout();
    void usageErrors_data();
    void usageErrors();
    void helpTextListsEveryOption();
    void score();
    void scoreUsageErrors_data();
    void scoreUsageErrors();
    void reviews();
    void reviewsUsageErrors_data();
    void reviewsUsageErrors();
};

void TestCommandLine::defaults()
{
    const CommandLine::Result result = parse({});
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    const CommandLineOptions &o = result.options;
    QCOMPARE(o.mode, Mode::Window);
    QCOMPARE(o.callId, QString());
    QVERIFY(!o.apiBase);
    QCOMPARE(o.access().apiBase, ApiEndpoint::defaultBase.toString());
    QVERIFY(!o.timeoutSeconds);
    QCOMPARE(o.access().timeoutSeconds, 30);
    QCOMPARE(o.exportPath, QString());
    QCOMPARE(o.demo, false);
    QCOMPARE(o.openPath, QString());
}

void TestCommandLine::callId()
{
    const CommandLine::Result result = parse({QStringLiteral("1725x32")});
    QVERIFY(result.error.isEmpty());
    QCOMPARE(result.options.mode, Mode::Window);
    QCOMPARE(result.options.callId, QStringLiteral("1725x32"));
}

void TestCommandLine::exportWithCallId()
{
    const CommandLine::Result result =
        parse({QStringLiteral("--export"), QStringLiteral("out.txt"), QStringLiteral("1725x32"),
               QStringLiteral("--timeout"), QStringLiteral("5"), QStringLiteral("--api-base"),
               QStringLiteral("http://127.0.0.1:9/v2")});
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.options.mode, Mode::Export);
    QCOMPARE(result.options.exportPath, QStringLiteral("out.txt"));
    QCOMPARE(result.options.callId, QStringLiteral("1725x32"));
    QCOMPARE(result.options.timeoutSeconds.value_or(-1), 5);
    QCOMPARE(result.options.apiBase.value_or(QString()), QStringLiteral("http://127.0.0.1:9/v2"));
    // --option=value works too.
    const CommandLine::Result equals = parse(
        {QStringLiteral("--export=x.txt"), QStringLiteral("--timeout=7"), QStringLiteral("9")});
    QVERIFY(equals.error.isEmpty());
    QCOMPARE(equals.options.exportPath, QStringLiteral("x.txt"));
    QCOMPARE(equals.options.timeoutSeconds.value_or(-1), 7);
}

void TestCommandLine::exportToStdout()
{
    const CommandLine::Result result =
        parse({QStringLiteral("--demo"), QStringLiteral("--export"), QStringLiteral("-")});
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.options.mode, Mode::Export);
    QCOMPARE(result.options.exportPath, QStringLiteral("-"));
    QVERIFY(result.options.demo);
}

void TestCommandLine::demoAndOpen()
{
    const CommandLine::Result demo = parse({QStringLiteral("--demo")});
    QVERIFY(demo.error.isEmpty());
    QCOMPARE(demo.options.mode, Mode::Window);
    QVERIFY(demo.options.demo);
    const CommandLine::Result open = parse({QStringLiteral("--open"), QStringLiteral("saved.json"),
                                            QStringLiteral("--export"), QStringLiteral("o.txt")});
    QVERIFY(open.error.isEmpty());
    QCOMPARE(open.options.mode, Mode::Export);
    QCOMPARE(open.options.openPath, QStringLiteral("saved.json"));
}

void TestCommandLine::setApiKey()
{
    const CommandLine::Result result = parse({QStringLiteral("--set-api-key")});
    QVERIFY(result.error.isEmpty());
    QCOMPARE(result.options.mode, Mode::SetApiKey);
}

void TestCommandLine::helpAndVersion()
{
    QCOMPARE(parse({QStringLiteral("--help")}).options.mode, Mode::Help);
    QCOMPARE(parse({QStringLiteral("-h")}).options.mode, Mode::Help);
    QCOMPARE(parse({QStringLiteral("--version")}).options.mode, Mode::Version);
    QCOMPARE(parse({QStringLiteral("-v")}).options.mode, Mode::Version);
    // --help wins over anything else on the line, even a conflict.
    QCOMPARE(parse({QStringLiteral("--demo"), QStringLiteral("1"), QStringLiteral("--help")})
                 .options.mode,
             Mode::Help);
}

void TestCommandLine::explicitDefaultWinsOverSaved()
{
    // --timeout 30 and --api-base <the default> are explicit even though they equal the
    // defaults: a window started with them must not fall back to saved settings.
    const CommandLineOptions o =
        parse({QStringLiteral("--timeout"), QStringLiteral("30"), QStringLiteral("--api-base"),
               ApiEndpoint::defaultBase.toString()})
            .options;
    const ApiAccess access = ApiAccess::resolve(o.apiBase, o.timeoutSeconds,
                                                QStringLiteral("https://saved.example/v2"), 90);
    QCOMPARE(access.timeoutSeconds, 30);
    QCOMPARE(access.apiBase, ApiEndpoint::defaultBase.toString());
    // Nothing given: the saved values win over the defaults.
    const ApiAccess saved = ApiAccess::resolve(std::nullopt, std::nullopt,
                                               QStringLiteral("https://saved.example/v2"), 90);
    QCOMPARE(saved.timeoutSeconds, 90);
    QCOMPARE(saved.apiBase, QStringLiteral("https://saved.example/v2"));
}

void TestCommandLine::apiBasePrecedence()
{
    const QString env = QStringLiteral("http://127.0.0.1:1/env");
    const QString flag = QStringLiteral("http://127.0.0.1:2/flag");
    QCOMPARE(parse({}, env).options.apiBase.value_or(QString()), env);
    QCOMPARE(parse({QStringLiteral("--api-base"), flag}, env).options.apiBase.value_or(QString()),
             flag);
    QCOMPARE(parse({QStringLiteral("--api-base"), flag}).options.apiBase.value_or(QString()), flag);
    QVERIFY(!parse({}, QString()).options.apiBase);
    QCOMPARE(parse({}, QString()).options.access().apiBase, ApiEndpoint::defaultBase.toString());
}

void TestCommandLine::timeout_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("seconds"); // 0: usage error
    QTest::newRow("1") << QStringLiteral("1") << 1;
    QTest::newRow("max") << QString::number(ApiAccess::maxTimeoutSeconds)
                         << ApiAccess::maxTimeoutSeconds;
    QTest::newRow("spaces") << QStringLiteral(" 12 ") << 12;
    QTest::newRow("0") << QStringLiteral("0") << 0;
    QTest::newRow("negative") << QStringLiteral("-3") << 0;
    QTest::newRow("above max") << QString::number(ApiAccess::maxTimeoutSeconds + 1) << 0;
    QTest::newRow("huge") << QStringLiteral("99999999999999999999") << 0;
    QTest::newRow("fraction") << QStringLiteral("1.5") << 0;
    QTest::newRow("word") << QStringLiteral("ten") << 0;
    QTest::newRow("empty") << QString() << 0;
}

void TestCommandLine::timeout()
{
    QFETCH(QString, value);
    QFETCH(int, seconds);
    const CommandLine::Result result = parse({QStringLiteral("--timeout"), value});
    if (seconds == 0) {
        QVERIFY(result.error.contains(QStringLiteral("--timeout")));
    } else {
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.options.timeoutSeconds.value_or(-1), seconds);
    }
}

void TestCommandLine::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("errorMentions");
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("--frobnicate")} << QStringLiteral("frobnicate");
    QTest::newRow("missing value")
        << QStringList{QStringLiteral("1"), QStringLiteral("--export")} << QStringLiteral("export");
    QTest::newRow("two call IDs") << QStringList{QStringLiteral("1"), QStringLiteral("2")}
                                  << QStringLiteral("at most one CALL_ID");
    QTest::newRow("demo and call ID") << QStringList{QStringLiteral("--demo"), QStringLiteral("1")}
                                      << QStringLiteral("only one of");
    QTest::newRow("demo and open")
        << QStringList{QStringLiteral("--demo"), QStringLiteral("--open"), QStringLiteral("a.json")}
        << QStringLiteral("only one of");
    QTest::newRow("open and call ID")
        << QStringList{QStringLiteral("--open"), QStringLiteral("a.json"), QStringLiteral("1")}
        << QStringLiteral("only one of");
    QTest::newRow("open empty") << QStringList{QStringLiteral("--open"), QString()}
                                << QStringLiteral("--open needs");
    QTest::newRow("export empty") << QStringList{QStringLiteral("1"), QStringLiteral("--export"),
                                                 QString()}
                                  << QStringLiteral("--export needs a file name");
    QTest::newRow("export without call")
        << QStringList{QStringLiteral("--export"), QStringLiteral("x.txt")}
        << QStringLiteral("--export needs a call");
    QTest::newRow("set-api-key with ID")
        << QStringList{QStringLiteral("--set-api-key"), QStringLiteral("1")}
        << QStringLiteral("--set-api-key takes no");
    QTest::newRow("set-api-key with export")
        << QStringList{QStringLiteral("--set-api-key"), QStringLiteral("--export"),
                       QStringLiteral("x")}
        << QStringLiteral("--set-api-key takes no");
    QTest::newRow("set-api-key with demo")
        << QStringList{QStringLiteral("--set-api-key"), QStringLiteral("--demo")}
        << QStringLiteral("--set-api-key takes no");
}

void TestCommandLine::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, errorMentions);
    const CommandLine::Result result = parse(arguments);
    QVERIFY2(result.error.contains(errorMentions), qPrintable(result.error));
}

void TestCommandLine::helpTextListsEveryOption()
{
    const QString help = CommandLine::helpText();
    for (const char *option :
         {"--api-base", "--timeout", "--export", "--demo", "--open", "--set-api-key", "--help",
          "--version", "CALL_ID", "ANUNZI_API_KEY", "--score <FORM.json>",
          "--answers <ANSWERS.json>", "docs/SCORECARDS.md"})
        QVERIFY2(help.contains(QLatin1StringView(option)), option);
}

void TestCommandLine::score()
{
    const CommandLine::Result result =
        parse({QStringLiteral("--score"), QStringLiteral("f.json"), QStringLiteral("--answers"),
               QStringLiteral("a.json")});
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.options.mode, Mode::Score);
    QVERIFY(result.options.isHeadless());
    QCOMPARE(result.options.scoreFormPath, QStringLiteral("f.json"));
    QCOMPARE(result.options.scoreAnswersPath, QStringLiteral("a.json"));
    // Either order; --lang, and an ANUNZI_API_BASE in the environment, change nothing.
    const CommandLine::Result reordered =
        parse({QStringLiteral("--answers=a.json"), QStringLiteral("--lang"), QStringLiteral("es"),
               QStringLiteral("--score=f.json")},
              QStringLiteral("https://env.example/v2"));
    QVERIFY2(reordered.error.isEmpty(), qPrintable(reordered.error));
    QCOMPARE(reordered.options.mode, Mode::Score);
    QCOMPARE(reordered.options.scoreFormPath, QStringLiteral("f.json"));
    QCOMPARE(reordered.options.language, QStringLiteral("es"));
}

void TestCommandLine::reviews()
{
    const CommandLine::Result imported = parse(
        {QStringLiteral("--review-db"), QStringLiteral("postgres://qa@db.example:6543/reviews"),
         QStringLiteral("--reviewer"), QStringLiteral(" Ana "), QStringLiteral("--import-reviews"),
         QStringLiteral("in.json")});
    QVERIFY2(imported.error.isEmpty(), qPrintable(imported.error));
    QCOMPARE(imported.options.mode, Mode::ImportReviews);
    QVERIFY(imported.options.isHeadless());
    QCOMPARE(imported.options.reviewsPath, QStringLiteral("in.json"));
    QCOMPARE(imported.options.reviewer, QStringLiteral("Ana"));
    // Kept in its canonical spelling.
    QCOMPARE(imported.options.reviewDb.value_or(QStringLiteral("unset")),
             QStringLiteral("postgresql://qa@db.example:6543/reviews"));

    const CommandLine::Result exported =
        parse({QStringLiteral("--export-reviews"), QStringLiteral("out.json")});
    QVERIFY2(exported.error.isEmpty(), qPrintable(exported.error));
    QCOMPARE(exported.options.mode, Mode::ExportReviews);
    QVERIFY(!exported.options.reviewDb); // the saved one

    // '' = the local SQLite file, also for the window.
    const CommandLine::Result window =
        parse({QStringLiteral("--review-db="), QStringLiteral("--demo")});
    QVERIFY2(window.error.isEmpty(), qPrintable(window.error));
    QCOMPARE(window.options.mode, Mode::Window);
    QCOMPARE(window.options.reviewDb.value_or(QStringLiteral("unset")), QString());
    QVERIFY(CommandLine::helpText().contains(QStringLiteral("--import-reviews <FILE.json>")));
    QVERIFY(CommandLine::helpText().contains(QStringLiteral("--review-db <URL>")));

    const CommandLine::Result password =
        parse({QStringLiteral("--review-db"), QStringLiteral("postgresql://qa@db/reviews"),
               QStringLiteral("--set-review-db-password")});
    QVERIFY2(password.error.isEmpty(), qPrintable(password.error));
    QCOMPARE(password.options.mode, Mode::SetReviewDbPassword);
    QVERIFY(!parse({QStringLiteral("--set-review-db-password"), QStringLiteral("--import-reviews"),
                    QStringLiteral("x.json")})
                 .error.isEmpty());
}

void TestCommandLine::reviewsUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("errorMentions");
    const QString imp = QStringLiteral("--import-reviews");
    QTest::newRow("both") << QStringList{imp, QStringLiteral("a"),
                                         QStringLiteral("--export-reviews"), QStringLiteral("b")}
                          << QStringLiteral("only one of");
    QTest::newRow("no file") << QStringList{imp, QString()} << QStringLiteral("file name");
    QTest::newRow("with a call") << QStringList{imp, QStringLiteral("a"), QStringLiteral("--demo")}
                                 << QStringLiteral("cannot be combined");
    QTest::newRow("with --export")
        << QStringList{imp, QStringLiteral("a"), QStringLiteral("--export"),
                       QStringLiteral("x.txt")}
        << QStringLiteral("--export");
    QTest::newRow("password in the URL")
        << QStringList{QStringLiteral("--review-db"), QStringLiteral("postgresql://a:pw@h/d"), imp,
                       QStringLiteral("a")}
        << QStringLiteral("PGPASSFILE");
    QTest::newRow("bad scheme") << QStringList{
        QStringLiteral("--review-db"), QStringLiteral("mysql://a@h/d"), imp,
        QStringLiteral("a")} << QStringLiteral("postgresql://");
    QTest::newRow("review-db with --export")
        << QStringList{QStringLiteral("--review-db"), QStringLiteral("postgresql://a@h/d"),
                       QStringLiteral("--export"), QStringLiteral("x.txt"),
                       QStringLiteral("--demo")}
        << QStringLiteral("--review-db and --reviewer go with");
    QTest::newRow("empty reviewer")
        << QStringList{QStringLiteral("--reviewer"), QStringLiteral(" "), imp, QStringLiteral("a")}
        << QStringLiteral("--reviewer needs a name");
}

void TestCommandLine::reviewsUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, errorMentions);
    const CommandLine::Result result = parse(arguments);
    QVERIFY(!result.error.isEmpty());
    QVERIFY2(result.error.contains(errorMentions), qPrintable(result.error));
    QVERIFY2(!result.error.contains(QStringLiteral(":pw@")), qPrintable(result.error));
}

void TestCommandLine::scoreUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("errorMentions");
    const QStringList both{QStringLiteral("--score"), QStringLiteral("f.json"),
                           QStringLiteral("--answers"), QStringLiteral("a.json")};
    QTest::newRow("score without answers")
        << QStringList{QStringLiteral("--score"), QStringLiteral("f.json")}
        << QStringLiteral("add --answers ANSWERS.json");
    QTest::newRow("answers without score")
        << QStringList{QStringLiteral("--answers"), QStringLiteral("a.json")}
        << QStringLiteral("--answers goes with --score");
    QTest::newRow("score without a value")
        << QStringList{QStringLiteral("--score")} << QStringLiteral("score");
    QTest::newRow("empty form") << QStringList{QStringLiteral("--score"), QString(),
                                               QStringLiteral("--answers"), QStringLiteral("a")}
                                << QStringLiteral("need file names");
    QTest::newRow("empty answers") << QStringList{QStringLiteral("--score"), QStringLiteral("f"),
                                                  QStringLiteral("--answers"), QString()}
                                   << QStringLiteral("need file names");
    QTest::newRow("with CALL_ID") << both + QStringList{QStringLiteral("1725x32")}
                                  << QStringLiteral("cannot be combined with CALL_ID");
    QTest::newRow("with --demo") << both + QStringList{QStringLiteral("--demo")}
                                 << QStringLiteral("cannot be combined with --demo");
    QTest::newRow("with --open") << both
            + QStringList{QStringLiteral("--open"), QStringLiteral("c")}
                                 << QStringLiteral("cannot be combined with --open");
    QTest::newRow("with --export")
        << both + QStringList{QStringLiteral("--export"), QStringLiteral("x.txt")}
        << QStringLiteral("cannot be combined with --export");
    QTest::newRow("with --export-dir") << both
            + QStringList{QStringLiteral("--export-dir"), QStringLiteral("d"), QStringLiteral("1")}
                                       << QStringLiteral("cannot be combined with CALL_ID");
    QTest::newRow("with --findings") << both + QStringList{QStringLiteral("--findings")}
                                     << QStringLiteral("cannot be combined with --findings");
    QTest::newRow("with --set-api-key") << both + QStringList{QStringLiteral("--set-api-key")}
                                        << QStringLiteral("cannot be combined with --set-api-key");
    QTest::newRow("with --list-assistants")
        << both + QStringList{QStringLiteral("--list-assistants")}
        << QStringLiteral("cannot be combined with --list-assistants");
    QTest::newRow("with --json") << both + QStringList{QStringLiteral("--json")}
                                 << QStringLiteral("cannot be combined with --json");
    QTest::newRow("with --format")
        << both + QStringList{QStringLiteral("--format"), QStringLiteral("md")}
        << QStringLiteral("cannot be combined with --format");
    QTest::newRow("with --save-recording")
        << both + QStringList{QStringLiteral("--save-recording"), QStringLiteral("r.wav")}
        << QStringLiteral("cannot be combined with --save-recording");
}

void TestCommandLine::scoreUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, errorMentions);
    const CommandLine::Result result = parse(arguments);
    QVERIFY2(result.error.contains(errorMentions), qPrintable(result.error));
    QCOMPARE(result.options.mode, Mode::Window);
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_CommandLine.moc"
