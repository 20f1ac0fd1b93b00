// JsonEscapes::simplified: rewrites only what has an exact raw equivalent, inside strings,
// and QJsonDocument reads the same document (or the same failure) from either form.
#include "CallResponses.h"
#include "base/JsonEscapes.h"

#include "FuzzInvariants.h"
#include <QJsonDocument>
#include <QJsonParseError>

#include <QTest>

class TestJsonEscapes : public QObject
{
    Q_OBJECT

private slots:
    void fuzzRegressions_data();
    void fuzzRegressions();
    void rewrites_data();
    void rewrites();
    void sameDocument_data();
    void sameDocument();
    void sharesWhenNothingToDo();
};

void TestJsonEscapes::rewrites_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("newline") << QByteArray(R"(["a\nb"])") << QByteArray("[\"a\nb\"]");
    QTest::newRow("crlf tab slash") << QByteArray(R"(["\r\n\t\/"])") << QByteArray("[\"\r\n\t/\"]");
    QTest::newRow("accent") << QByteArray(R"(["caf\u00e9"])") << QByteArray("[\"caf\xc3\xa9\"]");
    QTest::newRow("upper hex") << QByteArray(R"(["\u00C9"])") << QByteArray("[\"\xc3\x89\"]");
    QTest::newRow("three bytes") << QByteArray(R"(["\u20ac"])") << QByteArray("[\"\xe2\x82\xac\"]");
    QTest::newRow("surrogate pair")
        << QByteArray(R"(["\ud83d\udc4d"])") << QByteArray("[\"\xf0\x9f\x91\x8d\"]");
    QTest::newRow("quote stays") << QByteArray(R"(["\"\u0022"])") << QByteArray(R"(["\"\u0022"])");
    QTest::newRow("backslash stays")
        << QByteArray(R"(["\\n\u005c"])") << QByteArray(R"(["\\n\u005c"])");
    QTest::newRow("control stays")
        << QByteArray(R"(["\u0000\u001f\b\f"])") << QByteArray(R"(["\u0000\u001f\b\f"])");
    QTest::newRow("lone high surrogate")
        << QByteArray(R"(["\ud800x"])") << QByteArray(R"(["\ud800x"])");
    QTest::newRow("lone low surrogate")
        << QByteArray(R"(["\udc00"])") << QByteArray(R"(["\udc00"])");
    QTest::newRow("noncharacter") << QByteArray(R"(["\uffff\ufdd0"])")
                                  << QByteArray(R"(["\uffff\ufdd0"])");
    QTest::newRow("short unicode") << QByteArray(R"(["\u12"])") << QByteArray(R"(["\u12"])");
    QTest::newRow("bad hex") << QByteArray(R"(["\u12g4"])") << QByteArray(R"(["\u12g4"])");
    QTest::newRow("invalid escape") << QByteArray(R"(["\x"])") << QByteArray(R"(["\x"])");
    QTest::newRow("outside strings untouched")
        << QByteArray(R"({\n"a":1})") << QByteArray(R"({\n"a":1})");
    QTest::newRow("trailing backslash") << QByteArray("[\"a\\") << QByteArray("[\"a\\");
    QTest::newRow("keys too") << QByteArray(R"({"k\u0065y":"v\n"})")
                              << QByteArray("{\"key\":\"v\n\"}");
}

void TestJsonEscapes::rewrites()
{
    QFETCH(QByteArray, json);
    QFETCH(QByteArray, expected);
    QCOMPARE(JsonEscapes::simplified(json), expected);
}

void TestJsonEscapes::sameDocument_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("long call") << CallResponses::longCallResponse(200);
    QTest::newRow("ascii-escaped call") << QByteArray(
        R"({"status":"ok","response":{"calls":[{"call_id":"1","transcript":"bot: \u00bfHola?\r\nhuman: \ud83d\udc4d \"ok\" \\ \/ \u0000\n"}]}})");
    QTest::newRow("invalid: control escape then error") << QByteArray(R"({"a":"\n",})");
    QTest::newRow("invalid: unterminated") << QByteArray(R"({"a":"\n\u00e9)");
    QTest::newRow("invalid: lone surrogate") << QByteArray(R"({"a":"\ud800"})");
    QTest::newRow("invalid: bad escape") << QByteArray(R"({"a":"\q"})");
    QTest::newRow("noncharacters") << QByteArray(R"({"a":"\uffff\ufffe\ud83f\udffe"})");
}

void TestJsonEscapes::sameDocument()
{
    QFETCH(QByteArray, json);
    QJsonParseError originalError;
    QJsonParseError simplifiedError;
    const QJsonDocument original = QJsonDocument::fromJson(json, &originalError);
    const QJsonDocument simplified =
        QJsonDocument::fromJson(JsonEscapes::simplified(json), &simplifiedError);
    QCOMPARE(simplifiedError.error == QJsonParseError::NoError,
             originalError.error == QJsonParseError::NoError);
    QCOMPARE(simplified, original);
}

void TestJsonEscapes::sharesWhenNothingToDo()
{
    const QByteArray json =
        CallResponses::envelope(CallResponses::sampleCall()).replace("\\n", " ");
    QVERIFY(!json.contains('\\'));
    const QByteArray result = JsonEscapes::simplified(json);
    QCOMPARE(result, json);
    QCOMPARE(result.constData(), json.constData()); // no copy
}

// The seed corpus and the inputs a fuzzer broke (tests/fuzz/{corpus,regressions}/jsonescapes/),
// replayed with the fuzz target's checks.
void TestJsonEscapes::fuzzRegressions_data()
{
    QTest::addColumn<QByteArray>("input");
    for (const auto &[name, input] : FuzzInvariants::savedInputs(QStringLiteral("jsonescapes")))
        QTest::newRow(qPrintable(name)) << input;
}

void TestJsonEscapes::fuzzRegressions()
{
    QFETCH(QByteArray, input);
    const QString problem = FuzzInvariants::jsonEscapes(input);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

QTEST_GUILESS_MAIN(TestJsonEscapes)
#include "tst_JsonEscapes.moc"
