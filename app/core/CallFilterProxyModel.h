#pragma once

#include "CallFilter.h"

#include <QSortFilterProxyModel>

class CallTableModel;

// Sorts and filters a CallTableModel locally. Sorting compares the keys the model prepared at
// insert time (numbers for durations, turns and recording; folded text otherwise), so sorting
// 10,000 rows does not go through a QVariant per comparison.
class CallFilterProxyModel : public QSortFilterProxyModel {
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
