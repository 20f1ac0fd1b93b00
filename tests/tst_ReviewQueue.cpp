// ReviewQueue: IDs parsed from pasted text or a file, order kept, Next/Previous through the
// verdict filter, progress from the store, and the queue surviving a restart.
#include "review/ReviewQueue.h"
#include "review/ReviewStore.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class tst_ReviewQueue : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("queue-%1.sqlite").arg(++m_counter));
        m_store = std::make_unique<ReviewStore>();
        QVERIFY(m_store->open(m_path));
    }
    void cleanup() { m_store.reset(); }

    void orderAndSteps()
    {
        ReviewQueue queue(m_store.get());
        QVERIFY(queue.setIds({QStringLiteral("3x3"), QStringLiteral("1x1"), QStringLiteral("2x2"),
                              QStringLiteral("1x1")}));
        QCOMPARE(
            queue.ids(),
            (QStringList{QStringLiteral("3x3"), QStringLiteral("1x1"), QStringLiteral("2x2")}));
        QCOMPARE(queue.currentId(), QStringLiteral("3x3"));
        QVERIFY(!queue.hasPrevious());
        QSignalSpy current(&queue, &ReviewQueue::currentChanged);
        QCOMPARE(queue.next(), QStringLiteral("1x1"));
        QCOMPARE(queue.next(), QStringLiteral("2x2"));
        QCOMPARE(queue.next(), QString()); // at the end
        QCOMPARE(queue.currentId(), QStringLiteral("2x2"));
        QCOMPARE(queue.previous(), QStringLiteral("1x1"));
        QCOMPARE(current.count(), 3);
        QCOMPARE(current.constLast().constFirst().toString(), QStringLiteral("1x1"));
    }

    void progressAndFilter()
    {
        ReviewQueue queue(m_store.get());
        QVERIFY(queue.setIds({QStringLiteral("a1"), QStringLiteral("b2"), QStringLiteral("c3"),
                              QStringLiteral("d4")}));
        QCOMPARE(queue.progressText(), QStringLiteral("0 of 4 reviewed"));
        QSignalSpy changed(&queue, &ReviewQueue::changed);
        Review review;
        review.callId = QStringLiteral("b2");
        review.verdict = Review::Verdict::Fail;
        QVERIFY(m_store->save(review));
        review.callId = QStringLiteral("d4");
        QVERIFY(m_store->save(review));
        review.callId = QStringLiteral("not-queued-9");
        review.verdict = Review::Verdict::Pass;
        QVERIFY(m_store->save(review));
        review.callId = QStringLiteral("c3");
        review.verdict = Review::Verdict::None; // flags only: not reviewed yet
        review.summary = QStringLiteral("started");
        QVERIFY(m_store->save(review));
        QVERIFY(changed.count() >= 3);
        QCOMPARE(queue.reviewedCount(), 2);
        QCOMPARE(queue.progressText(), QStringLiteral("2 of 4 reviewed"));

        queue.setFilter(Review::Verdict::Fail);
        QCOMPARE(queue.visibleIds(), (QStringList{QStringLiteral("b2"), QStringLiteral("d4")}));
        QCOMPARE(queue.currentId(), QStringLiteral("a1"));
        QCOMPARE(queue.next(), QStringLiteral("b2"));
        QCOMPARE(queue.next(), QStringLiteral("d4")); // c3 skipped
        QCOMPARE(queue.previous(), QStringLiteral("b2"));
        queue.setFilter(Review::Verdict::None);
        QCOMPARE(queue.visibleIds(), (QStringList{QStringLiteral("a1"), QStringLiteral("c3")}));
        QCOMPARE(queue.next(), QStringLiteral("c3"));
        queue.setFilter(ReviewQueue::Filter());
        QCOMPARE(queue.visibleIds().size(), 4);
    }

    void survivesRestart()
    {
        {
            ReviewQueue queue(m_store.get());
            QVERIFY(
                queue.setIds({QStringLiteral("x1"), QStringLiteral("x2"), QStringLiteral("x3")}));
            queue.next();
            queue.setFilter(Review::Verdict::None);
        }
        m_store.reset();
        ReviewStore store;
        QVERIFY(store.open(m_path));
        ReviewQueue queue(&store);
        QCOMPARE(queue.ids(),
                 (QStringList{QStringLiteral("x1"), QStringLiteral("x2"), QStringLiteral("x3")}));
        QCOMPARE(queue.currentId(), QStringLiteral("x2"));
        QCOMPARE(queue.filter(), ReviewQueue::Filter(Review::Verdict::None));
    }

    void loadFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("ids.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("call_id,verdict\r\n9x9,pass\r\n8x8,\r\n\r\n7x7,fail, 6x6\r\n");
        file.close();
        ReviewQueue queue(m_store.get());
        QString error;
        QVERIFY2(queue.loadFile(path, &error), qPrintable(error));
        QCOMPARE(
            queue.ids(),
            (QStringList{QStringLiteral("9x9"), QStringLiteral("8x8"), QStringLiteral("7x7")}));
        QVERIFY(!queue.loadFile(m_dir.filePath(QStringLiteral("missing.txt")), &error));
        QVERIFY(error.contains(QStringLiteral("missing.txt")));
        QCOMPARE(queue.size(), 3); // unchanged
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
    std::unique_ptr<ReviewStore> m_store;
};

QTEST_GUILESS_MAIN(tst_ReviewQueue)
#include "tst_ReviewQueue.moc"
