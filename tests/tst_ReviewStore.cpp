// ReviewStore: reviews survive closing and reopening, another process (which dies without
// closing) and the next test run; newer schemas are refused (tst_ReviewMigrations covers
// the old ones).
#include "review/ReviewStore.h"

#include <QDir>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdlib>

namespace {

Review sampleReview(const QString &callId)
{
    Review review;
    review.callId = callId;
    review.verdict = Review::Verdict::NeedsWork;
    review.score = 72;
    review.summary = QStringLiteral("Asked for the name twice.\nOtherwise fine — ñ, \"quotes\".");
    review.reviewer = QStringLiteral("Ana Pérez");
    review.reviewedAt = QDateTime(QDate(2026, 11, 25), QTime(20, 31, 5, 123), Qt::UTC);
    review.flags.append({10, QStringLiteral("Repeated itself"), QStringLiteral("again"),
                         Speaker::Bot, QStringLiteral("Could I have your full name, please?")});
    review.flags.append({15, QStringLiteral("Should have escalated"), QString(), Speaker::Human,
                         QStringLiteral("Can I talk to a real person?")});
    return review;
}

// The child process: writes one review and dies without closing the database, as a crash
// right after the reviewer saw "Saved" would.
int writeAndCrash(const QString &path, const QString &callId)
{
    ReviewStore store;
    if (!store.open(path) || !store.save(sampleReview(callId)))
        return 3;
    std::_Exit(0);
}

} // namespace

