// ReviewDock and its panels driven like a reviewer would: verdict buttons, the flag editor,
// flags jumping to turns, findings flagged and dismissed (and still dismissed after a
// restart), the queue opening calls with Next.
#include "api/CallFileReader.h"
#include "review/FindingsPanel.h"
#include "review/FlagEditorDialog.h"
#include "review/ReviewDock.h"
#include "review/ReviewMergeDialog.h"

#include "ScorecardSample.h"
#include "review/ReviewPanel.h"
#include "review/ReviewQueue.h"
#include "review/ReviewQueuePanel.h"
#include "review/ReviewSession.h"
#include "review/ReviewStore.h"
#include "review/ScorecardPanel.h"
#include "scorecards/ScorecardSheet.h"
#include "scorecards/ScorecardStore.h"
#include "settings/AppSettings.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <functional>

namespace {

CallRecord demoCall()
{
    const CallDecoder::Result demo = CallFileReader::demoCall();
    return *demo.call;
}

QPushButton *buttonWithText(QWidget *parent, const QString &text)
{
    const QList<QPushButton *> buttons = parent->findChildren<QPushButton *>();
    for (QPushButton *button : buttons) {
        if (button->text() == text)
            return button;
    }
    return nullptr;
}

int findingOfKind(const FindingsPanel *panel, Finding::Kind kind)
{
    for (int i = 0; i < panel->findings().size(); ++i) {
        if (panel->findings().at(i).kind == kind)
            return i;
    }
    return -1;
}

} // namespace

