#include "transcript/TranscriptView.h"

#include "transcript/TranscriptDelegate.h"
#include "transcript/TranscriptModel.h"

#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>

#include <algorithm>

TranscriptView::TranscriptView(QWidget *parent)
    : QAbstractItemView(parent)
{
    setVerticalScrollMode(ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSelectionBehavior(SelectRows);
    setSelectionMode(ExtendedSelection);
    setEditTriggers(NoEditTriggers);
    setTranscriptDelegate(new TranscriptDelegate(this));
    setMouseTracking(true);
}

void TranscriptView::setTranscriptDelegate(TranscriptDelegate *delegate)
{
    m_delegate = delegate;
    setItemDelegate(delegate);
    rebuildRows();
}

void TranscriptView::setTextLengthFunction(std::function<int(int)> length)
{
    m_textLength = std::move(length);
    rebuildRows();
}

void TranscriptView::setModel(QAbstractItemModel *model)
{
    if (this->model())
        disconnect(this->model(), nullptr, this, nullptr);
    QAbstractItemView::setModel(model);
    if (model) {
        connect(model, &QAbstractItemModel::rowsRemoved, this, [this] { rebuildRows(); });
        connect(model, &QAbstractItemModel::rowsMoved, this, [this] { rebuildRows(); });
        connect(model, &QAbstractItemModel::layoutChanged, this, [this] { m_rowsStale = true; });
    }
    rebuildRows();
}

void TranscriptView::reset()
{
    QAbstractItemView::reset();
    rebuildRows();
}

void TranscriptView::doItemsLayout()
{
    rebuildRows();
    QAbstractItemView::doItemsLayout();
}

void TranscriptView::rowsInserted(const QModelIndex &parent, int start, int end)
{
    QAbstractItemView::rowsInserted(parent, start, end);
    rebuildRows();
}

void TranscriptView::dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                 const QList<int> &roles)
{
    QAbstractItemView::dataChanged(topLeft, bottomRight, roles);
    // The spoken turn's outline changes no text and no height: the repaint the base class
    // asked for is enough (a position tick must not re-estimate 50,000 rows).
    if (roles.size() == 1 && roles.constFirst() == TranscriptModel::CurrentTurnRole)
        return;
    if (m_delegate)
        m_delegate->clearCache();
    rebuildRows();
}

void TranscriptView::changeEvent(QEvent *event)
{
    QAbstractItemView::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        if (m_delegate)
            m_delegate->clearCache();
        reestimate();
    }
}

QModelIndex TranscriptView::indexForRow(int row) const
{
    return model() ? model()->index(row, 0, rootIndex()) : QModelIndex();
}

void TranscriptView::rebuildRows()
{
    const int rows = model() ? model()->rowCount(rootIndex()) : 0;
    m_lengths.resize(size_t(rows));
    for (int row = 0; row < rows; ++row) {
        m_lengths[size_t(row)] = m_textLength
            ? m_textLength(row)
            : int(indexForRow(row).data(Qt::DisplayRole).toString().size());
    }
    m_layoutWidth = viewport()->width();
    estimateAll();
    updateGeometries();
    viewport()->update();
}

void TranscriptView::estimateAll()
{
    m_heights.resize(m_lengths.size());
    m_measured.assign(m_lengths.size(), 0);
    if (m_delegate) {
        const TranscriptDelegate::HeightEstimate estimate =
            m_delegate->heightEstimate(m_layoutWidth, font());
        for (size_t row = 0; row < m_lengths.size(); ++row)
            m_heights[row] = estimate(m_lengths[row]);
    } else {
        std::fill(m_heights.begin(), m_heights.end(), fontMetrics().height());
    }
    m_offsetsDirty = true;
}

void TranscriptView::reestimate()
{
    const int top = rowAtContentY(verticalOffset());
    const qint64 intoTop = top >= 0 ? verticalOffset() - rowTop(top) : 0;
    const qreal fraction = top >= 0 ? qreal(intoTop) / qMax(1, m_heights[size_t(top)]) : 0;
    m_layoutWidth = viewport()->width();
    estimateAll();
    updateGeometries();
    if (top >= 0) {
        measure(top);
        setScrollValueSilently(rowTop(top) + qint64(fraction * m_heights[size_t(top)]));
    }
    viewport()->update();
}

