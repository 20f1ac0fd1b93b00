#include "review/ReviewPanel.h"

#include "timing/TimestampFormat.h"

#include "format/CallFormatting.h"
#include "review/CategoryEditorDialog.h"
#include "review/FlagEditorDialog.h"
#include "review/ReviewStore.h"
#include "settings/AppSettings.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
constexpr int flagIndexRole = Qt::UserRole + 1;
constexpr int turnRole = Qt::UserRole + 2;
} // namespace

ReviewPanel::ReviewPanel(ReviewSession *session, ReviewStore *store, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_store(store)
    , m_callLabel(new QLabel(this))
    , m_pass(new QPushButton(Review::verdictName(Review::Verdict::Pass), this))
    , m_needsWork(new QPushButton(Review::verdictName(Review::Verdict::NeedsWork), this))
    , m_fail(new QPushButton(Review::verdictName(Review::Verdict::Fail), this))
    , m_score(new QSpinBox(this))
    , m_reviewer(new QLineEdit(this))
    , m_summary(new QPlainTextEdit(this))
    , m_otherReviewers(new QLabel(this))
    , m_reviewedAt(new QLabel(this))
    , m_saveState(new QLabel(this))
    , m_merge(new QPushButton(tr("&Merge…"), this))
    , m_flags(new QListWidget(this))
    , m_editFlag(new QPushButton(tr("&Edit…"), this))
    , m_removeFlag(new QPushButton(tr("&Remove"), this))
    , m_categories(new QPushButton(tr("C&ategories…"), this))
    , m_exportReport(new QPushButton(tr("E&xport Report…"), this))
{
    setUpFields();
    createLayout();
    m_session->setDefaultReviewer(AppSettings().reviewerName());
    connectFields();
    connectFlags();
    connect(m_session, &ReviewSession::reviewChanged, this, &ReviewPanel::showReview);
    connect(m_session, &ReviewSession::flagsChanged, this, &ReviewPanel::showFlags);
    connect(m_session, &ReviewSession::saveStateChanged, this, &ReviewPanel::showSaveState);
    connect(m_session, &ReviewSession::mergeNeeded, this,
            [this] { showSaveState(m_session->saveState()); });
    connect(m_merge, &QPushButton::clicked, this, &ReviewPanel::mergeRequested);
    // The first save gives the review on screen its row (which is not "another reviewer's").
    connect(m_session, &ReviewSession::saveStateChanged, this,
            [this](ReviewSession::SaveState state) {
                if (state == ReviewSession::SaveState::Saved)
                    showOtherReviewers();
            });
    // Another reviewer's review imported, this one's saved (an unnamed one taken over).
    connect(m_store, &ReviewStore::reviewSaved, this, [this](const QString &callId) {
        if (callId == m_session->callId())
            showOtherReviewers();
    });
    showReview();
    showOtherReviewers();
    showFlags();
    showSaveState(m_session->saveState());
}

void ReviewPanel::setUpFields()
{
    m_callLabel->setTextFormat(Qt::PlainText);
    m_callLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QPushButton *verdict : {m_pass, m_needsWork, m_fail}) {
        verdict->setCheckable(true);
        verdict->setToolTip(tr("Click again to clear the verdict."));
    }
    m_score->setRange(-1, Review::maxScore);
    m_score->setSpecialValueText(tr("No score"));
    m_score->setSuffix(tr(" / 100"));
    m_score->setValue(-1);
    m_reviewer->setPlaceholderText(tr("Your name"));
    m_summary->setPlaceholderText(tr("What went well, what went wrong"));
    m_summary->setTabChangesFocus(true);
    m_saveState->setTextFormat(Qt::PlainText);
    m_reviewedAt->setTextFormat(Qt::PlainText);
    m_merge->setObjectName(QStringLiteral("merge"));
    m_merge->setToolTip(tr("Someone saved this review after you opened it: choose what to keep "
                           "of yours and theirs."));
    m_merge->hide();
    m_otherReviewers->setObjectName(QStringLiteral("otherReviewers"));
    m_otherReviewers->setTextFormat(Qt::PlainText);
    m_otherReviewers->setWordWrap(true);
    m_otherReviewers->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_otherReviewers->hide();
}

void ReviewPanel::createLayout()
{
    auto *verdicts = new QHBoxLayout;
    for (QPushButton *verdict : {m_pass, m_needsWork, m_fail})
        verdicts->addWidget(verdict);
    auto *form = new QFormLayout;
    form->addRow(tr("Verdict:"), verdicts);
    form->addRow(tr("Sc&ore:"), m_score);
    form->addRow(tr("Revie&wer:"), m_reviewer);
    form->addRow(m_otherReviewers);
    form->addRow(tr("S&ummary:"), m_summary);

    auto *status = new QHBoxLayout;
    status->addWidget(m_reviewedAt, 1);
    status->addWidget(m_saveState);
    status->addWidget(m_merge);

    auto *flagButtons = new QHBoxLayout;
    flagButtons->addWidget(m_editFlag);
    flagButtons->addWidget(m_removeFlag);
    flagButtons->addStretch(1);
    flagButtons->addWidget(m_categories);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_callLabel);
    layout->addLayout(form);
    layout->addLayout(status);
    layout->addWidget(new QLabel(tr("Flags (right-click a turn to add one):"), this));
    layout->addWidget(m_flags, 1);
    layout->addLayout(flagButtons);
    layout->addWidget(m_exportReport);
}

