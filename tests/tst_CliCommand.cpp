// CliCommand: what every headless command shares. It starts from the event loop, finishes
// exactly once, hands its end to a command it runs as a part, and gets API settings or fails
// with the usage exit code.
#include "cli/CliCommand.h"
#include "cli/ExitCode.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

#include <functional>

namespace {

// Runs `body` as its run().
class ScriptedCommand : public CliCommand
{
public:
    explicit ScriptedCommand(std::function<void(ScriptedCommand &)> body,
                             const CommandLineOptions &options = CommandLineOptions())
        : CliCommand(options)
        , m_body(std::move(body))
    { }

    int runs = 0;
    using CliCommand::apiSettings;
    using CliCommand::fail;
    using CliCommand::finish;
    using CliCommand::runAsPart;
    using CliCommand::succeed;

private:
    void run() override
    {
        ++runs;
        m_body(*this);
    }
    std::function<void(ScriptedCommand &)> m_body;
};

} // namespace

class TestCliCommand : public QObject
{
    Q_OBJECT

private slots:
    void startIsQueued()
    {
        ScriptedCommand command([](ScriptedCommand &c) { c.succeed(); });
        QSignalSpy finished(&command, &CliCommand::finished);
        command.start();
        QCOMPARE(command.runs, 0); // a caller may still connect to finished()
        QVERIFY(finished.wait(2000));
        QCOMPARE(command.runs, 1);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().toInt(), ExitCode::Success);
        QVERIFY(command.isFinished());
    }

    void finishesOnce()
    {
        ScriptedCommand command([](ScriptedCommand &c) {
            c.fail(ExitCode::NetworkFailure, QStringLiteral("first failure"));
            c.fail(ExitCode::Usage, QStringLiteral("second failure"));
            c.succeed();
            c.finish(ExitCode::WriteFailure);
        });
        QSignalSpy finished(&command, &CliCommand::finished);
        command.start();
        QVERIFY(finished.wait(2000));
        QTest::qWait(20);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().toInt(), ExitCode::NetworkFailure);
    }

    void partDecidesTheExitCode()
    {
        QPointer<ScriptedCommand> part;
        ScriptedCommand whole([&part](ScriptedCommand &c) {
            part = new ScriptedCommand(
                [](ScriptedCommand &p) { p.finish(ExitCode::InvalidResponse); });
            c.runAsPart(part);
        });
        QSignalSpy finished(&whole, &CliCommand::finished);
        whole.start();
        QVERIFY(finished.wait(2000));
        QCOMPARE(finished.first().first().toInt(), ExitCode::InvalidResponse);
        QVERIFY(part);
        QCOMPARE(part->parent(), &whole); // owned, deleted with the whole
    }

    void apiSettingsFailTheCommand()
    {
        CommandLineOptions options;
        options.apiBase = QStringLiteral("http://api.anunzi.net/v2"); // not https
        bool gotSettings = true;
        ScriptedCommand command(
            [&gotSettings](ScriptedCommand &c) { gotSettings = c.apiSettings().has_value(); },
            options);
        QSignalSpy finished(&command, &CliCommand::finished);
        command.start();
        QVERIFY(finished.wait(2000));
        QVERIFY(!gotSettings);
        QCOMPARE(finished.first().first().toInt(), ExitCode::Usage);
    }

    void apiSettingsFromOptions()
    {
        qputenv("ANUNZI_API_KEY", "key-for-cli-command");
        CommandLineOptions options;
        options.apiBase = QStringLiteral("http://127.0.0.1:9/v2");
        options.timeoutSeconds = 12;
        std::optional<CallService::Settings> settings;
        ScriptedCommand command(
            [&settings](ScriptedCommand &c) {
                settings = c.apiSettings();
                c.succeed();
            },
            options);
        QSignalSpy finished(&command, &CliCommand::finished);
        command.start();
        QVERIFY(finished.wait(2000));
        qunsetenv("ANUNZI_API_KEY");
        QVERIFY(settings);
        QCOMPARE(settings->apiBase, QStringLiteral("http://127.0.0.1:9/v2"));
        QCOMPARE(settings->apiKey, QStringLiteral("key-for-cli-command"));
        QCOMPARE(settings->timeoutSeconds, 12);
    }
};

QTEST_GUILESS_MAIN(TestCliCommand)
#include "tst_CliCommand.moc"