bool TranscriptView::measure(int row)
{
    if (m_measured[size_t(row)])
        return false;
    m_measured[size_t(row)] = 1;
    // Only the width matters for a size: no need for the row's position (and the offsets).
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    option.rect = QRect(0, 0, viewport()->width(), 0);
    const int height = itemDelegate()->sizeHint(option, indexForRow(row)).height();
    if (height == m_heights[size_t(row)])
        return false;
    m_heights[size_t(row)] = height;
    m_offsetsDirty = true;
    return true;
}

void TranscriptView::ensureOffsets() const
{
    if (!m_offsetsDirty)
        return;
    m_offsets.resize(m_heights.size() + 1);
    qint64 y = 0;
    for (size_t row = 0; row < m_heights.size(); ++row) {
        m_offsets[row] = y;
        y += m_heights[row];
    }
    m_offsets[m_heights.size()] = y;
    m_offsetsDirty = false;
}

qint64 TranscriptView::rowTop(int row) const
{
    ensureOffsets();
    return m_offsets[size_t(row)];
}

qint64 TranscriptView::contentHeight() const
{
    ensureOffsets();
    return m_offsets.empty() ? 0 : m_offsets.back();
}

int TranscriptView::rowAtContentY(qint64 y) const
{
    if (m_heights.empty() || y < 0)
        return -1;
    ensureOffsets();
    if (y >= m_offsets.back())
        return -1;
    const auto it = std::upper_bound(m_offsets.begin(), m_offsets.end() - 1, y);
    return int(it - m_offsets.begin()) - 1;
}

void TranscriptView::setScrollValueSilently(qint64 value)
{
    QScrollBar *bar = verticalScrollBar();
    const QSignalBlocker blocker(bar);
    bar->setValue(int(std::clamp<qint64>(value, 0, bar->maximum())));
}

void TranscriptView::measureViewport()
{
    if (m_heights.empty())
        return;
    // A few rounds: measuring can shrink the content so that more rows come into view.
    for (int round = 0; round < 4; ++round) {
        const qint64 top = verticalOffset();
        const int anchor = rowAtContentY(top);
        if (anchor < 0)
            return;
        const qint64 intoAnchor = top - rowTop(anchor);
        bool changed = false;
        qint64 y = rowTop(anchor);
        for (int row = anchor; row < rowCount() && y < top + viewport()->height(); ++row) {
            changed |= measure(row);
            y += m_heights[size_t(row)];
        }
        if (!changed)
            return;
        updateGeometries();
        setScrollValueSilently(rowTop(anchor) + intoAnchor);
    }
}

QStyleOptionViewItem TranscriptView::rowOption(int row) const
{
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    const qint64 top = row < rowCount() ? rowTop(row) - verticalOffset() : 0;
    const int height = row < rowCount() ? m_heights[size_t(row)] : 0;
    option.rect = QRect(0, int(top), viewport()->width(), height);
    return option;
}

int TranscriptView::measuredRows() const
{
    return int(std::count(m_measured.begin(), m_measured.end(), 1));
}

void TranscriptView::paintEvent(QPaintEvent *event)
{
    if (viewport()->width() != m_layoutWidth)
        reestimate();
    measureViewport();
    QPainter painter(viewport());
    const QRect area = event->rect();
    int row = rowAtContentY(verticalOffset() + area.top());
    if (row < 0)
        return;
    const QModelIndex current = currentIndex();
    for (; row < rowCount(); ++row) {
        QStyleOptionViewItem option = rowOption(row);
        if (option.rect.top() > area.bottom())
            break;
        const QModelIndex index = indexForRow(row);
        if (selectionModel() && selectionModel()->isSelected(index))
            option.state |= QStyle::State_Selected;
        if (index == current && hasFocus())
            option.state |= QStyle::State_HasFocus;
        itemDelegate()->paint(&painter, option, index);
    }
}

void TranscriptView::resizeEvent(QResizeEvent *event)
{
    QAbstractItemView::resizeEvent(event);
    if (viewport()->width() != m_layoutWidth)
        reestimate();
    else
        updateGeometries();
}

void TranscriptView::scrollContentsBy(int, int)
{
    viewport()->update();
}

