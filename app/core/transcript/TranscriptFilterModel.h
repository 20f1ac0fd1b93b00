#pragma once

#include "model/Turn.h"

#include <QAbstractProxyModel>

#include <optional>
#include <vector>

// Shows the turns of one speaker only (or all). Unlike QSortFilterProxyModel, a filter change
// is one model reset: on 50,000 turns that is one relayout instead of thousands of row
// removals. Flat lists only.
class TranscriptFilterModel : public QAbstractProxyModel
{
    Q_OBJECT

public:
    explicit TranscriptFilterModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *source) override;
    void setSpeakerFilter(std::optional<Speaker> speaker);
    std::optional<Speaker> speakerFilter() const { return m_speaker; }
    // mapToSource for a row, without creating indexes (for loops over every row).
    int sourceRow(int row) const { return m_speaker ? m_rows[size_t(row)] : row; }

    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column,
                      const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &idx) const override;

private:
    void rebuild(); // between begin/endResetModel
    void resetFromSource();
    void forwardDataChanged(int firstRow, int lastRow, const QList<int> &roles);

    std::optional<Speaker> m_speaker;
    std::vector<int> m_rows; // source rows shown, ascending; unused when not filtering
    QList<QMetaObject::Connection> m_connections;
};
