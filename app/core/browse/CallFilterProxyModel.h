#pragma once

#include "browse/CallFilter.h"

#include <QSortFilterProxyModel>

class CallTableModel;

// Sorts and filters a CallTableModel locally. Sorting compares the keys the model prepared at
// insert time (numbers for durations, turns and recording; folded text otherwise: what
// SortRole returns), through ranks the model keeps per column: two ints per comparison, never
// a QVariant, so 10,000 rows sort within a frame.
class CallFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CallFilterProxyModel(QObject *parent = nullptr);

    void setCallModel(CallTableModel *model);
    CallTableModel *callModel() const { return m_calls; }

    void setFilter(const CallFilter &filter);
    const CallFilter &filter() const { return m_filter; }

    // Source rows of the visible calls, in view order.
    QList<int> visibleSourceRows() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    CallTableModel *m_calls = nullptr;
    CallFilter m_filter;
    QString m_foldedText;
};