// The review's own fields write through to the session (not while they are being filled).
void ReviewPanel::connectFields()
{
    const struct
    {
        QPushButton *button;
        Review::Verdict verdict;
    } verdictButtons[] = {{m_pass, Review::Verdict::Pass},
                          {m_needsWork, Review::Verdict::NeedsWork},
                          {m_fail, Review::Verdict::Fail}};
    for (const auto &entry : verdictButtons) {
        const Review::Verdict verdict = entry.verdict;
        connect(entry.button, &QPushButton::clicked, this,
                [this, verdict] { onVerdictClicked(verdict); });
    }
    connect(m_score, &QSpinBox::valueChanged, this, [this](int value) {
        if (!m_showing)
            m_session->setScore(value < 0 ? std::nullopt : std::optional<int>(value));
    });
    connect(m_reviewer, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_session->setReviewer(text.trimmed());
        m_session->setDefaultReviewer(text.trimmed());
        // The name is who "I" am: whose reviews the queue and reports show, who the audit
        // log names.
        m_store->setActor(text.trimmed());
        AppSettings().setReviewerName(text);
    });
    connect(m_summary, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_showing)
            m_session->setSummary(m_summary->toPlainText());
    });
}

void ReviewPanel::connectFlags()
{
    const auto goTo = [this](QListWidgetItem *item) {
        const int turn = item->data(turnRole).toInt();
        emit jumpToTurn(turn);
        if (turnStart(turn) >= 0)
            emit playTurnRequested(turn);
    };
    connect(m_flags, &QListWidget::itemActivated, this, goTo);
    connect(m_flags, &QListWidget::itemClicked, this, goTo);
    connect(m_flags, &QListWidget::currentRowChanged, this, [this](int row) {
        m_editFlag->setEnabled(row >= 0);
        m_removeFlag->setEnabled(row >= 0);
    });
    connect(m_editFlag, &QPushButton::clicked, this, [this] { editFlag(selectedFlag()); });
    connect(m_removeFlag, &QPushButton::clicked, this,
            [this] { m_session->removeFlag(selectedFlag()); });
    connect(m_categories, &QPushButton::clicked, this, &ReviewPanel::editCategories);
    connect(m_exportReport, &QPushButton::clicked, this, &ReviewPanel::exportRequested);
}

void ReviewPanel::setCall(const CallRecord &call)
{
    m_session->setCall(call.callId, call.turns);
    showOtherReviewers();
}

void ReviewPanel::showOtherReviewers()
{
    const Review &own = m_session->review();
    // The row the review on screen is stored in (none before its first save).
    const std::optional<QString> ownKey = own.version > 0
        ? std::optional<QString>(own.storedReviewer.value_or(own.reviewer))
        : std::nullopt;
    QStringList others;
    if (!own.callId.isEmpty()) {
        for (const Review &review : m_store->reviewsOf(own.callId)) {
            if (review.reviewer == ownKey)
                continue;
            QString text = (review.reviewer.isEmpty() ? tr("(no name)") : review.reviewer)
                + QStringLiteral(" — ") + Review::verdictName(review.verdict);
            if (review.score)
                text += tr(", %1/100").arg(*review.score);
            others.append(text);
        }
    }
    m_otherReviewers->setText(tr("Other reviewers: %1").arg(others.join(QStringLiteral("; "))));
    m_otherReviewers->setToolTip(tr("Their own reviews of this call; read-only here."));
    m_otherReviewers->setVisible(!others.isEmpty());
}

void ReviewPanel::showReview()
{
    const Review &review = m_session->review();
    const bool hasCall = !review.callId.isEmpty();
    m_showing = true;
    m_callLabel->setText(hasCall ? tr("Call %1").arg(review.callId)
                                 : tr("Open a call to review it."));
    m_pass->setChecked(review.verdict == Review::Verdict::Pass);
    m_needsWork->setChecked(review.verdict == Review::Verdict::NeedsWork);
    m_fail->setChecked(review.verdict == Review::Verdict::Fail);
    m_score->setValue(review.score.value_or(-1));
    if (!m_reviewer->hasFocus())
        m_reviewer->setText(review.reviewer.isEmpty() ? AppSettings().reviewerName()
                                                      : review.reviewer);
    if (m_summary->toPlainText() != review.summary)
        m_summary->setPlainText(review.summary);
    m_reviewedAt->setText(
        review.reviewedAt.isValid()
            ? tr("Reviewed %1")
                  .arg(CallFormatting::dateTime(review.reviewedAt)) // local, per locale
            : QString());
    for (QWidget *widget : std::initializer_list<QWidget *>{m_pass, m_needsWork, m_fail, m_score,
                                                            m_reviewer, m_summary, m_flags})
        widget->setEnabled(hasCall);
    m_showing = false;
}

