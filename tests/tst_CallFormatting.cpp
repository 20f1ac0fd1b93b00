// CallFormatting: how durations, end reasons, directions and speakers read.
#include "format/CallFormatting.h"

#include <QLocale>
#include <QScopeGuard>
#include <QTest>

#include <limits>

class TestCallFormatting : public QObject
{
    Q_OBJECT

private slots:
    void duration_data();
    void duration();
    void endReason_data();
    void endReason();
    void direction_data();
    void direction();
    void speakerName();
    void nameOrUnknown();
    void count_data();
    void count();
    void dataSize_data();
    void dataSize();
};

void TestCallFormatting::duration_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("0:00");
    QTest::newRow("negative") << qint64(-5) << QStringLiteral("0:00");
    QTest::newRow("9 s") << qint64(9) << QStringLiteral("0:09");
    QTest::newRow("59 s") << qint64(59) << QStringLiteral("0:59");
    QTest::newRow("60 s") << qint64(60) << QStringLiteral("1:00");
    QTest::newRow("66 s") << qint64(66) << QStringLiteral("1:06");
    QTest::newRow("59:59") << qint64(3599) << QStringLiteral("59:59");
    QTest::newRow("1 h") << qint64(3600) << QStringLiteral("1:00:00");
    QTest::newRow("1:02:03") << qint64(3723) << QStringLiteral("1:02:03");
    QTest::newRow("ten years") << qint64(315360000) << QStringLiteral("87600:00:00");
}

void TestCallFormatting::duration()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, text);
    QCOMPARE(CallFormatting::duration(seconds), text);
}

void TestCallFormatting::endReason_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("words");
    QTest::newRow("documented") << QStringLiteral("human_pick_up_cut_off")
                                << QStringLiteral("Human pick-up cut off");
    QTest::newRow("upper case") << QStringLiteral("HUMAN_HANGUP")
                                << QStringLiteral("Caller hung up");
    QTest::newRow("spaces around")
        << QStringLiteral("  voicemail ") << QStringLiteral("Reached voicemail");
    QTest::newRow("transferred") << QStringLiteral("call_transferred")
                                 << QStringLiteral("Call transferred");
    QTest::newRow("unknown code") << QStringLiteral("some_NEW__reason")
                                  << QStringLiteral("Some new reason");
    QTest::newRow("empty") << QString() << QStringLiteral("not given");
    QTest::newRow("blank") << QStringLiteral("  ") << QStringLiteral("not given");
    QTest::newRow("only underscores") << QStringLiteral("___") << QString();
    QTest::newRow("accented") << QStringLiteral("éxito_total") << QStringLiteral("Éxito total");
    // Issue 19: any code the app does not know reads as words, in sentence case.
    QTest::newRow("hyphens") << QStringLiteral("customer-ended-call")
                             << QStringLiteral("Customer ended call");
    QTest::newRow("hyphens and underscores")
        << QStringLiteral("Customer-Ended_call") << QStringLiteral("Customer ended call");
    QTest::newRow("camelCase") << QStringLiteral("customerEndedCall")
                               << QStringLiteral("Customer ended call");
    QTest::newRow("upper case unknown")
        << QStringLiteral("SIP_TIMEOUT") << QStringLiteral("Sip timeout");
    QTest::newRow("leading and doubled separators")
        << QStringLiteral("--silence--detected") << QStringLiteral("Silence detected");
    QTest::newRow("one word") << QStringLiteral("dropped") << QStringLiteral("Dropped");
    QTest::newRow("digits") << QStringLiteral("sip-487") << QStringLiteral("Sip 487");
    // Known codes stay translated whatever the separators.
    QTest::newRow("known, hyphens")
        << QStringLiteral("human-hangup") << QStringLiteral("Caller hung up");
    QTest::newRow("known, spaces") << QStringLiteral("No Answer") << QStringLiteral("No answer");
    QTest::newRow("known, mixed") << QStringLiteral("max-duration_reached")
                                  << QStringLiteral("Maximum duration reached");
}

void TestCallFormatting::endReason()
{
    QFETCH(QString, code);
    QFETCH(QString, words);
    QCOMPARE(CallFormatting::endReason(code), words);
}

void TestCallFormatting::direction_data()
{
    QTest::addColumn<QString>("campaignType");
    QTest::addColumn<QString>("text");
    QTest::newRow("Inbound") << QStringLiteral("Inbound") << QStringLiteral("Inbound");
    QTest::newRow("outbound") << QStringLiteral("outbound") << QStringLiteral("Outbound");
    QTest::newRow("Test") << QStringLiteral(" TEST ") << QStringLiteral("Test");
    QTest::newRow("other") << QStringLiteral("Campaign X") << QStringLiteral("Campaign X");
    QTest::newRow("empty") << QString() << QStringLiteral("unknown");
}

