#include "browse/CallFilterProxyModel.h"

#include "browse/CallTableModel.h"

CallFilterProxyModel::CallFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(CallTableModel::SortRole);
    setDynamicSortFilter(true);
}

void CallFilterProxyModel::setCallModel(CallTableModel *model)
{
    m_calls = model;
    setSourceModel(model);
}

void CallFilterProxyModel::setFilter(const CallFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    m_foldedText = filter.text.trimmed().toCaseFolded();
    // A whole new mapping (one layoutChanged) rather than invalidateFilter(), which inserts
    // and removes the changed rows range by range: thousands of signals with 10,000 rows.
    invalidate();
}

QList<int> CallFilterProxyModel::visibleSourceRows() const
{
    QList<int> rows;
    const int count = rowCount();
    rows.reserve(count);
    for (int row = 0; row < count; ++row)
        rows.append(mapToSource(index(row, 0)).row());
    return rows;
}

bool CallFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_calls || sourceParent.isValid())
        return true;
    if (!m_filter.endReason.isEmpty() && m_calls->endReasonCode(sourceRow) != m_filter.endReason)
        return false;
    const qint64 seconds = m_calls->durationSeconds(sourceRow);
    if (m_filter.minSeconds >= 0 && seconds < m_filter.minSeconds)
        return false;
    if (m_filter.maxSeconds >= 0 && seconds > m_filter.maxSeconds)
        return false;
    if (m_filter.recording != CallFilter::Recording::Any
        && m_calls->hasRecording(sourceRow) != (m_filter.recording == CallFilter::Recording::With))
        return false;
    return m_foldedText.isEmpty() || m_calls->rowContainsFolded(sourceRow, m_foldedText);
}

bool CallFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_calls || left.model() != m_calls)
        return QSortFilterProxyModel::lessThan(left, right);
    return m_calls->rank(left.column(), left.row()) < m_calls->rank(right.column(), right.row());
}
