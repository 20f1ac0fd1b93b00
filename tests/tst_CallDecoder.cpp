// CallDecoder against malformed and hostile API responses: each case either decodes or fails
// with an error that names what was wrong.
#include "CallResponses.h"
#include "api/CallDecoder.h"

#include "FuzzInvariants.h"
#include <QFile>
#include <QJsonDocument>

#include <QTest>

namespace {

const QString callId = QStringLiteral("1725527007259x327898249603432960");

// The sample call with one field replaced (or removed when value is undefined).
QByteArray withField(const QString &key, const QJsonValue &value)
{
    QJsonObject call = CallResponses::sampleCall(callId);
    if (value.isUndefined())
        call.remove(key);
    else
        call.insert(key, value);
    return CallResponses::envelope(call);
}

// A raw JSON fragment as the value of one field (for values QJsonValue cannot express).
QByteArray withRawField(const QByteArray &key, const QByteArray &rawValue)
{
    QJsonObject call = CallResponses::sampleCall(callId);
    call.insert(QString::fromLatin1(key), QStringLiteral("@@PLACEHOLDER@@"));
    QByteArray json = CallResponses::envelope(call);
    json.replace("\"@@PLACEHOLDER@@\"", rawValue);
    return json;
}

const QStringList stringFields = {
    QStringLiteral("call_id"),         QStringLiteral("model_id"),
    QStringLiteral("campaign_type"),   QStringLiteral("phone_number_from"),
    QStringLiteral("phone_number_to"), QStringLiteral("name"),
    QStringLiteral("transcript"),      QStringLiteral("recording_url"),
    QStringLiteral("end_call_reason"),
};

} // namespace

class TestCallDecoder : public QObject
{
    Q_OBJECT

private slots:
    void fuzzRegressions_data();
    void fuzzRegressions();
    void rejectsMalformed_data();
    void rejectsMalformed();
    void acceptsOptionalFieldsMissingOrNull_data();
    void acceptsOptionalFieldsMissingOrNull();
    void ignoresUnknownFields();
    void readsEveryField();
    void duration_data();
    void duration();
    void invalidUtf8IsRejected();
    void veryLargeTranscript();
    void documentedExample();
    void decodeCallPrefixesFieldNames();
    void hostileInputs_data();
    void hostileInputs();
};

