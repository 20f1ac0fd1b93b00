#include "FakeAnunziApi.h"
#include "api/CallFileReader.h"
#include "cli/ExitCode.h"
#include "recording/RecordingDownloader.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>

namespace {

using Reply = FakeAnunziApi::Reply;
using Request = FakeAnunziApi::Request;

// One loopback server (the suites' FakeAnunziApi) answering the paths a test gives it; every
// request is recorded with its Authorization header.
struct Server
{
    FakeAnunziApi api;
    QHash<QString, std::function<Reply(const Request &)>> routes;

    Server()
    {
        api.setHandler([this](const Request &request) {
            const auto route = routes.constFind(request.path);
            return route == routes.cend() ? Reply::withStatus(404) : (*route)(request);
        });
    }
    bool isListening() const { return api.isListening(); }
    void route(const QString &path, std::function<Reply(const Request &)> answer)
    {
        routes.insert(path, std::move(answer));
    }
    QUrl url(const QString &path) const { return QUrl(origin() + path); }
    QString origin() const { return api.origin().toString(); }
    int requests(const QString &path) const { return api.requestCount(path); }
    // The Authorization header of each request to path, oldest first.
    QList<QByteArray> authorizations(const QString &path) const
    {
        QList<QByteArray> sent;
        for (const Request &request : api.requests())
            if (request.path == path)
                sent.append(request.header("Authorization"));
        return sent;
    }
};

Reply body(const QByteArray &contentType, const QByteArray &bytes)
{
    Reply reply = Reply::withStatus(200, bytes);
    reply.contentType = contentType;
    return reply;
}

const QByteArray audio = QByteArray("RIFF") + QByteArray(4000, 'a');

CallRecord callWithRecording(const QString &url)
{
    CallRecord call;
    call.callId = QStringLiteral("1x1");
    call.recordingUrl = url;
    return call;
}

} // namespace

