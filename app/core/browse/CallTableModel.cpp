#include "browse/CallTableModel.h"

#include "format/CallFormatting.h"
#include "timing/TimestampFormat.h"

#include <algorithm>

CallTableModel::CallTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_yes(tr("Yes"))
    , m_no(tr("No"))
{ }

const QString &CallTableModel::shared(QHash<QString, QString> &cache, const QString &value)
{
    auto it = cache.find(value);
    if (it == cache.end())
        it = cache.insert(value, value);
    return it.value();
}

CallTableModel::Row CallTableModel::makeRow(const CallRecord &call)
{
    Row row;
    row.call = std::make_shared<const CallRecord>(call);
    auto direction = m_directionWords.find(call.campaignType);
    if (direction == m_directionWords.end())
        direction = m_directionWords.insert(call.campaignType,
                                            CallFormatting::direction(call.campaignType));
    row.direction = direction.value();
    auto reason = m_endReasonWords.find(call.endCallReason);
    if (reason == m_endReasonWords.end()) {
        reason = m_endReasonWords.insert(call.endCallReason,
                                         CallFormatting::endReason(call.endCallReason));
    }
    row.endReason = reason.value();
    row.duration = CallFormatting::duration(call.durationSeconds);
    row.preview = CallFormatting::callerPreview(call.turns);
    row.foldedDirection = shared(m_foldedStrings, row.direction.toCaseFolded());
    row.foldedEndReason = shared(m_foldedStrings, row.endReason.toCaseFolded());
    row.foldedFrom = call.phoneNumberFrom.toCaseFolded();
    row.foldedTo = call.phoneNumberTo.toCaseFolded();
    row.foldedName = call.name.trimmed().toCaseFolded();
    row.foldedPreview = row.preview.toCaseFolded();
    row.foldedCallId = call.callId.toCaseFolded();
    row.turnCount = int(call.turns.size());
    row.turns = QString::number(row.turnCount);
    row.hasRecording = !call.recordingUrl.trimmed().isEmpty();
    applyTiming(row);
    return row;
}

void CallTableModel::applyTiming(Row &row) const
{
    const auto it = m_timing.constFind(row.call->callId);
    row.p90Ms = std::numeric_limits<qint64>::min();
    row.bargeIns = -1;
    row.p90.clear();
    row.bargeInsText.clear();
    if (it == m_timing.cend())
        return;
    row.bargeIns = it->bargeIns;
    row.bargeInsText = QString::number(it->bargeIns);
    if (it->assistantP90Ms >= 0 || it->assistantP90Ms < -1) {
        row.p90Ms = it->assistantP90Ms;
        row.p90 = TimestampFormat::seconds(it->assistantP90Ms);
    }
}

void CallTableModel::setCallTiming(const QHash<QString, CallTimingIndex::Entry> &timing)
{
    m_timing = timing;
    if (m_rows.isEmpty())
        return;
    for (Row &row : m_rows)
        applyTiming(row);
    // The two columns' orders are rebuilt whole: a reload is rare, a page append is not.
    for (const int column : {int(P90LatencyColumn), int(BargeInsColumn)}) {
        QList<int> &order = m_order[column];
        order.clear();
        for (int row = 0; row < int(m_rows.size()); ++row)
            order.append(row);
        std::stable_sort(order.begin(), order.end(),
                         [this, column](int a, int b) { return lessThan(a, b, column); });
        for (int position = 0; position < int(order.size()); ++position)
            m_rank[column][order.at(position)] = position;
    }
    emit dataChanged(index(0, P90LatencyColumn), index(rowCount() - 1, BargeInsColumn));
}

void CallTableModel::appendCalls(const QList<CallRecord> &calls)
{
    if (calls.isEmpty())
        return;
    const qsizetype reasonsBefore = m_endReasonWords.size();
    QList<Row> rows;
    rows.reserve(calls.size());
    for (const CallRecord &call : calls)
        rows.append(makeRow(call));
    const int first = int(m_rows.size());
    beginInsertRows(QModelIndex(), first, first + int(rows.size()) - 1);
    m_rows.append(std::move(rows));
    insertIntoOrders(first); // before endInsertRows: a sorting proxy places the rows by rank
    endInsertRows();
    if (m_endReasonWords.size() != reasonsBefore)
        emit endReasonsChanged();
}

void CallTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    for (QList<int> &order : m_order)
        order.clear();
    for (QList<int> &rank : m_rank)
        rank.clear();
    m_endReasonWords.clear();
    m_directionWords.clear();
    m_foldedStrings.clear();
    m_moreAvailable = false; // m_timing stays: it is about calls, not this list
    m_loading = false;
    endResetModel();
    emit endReasonsChanged();
}

bool CallTableModel::rowContainsFolded(int row, const QString &foldedNeedle) const
{
    const Row &r = m_rows.at(row);
    for (const QString *text : {&r.foldedCallId, &r.foldedFrom, &r.foldedTo, &r.foldedName,
                                &r.foldedDirection, &r.foldedEndReason, &r.foldedPreview}) {
        if (text->contains(foldedNeedle))
            return true;
    }
    return false;
}

