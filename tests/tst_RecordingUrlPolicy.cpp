#include "recording/RecordingUrlPolicy.h"

#include <QtTest>

class TestRecordingUrlPolicy : public QObject
{
    Q_OBJECT

private slots:
    void allowsWebAddresses_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("twilio")
            << QStringLiteral("https://api.twilio.com/2010-04-01/Accounts/AC1/Recordings/RE1")
            << QStringLiteral("https://api.twilio.com/2010-04-01/Accounts/AC1/Recordings/RE1");
        QTest::newRow("http, spaces") << QStringLiteral("  http://example.com/a.mp3 ")
                                      << QStringLiteral("http://example.com/a.mp3");
        QTest::newRow("upper-case scheme") << QStringLiteral("HTTPS://example.com/a.wav")
                                           << QStringLiteral("https://example.com/a.wav");
        QTest::newRow("user info dropped") << QStringLiteral("https://AC1:secret@example.com/r")
                                           << QStringLiteral("https://example.com/r");
    }
    void allowsWebAddresses()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const RecordingUrlPolicy::Check check = RecordingUrlPolicy::check(input);
        QCOMPARE(check.verdict, RecordingUrlPolicy::Verdict::Allowed);
        QCOMPARE(check.url.toString(), expected);
    }

    void refusesEverythingElse_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("file") << QStringLiteral("file:///etc/passwd")
                              << QStringLiteral("\"file:\"");
        QTest::newRow("javascript")
            << QStringLiteral("javascript:alert(1)") << QStringLiteral("\"javascript:\"");
        QTest::newRow("data") << QStringLiteral("data:audio/wav;base64,UklGRg==")
                              << QStringLiteral("\"data:\"");
        QTest::newRow("qrc") << QStringLiteral("qrc:/demo/demo-recording.opus")
                             << QStringLiteral("\"qrc:\"");
        QTest::newRow("ftp") << QStringLiteral("ftp://example.com/a.wav")
                             << QStringLiteral("\"ftp:\"");
        QTest::newRow("relative path")
            << QStringLiteral("/etc/passwd") << QStringLiteral("not a valid web address");
        QTest::newRow("no host") << QStringLiteral("https:///x") << QStringLiteral("not a valid");
    }
    void refusesEverythingElse()
    {
        QFETCH(QString, input);
        QFETCH(QString, mentions);
        const RecordingUrlPolicy::Check check = RecordingUrlPolicy::check(input);
        QCOMPARE(check.verdict, RecordingUrlPolicy::Verdict::Refused);
        QVERIFY(check.url.isEmpty());
        QVERIFY2(check.message.contains(mentions), qPrintable(check.message));
    }

    void missingOrEmptyMeansNoRecording_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << QStringLiteral("   ");
    }
    void missingOrEmptyMeansNoRecording()
    {
        QFETCH(QString, input);
        const RecordingUrlPolicy::Check check = RecordingUrlPolicy::check(input);
        QCOMPARE(check.verdict, RecordingUrlPolicy::Verdict::Missing);
        QCOMPARE(check.message, QStringLiteral("No recording for this call."));
    }
};

QTEST_GUILESS_MAIN(TestRecordingUrlPolicy)
#include "tst_RecordingUrlPolicy.moc"