void TestCallDecoder::rejectsMalformed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("errorMentions");

    QTest::newRow("empty body") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("whitespace body") << QByteArray(" \r\n\t ") << QStringLiteral("empty");
    QTest::newRow("not JSON") << QByteArray("Service Unavailable")
                              << QStringLiteral("not valid JSON");
    QTest::newRow("HTML page") << QByteArray(
        "<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>")
                               << QStringLiteral("HTML page");
    QTest::newRow("truncated JSON") << CallResponses::envelope(CallResponses::sampleCall()).left(60)
                                    << QStringLiteral("not valid JSON");
    QTest::newRow("array at top") << QByteArray("[1,2,3]") << QStringLiteral("not a JSON object");
    // Qt's parser accepts only an object or an array at the top.
    QTest::newRow("string at top") << QByteArray("\"ok\"") << QStringLiteral("not valid JSON");
    QTest::newRow("number at top") << QByteArray("42") << QStringLiteral("not valid JSON");
    QTest::newRow("status missing")
        << QByteArray(R"({"response":{"calls":[]}})") << QStringLiteral("\"status\"");
    QTest::newRow("status number")
        << QByteArray(R"({"status":1,"response":{"calls":[]}})")
        << QStringLiteral("\"status\" should be a string but is a number");
    QTest::newRow("status error") << QByteArray(R"({"status":"error","message":"Invalid call"})")
                                  << QStringLiteral("status \"error\"");
    QTest::newRow("response missing")
        << QByteArray(R"({"status":"ok"})")
        << QStringLiteral("\"response\" should be an object but is missing");
    QTest::newRow("response array")
        << QByteArray(R"({"status":"ok","response":[]})")
        << QStringLiteral("\"response\" should be an object but is an array");
    QTest::newRow("response string")
        << QByteArray(R"({"status":"ok","response":"x"})")
        << QStringLiteral("\"response\" should be an object but is a string");
    QTest::newRow("calls missing")
        << QByteArray(R"({"status":"ok","response":{}})")
        << QStringLiteral("\"response.calls\" should be an array but is missing");
    QTest::newRow("calls object") << QByteArray(R"({"status":"ok","response":{"calls":{}}})")
                                  << QStringLiteral(
                                         "\"response.calls\" should be an array but is an object");
    QTest::newRow("calls null") << QByteArray(R"({"status":"ok","response":{"calls":null}})")
                                << QStringLiteral(
                                       "\"response.calls\" should be an array but is null");
    QTest::newRow("calls empty") << QByteArray(R"({"status":"ok","response":{"calls":[]}})")
                                 << QStringLiteral("holds no call");
    QTest::newRow("two calls") << CallResponses::envelope(
        QJsonArray{CallResponses::sampleCall(), CallResponses::sampleCall()})
                               << QStringLiteral("holds 2 calls");
    QTest::newRow("call is a string")
        << CallResponses::envelope(QJsonArray{QStringLiteral("x")})
        << QStringLiteral("\"response.calls[0]\" should be an object but is a string");
    QTest::newRow("call is null") << QByteArray(R"({"status":"ok","response":{"calls":[null]}})")
                                  << QStringLiteral(
                                         "\"response.calls[0]\" should be an object but is null");

    const QList<QPair<const char *, QJsonValue>> wrongValues = {
        {"number", 42},
        {"bool", true},
        {"object", QJsonObject{{QStringLiteral("a"), 1}}},
        {"array", QJsonArray{QStringLiteral("x")}}};
    for (const QString &field : stringFields) {
        for (const auto &[typeName, value] : wrongValues) {
            QTest::addRow("%s is %s", qPrintable(field), typeName)
                << withField(field, value)
                << (QStringLiteral("\"response.calls[0].") + field
                    + QStringLiteral("\" should be a string"));
        }
    }
    const QString durationField = QStringLiteral("\"response.calls[0].duration\"");
    QTest::newRow("duration is bool")
        << withField(QStringLiteral("duration"), true) << durationField;
    QTest::newRow("duration is object")
        << withField(QStringLiteral("duration"), QJsonObject{}) << durationField;
    QTest::newRow("duration is array")
        << withField(QStringLiteral("duration"), QJsonArray{66}) << durationField;
    QTest::newRow("duration negative")
        << withField(QStringLiteral("duration"), -1) << durationField;
    QTest::newRow("duration NaN string")
        << withField(QStringLiteral("duration"), QStringLiteral("NaN")) << durationField;
    QTest::newRow("duration inf string")
        << withField(QStringLiteral("duration"), QStringLiteral("inf")) << durationField;
    QTest::newRow("duration huge") << withRawField("duration", "1e300") << durationField;
    QTest::newRow("duration beyond double")
        << withRawField("duration", "1e400") << QStringLiteral("not valid JSON");
    QTest::newRow("duration word")
        << withField(QStringLiteral("duration"), QStringLiteral("long")) << durationField;
    QTest::newRow("duration empty string")
        << withField(QStringLiteral("duration"), QString()) << durationField;

    QTest::newRow("call_id missing")
        << withField(QStringLiteral("call_id"), QJsonValue::Undefined)
        << QStringLiteral("\"response.calls[0].call_id\" should be a string but is missing");
    QTest::newRow("call_id null")
        << withField(QStringLiteral("call_id"), QJsonValue::Null)
        << QStringLiteral("\"response.calls[0].call_id\" should be a string but is null");
    QTest::newRow("call_id empty") << withField(QStringLiteral("call_id"), QString())
                                   << QStringLiteral("\"response.calls[0].call_id\" is empty");
    QTest::newRow("call_id blank") << withField(QStringLiteral("call_id"), QStringLiteral("   "))
                                   << QStringLiteral("\"response.calls[0].call_id\" is empty");
}

void TestCallDecoder::rejectsMalformed()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, errorMentions);
    const CallDecoder::Result result = CallDecoder::decodeResponse(json);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(errorMentions),
             qPrintable(QStringLiteral("error \"%1\" does not mention \"%2\"")
                            .arg(result.error, errorMentions)));
}

