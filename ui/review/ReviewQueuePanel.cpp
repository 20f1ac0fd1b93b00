#include "review/ReviewQueuePanel.h"

#include "api/CallIdList.h"
#include "review/ReviewQueue.h"
#include "scorecards/ScorecardReport.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

constexpr int idRole = Qt::UserRole + 1;
constexpr int scoreColumn = 2;

// Filter combo entries, in order: every call, then by verdict.
const ReviewQueue::Filter filters[] = {
    ReviewQueue::Filter(),
    ReviewQueue::Filter(Review::Verdict::None),
    ReviewQueue::Filter(Review::Verdict::Pass),
    ReviewQueue::Filter(Review::Verdict::NeedsWork),
    ReviewQueue::Filter(Review::Verdict::Fail),
};

} // namespace

ReviewQueuePanel::ReviewQueuePanel(ReviewQueue *queue, QWidget *parent)
    : QWidget(parent)
    , m_queue(queue)
    , m_nextAction(new QAction(tr("&Next Call in Queue"), this))
    , m_previousAction(new QAction(tr("&Previous Call in Queue"), this))
    , m_message(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_filter(new QComboBox(this))
    , m_list(new QTreeWidget(this))
    , m_previous(new QPushButton(tr("Previous"), this))
    , m_next(new QPushButton(tr("Next"), this))
    , m_paste(new QPushButton(tr("Pa&ste IDs…"), this))
    , m_load(new QPushButton(tr("&Load List…"), this))
    , m_exportReport(new QPushButton(tr("Export Queue &Report…"), this))
{
    m_nextAction->setShortcuts(
        {QKeySequence(Qt::ALT | Qt::Key_N), QKeySequence(Qt::CTRL | Qt::Key_BracketRight)});
    m_previousAction->setShortcuts(
        {QKeySequence(Qt::ALT | Qt::Key_P), QKeySequence(Qt::CTRL | Qt::Key_BracketLeft)});
    m_next->setToolTip(tr("Next call (Alt+N or Ctrl+])"));
    m_previous->setToolTip(tr("Previous call (Alt+P or Ctrl+[)"));
    m_filter->addItem(tr("All calls"));
    m_filter->addItem(tr("Not reviewed"));
    for (const Review::Verdict verdict :
         {Review::Verdict::Pass, Review::Verdict::NeedsWork, Review::Verdict::Fail})
        m_filter->addItem(Review::verdictName(verdict));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();
    createLayout();
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Call"), tr("Verdict"), tr("Score")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(scoreColumn, QHeaderView::ResizeToContents);
    connectParts();
    showQueue();
}

void ReviewQueuePanel::createLayout()
{
    auto *top = new QHBoxLayout;
    top->addWidget(m_paste);
    top->addWidget(m_load);
    top->addStretch(1);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(new QLabel(tr("Show:"), this));
    filterRow->addWidget(m_filter, 1);
    auto *steps = new QHBoxLayout;
    steps->addWidget(m_previous);
    steps->addWidget(m_next);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(m_progress);
    layout->addLayout(filterRow);
    layout->addWidget(m_list, 1);
    layout->addLayout(steps);
    layout->addWidget(m_exportReport);
}

void ReviewQueuePanel::connectParts()
{
    connect(m_paste, &QPushButton::clicked, this, &ReviewQueuePanel::pasteIds);
    connect(m_load, &QPushButton::clicked, this, &ReviewQueuePanel::loadFile);
    connect(m_exportReport, &QPushButton::clicked, this, &ReviewQueuePanel::exportRequested);
    connect(m_nextAction, &QAction::triggered, this, [this] { go(m_queue->next()); });
    connect(m_previousAction, &QAction::triggered, this, [this] { go(m_queue->previous()); });
    connect(m_next, &QPushButton::clicked, m_nextAction, &QAction::trigger);
    connect(m_previous, &QPushButton::clicked, m_previousAction, &QAction::trigger);
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0 && index < int(std::size(filters)))
            m_queue->setFilter(filters[index]);
    });
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString id = item->data(0, idRole).toString();
        m_queue->setCurrentId(id);
        go(id);
    });
    connect(m_queue, &ReviewQueue::changed, this, &ReviewQueuePanel::showQueue);
}

void ReviewQueuePanel::showQueue()
{
    for (int i = 0; i < int(std::size(filters)); ++i) {
        if (filters[i] == m_queue->filter() && m_filter->currentIndex() != i) {
            const QSignalBlocker blocker(m_filter);
            m_filter->setCurrentIndex(i);
        }
    }
    m_progress->setRange(0, qMax(1, m_queue->size()));
    m_progress->setValue(m_queue->reviewedCount());
    m_progress->setFormat(m_queue->size() == 0 ? tr("No calls queued: paste or load call IDs.")
                                               : m_queue->progressText());

    m_list->clear();
    const QString current = m_queue->currentId();
    for (const QString &id : m_queue->visibleIds()) {
        const Review::Verdict verdict = m_queue->verdictOf(id);
        auto *item = new QTreeWidgetItem(
            m_list,
            {id, verdict == Review::Verdict::None ? QString() : Review::verdictName(verdict),
             ScorecardReport::percent(m_queue->scoreOf(id))});
        item->setTextAlignment(scoreColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(0, idRole, id);
        if (id == current) {
            QFont font = item->font(0);
            font.setBold(true);
            for (int column = 0; column < m_list->columnCount(); ++column)
                item->setFont(column, font);
            m_list->setCurrentItem(item);
        }
    }
    m_nextAction->setEnabled(m_queue->hasNext());
    m_previousAction->setEnabled(m_queue->hasPrevious());
    m_next->setEnabled(m_queue->hasNext());
    m_previous->setEnabled(m_queue->hasPrevious());
}

int ReviewQueuePanel::setIdsFromText(const QString &text)
{
    const CallIdList::Parsed parsed = CallIdList::parse(text);
    const QStringList &ids = parsed.ids;
    const QStringList &rejected = parsed.rejected;
    QString message;
    bool taken = false;
    if (ids.isEmpty()) {
        message = tr("No call IDs found. Paste one ID per line.");
    } else if (m_queue->setIds(ids, &message)) {
        taken = true;
        if (!rejected.isEmpty()) {
            message = tr("Entries skipped as not call IDs: %n (%1)", nullptr, int(rejected.size()))
                          .arg(rejected.mid(0, 5).join(QStringLiteral(", ")));
        }
    }
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    if (!taken)
        return 0;
    go(m_queue->currentId());
    return int(ids.size());
}

void ReviewQueuePanel::pasteIds()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Paste Call IDs"));
    auto *edit = new QPlainTextEdit(&dialog);
    edit->setPlaceholderText(tr("One call ID per line (call URLs work too)"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(
        new QLabel(tr("These calls replace the current queue. Reviews are kept."), &dialog));
    layout->addWidget(edit, 1);
    layout->addWidget(buttons);
    dialog.resize(480, 360);
    if (dialog.exec() == QDialog::Accepted)
        setIdsFromText(edit->toPlainText());
}

void ReviewQueuePanel::loadFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Load Call IDs"), QString(), tr("Lists of call IDs (*.txt *.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    const bool loaded = m_queue->loadFile(path, &error);
    m_message->setText(error);
    m_message->setVisible(!loaded);
    if (loaded)
        go(m_queue->currentId());
}

void ReviewQueuePanel::go(const QString &callId)
{
    if (!callId.isEmpty())
        emit openCall(callId);
}
