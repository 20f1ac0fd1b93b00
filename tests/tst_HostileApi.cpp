// A fake Anunzi API that misbehaves in every way we could think of, driven through CallService
// (HttpGet + CallDecoder) and through the `callreview --export` executable. Each case checks the
// exact error kind, a clear message, that the key went only to the API origin, and (CLI) that
// an existing output file was left byte-identical.
#include "HostileFixtures.h"
#include "RawHttpServer.h"
#include "api/CallService.h"
#include "cli/ExitCode.h"
#include "recording/RecordingUrlPolicy.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using Kind = FetchError::Kind;
using Reply = RawHttpServer::Reply;
using namespace HostileFixtures;

namespace {

QByteArray ok(const QByteArray &body, const QByteArray &contentType = "application/json")
{
    return RawHttpServer::response(200, body, {}, contentType);
}

QByteArray status(int code, const QList<QByteArray> &headers = {})
{
    return RawHttpServer::response(code, R"({"status":"error","message":"no"})", headers);
}

QByteArray redirectTo(const QByteArray &location)
{
    return RawHttpServer::response(302, {}, {"Location: " + location}, {});
}

struct Case
{
    QList<Reply> replies;
    Kind kind = Kind::None;
    QByteArray messageContains; // UTF-8
    int exitCode = ExitCode::Success; // for the CLI run
    int timeoutSeconds = 5;
    qint64 maxBytes = 32 * 1024 * 1024;
};

} // namespace

class tst_HostileApi : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void fetch_data();
    void fetch();
    void trickleEndsAtDeadline();
    void endlessBodyBoundedByCap();
    void unsafeRecordingUrlDecodesButIsFlagged_data();
    void unsafeRecordingUrlDecodesButIsFlagged();
    void sameOriginRedirectKeepsKey();
    void exportLeavesFileUntouched_data();
    void exportLeavesFileUntouched();
    void exportRetriesThenSucceeds();

private:
    void addCases();
    Case caseNamed(const QByteArray &name);
    FetchError fetchWith(const Case &c, CallRecord *call = nullptr);
    void verifyKeyOnlyWentToApi();

    QNetworkAccessManager *m_network = nullptr;
    RawHttpServer *m_api = nullptr;
    RawHttpServer *m_elsewhere = nullptr; // another origin: must never see the key
};

void tst_HostileApi::init()
{
    m_network = new QNetworkAccessManager(this);
    m_api = new RawHttpServer(this);
    m_elsewhere = new RawHttpServer(this);
    QVERIFY(m_api->listenOnLoopback());
    QVERIFY(m_elsewhere->listenOnLoopback());
    m_elsewhere->setReply(callPath(), RawHttpServer::send(ok(callResponse())));
}

void tst_HostileApi::cleanup()
{
    delete m_api;
    delete m_elsewhere;
    delete m_network;
}

