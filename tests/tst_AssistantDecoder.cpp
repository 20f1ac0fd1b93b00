#include "api/AssistantDecoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

class tst_AssistantDecoder : public QObject
{
    Q_OBJECT

private:
    static QJsonObject parse(const char *json)
    {
        // Single quotes keep the JSON readable here; they become double quotes.
        return QJsonDocument::fromJson(QByteArray(json).replace('\'', '"')).object();
    }

private slots:
    void documentedExample()
    {
        const auto result = AssistantDecoder::decodeAssistant(
            parse("{'model_id': '1725526325346x892123579587048600', 'workspace_id': 'w1',"
                  " 'type': 'outbound', 'name': 'Spanish sales', 'description': 'Sells',"
                  " 'phone_number': '+34911000111', 'external_webhook_url': 'https://hook',"
                  " 'is_recording': true, 'agent': {'prompt': 'p', 'llm': 'x',"
                  " 'language': 'es-ES', 'ring_pause_seconds': null,"
                  " 'transcriber_keywords': ['a']},"
                  " 'max_duration': {'duration_seconds': 600, 'is_enabled': true},"
                  " 'actions': ['a1'], 'something_new': {'x': 1}}"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        const AssistantRecord &a = *result.assistant;
        QCOMPARE(a.modelId, QStringLiteral("1725526325346x892123579587048600"));
        QCOMPARE(a.workspaceId, QStringLiteral("w1"));
        QCOMPARE(a.type, QStringLiteral("outbound"));
        QCOMPARE(a.name, QStringLiteral("Spanish sales"));
        QCOMPARE(a.phoneNumber, QStringLiteral("+34911000111"));
        QCOMPARE(a.language, QStringLiteral("es-ES"));
        QCOMPARE(a.isRecording, std::optional<bool>(true));
        QVERIFY(a.raw.contains(QStringLiteral("something_new")));
    }

    void minimalAssistant()
    {
        const auto result = AssistantDecoder::decodeAssistant(parse(
            "{'model_id':'m1','name':null,'agent':null,'is_recording':null,'phone_number':null}"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(result.assistant->name.isEmpty());
        QVERIFY(result.assistant->language.isEmpty());
        QVERIFY(!result.assistant->isRecording.has_value());
    }

    void wrongTypes_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::newRow("no-id") << QByteArray(R"({"name":"x"})") << QStringLiteral("x.model_id\"");
        QTest::newRow("empty-id") << QByteArray(R"({"model_id":" "})")
                                  << QStringLiteral("x.model_id\" is empty");
        QTest::newRow("id-number")
            << QByteArray(R"({"model_id":5})") << QStringLiteral("x.model_id\"");
        QTest::newRow("name") << QByteArray(R"({"model_id":"m","name":[]})")
                              << QStringLiteral("x.name\"");
        QTest::newRow("type") << QByteArray(R"({"model_id":"m","type":1})")
                              << QStringLiteral("x.type\"");
        QTest::newRow("phone") << QByteArray(R"({"model_id":"m","phone_number":1})")
                               << QStringLiteral("x.phone_number\"");
        QTest::newRow("recording") << QByteArray(R"({"model_id":"m","is_recording":"yes"})")
                                   << QStringLiteral("x.is_recording\" should be a boolean");
        QTest::newRow("agent") << QByteArray(R"({"model_id":"m","agent":"en"})")
                               << QStringLiteral("x.agent\" should be an object");
        QTest::newRow("language") << QByteArray(R"({"model_id":"m","agent":{"language":7}})")
                                  << QStringLiteral("\"x.agent.language\"");
    }

    void wrongTypes()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        const auto result = AssistantDecoder::decodeAssistant(
            QJsonDocument::fromJson(json).object(), QStringLiteral("x"));
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(field), qPrintable(result.error));
    }
};

QTEST_GUILESS_MAIN(tst_AssistantDecoder)
#include "tst_AssistantDecoder.moc"
