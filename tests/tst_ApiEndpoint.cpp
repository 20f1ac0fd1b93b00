// ApiEndpoint: which base URLs may receive the key, which call IDs are accepted, and that a
// call URL always reaches exactly {base}/calls/{id} on a real server.
#include "FakeAnunziApi.h"
#include "api/ApiEndpoint.h"
#include "net/Origin.h"

#include "FuzzInvariants.h"
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>

#include <QTest>

class TestApiEndpoint : public QObject
{
    Q_OBJECT

private slots:
    void fuzzRegressions_data();
    void fuzzRegressions();
    void parseBaseAccepts_data();
    void parseBaseAccepts();
    void parseBaseRefuses_data();
    void parseBaseRefuses();
    void validCallIds_data();
    void validCallIds();
    void invalidCallIds_data();
    void invalidCallIds();
    void extractCallId_data();
    void extractCallId();
    void callUrl_data();
    void callUrl();
    void serverSeesOneSegment();
    void sameOrigin_data();
    void sameOrigin();
};

void TestApiEndpoint::parseBaseAccepts_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("default") << QStringLiteral("https://api.anunzi.net/v2")
                             << QStringLiteral("https://api.anunzi.net/v2");
    QTest::newRow("trailing slash") << QStringLiteral("https://api.anunzi.net/v2/")
                                    << QStringLiteral("https://api.anunzi.net/v2");
    QTest::newRow("many trailing slashes") << QStringLiteral("https://api.anunzi.net/v2///")
                                           << QStringLiteral("https://api.anunzi.net/v2");
    QTest::newRow("surrounding spaces") << QStringLiteral("  https://api.anunzi.net/v2 ")
                                        << QStringLiteral("https://api.anunzi.net/v2");
    QTest::newRow("no path") << QStringLiteral("https://api.anunzi.net")
                             << QStringLiteral("https://api.anunzi.net");
    QTest::newRow("https with port") << QStringLiteral("https://api.example.com:8443/v2")
                                     << QStringLiteral("https://api.example.com:8443/v2");
    QTest::newRow("http 127.0.0.1")
        << QStringLiteral("http://127.0.0.1:8080/v2") << QStringLiteral("http://127.0.0.1:8080/v2");
    QTest::newRow("http ::1") << QStringLiteral("http://[::1]:8080/v2")
                              << QStringLiteral("http://[::1]:8080/v2");
    QTest::newRow("http localhost")
        << QStringLiteral("http://localhost:8080/v2") << QStringLiteral("http://localhost:8080/v2");
    QTest::newRow("http LOCALHOST")
        << QStringLiteral("http://LOCALHOST/v2") << QStringLiteral("http://localhost/v2");
}

void TestApiEndpoint::parseBaseAccepts()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QString error;
    const QUrl url = ApiEndpoint::parseBase(input, &error);
    QVERIFY2(url.isValid(), qPrintable(error));
    QCOMPARE(url.toString(), expected);
}

void TestApiEndpoint::parseBaseRefuses_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("errorMentions");
    QTest::newRow("empty") << QString() << QStringLiteral("empty");
    QTest::newRow("spaces") << QStringLiteral("   ") << QStringLiteral("empty");
    QTest::newRow("no scheme") << QStringLiteral("api.anunzi.net/v2")
                               << QStringLiteral("not a valid URL");
    QTest::newRow("http remote") << QStringLiteral("http://api.anunzi.net/v2")
                                 << QStringLiteral("clear text");
    QTest::newRow("http private address")
        << QStringLiteral("http://192.168.1.10/v2") << QStringLiteral("clear text");
    QTest::newRow("http localhost lookalike")
        << QStringLiteral("http://localhost.evil.example/v2") << QStringLiteral("clear text");
    QTest::newRow("http 127 lookalike")
        << QStringLiteral("http://127.0.0.1.evil.example/v2") << QStringLiteral("clear text");
    QTest::newRow("ftp") << QStringLiteral("ftp://api.anunzi.net/v2") << QStringLiteral("https://");
    QTest::newRow("file") << QStringLiteral("file:///etc/passwd")
                          << QStringLiteral("not a valid URL");
    QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)")
                                << QStringLiteral("not a valid URL");
    QTest::newRow("userinfo") << QStringLiteral("https://user:pw@api.anunzi.net/v2")
                              << QStringLiteral("user name or password");
    QTest::newRow("user only") << QStringLiteral("https://user@api.anunzi.net/v2")
                               << QStringLiteral("user name or password");
    QTest::newRow("query") << QStringLiteral("https://api.anunzi.net/v2?x=1")
                           << QStringLiteral("'?' or '#'");
    QTest::newRow("empty query") << QStringLiteral("https://api.anunzi.net/v2?")
                                 << QStringLiteral("'?' or '#'");
    QTest::newRow("fragment") << QStringLiteral("https://api.anunzi.net/v2#top")
                              << QStringLiteral("'?' or '#'");
    QTest::newRow("space in host")
        << QStringLiteral("https://api anunzi.net/v2") << QStringLiteral("not a valid URL");
}