void TranscriptView::updateGeometries()
{
    QScrollBar *bar = verticalScrollBar();
    const int viewportHeight = viewport()->height();
    bar->setRange(0, int(std::max<qint64>(0, contentHeight() - viewportHeight)));
    bar->setPageStep(viewportHeight);
    bar->setSingleStep(qMax(1, fontMetrics().height() * 2));
    QAbstractItemView::updateGeometries();
}

int TranscriptView::verticalOffset() const
{
    return verticalScrollBar()->value();
}

QRect TranscriptView::visualRect(const QModelIndex &index) const
{
    if (!index.isValid() || index.parent() != rootIndex() || index.row() >= rowCount())
        return {};
    return rowOption(index.row()).rect;
}

QModelIndex TranscriptView::indexAt(const QPoint &point) const
{
    return indexForRow(rowAtContentY(verticalOffset() + point.y()));
}

void TranscriptView::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    if (!index.isValid() || index.row() >= rowCount())
        return;
    const int row = index.row();
    const int viewportHeight = viewport()->height();
    measure(row);
    const qint64 top = rowTop(row);
    const int height = m_heights[size_t(row)];
    const qint64 current = verticalOffset();
    if (hint == EnsureVisible) {
        if (top < current)
            hint = PositionAtTop;
        else if (top + height > current + viewportHeight)
            hint = height > viewportHeight ? PositionAtTop : PositionAtBottom;
        else
            return;
    }
    if (hint == PositionAtBottom || hint == PositionAtCenter) {
        // Measure the rows above that will be on screen, so they are not estimates.
        const int space =
            hint == PositionAtBottom ? viewportHeight - height : (viewportHeight - height) / 2;
        int filled = 0;
        for (int above = row - 1; above >= 0 && filled < space; --above) {
            measure(above);
            filled += m_heights[size_t(above)];
        }
    }
    updateGeometries();
    qint64 value = rowTop(row);
    if (hint == PositionAtBottom)
        value = rowTop(row) + height - viewportHeight;
    else if (hint == PositionAtCenter)
        value = rowTop(row) - (viewportHeight - height) / 2;
    verticalScrollBar()->setValue(
        int(std::clamp<qint64>(value, 0, verticalScrollBar()->maximum())));
    viewport()->update();
}

QModelIndex TranscriptView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers)
{
    if (rowCount() == 0)
        return {};
    const int current = currentIndex().isValid() ? currentIndex().row() : -1;
    const int page = qMax(1, viewport()->height());
    switch (cursorAction) {
    case MoveUp:
    case MovePrevious:
        return indexForRow(qMax(0, current - 1));
    case MoveDown:
    case MoveNext:
        return indexForRow(qMin(rowCount() - 1, current + 1));
    case MoveHome:
        return indexForRow(0);
    case MoveEnd:
        return indexForRow(rowCount() - 1);
    case MovePageUp: {
        const int row = rowAtContentY(std::max<qint64>(0, rowTop(qMax(0, current)) - page));
        return indexForRow(row < 0 ? 0 : row);
    }
    case MovePageDown: {
        const int row = rowAtContentY(rowTop(qMax(0, current)) + page);
        return indexForRow(row < 0 ? rowCount() - 1 : row);
    }
    case MoveLeft:
    case MoveRight:
        break;
    }
    return currentIndex();
}

void TranscriptView::setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags command)
{
    if (!selectionModel() || rowCount() == 0)
        return;
    const QRect normalized = rect.normalized();
    int first = rowAtContentY(verticalOffset() + normalized.top());
    int last = rowAtContentY(verticalOffset() + normalized.bottom());
    if (first < 0 && last < 0)
        return;
    if (first < 0)
        first = 0;
    if (last < 0)
        last = rowCount() - 1;
    selectionModel()->select(QItemSelection(indexForRow(first), indexForRow(last)), command);
}

QRegion TranscriptView::visualRegionForSelection(const QItemSelection &selection) const
{
    QRegion region;
    const int firstVisible = qMax(0, rowAtContentY(verticalOffset()));
    int lastVisible = rowAtContentY(verticalOffset() + viewport()->height());
    if (lastVisible < 0)
        lastVisible = rowCount() - 1;
    for (const QItemSelectionRange &range : selection) {
        if (range.parent() != rootIndex())
            continue;
        const int top = qMax(range.top(), firstVisible);
        const int bottom = qMin(range.bottom(), lastVisible);
        for (int row = top; row <= bottom; ++row)
            region += rowOption(row).rect;
    }
    return region;
}
