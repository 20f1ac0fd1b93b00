#include "review/ReviewDock.h"

#include "api/ApiKeyStore.h"
#include "export/FormatSaveDialog.h"
#include "review/FindingsPanel.h"
#include "review/ReviewMergeDialog.h"
#include "review/ReviewPanel.h"
#include "review/ReviewPdfExporter.h"
#include "review/ReviewQueue.h"
#include "review/ReviewQueuePanel.h"
#include "review/ReviewReportExporter.h"
#include "review/ReviewSession.h"
#include "review/ReviewStore.h"
#include "review/ScorecardFormsDialog.h"
#include "review/ScorecardPanel.h"
#include "scorecards/ScorecardReport.h"
#include "scorecards/ScorecardSheet.h"
#include "settings/AppSettings.h"
#include "timing/CallTimingIndex.h"

#include <QAction>
#include <QCoreApplication>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QTabWidget>
#include <QVBoxLayout>

ReviewDock::ReviewDock(QWidget *parent, const QString &store, const QString &reviewer)
    : QDockWidget(tr("Review"), parent)
    , m_store(new ReviewStore(this))
{
    setObjectName(QStringLiteral("reviewDock"));
    QString error;
    const bool opened = openStore(store, reviewer, &error);
    m_session = new ReviewSession(m_store, this);
    m_queue = new ReviewQueue(m_store, this);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    if (!opened) {
        auto *banner = new QLabel(error + u' '
                                      + tr("Reviews cannot be saved until this is fixed; "
                                           "restart Call Review afterwards."),
                                  content);
        banner->setWordWrap(true);
        banner->setTextFormat(Qt::PlainText);
        layout->addWidget(banner);
    }
    m_tabs = new QTabWidget(content);
    m_reviewPanel = new ReviewPanel(m_session, m_store, m_tabs);
    m_findingsPanel = new FindingsPanel(m_session, m_store, m_tabs);
    m_queuePanel = new ReviewQueuePanel(m_queue, m_tabs);
    m_scorecardSheet = new ScorecardSheet(&m_store->scorecards(), this);
    m_scorecardPanel = new ScorecardPanel(m_scorecardSheet, &m_store->scorecards(), m_tabs);
    m_tabs->addTab(m_reviewPanel, tr("Re&view"));
    m_tabs->addTab(m_scorecardPanel, tr("Sco&recard"));
    m_tabs->addTab(m_findingsPanel, tr("F&indings"));
    m_tabs->addTab(m_queuePanel, tr("&Queue"));
    m_tabs->setEnabled(opened);
    layout->addWidget(m_tabs);
    setWidget(content);

    // On the dock, so the shortcuts work whichever tab is shown.
    addAction(m_queuePanel->nextAction());
    addAction(m_queuePanel->previousAction());
    for (QAction *action : {m_queuePanel->nextAction(), m_queuePanel->previousAction()})
        action->setShortcutContext(Qt::WindowShortcut);

    connect(m_reviewPanel, &ReviewPanel::jumpToTurn, this, &ReviewDock::jumpToTurn);
    connect(m_findingsPanel, &FindingsPanel::jumpToTurn, this, &ReviewDock::jumpToTurn);
    connect(m_reviewPanel, &ReviewPanel::playTurnRequested, this, &ReviewDock::playTurnRequested);
    connect(m_findingsPanel, &FindingsPanel::playTurnRequested, this,
            &ReviewDock::playTurnRequested);
    connect(m_queuePanel, &ReviewQueuePanel::openCall, this, &ReviewDock::openCall);
    // A verdict marks the review done: not while the scorecard misses an answer or a comment.
    m_reviewPanel->setVerdictGuard([this] { return m_scorecardPanel->checkReviewComplete(); });
    connect(m_scorecardPanel, &ScorecardPanel::incomplete, this,
            [this] { m_tabs->setCurrentWidget(m_scorecardPanel); });
    connect(m_findingsPanel, &FindingsPanel::findingsReady, this, [this] {
        QList<ScorecardSuggestions::Evidence> evidence;
        for (const Finding &finding : m_findingsPanel->findings())
            evidence.append({Finding::kindKey(finding.kind),
                             finding.turns.isEmpty() ? -1 : finding.turns.constFirst()});
        m_scorecardSheet->setFindings(evidence);
    });
    connect(m_scorecardSheet, &ScorecardSheet::answersChanged, this,
            [this] { m_queue->refreshScore(m_scorecardSheet->callId()); });
    connect(m_reviewPanel, &ReviewPanel::exportRequested, this, [this] { exportReport(false); });
    connect(m_queuePanel, &ReviewQueuePanel::exportRequested, this, [this] { exportReport(true); });
    // Queued: the dialog opens after the save that lost the race has returned.
    connect(
        m_session, &ReviewSession::mergeNeeded, this, [this] { resolveMerge(false); },
        Qt::QueuedConnection);
    connect(m_reviewPanel, &ReviewPanel::mergeRequested, this, [this] { resolveMerge(false); });
    // Written before the event loop ends, even when the window is not closed first.
    connect(qApp, &QCoreApplication::aboutToQuit, m_session, &ReviewSession::flush);
}