void TestCallDecoder::acceptsOptionalFieldsMissingOrNull_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<bool>("useNull");
    for (const QString &field : stringFields) {
        if (field == u"call_id")
            continue;
        QTest::addRow("%s missing", qPrintable(field)) << field << false;
        QTest::addRow("%s null", qPrintable(field)) << field << true;
    }
    QTest::newRow("duration missing") << QStringLiteral("duration") << false;
    QTest::newRow("duration null") << QStringLiteral("duration") << true;
}

void TestCallDecoder::acceptsOptionalFieldsMissingOrNull()
{
    QFETCH(QString, field);
    QFETCH(bool, useNull);
    const CallDecoder::Result result = CallDecoder::decodeResponse(withField(
        field, useNull ? QJsonValue(QJsonValue::Null) : QJsonValue(QJsonValue::Undefined)));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.call->callId, callId);
    if (field == u"name")
        QCOMPARE(result.call->name, QString());
    if (field == u"transcript")
        QVERIFY(result.call->turns.isEmpty());
    if (field == u"duration")
        QCOMPARE(result.call->durationSeconds, 0);
}

void TestCallDecoder::ignoresUnknownFields()
{
    QJsonObject call = CallResponses::sampleCall(callId);
    call.insert(QStringLiteral("sentiment"), QJsonObject{{QStringLiteral("score"), 0.4}});
    call.insert(QStringLiteral("tags"), QJsonArray{1, QStringLiteral("x")});
    QJsonObject root = QJsonDocument::fromJson(CallResponses::envelope(call)).object();
    root.insert(QStringLiteral("request_id"), 77);
    const CallDecoder::Result result =
        CallDecoder::decodeResponse(QJsonDocument(root).toJson(QJsonDocument::Compact));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.call->callId, callId);
    // The raw object is kept whole (JSON export shows what the API sent).
    QVERIFY(result.call->raw.contains(QStringLiteral("sentiment")));
}

void TestCallDecoder::readsEveryField()
{
    const CallDecoder::Result result =
        CallDecoder::decodeResponse(CallResponses::envelope(CallResponses::sampleCall(callId)));
    QVERIFY2(result.ok(), qPrintable(result.error));
    const CallRecord &call = *result.call;
    QCOMPARE(call.callId, callId);
    QCOMPARE(call.modelId, QStringLiteral("1725526325346x892123579587048600"));
    QCOMPARE(call.campaignType, QStringLiteral("Inbound"));
    QCOMPARE(call.phoneNumberFrom, QStringLiteral("+11234567890"));
    QCOMPARE(call.phoneNumberTo, QStringLiteral("+1098765432"));
    QCOMPARE(call.name, QStringLiteral("Eddie"));
    QCOMPARE(call.durationSeconds, 66);
    QCOMPARE(call.recordingUrl, QStringLiteral("https://recordings.example/RE68bd7f.mp3"));
    QCOMPARE(call.endCallReason, QStringLiteral("human_pick_up_cut_off"));
    QCOMPARE(call.turns.size(), 3);
    QCOMPARE(call.turns.at(1).speaker, Speaker::Human);
}

void TestCallDecoder::duration_data()
{
    QTest::addColumn<QByteArray>("rawValue");
    QTest::addColumn<qint64>("seconds");
    QTest::newRow("integer") << QByteArray("66") << qint64(66);
    QTest::newRow("zero") << QByteArray("0") << qint64(0);
    QTest::newRow("fraction rounds") << QByteArray("65.6") << qint64(66);
    QTest::newRow("numeric string") << QByteArray("\"66\"") << qint64(66);
    QTest::newRow("numeric string with spaces") << QByteArray("\" 66 \"") << qint64(66);
    QTest::newRow("ten hours") << QByteArray("36000") << qint64(36000);
    QTest::newRow("exponent") << QByteArray("6.6e1") << qint64(66);
}

void TestCallDecoder::duration()
{
    QFETCH(QByteArray, rawValue);
    QFETCH(qint64, seconds);
    const CallDecoder::Result result =
        CallDecoder::decodeResponse(withRawField("duration", rawValue));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.call->durationSeconds, seconds);
}

