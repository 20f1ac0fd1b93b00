// CallService against real HTTP servers on 127.0.0.1: success, every HTTP error, redirects
// (the key never crosses origins), timeouts, size caps, cancellation and refused input.
#include "CallResponses.h"
#include "FakeAnunziApi.h"
#include "RawHttpServer.h"
#include "api/CallService.h"
#include "cli/ExitCode.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

namespace {

const QString callId = QStringLiteral("1725527007259x327898249603432960");
const QString apiKey = QStringLiteral("test-key-5f1c9a");

struct Outcome
{
    bool finished = false;
    std::optional<CallRecord> call;
    FetchError error;
    qint64 elapsedMs = 0;
};

} // namespace

class TestCallService : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void success();
    void httpErrors_data();
    void httpErrors();
    void sameOriginRedirectKeepsKey();
    void crossOriginRedirectRefused();
    void redirectToFileRefused();
    void redirectLoop();
    void timeoutWhenServerNeverAnswers();
    void deadlineWhenServerTrickles();
    void oversizedContentLength();
    void oversizedUnknownLength();
    void endlessBodyIsCut();
    void connectionReset();
    void newFetchCancelsInFlight();
    void cancel();
    void callIdMismatch();
    void invalidBodies_data();
    void invalidBodies();
    void refusedWithoutRequest_data();
    void refusedWithoutRequest();

private:
    CallService::Settings settingsFor(const QString &base, int timeoutSeconds = 5) const;
    Outcome fetch(const CallService::Settings &settings, const QString &id = callId,
                  int waitMs = 10000);

    QNetworkAccessManager *m_manager = nullptr;
    FakeAnunziApi *m_api = nullptr;
};

void TestCallService::init()
{
    m_manager = new QNetworkAccessManager;
    m_api = new FakeAnunziApi;
    QVERIFY(m_api->isListening());
    m_api->addCall(callId, CallResponses::envelope(CallResponses::sampleCall(callId)));
}

void TestCallService::cleanup()
{
    delete m_api;
    delete m_manager;
}

CallService::Settings TestCallService::settingsFor(const QString &base, int timeoutSeconds) const
{
    CallService::Settings settings;
    settings.apiBase = base;
    settings.apiKey = apiKey;
    settings.timeoutSeconds = timeoutSeconds;
    return settings;
}

Outcome TestCallService::fetch(const CallService::Settings &settings, const QString &id, int waitMs)
{
    CallService service(m_manager);
    service.setSettings(settings);
    Outcome outcome;
    connect(&service, &CallService::callFetched, this, [&](const CallRecord &call) {
        outcome.finished = true;
        outcome.call = call;
    });
    connect(&service, &CallService::fetchFailed, this, [&](const FetchError &error) {
        outcome.finished = true;
        outcome.error = error;
    });
    QElapsedTimer timer;
    timer.start();
    service.fetchCall(id);
    // An unfinished fetch fails the caller's checks (no call, kind None).
    if (!QTest::qWaitFor([&] { return outcome.finished; }, waitMs))
        qWarning("the fetch did not finish within %d ms", waitMs);
    outcome.elapsedMs = timer.elapsed();
    return outcome;
}

void TestCallService::success()
{
    const Outcome outcome = fetch(settingsFor(m_api->base()));
    QVERIFY2(outcome.call, qPrintable(outcome.error.message));
    QCOMPARE(outcome.call->callId, callId);
    QCOMPARE(outcome.call->turns.size(), qsizetype(3));
    QCOMPARE(m_api->requestCount(), 1);
    const FakeAnunziApi::Request &request = m_api->requests().first();
    QCOMPARE(request.path, QStringLiteral("/v2/calls/") + callId);
    QCOMPARE(request.header("Authorization"), "Bearer " + apiKey.toLatin1());
    QCOMPARE(request.header("Accept"), QByteArray("application/json"));
}