bool ReviewDock::openStore(const QString &store, const QString &reviewer, QString *error)
{
    const bool url = store.contains(QStringLiteral("://"));
    const ReviewDatabase::Parsed parsed = ReviewDatabase::parse(
        url ? store : QString(), store.isEmpty() || url ? ReviewStore::defaultPath() : store);
    if (!parsed.ok()) {
        *error = parsed.error;
        return false;
    }
    const ReviewDatabase &database = parsed.database;
    // The current reviewer: whose reviews of a call the dock, queue and reports show.
    AppSettings settings;
    QString name = reviewer.isEmpty() ? settings.reviewerName() : reviewer;
    m_store->setActor(name);
    if (!database.isShared())
        return m_store->open(database.path(), error);
    // Every change in a shared database records who made it: no name, no store.
    if (name.isEmpty()) {
        name = QInputDialog::getText(parentWidget(), tr("Your Name"),
                                     tr("The shared review database %1 records who makes each "
                                        "change. Your name:")
                                         .arg(database.displayName()))
                   .trimmed();
        if (name.isEmpty()) {
            *error = tr("The shared review database %1 needs your name (Settings).")
                         .arg(database.displayName());
            return false;
        }
        settings.setReviewerName(name);
    }
    m_store->setActor(name);
    // No keychain entry: libpq looks in PGPASSFILE / ~/.pgpass.
    const QString password = ApiKeyStore::readBlocking(database.keychainEntry()).key;
    return m_store->open(database, password, error) == ReviewStore::OpenResult::Opened;
}

ReviewDock::~ReviewDock()
{
    // Before the store, which as the first child would otherwise be deleted first.
    m_session->flush();
    delete m_session;
}

void ReviewDock::setCall(const CallRecord &call)
{
    // Edits that lost a race are settled before the review they belong to is reloaded.
    m_session->flush();
    resolveMerge(true);
    setTurnStarts({}); // until this call is aligned
    m_reviewPanel->setCall(call);
    const QString reviewer = m_session->review().reviewer;
    m_scorecardPanel->setCall(call.callId, call.modelId,
                              reviewer.isEmpty() ? AppSettings().reviewerName() : reviewer);
    m_findingsPanel->setCall(call);
    m_queue->setCurrentId(call.callId);
}

bool ReviewDock::addToQueue(const QStringList &ids)
{
    QStringList merged = m_queue->ids();
    for (const QString &id : ids) {
        if (!merged.contains(id))
            merged.append(id);
    }
    const QString current = m_queue->currentId();
    QString error;
    const bool saved = m_queue->setIds(merged, &error);
    if (saved && !current.isEmpty())
        m_queue->setCurrentId(current); // where the reviewer was stays current
    showQueue();
    return saved;
}

void ReviewDock::showQueue()
{
    show();
    raise();
    m_tabs->setCurrentWidget(m_queuePanel);
}

void ReviewDock::showScorecard()
{
    show();
    raise();
    m_tabs->setCurrentWidget(m_scorecardPanel);
}

