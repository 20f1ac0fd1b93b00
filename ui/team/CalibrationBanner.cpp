#include "team/CalibrationBanner.h"

#include "calibration/CalibrationStore.h"
#include "review/ReviewDock.h"
#include "review/ReviewStore.h"
#include "review/ScorecardPanel.h"
#include "review/ScorecardQuestionRow.h"
#include "scorecards/ScorecardSheet.h"
#include "scorecards/ScorecardStore.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

CalibrationBanner::CalibrationBanner(ReviewDock *dock, QWidget *parent)
    : QFrame(parent)
    , m_dock(dock)
    , m_title(new QLabel(this))
    , m_progress(new QLabel(this))
    , m_message(new QLabel(this))
    , m_submit(new QPushButton(tr("Submit to Calibration"), this))
    , m_leave(new QPushButton(tr("Leave Calibration"), this))
    , m_next(new QPushButton(tr("Score Next Call"), this))
    , m_compare(new QPushButton(tr("Show Comparison…"), this))
    , m_close(new QPushButton(tr("Close"), this))
    , m_submitAction(new QAction(tr("Su&bmit to Calibration"), this))
{
    setObjectName(QStringLiteral("calibrationBanner"));
    m_title->setObjectName(QStringLiteral("calibrationTitle"));
    m_progress->setObjectName(QStringLiteral("calibrationProgress"));
    m_message->setObjectName(QStringLiteral("calibrationMessage"));
    m_submit->setObjectName(QStringLiteral("calibrationSubmit"));
    m_next->setObjectName(QStringLiteral("calibrationNext"));
    // The tooltip colours, which the themes keep readable: a scorecard that is not a review
    // must not be mistaken for one.
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    for (QLabel *label : {m_title, m_progress, m_message}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
    }
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_message->setStyleSheet(QStringLiteral("color: #b00020"));

    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_submit, m_leave, m_next, m_compare, m_close}) {
        button->setAutoDefault(false);
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_progress);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    // In the Review menu (TeamMenu), so Help > Keyboard Shortcuts lists it.
    m_submitAction->setShortcuts(
        {QKeySequence(tr("Ctrl+Shift+Return")), QKeySequence(tr("Ctrl+Shift+Enter"))});
    m_submitAction->setShortcutContext(Qt::WindowShortcut);
    m_submit->setToolTip(
        tr("Stores your answers in the session (%1). They cannot change afterwards.")
            .arg(m_submitAction->shortcut().toString(QKeySequence::NativeText)));
    connect(m_submitAction, &QAction::triggered, this, &CalibrationBanner::submit);
    connect(m_submit, &QPushButton::clicked, this, &CalibrationBanner::submit);
    connect(m_leave, &QPushButton::clicked, this, &CalibrationBanner::leave);
    connect(m_next, &QPushButton::clicked, this, [this] {
        QString error;
        if (m_session && !begin(m_session->id, nextCall(), m_reviewer, &error))
            m_message->setText(error);
    });
    connect(m_compare, &QPushButton::clicked, this, [this] {
        if (m_session)
            emit comparisonRequested(m_session->id);
    });
    connect(m_close, &QPushButton::clicked, this, [this] {
        m_doneCallId.clear();
        showState();
    });

    ScorecardSheet *sheet = m_dock->scorecardSheet();
    connect(sheet, &ScorecardSheet::formChanged, this, &CalibrationBanner::follow);
    connect(sheet, &ScorecardSheet::answersChanged, this, &CalibrationBanner::keepDraft);
    showState();
}

QString CalibrationBanner::connectionName() const
{
    return m_dock->store()->connectionName();
}

QString CalibrationBanner::draftKey() const
{
    return CalibrationDrafts::key(m_dock->store()->path(), sessionId(), m_callId, m_reviewer);
}

QString CalibrationBanner::progress(const CalibrationStore &store,
                                    const CalibrationSession &session, const QString &reviewer)
{
    int done = 0;
    for (const QString &callId : session.callIds) {
        if (store.hasSubmitted(session.id, callId, reviewer))
            ++done;
    }
    return tr("%1 of %n call(s) submitted", nullptr, int(session.callIds.size())).arg(done);
}

bool CalibrationBanner::begin(qint64 sessionId, const QString &callId, const QString &reviewer,
                              QString *error)
{
    const CalibrationStore store(connectionName());
    const std::optional<CalibrationSession> session = store.session(sessionId);
    const QString me = reviewer.trimmed();
    std::optional<ScorecardForm> form;
    QString problem;
    if (!session)
        problem = tr("There is no calibration session %1.").arg(sessionId);
    else if (me.isEmpty())
        problem = tr("Type your name in the Review panel first: answers are submitted under it.");
    else if (!session->participants.contains(me))
        problem = tr("%1 does not take part in the session \"%2\".").arg(me, session->name);
    else if (callId.isEmpty() || !session->callIds.contains(callId))
        problem = tr("The call %1 is not part of the session \"%2\".").arg(callId, session->name);
    else if (store.hasSubmitted(sessionId, callId, me))
        problem = tr("You already submitted the call %1 in this session.").arg(callId);
    else if (!(form = m_dock->store()->scorecards().form(session->formName, session->formVersion)))
        problem = tr("Version %1 of the form \"%2\" is not in the review database.")
                      .arg(QString::number(session->formVersion), session->formName);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    if (m_active)
        leave(); // another call or session: this one's answers are kept
    m_session = session;
    m_form = form;
    m_callId = callId;
    m_reviewer = me;
    m_doneCallId.clear();
    m_message->clear();
    m_dock->showScorecard();
    if (m_dock->scorecardSheet()->callId() == callId) {
        enter();
    } else {
        showState();
        emit m_dock->openCall(callId); // the window fetches it; follow() takes over then
    }
    return true;
}