void TestCallService::httpErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<FetchError::Kind>("kind");
    QTest::addColumn<QString>("messageMentions");
    QTest::newRow("400") << 400 << QByteArray() << FetchError::Kind::HttpError
                         << QStringLiteral("unexpected status");
    QTest::newRow("401") << 401 << QByteArray() << FetchError::Kind::Unauthorized
                         << QStringLiteral("rejected the key");
    QTest::newRow("403") << 403 << QByteArray() << FetchError::Kind::Forbidden
                         << QStringLiteral("no permission");
    QTest::newRow("404") << 404 << QByteArray() << FetchError::Kind::NotFound
                         << QStringLiteral("There is no call with ID ") + callId;
    QTest::newRow("429 Retry-After") << 429 << QByteArray("7") << FetchError::Kind::RateLimited
                                     << QStringLiteral("Try again in 7 s");
    QTest::newRow("429 no Retry-After")
        << 429 << QByteArray() << FetchError::Kind::RateLimited << QStringLiteral("Wait a moment");
    QTest::newRow("500") << 500 << QByteArray() << FetchError::Kind::ServerError
                         << QStringLiteral("server error (HTTP 500)");
    QTest::newRow("503") << 503 << QByteArray("1") << FetchError::Kind::ServerError
                         << QStringLiteral("server error (HTTP 503)");
}

void TestCallService::httpErrors()
{
    QFETCH(int, status);
    QFETCH(QByteArray, retryAfter);
    QFETCH(FetchError::Kind, kind);
    QFETCH(QString, messageMentions);
    m_api->setHandler([&](const FakeAnunziApi::Request &) {
        FakeAnunziApi::Reply reply = FakeAnunziApi::Reply::json(R"({"status":"error"})", status);
        if (!retryAfter.isEmpty())
            reply.headers.append({QByteArrayLiteral("Retry-After"), retryAfter});
        return reply;
    });
    const Outcome outcome = fetch(settingsFor(m_api->base()), callId, 30000);
    QVERIFY(!outcome.call);
    QCOMPARE(FetchError::kindName(outcome.error.kind), FetchError::kindName(kind));
    QCOMPARE(outcome.error.httpStatus, status);
    QCOMPARE(ExitCode::of(outcome.error), 3);
    QVERIFY2(outcome.error.message.contains(messageMentions), qPrintable(outcome.error.message));
    QVERIFY(!outcome.error.message.contains(apiKey));
    if (status == 429 && !retryAfter.isEmpty())
        QCOMPARE(outcome.error.retryAfterSeconds, retryAfter.toInt());
}

void TestCallService::sameOriginRedirectKeepsKey()
{
    const QByteArray moved = "/v2/moved/" + callId.toLatin1();
    m_api->setHandler([&](const FakeAnunziApi::Request &request) {
        if (request.path.startsWith(QStringLiteral("/v2/calls/")))
            return FakeAnunziApi::Reply::redirect(moved, 301);
        return FakeAnunziApi::Reply::json(
            CallResponses::envelope(CallResponses::sampleCall(callId)));
    });
    const Outcome outcome = fetch(settingsFor(m_api->base()));
    QVERIFY2(outcome.call, qPrintable(outcome.error.message));
    QCOMPARE(m_api->requestCount(), 2);
    QCOMPARE(m_api->requests().at(1).path, QString::fromLatin1(moved));
    for (const FakeAnunziApi::Request &request : m_api->requests())
        QCOMPARE(request.header("Authorization"), "Bearer " + apiKey.toLatin1());
}

void TestCallService::crossOriginRedirectRefused()
{
    FakeAnunziApi other;
    QVERIFY(other.isListening());
    other.addCall(callId, CallResponses::envelope(CallResponses::sampleCall(callId)));
    const QByteArray target = (other.base() + QStringLiteral("/calls/") + callId).toLatin1();
    m_api->setHandler([&](const FakeAnunziApi::Request &) {
        return FakeAnunziApi::Reply::redirect(target, 302);
    });
    const Outcome outcome = fetch(settingsFor(m_api->base()));
    QVERIFY(!outcome.call);
    QCOMPARE(outcome.error.kind, FetchError::Kind::Redirect);
    QVERIFY2(outcome.error.message.contains(QStringLiteral("another site")),
             qPrintable(outcome.error.message));
    QCOMPARE(m_api->requestCount(), 1);
    // Give a stray request time to arrive before concluding that none did.
    QTest::qWait(200);
    QCOMPARE(other.requestCount(), 0);
    for (const FakeAnunziApi::Request &request : other.requests())
        QVERIFY(!request.hasHeader("Authorization"));
}