Case tst_HostileApi::caseNamed(const QByteArray &name)
{
    const QByteArray truncatedJson = R"({"status":"ok","response":{"calls":[{"call_id":")";
    const QByteArray html = "<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>";
    const QByteArray elsewhere = m_elsewhere->url(QString::fromUtf8(callPath())).toEncoded();
    const auto one = [](const QByteArray &bytes) {
        return QList<Reply>{RawHttpServer::send(bytes)};
    };
    const auto wrapped = [](const QByteArray &calls) -> QByteArray {
        return R"({"status":"ok","response":{"calls":)" + calls + "}}";
    };
    QByteArray wrongType = callObject();
    wrongType.replace(QByteArray(R"("call_id":")" + callId.toUtf8() + '"'),
                      R"("call_id":1725527007259)");
    QByteArray durationObject = callObject();
    durationObject.replace(R"("duration":66)", R"("duration":{"seconds":66})");
    QByteArray badUtf8 = callResponse();
    badUtf8.replace("Marta", "Mar\xff\xfe\xc3");

    if (name == "truncated JSON")
        return {one(ok(truncatedJson)), Kind::InvalidResponse, "not valid JSON",
                ExitCode::InvalidResponse};
    if (name == "body shorter than Content-Length") {
        const QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                "Content-Length: 500\r\nConnection: close\r\n\r\n";
        return {one(head + truncatedJson), Kind::Network, "Could not reach the API",
                ExitCode::NetworkFailure};
    }
    if (name == "not JSON")
        return {one(ok("Service temporarily unavailable", "text/plain")), Kind::InvalidResponse,
                "not valid JSON", ExitCode::InvalidResponse};
    if (name == "HTML error page with 200")
        return {one(ok(html, "text/html")), Kind::InvalidResponse, "HTML page",
                ExitCode::InvalidResponse};
    if (name == "JSON array")
        return {one(ok("[1,2,3]")), Kind::InvalidResponse, "not a JSON object",
                ExitCode::InvalidResponse};
    if (name == "status error")
        return {one(ok(R"({"status":"error","message":"quota"})")), Kind::InvalidResponse,
                "status \"error\"", ExitCode::InvalidResponse};
    if (name == "status missing")
        return {one(ok(R"({"response":{"calls":[]}})")), Kind::InvalidResponse,
                "\"status\" should be a string", ExitCode::InvalidResponse};
    if (name == "response not an object")
        return {one(ok(R"({"status":"ok","response":[]})")), Kind::InvalidResponse,
                "\"response\" should be an object but is an array", ExitCode::InvalidResponse};
    if (name == "calls not an array")
        return {one(ok(R"({"status":"ok","response":{"calls":{}}})")), Kind::InvalidResponse,
                "\"response.calls\" should be an array", ExitCode::InvalidResponse};
    if (name == "call_id a number")
        return {one(ok(wrapped("[" + wrongType + "]"))), Kind::InvalidResponse,
                "\"response.calls[0].call_id\" should be a string but is a number",
                ExitCode::InvalidResponse};
    if (name == "duration an object")
        return {one(ok(wrapped("[" + durationObject + "]"))), Kind::InvalidResponse,
                "\"response.calls[0].duration\"", ExitCode::InvalidResponse};
    if (name == "no calls")
        return {one(ok(wrapped("[]"))), Kind::InvalidResponse, "holds no call",
                ExitCode::InvalidResponse};
    if (name == "two calls")
        return {one(ok(wrapped("[" + callObject() + "," + callObject() + "]"))),
                Kind::InvalidResponse, "holds 2 calls", ExitCode::InvalidResponse};
    if (name == "another call")
        return {one(ok(callResponse(QStringLiteral("99x1")))), Kind::InvalidResponse, "instead of",
                ExitCode::InvalidResponse};
    if (name == "invalid UTF-8")
        return {one(ok(badUtf8)), Kind::InvalidResponse, "not valid JSON",
                ExitCode::InvalidResponse};
    if (name == "empty body")
        return {one(ok({})), Kind::InvalidResponse, "the response is empty",
                ExitCode::InvalidResponse};
    if (name == "connection reset")
        return {{RawHttpServer::reset({})},
                Kind::Network,
                "Could not reach the API",
                ExitCode::NetworkFailure};
    if (name == "headers then silence") {
        const QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                "Content-Length: 500\r\n\r\n";
        return {{RawHttpServer::silence(head)},
                Kind::Timeout,
                "did not answer within 1 s",
                ExitCode::NetworkFailure,
                1};
    }
    if (name == "announces 10 GB")
        return {one("HTTP/1.1 200 OK\r\nContent-Length: 10000000000\r\nConnection: close\r\n\r\n{"),
                Kind::TooLarge, "announced 10000000000 bytes", ExitCode::NetworkFailure};
    if (name == "401")
        return {one(status(401)), Kind::Unauthorized, "rejected the key (HTTP 401)",
                ExitCode::NetworkFailure};
    if (name == "403")
        return {one(status(403)), Kind::Forbidden, "no permission", ExitCode::NetworkFailure};
    if (name == "404")
        return {one(status(404)), Kind::NotFound, "There is no call with ID " + callId.toUtf8(),
                ExitCode::NetworkFailure};
    if (name == "429 for longer than the cap")
        return {one(status(429, {"Retry-After: 120"})), Kind::RateLimited, "Try again in 120 s",
                ExitCode::NetworkFailure};
    if (name == "500")
        return {one(status(500)), Kind::ServerError, "server error (HTTP 500)",
                ExitCode::NetworkFailure};
    if (name == "503")
        return {one(status(503)), Kind::ServerError, "server error (HTTP 503)",
                ExitCode::NetworkFailure};
    if (name == "418")
        return {one(status(418)), Kind::HttpError, "unexpected status (HTTP 418",
                ExitCode::NetworkFailure};
    if (name == "redirect loop")
        return {one(redirectTo(callPath())), Kind::Redirect, "too many redirects",
                ExitCode::NetworkFailure};
    if (name == "redirect to another origin")
        return {one(redirectTo(elsewhere)), Kind::Redirect, "another site (127.0.0.1) was refused",
                ExitCode::NetworkFailure};
    if (name == "redirect to file:")
        return {one(redirectTo("file:///etc/passwd")), Kind::Redirect, "non-web address (file)",
                ExitCode::NetworkFailure};
    if (name == "redirect to javascript:")
        return {one(redirectTo("javascript:alert(1)")), Kind::Redirect,
                "non-web address (javascript)", ExitCode::NetworkFailure};
    qFatal("unknown case");
}

