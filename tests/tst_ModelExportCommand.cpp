#include "FakeAnunziApi.h"
#include "ListFixtures.h"
#include "api/CallDecoder.h"
#include "export/ExportOptions.h"
#include "export/TranscriptExporter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// `callreview --export-dir DIR --model MODEL_ID`: runs the built executable against a local
// fake List Calls API (pages of 20).
class tst_ModelExportCommand : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString err;
    };

    // onTerminal: through script(1), so that stdout and stderr are a terminal (both come back
    // in `err`).
    Run run(const QStringList &arguments, const QString &base, bool onTerminal = false)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("ANUNZI_API_KEY"), QStringLiteral("k1"));
        environment.insert(QStringLiteral("ANUNZI_API_BASE"), base);
        environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")); // no keychain
        process.setProcessEnvironment(environment);
        QSignalSpy finished(&process, &QProcess::finished);
        if (onTerminal) {
            QStringList command{QStringLiteral("exec"), QStringLiteral(CALLREVIEW_EXECUTABLE)};
            command += arguments;
            for (QString &word : command)
                word = u'\'' + word + u'\''; // the paths here hold no quote
            process.setProcessChannelMode(QProcess::MergedChannels);
            process.start(
                QStringLiteral("script"),
                {QStringLiteral("-qec"), command.join(u' '), QStringLiteral("/dev/null")});
        } else {
            process.start(QStringLiteral(CALLREVIEW_EXECUTABLE), arguments);
        }
        // The fake server lives in this process: wait with the event loop running.
        if (!finished.wait(60000))
            process.kill();
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(onTerminal ? process.readAllStandardOutput()
                                             : process.readAllStandardError())};
    }

    QStringList exportArgs(const QString &dir) const
    {
        return {QStringLiteral("--export-dir"), dir, QStringLiteral("--model"),
                QStringLiteral("m1")};
    }

    static void addCalls(FakeAnunziApi &api, int count)
    {
        for (int i = 0; i < count; ++i)
            api.calls.append(fixtureCallJson(i));
    }

    static QString fileOf(const QString &dir, int i)
    {
        return QDir(dir).filePath(QStringLiteral("call%1.txt").arg(i, 5, 10, QLatin1Char('0')));
    }

    static QStringList savedFiles(const QString &dir)
    {
        return QDir(dir).entryList(QDir::Files, QDir::Name);
    }