void ReviewDock::flagTurn(int turnIndex)
{
    m_tabs->setCurrentWidget(m_reviewPanel);
    m_reviewPanel->flagTurn(turnIndex);
}

void ReviewDock::setTurnStarts(const QList<qint64> &startsMs)
{
    m_turnStarts = startsMs;
    m_reviewPanel->setTurnStarts(startsMs);
    m_findingsPanel->setTurnStarts(startsMs);
}

void ReviewDock::exportReport(bool wholeQueue)
{
    m_session->flush();
    QList<Review> reviews;
    if (wholeQueue) {
        for (const QString &id : m_queue->ids())
            reviews.append(m_store->load(id));
    } else if (!m_session->callId().isEmpty()) {
        reviews.append(m_session->review());
    }
    // The call on screen, when aligned: its flags carry their turns' times.
    for (Review &review : reviews) {
        if (review.callId != m_session->callId())
            continue;
        for (ReviewFlag &flag : review.flags) {
            if (flag.turnIndex >= 0 && flag.turnIndex < m_turnStarts.size())
                flag.startMs = m_turnStarts.at(flag.turnIndex);
        }
    }
    if (reviews.isEmpty()) {
        QMessageBox::information(this, tr("Nothing to Export"),
                                 wholeQueue
                                     ? tr("The queue is empty. Paste or load call IDs first.")
                                     : tr("Open a call first."));
        return;
    }
    // In ReviewReportExporter's terms, in this order.
    const QStringList filters{tr("Markdown (*.md)"), tr("HTML (*.html)"), tr("PDF (*.pdf)"),
                              tr("CSV, one row per call (*.csv)")};
    const QString baseName = wholeQueue ? QStringLiteral("review-report")
                                        : QStringLiteral("review-") + reviews.constFirst().callId;
    FormatSaveDialog dialog(AppSettings::ExportPlace::Report, tr("Export Review Report"), filters,
                            baseName, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    dialog.remember();
    const QString path = dialog.selectedPath();
    const std::optional<ReviewReportExporter::Format> format =
        ReviewReportExporter::formatForPath(path);
    if (!format)
        return; // every filter lists a report extension: not reached
    QStringList categories;
    for (const ReviewCategory &category : m_store->categories())
        categories.append(category.name);
    QStringList ids;
    for (const Review &review : std::as_const(reviews))
        ids.append(review.callId);
    ReviewReportExporter::Extras extras;
    extras.scorecards = ScorecardReport::loadAll(m_store->scorecards(), ids);
    QString error;
    // The figures of calls aligned on this computer (opened with their recording, or batch
    // exported --with-timing).
    const QHash<QString, CallTimingIndex::Entry> index = CallTimingIndex().load();
    for (auto it = index.cbegin(); it != index.cend(); ++it)
        extras.timing.insert(it.key(), {it->assistantP90Ms, it->bargeIns, it->assistantBargeIns});
    const bool written = *format == ReviewReportExporter::Format::Pdf
        ? ReviewPdfExporter::write(path, reviews, &error, extras)
        : ReviewReportExporter::write(path, *format, reviews, categories, &error, extras);
    if (!written)
        QMessageBox::warning(this, tr("Report Not Saved"),
                             error + u' ' + tr("Choose another folder or file name."));
}

void ReviewDock::resolveMerge(bool leavingCall)
{
    if (m_merging || !m_session->pendingMerge())
        return;
    m_merging = true;
    show();
    raise();
    m_tabs->setCurrentWidget(m_reviewPanel); // the merged review shows there
    ReviewMergeDialog dialog(*m_session->pendingMerge(), this);
    dialog.setLeavingCall(leavingCall);
    const bool accepted = dialog.exec() == QDialog::Accepted;
    m_merging = false;
    // Saving may lose yet another race: then the session asks again (mergeNeeded).
    if (accepted && m_session->pendingMerge())
        m_session->applyMerge(dialog.merged());
}

void ReviewDock::manageScorecardForms()
{
    ScorecardFormsDialog dialog(&m_store->scorecards(), this);
    connect(&dialog, &ScorecardFormsDialog::formsChanged, m_scorecardPanel,
            &ScorecardPanel::reloadForms);
    dialog.exec();
}
