// TimestampFormat: the player-style clock, the turn label of md/html/pdf exports, the SubRip
// and WebVTT time codes, and seconds in the current locale.
#include "timing/TimestampFormat.h"

#include <QLocale>
#include <QTest>

class tst_TimestampFormat : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void clock_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("clock");
        QTest::addColumn<QString>("srt");
        QTest::addColumn<QString>("vtt");
        QTest::newRow("zero") << qint64(0) << QStringLiteral("0:00")
                              << QStringLiteral("00:00:00,000") << QStringLiteral("00:00:00.000");
        QTest::newRow("under a second")
            << qint64(999) << QStringLiteral("0:00") << QStringLiteral("00:00:00,999")
            << QStringLiteral("00:00:00.999");
        QTest::newRow("1:23 truncated")
            << qint64(83999) << QStringLiteral("1:23") << QStringLiteral("00:01:23,999")
            << QStringLiteral("00:01:23.999");
        QTest::newRow("1:02.345") << qint64(62345) << QStringLiteral("1:02")
                                  << QStringLiteral("00:01:02,345")
                                  << QStringLiteral("00:01:02.345");
        QTest::newRow("59:59") << qint64(3599999) << QStringLiteral("59:59")
                               << QStringLiteral("00:59:59,999") << QStringLiteral("00:59:59.999");
        QTest::newRow("an hour") << qint64(3600000) << QStringLiteral("1:00:00")
                                 << QStringLiteral("01:00:00,000")
                                 << QStringLiteral("01:00:00.000");
        QTest::newRow("1:02:03") << qint64(3723004) << QStringLiteral("1:02:03")
                                 << QStringLiteral("01:02:03,004")
                                 << QStringLiteral("01:02:03.004");
        QTest::newRow("over 99 hours")
            << qint64(100) * 3600000 + 1 << QStringLiteral("100:00:00")
            << QStringLiteral("100:00:00,001") << QStringLiteral("100:00:00.001");
        QTest::newRow("negative is 0")
            << qint64(-1500) << QStringLiteral("0:00") << QStringLiteral("00:00:00,000")
            << QStringLiteral("00:00:00.000");
    }
    void clock()
    {
        QFETCH(qint64, ms);
        QFETCH(QString, clock);
        QFETCH(QString, srt);
        QFETCH(QString, vtt);
        QCOMPARE(TimestampFormat::clock(ms), clock);
        QCOMPARE(TimestampFormat::turnLabel(ms), u'[' + clock + u']');
        QCOMPARE(TimestampFormat::srt(ms), srt);
        QCOMPARE(TimestampFormat::webVtt(ms), vtt);
    }

    void seconds()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(TimestampFormat::seconds(2400), QStringLiteral("2.4 s"));
        QCOMPARE(TimestampFormat::seconds(2449), QStringLiteral("2.4 s"));
        QCOMPARE(TimestampFormat::seconds(2451), QStringLiteral("2.5 s"));
        QCOMPARE(TimestampFormat::seconds(0), QStringLiteral("0.0 s"));
        QCOMPARE(TimestampFormat::seconds(-300), QStringLiteral("-0.3 s"));
        QCOMPARE(TimestampFormat::seconds(12345678), QStringLiteral("12,345.7 s"));
        QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Spain));
        QCOMPARE(TimestampFormat::seconds(2400), QStringLiteral("2,4 s"));
    }
};

QTEST_GUILESS_MAIN(tst_TimestampFormat)
#include "tst_TimestampFormat.moc"