private slots:
    void everyPageSavedOneFilePerCall()
    {
        FakeAnunziApi api;
        addCalls(api, 45); // pages of 20, 20 and a short 5
        QTemporaryDir dir;
        const Run r = run(exportArgs(dir.path()), api.base());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(api.requests().size(), 3);
        QCOMPARE(api.requests().at(2).queryValue(QStringLiteral("offset")), QStringLiteral("40"));
        QCOMPARE(api.requests().at(0).queryValue(QStringLiteral("model_id")), QStringLiteral("m1"));
        QCOMPARE(savedFiles(dir.path()).size(), 45);
        QVERIFY2(r.err.contains(QStringLiteral("45 saved")), qPrintable(r.err));
        // Each file is the call from the list page, rendered as for any export.
        for (int i : {0, 21, 44}) {
            QFile file(fileOf(dir.path(), i));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QString error;
            const QByteArray expected = TranscriptExporter::render(
                *CallDecoder::decodeCall(fixtureCallJson(i)).call, ExportOptions(), &error);
            QVERIFY(!expected.isEmpty());
            QCOMPARE(file.readAll(), expected);
        }
    }

    void malformedCallFailsOthersSaved()
    {
        FakeAnunziApi api;
        addCalls(api, 25);
        QJsonObject bad = fixtureCallJson(22);
        bad.insert(QStringLiteral("call_id"), 12);
        api.calls[22] = bad;
        QTemporaryDir dir;
        const Run r = run(exportArgs(dir.path()), api.base());
        QCOMPARE(r.exitCode, 4);
        QCOMPARE(savedFiles(dir.path()).size(), 24);
        QVERIFY(!QFileInfo::exists(fileOf(dir.path(), 22)));
        QVERIFY2(r.err.contains(QStringLiteral("entry 22 failed")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("24 saved, 0 skipped (already saved), 1 failed")),
                 qPrintable(r.err));
    }

    void malformedCallNamedByItsId()
    {
        FakeAnunziApi api;
        addCalls(api, 25);
        QJsonObject bad = fixtureCallJson(22);
        bad.insert(QStringLiteral("duration"), QStringLiteral("long"));
        api.calls[22] = bad;
        QTemporaryDir dir;
        const Run r = run(exportArgs(dir.path()), api.base());
        QCOMPARE(r.exitCode, 4);
        QCOMPARE(savedFiles(dir.path()).size(), 24);
        QVERIFY2(r.err.contains(QStringLiteral("call00022 failed: not a valid call: ")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("\n  call00022: not a valid call: ")),
                 qPrintable(r.err)); // the summary names it too
        QVERIFY2(!r.err.contains(QStringLiteral("entry 22")), qPrintable(r.err));
    }

    void rateLimitedPageWaitsThenContinues()
    {
        FakeAnunziApi api;
        addCalls(api, 30);
        api.script(api.callsPath(),
                   {FakeAnunziApi::Reply::normal(), FakeAnunziApi::Reply::error(429, "1")});
        QTemporaryDir dir;
        const Run r = run(exportArgs(dir.path()), api.base());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(api.requests().size(), 3); // page 1, page 2 refused, page 2 again
        QCOMPARE(api.requests().at(2).queryValue(QStringLiteral("offset")), QStringLiteral("20"));
        QCOMPARE(savedFiles(dir.path()).size(), 30);
        // The wait is announced on a terminal only (CliCommand::announceRetry): a script reads
        // one line per failure, none for a failure that went away.
        QVERIFY2(!r.err.contains(QStringLiteral("rate-limiting")), qPrintable(r.err));
    }

    void retryAnnouncedOnTerminal()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("script")).isEmpty())
            QSKIP("script(1) (util-linux) is needed to run the command on a terminal");
        FakeAnunziApi api;
        addCalls(api, 30);
        api.script(api.callsPath(),
                   {FakeAnunziApi::Reply::normal(), FakeAnunziApi::Reply::error(429, "1")});
        QTemporaryDir dir;
        const Run r = run(exportArgs(dir.path()), api.base(), true);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(savedFiles(dir.path()).size(), 30);
        QVERIFY2(r.err.contains(QStringLiteral("callreview: The API is rate-limiting")),
                 qPrintable(r.err));
    }

    void failingPageKeepsWhatWasReceived()
    {
        FakeAnunziApi api;
        addCalls(api, 30);
        const FakeAnunziApi::Reply down = FakeAnunziApi::Reply::error(500);
        api.script(api.callsPath(), {FakeAnunziApi::Reply::normal(), down, down, down});
        QTemporaryDir dir;
        const Run r = run(exportArgs(dir.path()), api.base());
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(api.requests().size(), 4); // page 1, then page 2 three times
        QCOMPARE(savedFiles(dir.path()).size(), 20);
        QVERIFY(QFileInfo::exists(fileOf(dir.path(), 19)));
        QVERIFY2(r.err.contains(QStringLiteral("HTTP 500")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("Not every call of assistant m1 was listed")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("The call list stopped after 20 calls: ")),
                 qPrintable(r.err));
    }

    void rerunSkipsSavedFilesForceRewrites()
    {
        FakeAnunziApi api;
        addCalls(api, 3);
        QTemporaryDir dir;
        QCOMPARE(run(exportArgs(dir.path()), api.base()).exitCode, 0);
        // Mark a saved file: a re-run must leave it alone, --force must replace it.
        const QString first = fileOf(dir.path(), 1);
        {
            QFile file(first);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write("kept");
        }
        Run r = run(exportArgs(dir.path()), api.base());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("0 saved, 3 skipped")), qPrintable(r.err));
        QCOMPARE(api.requests().size(), 2); // the list is still fetched
        QFile kept(first);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("kept"));
        kept.close();

        r = run(exportArgs(dir.path()) << QStringLiteral("--force"), api.base());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("3 saved, 0 skipped")), qPrintable(r.err));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QString error;
        QCOMPARE(kept.readAll(),
                 TranscriptExporter::render(*CallDecoder::decodeCall(fixtureCallJson(1)).call,
                                            ExportOptions(), &error));
    }

    void keyOnlyToTheApiOrigin()
    {
        FakeAnunziApi elsewhere;
        FakeAnunziApi api;
        addCalls(api, 3);
        api.script(
            api.callsPath(),
            {FakeAnunziApi::Reply::redirect(elsewhere.base().toLatin1() + "/calls?model_id=m1")},
            FakeAnunziApi::Then::RepeatLast);
        QTemporaryDir dir;
        const Run r = run(exportArgs(dir.path()), api.base());
        QVERIFY(r.exitCode != 0);
        QVERIFY(!api.requests().isEmpty());
        QCOMPARE(api.requests().at(0).header("Authorization"), QByteArray("Bearer k1"));
        for (const FakeAnunziApi::Request &request : std::as_const(elsewhere.requests()))
            QVERIFY(request.header("Authorization").isEmpty());
        QVERIFY(savedFiles(dir.path()).isEmpty());
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("words");
        const QString dir = QStringLiteral("--export-dir");
        const QString model = QStringLiteral("--model");
        QTest::newRow("no-export-dir")
            << QStringList{model, QStringLiteral("m1")} << QStringLiteral("--export-dir only");
        QTest::newRow("with-ids") << QStringList{dir, QStringLiteral("out"), model,
                                                 QStringLiteral("m1"), QStringLiteral("call1")}
                                  << QStringLiteral("not both");
        QTest::newRow("with-ids-file") << QStringList{dir,
                                                      QStringLiteral("out"),
                                                      model,
                                                      QStringLiteral("m1"),
                                                      QStringLiteral("--ids"),
                                                      QStringLiteral("-")}
                                       << QStringLiteral("not both");
        QTest::newRow("with-list-calls")
            << QStringList{QStringLiteral("--list-calls"), QStringLiteral("m1"), model,
                           QStringLiteral("m1")}
            << QStringLiteral("take no CALL_ID");
        QTest::newRow("bad-model")
            << QStringList{dir, QStringLiteral("out"), model, QStringLiteral("m1&limit=5")}
            << QStringLiteral("not a valid assistant ID");
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, words);
        FakeAnunziApi api;
        QTemporaryDir cwd;
        const QString here = QDir::currentPath();
        QDir::setCurrent(cwd.path());
        const Run r = run(arguments, api.base());
        QDir::setCurrent(here);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(words), qPrintable(r.err));
        QVERIFY(api.requests().isEmpty());
        QVERIFY(!QFileInfo::exists(QDir(cwd.path()).filePath(QStringLiteral("out"))));
    }
};

QTEST_GUILESS_MAIN(tst_ModelExportCommand)
#include "tst_ModelExportCommand.moc"
