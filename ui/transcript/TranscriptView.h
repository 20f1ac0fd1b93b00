#pragma once

#include <QAbstractItemView>

#include <functional>
#include <vector>

class TranscriptDelegate;

// A list view for chat bubbles of very different heights that stays fast on 50,000 turns.
//
// QListView asks the delegate for the size of every row on each relayout (model reset, resize):
// 0.7 s for 50,000 laid-out turns. This view instead keeps one height per row: an estimate from
// the text's length until the row is first shown, then its measured height. Only rows that
// reach the screen are laid out; the row at the top of the viewport stays put when rows get
// measured or the width changes, so nothing jumps. Model, delegate and selection model are the
// standard ones.
class TranscriptView : public QAbstractItemView
{
    Q_OBJECT

public:
    explicit TranscriptView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    void setTranscriptDelegate(TranscriptDelegate *delegate);
    // The length of a row's text, for height estimates. Without it the view reads DisplayRole
    // of every row, which costs more than the whole rest of a 50,000-row reset.
    void setTextLengthFunction(std::function<int(int row)> length);
    TranscriptDelegate *transcriptDelegate() const { return m_delegate; }

    QRect visualRect(const QModelIndex &index) const override;
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;
    QModelIndex indexAt(const QPoint &point) const override;
    void reset() override;
    void doItemsLayout() override;

    // The option a row is painted with (rect in viewport coordinates).
    QStyleOptionViewItem rowOption(int row) const;
    int measuredRows() const; // for tests and the benchmark
    qint64 contentHeight() const;

protected:
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    int horizontalOffset() const override { return 0; }
    int verticalOffset() const override;
    bool isIndexHidden(const QModelIndex &) const override { return false; }
    void setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags command) override;
    QRegion visualRegionForSelection(const QItemSelection &selection) const override;
    void updateGeometries() override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void rowsInserted(const QModelIndex &parent, int start, int end) override;
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                     const QList<int> &roles = QList<int>()) override;
    void changeEvent(QEvent *event) override;

private:
    int rowCount() const { return int(m_heights.size()); }
    void rebuildRows(); // estimates every row from its text length
    void reestimate(); // after a width or font change, keeping the top row in place
    void estimateAll(); // heights of every row from its text length
    bool measure(int row); // lays the row out; true when its height changed
    void measureViewport(); // measures what is on screen, anchored at the top row
    void ensureOffsets() const;
    int rowAtContentY(qint64 y) const;
    qint64 rowTop(int row) const;
    void setScrollValueSilently(qint64 value);
    QModelIndex indexForRow(int row) const;

    TranscriptDelegate *m_delegate = nullptr;
    std::function<int(int)> m_textLength;
    std::vector<int> m_heights;
    std::vector<int> m_lengths;
    std::vector<char> m_measured;
    mutable std::vector<qint64> m_offsets; // m_offsets[r] = top of row r; size rows + 1
    mutable bool m_offsetsDirty = true;
    int m_layoutWidth = -1;
    bool m_rowsStale = false; // the model's layout changed: rebuild on the next layout
};