void TestApiEndpoint::parseBaseRefuses()
{
    QFETCH(QString, input);
    QFETCH(QString, errorMentions);
    QString error;
    QVERIFY(!ApiEndpoint::parseBase(input, &error).isValid());
    QVERIFY2(error.contains(errorMentions), qPrintable(error));
    QVERIFY(!ApiEndpoint::parseBase(input, nullptr).isValid()); // no error pointer: no crash
}

void TestApiEndpoint::validCallIds_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("anunzi") << QStringLiteral("1725527007259x327898249603432960");
    QTest::newRow("one char") << QStringLiteral("a");
    QTest::newRow("digit") << QStringLiteral("7");
    QTest::newRow("dash underscore") << QStringLiteral("call-42_b");
    QTest::newRow("leading dash") << QStringLiteral("-x");
    QTest::newRow("inner dot") << QStringLiteral("a.b");
    QTest::newRow("dots apart") << QStringLiteral("1.2.3");
    QTest::newRow("max length") << QString(ApiEndpoint::maxCallIdLength, u'9');
}

void TestApiEndpoint::validCallIds()
{
    QFETCH(QString, id);
    QVERIFY(ApiEndpoint::isValidCallId(id));
    QCOMPARE(ApiEndpoint::extractCallId(id), id);
}

void TestApiEndpoint::invalidCallIds_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("empty") << QString();
    QTest::newRow("dot") << QStringLiteral(".");
    QTest::newRow("dot dot") << QStringLiteral("..");
    QTest::newRow("dots inside") << QStringLiteral("a..b");
    QTest::newRow("leading dot") << QStringLiteral(".a1");
    QTest::newRow("trailing dot") << QStringLiteral("a1.");
    QTest::newRow("slash") << QStringLiteral("12/34");
    QTest::newRow("traversal") << QStringLiteral("../assistants");
    QTest::newRow("traversal with digits") << QStringLiteral("../1234");
    QTest::newRow("question mark") << QStringLiteral("12?limit=1");
    QTest::newRow("hash") << QStringLiteral("12#x");
    QTest::newRow("percent") << QStringLiteral("12%41");
    QTest::newRow("encoded dots") << QStringLiteral("%2e%2e");
    QTest::newRow("encoded slash") << QStringLiteral("12%2F34");
    QTest::newRow("backslash") << QStringLiteral("12\\34");
    QTest::newRow("ampersand") << QStringLiteral("12&x=1");
    QTest::newRow("space inside") << QStringLiteral("12 34x");
    QTest::newRow("accented") << QStringLiteral("caf\u00e9");
    QTest::newRow("fullwidth digits") << QStringLiteral("\uff11\uff12\uff13");
    QTest::newRow("arabic digits") << QStringLiteral("\u0661\u0662\u0663");
    QTest::newRow("fullwidth dot") << QStringLiteral("1\uff0e\uff0e2");
    QTest::newRow("too long") << QString(ApiEndpoint::maxCallIdLength + 1, u'9');
    QTest::newRow("nul") << QStringLiteral("12") + QChar(u'\0') + QStringLiteral("34");
    // Found by fuzz_apiendpoint: '$' in the pattern matched before a final newline.
    QTest::newRow("fuzz: trailing newline") << QStringLiteral("d\n");
    QTest::newRow("trailing CRLF") << QStringLiteral("1725x3\r\n");
    QTest::newRow("leading newline") << QStringLiteral("\n1725x3");
}

