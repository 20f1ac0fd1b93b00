// ApiConnection: the one resolution of base, key and timeout for the headless commands. The
// key comes from ANUNZI_API_KEY here; without it the keychain is asked with no session bus, so
// it fails at once instead of prompting.
#include "cli/ApiConnection.h"
#include "cli/ExitCode.h"

#include <QTest>

class TestApiConnection : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qunsetenv("ANUNZI_API_KEY");
    }

    void settingsFromAccessAndEnvironmentKey()
    {
        qputenv("ANUNZI_API_KEY", "  env-key-123  ");
        const ApiAccess access = ApiAccess::resolve(QStringLiteral("http://127.0.0.1:8080/v2"), 7);
        const ApiConnection::Result result = ApiConnection::resolve(access);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.exitCode, ExitCode::Success);
        QCOMPARE(result.settings->apiBase, QStringLiteral("http://127.0.0.1:8080/v2"));
        QCOMPARE(result.settings->apiKey, QStringLiteral("env-key-123"));
        QCOMPARE(result.settings->timeoutSeconds, 7);
        // The retry policy of every API request stays on.
        QVERIFY(result.settings->retry.maxAttempts > 1);
    }

    void defaultsWhenNothingGiven()
    {
        qputenv("ANUNZI_API_KEY", "k");
        const ApiConnection::Result result =
            ApiConnection::resolve(ApiAccess::resolve(std::nullopt, std::nullopt));
        QVERIFY(result.ok());
        QCOMPARE(result.settings->apiBase, ApiEndpoint::defaultBase.toString());
        QCOMPARE(result.settings->timeoutSeconds, ApiAccess::defaultTimeoutSeconds);
    }

    void badBaseIsAUsageErrorBeforeTheKey_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("plain http")
            << QStringLiteral("http://api.anunzi.net/v2") << QStringLiteral("https://");
        QTest::newRow("empty") << QString() << QStringLiteral("empty");
        QTest::newRow("user info")
            << QStringLiteral("https://me:pw@api.anunzi.net/v2") << QStringLiteral("user name");
    }

    void badBaseIsAUsageErrorBeforeTheKey()
    {
        QFETCH(QString, base);
        QFETCH(QString, mentions);
        // No key either: the base is named, not the key.
        const ApiConnection::Result result = ApiConnection::resolve(ApiAccess::resolve(base, 5));
        QVERIFY(!result.ok());
        QCOMPARE(result.exitCode, ExitCode::Usage);
        QVERIFY2(result.error.contains(mentions), qPrintable(result.error));
        QVERIFY2(!result.error.contains(QStringLiteral("ANUNZI_API_KEY")),
                 qPrintable(result.error));
    }

    void missingKeyIsAUsageErrorSayingHowToGiveOne()
    {
        const ApiConnection::Result result =
            ApiConnection::resolve(ApiAccess::resolve(std::nullopt, std::nullopt));
        QVERIFY(!result.ok());
        QCOMPARE(result.exitCode, ExitCode::Usage);
        QVERIFY2(result.error.contains(QStringLiteral("ANUNZI_API_KEY")), qPrintable(result.error));
        QVERIFY2(result.error.contains(QStringLiteral("--set-api-key")), qPrintable(result.error));
    }
};

QTEST_GUILESS_MAIN(TestApiConnection)
#include "tst_ApiConnection.moc"
