// RetryPolicy: which failures are retried and after how long, and HttpGet/CallService applying
// it against a misbehaving server on 127.0.0.1.
#include "HostileFixtures.h"
#include "RawHttpServer.h"
#include "api/CallService.h"
#include "net/HttpGet.h"
#include "net/RetryPolicy.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using Kind = FetchError::Kind;
using namespace HostileFixtures;

namespace {

// Short waits so the suite stays fast; Retry-After still counts in whole seconds.
RetryPolicy fastPolicy()
{
    RetryPolicy policy;
    policy.maxAttempts = 3;
    policy.initialBackoffMs = 50;
    policy.maxBackoffMs = 200;
    policy.maxRetryAfterSeconds = 2;
    policy.maxTotalWaitMs = 5000;
    return policy;
}

FetchError errorOf(Kind kind, int retryAfter = -1)
{
    FetchError error;
    error.kind = kind;
    error.retryAfterSeconds = retryAfter;
    return error;
}

QByteArray status(int code, const QList<QByteArray> &headers = {})
{
    return RawHttpServer::response(code, R"({"status":"error"})", headers);
}

} // namespace

class tst_RetryPolicy : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void delays_data();
    void delays();
    void noneNeverRetries();

    void rateLimitedThenSuccess();
    void retryAfterHonoured();
    void serverErrorTwiceThenSuccess();
    void neverRetried_data();
    void neverRetried();
    void exhaustedGivesFinalError();
    void retryAfterTooLongGivesUp();
    void connectionResetRetried();
    void connectionResetExhausted();
    void cancelDuringBackoff();
    void callServiceAnnouncesRetry();

private:
    HttpGet::Request request(const QByteArray &path) const;
    HttpGet::Result run(HttpGet &get, const HttpGet::Request &request);

    QNetworkAccessManager *m_network = nullptr;
    RawHttpServer *m_server = nullptr;
};

void tst_RetryPolicy::init()
{
    m_network = new QNetworkAccessManager(this);
    m_server = new RawHttpServer(this);
    QVERIFY(m_server->listenOnLoopback());
}

void tst_RetryPolicy::cleanup()
{
    delete m_server;
    delete m_network;
}

HttpGet::Request tst_RetryPolicy::request(const QByteArray &path) const
{
    HttpGet::Request request;
    request.url = m_server->url(QString::fromUtf8(path));
    request.authorization = "Bearer " + apiKey.toUtf8();
    request.credentialOrigin = m_server->url();
    request.inactivityTimeoutMs = 5000;
    request.deadlineMs = 10000;
    request.retry = fastPolicy();
    return request;
}

HttpGet::Result tst_RetryPolicy::run(HttpGet &get, const HttpGet::Request &request)
{
    QSignalSpy finished(&get, &HttpGet::finished);
    get.start(request);
    if (!finished.wait(20000))
        return {};
    return finished.first().first().value<HttpGet::Result>();
}

void tst_RetryPolicy::delays_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("retryAfter");
    QTest::addColumn<int>("nextAttempt");
    QTest::addColumn<int>("waited");
    QTest::addColumn<int>("expected");

    const auto k = [](Kind kind) { return int(kind); };
    QTest::newRow("503 first retry") << k(Kind::ServerError) << -1 << 2 << 0 << 50;
    QTest::newRow("503 second retry doubles") << k(Kind::ServerError) << -1 << 3 << 50 << 100;
    QTest::newRow("beyond maxAttempts") << k(Kind::ServerError) << -1 << 4 << 150 << -1;
    QTest::newRow("429 without Retry-After backs off")
        << k(Kind::RateLimited) << -1 << 2 << 0 << 50;
    QTest::newRow("429 Retry-After 1 s") << k(Kind::RateLimited) << 1 << 2 << 0 << 1000;
    QTest::newRow("429 Retry-After 0") << k(Kind::RateLimited) << 0 << 2 << 0 << 0;
    QTest::newRow("429 Retry-After above the cap") << k(Kind::RateLimited) << 3 << 2 << 0 << -1;
    QTest::newRow("503 Retry-After honoured") << k(Kind::ServerError) << 2 << 2 << 0 << 2000;
    QTest::newRow("total wait cap") << k(Kind::RateLimited) << 2 << 3 << 4000 << -1;
    QTest::newRow("timeout") << k(Kind::Timeout) << -1 << 2 << 0 << 50;
    QTest::newRow("network") << k(Kind::Network) << -1 << 2 << 0 << 50;
    QTest::newRow("400") << k(Kind::HttpError) << -1 << 2 << 0 << -1;
    QTest::newRow("401") << k(Kind::Unauthorized) << 5 << 2 << 0 << -1;
    QTest::newRow("403") << k(Kind::Forbidden) << -1 << 2 << 0 << -1;
    QTest::newRow("404") << k(Kind::NotFound) << -1 << 2 << 0 << -1;
    QTest::newRow("tls") << k(Kind::Tls) << -1 << 2 << 0 << -1;
    QTest::newRow("redirect") << k(Kind::Redirect) << -1 << 2 << 0 << -1;
    QTest::newRow("too large") << k(Kind::TooLarge) << -1 << 2 << 0 << -1;
    QTest::newRow("invalid response") << k(Kind::InvalidResponse) << -1 << 2 << 0 << -1;
    QTest::newRow("canceled") << k(Kind::Canceled) << -1 << 2 << 0 << -1;
}