void TestApiEndpoint::invalidCallIds()
{
    QFETCH(QString, id);
    QVERIFY(!ApiEndpoint::isValidCallId(id));
    const QString extracted = ApiEndpoint::extractCallId(id);
    // Nothing is pulled out of a path or an encoded string; what may be pulled out of other
    // text is itself a valid ID.
    if (id.contains(u'/') || id.contains(u'%') || id.contains(u'?') || id.contains(u'#')
        || id.contains(u'\\') || id.contains(u'&') || id.startsWith(u'.')
        || id.size() > ApiEndpoint::maxCallIdLength) {
        QVERIFY2(extracted.isEmpty(), qPrintable(extracted));
    }
    QVERIFY(extracted.isEmpty() || ApiEndpoint::isValidCallId(extracted));
    QVERIFY(!ApiEndpoint::callIdRules().isEmpty());
}

void TestApiEndpoint::extractCallId_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    const QString id = QStringLiteral("1725527007259x327898249603432960");
    QTest::newRow("plain") << id << id;
    QTest::newRow("spaces") << QStringLiteral("  ") + id + QStringLiteral(" \n") << id;
    QTest::newRow("double quotes") << QStringLiteral("\"") + id + u'"' << id;
    QTest::newRow("single quotes") << QStringLiteral("'") + id + u'\'' << id;
    QTest::newRow("pasted line") << QStringLiteral("Call ID: ") + id << id;
    QTest::newRow("sentence") << QStringLiteral("The call was ") + id + QStringLiteral(".") << id;
    QTest::newRow("json pair") << QStringLiteral("\"call_id\": \"") + id + QStringLiteral("\",")
                               << id;
    QTest::newRow("tabbed") << QStringLiteral("id\t") + id << id;
    QTest::newRow("no digits") << QStringLiteral("hello there") << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("only spaces") << QStringLiteral("   ") << QString();
    QTest::newRow("in a path") << QStringLiteral("/v2/calls/") + id << QString();
    QTest::newRow("with query") << id + QStringLiteral("?x=1") << QString();
    QTest::newRow("encoded traversal") << QStringLiteral("%2e%2e%2f1234") << QString();
}

void TestApiEndpoint::extractCallId()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(ApiEndpoint::extractCallId(input), expected);
}

void TestApiEndpoint::callUrl_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("expected");
    QTest::newRow("default base") << QStringLiteral("https://api.anunzi.net/v2")
                                  << QStringLiteral("1725x32")
                                  << QStringLiteral("https://api.anunzi.net/v2/calls/1725x32");
    QTest::newRow("no base path") << QStringLiteral("https://api.anunzi.net")
                                  << QStringLiteral("42")
                                  << QStringLiteral("https://api.anunzi.net/calls/42");
    QTest::newRow("trailing slash")
        << QStringLiteral("https://api.anunzi.net/v2/") << QStringLiteral("a.b")
        << QStringLiteral("https://api.anunzi.net/v2/calls/a.b");
    QTest::newRow("deeper base") << QStringLiteral("http://127.0.0.1:9/x/y")
                                 << QStringLiteral("-_-")
                                 << QStringLiteral("http://127.0.0.1:9/x/y/calls/-_-");
}

void TestApiEndpoint::callUrl()
{
    QFETCH(QString, base);
    QFETCH(QString, id);
    QFETCH(QString, expected);
    const QUrl url = ApiEndpoint::callUrl(ApiEndpoint::parseBase(base, nullptr), id);
    QCOMPARE(url.toString(QUrl::FullyEncoded), expected);
    QVERIFY(!url.hasQuery());
    QVERIFY(!url.hasFragment());
}

