// TLS: an API with a certificate the system does not trust is refused with a clear message,
// before any request (and so any key) is sent; and no source ever ignores TLS errors.
#include "HostileFixtures.h"
#include "RawHttpServer.h"
#include "api/CallService.h"
#include "cli/ExitCode.h"

#include <QDirIterator>
#include <QFile>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTest>

using Kind = FetchError::Kind;
using namespace HostileFixtures;

class tst_TlsErrors : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void selfSignedCertificateRefused();
    void trustedCertificateAccepted();
    void noSourceIgnoresTlsErrors();

private:
    FetchError fetch(CallRecord *call = nullptr);

    QSslCertificate m_certificate;
    QSslKey m_key;
    QNetworkAccessManager *m_network = nullptr;
    RawHttpServer *m_server = nullptr;
};

void tst_TlsErrors::initTestCase()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("No TLS backend available in this Qt build");
    QFile certificate(QStringLiteral(CALLREVIEW_TEST_DATA "/tls/selfsigned.crt"));
    QFile key(QStringLiteral(CALLREVIEW_TEST_DATA "/tls/selfsigned.key"));
    QVERIFY(certificate.open(QIODevice::ReadOnly));
    QVERIFY(key.open(QIODevice::ReadOnly));
    m_certificate = QSslCertificate(&certificate, QSsl::Pem);
    m_key = QSslKey(&key, QSsl::Rsa, QSsl::Pem);
    QVERIFY(!m_certificate.isNull());
    QVERIFY(!m_key.isNull());
}

void tst_TlsErrors::init()
{
    m_network = new QNetworkAccessManager(this);
    m_server = new RawHttpServer(this);
    m_server->enableTls(m_certificate, m_key);
    QVERIFY(m_server->listenOnLoopback());
    m_server->setReply(callPath(),
                       RawHttpServer::send(RawHttpServer::response(200, callResponse())));
}

void tst_TlsErrors::cleanup()
{
    delete m_server;
    delete m_network;
}

FetchError tst_TlsErrors::fetch(CallRecord *call)
{
    CallService service(m_network);
    CallService::Settings settings;
    settings.apiBase = m_server->url(QStringLiteral("/v2")).toString();
    settings.apiKey = apiKey;
    settings.timeoutSeconds = 10;
    settings.retry.initialBackoffMs = 20;
    service.setSettings(settings);
    QSignalSpy fetched(&service, &CallService::callFetched);
    QSignalSpy failed(&service, &CallService::fetchFailed);
    service.fetchCall(callId);
    if (!QTest::qWaitFor([&] { return fetched.size() + failed.size() > 0; }, 15000))
        return {Kind::HttpError, QStringLiteral("test: no answer")};
    if (!fetched.isEmpty()) {
        if (call)
            *call = fetched.first().first().value<CallRecord>();
        return {};
    }
    return failed.first().first().value<FetchError>();
}

void tst_TlsErrors::selfSignedCertificateRefused()
{
    QVERIFY(m_server->url().scheme() == u"https");
    const FetchError error = fetch();
    QCOMPARE(FetchError::kindName(error.kind), FetchError::kindName(Kind::Tls));
    // Qt's reason, inside our sentence that says what to do.
    QVERIFY2(error.message.contains(u"self-signed", Qt::CaseInsensitive),
             qPrintable(error.message));
    QVERIFY2(error.message.contains(u"secure connection to the API failed"),
             qPrintable(error.message));
    QVERIFY2(error.message.contains(u"certificates"), qPrintable(error.message));
    QVERIFY(!error.message.contains(apiKey));
    QCOMPARE(ExitCode::of(error), 3);
    // The handshake failed before any HTTP request: the key never left, and TLS errors are not
    // retried (one connection only).
    QCOMPARE(m_server->requests().size(), 0);
    QCOMPARE(m_server->connectionCount(), 1);
}

void tst_TlsErrors::trustedCertificateAccepted()
{
    // The same server works once its certificate is trusted: the refusal above is about trust,
    // not a broken test server. (Changes the default configuration of this process only.)
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    const QList<QSslCertificate> systemCas = configuration.caCertificates();
    configuration.addCaCertificate(m_certificate);
    QSslConfiguration::setDefaultConfiguration(configuration);
    CallRecord call;
    const FetchError error = fetch(&call);
    configuration.setCaCertificates(systemCas);
    QSslConfiguration::setDefaultConfiguration(configuration);
    QCOMPARE(FetchError::kindName(error.kind), FetchError::kindName(Kind::None));
    QCOMPARE(call.callId, callId);
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->requests().first().header("Authorization"), "Bearer " + apiKey.toUtf8());
}

void tst_TlsErrors::noSourceIgnoresTlsErrors()
{
    // A review rule made executable: nothing in the application may switch certificate checks
    // off. (The tests' own server is exempt: it is the server side.)
    const QRegularExpression forbidden(
        QStringLiteral(R"(ignoreSslErrors|VerifyNone|QueryPeer|setPeerVerifyMode|AutoVerifyPeer)"));
    int scanned = 0;
    for (const char *folder : {"app", "ui"}) {
        QDirIterator it(QStringLiteral(CALLREVIEW_SOURCE_DIR "/") + QLatin1StringView(folder),
                        {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(file.readAll());
            ++scanned;
            const QRegularExpressionMatch match = forbidden.match(text);
            QVERIFY2(!match.hasMatch(),
                     qPrintable(file.fileName() + u": uses " + match.captured()));
        }
    }
    QVERIFY(scanned > 10); // the scan really read the sources
}

QTEST_GUILESS_MAIN(tst_TlsErrors)
#include "tst_TlsErrors.moc"
