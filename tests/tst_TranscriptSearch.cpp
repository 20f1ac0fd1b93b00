#include "transcript/TranscriptSearch.h"

#include <QTest>

static QList<Turn> sample()
{
    return {{Speaker::Bot, u"Hello, how can I help?"_qs},
            {Speaker::Human, u"hello there. HELLO again"_qs},
            {Speaker::Bot, u"Nothing here"_qs},
            {Speaker::Human, u"Straße and STRASSE"_qs}};
}

class tst_TranscriptSearch : public QObject
{
    Q_OBJECT

private slots:
    void caseInsensitiveByDefault()
    {
        TranscriptSearch search;
        search.setTurns(sample());
        search.search(u"hello"_qs);
        QCOMPARE(search.count(), 3);
        QCOMPARE(search.matches()[0].row, 0);
        QCOMPARE(search.matches()[1].row, 1);
        QCOMPARE(search.matches()[1].start, 0);
        QCOMPARE(search.matches()[2].start, 13);
        QCOMPARE(search.matches()[2].length, 5);
        QCOMPARE(search.current(), 0);
    }

    void caseSensitive()
    {
        TranscriptSearch search;
        search.setTurns(sample());
        search.search(u"HELLO"_qs, Qt::CaseSensitive);
        QCOMPARE(search.count(), 1);
        QCOMPARE(search.matches()[0].row, 1);
    }

    void offsetsStayRightWhenFoldingChangesLength()
    {
        TranscriptSearch search;
        search.setTurns(sample());
        search.search(u"and"_qs);
        QCOMPARE(search.count(), 1);
        QCOMPARE(search.matches()[0].row, 3);
        QCOMPARE(sample()[3].text.mid(search.matches()[0].start, 3), u"and"_qs);
    }

    void speakerFilter()
    {
        TranscriptSearch search;
        search.setTurns(sample());
        search.search(u"hello"_qs, Qt::CaseInsensitive, Speaker::Bot);
        QCOMPARE(search.count(), 1);
        QCOMPARE(search.matches()[0].row, 0);
    }

    void nextAndPreviousWrap()
    {
        TranscriptSearch search;
        search.setTurns(sample());
        search.search(u"hello"_qs);
        QCOMPARE(search.next(), 1);
        QCOMPARE(search.next(), 2);
        QCOMPARE(search.next(), 0);
        QCOMPARE(search.previous(), 2);
        search.setCurrentFromRow(1);
        QCOMPARE(search.current(), 1);
        search.setCurrentFromRow(3); // after the last match: wraps to the first
        QCOMPARE(search.current(), 0);
    }

    void matchesInRow()
    {
        TranscriptSearch search;
        search.setTurns(sample());
        search.search(u"hello"_qs);
        auto [first, last] = search.matchesInRow(1);
        QCOMPARE(last - first, 2);
        auto [none, noneEnd] = search.matchesInRow(2);
        QCOMPARE(noneEnd - none, 0);
    }

    void noMatchAcrossTurns()
    {
        TranscriptSearch search;
        search.setTurns({{Speaker::Bot, u"ends with ab"_qs}, {Speaker::Human, u"cd starts"_qs}});
        search.search(u"abcd"_qs);
        QCOMPARE(search.count(), 0);
        search.search(u"ab"_qs);
        QCOMPARE(search.count(), 1);
        search.search(u"CD"_qs);
        QCOMPARE(search.count(), 1);
        QCOMPARE(search.matches()[0].row, 1);
        QCOMPARE(search.matches()[0].start, 0);
    }

    void emptyQueryAndNoMatch()
    {
        TranscriptSearch search;
        search.setTurns(sample());
        search.search(QString());
        QCOMPARE(search.count(), 0);
        QCOMPARE(search.current(), -1);
        QVERIFY(!search.currentMatch());
        search.search(u"zebra"_qs);
        QCOMPARE(search.count(), 0);
        QCOMPARE(search.next(), -1);
    }
};

QTEST_APPLESS_MAIN(tst_TranscriptSearch)
#include "tst_TranscriptSearch.moc"
