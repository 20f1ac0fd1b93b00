// RecordingUrlPolicy: only http(s) recording URLs with a host are ever opened.
#include "CallDecoder.h"
#include "HostileFixtures.h"
#include "RecordingUrlPolicy.h"

#include <QTest>

class tst_RecordingUrlPolicy : public QObject
{
    Q_OBJECT

private slots:
    void isSafe_data();
    void isSafe();
    void unsafeCallStillDecodes_data();
    void unsafeCallStillDecodes();
};

void tst_RecordingUrlPolicy::isSafe_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("safe");
    QTest::addColumn<QString>("reasonMentions");
    QTest::newRow("https") << "https://cdn.example.com/r.wav" << true << QString();
    QTest::newRow("http") << "http://cdn.example.com/r.wav" << true << QString();
    QTest::newRow("HTTPS upper case") << "HTTPS://cdn.example.com/r.wav" << true << QString();
    QTest::newRow("file") << "file:///etc/passwd" << false << "\"file:\"";
    QTest::newRow("javascript") << "javascript:alert(1)" << false << "\"javascript:\"";
    QTest::newRow("data") << "data:audio/wav;base64,UklGRg==" << false << "\"data:\"";
    QTest::newRow("ftp") << "ftp://example.com/r.wav" << false << "\"ftp:\"";
    QTest::newRow("relative") << "/recordings/r.wav" << false << "not a valid web address";
    QTest::newRow("http without host") << "http:///r.wav" << false << "not a valid web address";
    QTest::newRow("empty") << "" << false << "no recording";
}

void tst_RecordingUrlPolicy::isSafe()
{
    QFETCH(QString, url);
    QFETCH(bool, safe);
    QFETCH(QString, reasonMentions);
    const QUrl parsed(url);
    QCOMPARE(RecordingUrlPolicy::isSafe(parsed), safe);
    const QString reason = RecordingUrlPolicy::unsafeReason(parsed);
    QCOMPARE(reason.isEmpty(), safe);
    if (!safe)
        QVERIFY2(reason.contains(reasonMentions), qPrintable(reason));
}

void tst_RecordingUrlPolicy::unsafeCallStillDecodes_data()
{
    QTest::addColumn<QByteArray>("recordingUrl");
    QTest::newRow("file") << QByteArray("file:///home/user/.ssh/id_rsa");
    QTest::newRow("javascript") << QByteArray("javascript:alert(document.cookie)");
    QTest::newRow("data") << QByteArray("data:text/html,<script>alert(1)</script>");
}

void tst_RecordingUrlPolicy::unsafeCallStillDecodes()
{
    // The call is still worth reviewing: it decodes, only its recording is refused.
    QFETCH(QByteArray, recordingUrl);
    const CallDecoder::Result decoded = CallDecoder::decodeResponse(
        HostileFixtures::callResponse(HostileFixtures::callId, recordingUrl));
    QVERIFY2(decoded.ok(), qPrintable(decoded.error));
    QCOMPARE(decoded.call->recordingUrl.toUtf8(), recordingUrl);
    QVERIFY(!RecordingUrlPolicy::isSafe(QUrl(decoded.call->recordingUrl)));
}

QTEST_GUILESS_MAIN(tst_RecordingUrlPolicy)
#include "tst_RecordingUrlPolicy.moc"
