// CallIdList, the one reader of call-ID lists (batch export, --ids, the review queue). Before
// issue 17 the queue had a parser of its own (ReviewQueue::parseIds) that read the same text
// differently; the rows marked "was:" say what each of the two old parsers returned.
#include "api/CallIdList.h"

#include <QTemporaryDir>
#include <QTest>

namespace {

const QString longId = QStringLiteral("1725527007259x327898249603432960");

} // namespace

class tst_CallIdList : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("ids");
        QTest::addColumn<QStringList>("rejected");
        using L = QStringList;
        const auto s = [](const char *text) { return QString::fromUtf8(text); };

        // was: CallIdList ["Call ID: 1725..."], parseIds [1725...] rejecting "Call", "ID:"
        QTest::newRow("pasted line") << s("Call ID: %1").arg(longId) << L{longId} << L{};
        QTest::newRow("label without space") << s("ID:123x456") << L{s("123x456")} << L{};
        // was: CallIdList [123x456], parseIds [12, 123x456] (the comment's number)
        QTest::newRow("comment line") << s("# week 12\n123x456") << L{s("123x456")} << L{};
        QTest::newRow("comment after an ID")
            << s("123x456 # asked twice, see 789") << L{s("123x456")} << L{};
        // was: CallIdList ["111x222, 333x444"], parseIds [111x222, 333x444]
        QTest::newRow("commas and spaces")
            << s("111x222, 333x444;555x666\t777x888")
            << L{s("111x222"), s("333x444"), s("555x666"), s("777x888")} << L{};
        QTest::newRow("quoted and bracketed")
            << s("\"111x222\" '333x444' (555x666) [777x888] <999x000>")
            << L{s("111x222"), s("333x444"), s("555x666"), s("777x888"), s("999x000")} << L{};
        QTest::newRow("windows lines and blanks")
            << s("\r\n  111x222  \r\n\r\n333x444\r\n") << L{s("111x222"), s("333x444")} << L{};
        QTest::newRow("end of a sentence") << s("See 123x456.") << L{s("123x456")} << L{};
        // was: CallIdList [the whole URL], parseIds [666x777]
        QTest::newRow("call url") << s("https://api.anunzi.net/v2/calls/666x777?x=1#top")
                                  << L{s("666x777")} << L{};
        QTest::newRow("url with port and slash")
            << s("http://127.0.0.1:8080/v2/calls/666x777/") << L{s("666x777")} << L{};
        // was: CallIdList ["../1234"], parseIds [1234]: part of a path names something else
        QTest::newRow("relative path") << s("../1234") << L{} << L{s("../1234")};
        QTest::newRow("path and word")
            << s("not/an/../id ../.. hello") << L{} << L{s("not/an/../id"), s("../.."), s("hello")};
        QTest::newRow("not a web url")
            << s("ftp://host/calls/123x456") << L{} << L{s("ftp://host/calls/123x456")};
        // was: CallIdList ["call_id"], parseIds [] rejecting "call_id"
        QTest::newRow("header word") << s("call_id\n123x456") << L{s("123x456")} << L{s("call_id")};
        QTest::newRow("mistyped id beside a good one")
            << s("123x456 12%34") << L{s("123x456")} << L{s("12%34")};
        QTest::newRow("duplicates keep the first")
            << s("3x3\n1x1, 3x3\nCall ID: 1x1\n2x2") << L{s("3x3"), s("1x1"), s("2x2")} << L{};
        QTest::newRow("too long") << s("1") + QString(200, u'x') << L{}
                                  << L{s("1") + QString(CallIdList::maxRejectedChars - 1, u'x')};
        QTest::newRow("empty") << QString() << L{} << L{};
        QTest::newRow("only comments") << s("# a\n  # b 123x456\n") << L{} << L{};
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, ids);
        QFETCH(QStringList, rejected);
        const CallIdList::Parsed parsed = CallIdList::parse(text);
        QCOMPARE(parsed.ids, ids);
        QCOMPARE(parsed.rejected, rejected);
    }

    void readsAFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ids.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# calls of week 12\nok-1\n\n  ok-2\r\nok-1\nCall ID: 1725x3278\n");
        file.close();
        QString error;
        QCOMPARE(CallIdList::read(path, &error),
                 (QStringList{QStringLiteral("ok-1"), QStringLiteral("ok-2"),
                              QStringLiteral("1725x3278")}));
        QVERIFY(error.isEmpty());
    }

    // A batch must not drop an entry silently: an invalid one is an error that names it.
    void refusesAFileWithAnInvalidEntry()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ids.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("ok-1\n../1234\n");
        file.close();
        QString error;
        QVERIFY(CallIdList::read(path, &error).isEmpty());
        QVERIFY2(error.contains(QStringLiteral("../1234")), qPrintable(error));
    }

    void reportsAMissingFile()
    {
        QString error;
        QVERIFY(CallIdList::read(QStringLiteral("/nonexistent/ids.txt"), &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_CallIdList)
#include "tst_CallIdList.moc"