const QString *CallTableModel::foldedKey(const Row &row, int column) const
{
    switch (column) {
    case DirectionColumn:
        return &row.foldedDirection;
    case FromColumn:
        return &row.foldedFrom;
    case ToColumn:
        return &row.foldedTo;
    case NameColumn:
        return &row.foldedName;
    case EndReasonColumn:
        return &row.foldedEndReason;
    case PreviewColumn:
        return &row.foldedPreview;
    default:
        return nullptr;
    }
}

bool CallTableModel::lessThan(int leftRow, int rightRow, int column) const
{
    const Row &left = m_rows.at(leftRow);
    const Row &right = m_rows.at(rightRow);
    switch (column) {
    case DurationColumn:
        return left.call->durationSeconds < right.call->durationSeconds;
    case RecordingColumn:
        return left.hasRecording < right.hasRecording;
    case TurnsColumn:
        return left.turnCount < right.turnCount;
    case P90LatencyColumn:
        return left.p90Ms < right.p90Ms;
    case BargeInsColumn:
        return left.bargeIns < right.bargeIns;
    default:
        break;
    }
    const QString *l = foldedKey(left, column);
    const QString *r = foldedKey(right, column);
    return l && r && *l < *r;
}

void CallTableModel::insertIntoOrders(int firstNewRow)
{
    const int count = int(m_rows.size());
    for (int column = 0; column < ColumnCount; ++column) {
        QList<int> &order = m_order[column];
        order.reserve(count);
        // New rows come after every existing row, so after the existing rows with equal keys.
        for (int row = firstNewRow; row < count; ++row) {
            const auto at =
                std::upper_bound(order.begin(), order.end(), row,
                                 [this, column](int a, int b) { return lessThan(a, b, column); });
            order.insert(at, row);
        }
        QList<int> &rank = m_rank[column];
        rank.resize(count);
        for (int position = 0; position < count; ++position)
            rank[order.at(position)] = position;
    }
}

void CallTableModel::setMoreAvailable(bool more)
{
    m_moreAvailable = more;
}

void CallTableModel::setLoading(bool loading)
{
    m_loading = loading;
}

int CallTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CallTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CallTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const CallRecord &call = *row.call;
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case DirectionColumn:
            return row.direction;
        case FromColumn:
            return call.phoneNumberFrom;
        case ToColumn:
            return call.phoneNumberTo;
        case NameColumn:
            return call.name;
        case DurationColumn:
            return row.duration;
        case EndReasonColumn:
            return row.endReason;
        case RecordingColumn:
            return row.hasRecording ? m_yes : m_no;
        case TurnsColumn:
            return row.turns;
        case P90LatencyColumn:
            return row.p90;
        case BargeInsColumn:
            return row.bargeInsText;
        case PreviewColumn:
            return row.preview;
        }
        break;
    case SortRole:
        switch (column) {
        case DurationColumn:
            return call.durationSeconds;
        case RecordingColumn:
            return row.hasRecording;
        case TurnsColumn:
            return row.turnCount;
        case P90LatencyColumn:
            return row.p90Ms;
        case BargeInsColumn:
            return row.bargeIns;
        default:
            if (const QString *key = foldedKey(row, column))
                return *key;
        }
        break;
    case Qt::ToolTipRole:
        if (column == EndReasonColumn)
            return call.endCallReason;
        if (column == PreviewColumn)
            return row.preview;
        if (column == P90LatencyColumn)
            return tr("The assistant's response time, 90th percentile, measured on the "
                      "recording (empty until the call is aligned).");
        if (column == BargeInsColumn)
            return tr("Turns that started while the other party was still speaking, measured "
                      "on the recording (empty until the call is aligned).");
        return call.callId;
    case Qt::TextAlignmentRole:
        if (column == DurationColumn || column == TurnsColumn || column == P90LatencyColumn
            || column == BargeInsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case CallIdRole:
        return call.callId;
    case DurationSecondsRole:
        return call.durationSeconds;
    case EndReasonCodeRole:
        return call.endCallReason;
    case HasRecordingRole:
        return row.hasRecording;
    default:
        break;
    }
    return {};
}

QVariant CallTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DirectionColumn:
        return tr("Type");
    case FromColumn:
        return tr("From");
    case ToColumn:
        return tr("To");
    case NameColumn:
        return tr("Name");
    case DurationColumn:
        return tr("Duration");
    case EndReasonColumn:
        return tr("End reason");
    case RecordingColumn:
        return tr("Recording");
    case TurnsColumn:
        return tr("Turns");
    case P90LatencyColumn:
        return tr("P90 latency");
    case BargeInsColumn:
        return tr("Barge-ins");
    case PreviewColumn:
        return tr("Caller's first words");
    }
    return {};
}

bool CallTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_moreAvailable && !m_loading;
}

void CallTableModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        emit fetchMoreRequested();
}