void TestCallDecoder::invalidUtf8IsRejected()
{
    // 0xC3 0x28 is an invalid two-byte sequence; 0xFF never occurs in UTF-8.
    for (const QByteArray &bad :
         {QByteArray("Mar\xc3\x28ta"), QByteArray("\xff\xfe"), QByteArray("ab\xe2\x82")}) {
        const QByteArray json = withRawField("name", '"' + bad + '"');
        const CallDecoder::Result result = CallDecoder::decodeResponse(json);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(QStringLiteral("not valid JSON")), qPrintable(result.error));
    }
}

void TestCallDecoder::veryLargeTranscript()
{
    const int turns = 100000;
    const CallDecoder::Result result =
        CallDecoder::decodeResponse(CallResponses::longCallResponse(turns, callId));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.call->turns.size(), turns);
    QCOMPARE(result.call->turns.last().text, CallResponses::longTranscriptTurnText(turns - 1));
    QCOMPARE(result.call->turns.last().speaker, Speaker::Human);
}

void TestCallDecoder::documentedExample()
{
    QFile file(QStringLiteral(CALLREVIEW_TEST_DATA_DIR "/anunzi-get-call-example.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const CallDecoder::Result result = CallDecoder::decodeResponse(file.readAll());
    QVERIFY2(result.ok(), qPrintable(result.error));
    const CallRecord &call = *result.call;
    QCOMPARE(call.callId, callId);
    QCOMPARE(call.campaignType, QStringLiteral("Inbound"));
    QCOMPARE(call.name, QString());
    QCOMPARE(call.durationSeconds, 66);
    QCOMPARE(call.endCallReason, QStringLiteral("human_pick_up_cut_off"));
    QVERIFY(call.recordingUrl.startsWith(QStringLiteral("https://api.twilio.com/")));
    const QList<Turn> expected = {
        {Speaker::Bot, QStringLiteral("Hey, you've called [company]. How may I assist you today?")},
        {Speaker::Human, QStringLiteral("Hello. I would like to know my preferences.")},
        {Speaker::Bot,
         QStringLiteral("Let me check your preferences.\nI didn't catch your name.\n"
                        "Could you please provide it so I can look up your preferences?")},
        {Speaker::Human, QStringLiteral("Eddie.")},
        {Speaker::Bot,
         QStringLiteral("Let me check your preferences.\nAlright, Eddie.\n"
                        "Let me quickly pull up your preferences.\nOne moment, please.\n...")},
    };
    QCOMPARE(call.turns, expected);
}

void TestCallDecoder::decodeCallPrefixesFieldNames()
{
    QJsonObject call = CallResponses::sampleCall(callId);
    call.insert(QStringLiteral("name"), 5);
    const CallDecoder::Result result =
        CallDecoder::decodeCall(call, QStringLiteral("response.calls[3]"));
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(QStringLiteral("\"response.calls[3].name\"")),
             qPrintable(result.error));
    const CallDecoder::Result bare = CallDecoder::decodeCall(call);
    QVERIFY2(bare.error.contains(QStringLiteral("\"name\" should be a string")),
             qPrintable(bare.error));
}

// Hostile shapes: each must decode or fail with a reason, without crashing.
void TestCallDecoder::hostileInputs_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("deep nesting") << QByteArray(100000, '[');
    QTest::newRow("nested objects") << QByteArray(
        R"({"status":"ok","response":{"calls":[{"call_id":"a","transcript":"bot:\n\n:human:"}]}})");
}

void TestCallDecoder::hostileInputs()
{
    QFETCH(QByteArray, json);
    const CallDecoder::Result result = CallDecoder::decodeResponse(json);
    QVERIFY(result.ok() || !result.error.isEmpty());
}

// The seed corpus and the inputs a fuzzer broke (tests/fuzz/{corpus,regressions}/calldecoder/),
// replayed with the fuzz target's checks.
void TestCallDecoder::fuzzRegressions_data()
{
    QTest::addColumn<QByteArray>("input");
    for (const auto &[name, input] : FuzzInvariants::savedInputs(QStringLiteral("calldecoder")))
        QTest::newRow(qPrintable(name)) << input;
}

void TestCallDecoder::fuzzRegressions()
{
    QFETCH(QByteArray, input);
    const QString problem = FuzzInvariants::callDecoder(input);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

QTEST_GUILESS_MAIN(TestCallDecoder)
#include "tst_CallDecoder.moc"