void tst_RetryPolicy::delays()
{
    QFETCH(int, kind);
    QFETCH(int, retryAfter);
    QFETCH(int, nextAttempt);
    QFETCH(int, waited);
    QFETCH(int, expected);
    QCOMPARE(fastPolicy().delayMs(errorOf(Kind(kind), retryAfter), nextAttempt, waited), expected);
}

void tst_RetryPolicy::noneNeverRetries()
{
    QCOMPARE(RetryPolicy::none().delayMs(errorOf(Kind::ServerError), 2, 0), -1);
    QCOMPARE(RetryPolicy::none().delayMs(errorOf(Kind::RateLimited, 1), 2, 0), -1);
    // The defaults used for API requests: 3 attempts, 1 s then 2 s.
    const RetryPolicy standard;
    QCOMPARE(standard.delayMs(errorOf(Kind::ServerError), 2, 0), 1000);
    QCOMPARE(standard.delayMs(errorOf(Kind::ServerError), 3, 1000), 2000);
    QCOMPARE(standard.delayMs(errorOf(Kind::ServerError), 4, 3000), -1);
    QCOMPARE(standard.delayMs(errorOf(Kind::RateLimited, 60), 2, 0), 60000);
    QCOMPARE(standard.delayMs(errorOf(Kind::RateLimited, 61), 2, 0), -1);
}

void tst_RetryPolicy::rateLimitedThenSuccess()
{
    m_server->setReplies(callPath(),
                         {RawHttpServer::send(status(429)),
                          RawHttpServer::send(RawHttpServer::response(200, callResponse()))});
    HttpGet get(m_network);
    QSignalSpy retries(&get, &HttpGet::retryScheduled);
    const HttpGet::Result result = run(get, request(callPath()));
    QCOMPARE(FetchError::kindName(result.error.kind), FetchError::kindName(Kind::None));
    QCOMPARE(result.body, callResponse());
    QCOMPARE(m_server->requestCount(callPath()), 2);
    QCOMPARE(retries.size(), 1);
    QCOMPARE(retries.first().at(0).toInt(), 2); // the attempt that follows
    QCOMPARE(retries.first().at(1).toInt(), 1); // 50 ms, announced rounded up to 1 s
    QCOMPARE(retries.first().at(2).value<FetchError>().kind, Kind::RateLimited);
    // Every attempt went to the API origin with the key.
    for (const RawHttpServer::Request &sent : m_server->requests())
        QCOMPARE(sent.header("Authorization"), "Bearer " + apiKey.toUtf8());
}

