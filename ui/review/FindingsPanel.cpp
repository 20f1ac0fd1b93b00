#include "review/FindingsPanel.h"

#include "findings/FindingsDetector.h"
#include "review/ReviewCategory.h"
#include "review/ReviewSession.h"
#include "review/ReviewStore.h"
#include "timing/TimestampFormat.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace {
constexpr int indexRole = Qt::UserRole + 1;

QString turnsText(const QList<int> &turns)
{
    QStringList numbers;
    for (int i = 0; i < turns.size() && i < 8; ++i)
        numbers.append(QString::number(turns.at(i) + 1));
    if (turns.size() > 8)
        numbers.append(QStringLiteral("…"));
    return numbers.join(QStringLiteral(", "));
}
} // namespace

FindingsPanel::FindingsPanel(ReviewSession *session, ReviewStore *store, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_store(store)
    , m_status(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_flag(new QPushButton(tr("F&lag"), this))
    , m_dismiss(new QPushButton(tr("&Dismiss"), this))
    , m_showDismissed(new QCheckBox(tr("Show dis&missed"), this))
{
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_list->setWordWrap(true);
    m_list->setResizeMode(QListView::Adjust); // re-wrap when the dock is resized
    m_list->setSpacing(2);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_flag->setToolTip(tr("Flag the turns of this finding with its suggested category."));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_flag);
    buttons->addWidget(m_dismiss);
    buttons->addStretch(1);
    buttons->addWidget(m_showDismissed);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(&m_watcher, &QFutureWatcher<QList<Finding>>::finished, this,
            &FindingsPanel::onFinished);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const int index = item->data(indexRole).toInt();
        const Finding &finding = m_findings.at(index);
        if (finding.turns.isEmpty())
            return;
        emit jumpToTurn(finding.turns.constFirst());
        if (isTiming(finding.kind) || turnStart(finding.turns.constFirst()) >= 0)
            emit playTurnRequested(finding.turns.constFirst());
    });
    // With times, a click is enough to hear the moment (selection for the buttons still works).
    connect(m_list, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        const Finding &finding = m_findings.at(item->data(indexRole).toInt());
        if (!finding.turns.isEmpty() && turnStart(finding.turns.constFirst()) >= 0)
            emit playTurnRequested(finding.turns.constFirst());
    });
    connect(m_list, &QListWidget::currentItemChanged, this, &FindingsPanel::updateButtons);
    connect(m_flag, &QPushButton::clicked, this, [this] { flagFinding(selectedIndex()); });
    connect(m_dismiss, &QPushButton::clicked, this, [this] {
        const int index = selectedIndex();
        setDismissed(index, !isDismissed(index));
    });
    connect(m_showDismissed, &QCheckBox::toggled, this, &FindingsPanel::showFindings);
    connect(m_session, &ReviewSession::flagsChanged, this, &FindingsPanel::showFindings);
    showFindings();
}

FindingsPanel::~FindingsPanel()
{
    m_watcher.waitForFinished(); // the job reads nothing of ours, but must not outlive the app
}

void FindingsPanel::setCall(const CallRecord &call)
{
    m_pendingCallId = call.callId;
    m_callId.clear();
    m_findings.clear();
    m_timing.clear();
    m_timingCallId.clear();
    m_status->setText(tr("Looking for findings…"));
    showFindings();
    // The job gets copies: it never touches this panel.
    const QList<Turn> turns = call.turns;
    const QString endReason = call.endCallReason;
    const QString callId = call.callId;
    m_watcher.setFuture(QtConcurrent::run(
        [turns, endReason] { return FindingsDetector::detect(turns, endReason); }));
    m_watcher.setProperty("callId", callId);
}

void FindingsPanel::onFinished()
{
    const QString callId = m_watcher.property("callId").toString();
    if (callId != m_pendingCallId)
        return; // a newer call is being read
    m_callId = callId;
    m_findings = m_watcher.result();
    if (m_timingCallId == callId)
        m_findings += m_timing;
    m_dismissed = m_store->dismissedFindings(callId);
    showCount();
    emit findingsReady();
}

void FindingsPanel::showCount()
{
    m_status->setText(m_findings.isEmpty() ? tr("No findings.")
                                           : tr("Findings: %n. They are suggestions: flag "
                                                "the ones that matter, dismiss the rest.",
                                                nullptr, int(m_findings.size())));
    showFindings();
}

bool FindingsPanel::isTiming(Finding::Kind kind)
{
    return kind >= Finding::Kind::ResponseTime;
}

