#include "transcript/TranscriptFilterModel.h"

#include "transcript/TranscriptModel.h"

#include <algorithm>

TranscriptFilterModel::TranscriptFilterModel(QObject *parent)
    : QAbstractProxyModel(parent)
{ }

void TranscriptFilterModel::setSourceModel(QAbstractItemModel *source)
{
    beginResetModel();
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    QAbstractProxyModel::setSourceModel(source);
    if (source) {
        // Any structural change of the source is a reset here: the transcript is replaced
        // whole, never edited row by row.
        const auto reset = [this] { resetFromSource(); };
        m_connections = {
            connect(source, &QAbstractItemModel::modelReset, this, reset),
            connect(source, &QAbstractItemModel::rowsInserted, this, reset),
            connect(source, &QAbstractItemModel::rowsRemoved, this, reset),
            connect(source, &QAbstractItemModel::rowsMoved, this, reset),
            connect(source, &QAbstractItemModel::layoutChanged, this, reset),
            connect(
                source, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &first, const QModelIndex &last, const QList<int> &roles) {
                    // Roles other than the speaker (review flags) keep the rows: forward
                    // them, so the view keeps its place and selection.
                    if (!roles.isEmpty() && !roles.contains(TranscriptModel::SpeakerRole))
                        return forwardDataChanged(first.row(), last.row(), roles);
                    // Rare (no editing); a speaker may have changed, so refilter.
                    resetFromSource();
                }),
        };
    }
    rebuild();
    endResetModel();
}

void TranscriptFilterModel::setSpeakerFilter(std::optional<Speaker> speaker)
{
    if (speaker == m_speaker)
        return;
    beginResetModel();
    m_speaker = speaker;
    rebuild();
    endResetModel();
}

void TranscriptFilterModel::resetFromSource()
{
    beginResetModel();
    rebuild();
    endResetModel();
}

void TranscriptFilterModel::rebuild()
{
    m_rows.clear();
    const QAbstractItemModel *source = sourceModel();
    if (!source || !m_speaker)
        return;
    const int rows = source->rowCount();
    const auto *transcript = qobject_cast<const TranscriptModel *>(source);
    for (int row = 0; row < rows; ++row) {
        // Read the turns directly when we can: 50,000 data() calls cost more than the filter.
        const Speaker speaker = transcript
            ? transcript->turns().at(row).speaker
            : Speaker(source->index(row, 0).data(TranscriptModel::SpeakerRole).toInt());
        if (speaker == *m_speaker)
            m_rows.push_back(row);
    }
}

QModelIndex TranscriptFilterModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !sourceModel())
        return {};
    const int row = m_speaker ? m_rows[size_t(proxyIndex.row())] : proxyIndex.row();
    return sourceModel()->index(row, proxyIndex.column());
}

QModelIndex TranscriptFilterModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != sourceModel())
        return {};
    if (!m_speaker)
        return index(sourceIndex.row(), sourceIndex.column());
    const auto it = std::lower_bound(m_rows.begin(), m_rows.end(), sourceIndex.row());
    if (it == m_rows.end() || *it != sourceIndex.row())
        return {};
    return index(int(it - m_rows.begin()), sourceIndex.column());
}

QModelIndex TranscriptFilterModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex TranscriptFilterModel::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex TranscriptFilterModel::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

int TranscriptFilterModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !sourceModel())
        return 0;
    return m_speaker ? int(m_rows.size()) : sourceModel()->rowCount();
}

int TranscriptFilterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->columnCount();
}

void TranscriptFilterModel::forwardDataChanged(int firstRow, int lastRow, const QList<int> &roles)
{
    // One signal per run of consecutive shown rows, not one per row: the times of a 50,000-turn
    // call arrive as one change, and the view re-estimates once, not 50,000 times.
    QModelIndex runFirst;
    QModelIndex runLast;
    for (int row = firstRow; row <= lastRow; ++row) {
        const QModelIndex shown = mapFromSource(sourceModel()->index(row, 0));
        if (!shown.isValid())
            continue;
        if (runLast.isValid() && shown.row() == runLast.row() + 1) {
            runLast = shown;
            continue;
        }
        if (runFirst.isValid())
            emit dataChanged(runFirst, runLast, roles);
        runFirst = shown;
        runLast = shown;
    }
    if (runFirst.isValid())
        emit dataChanged(runFirst, runLast, roles);
}
