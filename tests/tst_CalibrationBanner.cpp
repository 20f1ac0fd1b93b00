// CalibrationBanner: a session's call scored in the Review dock's Scorecard tab with the keys of
// a review, on the session's form version whatever the assistant's usual form; the call asked
// of the window when it is not on screen; Submit to Calibration refused while a question or a
// required comment is missing, then stored through CalibrationStore and never as the
// reviewer's evaluation of the call; the peers' answers hidden in the Calibration dialog until
// then and shown after, with the alignment computed by hand below; unsubmitted answers kept
// when the reviewer moves to another call and back; what the store would refuse refused first.
#include "team/CalibrationBanner.h"

#include "ScorecardSample.h"
#include "calibration/CalibrationAlignment.h"
#include "calibration/CalibrationStore.h"
#include "review/ReviewDock.h"
#include "review/ReviewPanel.h"
#include "review/ReviewSession.h"
#include "review/ReviewStore.h"
#include "review/ScorecardPanel.h"
#include "review/ScorecardQuestionRow.h"
#include "scorecards/ScorecardSheet.h"
#include "scorecards/ScorecardStore.h"
#include "settings/AppSettings.h"
#include "team/CalibrationDialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString ana = QStringLiteral("Ana"); // the benchmark
const QString bo = QStringLiteral("Bo");

CallRecord call(const QString &id)
{
    CallRecord record;
    record.callId = id;
    record.modelId = QStringLiteral("asst-cal");
    return record;
}

// The assistant's usual form: one question, so its rows cannot pass for the session's six.
ScorecardForm usualForm()
{
    ScorecardQuestion question;
    question.id = QStringLiteral("polite");
    question.text = QStringLiteral("Polite");
    ScorecardForm form;
    form.name = QStringLiteral("Usual");
    form.groups = {{QStringLiteral("All"), 1.0, {question}}};
    return form;
}

// The benchmark's answers on the sample form: greet yes, name N/A, loop no (with the comment
// the form requires), pace 2, close full, consent yes.
ScorecardAnswers benchmarkAnswers()
{
    ScorecardAnswers answers = ScorecardSample::answers();
    answers.answers.insert(QStringLiteral("loop"), ScorecardAnswer::no());
    answers.comments.insert(QStringLiteral("loop"), QStringLiteral("asked twice"));
    answers.answers.insert(QStringLiteral("pace"), ScorecardAnswer::fromNumber(2));
    answers.answers.insert(QStringLiteral("close"), ScorecardAnswer::fromText(u"full"_qs));
    return answers;
}

QStringList column(const QTableWidget *table, int column)
{
    QStringList result;
    for (int row = 0; row < table->rowCount(); ++row)
        result.append(table->item(row, column) ? table->item(row, column)->text() : QString());
    return result;
}

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *focus = QApplication::focusWidget();
    QVERIFY(focus);
    QTest::keyClick(focus, key, modifiers);
}

} // namespace

