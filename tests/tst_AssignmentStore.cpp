// AssignmentStore: a batch stored with its rule and split and read back, each reviewer's calls
// across batches, loading them into the review queue, and replacing a call: refused without a
// reason (nothing changes, no audit row), kept in the audit log with it.
#include "assignment/AssignmentStore.h"
#include "review/ReviewQueue.h"
#include "review/ReviewStore.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

const QString ana = QStringLiteral("Ana");
const QString bo = QStringLiteral("Bo");

QStringList ids(std::initializer_list<const char *> names)
{
    QStringList result;
    for (const char *name : names)
        result.append(QString::fromUtf8(name));
    return result;
}

} // namespace

class tst_AssignmentStore : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<ReviewStore>();
        QString error;
        QVERIFY2(
            m_store->open(m_dir.filePath(QStringLiteral("a%1.sqlite").arg(++m_counter)), &error),
            qPrintable(error));
        m_store->setActor(QStringLiteral("Lead"));
    }
    void cleanup() { m_store.reset(); }

    void storesBatches()
    {
        const AssignmentStore store(m_store->connectionName());
        AssignmentRule rule;
        rule.assistantId = QStringLiteral("m1");
        rule.seed = 99;
        const QMap<QString, QStringList> split{{ana, ids({"c3", "c1"})}, {bo, ids({"c2"})}};
        QString error;
        const qint64 id = store.assign(rule, split, &error);
        QVERIFY2(id > 0, qPrintable(error));
        const std::optional<AssignmentStore::Batch> batch = store.batch(id);
        QVERIFY(batch);
        QCOMPARE(batch->rule, rule);
        QCOMPARE(batch->byReviewer, split);
        QCOMPARE(batch->createdBy, QStringLiteral("Lead"));
        QCOMPARE(store.batchIds(), QList<qint64>{id});
        QCOMPARE(m_store->auditTrail(QStringLiteral("assignment")).size(), 1);

        // A later batch adds to Ana's list, after the first; a call already hers stays once.
        const qint64 second = store.assign(rule, {{ana, ids({"c9", "c1"})}});
        QCOMPARE(second, id + 1);
        QCOMPARE(store.callsFor(ana), ids({"c3", "c1", "c9"}));
        QCOMPARE(store.callsFor(bo), ids({"c2"}));
        QVERIFY(store.callsFor(QStringLiteral("Cy")).isEmpty());

        // Refused: nothing to assign, one call to two reviewers, a blank reviewer.
        QCOMPARE(store.assign(rule, {}, &error), 0);
        QCOMPARE(store.assign(rule, {{ana, ids({"c5"})}, {bo, ids({"c5"})}}, &error), 0);
        QVERIFY(error.contains(QStringLiteral("c5")));
        QCOMPARE(store.assign(rule, {{QStringLiteral(" "), ids({"c6"})}}), 0);
        QCOMPARE(store.batchIds().size(), 2);
    }

    void loadsTheQueue()
    {
        const AssignmentStore store(m_store->connectionName());
        QVERIFY(store.assign(AssignmentRule(), {{ana, ids({"c3", "c1"})}, {bo, ids({"c2"})}}));
        ReviewQueue queue(m_store.get());
        QVERIFY(queue.setIds(ids({"old"})));
        QString error;
        QVERIFY2(store.loadQueue(queue, ana, &error), qPrintable(error));
        QCOMPARE(queue.ids(), ids({"c3", "c1"}));
        QCOMPARE(queue.currentId(), QStringLiteral("c3"));
        QCOMPARE(m_store->queueIds(), ids({"c3", "c1"})); // kept in the store
    }

    void replacingNeedsAReason()
    {
        const AssignmentStore store(m_store->connectionName());
        const qint64 id =
            store.assign(AssignmentRule(), {{ana, ids({"c1", "c2"})}, {bo, ids({"c3"})}});
        const int before = int(m_store->auditTrail(QStringLiteral("assignment")).size());
        QString error;
        QVERIFY(!store.replace(id, QStringLiteral("c2"), QStringLiteral("c7"), QString(), &error));
        QVERIFY(error.contains(QStringLiteral("reason")));
        QVERIFY(
            !store.replace(id, QStringLiteral("c2"), QStringLiteral("c7"), QStringLiteral("  \n")));
        QCOMPARE(store.callsFor(ana), ids({"c1", "c2"}));
        QCOMPARE(int(m_store->auditTrail(QStringLiteral("assignment")).size()), before);

        // Not in the batch; already in the batch.
        QVERIFY(
            !store.replace(id, QStringLiteral("c9"), QStringLiteral("c7"), QStringLiteral("x")));
        QVERIFY(!store.replace(id, QStringLiteral("c2"), QStringLiteral("c3"), QStringLiteral("x"),
                               &error));
        QVERIFY(error.contains(QStringLiteral("c3")));

        QVERIFY2(store.replace(id, QStringLiteral("c2"), QStringLiteral("c7"),
                               QStringLiteral(" Recording missing "), &error),
                 qPrintable(error));
        QCOMPARE(store.callsFor(ana), ids({"c1", "c7"})); // same reviewer, same place
        const QList<AuditLog::Entry> trail =
            m_store->auditTrail(QStringLiteral("assignment"), QString::number(id));
        QCOMPARE(trail.last().action, QStringLiteral("replace"));
        QCOMPARE(trail.last().actor, QStringLiteral("Lead"));
        QCOMPARE(trail.last().details.value(QStringLiteral("reason")).toString(),
                 QStringLiteral("Recording missing"));
        QCOMPARE(trail.last().details.value(QStringLiteral("old_call_id")).toString(),
                 QStringLiteral("c2"));
        QCOMPARE(trail.last().details.value(QStringLiteral("reviewer")).toString(), ana);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ReviewStore> m_store;
    int m_counter = 0;
};

QTEST_GUILESS_MAIN(tst_AssignmentStore)
#include "tst_AssignmentStore.moc"