void FindingsPanel::addTimingFindings(const QString &callId, const QList<Finding> &findings)
{
    if (callId != m_pendingCallId)
        return; // of a call no longer on screen
    m_timing = findings;
    m_timingCallId = callId;
    if (m_callId == callId) { // the text findings are in: add to them now
        m_findings.removeIf([](const Finding &f) { return isTiming(f.kind); });
        m_findings += m_timing;
        showCount();
    }
}

void FindingsPanel::showFindings()
{
    const int selected = selectedIndex();
    m_list->clear();
    QListWidgetItem *reselect = nullptr;
    for (int i = 0; i < m_findings.size(); ++i) {
        const Finding &finding = m_findings.at(i);
        const bool dismissed = m_dismissed.contains(finding.key());
        if (dismissed && !m_showDismissed->isChecked())
            continue;
        QString heading = Finding::severityName(finding.severity);
        if (!finding.turns.isEmpty())
            heading = (finding.turns.size() == 1 ? tr("%1 · turn %2") : tr("%1 · turns %2"))
                          .arg(heading, turnsText(finding.turns));
        if (!finding.turns.isEmpty()) {
            if (const qint64 start = turnStart(finding.turns.constFirst()); start >= 0)
                heading = TimestampFormat::turnLabel(start) + u' ' + heading;
        }
        if (isFlagged(finding))
            heading = tr("%1 · flagged").arg(heading);
        if (dismissed)
            heading = tr("%1 · dismissed").arg(heading);
        auto *item = new QListWidgetItem(heading + u'\n' + finding.message, m_list);
        item->setData(indexRole, i);
        item->setToolTip(finding.turns.isEmpty() ? finding.message
                                                 : tr("%1\nDouble-click or press Enter to go to "
                                                      "turn %2.")
                                                       .arg(finding.message)
                                                       .arg(finding.turns.constFirst() + 1));
        if (dismissed)
            item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
        if (i == selected)
            reselect = item;
    }
    if (reselect)
        m_list->setCurrentItem(reselect);
    updateButtons();
}

void FindingsPanel::setTurnStarts(const QList<qint64> &startsMs)
{
    m_turnStarts = startsMs;
    showFindings();
}

qint64 FindingsPanel::turnStart(int turnIndex) const
{
    return turnIndex >= 0 && turnIndex < m_turnStarts.size() ? m_turnStarts.at(turnIndex) : -1;
}

int FindingsPanel::selectedIndex() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(indexRole).toInt() : -1;
}

bool FindingsPanel::isFlagged(const Finding &finding) const
{
    if (finding.flagTurns.isEmpty() || m_session->callId() != m_callId)
        return false;
    for (const int turn : finding.flagTurns) {
        if (m_session->flagIndexesForTurn(turn).isEmpty())
            return false;
    }
    return true;
}

void FindingsPanel::updateButtons()
{
    const int index = selectedIndex();
    const bool valid = index >= 0 && index < m_findings.size();
    m_flag->setEnabled(valid && !m_findings.at(index).flagTurns.isEmpty()
                       && !isFlagged(m_findings.at(index)));
    m_dismiss->setEnabled(valid);
    m_dismiss->setText(valid && isDismissed(index) ? tr("&Restore") : tr("&Dismiss"));
}

void FindingsPanel::flagFinding(int index)
{
    if (index < 0 || index >= m_findings.size() || m_session->callId() != m_callId)
        return;
    const Finding &finding = m_findings.at(index);
    const QList<ReviewCategory> categories = m_store->categories();
    QString category;
    for (const ReviewCategory &candidate : categories) {
        if (candidate.key == finding.suggestedCategoryKey())
            category = candidate.name;
        if (category.isEmpty() && candidate.key == ReviewCategory::other)
            category = candidate.name;
    }
    if (category.isEmpty())
        category = categories.isEmpty() ? ReviewCategory::defaults().constLast().name
                                        : categories.constFirst().name;
    for (const int turn : finding.flagTurns) {
        if (m_session->flagIndexesForTurn(turn).isEmpty())
            m_session->addFlag(turn, category, finding.message);
    }
}

void FindingsPanel::setDismissed(int index, bool dismissed)
{
    if (index < 0 || index >= m_findings.size() || m_callId.isEmpty())
        return;
    const QString key = m_findings.at(index).key();
    QString error;
    if (!m_store->setFindingDismissed(m_callId, key, dismissed, &error)) {
        QMessageBox::warning(this, tr("Not Saved"), error);
        return;
    }
    if (dismissed)
        m_dismissed.insert(key);
    else
        m_dismissed.remove(key);
    showFindings();
}

bool FindingsPanel::isDismissed(int index) const
{
    return index >= 0 && index < m_findings.size()
        && m_dismissed.contains(m_findings.at(index).key());
}