class tst_ReviewDock : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("dock-%1.sqlite").arg(++m_counter));
    }

    void verdictButtonsSaveAsYouGo()
    {
        ReviewDock dock(nullptr, m_path);
        dock.show();
        dock.setCall(demoCall());
        QPushButton *pass =
            buttonWithText(dock.reviewPanel(), Review::verdictName(Review::Verdict::Pass));
        QVERIFY(pass);
        QTest::mouseClick(pass, Qt::LeftButton);
        QCOMPARE(dock.session()->review().verdict, Review::Verdict::Pass);
        QTRY_COMPARE(dock.session()->saveState(), ReviewSession::SaveState::Saved);
        QCOMPARE(dock.store()->load(demoCall().callId).verdict, Review::Verdict::Pass);
        QTest::mouseClick(pass, Qt::LeftButton); // again: cleared
        QCOMPARE(dock.session()->review().verdict, Review::Verdict::None);
        QVERIFY(!pass->isChecked());
    }

    void reviewerNameIsRemembered()
    {
        ReviewDock dock(nullptr, m_path);
        dock.setCall(demoCall());
        auto *reviewer = dock.reviewPanel()->findChild<QLineEdit *>();
        QVERIFY(reviewer);
        reviewer->clear();
        QTest::keyClicks(reviewer, QStringLiteral("Ana"));
        QCOMPARE(dock.session()->review().reviewer, QStringLiteral("Ana"));
        QCOMPARE(AppSettings().reviewerName(), QStringLiteral("Ana"));
    }

    void flagTurnThroughTheEditorAndJump()
    {
        ReviewDock dock(nullptr, m_path);
        dock.show();
        dock.setCall(demoCall());
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<FlagEditorDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->setCategory(QStringLiteral("Tone"));
            dialog->setComment(QStringLiteral("  too curt  "));
            dialog->accept();
        });
        dock.flagTurn(4);
        const QList<ReviewFlag> flags = dock.session()->flagsForTurn(4);
        QCOMPARE(flags.size(), 1);
        QCOMPARE(flags.constFirst().category, QStringLiteral("Tone"));
        QCOMPARE(flags.constFirst().comment, QStringLiteral("too curt"));
        QCOMPARE(flags.constFirst().quote, demoCall().turns.at(4).text);

        auto *list = dock.reviewPanel()->findChild<QListWidget *>();
        QVERIFY(list);
        QCOMPARE(list->count(), 1);
        QSignalSpy jump(&dock, &ReviewDock::jumpToTurn);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualItemRect(list->item(0)).center());
        QVERIFY(jump.count() >= 1);
        QCOMPARE(jump.constFirst().constFirst().toInt(), 4);
    }

    void findingsFlagAndDismiss()
    {
        const CallRecord call = demoCall();
        int reask = -1;
        int person = -1;
        {
            ReviewDock dock(nullptr, m_path);
            FindingsPanel *panel = dock.findingsPanel();
            QSignalSpy ready(panel, &FindingsPanel::findingsReady);
            dock.setCall(call);
            QTRY_COMPARE(ready.count(), 1);
            reask = findingOfKind(panel, Finding::Kind::RepeatedQuestion);
            person = findingOfKind(panel, Finding::Kind::HumanRequested);
            QVERIFY(reask >= 0 && person >= 0);

            panel->flagFinding(reask);
            const int turn = panel->findings().at(reask).flagTurns.constFirst();
            QCOMPARE(dock.session()->flagsForTurn(turn).size(), 1);
            QCOMPARE(dock.session()->flagsForTurn(turn).constFirst().category,
                     QStringLiteral("Repeated itself"));
            panel->flagFinding(reask); // one click is enough; a second adds nothing
            QCOMPARE(dock.session()->flagsForTurn(turn).size(), 1);

            panel->setDismissed(person, true);
            QVERIFY(panel->isDismissed(person));
        }
        ReviewDock again(nullptr, m_path);
        QSignalSpy ready(again.findingsPanel(), &FindingsPanel::findingsReady);
        again.setCall(call);
        QTRY_COMPARE(ready.count(), 1);
        QVERIFY(again.findingsPanel()->isDismissed(person));
        QVERIFY(!again.findingsPanel()->isDismissed(reask));
        QCOMPARE(again.session()->review().flags.size(), 1); // the flag was saved on close
    }

    void timingFindingsJoinAndPlay()
    {
        const CallRecord call = demoCall();
        ReviewDock dock(nullptr, m_path);
        FindingsPanel *panel = dock.findingsPanel();
        QSignalSpy ready(panel, &FindingsPanel::findingsReady);
        Finding deadAir;
        deadAir.kind = Finding::Kind::DeadAir;
        deadAir.turns = {3};
        // Before the text findings are in: kept, and added when they come.
        dock.setCall(call);
        panel->addTimingFindings(call.callId, {deadAir});
        panel->addTimingFindings(u"another-call"_qs, {deadAir, deadAir}); // not on screen
        QTRY_COMPARE(ready.count(), 1);
        QVERIFY(findingOfKind(panel, Finding::Kind::DeadAir) >= 0);
        const qsizetype withTiming = panel->findings().size();
        // After: replaces the earlier timing findings, keeps the rest.
        panel->addTimingFindings(call.callId, {deadAir});
        QCOMPARE(panel->findings().size(), withTiming);

        // Activating the timing finding plays from its turn; the others only jump.
        QSignalSpy play(panel, &FindingsPanel::playTurnRequested);
        auto *list = panel->findChild<QListWidget *>();
        QVERIFY(list);
        for (int i = 0; i < list->count(); ++i)
            emit list->itemActivated(list->item(i));
        QCOMPARE(play.size(), 1);
        QCOMPARE(play.at(0).at(0).toInt(), 3);
    }

    void queueOpensCallsWithNext()
    {
        ReviewDock dock(nullptr, m_path);
        QSignalSpy open(&dock, &ReviewDock::openCall);
        QCOMPARE(dock.queuePanel()->setIdsFromText(QStringLiteral("111x1\n222x2, 333x3")), 3);
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.constLast().constFirst().toString(), QStringLiteral("111x1"));
        dock.queuePanel()->nextAction()->trigger();
        QCOMPARE(open.constLast().constFirst().toString(), QStringLiteral("222x2"));
        dock.queuePanel()->previousAction()->trigger();
        QCOMPARE(open.constLast().constFirst().toString(), QStringLiteral("111x1"));
        QCOMPARE(dock.queue()->progressText(), QStringLiteral("0 of 3 reviewed"));
        const QList<QKeySequence> shortcuts = dock.queuePanel()->nextAction()->shortcuts();
        QVERIFY(shortcuts.contains(QKeySequence(Qt::ALT | Qt::Key_N)));
        QVERIFY(dock.actions().contains(dock.queuePanel()->nextAction()));
    }

    // Alt+N works while another tab of the dock is shown.
    void nextShortcutFromAnyTab()
    {
        QMainWindow window;
        auto *dock = new ReviewDock(&window, m_path);
        window.addDockWidget(Qt::RightDockWidgetArea, dock);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QSignalSpy open(dock, &ReviewDock::openCall);
        QCOMPARE(dock->queuePanel()->setIdsFromText(QStringLiteral("111x1 222x2")), 2);
        dock->findChild<QTabWidget *>()->setCurrentWidget(dock->reviewPanel());
        QVERIFY(!dock->queuePanel()->isVisible());
        QTest::keyClick(&window, Qt::Key_N, Qt::AltModifier);
        QCOMPARE(open.constLast().constFirst().toString(), QStringLiteral("222x2"));
        QTest::keyClick(&window, Qt::Key_BracketLeft, Qt::ControlModifier);
        QCOMPARE(open.constLast().constFirst().toString(), QStringLiteral("111x1"));
    }

    // With a scorecard form for the assistant, a verdict waits until every question is
    // answered (the Scorecard tab comes up naming the question); the queue shows the score and
    // the exported report carries the scorecard.
    void scorecardGatesTheVerdict()
    {
        ReviewDock dock(nullptr, m_path);
        QString error;
        QVERIFY2(dock.store()->scorecards().publish(ScorecardSample::form(), &error),
                 qPrintable(error));
        const CallRecord call = demoCall();
        AppSettings().setScorecardForm(call.modelId, QStringLiteral("Test QA"));
        dock.show();
        QVERIFY(dock.addToQueue({call.callId}));
        dock.setCall(call);
        QCOMPARE(dock.scorecardPanel()->rows().size(), 6);
        auto *tabs = dock.findChild<QTabWidget *>();
        tabs->setCurrentWidget(dock.reviewPanel());
        QPushButton *pass =
            buttonWithText(dock.reviewPanel(), Review::verdictName(Review::Verdict::Pass));
        QTest::mouseClick(pass, Qt::LeftButton);
        QCOMPARE(dock.session()->review().verdict, Review::Verdict::None);
        QVERIFY(!pass->isChecked());
        QCOMPARE(tabs->currentWidget(), dock.scorecardPanel());
        QVERIFY(dock.scorecardPanel()->messageLabel()->text().contains(
            QStringLiteral("\"Greets the caller\"")));

        const ScorecardAnswers answers = ScorecardSample::answers();
        for (auto it = answers.answers.cbegin(); it != answers.answers.cend(); ++it)
            QVERIFY(dock.scorecardSheet()->setAnswer(it.key(), *it));
        auto *queue = dock.queuePanel()->findChild<QTreeWidget *>();
        QVERIFY(queue);
        QCOMPARE(queue->headerItem()->text(2), QStringLiteral("Score"));
        QCOMPARE(queue->topLevelItem(0)->text(2), QStringLiteral("75%"));

        tabs->setCurrentWidget(dock.reviewPanel());
        QTest::mouseClick(pass, Qt::LeftButton);
        QCOMPARE(dock.session()->review().verdict, Review::Verdict::Pass);
        dock.session()->flush();
        // A new dock over the same store reads the score for the queue from the store.
        ReviewDock again(nullptr, m_path);
        auto *queueAgain = again.queuePanel()->findChild<QTreeWidget *>();
        QCOMPARE(queueAgain->topLevelItem(0)->text(2), QStringLiteral("75%"));
        QCOMPARE(queueAgain->topLevelItem(0)->text(1), Review::verdictName(Review::Verdict::Pass));
    }

    // Bo saves the review (another connection to the same file) while the dock's edits wait:
    // the save loses the race, the merge dialog opens; Cancel keeps the edits (Merge… offers it
    // again), the choice is saved at Bo's version and shown in the dock.
    void lostRaceOpensTheMergeDialog()
    {
        ReviewDock dock(nullptr, m_path);
        dock.show();
        const CallRecord call = demoCall();
        dock.setCall(call);
        ReviewSession *session = dock.session();
        session->setScore(50);
        session->setSummary(QStringLiteral("first"));
        QVERIFY(session->flush());

        ReviewStore bo;
        QVERIFY(bo.open(m_path));
        Review theirs = bo.load(call.callId);
        theirs.summary = QStringLiteral("Bo's summary");
        theirs.verdict = Review::Verdict::Fail;
        QVERIFY(bo.save(theirs));

        auto *summary = dock.reviewPanel()->findChild<QPlainTextEdit *>();
        QVERIFY(summary);
        summary->setFocus();
        summary->selectAll();
        QTest::keyClicks(summary, QStringLiteral("mine"));
        QCOMPARE(session->review().summary, QStringLiteral("mine"));

        // First time: Cancel. Nothing written, the edits stay, Merge… is offered.
        int asked = 0;
        whenMergeDialog([&asked](ReviewMergeDialog *dialog) {
            ++asked;
            QVERIFY(dialog->windowTitle().contains(demoCall().callId));
            dialog->reject();
        });
        QTRY_COMPARE(asked, 1);
        QCOMPARE(session->review().summary, QStringLiteral("mine"));
        QCOMPARE(session->saveState(), ReviewSession::SaveState::Failed);
        QCOMPARE(bo.load(call.callId).summary, QStringLiteral("Bo's summary"));
        auto *merge = dock.reviewPanel()->findChild<QPushButton *>(QStringLiteral("merge"));
        QVERIFY(merge);
        QTRY_VERIFY(merge->isVisible());

        // Merge…: take theirs for the summary; the verdict (only Bo's change) comes along.
        whenMergeDialog([&asked](ReviewMergeDialog *dialog) {
            ++asked;
            QVERIFY(!dialog->sideButton(ReviewMerge::Field::Verdict, ReviewMerge::Side::Mine));
            dialog->sideButton(ReviewMerge::Field::Summary, ReviewMerge::Side::Theirs)->click();
            dialog->accept();
        });
        QTest::mouseClick(merge, Qt::LeftButton);
        QCOMPARE(asked, 2);
        QCOMPARE(session->saveState(), ReviewSession::SaveState::Saved);
        const Review stored = bo.load(call.callId);
        QCOMPARE(stored.summary, QStringLiteral("Bo's summary"));
        QCOMPARE(stored.verdict, Review::Verdict::Fail);
        QCOMPARE(stored.score, std::optional<int>(50));
        QCOMPARE(stored.version, 3);
        QCOMPARE(summary->toPlainText(), QStringLiteral("Bo's summary")); // the dock shows it
        QVERIFY(!merge->isVisible());
    }

    // Opening another call while a merge waits: the dialog asks first (Cancel would drop the
    // edits, and says so); the chosen merge is saved before the next call shows.
    void leavingACallSettlesTheMergeFirst()
    {
        ReviewDock dock(nullptr, m_path);
        const CallRecord call = demoCall();
        dock.setCall(call);
        dock.session()->setSummary(QStringLiteral("first"));
        QVERIFY(dock.session()->flush());
        ReviewStore bo;
        QVERIFY(bo.open(m_path));
        Review theirs = bo.load(call.callId);
        theirs.summary = QStringLiteral("Bo's");
        QVERIFY(bo.save(theirs));
        dock.session()->setSummary(QStringLiteral("mine"));

        bool leaving = false;
        whenMergeDialog([&leaving](ReviewMergeDialog *dialog) {
            for (const QPushButton *button : dialog->findChildren<QPushButton *>())
                leaving = leaving || button->text() == QStringLiteral("&Discard My Changes");
            dialog->accept(); // mine, the default
        });
        CallRecord next = call;
        next.callId = QStringLiteral("next-call");
        dock.setCall(next);
        QVERIFY(leaving);
        QCOMPARE(dock.session()->callId(), QStringLiteral("next-call"));
        QCOMPARE(bo.load(call.callId).summary, QStringLiteral("mine"));
        QCOMPARE(bo.load(call.callId).version, 3);
    }

    // Reviews are per reviewer: the dock shows Ana's review of the call, her verdict in the
    // queue, and a read-only "Other reviewers" line with Bo's and (once imported) Cy's.
    void otherReviewersAreShown()
    {
        ReviewDock dock(nullptr, m_path, QStringLiteral("Ana"));
        const CallRecord call = demoCall();
        Review bos;
        bos.callId = call.callId;
        bos.reviewer = QStringLiteral("Bo");
        bos.verdict = Review::Verdict::Fail;
        bos.score = 30;
        QVERIFY(dock.store()->save(bos));
        QVERIFY(dock.addToQueue({call.callId}));
        dock.setCall(call);
        auto *others = dock.reviewPanel()->findChild<QLabel *>(QStringLiteral("otherReviewers"));
        QVERIFY(others);
        QVERIFY(!others->isHidden());
        QVERIFY2(others->text().contains(QStringLiteral("Bo — Fail, 30/100")),
                 qPrintable(others->text()));
        QCOMPARE(dock.session()->review().verdict, Review::Verdict::None); // not Bo's
        auto *queue = dock.queuePanel()->findChild<QTreeWidget *>();
        QCOMPARE(queue->topLevelItem(0)->text(1), QString()); // Ana has no verdict yet

        QPushButton *pass =
            buttonWithText(dock.reviewPanel(), Review::verdictName(Review::Verdict::Pass));
        QTest::mouseClick(pass, Qt::LeftButton);
        QTRY_COMPARE(dock.session()->saveState(), ReviewSession::SaveState::Saved);
        QVERIFY2(!others->text().contains(QStringLiteral("Ana")), qPrintable(others->text()));
        QCOMPARE(queue->topLevelItem(0)->text(1), Review::verdictName(Review::Verdict::Pass));
        QCOMPARE(dock.store()->load(call.callId, QStringLiteral("Bo")), bos);

        Review cys = bos;
        cys.reviewer = QStringLiteral("Cy");
        cys.verdict = Review::Verdict::Pass;
        cys.score.reset();
        QVERIFY(dock.store()->importReviews({cys}));
        QVERIFY2(others->text().contains(QStringLiteral("Bo — Fail, 30/100; Cy — Pass")),
                 qPrintable(others->text()));

        // A call nobody else reviewed: no line.
        CallRecord alone = call;
        alone.callId = QStringLiteral("alone");
        dock.setCall(alone);
        QVERIFY(others->isHidden());
    }

private:
    // Runs act on the merge dialog as soon as it is the modal window.
    void whenMergeDialog(std::function<void(ReviewMergeDialog *)> act)
    {
        auto *timer = new QTimer(this);
        timer->setInterval(10);
        connect(timer, &QTimer::timeout, this, [timer, act] {
            auto *dialog = qobject_cast<ReviewMergeDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            timer->stop();
            timer->deleteLater();
            act(dialog);
        });
        timer->start();
    }

    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
};

QTEST_MAIN(tst_ReviewDock)
#include "tst_ReviewDock.moc"
