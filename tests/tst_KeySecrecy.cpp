// The API key stays secret: with every logging category at debug, fetches that succeed, fail,
// retry and redirect, and exports through the callreview executable, never put the key into a
// log line, a message, an export, or any file under the scratch HOME/XDG folders.
#include "HostileFixtures.h"
#include "RawHttpServer.h"
#include "api/CallService.h"
#include "net/HttpGet.h"

#include <QDirIterator>
#include <QFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using Kind = FetchError::Kind;
using namespace HostileFixtures;

namespace {

QMutex logMutex;
QStringList capturedLog;

void captureMessage(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    const QMutexLocker lock(&logMutex);
    capturedLog.append(QString::fromUtf8(context.category ? context.category : "") + u": "
                       + message);
}

QByteArray ok(const QByteArray &body)
{
    return RawHttpServer::response(200, body);
}

} // namespace

class tst_KeySecrecy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void fetchesNeverLogTheKey();
    void crossOriginRedirectWithoutCredentials();
    void exportsNeverContainTheKey();
    void noFileUnderHomeHoldsTheKey();

private:
    FetchError fetch(const QList<RawHttpServer::Reply> &replies);
    void verifyNoKeyIn(const QString &where, const QString &text);

    QNetworkAccessManager *m_network = nullptr;
    RawHttpServer *m_api = nullptr;
    RawHttpServer *m_elsewhere = nullptr;
    QTemporaryDir m_exports;
    QtMessageHandler m_previousHandler = nullptr;
};

void tst_KeySecrecy::initTestCase()
{
    QVERIFY(m_exports.isValid());
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
    m_previousHandler = qInstallMessageHandler(captureMessage);
    m_network = new QNetworkAccessManager(this);
    m_api = new RawHttpServer(this);
    m_elsewhere = new RawHttpServer(this);
    QVERIFY(m_api->listenOnLoopback());
    QVERIFY(m_elsewhere->listenOnLoopback());
    m_elsewhere->setReply(
        "/r.wav", RawHttpServer::send(RawHttpServer::response(200, "RIFF", {}, "audio/wav")));
}

void tst_KeySecrecy::cleanupTestCase()
{
    qInstallMessageHandler(m_previousHandler);
}

void tst_KeySecrecy::verifyNoKeyIn(const QString &where, const QString &text)
{
    QVERIFY2(!text.contains(apiKey), qPrintable(where + u" contains the API key"));
    QVERIFY2(!text.contains(u"Bearer "), qPrintable(where + u" contains an Authorization value"));
}

FetchError tst_KeySecrecy::fetch(const QList<RawHttpServer::Reply> &replies)
{
    m_api->setReplies(callPath(), replies);
    CallService service(m_network);
    CallService::Settings settings;
    settings.apiBase = m_api->url(QStringLiteral("/v2")).toString();
    settings.apiKey = apiKey;
    settings.timeoutSeconds = 2;
    settings.retry.initialBackoffMs = 20;
    service.setSettings(settings);
    QSignalSpy fetched(&service, &CallService::callFetched);
    QSignalSpy failed(&service, &CallService::fetchFailed);
    QSignalSpy retries(&service, &CallService::retryScheduled);
    service.fetchCall(callId);
    if (!QTest::qWaitFor([&] { return fetched.size() + failed.size() > 0; }, 15000))
        return {Kind::HttpError, QStringLiteral("test: no answer")};
    for (const QList<QVariant> &retry : std::as_const(retries)) {
        const auto reason = retry.at(2).value<FetchError>();
        verifyNoKeyIn(QStringLiteral("retry message"), reason.message);
        verifyNoKeyIn(QStringLiteral("retry countdown"), CallService::describeRetry(reason, 5));
    }
    return failed.isEmpty() ? FetchError() : failed.first().first().value<FetchError>();
}

void tst_KeySecrecy::fetchesNeverLogTheKey()
{
    using HS = RawHttpServer;
    const QByteArray elsewhere = m_elsewhere->url(QString::fromUtf8(callPath())).toEncoded();
    const QList<QList<HS::Reply>> scenarios = {
        {HS::send(ok(callResponse()))},
        {HS::send(HS::response(401, "{}"))},
        {HS::send(HS::response(429, "{}", {"Retry-After: 0"})), HS::send(ok(callResponse()))},
        {HS::send(HS::response(503, "{}"))},
        {HS::send(HS::response(302, {}, {"Location: " + elsewhere}, {}))},
        {HS::send(
             HS::response(302, {}, {"Location: /v2/calls/" + callId.toUtf8() + "?again=1"}, {})),
         HS::send(ok(callResponse()))},
        {HS::reset({})},
        {HS::send(ok("<html>" + apiKey.toUtf8().left(4) + "</html>"))},
    };
    for (const auto &replies : scenarios) {
        const FetchError error = fetch(replies);
        verifyNoKeyIn(QStringLiteral("error message"), error.message);
        verifyNoKeyIn(QStringLiteral("error description"), CallService::describe(error, callId, 2));
    }
    QCOMPARE(m_elsewhere->requests().size(), 0);
    const QMutexLocker lock(&logMutex);
    // Debug logging was really on (our own categories and Qt's).
    QVERIFY(capturedLog.size() > 5);
    QVERIFY(std::any_of(capturedLog.cbegin(), capturedLog.cend(), [](const QString &line) {
        return line.startsWith(u"callreview.network: GET");
    }));
    for (const QString &line : std::as_const(capturedLog))
        verifyNoKeyIn(QStringLiteral("log line \"")
                          + QString(line).replace(apiKey, QStringLiteral("<KEY>")).left(200) + u'"',
                      line);
}