void tst_HostileApi::addCases()
{
    for (const char *name : {"truncated JSON",
                             "body shorter than Content-Length",
                             "not JSON",
                             "HTML error page with 200",
                             "JSON array",
                             "status error",
                             "status missing",
                             "response not an object",
                             "calls not an array",
                             "call_id a number",
                             "duration an object",
                             "no calls",
                             "two calls",
                             "another call",
                             "invalid UTF-8",
                             "empty body",
                             "connection reset",
                             "headers then silence",
                             "announces 10 GB",
                             "401",
                             "403",
                             "404",
                             "429 for longer than the cap",
                             "500",
                             "503",
                             "418",
                             "redirect loop",
                             "redirect to another origin",
                             "redirect to file:",
                             "redirect to javascript:"})
        QTest::newRow(name) << QByteArray(name);
}

FetchError tst_HostileApi::fetchWith(const Case &c, CallRecord *call)
{
    m_api->setReplies(callPath(), c.replies);
    CallService service(m_network);
    CallService::Settings settings;
    settings.apiBase = m_api->url(QStringLiteral("/v2")).toString();
    settings.apiKey = apiKey;
    settings.timeoutSeconds = c.timeoutSeconds;
    settings.maxResponseBytes = c.maxBytes;
    // Two attempts, quickly: transient cases are retried once, the rest never.
    settings.retry.maxAttempts = 2;
    settings.retry.initialBackoffMs = 20;
    settings.retry.maxRetryAfterSeconds = 1;
    service.setSettings(settings);
    QSignalSpy fetched(&service, &CallService::callFetched);
    QSignalSpy failed(&service, &CallService::fetchFailed);
    service.fetchCall(callId);
    if (!QTest::qWaitFor([&] { return fetched.size() + failed.size() > 0; }, 20000))
        return {Kind::HttpError, QStringLiteral("test: no answer")};
    QTest::qWait(0); // nothing else may follow
    if (fetched.size() + failed.size() != 1)
        return {Kind::HttpError, QStringLiteral("test: more than one answer")};
    if (!fetched.isEmpty()) {
        if (call)
            *call = fetched.first().first().value<CallRecord>();
        return {};
    }
    return failed.first().first().value<FetchError>();
}

