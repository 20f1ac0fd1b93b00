#include "FakeAnunziApi.h"
#include "ListFixtures.h"
#include "cli/ListCommand.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

// Runs the built `callreview` executable against a local fake API.
class tst_ListCommand : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QString err;
    };

    Run run(const QStringList &arguments, const QString &base,
            const QString &key = QStringLiteral("k1"))
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("ANUNZI_API_KEY"), key);
        environment.insert(QStringLiteral("ANUNZI_API_BASE"), base);
        environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")); // no keychain
        process.setProcessEnvironment(environment);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(CALLREVIEW_EXECUTABLE), arguments);
        // The fake server lives in this process: wait with the event loop running.
        if (!finished.wait(30000))
            process.kill();
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                process.readAllStandardOutput(), QString::fromUtf8(process.readAllStandardError())};
    }

    static QList<QByteArray> lines(const QByteArray &text)
    {
        QList<QByteArray> result = text.split('\n');
        if (!result.isEmpty() && result.last().isEmpty())
            result.removeLast();
        return result;
    }

private slots:
    void callsAsTabSeparatedTable()
    {
        FakeAnunziApi api;
        for (int i = 0; i < 5; ++i)
            api.calls.append(fixtureCallJson(i));
        const Run r = run({QStringLiteral("--list-calls"), QStringLiteral("m1"),
                           QStringLiteral("--limit"), QStringLiteral("2"), QStringLiteral("--all")},
                          api.base());
        QCOMPARE(r.exitCode, 0);
        const auto rows = lines(r.out);
        QCOMPARE(rows.size(), 6); // header + 5 calls
        QVERIFY(rows.at(0).startsWith("CALL ID\tTYPE\tFROM\tTO\tNAME\tDURATION"));
        QCOMPARE(rows.at(2),
                 QByteArray("call00001\tInbound\t+15550000001\t+34911000111\tAna 1\t0:37\tCaller "
                            "hung up\tyes\t3\tHi, call 1 here."));
        QCOMPARE(api.requests().size(), 3);
        QCOMPARE(api.requests().at(0).header("Authorization"), QByteArray("Bearer k1"));
    }

    void onePageByDefaultFromOffset()
    {
        FakeAnunziApi api;
        for (int i = 0; i < 30; ++i)
            api.calls.append(fixtureCallJson(i));
        const Run r = run({QStringLiteral("--list-calls"), QStringLiteral("m1"),
                           QStringLiteral("--offset"), QStringLiteral("25")},
                          api.base());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(lines(r.out).size(), 6);
        QVERIFY(lines(r.out).at(1).startsWith("call00025\t"));
        QCOMPARE(api.requests().size(), 1);
        QCOMPARE(api.requests().at(0).queryValue(QStringLiteral("offset")), QStringLiteral("25"));
    }

    void callsAsJson()
    {
        FakeAnunziApi api;
        for (int i = 0; i < 3; ++i)
            api.calls.append(fixtureCallJson(i));
        const Run r = run({QStringLiteral("--list-calls"), QStringLiteral("m1"),
                           QStringLiteral("--json"), QStringLiteral("--all")},
                          api.base());
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(r.out, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, r.out.constData());
        QCOMPARE(document.array().size(), 3);
        QCOMPARE(document.array().at(2).toObject(), fixtureCallJson(2)); // the raw objects
    }

    void laterPageFailsJsonStaysValid()
    {
        FakeAnunziApi api;
        for (int i = 0; i < 5; ++i)
            api.calls.append(fixtureCallJson(i));
        // The first page, then a 429 longer than RetryPolicy's bound: not retried automatically.
        api.script(api.callsPath(),
                   {FakeAnunziApi::Reply::normal(), FakeAnunziApi::Reply::error(429, "120")});
        const Run r =
            run({QStringLiteral("--list-calls"), QStringLiteral("m1"), QStringLiteral("--limit"),
                 QStringLiteral("2"), QStringLiteral("--all"), QStringLiteral("--json")},
                api.base());
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("Try again in 120 s")), qPrintable(r.err));
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(r.out, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, r.out.constData());
        QCOMPARE(document.array().size(), 2); // the first page, then the failure
    }

    void emptyListIsAnEmptyArray()
    {
        FakeAnunziApi api;
        const Run r =
            run({QStringLiteral("--list-calls"), QStringLiteral("m1"), QStringLiteral("--json")},
                api.base());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 0);
        QVERIFY(QJsonDocument::fromJson(r.out).isArray());
    }

    void malformedCallReportedOthersListed()
    {
        FakeAnunziApi api;
        for (int i = 0; i < 4; ++i)
            api.calls.append(fixtureCallJson(i));
        QJsonObject bad = fixtureCallJson(2);
        bad.insert(QStringLiteral("call_id"), 12);
        api.calls[2] = bad;
        const Run r = run({QStringLiteral("--list-calls"), QStringLiteral("m1")}, api.base());
        QCOMPARE(r.exitCode, 4);
        QCOMPARE(lines(r.out).size(), 4); // header + 3 good calls
        // call_id is a number: no ID to name it by, so its position.
        QVERIFY2(r.err.contains(QStringLiteral("entry 2 skipped")), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("response.calls[2].call_id")));
        QVERIFY2(
            r.err.contains(QStringLiteral("callreview: 1 malformed entry skipped (see above).")),
            qPrintable(r.err));
    }

    void malformedCallNamedByItsId_data()
    {
        QTest::addColumn<bool>("json");
        QTest::newRow("table") << false;
        QTest::newRow("json") << true;
    }

    void malformedCallNamedByItsId()
    {
        QFETCH(bool, json);
        FakeAnunziApi api;
        for (int i = 0; i < 5; ++i)
            api.calls.append(fixtureCallJson(i));
        for (int i : {2, 3}) {
            QJsonObject bad = fixtureCallJson(i);
            bad.insert(QStringLiteral("transcript"), 7);
            api.calls[i] = bad;
        }
        QStringList arguments{QStringLiteral("--list-calls"), QStringLiteral("m1"),
                              QStringLiteral("--limit"), QStringLiteral("2"),
                              QStringLiteral("--all")};
        if (json)
            arguments << QStringLiteral("--json");
        const Run r = run(arguments, api.base());
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains(QStringLiteral("callreview: call call00002 skipped: ")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("callreview: call call00003 skipped: ")),
                 qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("entry ")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("2 malformed entries skipped (see above).")),
                 qPrintable(r.err));
        if (json)
            QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 3);
        else
            QCOMPARE(lines(r.out).size(), 4); // header + 3 good calls
    }

    void malformedAssistantNamedByItsId()
    {
        FakeAnunziApi api;
        for (int i = 0; i < 3; ++i)
            api.assistants.append(fixtureAssistantJson(i));
        QJsonObject bad = fixtureAssistantJson(1);
        bad.insert(QStringLiteral("name"), 5);
        api.assistants[1] = bad;
        const Run r = run({QStringLiteral("--list-assistants")}, api.base());
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains(QStringLiteral("callreview: assistant model1 skipped: ")),
                 qPrintable(r.err));
        QCOMPARE(lines(r.out).size(), 3);
    }

    void assistantsEveryPageByDefault()
    {
        FakeAnunziApi api;
        for (int i = 0; i < 45; ++i)
            api.assistants.append(fixtureAssistantJson(i));
        const Run all = run({QStringLiteral("--list-assistants")}, api.base());
        QCOMPARE(all.exitCode, 0);
        QCOMPARE(lines(all.out).size(), 46); // header + 45, pages of 20, 20 and 5
        QCOMPARE(api.requests().size(), 3);
        QVERIFY(lines(all.out).last().startsWith("model44\t"));

        // --limit or --offset: paging by hand, one page.
        api.clearRequests();
        const Run limited = run(
            {QStringLiteral("--list-assistants"), QStringLiteral("--limit"), QStringLiteral("10")},
            api.base());
        QCOMPARE(limited.exitCode, 0);
        QCOMPARE(lines(limited.out).size(), 11);
        QCOMPARE(api.requests().size(), 1);

        api.clearRequests();
        const Run offset = run({QStringLiteral("--list-assistants"), QStringLiteral("--offset"),
                                QStringLiteral("5"), QStringLiteral("--json")},
                               api.base());
        QCOMPARE(offset.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(offset.out).array().size(), 20);
        QCOMPARE(api.requests().size(), 1);

        // Both, and --all: every page from there.
        api.clearRequests();
        const Run pagedAll = run({QStringLiteral("--list-assistants"), QStringLiteral("--limit"),
                                  QStringLiteral("10"), QStringLiteral("--offset"),
                                  QStringLiteral("30"), QStringLiteral("--all")},
                                 api.base());
        QCOMPARE(pagedAll.exitCode, 0);
        QCOMPARE(lines(pagedAll.out).size(), 16);
        QCOMPARE(api.requests().size(), 2);
    }

    void assistants()
    {
        FakeAnunziApi api;
        for (int i = 0; i < 3; ++i)
            api.assistants.append(fixtureAssistantJson(i));
        Run r = run({QStringLiteral("--list-assistants")}, api.base());
        QCOMPARE(r.exitCode, 0);
        const auto rows = lines(r.out);
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.at(0), QByteArray("MODEL ID\tNAME\tTYPE\tPHONE NUMBER\tRECORDING\tLANGUAGE"));
        QCOMPARE(rows.at(2), QByteArray("model1\tAssistant 1\tOutbound\t+12025550001\toff\tes-ES"));
        QCOMPARE(api.requests().at(0).path, QStringLiteral("/v2/assistants/"));

        r = run({QStringLiteral("--list-assistants"), QStringLiteral("--json")}, api.base());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).array().at(1).toObject(), fixtureAssistantJson(1));
    }

    void failures_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("words");
        QTest::newRow("400") << 400 << QByteArray() << 3 << QStringLiteral("HTTP 400");
        QTest::newRow("403") << 403 << QByteArray() << 3 << QStringLiteral("no permission");
        QTest::newRow("429") << 429 << QByteArray() << 3 << QStringLiteral("rate-limiting");
        QTest::newRow("html") << 0 << QByteArray("<html>oops</html>") << 4
                              << QStringLiteral("HTML page");
    }

    void failures()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, exitCode);
        QFETCH(QString, words);
        FakeAnunziApi api;
        FakeAnunziApi::Reply reply = FakeAnunziApi::Reply::json(body);
        reply.contentType = "text/html";
        if (status) // a 429 past RetryPolicy's bound is not retried
            reply = FakeAnunziApi::Reply::error(status, status == 429 ? "120" : QByteArray());
        api.script(api.callsPath(), {reply}, FakeAnunziApi::Then::RepeatLast);
        const Run r = run({QStringLiteral("--list-calls"), QStringLiteral("m1")}, api.base());
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(words), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("words");
        const QString m = QStringLiteral("--list-calls");
        QTest::newRow("bad-id") << QStringList{m, QStringLiteral("m1&limit=5")}
                                << QStringLiteral("k")
                                << QStringLiteral("not a valid assistant ID");
        QTest::newRow("limit-0") << QStringList{m, QStringLiteral("m1"), QStringLiteral("--limit"),
                                                QStringLiteral("0")}
                                 << QStringLiteral("k") << QStringLiteral("--limit");
        QTest::newRow("offset") << QStringList{m, QStringLiteral("m1"), QStringLiteral("--offset"),
                                               QStringLiteral("-1")}
                                << QStringLiteral("k") << QStringLiteral("--offset");
        QTest::newRow("json-alone") << QStringList{QStringLiteral("--json")} << QStringLiteral("k")
                                    << QStringLiteral("--json goes with");
        QTest::newRow("both") << QStringList{m, QStringLiteral("m1"),
                                             QStringLiteral("--list-assistants")}
                              << QStringLiteral("k") << QStringLiteral("only one");
        QTest::newRow("with-call-id")
            << QStringList{QStringLiteral("--list-assistants"), QStringLiteral("123x4")}
            << QStringLiteral("k") << QStringLiteral("take no CALL_ID");
        QTest::newRow("no-key") << QStringList{m, QStringLiteral("m1")} << QString()
                                << QStringLiteral("API key");
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, key);
        QFETCH(QString, words);
        FakeAnunziApi api;
        const Run r = run(arguments, api.base(), key);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(words), qPrintable(r.err));
        QVERIFY(api.requests().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_ListCommand)
#include "tst_ListCommand.moc"
