#include "format/PhoneFormatting.h"

#include <QTest>

class tst_PhoneFormatting : public QObject
{
    Q_OBJECT

private slots:
    void readable_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("expected");
        QTest::newRow("NANP") << u"+14155550123"_qs << u"+1 415-555-0123"_qs;
        QTest::newRow("NANP with spaces") << u"  +14155550123 "_qs << u"+1 415-555-0123"_qs;
        QTest::newRow("UK") << u"+442071838750"_qs << u"+44 20 7183 8750"_qs;
        QTest::newRow("Germany mobile") << u"+4915123456789"_qs << u"+49 1512 3456789"_qs;
        QTest::newRow("no country code: as given") << u"4155550123"_qs << u"4155550123"_qs;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("not a number") << u"anonymous"_qs << u"anonymous"_qs;
        QTest::newRow("too long: as given") << QString(100, u'1') << QString(100, u'1');
    }
    void readable()
    {
        QFETCH(QString, raw);
        QFETCH(QString, expected);
        QCOMPARE(PhoneFormatting::readable(raw), expected);
    }
};

QTEST_APPLESS_MAIN(tst_PhoneFormatting)
#include "tst_PhoneFormatting.moc"
