#include "browse/CallNavigator.h"

#include "browse/CallFilterProxyModel.h"
#include "browse/CallTableModel.h"

CallNavigator::CallNavigator(CallFilterProxyModel *proxy, QObject *parent)
    : QObject(parent)
    , m_proxy(proxy)
{
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &CallNavigator::onRowsInserted);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] { m_nextPending = false; });
}

void CallNavigator::open(int proxyRow)
{
    if (proxyRow < 0 || proxyRow >= m_proxy->rowCount() || !m_proxy->callModel())
        return;
    m_nextPending = false;
    m_current = m_proxy->index(proxyRow, 0);
    const int sourceRow = m_proxy->mapToSource(m_current).row();
    emit currentRowChanged(proxyRow);
    emit callRequested(m_proxy->callModel()->call(sourceRow));
}

int CallNavigator::currentRow() const
{
    return m_current.isValid() ? m_current.row() : -1;
}

bool CallNavigator::hasNext() const
{
    return currentRow() + 1 < m_proxy->rowCount() || m_proxy->canFetchMore(QModelIndex());
}

bool CallNavigator::hasPrevious() const
{
    return currentRow() > 0;
}

void CallNavigator::next()
{
    const int row = currentRow() + 1;
    if (row < m_proxy->rowCount())
        return open(row);
    if (m_proxy->canFetchMore(QModelIndex())) {
        m_nextPending = true;
        m_proxy->fetchMore(QModelIndex());
    }
}

void CallNavigator::previous()
{
    if (hasPrevious())
        open(currentRow() - 1);
}

void CallNavigator::onRowsInserted()
{
    if (m_nextPending && currentRow() + 1 < m_proxy->rowCount())
        next();
}
