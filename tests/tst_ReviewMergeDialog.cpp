// ReviewMergeDialog driven like a reviewer would: only the conflicting fields are asked, Yours
// beside "Saved by <reviewer> at <time>"; radios (mouse or arrow keys), flag ticks and the
// "for all" buttons give the merged review, at the stored version.
#include "review/ReviewMergeDialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTest>

namespace {

using Field = ReviewMerge::Field;
using Side = ReviewMerge::Side;

ReviewFlag flag(int turn, const QString &category, const QString &comment = {})
{
    return {turn, category, comment, Speaker::Bot, QStringLiteral("quote %1").arg(turn)};
}

// Base at version 2; mine changed score and summary and added a flag; Bo changed score,
// summary and verdict and added a flag. Score and summary conflict; the verdict does not.
ReviewMerge sample()
{
    Review base;
    base.callId = QStringLiteral("call-7");
    base.reviewer = QStringLiteral("Ana");
    base.score = 50;
    base.summary = QStringLiteral("Base.");
    base.flags = {flag(0, QStringLiteral("Tone"), QStringLiteral("curt"))};
    base.version = 2;
    Review mine = base;
    mine.score = 70;
    mine.summary = QStringLiteral("Mine, a longer summary.");
    mine.flags[0].comment = QStringLiteral("curt, mine");
    mine.flags.append(flag(3, QStringLiteral("Loop")));
    Review theirs = base;
    theirs.reviewer = QStringLiteral("Bo");
    theirs.reviewedAt = QDateTime(QDate(2026, 12, 4), QTime(10, 15), Qt::UTC);
    theirs.score = 30;
    theirs.summary = QStringLiteral("Theirs.");
    theirs.verdict = Review::Verdict::Fail;
    theirs.flags[0].comment = QStringLiteral("curt, theirs");
    theirs.version = 3;
    return ReviewMerge::compare(base, mine, theirs);
}

QPushButton *button(QWidget *parent, const char *name)
{
    return parent->findChild<QPushButton *>(QLatin1String(name));
}

} // namespace

class tst_ReviewMergeDialog : public QObject
{
    Q_OBJECT

private slots:
    void asksOnlyWhatConflicts()
    {
        ReviewMergeDialog dialog(sample());
        QVERIFY(dialog.windowTitle().contains(QStringLiteral("call-7")));
        QVERIFY(dialog.sideButton(Field::Score, Side::Mine));
        QVERIFY(dialog.sideButton(Field::Summary, Side::Theirs));
        QVERIFY(!dialog.sideButton(Field::Verdict, Side::Mine)); // merged automatically
        QCOMPARE(dialog.sideButton(Field::Score, Side::Mine)->text(), QStringLiteral("70 / 100"));
        QCOMPARE(dialog.sideButton(Field::Score, Side::Theirs)->text(), QStringLiteral("30 / 100"));
        QVERIFY(dialog.sideButton(Field::Score, Side::Mine)->isChecked()); // mine by default

        bool headed = false;
        bool named = false;
        for (const QLabel *label : dialog.findChildren<QLabel *>()) {
            headed = headed || label->text().startsWith(QStringLiteral("Saved by Bo at "));
            named = named || label->text().contains(QStringLiteral("Verdict (theirs)"));
        }
        QVERIFY(headed);
        QVERIFY(named);

        // Both versions of the flag both changed, ticked; the flag only mine added is not asked.
        QListWidget *flags = dialog.flagList();
        QVERIFY(flags);
        QCOMPARE(flags->count(), 2);
        QVERIFY(flags->item(0)->text().contains(QStringLiteral("curt, mine")));
        QVERIFY(flags->item(1)->text().contains(QStringLiteral("curt, theirs")));
        QCOMPARE(flags->item(0)->checkState(), Qt::Checked);
        QCOMPARE(flags->item(1)->checkState(), Qt::Checked);
    }