void tst_KeySecrecy::crossOriginRedirectWithoutCredentials()
{
    // The recording case: following a redirect to a CDN is allowed, the key is not.
    m_api->setReply(
        "/rec/1",
        RawHttpServer::send(RawHttpServer::response(
            302, {}, {"Location: " + m_elsewhere->url(QStringLiteral("/r.wav")).toEncoded()}, {})));
    HttpGet get(m_network);
    HttpGet::Request request;
    request.url = m_api->url(QStringLiteral("/rec/1"));
    request.authorization = "Bearer " + apiKey.toUtf8();
    request.credentialOrigin = m_api->url();
    request.crossOrigin = HttpGet::CrossOriginRedirect::FollowWithoutCredentials;
    QSignalSpy finished(&get, &HttpGet::finished);
    get.start(request);
    QVERIFY(finished.wait(10000));
    const auto result = finished.first().first().value<HttpGet::Result>();
    QCOMPARE(FetchError::kindName(result.error.kind), FetchError::kindName(Kind::None));
    QCOMPARE(result.body, QByteArray("RIFF"));
    QCOMPARE(m_elsewhere->requestCount("/r.wav"), 1);
    QVERIFY(m_elsewhere->requests().constLast().header("Authorization").isEmpty());
    QCOMPARE(m_api->requests().constLast().header("Authorization"), "Bearer " + apiKey.toUtf8());
}

void tst_KeySecrecy::exportsNeverContainTheKey()
{
    struct Run
    {
        QByteArray reply;
        QString output; // "-" for stdout
        int exitCode;
    };
    const QList<Run> runs = {
        {ok(callResponse()), m_exports.filePath(QStringLiteral("ok.txt")), 0},
        {ok(callResponse()), QStringLiteral("-"), 0},
        {RawHttpServer::response(401, "{}"), m_exports.filePath(QStringLiteral("401.txt")), 3},
        {RawHttpServer::response(500, "{}"), m_exports.filePath(QStringLiteral("500.txt")), 3},
        {ok("not json"), m_exports.filePath(QStringLiteral("bad.txt")), 4},
    };
    for (const Run &run : runs) {
        m_api->setReply(callPath(), RawHttpServer::send(run.reply));
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("ANUNZI_API_KEY"), apiKey);
        environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(CALLREVIEW_EXECUTABLE),
                      {callId, QStringLiteral("--export"), run.output, QStringLiteral("--api-base"),
                       m_api->url(QStringLiteral("/v2")).toString(), QStringLiteral("--timeout"),
                       QStringLiteral("5")});
        QVERIFY(process.waitForStarted());
        QTRY_COMPARE_WITH_TIMEOUT(process.state(), QProcess::NotRunning, 30000);
        QCOMPARE(process.exitCode(), run.exitCode);
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        const QString err = QString::fromUtf8(process.readAllStandardError());
        verifyNoKeyIn(QStringLiteral("stdout"), out);
        verifyNoKeyIn(QStringLiteral("stderr"), err);
        QVERIFY2(err.contains(u"callreview.network"), "debug logging was not on in the CLI");
        if (run.output == u"-" && run.exitCode == 0)
            QVERIFY(out.contains(u"Hello."));
    }
    QFile exported(m_exports.filePath(QStringLiteral("ok.txt")));
    QVERIFY(exported.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(exported.readAll());
    QVERIFY(text.contains(u"Hello."));
    verifyNoKeyIn(exported.fileName(), text);
}

void tst_KeySecrecy::noFileUnderHomeHoldsTheKey()
{
    // Runs last: everything above had its chance to write settings, caches or logs.
    QStringList roots = {QDir::homePath(), m_exports.path()};
    for (const char *variable :
         {"XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_RUNTIME_DIR"}) {
        const QString dir = qEnvironmentVariable(variable);
        if (!dir.isEmpty())
            roots.append(dir);
    }
    // Never scan the real home of whoever runs the test by hand: CTest gives a scratch one.
    if (!QDir::homePath().contains(u"scratch"))
        QSKIP("HOME is not a scratch folder; run through ctest");
    QStringList scanned;
    const QByteArray key = apiKey.toUtf8();
    for (const QString &root : std::as_const(roots)) {
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            scanned.append(file.fileName());
            QVERIFY2(!file.readAll().contains(key),
                     qPrintable(file.fileName() + u" holds the key"));
        }
    }
    // The scan really read files: at least the export written above.
    QVERIFY(scanned.contains(m_exports.filePath(QStringLiteral("ok.txt"))));
}

QTEST_GUILESS_MAIN(tst_KeySecrecy)
#include "tst_KeySecrecy.moc"