void TestCallService::redirectToFileRefused()
{
    m_api->setHandler([](const FakeAnunziApi::Request &) {
        return FakeAnunziApi::Reply::redirect("file:///etc/passwd", 302);
    });
    const Outcome outcome = fetch(settingsFor(m_api->base()));
    QVERIFY(!outcome.call);
    QCOMPARE(outcome.error.kind, FetchError::Kind::Redirect);
    QVERIFY2(outcome.error.message.contains(QStringLiteral("file")),
             qPrintable(outcome.error.message));
    QCOMPARE(m_api->requestCount(), 1);
}

void TestCallService::redirectLoop()
{
    m_api->setHandler([](const FakeAnunziApi::Request &request) {
        return FakeAnunziApi::Reply::redirect(request.path.toLatin1(), 307);
    });
    const Outcome outcome = fetch(settingsFor(m_api->base()));
    QVERIFY(!outcome.call);
    QCOMPARE(outcome.error.kind, FetchError::Kind::Redirect);
    QVERIFY2(outcome.error.message.contains(QStringLiteral("too many redirects")),
             qPrintable(outcome.error.message));
    QVERIFY(m_api->requestCount() > 1);
    QVERIFY(m_api->requestCount() <= 11);
}

void TestCallService::timeoutWhenServerNeverAnswers()
{
    RawHttpServer silent;
    QVERIFY(silent.listenOnLoopback());
    silent.setDefaultReply(RawHttpServer::silence());
    const Outcome outcome = fetch(settingsFor(silent.base(), 1), callId, 8000);
    QVERIFY(!outcome.call);
    QCOMPARE(outcome.error.kind, FetchError::Kind::Timeout);
    QVERIFY2(outcome.error.message.contains(QStringLiteral("did not answer within 1 s")),
             qPrintable(outcome.error.message));
    QVERIFY2(outcome.elapsedMs < 3000, qPrintable(QString::number(outcome.elapsedMs)));
    QCOMPARE(silent.requests().size(), 1);
    QCOMPARE(silent.requests().first().header("Authorization"), "Bearer " + apiKey.toLatin1());
}

void TestCallService::deadlineWhenServerTrickles()
{
    // One byte every 100 ms never trips an inactivity timer; the overall deadline still ends it.
    RawHttpServer trickle;
    QVERIFY(trickle.listenOnLoopback());
    trickle.setDefaultReply(RawHttpServer::trickle(
        RawHttpServer::response(200, CallResponses::envelope(CallResponses::sampleCall(callId))),
        100));
    const Outcome outcome = fetch(settingsFor(trickle.base(), 1), callId, 8000);
    QVERIFY(!outcome.call);
    QCOMPARE(outcome.error.kind, FetchError::Kind::Timeout);
    QVERIFY2(outcome.elapsedMs < 3000, qPrintable(QString::number(outcome.elapsedMs)));
}

void TestCallService::oversizedContentLength()
{
    QJsonObject call = CallResponses::sampleCall(callId);
    call.insert(QStringLiteral("transcript"), CallResponses::longTranscript(100));
    m_api->addCall(callId, CallResponses::envelope(call));
    CallService::Settings settings = settingsFor(m_api->base());
    settings.maxResponseBytes = 4096;
    const Outcome outcome = fetch(settings);
    QVERIFY(!outcome.call);
    QCOMPARE(outcome.error.kind, FetchError::Kind::TooLarge);
    QVERIFY2(outcome.error.message.contains(QStringLiteral("4096")),
             qPrintable(outcome.error.message));
}