void CalibrationBanner::follow()
{
    ScorecardSheet *sheet = m_dock->scorecardSheet();
    if (sheet->isDraft())
        return; // our own draft starting
    if (!m_doneCallId.isEmpty() && sheet->callId() != m_doneCallId) {
        m_doneCallId.clear(); // moved on from the call just submitted
        showState();
    }
    if (!m_session || m_callId.isEmpty())
        return;
    if (sheet->callId() == m_callId) {
        enter(); // the call opened, or was opened again
        return;
    }
    // The reviewer opened another call: calibration mode ends, the answers are kept.
    m_active = false;
    m_callId.clear();
    showState();
}

void CalibrationBanner::enter()
{
    if (!m_form || !m_dock->scorecardSheet()->startDraft(*m_form, m_drafts.value(draftKey())))
        return;
    m_active = true;
    showState();
    m_dock->showScorecard();
    // Ready for the keys: the first question unanswered, else the first.
    const QList<ScorecardQuestionRow *> rows = m_dock->scorecardPanel()->rows();
    const ScorecardAnswers &answers = m_dock->scorecardSheet()->answers();
    for (ScorecardQuestionRow *row : rows) {
        if (!answers.answers.contains(row->question().id)) {
            row->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
    if (!rows.isEmpty())
        rows.constFirst()->setFocus(Qt::OtherFocusReason);
}

void CalibrationBanner::keepDraft()
{
    if (!m_active || !m_dock->scorecardSheet()->isDraft())
        return;
    QString error;
    if (!m_drafts.insert(draftKey(), m_dock->scorecardSheet()->answers(), &error))
        m_message->setText(tr("Your answers are kept only until the app closes: %1").arg(error));
}

bool CalibrationBanner::submit()
{
    if (!m_active)
        return false;
    m_message->clear();
    // Like a verdict: every question answered, every required comment written.
    if (!m_dock->scorecardPanel()->checkComplete())
        return false;
    QString error;
    const ScorecardAnswers answers = m_dock->scorecardSheet()->answers();
    if (!CalibrationStore(connectionName())
             .submit(m_session->id, m_callId, m_reviewer, answers, &error)) {
        m_message->setText(tr("Not submitted: %1").arg(error));
        return false;
    }
    m_drafts.remove(draftKey());
    const QString callId = m_callId;
    m_doneCallId = callId;
    m_callId.clear(); // before the sheet goes back to the review, which follow() sees
    m_active = false;
    m_dock->scorecardSheet()->endDraft();
    showState();
    emit submitted(m_session->id, callId);
    return true;
}

void CalibrationBanner::leave()
{
    keepDraft();
    const bool wasActive = m_active;
    m_active = false;
    m_callId.clear();
    m_doneCallId.clear();
    if (wasActive)
        m_dock->scorecardSheet()->endDraft();
    showState();
}

QString CalibrationBanner::nextCall() const
{
    if (!m_session)
        return {};
    const CalibrationStore store(connectionName());
    for (const QString &callId : m_session->callIds) {
        if (!store.hasSubmitted(m_session->id, callId, m_reviewer))
            return callId;
    }
    return {};
}

void CalibrationBanner::showState()
{
    const bool waiting = isWaiting();
    const bool done = !m_doneCallId.isEmpty() && m_session;
    m_submitAction->setEnabled(m_active);
    setVisible(m_active || waiting || done);
    if (!m_session || !(m_active || waiting || done))
        return;
    const QString progress =
        CalibrationBanner::progress(CalibrationStore(connectionName()), *m_session, m_reviewer);
    if (done) {
        m_title->setText(tr("Calibration: %1 — your answers for %2 are submitted")
                             .arg(m_session->name, m_doneCallId));
        m_progress->setText(tr("%1: %2.").arg(m_reviewer, progress));
    } else {
        m_title->setText(
            tr("Calibration: %1 — your answers stay hidden from peers until you submit")
                .arg(m_session->name));
        const QString form = tr("form %1, version %2")
                                 .arg(m_session->formName, QString::number(m_session->formVersion));
        m_progress->setText(waiting ? tr("Opening call %1… · %2 · %3").arg(m_callId, form, progress)
                                    : tr("Call %1 · %2 · %3").arg(m_callId, form, progress));
    }
    m_submit->setVisible(!done);
    m_submit->setEnabled(m_active);
    m_leave->setVisible(!done);
    m_next->setVisible(done);
    m_next->setEnabled(done && !nextCall().isEmpty());
    m_compare->setVisible(done);
    m_close->setVisible(done);
}
