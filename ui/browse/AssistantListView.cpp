#include "browse/AssistantListView.h"

#include "browse/AssistantListModel.h"
#include "widgets/ErrorBanner.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

AssistantListView::AssistantListView(AssistantListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_status(new QLabel(this))
    , m_error(new ErrorBanner(this))
{
    m_proxy->setSourceModel(model);
    m_proxy->setFilterRole(AssistantListModel::SearchTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setPlaceholderText(tr("Filter assistants by name, number, language…"));
    m_filter->setClearButtonEnabled(true);
    m_list->setModel(m_proxy);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);
    // Long names and details are cut with '…' rather than scrolled sideways.
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setAlternatingRowColors(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_error);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);

    auto *copy = new QAction(tr("Copy Assistant ID"), m_list);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    m_list->addAction(copy);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(copy, &QAction::triggered, this, [this] {
        const QModelIndex index = m_list->currentIndex();
        if (index.isValid())
            QGuiApplication::clipboard()->setText(
                index.data(AssistantListModel::ModelIdRole).toString());
    });

    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_filter, &QLineEdit::textChanged, this, &AssistantListView::updateStatus);
    // Enter from the filter opens the only (or first) match.
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        if (m_proxy->rowCount() > 0)
            choose(m_proxy->index(0, 0));
    });
    connect(m_list, &QListView::activated, this, &AssistantListView::choose);
    connect(m_list, &QListView::clicked, this, &AssistantListView::choose);
    connect(m_error, &ErrorBanner::retryRequested, this, &AssistantListView::retryRequested);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AssistantListView::updateStatus);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AssistantListView::updateStatus);
    updateStatus();
}

void AssistantListView::choose(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid())
        return;
    m_list->setCurrentIndex(proxyIndex);
    emit assistantChosen(m_model->assistant(m_proxy->mapToSource(proxyIndex).row()));
}

void AssistantListView::setLoading(bool loading)
{
    m_loading = loading;
    if (loading)
        m_error->hide();
    updateStatus();
}

void AssistantListView::showError(const QString &message, bool canRetry)
{
    m_error->showError(message, canRetry);
}

void AssistantListView::hideError()
{
    m_error->hide();
}

void AssistantListView::selectModelId(const QString &modelId)
{
    const int row = m_model->rowOf(modelId);
    if (row >= 0)
        m_list->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
}

void AssistantListView::updateStatus()
{
    const int total = m_model->rowCount();
    QString text = m_proxy->rowCount() == total
        ? tr("%n assistant(s)", nullptr, total)
        : tr("%1 of %n assistant(s)", nullptr, total).arg(m_proxy->rowCount());
    if (m_loading)
        text += u' ' + tr("— loading more…");
    m_status->setText(text);
}