void tst_HostileApi::verifyKeyOnlyWentToApi()
{
    QVERIFY(!m_api->requests().isEmpty());
    for (const RawHttpServer::Request &request : m_api->requests())
        QCOMPARE(request.header("Authorization"), "Bearer " + apiKey.toUtf8());
    for (const RawHttpServer::Request &request : m_elsewhere->requests())
        QVERIFY(request.header("Authorization").isEmpty());
}

void tst_HostileApi::fetch_data()
{
    QTest::addColumn<QByteArray>("name");
    addCases();
}

void tst_HostileApi::fetch()
{
    QFETCH(QByteArray, name);
    const Case c = caseNamed(name);
    const FetchError error = fetchWith(c);
    QCOMPARE(FetchError::kindName(error.kind), FetchError::kindName(c.kind));
    QVERIFY2(error.message.contains(QString::fromUtf8(c.messageContains)),
             qPrintable(error.message));
    QVERIFY(!error.message.contains(apiKey));
    QCOMPARE(ExitCode::of(error), c.exitCode);
    verifyKeyOnlyWentToApi();
    QCOMPARE(m_elsewhere->requests().size(), 0); // refused redirects are not followed at all
    // Transient failures were retried once; nothing else was.
    // Transient errors are retried once; a timeout has spent the whole --timeout, which bounds
    // the fetch with its retries, so it is not.
    const int expectedRequests =
        error.isTransient() && c.kind != Kind::RateLimited && c.kind != Kind::Timeout ? 2 : 1;
    if (name != "connection reset") // Qt itself resends once on a reset before any answer
        QCOMPARE(m_api->requestCount(callPath()), name == "redirect loop" ? 6 : expectedRequests);
}

void tst_HostileApi::trickleEndsAtDeadline()
{
    // One byte every 50 ms never trips the inactivity timer: only the overall deadline ends it.
    Case c;
    c.replies = {RawHttpServer::trickle(ok(callResponse()), 50)};
    c.timeoutSeconds = 1;
    const FetchError error = fetchWith(c);
    QCOMPARE(FetchError::kindName(error.kind), FetchError::kindName(Kind::Timeout));
    QVERIFY2(error.message.contains(u"did not answer within 1 s"), qPrintable(error.message));
    // --timeout bounds the whole fetch, retries included: no time was left for a retry.
    QCOMPARE(m_api->requestCount(callPath()), 1);
    QVERIFY(m_api->bytesSent() < ok(callResponse()).size());
    verifyKeyOnlyWentToApi();
}

void tst_HostileApi::endlessBodyBoundedByCap()
{
    Case c;
    c.replies = {
        RawHttpServer::endless("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n")};
    c.maxBytes = 256 * 1024;
    const FetchError error = fetchWith(c);
    QCOMPARE(FetchError::kindName(error.kind), FetchError::kindName(Kind::TooLarge));
    QVERIFY2(error.message.contains(u"larger than the limit of 262144 bytes"),
             qPrintable(error.message));
    // The client stopped reading soon after the cap: what the server got out is the cap plus
    // socket buffers, not an unbounded stream.
    QTRY_COMPARE(m_api->connectionCount(), 1);
    QVERIFY2(m_api->bytesSent() < 16 * 1024 * 1024,
             qPrintable(QString::number(m_api->bytesSent())));
}

void tst_HostileApi::unsafeRecordingUrlDecodesButIsFlagged_data()
{
    QTest::addColumn<QByteArray>("recordingUrl");
    QTest::newRow("file") << QByteArray("file:///etc/passwd");
    QTest::newRow("javascript") << QByteArray("javascript:fetch('//evil')");
    QTest::newRow("data") << QByteArray("data:audio/wav;base64,UklGRg==");
}

void tst_HostileApi::unsafeRecordingUrlDecodesButIsFlagged()
{
    QFETCH(QByteArray, recordingUrl);
    Case c;
    c.replies = {RawHttpServer::send(ok(callResponse(callId, recordingUrl)))};
    CallRecord call;
    const FetchError error = fetchWith(c, &call);
    QCOMPARE(FetchError::kindName(error.kind), FetchError::kindName(Kind::None));
    QCOMPARE(call.recordingUrl.toUtf8(), recordingUrl);
    const RecordingUrlPolicy::Check verdict = RecordingUrlPolicy::check(call.recordingUrl);
    QCOMPARE(verdict.verdict, RecordingUrlPolicy::Verdict::Refused);
    QVERIFY(!verdict.message.isEmpty());
}