void tst_RetryPolicy::retryAfterHonoured()
{
    m_server->setReplies(callPath(),
                         {RawHttpServer::send(status(429, {"Retry-After: 1"})),
                          RawHttpServer::send(RawHttpServer::response(200, callResponse()))});
    HttpGet get(m_network);
    QSignalSpy retries(&get, &HttpGet::retryScheduled);
    QElapsedTimer clock;
    clock.start();
    const HttpGet::Result result = run(get, request(callPath()));
    QCOMPARE(result.error.kind, Kind::None);
    QVERIFY2(clock.elapsed() >= 990, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(retries.size(), 1);
    QCOMPARE(retries.first().at(1).toInt(), 1);
    QCOMPARE(retries.first().at(2).value<FetchError>().retryAfterSeconds, 1);
}

void tst_RetryPolicy::serverErrorTwiceThenSuccess()
{
    m_server->setReplies(callPath(),
                         {RawHttpServer::send(status(503)), RawHttpServer::send(status(500)),
                          RawHttpServer::send(RawHttpServer::response(200, callResponse()))});
    HttpGet get(m_network);
    QSignalSpy retries(&get, &HttpGet::retryScheduled);
    const HttpGet::Result result = run(get, request(callPath()));
    QCOMPARE(result.error.kind, Kind::None);
    QCOMPARE(result.httpStatus, 200);
    QCOMPARE(m_server->requestCount(callPath()), 3);
    QCOMPARE(retries.size(), 2);
    QCOMPARE(retries.at(0).at(0).toInt(), 2);
    QCOMPARE(retries.at(1).at(0).toInt(), 3);
    QCOMPARE(retries.at(0).at(2).value<FetchError>().httpStatus, 503);
    QCOMPARE(retries.at(1).at(2).value<FetchError>().httpStatus, 500);
}

void tst_RetryPolicy::neverRetried_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("kind");
    QTest::newRow("400") << 400 << int(Kind::HttpError);
    QTest::newRow("401") << 401 << int(Kind::Unauthorized);
    QTest::newRow("403") << 403 << int(Kind::Forbidden);
    QTest::newRow("404") << 404 << int(Kind::NotFound);
    QTest::newRow("410") << 410 << int(Kind::HttpError);
}

void tst_RetryPolicy::neverRetried()
{
    QFETCH(int, code);
    QFETCH(int, kind);
    // Even with a Retry-After header, which only 429/503 may act on.
    m_server->setReplies(callPath(),
                         {RawHttpServer::send(status(code, {"Retry-After: 0"})),
                          RawHttpServer::send(RawHttpServer::response(200, callResponse()))});
    HttpGet get(m_network);
    QSignalSpy retries(&get, &HttpGet::retryScheduled);
    const HttpGet::Result result = run(get, request(callPath()));
    QCOMPARE(FetchError::kindName(result.error.kind), FetchError::kindName(Kind(kind)));
    QCOMPARE(result.httpStatus, code);
    QCOMPARE(m_server->requestCount(callPath()), 1);
    QCOMPARE(retries.size(), 0);
    QVERIFY(!get.isRunning());
}

void tst_RetryPolicy::exhaustedGivesFinalError()
{
    m_server->setReply(callPath(), RawHttpServer::send(status(502)));
    HttpGet get(m_network);
    QSignalSpy retries(&get, &HttpGet::retryScheduled);
    QSignalSpy finished(&get, &HttpGet::finished);
    get.start(request(callPath()));
    QVERIFY(finished.wait(10000));
    const auto result = finished.first().first().value<HttpGet::Result>();
    QCOMPARE(result.error.kind, Kind::ServerError);
    QCOMPARE(result.error.httpStatus, 502);
    QCOMPARE(m_server->requestCount(callPath()), 3);
    QCOMPARE(retries.size(), 2);
    QVERIFY(!get.isRunning());
    // Exactly one finished(), and no stray attempt afterwards.
    QTest::qWait(300);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(m_server->requestCount(callPath()), 3);
}

void tst_RetryPolicy::retryAfterTooLongGivesUp()
{
    // 3 s is above this policy's 2 s cap: waiting would be a poor guess, tell the user instead.
    m_server->setReply(callPath(), RawHttpServer::send(status(429, {"Retry-After: 3"})));
    HttpGet get(m_network);
    QSignalSpy retries(&get, &HttpGet::retryScheduled);
    const HttpGet::Result result = run(get, request(callPath()));
    QCOMPARE(result.error.kind, Kind::RateLimited);
    QCOMPARE(result.error.retryAfterSeconds, 3);
    QCOMPARE(retries.size(), 0);
    QCOMPARE(m_server->requestCount(callPath()), 1);
    QVERIFY(CallService::describe(result.error, callId, 30).contains(u"3 s"));
}

