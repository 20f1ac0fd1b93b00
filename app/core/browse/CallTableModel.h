#pragma once

#include "model/CallRecord.h"
#include "timing/CallTimingIndex.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QString>

#include <array>
#include <limits>
#include <memory>

// The calls of one assistant, one row per call, for the browse table. Pages are appended as
// they arrive. Each row keeps the shared CallRecord (opening a call needs no second request)
// plus what the table shows, prepared once at insert time: display strings, folded sort keys,
// the one-line preview. data() only hands out stored values, so painting and sorting
// allocate nothing per cell.
//
// Lazy paging: canFetchMore() is true while more pages exist and none is loading; fetchMore()
// emits fetchMoreRequested for whoever owns the list service.
class CallTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        DirectionColumn,
        FromColumn,
        ToColumn,
        NameColumn,
        DurationColumn,
        EndReasonColumn,
        RecordingColumn,
        TurnsColumn,
        P90LatencyColumn, // the assistant's, from CallTimingIndex once the call was aligned
        BargeInsColumn, // by either side, likewise
        PreviewColumn,
        ColumnCount
    };

    enum Role {
        SortRole = Qt::UserRole + 1, // numbers for numeric columns, folded text otherwise
        CallIdRole,
        DurationSecondsRole,
        EndReasonCodeRole,
        HasRecordingRole,
    };

    explicit CallTableModel(QObject *parent = nullptr);

    void appendCalls(const QList<CallRecord> &calls);
    void clear();
    // What is known of each call's timing (CallTimingIndex::load()): rows already listed and
    // those appended later show it; a call without an entry shows empty cells.
    void setCallTiming(const QHash<QString, CallTimingIndex::Entry> &timing);

    const CallRecord &call(int row) const { return *m_rows.at(row).call; }
    std::shared_ptr<const CallRecord> sharedCall(int row) const { return m_rows.at(row).call; }
    qint64 durationSeconds(int row) const { return m_rows.at(row).call->durationSeconds; }
    bool hasRecording(int row) const { return m_rows.at(row).hasRecording; }
    const QString &endReasonCode(int row) const { return m_rows.at(row).call->endCallReason; }
    // Case-folded text of every text column and the call ID, for the text filter.
    bool rowContainsFolded(int row, const QString &foldedNeedle) const;
    // Compares two rows on a column with the precomputed keys (what SortRole returns).
    bool lessThan(int leftRow, int rightRow, int column) const;
    // The row's position when all rows are ordered by (key on column, row). Kept up to date as
    // pages arrive, so a sort compares two ints from one small array instead of reaching into
    // two rows' strings per comparison: sorting 10,000 rows stays within a frame.
    int rank(int column, int row) const { return m_rank[column].at(row); }

    // End reasons seen so far: code -> words, for the filter's choices.
    const QHash<QString, QString> &endReasons() const { return m_endReasonWords; }

    void setMoreAvailable(bool more);
    void setLoading(bool loading);
    bool isLoading() const { return m_loading; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void fetchMoreRequested();
    void endReasonsChanged();

private:
    struct Row
    {
        std::shared_ptr<const CallRecord> call;
        QString direction; // words, shared between rows with the same campaign type
        QString duration; // "1:06"
        QString endReason; // words, shared between rows with the same code
        QString preview;
        QString turns; // the count as text: painting formats nothing
        // Folded sort/filter keys of the text columns.
        QString foldedDirection;
        QString foldedFrom;
        QString foldedTo;
        QString foldedName;
        QString foldedEndReason;
        QString foldedPreview;
        QString foldedCallId;
        int turnCount = 0;
        bool hasRecording = false;
        // From the call index; the sort keys of unknown calls come first.
        qint64 p90Ms = std::numeric_limits<qint64>::min();
        int bargeIns = -1;
        QString p90; // "1.2 s"; empty when unknown
        QString bargeInsText; // empty when unknown
    };

    Row makeRow(const CallRecord &call);
    void applyTiming(Row &row) const;
    const QString &shared(QHash<QString, QString> &cache, const QString &value);
    const QString *foldedKey(const Row &row, int column) const;
    void insertIntoOrders(int firstNewRow);

    QList<Row> m_rows;
    std::array<QList<int>, ColumnCount> m_order; // rows ordered by (key, row), per column
    std::array<QList<int>, ColumnCount> m_rank; // inverse of m_order
    QHash<QString, QString> m_endReasonWords; // code -> words
    QHash<QString, QString> m_directionWords; // campaign type -> words
    QHash<QString, QString> m_foldedStrings; // folded words, shared
    QHash<QString, CallTimingIndex::Entry> m_timing; // call ID -> timing
    QString m_yes;
    QString m_no;
    bool m_moreAvailable = false;
    bool m_loading = false;
};