class tst_ReviewStore : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    void newDatabaseHasCurrentSchemaAndDefaults()
    {
        ReviewStore store;
        QString error;
        QVERIFY2(store.open(m_dir.filePath(QStringLiteral("new/reviews.sqlite")), &error),
                 qPrintable(error));
        QCOMPARE(store.userVersion(), ReviewStore::schemaVersion);
        QCOMPARE(store.categories(), ReviewCategory::defaults());
        const Review empty = store.load(QStringLiteral("123x456"));
        QCOMPARE(empty.callId, QStringLiteral("123x456"));
        QCOMPARE(empty.verdict, Review::Verdict::None);
        QVERIFY(empty.isEmpty());
    }

    void usesWalAndFullSync()
    {
        const QString path = m_dir.filePath(QStringLiteral("wal.sqlite"));
        ReviewStore store;
        QVERIFY(store.open(path));
        QVERIFY(store.save(sampleReview(QStringLiteral("1x1"))));
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        {
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
            QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("probe"));
    }

    void survivesReopening()
    {
        const QString path = m_dir.filePath(QStringLiteral("reopen.sqlite"));
        const Review review = sampleReview(QStringLiteral("1732545120931x604217839921336320"));
        {
            ReviewStore store;
            QVERIFY(store.open(path));
            QVERIFY(store.save(review));
            Review changed = review;
            changed.flags.removeFirst();
            changed.score.reset();
            QVERIFY(store.save(changed)); // an update replaces flags and clears the score
        }
        ReviewStore again;
        QVERIFY(again.open(path));
        const Review loaded = again.load(review.callId);
        QCOMPARE(loaded.verdict, review.verdict);
        QVERIFY(!loaded.score.has_value());
        QCOMPARE(loaded.summary, review.summary);
        QCOMPARE(loaded.reviewer, review.reviewer);
        QCOMPARE(loaded.reviewedAt, review.reviewedAt);
        QCOMPARE(loaded.flags.size(), 1);
        QCOMPARE(loaded.flags.constFirst(), review.flags.at(1));
    }

    void twoStoresOnOneFileSeeEachOthersCommits()
    {
        const QString path = m_dir.filePath(QStringLiteral("shared.sqlite"));
        ReviewStore writer;
        ReviewStore reader;
        QVERIFY(writer.open(path));
        QVERIFY(reader.open(path));
        const Review review = sampleReview(QStringLiteral("2x2"));
        QVERIFY(writer.save(review));
        QCOMPARE(reader.load(review.callId), review);
    }

    void reviewSavedByACrashedProcessIsKept()
    {
        const QString path = m_dir.filePath(QStringLiteral("crash.sqlite"));
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--child-write"), path, QStringLiteral("3x3")});
        QVERIFY(child.waitForFinished(30000));
        QCOMPARE(child.exitCode(), 0);
        ReviewStore store;
        QVERIFY(store.open(path));
        QCOMPARE(store.load(QStringLiteral("3x3")), sampleReview(QStringLiteral("3x3")));
    }

    // The scratch HOME outlives a run: each run reads what the previous one wrote.
    void reviewFromThePreviousRunIsRead()
    {
        const QString path = QDir::homePath() + QStringLiteral("/runs/reviews.sqlite");
        const QString callId = QStringLiteral("4242x4242");
        ReviewStore store;
        QVERIFY(store.open(path));
        const Review previous = store.load(callId);
        int run = 1;
        if (!previous.isEmpty()) {
            QVERIFY(previous.summary.startsWith(QStringLiteral("run ")));
            bool ok = false;
            run = previous.summary.mid(4).toInt(&ok) + 1;
            QVERIFY(ok);
            QCOMPARE(previous.flags.size(), 1);
            QCOMPARE(previous.flags.constFirst().comment, previous.summary);
            qInfo("read the review written by run %d", run - 1);
        }
        Review next;
        next.callId = callId;
        next.verdict = Review::Verdict::Pass;
        next.summary = QStringLiteral("run %1").arg(run);
        next.flags.append({0, QStringLiteral("Other"), next.summary, Speaker::Bot, QString()});
        QVERIFY(store.save(next));
        store.close();
        ReviewStore reread;
        QVERIFY(reread.open(path));
        QCOMPARE(reread.load(callId).summary, next.summary);
    }

    void refusesANewerSchema()
    {
        const QString path = m_dir.filePath(QStringLiteral("future.sqlite"));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("f"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version=99")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("f"));
        ReviewStore store;
        QString error;
        QVERIFY(!store.open(path, &error));
        QVERIFY2(error.contains(QStringLiteral("newer")), qPrintable(error));
        QVERIFY(!store.isOpen());
        QString saveError;
        QVERIFY(!store.save(sampleReview(QStringLiteral("6x6")), &saveError));
        QVERIFY(!saveError.isEmpty());
    }

    void categoriesAreEditable()
    {
        ReviewStore store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("categories.sqlite"))));
        QList<ReviewCategory> categories = store.categories();
        categories[0].name = QStringLiteral("Factually wrong");
        categories.append({QString(), QStringLiteral("Privacy")});
        QVERIFY(store.setCategories(categories));
        QCOMPARE(store.categories(), categories);
        QCOMPARE(store.categories().constFirst().key, ReviewCategory::wrongInformation);
        QString error;
        QVERIFY(!store.setCategories(
            {{QString(), QStringLiteral("A")}, {QString(), QStringLiteral("A")}}, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(store.categories(), categories); // unchanged after a refused edit
    }

    void queueAndDismissedFindingsPersist()
    {
        const QString path = m_dir.filePath(QStringLiteral("queue.sqlite"));
        {
            ReviewStore store;
            QVERIFY(store.open(path));
            QVERIFY(store.setQueueIds({QStringLiteral("b1"), QStringLiteral("a2")}));
            QVERIFY(store.setQueueValue(QStringLiteral("current"), QStringLiteral("a2")));
            QVERIFY(store.setFindingDismissed(QStringLiteral("a2"), QStringLiteral("k:1"), true));
            QVERIFY(store.setFindingDismissed(QStringLiteral("a2"), QStringLiteral("k:2"), true));
            QVERIFY(store.setFindingDismissed(QStringLiteral("a2"), QStringLiteral("k:2"), false));
        }
        ReviewStore store;
        QVERIFY(store.open(path));
        QCOMPARE(store.queueIds(), (QStringList{QStringLiteral("b1"), QStringLiteral("a2")}));
        QCOMPARE(store.queueValue(QStringLiteral("current")), QStringLiteral("a2"));
        QCOMPARE(store.dismissedFindings(QStringLiteral("a2")),
                 QSet<QString>{QStringLiteral("k:1")});
        QVERIFY(store.dismissedFindings(QStringLiteral("b1")).isEmpty());
    }

private:
    QTemporaryDir m_dir;
};

int main(int argc, char **argv)
{
    if (argc == 4 && qstrcmp(argv[1], "--child-write") == 0) {
        QCoreApplication app(argc, argv);
        return writeAndCrash(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    }
    QCoreApplication app(argc, argv);
    tst_ReviewStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_ReviewStore.moc"