void TestCallService::oversizedUnknownLength()
{
    // No Content-Length: the body ends when the connection closes; bytes are counted instead.
    QJsonObject call = CallResponses::sampleCall(callId);
    call.insert(QStringLiteral("transcript"), CallResponses::longTranscript(100));
    RawHttpServer raw;
    QVERIFY(raw.listenOnLoopback());
    raw.setDefaultReply(RawHttpServer::send(
        RawHttpServer::response(200, CallResponses::envelope(call), {}, "application/json",
                                RawHttpServer::BodyEnd::ConnectionClose)));
    CallService::Settings settings = settingsFor(raw.base());
    settings.maxResponseBytes = 4096;
    const Outcome outcome = fetch(settings);
    QVERIFY(!outcome.call);
    QCOMPARE(outcome.error.kind, FetchError::Kind::TooLarge);

    // The same body under the cap decodes: the cap, not the missing length, refused it.
    settings.maxResponseBytes = 1024 * 1024;
    const Outcome underCap = fetch(settings);
    QVERIFY2(underCap.call, qPrintable(underCap.error.message));
}

void TestCallService::endlessBodyIsCut()
{
    RawHttpServer endless;
    QVERIFY(endless.listenOnLoopback());
    endless.setDefaultReply(RawHttpServer::endless(
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n",
        "4000\r\n" + QByteArray(0x4000, 'x') + "\r\n"));
    CallService::Settings settings = settingsFor(endless.base(), 10);
    settings.maxResponseBytes = 256 * 1024;
    const Outcome outcome = fetch(settings, callId, 15000);
    QVERIFY(!outcome.call);
    QCOMPARE(outcome.error.kind, FetchError::Kind::TooLarge);
}

void TestCallService::connectionReset()
{
    RawHttpServer reset;
    QVERIFY(reset.listenOnLoopback());
    reset.setDefaultReply(RawHttpServer::reset());
    const Outcome outcome = fetch(settingsFor(reset.base()));
    QVERIFY(!outcome.call);
    QCOMPARE(outcome.error.kind, FetchError::Kind::Network);
    QVERIFY2(outcome.error.message.contains(QStringLiteral("Could not reach the API")),
             qPrintable(outcome.error.message));
}

void TestCallService::newFetchCancelsInFlight()
{
    RawHttpServer silent;
    QVERIFY(silent.listenOnLoopback());
    silent.setDefaultReply(RawHttpServer::silence());
    CallService service(m_manager);
    service.setSettings(settingsFor(silent.base(), 30));
    QSignalSpy fetched(&service, &CallService::callFetched);
    QSignalSpy failed(&service, &CallService::fetchFailed);
    service.fetchCall(QStringLiteral("first1"));
    QTRY_COMPARE(silent.requests().size(), 1);
    QVERIFY(service.isBusy());

    service.setSettings(settingsFor(m_api->base()));
    service.fetchCall(callId);
    QTRY_COMPARE(fetched.size(), 1);
    QCOMPARE(fetched.first().first().value<CallRecord>().callId, callId);
    // The first fetch ended as canceled, and nothing else failed.
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first().value<FetchError>().kind, FetchError::Kind::Canceled);
    QVERIFY(!service.isBusy());
}

void TestCallService::cancel()
{
    RawHttpServer silent;
    QVERIFY(silent.listenOnLoopback());
    silent.setDefaultReply(RawHttpServer::silence());
    CallService service(m_manager);
    service.setSettings(settingsFor(silent.base(), 30));
    QSignalSpy failed(&service, &CallService::fetchFailed);
    service.fetchCall(callId);
    QTRY_COMPARE(silent.requests().size(), 1);
    service.cancel();
    QTRY_COMPARE(failed.size(), 1);
    const FetchError error = failed.first().first().value<FetchError>();
    QCOMPARE(error.kind, FetchError::Kind::Canceled);
    QVERIFY(error.message.contains(QStringLiteral("canceled")));
    QVERIFY(!service.isBusy());
    service.cancel(); // nothing in flight: no second signal
    QTest::qWait(50);
    QCOMPARE(failed.size(), 1);
}

