// AssignmentDialog: the rule form previews the seeded sample split across the reviewers (counts
// differing by at most one), the same seed previews the same split, and Assign stores exactly
// the previewed batch.
#include "assignment/AssignmentStore.h"
#include "review/ReviewStore.h"
#include "team/AssignmentDialog.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

namespace {

QList<CallRecord> calls()
{
    QList<CallRecord> result;
    for (int i = 0; i < 20; ++i) {
        CallRecord call;
        call.callId = QStringLiteral("call-%1").arg(i);
        call.modelId = QStringLiteral("m1");
        call.durationSeconds = 30 + i;
        result.append(call);
    }
    return result;
}

// Reviewer -> the call IDs the preview shows.
QMap<QString, QStringList> previewed(AssignmentDialog &dialog)
{
    dialog.findChild<QPushButton *>(QStringLiteral("preview"))->click();
    const auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("split"));
    QMap<QString, QStringList> result;
    for (int row = 0; row < table->rowCount(); ++row) {
        result.insert(table->item(row, 0)->text(),
                      table->item(row, 2)->text().split(QStringLiteral(", "), Qt::SkipEmptyParts));
        if (table->item(row, 1)->text().toInt() != result.last().size())
            return {};
    }
    return result;
}

void fill(AssignmentDialog &dialog, int count, const QString &seed)
{
    dialog.findChild<QSpinBox *>(QStringLiteral("count"))->setValue(count);
    dialog.findChild<QLineEdit *>(QStringLiteral("seed"))->setText(seed);
    dialog.findChild<QLineEdit *>(QStringLiteral("reviewers"))
        ->setText(QStringLiteral("Ana, Bo, Cy"));
}

} // namespace

class tst_AssignmentDialog : public QObject
{
    Q_OBJECT

private slots:
    void previewsAndAssigns()
    {
        QTemporaryDir dir;
        ReviewStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("r.sqlite"))));
        AssignmentDialog first(&store, calls(), QStringLiteral("m1"));
        fill(first, 10, QStringLiteral("5"));
        const QMap<QString, QStringList> split = previewed(first);
        QCOMPARE(split.keys(),
                 (QStringList{QStringLiteral("Ana"), QStringLiteral("Bo"), QStringLiteral("Cy")}));
        QCOMPARE(split.value(QStringLiteral("Ana")).size(), 4);
        QCOMPARE(split.value(QStringLiteral("Bo")).size(), 3);
        QCOMPARE(split.value(QStringLiteral("Cy")).size(), 3);
        QVERIFY(first.findChild<QLabel *>(QStringLiteral("summary"))
                    ->text()
                    .startsWith(QStringLiteral("10 of 20")));

        // Another dialog, the same seed: the same split; another seed: another.
        AssignmentDialog second(&store, calls(), QStringLiteral("m1"));
        fill(second, 10, QStringLiteral("5"));
        QCOMPARE(previewed(second), split);
        fill(second, 10, QStringLiteral("6"));
        QVERIFY(previewed(second) != split);

        first.findChild<QPushButton *>(QStringLiteral("assign"))->click();
        const AssignmentStore assignments(store.connectionName());
        QCOMPARE(assignments.batchIds().size(), 1);
        const std::optional<AssignmentStore::Batch> batch =
            assignments.batch(assignments.batchIds().first());
        QVERIFY(batch);
        QCOMPARE(batch->byReviewer, split);
        QCOMPARE(batch->rule.seed, quint64(5));
        QCOMPARE(batch->rule.assistantId, QStringLiteral("m1"));
        QCOMPARE(assignments.callsFor(QStringLiteral("Bo")), split.value(QStringLiteral("Bo")));
    }
};

QTEST_MAIN(tst_AssignmentDialog)
#include "tst_AssignmentDialog.moc"
