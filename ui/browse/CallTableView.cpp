#include "browse/CallTableView.h"

#include "browse/CallFilterBar.h"
#include "browse/CallFilterProxyModel.h"
#include "browse/CallTableDelegate.h"
#include "browse/CallTableModel.h"
#include "widgets/ErrorBanner.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

CallTableView::CallTableView(CallTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new CallFilterProxyModel(this))
    , m_filterBar(new CallFilterBar(this))
    , m_title(new QLabel(this))
    , m_error(new ErrorBanner(this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
    , m_skipped(new QLabel(this))
    , m_loadingLabel(new QLabel(tr("Loading more calls…"), this))
    , m_loadingBar(new QProgressBar(this))
    , m_toExport(new QPushButton(tr("Send to Batch &Export"), this))
    , m_toQueue(new QPushButton(tr("Send to Review &Queue"), this))
{
    m_proxy->setCallModel(model);
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    setUpTable();
    setUpFooter();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);
    layout->addLayout(m_footer);
    connectParts();
    updateFooter();
}

void CallTableView::setUpTable()
{
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new CallTableDelegate(m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // API order until the reviewer sorts
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights and column widths: nothing is measured per row, even with 10,000.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    const int em = m_table->fontMetrics().horizontalAdvance(u'M');
    const int widths[CallTableModel::ColumnCount] = {7, 10, 10, 9, 5, 12, 6, 4, 6, 5, 20};
    for (int column = 0; column < CallTableModel::ColumnCount; ++column)
        header->resizeSection(column, widths[column] * em);

    auto *copy = new QAction(tr("Copy Call IDs"), m_table);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(copy);
    connect(copy, &QAction::triggered, this, &CallTableView::copySelectedIds);
}

// The count loaded, "loading more", what was skipped, and the hand-offs.
void CallTableView::setUpFooter()
{
    m_loadingBar->setRange(0, 0);
    m_loadingBar->setMaximumWidth(80);
    m_loadingBar->setMaximumHeight(m_loadingLabel->sizeHint().height());
    m_loadingLabel->hide();
    m_loadingBar->hide();
    m_skipped->hide();
    m_toExport->setToolTip(tr("Hand the calls shown (filtered, in this order) to batch export"));
    m_toQueue->setToolTip(tr("Put the calls shown (filtered, in this order) in the review queue"));

    m_footer = new QHBoxLayout;
    m_footer->addWidget(m_count);
    m_footer->addWidget(m_loadingLabel);
    m_footer->addWidget(m_loadingBar);
    m_footer->addWidget(m_skipped);
    m_footer->addStretch(1);
    m_footer->addWidget(m_toQueue);
    m_footer->addWidget(m_toExport);
}

void CallTableView::connectParts()
{
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex &index) { emit callActivated(index.row()); });
    connect(m_filterBar, &CallFilterBar::filterChanged, this, [this](const CallFilter &filter) {
        m_proxy->setFilter(filter);
        updateFooter();
        emit filterChanged(filter);
    });
    connect(m_model, &CallTableModel::endReasonsChanged, this,
            [this] { m_filterBar->setEndReasons(m_model->endReasons()); });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &CallTableView::updateFooter);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        m_skippedReasons.clear();
        m_skipped->hide();
        updateFooter();
    });
    connect(m_error, &ErrorBanner::retryRequested, this, &CallTableView::retryRequested);
    connect(m_toExport, &QPushButton::clicked, this,
            [this] { emit sendToBatchExport(visibleCalls()); });
    connect(m_toQueue, &QPushButton::clicked, this,
            [this] { emit sendToReviewQueue(visibleCalls()); });
}

void CallTableView::setTitle(const QString &title)
{
    m_title->setText(title);
}

QString CallTableView::title() const
{
    return m_title->text();
}

void CallTableView::setFilter(const CallFilter &filter)
{
    m_filterBar->setFilter(filter);
    m_proxy->setFilter(filter);
    updateFooter();
}

void CallTableView::setLoading(bool loading)
{
    m_loading = loading;
    if (loading)
        m_error->hide();
    m_loadingLabel->setVisible(loading);
    m_loadingBar->setVisible(loading);
}

void CallTableView::showError(const QString &message, bool canRetry)
{
    m_error->showError(message, canRetry);
}

void CallTableView::hideError()
{
    m_error->hide();
}

void CallTableView::noteSkipped(const QStringList &reasons)
{
    m_skippedReasons += reasons;
    m_skipped->setText(tr("%n malformed call(s) skipped", nullptr, int(m_skippedReasons.size())));
    m_skipped->setToolTip(m_skippedReasons.mid(0, 20).join(u'\n'));
    m_skipped->setVisible(!m_skippedReasons.isEmpty());
}

void CallTableView::selectRow(int proxyRow)
{
    const QModelIndex index = m_proxy->index(proxyRow, 0);
    if (!index.isValid())
        return;
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

QList<CallRecord> CallTableView::visibleCalls() const
{
    QList<CallRecord> calls;
    const QList<int> rows = m_proxy->visibleSourceRows();
    calls.reserve(rows.size());
    for (int row : rows)
        calls.append(m_model->call(row));
    return calls;
}

void CallTableView::updateFooter()
{
    const int loaded = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    m_count->setText(shown == loaded
                         ? tr("%n call(s) loaded", nullptr, loaded)
                         : tr("%1 shown of %n call(s) loaded", nullptr, loaded).arg(shown));
    m_toExport->setEnabled(shown > 0);
    m_toQueue->setEnabled(shown > 0);
}

void CallTableView::copySelectedIds()
{
    QStringList ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids.append(index.data(CallTableModel::CallIdRole).toString());
    if (!ids.isEmpty())
        QGuiApplication::clipboard()->setText(ids.join(u'\n'));
}