void TestCallService::callIdMismatch()
{
    const QString other = QStringLiteral("999x1");
    m_api->setHandler([&](const FakeAnunziApi::Request &) {
        return FakeAnunziApi::Reply::json(
            CallResponses::envelope(CallResponses::sampleCall(other)));
    });
    const Outcome outcome = fetch(settingsFor(m_api->base()));
    QVERIFY(!outcome.call);
    QCOMPARE(outcome.error.kind, FetchError::Kind::InvalidResponse);
    QCOMPARE(ExitCode::of(outcome.error), 4);
    QVERIFY(outcome.error.message.contains(other));
    QVERIFY(outcome.error.message.contains(callId));
}

void TestCallService::invalidBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("messageMentions");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("HTML 200") << QByteArray("<html><body>Login</body></html>")
                              << QStringLiteral("HTML page");
    QTest::newRow("truncated")
        << CallResponses::envelope(CallResponses::sampleCall(callId)).left(50)
        << QStringLiteral("not valid JSON");
    QTest::newRow("wrong envelope") << QByteArray(R"({"status":"ok","response":{"call":{}}})")
                                    << QStringLiteral("response.calls");
}

void TestCallService::invalidBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, messageMentions);
    m_api->setHandler(
        [&](const FakeAnunziApi::Request &) { return FakeAnunziApi::Reply::json(body); });
    const Outcome outcome = fetch(settingsFor(m_api->base()));
    QVERIFY(!outcome.call);
    QCOMPARE(outcome.error.kind, FetchError::Kind::InvalidResponse);
    QVERIFY2(
        outcome.error.message.startsWith(QStringLiteral("The server's answer is not a valid call")),
        qPrintable(outcome.error.message));
    QVERIFY2(outcome.error.message.contains(messageMentions), qPrintable(outcome.error.message));
}

void TestCallService::refusedWithoutRequest_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("key");
    QTest::addColumn<FetchError::Kind>("kind");
    const QString good = QStringLiteral("@API@");
    QTest::newRow("traversal ID") << good << QStringLiteral("../assistants") << apiKey
                                  << FetchError::Kind::InvalidInput;
    QTest::newRow("encoded ID") << good << QStringLiteral("%2e%2e") << apiKey
                                << FetchError::Kind::InvalidInput;
    QTest::newRow("query ID") << good << QStringLiteral("1?limit=5") << apiKey
                              << FetchError::Kind::InvalidInput;
    QTest::newRow("empty ID") << good << QString() << apiKey << FetchError::Kind::InvalidInput;
    QTest::newRow("missing key") << good << callId << QString() << FetchError::Kind::MissingKey;
    QTest::newRow("http remote base") << QStringLiteral("http://api.anunzi.net/v2") << callId
                                      << apiKey << FetchError::Kind::InvalidInput;
    QTest::newRow("file base") << QStringLiteral("file:///tmp") << callId << apiKey
                               << FetchError::Kind::InvalidInput;
    QTest::newRow("empty base") << QString() << callId << apiKey << FetchError::Kind::InvalidInput;
}

void TestCallService::refusedWithoutRequest()
{
    QFETCH(QString, base);
    QFETCH(QString, id);
    QFETCH(QString, key);
    QFETCH(FetchError::Kind, kind);
    CallService service(m_manager);
    CallService::Settings settings = settingsFor(base == u"@API@" ? m_api->base() : base);
    settings.apiKey = key;
    service.setSettings(settings);
    QSignalSpy failed(&service, &CallService::fetchFailed);
    service.fetchCall(id);
    QCOMPARE(failed.size(), 1); // at once: nothing was sent
    const FetchError error = failed.first().first().value<FetchError>();
    QCOMPARE(error.kind, kind);
    QCOMPARE(ExitCode::of(error), 2);
    QVERIFY(!error.message.isEmpty());
    QVERIFY(!service.isBusy());
    QTest::qWait(50);
    QCOMPARE(m_api->requestCount(), 0);
}

QTEST_GUILESS_MAIN(TestCallService)
#include "tst_CallService.moc"
