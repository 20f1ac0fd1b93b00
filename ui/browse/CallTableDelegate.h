#pragma once

#include <QStyledItemDelegate>

// Paints a call table cell with one drawText: background (selection, alternate rows), the
// model's display string (cut with '…' only when it is too wide), a focus frame. The style's
// generic item painting lays out every cell with a QTextLayout, which with ~400 visible cells
// costs most of a 16 ms frame; a table of short single-line values does not need it.
class CallTableDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};
