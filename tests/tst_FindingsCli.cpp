// `callreview --findings`: the built executable prints the demo call's findings as JSON on
// stdout and keeps the documented exit codes for usage errors.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

class tst_FindingsCli : public QObject
{
    Q_OBJECT

private slots:
    void demoFindingsAsJson()
    {
        QProcess process;
        process.start(QStringLiteral(CALLREVIEW_EXECUTABLE),
                      {QStringLiteral("--demo"), QStringLiteral("--findings")});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        QJsonParseError error;
        const QJsonDocument document =
            QJsonDocument::fromJson(process.readAllStandardOutput(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject root = document.object();
        QCOMPARE(root.value(QStringLiteral("callId")).toString(),
                 QStringLiteral("1732545120931x604217839921336320"));
        QVERIFY(root.value(QStringLiteral("turnCount")).toInt() > 0);
        QSet<QString> kinds;
        for (const QJsonValue &value : root.value(QStringLiteral("findings")).toArray()) {
            const QJsonObject finding = value.toObject();
            kinds.insert(finding.value(QStringLiteral("kind")).toString());
            QVERIFY(!finding.value(QStringLiteral("message")).toString().isEmpty());
            QVERIFY(finding.value(QStringLiteral("turns")).isArray());
            for (const QJsonValue &turn : finding.value(QStringLiteral("turns")).toArray())
                QVERIFY(turn.toInt(-1) >= 0
                        && turn.toInt() < root.value(QStringLiteral("turnCount")).toInt());
        }
        // The demo call asks for the caller's name again and the caller asks for a person.
        for (const char *kind :
             {"repeated-question", "human-requested", "speaker-share", "turn-count", "end-reason"})
            QVERIFY2(kinds.contains(QString::fromLatin1(kind)), kind);
    }

    void openedFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("call.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"status\":\"ok\",\"response\":{\"calls\":[{\"call_id\":\"9x9\","
                   "\"transcript\":\"bot: Sorry, I didn't catch that.\\nhuman: Quiero hablar "
                   "con un operador.\"}]}}");
        file.close();
        QProcess process;
        process.start(QStringLiteral(CALLREVIEW_EXECUTABLE),
                      {QStringLiteral("--findings"), QStringLiteral("--open"), path});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        const QJsonArray findings = QJsonDocument::fromJson(process.readAllStandardOutput())
                                        .object()
                                        .value(QStringLiteral("findings"))
                                        .toArray();
        QStringList kinds;
        for (const QJsonValue &value : findings)
            kinds.append(value.toObject().value(QStringLiteral("kind")).toString());
        QVERIFY(kinds.contains(QStringLiteral("misunderstanding")));
        QVERIFY(kinds.contains(QStringLiteral("human-requested")));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no call") << QStringList{QStringLiteral("--findings")};
        QTest::newRow("with --export")
            << QStringList{QStringLiteral("--findings"), QStringLiteral("--demo"),
                           QStringLiteral("--export"), QStringLiteral("-")};
        QTest::newRow("missing file")
            << QStringList{QStringLiteral("--findings"), QStringLiteral("--open"),
                           QStringLiteral("/nonexistent/call.json")};
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QProcess process;
        process.start(QStringLiteral(CALLREVIEW_EXECUTABLE), arguments);
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardOutput().isEmpty());
        QVERIFY(!process.readAllStandardError().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_FindingsCli)
#include "tst_FindingsCli.moc"
