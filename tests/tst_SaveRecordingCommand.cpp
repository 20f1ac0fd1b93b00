// --save-recording FILE: parsed by CommandLine, run by HeadlessRunner (same rules and exit codes
// as --export).
#include "FakeAnunziApi.h"
#include "api/CallFileReader.h"
#include "cli/CommandLine.h"
#include "cli/HeadlessRunner.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

class TestSaveRecordingCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static int run(const QStringList &arguments)
    {
        const CommandLine::Result parsed =
            CommandLine::parse(QStringList{QStringLiteral("callreview")} + arguments, QString());
        if (!parsed.error.isEmpty())
            return -1;
        HeadlessRunner runner(parsed.options);
        QSignalSpy finished(&runner, &HeadlessRunner::finished);
        runner.start();
        if (!finished.wait(15000))
            return -2;
        return finished.first().first().toInt();
    }

    QString savedCall(const QString &name, const QString &recordingUrl)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(QStringLiteral(R"({"status":"ok","response":{"calls":[{"call_id":"1x2",)"
                                  R"("transcript":"bot: hi","recording_url":"%1"}]}})")
                       .arg(recordingUrl)
                       .toUtf8());
        return path;
    }

private slots:
    void parses_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("ok");
        QTest::newRow("demo") << QStringList{QStringLiteral("--demo"),
                                             QStringLiteral("--save-recording"),
                                             QStringLiteral("out.opus")}
                              << true;
        QTest::newRow("call id") << QStringList{
            QStringLiteral("1x2"), QStringLiteral("--save-recording"),
            QStringLiteral("-")} << true;
        QTest::newRow("no call") << QStringList{QStringLiteral("--save-recording"),
                                                QStringLiteral("a.wav")}
                                 << false;
        QTest::newRow("with --export")
            << QStringList{QStringLiteral("--demo"), QStringLiteral("--export"),
                           QStringLiteral("a.txt"), QStringLiteral("--save-recording"),
                           QStringLiteral("a.wav")}
            << false;
        QTest::newRow("empty name")
            << QStringList{QStringLiteral("--demo"), QStringLiteral("--save-recording="), QString()}
            << false;
    }
    void parses()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, ok);
        arguments.removeAll(QString());
        const CommandLine::Result parsed =
            CommandLine::parse(QStringList{QStringLiteral("callreview")} + arguments, QString());
        QCOMPARE(parsed.error.isEmpty(), ok);
        if (ok)
            QCOMPARE(parsed.options.mode, CommandLineOptions::Mode::SaveRecording);
    }

    void savesTheDemoRecording()
    {
        const QString out = m_dir.filePath(QStringLiteral("demo.opus"));
        QCOMPARE(run({QStringLiteral("--demo"), QStringLiteral("--save-recording"), out}), 0);
        QFile saved(out);
        QFile bundled(CallFileReader::demoRecordingPath());
        QVERIFY(saved.open(QIODevice::ReadOnly) && bundled.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), bundled.readAll());
    }

    void downloadsFromAnOpenedCall()
    {
        FakeAnunziApi api;
        QVERIFY(api.isListening());
        api.addRecording(QStringLiteral("r.wav"), QByteArray("RIFFdata"), "audio/x-wav");
        api.script(api.recordingUrl(QStringLiteral("gone")).path(),
                   {FakeAnunziApi::Reply::withStatus(404)});
        const QString base = api.origin().toString() + u"/recordings";
        const QString out = m_dir.filePath(QStringLiteral("r.wav"));
        QCOMPARE(
            run({QStringLiteral("--open"), savedCall(QStringLiteral("ok.json"), base + u"/r.wav"),
                 QStringLiteral("--save-recording"), out}),
            0);
        QFile saved(out);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), QByteArray("RIFFdata"));

        const QString missing = m_dir.filePath(QStringLiteral("missing.wav"));
        QCOMPARE(
            run({QStringLiteral("--open"), savedCall(QStringLiteral("gone.json"), base + u"/gone"),
                 QStringLiteral("--save-recording"), missing}),
            3);
        QVERIFY(!QFile::exists(missing));
    }

    void refusesAnUnsafeRecordingAddress()
    {
        const QString out = m_dir.filePath(QStringLiteral("passwd"));
        QCOMPARE(
            run({QStringLiteral("--open"),
                 savedCall(QStringLiteral("unsafe.json"), QStringLiteral("file:///etc/passwd")),
                 QStringLiteral("--save-recording"), out}),
            4);
        QVERIFY(!QFile::exists(out));
    }

    void aCallWithoutRecordingIsAnError()
    {
        const QString out = m_dir.filePath(QStringLiteral("none.wav"));
        QCOMPARE(run({QStringLiteral("--open"), savedCall(QStringLiteral("none.json"), QString()),
                      QStringLiteral("--save-recording"), out}),
                 4);
        QVERIFY(!QFile::exists(out));
    }

    void anUnwritableDestinationExitsWith5()
    {
        const QString out = m_dir.filePath(QStringLiteral("no/such/folder/demo.opus"));
        QCOMPARE(run({QStringLiteral("--demo"), QStringLiteral("--save-recording"), out}), 5);
    }
};

QTEST_GUILESS_MAIN(TestSaveRecordingCommand)
#include "tst_SaveRecordingCommand.moc"