void tst_HostileApi::sameOriginRedirectKeepsKey()
{
    // The contrast to the refused cases: a redirect within the API origin is followed.
    Case c;
    c.replies = {RawHttpServer::send(redirectTo("/v2/calls/moved"))};
    m_api->setReply("/v2/calls/moved", RawHttpServer::send(ok(callResponse())));
    m_api->setReplies(callPath(), c.replies);
    CallRecord call;
    const FetchError error = fetchWith(c, &call);
    QCOMPARE(FetchError::kindName(error.kind), FetchError::kindName(Kind::None));
    QCOMPARE(call.callId, callId);
    QCOMPARE(m_api->requestCount("/v2/calls/moved"), 1);
    verifyKeyOnlyWentToApi();
}

void tst_HostileApi::exportLeavesFileUntouched_data()
{
    QTest::addColumn<QByteArray>("name");
    for (const char *name :
         {"truncated JSON", "HTML error page with 200", "invalid UTF-8", "call_id a number",
          "empty body", "401", "404", "redirect to another origin",
          "redirect to file:", "announces 10 GB", "connection reset"})
        QTest::newRow(name) << QByteArray(name);
}

void tst_HostileApi::exportLeavesFileUntouched()
{
    QFETCH(QByteArray, name);
    const Case c = caseNamed(name);
    m_api->setReplies(callPath(), c.replies);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("call.txt"));
    const QByteArray previous = "An export the user already had.\n";
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(previous), previous.size());
    }

    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("ANUNZI_API_KEY"), apiKey);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CALLREVIEW_EXECUTABLE),
                  {callId, QStringLiteral("--export"), path, QStringLiteral("--api-base"),
                   m_api->url(QStringLiteral("/v2")).toString(), QStringLiteral("--timeout"),
                   QString::number(c.timeoutSeconds)});
    QVERIFY(process.waitForStarted());
    // The server lives in this event loop: wait without blocking it.
    QTRY_COMPARE_WITH_TIMEOUT(process.state(), QProcess::NotRunning, 30000);
    const QString stderrText = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), c.exitCode);
    QVERIFY2(stderrText.contains(QString::fromUtf8(c.messageContains)), qPrintable(stderrText));
    QVERIFY(!stderrText.contains(apiKey));
    QVERIFY(process.readAllStandardOutput().isEmpty());

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), previous);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("call.txt")});
    verifyKeyOnlyWentToApi();
}

void tst_HostileApi::exportRetriesThenSucceeds()
{
    // The command line retries too (default policy: 1 s, then 2 s). It says so on a terminal
    // only: a script (like this test) reads one line per failure, none for a success.
    m_api->setReplies(callPath(),
                      {RawHttpServer::send(status(503)), RawHttpServer::send(ok(callResponse()))});
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("call.txt"));
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("ANUNZI_API_KEY"), apiKey);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CALLREVIEW_EXECUTABLE),
                  {callId, QStringLiteral("--export"), path, QStringLiteral("--api-base"),
                   m_api->url(QStringLiteral("/v2")).toString()});
    QVERIFY(process.waitForStarted());
    QTRY_COMPARE_WITH_TIMEOUT(process.state(), QProcess::NotRunning, 30000);
    const QString stderrText = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitCode(), 0);
    QVERIFY2(stderrText.isEmpty(), qPrintable(stderrText));
    QCOMPARE(m_api->requestCount(callPath()), 2);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("Hello."));
    verifyKeyOnlyWentToApi();
}

QTEST_GUILESS_MAIN(tst_HostileApi)
#include "tst_HostileApi.moc"