void tst_RetryPolicy::connectionResetRetried()
{
    // Reset in the middle of a 200 body: a dropped connection, not an HTTP answer.
    const QByteArray truncated = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                 "Content-Length: 400\r\n\r\n{\"status\":\"ok\",";
    m_server->setReplies(callPath(),
                         {RawHttpServer::reset(truncated),
                          RawHttpServer::send(RawHttpServer::response(200, callResponse()))});
    HttpGet get(m_network);
    QSignalSpy retries(&get, &HttpGet::retryScheduled);
    const HttpGet::Result result = run(get, request(callPath()));
    QCOMPARE(FetchError::kindName(result.error.kind), FetchError::kindName(Kind::None));
    QCOMPARE(result.body, callResponse());
    QCOMPARE(retries.size(), 1);
    QCOMPARE(retries.first().at(2).value<FetchError>().kind, Kind::Network);
}

void tst_RetryPolicy::connectionResetExhausted()
{
    // (Qt itself resends once when a connection drops before any answer; ours come on top.)
    m_server->setReply(callPath(), RawHttpServer::reset({}));
    HttpGet get(m_network);
    QSignalSpy retries(&get, &HttpGet::retryScheduled);
    const HttpGet::Result result = run(get, request(callPath()));
    QCOMPARE(FetchError::kindName(result.error.kind), FetchError::kindName(Kind::Network));
    QVERIFY(!result.error.message.isEmpty());
    QCOMPARE(retries.size(), 2);
    QVERIFY(m_server->requestCount(callPath()) >= 3);
}

void tst_RetryPolicy::cancelDuringBackoff()
{
    m_server->setReply(callPath(), RawHttpServer::send(status(503)));
    HttpGet::Request slow = request(callPath());
    slow.retry.initialBackoffMs = 3000;
    slow.retry.maxBackoffMs = 3000;
    HttpGet get(m_network);
    QSignalSpy retries(&get, &HttpGet::retryScheduled);
    QSignalSpy finished(&get, &HttpGet::finished);
    get.start(slow);
    QVERIFY(retries.wait(5000));
    QCOMPARE(retries.first().at(1).toInt(), 3);
    QVERIFY(get.isRunning()); // waiting counts as busy
    QCOMPARE(finished.size(), 0);
    get.cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().value<HttpGet::Result>().error.kind, Kind::Canceled);
    QVERIFY(!get.isRunning());
    QTest::qWait(3500); // past the canceled wait: no second request may be sent
    QCOMPARE(m_server->requestCount(callPath()), 1);
    QCOMPARE(finished.size(), 1);
}

void tst_RetryPolicy::callServiceAnnouncesRetry()
{
    m_server->setReplies(callPath(),
                         {RawHttpServer::send(status(429, {"Retry-After: 1"})),
                          RawHttpServer::send(RawHttpServer::response(200, callResponse()))});
    CallService service(m_network);
    CallService::Settings settings;
    settings.apiBase = m_server->url(QStringLiteral("/v2")).toString();
    settings.apiKey = apiKey;
    settings.retry = fastPolicy();
    service.setSettings(settings);
    QSignalSpy retries(&service, &CallService::retryScheduled);
    QSignalSpy fetched(&service, &CallService::callFetched);
    service.fetchCall(callId);
    QVERIFY(retries.wait(5000));
    QVERIFY(service.isBusy());
    const auto reason = retries.first().at(2).value<FetchError>();
    QCOMPARE(reason.kind, Kind::RateLimited);
    QVERIFY2(reason.message.contains(u"429"), qPrintable(reason.message));
    QCOMPARE(CallService::describeRetry(reason, 12),
             QStringLiteral("The API is rate-limiting requests; trying again in 12 s."));
    QVERIFY(fetched.wait(5000));
    QCOMPARE(fetched.first().first().value<CallRecord>().callId, callId);
}

QTEST_GUILESS_MAIN(tst_RetryPolicy)
#include "tst_RetryPolicy.moc"
