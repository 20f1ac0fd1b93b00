#include "api/ListPageDecoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class tst_ListPageDecoder : public QObject
{
    Q_OBJECT

private:
    static QJsonObject call(const QString &id)
    {
        return QJsonObject{{QStringLiteral("call_id"), id},
                           {QStringLiteral("transcript"), QStringLiteral("bot: hi\nhuman: hello")},
                           {QStringLiteral("duration"), 12}};
    }
    static QByteArray page(const QString &key, const QJsonArray &entries)
    {
        return QJsonDocument(QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                                         {QStringLiteral("response"), QJsonObject{{key, entries}}}})
            .toJson();
    }

private slots:
    void goodPage()
    {
        const auto result = ListPageDecoder::decodeCalls(
            page(QStringLiteral("calls"), {call(QStringLiteral("a")), call(QStringLiteral("b"))}));
        QVERIFY(result.ok());
        QCOMPARE(result.calls.size(), 2);
        QCOMPARE(result.entryCount, 2);
        QCOMPARE(result.calls.at(1).callId, QStringLiteral("b"));
        QCOMPARE(result.calls.at(0).turns.size(), 2);
        QVERIFY(result.rejected.isEmpty());
    }

    void emptyPageIsFine()
    {
        const auto result = ListPageDecoder::decodeCalls(page(QStringLiteral("calls"), {}));
        QVERIFY(result.ok());
        QCOMPARE(result.entryCount, 0);
    }

    void badEntriesReportedOthersKept()
    {
        QJsonObject noId = call(QStringLiteral("x"));
        noId.remove(QStringLiteral("call_id"));
        QJsonObject badName = call(QStringLiteral("y"));
        badName.insert(QStringLiteral("name"), 42);
        const auto result = ListPageDecoder::decodeCalls(page(
            QStringLiteral("calls"),
            {call(QStringLiteral("a")), noId, QJsonValue(), badName, call(QStringLiteral("b"))}));
        QVERIFY(result.ok());
        QCOMPARE(result.entryCount, 5);
        QCOMPARE(result.calls.size(), 2);
        QCOMPARE(result.rejected.size(), 3);
        QCOMPARE(result.rejected.at(0).index, 1);
        QVERIFY(result.rejected.at(0).reason.contains(QStringLiteral("response.calls[1].call_id")));
        QCOMPARE(result.rejected.at(1).index, 2);
        QVERIFY(result.rejected.at(1).reason.contains(QStringLiteral("null")));
        QCOMPARE(result.rejected.at(2).index, 3);
        QVERIFY(result.rejected.at(2).reason.contains(QStringLiteral("response.calls[3].name")));
        // The ID names the entry when it can be read: not for a missing call_id or a null.
        QCOMPARE(result.rejected.at(0).id, QString());
        QCOMPARE(result.rejected.at(1).id, QString());
        QCOMPARE(result.rejected.at(2).id, QStringLiteral("y"));
    }

    void rejectedEntryIdOnlyWhenReadable_data()
    {
        QTest::addColumn<QJsonValue>("callId");
        QTest::addColumn<QString>("id");
        QTest::newRow("valid") << QJsonValue(QStringLiteral("1725527007259x3278982496"))
                               << QStringLiteral("1725527007259x3278982496");
        QTest::newRow("padded") << QJsonValue(QStringLiteral(" abc-1 ")) << QStringLiteral("abc-1");
        QTest::newRow("number") << QJsonValue(12) << QString();
        QTest::newRow("empty") << QJsonValue(QString()) << QString();
        QTest::newRow("path") << QJsonValue(QStringLiteral("../assistants")) << QString();
        QTest::newRow("control characters")
            << QJsonValue(QStringLiteral("abc\x1b[2Jdef")) << QString();
        QTest::newRow("too long") << QJsonValue(QString(200, u'a')) << QString();
    }

    void rejectedEntryIdOnlyWhenReadable()
    {
        QFETCH(QJsonValue, callId);
        QFETCH(QString, id);
        QJsonObject bad = call(QStringLiteral("placeholder"));
        bad.insert(QStringLiteral("call_id"), callId);
        bad.insert(QStringLiteral("duration"), QStringLiteral("long")); // malformed either way
        const auto result = ListPageDecoder::decodeCalls(page(QStringLiteral("calls"), {bad}));
        QVERIFY(result.ok());
        QCOMPARE(result.rejected.size(), 1);
        QCOMPARE(result.rejected.first().id, id);
    }

    void badEnvelopes_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray("  ") << QStringLiteral("empty");
        QTest::newRow("html") << QByteArray("<html>") << QStringLiteral("HTML");
        QTest::newRow("array") << QByteArray("[]") << QStringLiteral("not a JSON object");
        QTest::newRow("status") << QByteArray(R"({"status":"error","response":{}})")
                                << QStringLiteral("\"error\"");
        QTest::newRow("no-response")
            << QByteArray(R"({"status":"ok"})") << QStringLiteral("\"response\"");
        QTest::newRow("calls-object")
            << QByteArray(R"({"status":"ok","response":{"calls":{}}})")
            << QStringLiteral("response.calls\" should be an array but is an object");
        QTest::newRow("wrong-key") << QByteArray(R"({"status":"ok","response":{"assistants":[]}})")
                                   << QStringLiteral("missing");
    }

    void badEnvelopes()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const auto result = ListPageDecoder::decodeCalls(json);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(expected), qPrintable(result.error));
        QVERIFY(result.calls.isEmpty());
    }

    void assistantsPage()
    {
        const QJsonObject good{{QStringLiteral("model_id"), QStringLiteral("m1")},
                               {QStringLiteral("name"), QStringLiteral("Sales ES")}};
        const QJsonObject bad{{QStringLiteral("model_id"), 5}};
        const auto result =
            ListPageDecoder::decodeAssistants(page(QStringLiteral("assistants"), {good, bad}));
        QVERIFY(result.ok());
        QCOMPARE(result.entryCount, 2);
        QCOMPARE(result.assistants.size(), 1);
        QCOMPARE(result.assistants.first().name, QStringLiteral("Sales ES"));
        QCOMPARE(result.rejected.size(), 1);
        QVERIFY(result.rejected.first().reason.contains(
            QStringLiteral("response.assistants[1].model_id")));
        QCOMPARE(result.rejected.first().id, QString()); // a number is no model_id

        const QJsonObject badName{{QStringLiteral("model_id"), QStringLiteral("m7")},
                                  {QStringLiteral("name"), 7}};
        const auto named =
            ListPageDecoder::decodeAssistants(page(QStringLiteral("assistants"), {badName}));
        QCOMPARE(named.rejected.size(), 1);
        QCOMPARE(named.rejected.first().id, QStringLiteral("m7"));
    }
};

QTEST_GUILESS_MAIN(tst_ListPageDecoder)
#include "tst_ListPageDecoder.moc"
