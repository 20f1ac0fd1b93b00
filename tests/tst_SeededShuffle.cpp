// SeededShuffle: SplitMix64's published first outputs, bounded() within its bound and uniform
// enough, and a shuffle pinned to the order an independent implementation (Python, same
// algorithm) gives, so the sample is the same on every platform.
#include "assignment/SeededShuffle.h"

#include <QSet>
#include <QStringList>
#include <QTest>

class tst_SeededShuffle : public QObject
{
    Q_OBJECT

private slots:
    void splitMix64ReferenceValues()
    {
        // SplitMix64 from state 0 (the reference implementation's first three outputs).
        SeededShuffle random(0);
        QCOMPARE(random.next(), Q_UINT64_C(0xe220a8397b1dcdaf));
        QCOMPARE(random.next(), Q_UINT64_C(0x6e789e6aa1b965f4));
        QCOMPARE(random.next(), Q_UINT64_C(0x06c45d188009454f));
    }

    void boundedStaysInRangeAndCoversIt()
    {
        SeededShuffle random(7);
        QCOMPARE(random.bounded(0), quint64(0));
        QCOMPARE(random.bounded(1), quint64(0));
        QList<int> counts(6, 0);
        for (int i = 0; i < 60000; ++i) {
            const quint64 value = random.bounded(6);
            QVERIFY(value < 6);
            ++counts[int(value)];
        }
        for (int count : std::as_const(counts))
            QVERIFY2(count > 9500 && count < 10500, qPrintable(QString::number(count)));
        // A bound just above 2^63 rejects about half the draws; values still in range.
        const quint64 huge = (Q_UINT64_C(1) << 63) + 5;
        for (int i = 0; i < 100; ++i)
            QVERIFY(random.bounded(huge) < huge);
    }

    void shuffleIsPinnedAndSeeded()
    {
        QStringList items;
        for (int i = 0; i < 10; ++i)
            items.append(QStringLiteral("c%1").arg(i, 2, 10, QLatin1Char('0')));
        QStringList shuffled = items;
        SeededShuffle(42).shuffle(shuffled);
        QCOMPARE(shuffled,
                 (QStringList{QStringLiteral("c00"), QStringLiteral("c09"), QStringLiteral("c05"),
                              QStringLiteral("c08"), QStringLiteral("c06"), QStringLiteral("c04"),
                              QStringLiteral("c07"), QStringLiteral("c02"), QStringLiteral("c01"),
                              QStringLiteral("c03")}));
        // The same seed again: the same order; a permutation of the input.
        QStringList again = items;
        SeededShuffle(42).shuffle(again);
        QCOMPARE(again, shuffled);
        QCOMPARE(QSet<QString>(shuffled.cbegin(), shuffled.cend()),
                 QSet<QString>(items.cbegin(), items.cend()));
        // Other seeds give other orders (all 20 distinct here).
        QSet<QString> orders;
        for (quint64 seed = 1; seed <= 20; ++seed) {
            QStringList other = items;
            SeededShuffle(seed).shuffle(other);
            orders.insert(other.join(u','));
        }
        QCOMPARE(orders.size(), 20);
        // Empty and single lists are left alone.
        QStringList none;
        SeededShuffle(1).shuffle(none);
        QVERIFY(none.isEmpty());
        QStringList one{QStringLiteral("x")};
        SeededShuffle(1).shuffle(one);
        QCOMPARE(one, QStringList{QStringLiteral("x")});
    }
};

QTEST_GUILESS_MAIN(tst_SeededShuffle)
#include "tst_SeededShuffle.moc"