void ReviewPanel::setTurnStarts(const QList<qint64> &startsMs)
{
    m_turnStarts = startsMs;
    showFlags();
}

qint64 ReviewPanel::turnStart(int turnIndex) const
{
    return turnIndex >= 0 && turnIndex < m_turnStarts.size() ? m_turnStarts.at(turnIndex) : -1;
}

void ReviewPanel::showFlags()
{
    const int previous = m_flags->currentRow();
    m_flags->clear();
    const QList<ReviewFlag> &flags = m_session->review().flags;
    for (int i = 0; i < flags.size(); ++i) {
        const ReviewFlag &flag = flags.at(i);
        QString text = tr("Turn %1 · %2").arg(flag.turnIndex + 1).arg(flag.category);
        if (const qint64 start = turnStart(flag.turnIndex); start >= 0)
            text = TimestampFormat::turnLabel(start) + u' ' + text;
        if (!flag.comment.isEmpty())
            text += QStringLiteral(" — ") + flag.comment;
        auto *item = new QListWidgetItem(text, m_flags);
        item->setData(flagIndexRole, i);
        item->setData(turnRole, flag.turnIndex);
        item->setToolTip(CallFormatting::speakerName(flag.speaker) + QStringLiteral(": ")
                         + flag.quote.left(500));
    }
    m_flags->setCurrentRow(qMin(previous, m_flags->count() - 1));
    m_editFlag->setEnabled(m_flags->currentRow() >= 0);
    m_removeFlag->setEnabled(m_flags->currentRow() >= 0);
}

void ReviewPanel::showSaveState(ReviewSession::SaveState state)
{
    const bool merging = state == ReviewSession::SaveState::Failed && m_session->hasConflict()
        && m_session->pendingMerge().has_value();
    m_merge->setVisible(merging);
    if (merging) {
        m_saveState->setText(tr("Not saved: changed elsewhere"));
        m_saveState->setToolTip(
            m_session->saveError()
            + tr(" Your edits are kept here; Merge… to save them with theirs."));
        return;
    }
    switch (state) {
    case ReviewSession::SaveState::Idle:
        m_saveState->clear();
        m_saveState->setToolTip(QString());
        break;
    case ReviewSession::SaveState::Pending:
        m_saveState->setText(tr("Saving…"));
        break;
    case ReviewSession::SaveState::Saved:
        m_saveState->setText(tr("Saved"));
        m_saveState->setToolTip(QString());
        break;
    case ReviewSession::SaveState::Failed:
        m_saveState->setText(tr("Not saved"));
        m_saveState->setToolTip(m_session->saveError()
                                + tr(" Your edits are kept here; the next edit tries again."));
        break;
    }
}

void ReviewPanel::onVerdictClicked(Review::Verdict verdict)
{
    // Clicking the current verdict again clears it.
    const Review::Verdict next =
        m_session->review().verdict == verdict ? Review::Verdict::None : verdict;
    if (next != Review::Verdict::None && m_verdictGuard && !m_verdictGuard()) {
        showReview(); // the button clicked stays unchecked
        return;
    }
    m_session->setVerdict(next);
    showReview();
}

void ReviewPanel::flagTurn(int turnIndex)
{
    if (m_session->callId().isEmpty() || turnIndex < 0)
        return;
    FlagEditorDialog dialog(turnIndex, m_store->categories(), this);
    if (dialog.exec() == QDialog::Accepted && !dialog.category().isEmpty())
        m_session->addFlag(turnIndex, dialog.category(), dialog.comment());
}

void ReviewPanel::editFlag(int flagIndex)
{
    const QList<ReviewFlag> &flags = m_session->review().flags;
    if (flagIndex < 0 || flagIndex >= flags.size())
        return;
    const ReviewFlag flag = flags.at(flagIndex);
    FlagEditorDialog dialog(flag.turnIndex, m_store->categories(), this);
    dialog.setCategory(flag.category);
    dialog.setComment(flag.comment);
    if (dialog.exec() == QDialog::Accepted)
        m_session->updateFlag(flagIndex, dialog.category(), dialog.comment());
}

void ReviewPanel::editCategories()
{
    CategoryEditorDialog dialog(m_store->categories(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!m_store->setCategories(dialog.categories(), &error))
        QMessageBox::warning(this, tr("Categories Not Saved"), error);
}

int ReviewPanel::selectedFlag() const
{
    const QListWidgetItem *item = m_flags->currentItem();
    return item ? item->data(flagIndexRole).toInt() : -1;
}