void TestApiEndpoint::serverSeesOneSegment()
{
    FakeAnunziApi api;
    QVERIFY(api.isListening());
    QNetworkAccessManager manager;
    const QUrl base = ApiEndpoint::parseBase(api.base(), nullptr);
    QVERIFY(base.isValid());
    const QStringList ids = {QStringLiteral("1725527007259x327898249603432960"),
                             QStringLiteral("a"),
                             QStringLiteral("a.b"),
                             QStringLiteral("1.2.3"),
                             QStringLiteral("-x-"),
                             QStringLiteral("__"),
                             QString(ApiEndpoint::maxCallIdLength, u'z')};
    for (const QString &id : ids) {
        QVERIFY(ApiEndpoint::isValidCallId(id));
        QNetworkReply *reply = manager.get(QNetworkRequest(ApiEndpoint::callUrl(base, id)));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(5000));
        reply->deleteLater();
        QVERIFY(api.requestCount() > 0);
        const FakeAnunziApi::Request &seen = api.requests().last();
        QCOMPARE(seen.path, QStringLiteral("/v2/calls/") + id);
        QCOMPARE(seen.path.split(u'/').size(), 4); // "", "v2", "calls", id
        QVERIFY(seen.query.isEmpty());
    }
    QCOMPARE(api.requestCount(), ids.size());
}

void TestApiEndpoint::sameOrigin_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");
    QTest::newRow("identical") << QStringLiteral("https://api.anunzi.net/v2")
                               << QStringLiteral("https://api.anunzi.net/v2/calls/1") << true;
    QTest::newRow("default port explicit")
        << QStringLiteral("https://api.anunzi.net/")
        << QStringLiteral("https://api.anunzi.net:443/x") << true;
    QTest::newRow("http default port")
        << QStringLiteral("http://127.0.0.1/") << QStringLiteral("http://127.0.0.1:80/") << true;
    QTest::newRow("host case") << QStringLiteral("https://API.Anunzi.net/")
                               << QStringLiteral("https://api.anunzi.net/") << true;
    QTest::newRow("other host") << QStringLiteral("https://api.anunzi.net/")
                                << QStringLiteral("https://evil.example/") << false;
    QTest::newRow("subdomain") << QStringLiteral("https://api.anunzi.net/")
                               << QStringLiteral("https://x.api.anunzi.net/") << false;
    QTest::newRow("other port") << QStringLiteral("http://127.0.0.1:8000/")
                                << QStringLiteral("http://127.0.0.1:8001/") << false;
    QTest::newRow("other scheme") << QStringLiteral("https://api.anunzi.net/")
                                  << QStringLiteral("http://api.anunzi.net/") << false;
    QTest::newRow("https vs http on 443")
        << QStringLiteral("https://h/") << QStringLiteral("http://h:443/") << false;
    QTest::newRow("localhost vs 127.0.0.1")
        << QStringLiteral("http://localhost:1/") << QStringLiteral("http://127.0.0.1:1/") << false;
}

void TestApiEndpoint::sameOrigin()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    QCOMPARE(Origin::same(QUrl(a), QUrl(b)), same);
    QCOMPARE(Origin::same(QUrl(b), QUrl(a)), same);
}

// The seed corpus and the inputs a fuzzer broke (tests/fuzz/{corpus,regressions}/apiendpoint/),
// replayed with the fuzz target's checks.
void TestApiEndpoint::fuzzRegressions_data()
{
    QTest::addColumn<QByteArray>("input");
    for (const auto &[name, input] : FuzzInvariants::savedInputs(QStringLiteral("apiendpoint")))
        QTest::newRow(qPrintable(name)) << input;
}

void TestApiEndpoint::fuzzRegressions()
{
    QFETCH(QByteArray, input);
    const QString problem = FuzzInvariants::apiEndpoint(input);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

QTEST_GUILESS_MAIN(TestApiEndpoint)
#include "tst_ApiEndpoint.moc"