class tst_CalibrationBanner : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        AppSettings().setReviewerName(bo);
        AppSettings().setScorecardForm(QStringLiteral("asst-cal"), usualForm().name);
        m_dock = std::make_unique<ReviewDock>(
            nullptr, m_dir.filePath(QStringLiteral("cal%1.sqlite").arg(++m_counter)));
        const ScorecardStore &forms = m_dock->store()->scorecards();
        QString error;
        QVERIFY2(forms.publish(ScorecardSample::form(1), &error), qPrintable(error));
        QVERIFY2(forms.publish(ScorecardSample::form(2), &error), qPrintable(error));
        QVERIFY2(forms.publish(usualForm(), &error), qPrintable(error));
        m_dock->scorecardPanel()->reloadForms();
        // The session is on version 1 of the sample form, though version 2 is the latest.
        CalibrationSession session;
        session.name = QStringLiteral("Week 12");
        session.formName = QStringLiteral("Test QA");
        session.formVersion = 1;
        session.callIds = {QStringLiteral("c1"), QStringLiteral("c2")};
        session.participants = {ana, bo};
        session.benchmark = ana;
        m_session = calibration().create(session, &error);
        QVERIFY2(m_session != 0, qPrintable(error));

        m_banner = new CalibrationBanner(m_dock.get());
        m_dock->scorecardPanel()->addHeader(m_banner);
        m_dock->addAction(m_banner->submitAction()); // the window's Review menu, in the app
        m_dock->resize(520, 980);
        m_dock->show();
        QApplication::setActiveWindow(m_dock.get());
        QVERIFY(QTest::qWaitForWindowActive(m_dock.get()));
    }
    void cleanup()
    {
        m_banner = nullptr;
        m_dock.reset();
    }

    void scoresWithTheKeysAndSubmits()
    {
        ScorecardSheet *sheet = m_dock->scorecardSheet();
        ScorecardPanel *panel = m_dock->scorecardPanel();
        m_dock->setCall(call(QStringLiteral("c1")));
        QCOMPARE(sheet->form()->name, usualForm().name);
        QVERIFY(!m_banner->isVisible());
        QVERIFY(!m_banner->submitAction()->isEnabled());

        // c2 is not on screen: the window is asked for it, the banner waits.
        QSignalSpy openCall(m_dock.get(), &ReviewDock::openCall);
        QString error;
        QVERIFY2(m_banner->begin(m_session, QStringLiteral("c2"), bo, &error), qPrintable(error));
        QCOMPARE(openCall.size(), 1);
        QCOMPARE(openCall.first().first().toString(), QStringLiteral("c2"));
        QVERIFY(m_banner->isWaiting());
        QVERIFY(m_banner->isVisible());
        QVERIFY(!sheet->isDraft());

        m_dock->setCall(call(QStringLiteral("c2"))); // what the window does once it is loaded
        QVERIFY(m_banner->isActive());
        QVERIFY(sheet->isDraft());
        QCOMPARE(m_banner->titleLabel()->text(),
                 QStringLiteral("Calibration: Week 12 — your answers stay hidden from peers "
                                "until you submit"));
        QVERIFY2(m_banner->progressLabel()->text().contains(u"0 of 2 call"_qs),
                 qPrintable(m_banner->progressLabel()->text()));
        // The session's form version, not the assistant's form nor the latest version.
        QCOMPARE(sheet->form()->name, QStringLiteral("Test QA"));
        QCOMPARE(sheet->form()->version, 1);
        QCOMPARE(panel->rows().size(), 6);
        QVERIFY(!panel->formBox()->isEnabled());
        QVERIFY(m_banner->submitAction()->isEnabled());

        // The keys of a review: Y, A, Y, 4, 2 (partly), moving down; the first row has the focus.
        QCOMPARE(QApplication::focusWidget(), panel->rows().constFirst());
        for (const Qt::Key key : {Qt::Key_Y, Qt::Key_A, Qt::Key_Y, Qt::Key_4, Qt::Key_2}) {
            press(key);
            press(Qt::Key_Down);
        }
        QCOMPARE(sheet->answers().answers.size(), 5);
        // Consent is missing: refused, the panel says so and moves to it.
        press(Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!calibration().hasSubmitted(m_session, QStringLiteral("c2"), bo));
        QVERIFY(m_banner->isActive());
        QVERIFY2(panel->messageLabel()->text().contains(u"before you submit"_qs),
                 qPrintable(panel->messageLabel()->text()));
        QCOMPARE(QApplication::focusWidget(), panel->row(QStringLiteral("consent")));

        // Before submitting, the peers' answers stay hidden in the dialog too.
        QVERIFY(calibration().submit(m_session, QStringLiteral("c2"), ana, benchmarkAnswers()));
        {
            CalibrationDialog dialog(m_dock->store(), {}, bo);
            const auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("comparison"));
            QCOMPARE(table->rowCount(), 2);
            QVERIFY(column(table, 1).at(1).startsWith(u"Hidden"_qs));
            QVERIFY(!column(table, 2).join(QString()).contains(u"full"_qs));
        }

        press(Qt::Key_Y);
        QSignalSpy submitted(m_banner, &CalibrationBanner::submitted);
        press(Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(submitted.size(), 1);
        QVERIFY(calibration().hasSubmitted(m_session, QStringLiteral("c2"), bo));
        const std::optional<ScorecardAnswers> stored =
            calibration().answers(m_session, QStringLiteral("c2"), bo, bo);
        QVERIFY(stored);
        QCOMPARE(stored->answers, ScorecardSample::answers().answers);

        // Nothing went into the normal evaluations: the sheet is back on the usual form, empty.
        QVERIFY(!m_dock->store()->scorecards().answers(QStringLiteral("c2"), bo));
        QVERIFY(m_dock->store()->scorecards().reviewers(QStringLiteral("c2")).isEmpty());
        QVERIFY(!sheet->isDraft());
        QCOMPARE(sheet->form()->name, usualForm().name);
        QVERIFY(sheet->answers().answers.isEmpty());
        QVERIFY(!m_banner->isActive());
        QVERIFY(!m_banner->submitAction()->isEnabled());
        QVERIFY(m_banner->isVisible()); // says it is submitted, offers the next call
        QVERIFY2(m_banner->progressLabel()->text().contains(u"1 of 2 call"_qs),
                 qPrintable(m_banner->progressLabel()->text()));
        QCOMPARE(m_banner->nextCall(), QStringLiteral("c1"));

        // After submitting: Ana's answers beside Bo's. Per question 1 - |answer - benchmark| /
        // range: greet 1, name (N/A, N/A) 1, loop (yes, no) 0, pace |4 - 2| / 4 -> 0.5, close
        // (partly 1, full 2) / 2 -> 0.5, consent 1. Weighted by group: Opening 1 x (1 + 1),
        // Resolution 3 x (0 + 0.5 + 0.5), Compliance 2 x 1 over 1 x 2 + 3 x 3 + 2 x 1:
        // 7 / 13 = 53.8 %.
        const ScorecardForm form = ScorecardSample::form(1);
        const std::optional<double> expected =
            CalibrationAlignment::evaluation(form, *stored, benchmarkAnswers()).score;
        QVERIFY(expected);
        QVERIFY(qAbs(*expected - 7.0 / 13.0) < 1e-12);
        CalibrationDialog dialog(m_dock->store(), {}, bo);
        const auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("comparison"));
        // c1 hidden (one row); c2's six questions and its alignment row.
        QCOMPARE(table->rowCount(), 8);
        QCOMPARE(column(table, 1).at(7), QStringLiteral("Alignment on this call"));
        QCOMPARE(column(table, 2).mid(1, 6),
                 (QStringList{u"yes"_qs, u"N/A"_qs, u"no"_qs, u"2"_qs, u"full"_qs, u"yes"_qs}));
        QCOMPARE(column(table, 3).mid(1, 6),
                 (QStringList{u"yes  (100.0 %)"_qs, u"N/A  (100.0 %)"_qs, u"yes  (0.0 %)"_qs,
                              u"4  (50.0 %)"_qs, u"partly  (50.0 %)"_qs, u"yes  (100.0 %)"_qs}));
        QCOMPARE(column(table, 3).at(7), QStringLiteral("53.8 %"));
        const QString overall = dialog.findChild<QLabel *>(QStringLiteral("alignment"))->text();
        QVERIFY2(overall.contains(u"Bo: 53.8 %"_qs), qPrintable(overall));
        const QString progress = dialog.findChild<QLabel *>(QStringLiteral("progress"))->text();
        QVERIFY2(progress.contains(u"Ana: 1 of 2 call"_qs), qPrintable(progress));
        QVERIFY2(progress.contains(u"Bo: 1 of 2 call"_qs), qPrintable(progress));
    }

    void requiredCommentBlocksTheSubmission()
    {
        m_dock->setCall(call(QStringLiteral("c1")));
        QSignalSpy openCall(m_dock.get(), &ReviewDock::openCall);
        QVERIFY(m_banner->begin(m_session, QStringLiteral("c1"), bo));
        QCOMPARE(openCall.size(), 0); // on screen already
        QVERIFY(m_banner->isActive());
        // Loop answered "no" needs a comment (on_fail).
        for (const Qt::Key key :
             {Qt::Key_Y, Qt::Key_A, Qt::Key_N, Qt::Key_4, Qt::Key_2, Qt::Key_Y}) {
            press(key);
            press(Qt::Key_Down);
        }
        QVERIFY(!m_banner->submit());
        ScorecardQuestionRow *loop = m_dock->scorecardPanel()->row(QStringLiteral("loop"));
        QVERIFY(loop->commentBox());
        QCOMPARE(QApplication::focusWidget(), loop->commentBox());
        QVERIFY(m_dock->scorecardPanel()->messageLabel()->text().contains(u"comment"_qs));
        QTest::keyClicks(loop->commentBox(), QStringLiteral("loops twice"));
        QVERIFY(m_banner->submit());
        const std::optional<ScorecardAnswers> stored =
            calibration().answers(m_session, QStringLiteral("c1"), bo, bo);
        QVERIFY(stored);
        QCOMPARE(stored->comment(QStringLiteral("loop")), QStringLiteral("loops twice"));
        QVERIFY(!m_dock->store()->scorecards().answers(QStringLiteral("c1"), bo));
        // Submitted once: scoring it again is refused, and the dialog offers it no more.
        QString error;
        QVERIFY(!m_banner->begin(m_session, QStringLiteral("c1"), bo, &error));
        QVERIFY2(error.contains(u"already submitted"_qs), qPrintable(error));
        CalibrationDialog dialog(m_dock->store(), {}, bo);
        auto *calls = dialog.findChild<QComboBox *>(QStringLiteral("calls"));
        auto *score = dialog.findChild<QPushButton *>(QStringLiteral("scoreCall"));
        QCOMPARE(calls->itemText(0), QStringLiteral("c1 (submitted)"));
        QCOMPARE(calls->currentData().toString(), QStringLiteral("c1"));
        QVERIFY(!score->isEnabled());
        calls->setCurrentIndex(1);
        QVERIFY(score->isEnabled());
        QSignalSpy requested(&dialog, &CalibrationDialog::scoreRequested);
        score->click();
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().at(0).toLongLong(), m_session);
        QCOMPARE(requested.first().at(1).toString(), QStringLiteral("c2"));
    }

    void answersKeptWhenMovingAway()
    {
        ScorecardSheet *sheet = m_dock->scorecardSheet();
        m_dock->setCall(call(QStringLiteral("c1")));
        QVERIFY(m_banner->begin(m_session, QStringLiteral("c1"), bo));
        press(Qt::Key_Y);
        press(Qt::Key_Down);
        press(Qt::Key_A);
        QCOMPARE(sheet->answers().answers.size(), 2);

        // Another call: calibration mode ends; that call shows its normal scorecard.
        m_dock->setCall(call(QStringLiteral("c9")));
        QVERIFY(!m_banner->isActive());
        QVERIFY(!m_banner->isVisible());
        QVERIFY(!sheet->isDraft());
        QCOMPARE(sheet->form()->name, usualForm().name);
        QVERIFY(!m_dock->store()->scorecards().answers(QStringLiteral("c1"), bo));

        // Back to c1 in calibration: the two answers are there again.
        m_dock->setCall(call(QStringLiteral("c1")));
        QVERIFY(!sheet->isDraft()); // opening the call alone is a review
        QVERIFY(m_banner->begin(m_session, QStringLiteral("c1"), bo));
        QCOMPARE(sheet->answers().answers.value(QStringLiteral("greet")), ScorecardAnswer::yes());
        QCOMPARE(sheet->answers().answers.value(QStringLiteral("name")),
                 ScorecardAnswer::notApplicable());
        // Leave Calibration: the review's scorecard again, the answers still kept.
        m_banner->leave();
        QVERIFY(!sheet->isDraft());
        QVERIFY(!m_banner->isVisible());
        QVERIFY(sheet->answers().answers.isEmpty());
        QVERIFY(m_banner->begin(m_session, QStringLiteral("c1"), bo));
        QCOMPARE(sheet->answers().answers.size(), 2);

        // A verdict is the review's, not the calibration's: refused while calibrating.
        QVERIFY(m_banner->isActive());
        QPushButton *pass = nullptr;
        for (QPushButton *button : m_dock->reviewPanel()->findChildren<QPushButton *>())
            if (button->text() == Review::verdictName(Review::Verdict::Pass))
                pass = button;
        QVERIFY(pass);
        pass->click();
        QCOMPARE(m_dock->session()->review().verdict, Review::Verdict::None);
        QVERIFY2(m_dock->scorecardPanel()->messageLabel()->text().contains(u"calibration"),
                 qPrintable(m_dock->scorecardPanel()->messageLabel()->text()));

        // The app closed and started again (a new banner over the same database): still there.
        m_banner->leave();
        auto *restarted = new CalibrationBanner(m_dock.get());
        m_dock->scorecardPanel()->addHeader(restarted);
        QVERIFY(restarted->begin(m_session, QStringLiteral("c1"), bo));
        QCOMPARE(sheet->answers().answers.value(QStringLiteral("greet")), ScorecardAnswer::yes());
        QCOMPARE(sheet->answers().answers.size(), 2);
        restarted->leave();
    }

    void refusesWhatTheStoreWould()
    {
        m_dock->setCall(call(QStringLiteral("c1")));
        QString error;
        QVERIFY(!m_banner->begin(m_session, QStringLiteral("c1"), QStringLiteral("Cy"), &error));
        QVERIFY2(error.contains(u"does not take part"_qs), qPrintable(error));
        QVERIFY(!m_banner->begin(m_session, QStringLiteral("c7"), bo, &error));
        QVERIFY2(error.contains(u"not part of the session"_qs), qPrintable(error));
        QVERIFY(!m_banner->begin(m_session + 100, QStringLiteral("c1"), bo, &error));
        QVERIFY(!m_banner->begin(m_session, QStringLiteral("c1"), QString(), &error));
        QVERIFY(!m_banner->isVisible());
        QVERIFY(!m_dock->scorecardSheet()->isDraft());
    }

private:
    CalibrationStore calibration() const
    {
        return CalibrationStore(m_dock->store()->connectionName());
    }

    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<ReviewDock> m_dock;
    CalibrationBanner *m_banner = nullptr;
    qint64 m_session = 0;
};

QTEST_MAIN(tst_CalibrationBanner)
#include "tst_CalibrationBanner.moc"