    void choicesMakeTheMergedReview()
    {
        ReviewMergeDialog dialog(sample());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::mouseClick(dialog.sideButton(Field::Summary, Side::Theirs), Qt::LeftButton);
        dialog.flagList()->item(0)->setCheckState(Qt::Unchecked); // drop my version

        const Review merged = dialog.merged();
        QCOMPARE(merged.score, std::optional<int>(70));
        QCOMPARE(merged.summary, QStringLiteral("Theirs."));
        QCOMPARE(merged.verdict, Review::Verdict::Fail); // theirs, automatic
        QCOMPARE(merged.reviewer, QStringLiteral("Ana"));
        QCOMPARE(merged.version, 3);
        QCOMPARE(merged.flags.size(), 2);
        QCOMPARE(merged.flags.at(0).comment, QStringLiteral("curt, theirs"));
        QCOMPARE(merged.flags.at(1).category, QStringLiteral("Loop"));
    }

    void keyboardOnly()
    {
        ReviewMergeDialog dialog(sample());
        dialog.show();
        QApplication::setActiveWindow(&dialog);
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        // The first question has the focus; the right arrow takes theirs.
        QAbstractButton *score = dialog.sideButton(Field::Score, Side::Mine);
        QTRY_VERIFY(score->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
        QVERIFY(dialog.sideButton(Field::Score, Side::Theirs)->isChecked());
        QCOMPARE(dialog.merged().score, std::optional<int>(30));
        // Alt+M: Keep Mine for All (a mnemonic clicks after a short animation).
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_M, Qt::AltModifier);
        QTRY_COMPARE(dialog.merged().score, std::optional<int>(70));
        // Space on a flag unticks it.
        dialog.flagList()->setFocus();
        dialog.flagList()->setCurrentRow(0);
        QTest::keyClick(dialog.flagList(), Qt::Key_Space);
        QCOMPARE(dialog.flagList()->item(0)->checkState(), Qt::Unchecked);
        // Enter saves.
        QTest::keyClick(dialog.flagList(), Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void forAllButtons()
    {
        const ReviewMerge merge = sample();
        ReviewMergeDialog dialog(merge);
        QTest::mouseClick(button(&dialog, "takeTheirsForAll"), Qt::LeftButton);
        QVERIFY(dialog.sideButton(Field::Score, Side::Theirs)->isChecked());
        QCOMPARE(dialog.flagList()->item(0)->checkState(), Qt::Unchecked);
        Review merged = dialog.merged();
        QCOMPARE(merged.score, merge.theirs().score);
        QCOMPARE(merged.summary, merge.theirs().summary);
        // Theirs' flag, and the one only mine added (not a conflict, so kept).
        QCOMPARE(merged.flags.size(), 2);
        QCOMPARE(merged.flags.at(0), merge.theirs().flags.at(0));

        QTest::mouseClick(button(&dialog, "keepMineForAll"), Qt::LeftButton);
        merged = dialog.merged();
        QCOMPARE(merged.score, merge.mine().score);
        QCOMPARE(merged.summary, merge.mine().summary);
        QCOMPARE(merged.flags, merge.mine().flags);
        QCOMPARE(merged.verdict, Review::Verdict::Fail); // still theirs: not a conflict
    }

    void cancelSaysWhatHappens()
    {
        ReviewMergeDialog dialog(sample());
        QPushButton *cancel = nullptr;
        for (QPushButton *b : dialog.findChildren<QPushButton *>()) {
            if (b->text() == QStringLiteral("&Cancel") || b->text() == QStringLiteral("Cancel"))
                cancel = b;
        }
        QVERIFY(cancel);
        dialog.setLeavingCall(true);
        QCOMPARE(cancel->text(), QStringLiteral("&Discard My Changes"));
        QTest::mouseClick(cancel, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }
};

QTEST_MAIN(tst_ReviewMergeDialog)
#include "tst_ReviewMergeDialog.moc"
