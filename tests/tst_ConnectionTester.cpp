#include "api/ConnectionTester.h"

#include <QHttpServer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

class tst_ConnectionTester : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_server.route(u"/v2/assistants/"_qs, [this](const QHttpServerRequest &request) {
            m_lastQuery = request.query().toString();
            const QByteArray auth = request.value("Authorization");
            if (auth == "Bearer good-key-0123456789")
                return QHttpServerResponse("application/json", "{\"status\":\"ok\"}");
            if (auth == "Bearer limited-key-0123456")
                return QHttpServerResponse(QHttpServerResponse::StatusCode::Forbidden);
            return QHttpServerResponse(QHttpServerResponse::StatusCode::Unauthorized);
        });
        m_port = m_server.listen(QHostAddress::LocalHost, 0);
        QVERIFY(m_port != 0);
    }

    void reportsInWords_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("says");
        const QString base = u"http://127.0.0.1:%1/v2"_qs.arg(m_port);
        QTest::newRow("accepted") << base << u"good-key-0123456789"_qs << true << u"accepted"_qs;
        QTest::newRow("401") << base << u"bad-key"_qs << false << u"rejected the key"_qs;
        QTest::newRow("403") << base << u"limited-key-0123456"_qs << false << u"no permission"_qs;
        QTest::newRow("wrong base") << u"http://127.0.0.1:%1/nope"_qs.arg(m_port)
                                    << u"good-key-0123456789"_qs << false << u"base URL"_qs;
        QTest::newRow("nothing listening")
            << u"http://127.0.0.1:1/v2"_qs << u"k"_qs << false << u"Could not reach"_qs;
        QTest::newRow("no key") << base << QString() << false << u"No Anunzi API key"_qs;
        QTest::newRow("http elsewhere")
            << u"http://example.com/v2"_qs << u"k"_qs << false << u"https"_qs;
    }

    void reportsInWords()
    {
        QFETCH(QString, base);
        QFETCH(QString, key);
        QFETCH(bool, ok);
        QFETCH(QString, says);
        QNetworkAccessManager manager;
        ConnectionTester tester(&manager);
        QSignalSpy finished(&tester, &ConnectionTester::finished);
        tester.test(base, key, 5);
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(0).toBool(), ok);
        const QString message = finished.first().at(1).toString();
        QVERIFY2(message.contains(says), qPrintable(message));
        QVERIFY(!message.contains(key) || key.size() < 2); // never echoes the key
    }

    void asksForOneAssistantOnly()
    {
        QNetworkAccessManager manager;
        ConnectionTester tester(&manager);
        QSignalSpy finished(&tester, &ConnectionTester::finished);
        tester.test(u"http://127.0.0.1:%1/v2"_qs.arg(m_port), u"good-key-0123456789"_qs, 5);
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(m_lastQuery, u"limit=1"_qs);
    }

private:
    QHttpServer m_server;
    quint16 m_port = 0;
    QString m_lastQuery;
};

QTEST_GUILESS_MAIN(tst_ConnectionTester)
#include "tst_ConnectionTester.moc"