void TestCallFormatting::direction()
{
    QFETCH(QString, campaignType);
    QFETCH(QString, text);
    QCOMPARE(CallFormatting::direction(campaignType), text);
}

void TestCallFormatting::speakerName()
{
    QCOMPARE(CallFormatting::speakerName(Speaker::Bot), QStringLiteral("Assistant"));
    QCOMPARE(CallFormatting::speakerName(Speaker::Human), QStringLiteral("Caller"));
    QCOMPARE(CallFormatting::speakerName(Speaker::Unknown), QStringLiteral("Unlabeled"));
}

void TestCallFormatting::nameOrUnknown()
{
    QCOMPARE(CallFormatting::nameOrUnknown(QStringLiteral(" Eddie ")), QStringLiteral("Eddie"));
    QCOMPARE(CallFormatting::nameOrUnknown(QString()), QStringLiteral("unknown"));
    QCOMPARE(CallFormatting::nameOrUnknown(QStringLiteral("\t")), QStringLiteral("unknown"));
}

void TestCallFormatting::count_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<qint64>("number");
    QTest::addColumn<QString>("text");
    // Spanish: no separator up to four digits, then every group of three (Qt 6.4 alone would
    // write "1234.567").
    QTest::newRow("es 7") << "es_ES" << qint64(7) << "7";
    QTest::newRow("es 1234") << "es_ES" << qint64(1234) << "1234";
    QTest::newRow("es 9999") << "es_ES" << qint64(9999) << "9999";
    QTest::newRow("es 10000") << "es_ES" << qint64(10000) << "10.000";
    QTest::newRow("es 123456") << "es_ES" << qint64(123456) << "123.456";
    QTest::newRow("es 1234567") << "es_ES" << qint64(1234567) << "1.234.567";
    QTest::newRow("es 1234567890") << "es_ES" << qint64(1234567890) << "1.234.567.890";
    QTest::newRow("es -1234567") << "es_ES" << qint64(-1234567) << "-1.234.567";
    QTest::newRow("es -1234") << "es_ES" << qint64(-1234) << "-1234";
    QTest::newRow("es max") << "es_ES" << std::numeric_limits<qint64>::max()
                            << "9.223.372.036.854.775.807";
    QTest::newRow("es min") << "es_ES" << std::numeric_limits<qint64>::min()
                            << "-9.223.372.036.854.775.808";
    QTest::newRow("es (language only)") << "es" << qint64(1234567) << "1.234.567";
    // Locales that group from four digits are Qt's own output.
    QTest::newRow("en 1234") << "en_US" << qint64(1234) << "1,234";
    QTest::newRow("en 1234567") << "en_US" << qint64(1234567) << "1,234,567";
    QTest::newRow("es_MX 1234567") << "es_MX" << qint64(1234567) << "1,234,567";
    QTest::newRow("de 1234567") << "de_DE" << qint64(1234567) << "1.234.567";
    QTest::newRow("en_IN 1234567") << "en_IN" << qint64(1234567) << "12,34,567";
}

void TestCallFormatting::count()
{
    QFETCH(QString, locale);
    QFETCH(qint64, number);
    QFETCH(QString, text);
    const QLocale previous;
    QLocale::setDefault(QLocale(locale));
    const auto restore = qScopeGuard([&previous] { QLocale::setDefault(previous); });
    QCOMPARE(CallFormatting::count(number), text);
}

void TestCallFormatting::dataSize_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<QString>("text");
    QTest::newRow("es 1.5 MB") << "es_ES" << qint64(1572864) << "1,5 MB";
    QTest::newRow("es 1023.5 kB") << "es_ES" << qint64(1023 * 1024 + 512) << "1023,5 kB";
    QTest::newRow("es 1000 bytes") << "es_ES" << qint64(1000) << "1000 bytes";
    QTest::newRow("en 1023.5 kB") << "en_US" << qint64(1023 * 1024 + 512) << "1,023.5 kB";
    QTest::newRow("en 1.5 MB") << "en_US" << qint64(1572864) << "1.5 MB";
}

void TestCallFormatting::dataSize()
{
    QFETCH(QString, locale);
    QFETCH(qint64, bytes);
    QFETCH(QString, text);
    const QLocale previous;
    QLocale::setDefault(QLocale(locale));
    const auto restore = qScopeGuard([&previous] { QLocale::setDefault(previous); });
    QCOMPARE(CallFormatting::dataSize(bytes), text);
}

QTEST_GUILESS_MAIN(TestCallFormatting)
#include "tst_CallFormatting.moc"
