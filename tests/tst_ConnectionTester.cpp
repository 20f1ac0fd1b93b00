#include "FakeAnunziApi.h"
#include "api/ConnectionTester.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

class tst_ConnectionTester : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // List Assistants answers by key: a good one, one without permission, anything else.
        m_api.setHandler([this](const FakeAnunziApi::Request &request) {
            if (request.path != m_api.assistantsPath())
                return FakeAnunziApi::Reply::withStatus(404);
            const QByteArray auth = request.header("Authorization");
            if (auth == "Bearer good-key-0123456789")
                return FakeAnunziApi::Reply::json("{\"status\":\"ok\"}");
            if (auth == "Bearer limited-key-0123456")
                return FakeAnunziApi::Reply::withStatus(403);
            return FakeAnunziApi::Reply::withStatus(401);
        });
        QVERIFY(m_api.isListening());
    }

    void reportsInWords_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("says");
        const QString base = m_api.base();
        QTest::newRow("accepted") << base << u"good-key-0123456789"_qs << true << u"accepted"_qs;
        QTest::newRow("401") << base << u"bad-key"_qs << false << u"rejected the key"_qs;
        QTest::newRow("403") << base << u"limited-key-0123456"_qs << false << u"no permission"_qs;
        QTest::newRow("wrong base") << m_api.origin().toString() + u"/nope"_qs
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
        tester.test(m_api.base(), u"good-key-0123456789"_qs, 5);
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(m_api.requests().constLast().query, QByteArray("limit=1"));
    }

private:
    FakeAnunziApi m_api;
};

QTEST_GUILESS_MAIN(tst_ConnectionTester)
#include "tst_ConnectionTester.moc"
