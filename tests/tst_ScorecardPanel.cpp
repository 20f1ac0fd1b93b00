// ScorecardPanel, driven with the keyboard as a reviewer would: the form remembered per
// assistant, every question answered with Y / N / A and number keys while Down moves between
// questions, the live score equal to the hand-computed example (and to the scorer), a failed
// fatal question shown in red, a required comment that blocks "done" and takes the focus, a
// suggestion accepted with Ctrl+Enter, the mouse, and the answers restored on reopening.
#include "review/ScorecardPanel.h"

#include "ScorecardSample.h"
#include "review/ReviewStore.h"
#include "review/ScorecardQuestionRow.h"
#include "scorecards/ScorecardReport.h"
#include "scorecards/ScorecardSheet.h"
#include "scorecards/ScorecardStore.h"
#include "settings/AppSettings.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

QPushButton *button(ScorecardQuestionRow *row, const QString &text)
{
    for (QPushButton *candidate : row->findChildren<QPushButton *>()) {
        if (candidate->text() == text)
            return candidate;
    }
    return nullptr;
}

} // namespace

class tst_ScorecardPanel : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<ReviewStore>();
        QString error;
        QVERIFY2(
            m_store->open(m_dir.filePath(QStringLiteral("p%1.sqlite").arg(++m_counter)), &error),
            qPrintable(error));
        QVERIFY2(m_store->scorecards().publish(ScorecardSample::form(), &error), qPrintable(error));
        m_sheet = std::make_unique<ScorecardSheet>(&m_store->scorecards());
        m_panel = std::make_unique<ScorecardPanel>(m_sheet.get(), &m_store->scorecards());
        m_panel->resize(500, 900);
        m_panel->show();
        QApplication::setActiveWindow(m_panel.get());
        QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
    }
    void cleanup()
    {
        m_panel.reset();
        m_sheet.reset();
        m_store.reset();
    }

    void formRememberedPerAssistant()
    {
        AppSettings().setScorecardForm(QStringLiteral("asst-1"), QString());
        m_panel->setCall(QStringLiteral("c1"), QStringLiteral("asst-1"), QStringLiteral("ana"));
        QVERIFY(m_panel->rows().isEmpty());
        QCOMPARE(m_panel->formBox()->currentText(), QStringLiteral("No scorecard"));
        const int index = m_panel->formBox()->findText(QStringLiteral("Test QA"));
        QVERIFY(index > 0);
        m_panel->formBox()->setCurrentIndex(index);
        emit m_panel->formBox()->activated(index);
        QCOMPARE(m_panel->rows().size(), 6);
        QCOMPARE(AppSettings().scorecardForm(QStringLiteral("asst-1")), QStringLiteral("Test QA"));
        // Another call of the same assistant starts on it; another assistant's does not.
        m_panel->setCall(QStringLiteral("c2"), QStringLiteral("asst-1"), QStringLiteral("ana"));
        QCOMPARE(m_panel->rows().size(), 6);
        QCOMPARE(m_panel->formBox()->currentText(), QStringLiteral("Test QA"));
        m_panel->setCall(QStringLiteral("c3"), QStringLiteral("asst-2"), QStringLiteral("ana"));
        QVERIFY(m_panel->rows().isEmpty());
    }

    void answersWithTheKeyboard()
    {
        openScoredCall();
        const QList<ScorecardQuestionRow *> rows = m_panel->rows();
        rows.first()->setFocus();
        QTRY_VERIFY(rows.first()->hasFocus());
        // greet Y, name A, loop Y, pace 4, close 2 (partly), consent Y; Down between them.
        const Qt::Key keys[] = {Qt::Key_Y, Qt::Key_A, Qt::Key_Y, Qt::Key_4, Qt::Key_2, Qt::Key_Y};
        for (int i = 0; i < rows.size(); ++i) {
            QVERIFY2(rows.at(i)->hasFocus(), qPrintable(rows.at(i)->question().id));
            QTest::keyClick(QApplication::focusWidget(), keys[i]);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
        }
        QVERIFY(rows.last()->hasFocus()); // Down on the last question stays there
        QTest::keyClick(rows.first(), Qt::Key_3); // means nothing for yes/no
        QCOMPARE(m_sheet->answers().answers, ScorecardSample::answers().answers);
        QVERIFY(m_sheet->issues().isEmpty());
        QVERIFY(m_panel->checkComplete());
        // 18/24 and (3 + 2) / (3 + 2), as computed by hand in ScorecardSample.h.
        QCOMPARE(m_panel->scoreLabel()->text(), QStringLiteral("Score 75% · Critical 100%"));
        const ScorecardResult engine =
            ScorecardScorer::score(ScorecardSample::form(), ScorecardSample::answers());
        QCOMPARE(m_panel->scoreLabel()->text(),
                 QStringLiteral("Score %1 · Critical %2")
                     .arg(ScorecardReport::percent(engine.score),
                          ScorecardReport::percent(engine.criticalScore)));
        QVERIFY(m_panel->fatalLabel()->isHidden());
        QVERIFY(button(rows.at(3), QStringLiteral("4"))->isChecked());
        QVERIFY(button(rows.at(4), QStringLiteral("partly"))->isChecked());
        QVERIFY(!button(rows.at(4), QStringLiteral("full"))->isChecked());

        // Up goes back; the answer there changes.
        QTest::keyClick(rows.last(), Qt::Key_Up);
        QVERIFY(rows.at(4)->hasFocus());
        QTest::keyClick(rows.at(4), Qt::Key_3);
        QCOMPARE(m_sheet->answers().answers.value(QStringLiteral("close")),
                 ScorecardAnswer::fromText(QStringLiteral("full")));

        // Reopening the call restores the answers.
        ScorecardSheet sheet(&m_store->scorecards());
        ScorecardPanel reopened(&sheet, &m_store->scorecards());
        reopened.setCall(QStringLiteral("c1"), QStringLiteral("asst-9"), QStringLiteral("ana"));
        QCOMPARE(reopened.formBox()->currentText(), QStringLiteral("Test QA"));
        QCOMPARE(sheet.answers().answers, m_sheet->answers().answers);
        QVERIFY(button(reopened.row(QStringLiteral("close")), QStringLiteral("full"))->isChecked());
    }

    void fatalShowsInRed()
    {
        openScoredCall();
        ScorecardQuestionRow *consent = m_panel->row(QStringLiteral("consent"));
        QTest::keyClick(consent, Qt::Key_Y);
        QVERIFY(m_panel->fatalLabel()->isHidden());
        QTest::keyClick(consent, Qt::Key_N);
        QCOMPARE(m_panel->fatalLabel()->text(),
                 QStringLiteral("Fatal: Asks for recording consent"));
        QVERIFY(m_panel->fatalLabel()->isVisible());
        QVERIFY(m_panel->fatalLabel()->styleSheet().contains(QStringLiteral("color: #b00020")));
        QVERIFY(m_panel->scoreLabel()->text().startsWith(QStringLiteral("Score 0%")));
    }

    void requiredCommentBlocksDone()
    {
        openScoredCall();
        const ScorecardAnswers answers = ScorecardSample::answers();
        for (ScorecardQuestionRow *row : m_panel->rows())
            m_sheet->setAnswer(row->question().id, answers.answers.value(row->question().id));
        ScorecardQuestionRow *name = m_panel->row(QStringLiteral("name"));
        QVERIFY(m_panel->checkComplete());
        QTest::keyClick(name, Qt::Key_N);
        QSignalSpy incomplete(m_panel.get(), &ScorecardPanel::incomplete);
        QVERIFY(!m_panel->checkComplete());
        QCOMPARE(incomplete.size(), 1);
        QCOMPARE(m_panel->messageLabel()->text(),
                 QStringLiteral("The scorecard needs a comment on \"Asks for the caller name\" "
                                "before the review is done."));
        QTRY_VERIFY(name->commentBox()->hasFocus());
        QTest::keyClicks(name->commentBox(), QStringLiteral("never asked"));
        QCOMPARE(m_sheet->answers().comment(QStringLiteral("name")), QStringLiteral("never asked"));
        QVERIFY(m_panel->checkComplete());
        QVERIFY(m_panel->messageLabel()->text().isEmpty());

        // An unanswered question is named and focused too.
        m_sheet->clearAnswer(QStringLiteral("pace"));
        QVERIFY(!m_panel->checkComplete());
        QVERIFY(m_panel->messageLabel()->text().contains(QStringLiteral("an answer to \"Pace\"")));
        QTRY_VERIFY(m_panel->row(QStringLiteral("pace"))->hasFocus());
    }

    void suggestionAcceptedWithCtrlEnter()
    {
        openScoredCall();
        ScorecardQuestionRow *loop = m_panel->row(QStringLiteral("loop"));
        QVERIFY(loop->suggestionLabel()->isHidden());
        m_sheet->setFindings({{QStringLiteral("repetition-cycle"), 11}});
        QVERIFY(loop->suggestionLabel()->isVisible());
        QCOMPARE(loop->suggestionLabel()->text(),
                 QStringLiteral("Suggested: No — repetition-cycle at turn 12"));
        QVERIFY(m_panel->row(QStringLiteral("greet"))->suggestionLabel()->isHidden());
        QVERIFY(!m_sheet->answers().answers.contains(QStringLiteral("loop"))); // not silently
        QTest::keyClick(m_panel->row(QStringLiteral("greet")), Qt::Key_Return,
                        Qt::ControlModifier); // no suggestion there: nothing
        QVERIFY(m_sheet->answers().answers.isEmpty());
        QTest::keyClick(loop, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(m_sheet->answers().answers.value(QStringLiteral("loop")), ScorecardAnswer::no());
        QVERIFY(button(loop, QStringLiteral("No"))->isChecked());
    }

    void mouseAnswers()
    {
        openScoredCall();
        ScorecardQuestionRow *greet = m_panel->row(QStringLiteral("greet"));
        QTest::mouseClick(button(greet, QStringLiteral("No")), Qt::LeftButton);
        QCOMPARE(m_sheet->answers().answers.value(QStringLiteral("greet")), ScorecardAnswer::no());
        QVERIFY(greet->hasFocus()); // the keys work on the question clicked
        ScorecardQuestionRow *name = m_panel->row(QStringLiteral("name"));
        QTest::mouseClick(button(name, QStringLiteral("N/A")), Qt::LeftButton);
        QCOMPARE(m_sheet->answers().answers.value(QStringLiteral("name")),
                 ScorecardAnswer::notApplicable());
        QVERIFY(!button(m_panel->row(QStringLiteral("greet")), QStringLiteral("N/A")));
    }

private:
    void openScoredCall()
    {
        AppSettings().setScorecardForm(QStringLiteral("asst-1"), QStringLiteral("Test QA"));
        m_panel->setCall(QStringLiteral("c1"), QStringLiteral("asst-1"), QStringLiteral("ana"));
        QCOMPARE(m_panel->rows().size(), 6);
    }

    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<ReviewStore> m_store;
    std::unique_ptr<ScorecardSheet> m_sheet;
    std::unique_ptr<ScorecardPanel> m_panel;
};

QTEST_MAIN(tst_ScorecardPanel)
#include "tst_ScorecardPanel.moc"
