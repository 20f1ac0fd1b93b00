// FetchErrorMapping: every HTTP status and transfer failure HttpGet can end with, mapped to a
// FetchError kind, message and Retry-After, without a server.
#include "net/FetchErrorMapping.h"

#include <QTest>

using Kind = FetchError::Kind;
using Mapping = FetchErrorMapping;
Q_DECLARE_METATYPE(FetchError::Kind)

class TestFetchErrorMapping : public QObject
{
    Q_OBJECT

private slots:
    void httpStatus_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<int>("retryAfterSeconds");
        QTest::addColumn<bool>("transient");

        QTest::newRow("400") << 400 << QByteArray() << Kind::HttpError << -1 << false;
        QTest::newRow("401") << 401 << QByteArray() << Kind::Unauthorized << -1 << false;
        QTest::newRow("403") << 403 << QByteArray() << Kind::Forbidden << -1 << false;
        QTest::newRow("404") << 404 << QByteArray() << Kind::NotFound << -1 << false;
        QTest::newRow("410") << 410 << QByteArray() << Kind::HttpError << -1 << false;
        QTest::newRow("429") << 429 << QByteArray() << Kind::RateLimited << -1 << true;
        QTest::newRow("429 Retry-After 12")
            << 429 << QByteArray("12") << Kind::RateLimited << 12 << true;
        QTest::newRow("429 Retry-After padded")
            << 429 << QByteArray(" 7 ") << Kind::RateLimited << 7 << true;
        QTest::newRow("429 Retry-After 0")
            << 429 << QByteArray("0") << Kind::RateLimited << 0 << true;
        QTest::newRow("429 Retry-After negative")
            << 429 << QByteArray("-5") << Kind::RateLimited << -1 << true;
        QTest::newRow("429 Retry-After junk")
            << 429 << QByteArray("soon") << Kind::RateLimited << -1 << true;
        QTest::newRow("429 Retry-After a week")
            << 429 << QByteArray("604800") << Kind::RateLimited << 24 * 3600 << true;
        QTest::newRow("500") << 500 << QByteArray() << Kind::ServerError << -1 << true;
        QTest::newRow("502") << 502 << QByteArray() << Kind::ServerError << -1 << true;
        QTest::newRow("503") << 503 << QByteArray() << Kind::ServerError << -1 << true;
        QTest::newRow("503 Retry-After 30")
            << 503 << QByteArray("30") << Kind::ServerError << 30 << true;
        QTest::newRow("599") << 599 << QByteArray() << Kind::ServerError << -1 << true;
        QTest::newRow("600") << 600 << QByteArray() << Kind::HttpError << -1 << false;
        QTest::newRow("304 without Location")
            << 304 << QByteArray() << Kind::HttpError << -1 << false;
        QTest::newRow("101") << 101 << QByteArray() << Kind::HttpError << -1 << false;
    }

    void httpStatus()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, retryAfter);
        QFETCH(Kind, kind);
        QFETCH(int, retryAfterSeconds);
        QFETCH(bool, transient);

        Mapping::Reply reply;
        reply.httpStatus = status;
        // Qt reports an error for every status >= 400; the status decides, not the error.
        reply.networkError = status >= 500 ? QNetworkReply::InternalServerError
                                           : QNetworkReply::ContentNotFoundError;
        reply.errorString = QStringLiteral("transfer error text");
        reply.reasonPhrase = QStringLiteral("Some Reason");
        reply.retryAfter = retryAfter;
        const FetchError error = Mapping::map(reply);
        QCOMPARE(error.kind, kind);
        QCOMPARE(error.httpStatus, status);
        QCOMPARE(error.retryAfterSeconds, retryAfterSeconds);
        QCOMPARE(error.message, QStringLiteral("HTTP %1 Some Reason").arg(status));
        QCOMPARE(error.isTransient(), transient);
        QCOMPARE(Mapping::kindOfStatus(status), kind);
    }

    void longReasonPhraseIsCut()
    {
        Mapping::Reply reply;
        reply.httpStatus = 418;
        reply.reasonPhrase = QString(500, u'x');
        QCOMPARE(Mapping::map(reply).message, QStringLiteral("HTTP 418 ") + QString(100, u'x'));
    }

    void success()
    {
        for (int status : {200, 201, 204, 299}) {
            Mapping::Reply reply;
            reply.httpStatus = status;
            const FetchError error = Mapping::map(reply);
            QVERIFY(!error.isError());
            QCOMPARE(error.httpStatus, status);
            QCOMPARE(Mapping::kindOfStatus(status), Kind::None);
        }
    }

    void transfer_data()
    {
        QTest::addColumn<int>("status"); // 0, or a 2xx whose body did not arrive whole
        QTest::addColumn<QNetworkReply::NetworkError>("networkError");
        QTest::addColumn<QString>("tlsError");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("message");

        const QString text = QStringLiteral("Qt's text");
        const QString tls = QStringLiteral("The certificate has expired");
        QTest::newRow("inactivity timeout (transfer canceled by Qt)")
            << 0 << QNetworkReply::OperationCanceledError << QString() << Kind::Timeout
            << QStringLiteral("the server stopped answering for 15 s");
        QTest::newRow("timeout") << 0 << QNetworkReply::TimeoutError << QString() << Kind::Timeout
                                 << QStringLiteral("the server stopped answering for 15 s");
        QTest::newRow("TLS handshake")
            << 0 << QNetworkReply::SslHandshakeFailedError << tls << Kind::Tls << tls;
        QTest::newRow("TLS handshake, no detail")
            << 0 << QNetworkReply::SslHandshakeFailedError << QString() << Kind::Tls << text;
        QTest::newRow("closed after a certificate error")
            << 0 << QNetworkReply::RemoteHostClosedError << tls << Kind::Tls << tls;
        QTest::newRow("connection refused")
            << 0 << QNetworkReply::ConnectionRefusedError << QString() << Kind::Network << text;
        QTest::newRow("host not found")
            << 0 << QNetworkReply::HostNotFoundError << QString() << Kind::Network << text;
        QTest::newRow("connection reset")
            << 0 << QNetworkReply::RemoteHostClosedError << QString() << Kind::Network << text;
        QTest::newRow("proxy") << 0 << QNetworkReply::ProxyConnectionRefusedError << QString()
                               << Kind::Network << text;
        QTest::newRow("too many redirects")
            << 0 << QNetworkReply::TooManyRedirectsError << QString() << Kind::Redirect << text;
        QTest::newRow("insecure redirect")
            << 0 << QNetworkReply::InsecureRedirectError << QString() << Kind::Redirect << text;
        QTest::newRow("2xx cut short")
            << 200 << QNetworkReply::RemoteHostClosedError << QString() << Kind::Network << text;
        QTest::newRow("2xx stalled")
            << 200 << QNetworkReply::OperationCanceledError << QString() << Kind::Timeout
            << QStringLiteral("the server stopped answering for 15 s");
    }

    void transfer()
    {
        QFETCH(int, status);
        QFETCH(QNetworkReply::NetworkError, networkError);
        QFETCH(QString, tlsError);
        QFETCH(Kind, kind);
        QFETCH(QString, message);

        Mapping::Reply reply;
        reply.httpStatus = status;
        reply.networkError = networkError;
        reply.errorString = QStringLiteral("Qt's text");
        reply.tlsError = tlsError;
        reply.inactivityTimeoutMs = 15000;
        reply.retryAfter = "5"; // only read with an HTTP status
        const FetchError error = Mapping::map(reply);
        QCOMPARE(error.kind, kind);
        QCOMPARE(error.message, message);
        QCOMPARE(error.httpStatus, status);
        QCOMPARE(error.retryAfterSeconds, -1);
        QCOMPARE(Mapping::kindOfTransfer(networkError, !tlsError.isEmpty()), kind);
    }

    void abortWins_data()
    {
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<int>("status");
        QTest::newRow("canceled") << Kind::Canceled << 0;
        QTest::newRow("deadline") << Kind::Timeout << 0;
        QTest::newRow("size cap on a 200") << Kind::TooLarge << 200;
        QTest::newRow("sink write on a 200") << Kind::WriteFailed << 200;
        QTest::newRow("redirect refused") << Kind::Redirect << 302;
    }

    void abortWins()
    {
        QFETCH(Kind, kind);
        QFETCH(int, status);
        Mapping::Reply reply;
        reply.httpStatus = status;
        reply.networkError = QNetworkReply::OperationCanceledError; // what abort() leaves
        reply.abortedAs = kind;
        reply.abortMessage = QStringLiteral("why HttpGet stopped");
        const FetchError error = Mapping::map(reply);
        QCOMPARE(error.kind, kind);
        QCOMPARE(error.message, QStringLiteral("why HttpGet stopped"));
        QCOMPARE(error.httpStatus, status);
    }

    void retryAfterAsDate_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("seconds");
        QTest::newRow("90 s ahead") << QByteArray("Wed, 21 Oct 2026 07:29:30 GMT") << 90;
        QTest::newRow("in the past") << QByteArray("Wed, 21 Oct 2026 07:00:00 GMT") << 0;
        QTest::newRow("two days ahead") << QByteArray("Fri, 23 Oct 2026 07:28:00 GMT") << 24 * 3600;
        QTest::newRow("numeric zone") << QByteArray("Wed, 21 Oct 2026 09:29:30 +0200") << 90;
        QTest::newRow("not a date") << QByteArray("Wed, 99 Foo 2026") << -1;
        QTest::newRow("absent") << QByteArray() << -1;
        QTest::newRow("blank") << QByteArray("  ") << -1;
    }

    void retryAfterAsDate()
    {
        QFETCH(QByteArray, value);
        QFETCH(int, seconds);
        const QDateTime now(QDate(2026, 10, 21), QTime(7, 28), Qt::UTC);
        QCOMPARE(Mapping::parseRetryAfter(value, now), seconds);
    }
};

QTEST_GUILESS_MAIN(TestFetchErrorMapping)
#include "tst_FetchErrorMapping.moc"