class TestRecordingDownloader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;

    RecordingCache freshCache(qint64 maxEntryBytes = 1024 * 1024)
    {
        static int n = 0;
        RecordingCache::Limits limits;
        limits.maxEntryBytes = maxEntryBytes;
        return RecordingCache(m_dir.filePath(QStringLiteral("cache%1").arg(++n)), limits);
    }
    static int filesIn(const QString &dir)
    {
        return int(QDir(dir).entryList(QDir::Files | QDir::Hidden).size());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Present in the environment, yet it must never reach a recording host.
        qputenv("ANUNZI_API_KEY", "anunzi-secret-key");
    }

    void redirectToAnotherPortArrivesWithoutAnyKey()
    {
        Server origin, files;
        QVERIFY(origin.isListening() && files.isListening());
        origin.route(QStringLiteral("/rec"), [&](const Request &) {
            return Reply::redirect(files.url(QStringLiteral("/file")).toEncoded());
        });
        files.route(QStringLiteral("/file"),
                    [&](const Request &) { return body("audio/x-wav", audio); });
        RecordingDownloader downloader(&m_network, freshCache());
        RecordingDownloader::Settings settings;
        settings.credentials = {QStringLiteral("AC1"), QStringLiteral("token")};
        downloader.setSettings(settings); // credentials for api.twilio.com only
        QSignalSpy ready(&downloader, &RecordingDownloader::ready);
        QSignalSpy progress(&downloader, &RecordingDownloader::progress);
        downloader.fetch(callWithRecording(origin.url(QStringLiteral("/rec")).toString()));
        QVERIFY(ready.wait(10000));
        QFile file(ready.first().first().toString());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), audio);
        QCOMPARE(ready.first().at(1).toBool(), false);
        QVERIFY(progress.count() > 0);
        QCOMPARE(origin.requests(QStringLiteral("/rec")), 1);
        QCOMPARE(files.requests(QStringLiteral("/file")), 1);
        QVERIFY(origin.authorizations(QStringLiteral("/rec")).constLast().isEmpty());
        QVERIFY(files.authorizations(QStringLiteral("/file")).constLast().isEmpty());
    }

    void unauthorizedAsksForCredentials()
    {
        Server host;
        host.route(QStringLiteral("/private"),
                   [&](const Request &) { return Reply::withStatus(401); });
        const RecordingCache cache = freshCache();
        RecordingDownloader downloader(&m_network, cache);
        RecordingDownloader::Settings settings;
        settings.credentials = {QStringLiteral("AC1"), QStringLiteral("token")};
        downloader.setSettings(settings);
        QSignalSpy failed(&downloader, &RecordingDownloader::failed);
        downloader.fetch(callWithRecording(host.url(QStringLiteral("/private")).toString()));
        QVERIFY(failed.wait(10000));
        const auto failure = failed.first().first().value<RecordingDownloader::Failure>();
        QCOMPARE(failure.kind, RecordingDownloader::Failure::Kind::NeedsCredentials);
        QVERIFY2(failure.message.contains(QStringLiteral("credentials")),
                 qPrintable(failure.message));
        QCOMPARE(ExitCode::of(failure), 3);
        // Not the credential origin: asked once, never given the Twilio credentials.
        QCOMPARE(host.requests(QStringLiteral("/private")), 1);
        QVERIFY(host.authorizations(QStringLiteral("/private")).constLast().isEmpty());
        QCOMPARE(filesIn(cache.directory()), 0);
    }

    void credentialsGoOnlyToTheCredentialOriginAfterA401()
    {
        Server twilio, storage;
        const TwilioCredentials credentials{QStringLiteral("AC123"), QStringLiteral("t0ken")};
        twilio.route(QStringLiteral("/rec"), [&](const Request &request) {
            if (request.header("Authorization") != credentials.basicAuthorization())
                return Reply::withStatus(401);
            return Reply::redirect(storage.url(QStringLiteral("/blob")).toEncoded());
        });
        storage.route(QStringLiteral("/blob"),
                      [&](const Request &) { return body("audio/mpeg", audio); });
        RecordingDownloader downloader(&m_network, freshCache());
        RecordingDownloader::Settings settings;
        settings.credentialOrigin = QUrl(twilio.origin()); // stands in for api.twilio.com
        settings.credentials = credentials;
        downloader.setSettings(settings);
        QSignalSpy ready(&downloader, &RecordingDownloader::ready);
        downloader.fetch(callWithRecording(twilio.url(QStringLiteral("/rec")).toString()));
        QVERIFY(ready.wait(10000));
        const QList<QByteArray> sent = twilio.authorizations(QStringLiteral("/rec"));
        QCOMPARE(sent.size(), 2);
        QVERIFY(sent.contains(QByteArray())); // first without: only the 401 asks for them
        QVERIFY(sent.contains(credentials.basicAuthorization()));
        QCOMPARE(storage.requests(QStringLiteral("/blob")), 1);
        QVERIFY(storage.authorizations(QStringLiteral("/blob")).constLast().isEmpty());
    }

    void rejectedCredentialsAreNotRetriedForever()
    {
        Server twilio;
        twilio.route(QStringLiteral("/rec"),
                     [&](const Request &) { return Reply::withStatus(401); });
        RecordingDownloader downloader(&m_network, freshCache());
        RecordingDownloader::Settings settings;
        settings.credentialOrigin = QUrl(twilio.origin());
        settings.credentials = {QStringLiteral("AC1"), QStringLiteral("wrong")};
        downloader.setSettings(settings);
        QSignalSpy failed(&downloader, &RecordingDownloader::failed);
        downloader.fetch(callWithRecording(twilio.url(QStringLiteral("/rec")).toString()));
        QVERIFY(failed.wait(10000));
        const auto failure = failed.first().first().value<RecordingDownloader::Failure>();
        QCOMPARE(failure.kind, RecordingDownloader::Failure::Kind::NeedsCredentials);
        QVERIFY2(failure.message.contains(QStringLiteral("rejected")), qPrintable(failure.message));
        QCOMPARE(twilio.requests(QStringLiteral("/rec")), 2);
    }

    void unsafeSchemesAreRefused_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("file") << QStringLiteral("file:///etc/passwd");
        QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)");
        QTest::newRow("data") << QStringLiteral("data:audio/wav;base64,UklGRg==");
        QTest::newRow("qrc") << QStringLiteral("qrc:/demo/demo-recording.opus");
    }
    void unsafeSchemesAreRefused()
    {
        QFETCH(QString, url);
        const RecordingCache cache = freshCache();
        RecordingDownloader downloader(&m_network, cache);
        QSignalSpy ready(&downloader, &RecordingDownloader::ready);
        QSignalSpy failed(&downloader, &RecordingDownloader::failed);
        downloader.fetch(callWithRecording(url));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(ready.count(), 0);
        QVERIFY(!downloader.isBusy());
        const auto failure = failed.first().first().value<RecordingDownloader::Failure>();
        QCOMPARE(failure.kind, RecordingDownloader::Failure::Kind::UnsafeUrl);
        QCOMPARE(ExitCode::of(failure), 4);
        QVERIFY(!QFileInfo::exists(cache.directory())); // nothing written
    }

    void noUrlMeansNoRecording()
    {
        RecordingDownloader downloader(&m_network, freshCache());
        QSignalSpy failed(&downloader, &RecordingDownloader::failed);
        downloader.fetch(callWithRecording(QString()));
        QCOMPARE(failed.count(), 1);
        const auto failure = failed.first().first().value<RecordingDownloader::Failure>();
        QCOMPARE(failure.kind, RecordingDownloader::Failure::Kind::NoRecording);
        QCOMPARE(failure.message, QStringLiteral("No recording for this call."));
    }

    void aCachedRecordingIsNotRequestedAgain()
    {
        Server host;
        host.route(QStringLiteral("/r.mp3"),
                   [&](const Request &) { return body("audio/mpeg", audio); });
        RecordingDownloader downloader(&m_network, freshCache());
        QSignalSpy ready(&downloader, &RecordingDownloader::ready);
        const CallRecord call = callWithRecording(host.url(QStringLiteral("/r.mp3")).toString());
        downloader.fetch(call);
        QVERIFY(ready.wait(10000));
        downloader.fetch(call);
        QCOMPARE(ready.count(), 2); // at once, from the cache
        QCOMPARE(ready.at(1).at(1).toBool(), true);
        QCOMPARE(ready.at(1).at(0).toString(), ready.at(0).at(0).toString());
        QCOMPARE(host.requests(QStringLiteral("/r.mp3")), 1);
    }

    void aRecordingAboveTheCapIsNotStored()
    {
        Server host;
        host.route(QStringLiteral("/big"), [&](const Request &) {
            return body("audio/x-wav", QByteArray(64 * 1024, 'b'));
        });
        const RecordingCache cache = freshCache(1000);
        RecordingDownloader downloader(&m_network, cache);
        QSignalSpy failed(&downloader, &RecordingDownloader::failed);
        downloader.fetch(callWithRecording(host.url(QStringLiteral("/big")).toString()));
        QVERIFY(failed.wait(10000));
        const auto failure = failed.first().first().value<RecordingDownloader::Failure>();
        QCOMPARE(failure.fetchKind, FetchError::Kind::TooLarge);
        QCOMPARE(filesIn(cache.directory()), 0);
    }

    void aCanceledDownloadLeavesNothing()
    {
        Server host;
        host.route(QStringLiteral("/r"),
                   [&](const Request &) { return body("audio/x-wav", audio); });
        const RecordingCache cache = freshCache();
        RecordingDownloader downloader(&m_network, cache);
        QSignalSpy failed(&downloader, &RecordingDownloader::failed);
        QSignalSpy ready(&downloader, &RecordingDownloader::ready);
        downloader.fetch(callWithRecording(host.url(QStringLiteral("/r")).toString()));
        QVERIFY(downloader.isBusy());
        downloader.cancel();
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().first().value<RecordingDownloader::Failure>().kind,
                 RecordingDownloader::Failure::Kind::Canceled);
        QTest::qWait(50); // let a late answer arrive, if the cancel had failed
        QCOMPARE(ready.count(), 0);
        QCOMPARE(filesIn(cache.directory()), 0);
    }

    void theDemoCallPlaysItsBundledRecording()
    {
        const CallDecoder::Result demo = CallFileReader::demoCall();
        QVERIFY(demo.ok());
        QVERIFY(demo.call->recordingUrl.startsWith(u"https://"));
        RecordingDownloader downloader(&m_network, freshCache());
        QSignalSpy ready(&downloader, &RecordingDownloader::ready);
        downloader.fetch(*demo.call);
        QCOMPARE(ready.count(), 1);
        QFile copy(ready.first().first().toString());
        QFile bundled(CallFileReader::demoRecordingPath());
        QVERIFY(copy.open(QIODevice::ReadOnly) && bundled.open(QIODevice::ReadOnly));
        QVERIFY(copy.size() > 10000 && copy.size() < 500 * 1024);
        QCOMPARE(copy.readAll(), bundled.readAll());
    }

    void apiDataCannotClaimABundledRecording()
    {
        // A saved call naming the demo's resource path is refused like any non-web address.
        const CallDecoder::Result saved = CallDecoder::decodeResponse(
            R"({"status":"ok","response":{"calls":[{"call_id":"1x2","transcript":"",
            "recording_url":":/demo/demo-recording.opus"}]}})");
        QVERIFY(saved.ok());
        QVERIFY(saved.call->bundledRecording.isEmpty());
        RecordingDownloader downloader(&m_network, freshCache());
        QSignalSpy failed(&downloader, &RecordingDownloader::failed);
        downloader.fetch(*saved.call);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().first().value<RecordingDownloader::Failure>().kind,
                 RecordingDownloader::Failure::Kind::UnsafeUrl);
    }
};

QTEST_GUILESS_MAIN(TestRecordingDownloader)
#include "tst_RecordingDownloader.moc"
