#include "browse/CallTableDelegate.h"

#include <QApplication>
#include <QPainter>

void CallTableDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    const QPalette::ColorGroup group = !(option.state & QStyle::State_Enabled) ? QPalette::Disabled
        : (option.state & QStyle::State_Active)                                ? QPalette::Normal
                                                                               : QPalette::Inactive;
    const bool selected = option.state & QStyle::State_Selected;
    if (selected)
        painter->fillRect(option.rect, option.palette.brush(group, QPalette::Highlight));
    else if (option.features & QStyleOptionViewItem::Alternate)
        painter->fillRect(option.rect, option.palette.brush(group, QPalette::AlternateBase));

    const QVariant value = index.data(Qt::DisplayRole);
    if (value.isValid()) {
        const QVariant alignment = index.data(Qt::TextAlignmentRole);
        const int flags = Qt::TextSingleLine
            | (alignment.isValid() ? alignment.toInt() : int(Qt::AlignLeft | Qt::AlignVCenter));
        const int margin = option.widget ? option.widget->style()->pixelMetric(
                                               QStyle::PM_FocusFrameHMargin, &option, option.widget)
                + 1
                                         : 3;
        painter->setPen(
            option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
        const QRect textRect = option.rect.adjusted(margin, 0, -margin, 0);
        QString text = value.toString();
        // Cut what does not fit with '…'; measured only when it might not fit, and never more
        // characters than the cell could show even if all were as narrow as '.'.
        const QFontMetrics &metrics = option.fontMetrics;
        if (text.size() * metrics.maxWidth() > textRect.width()) {
            const int narrowest = qMax(1, metrics.horizontalAdvance(u'.'));
            const qsizetype visible = textRect.width() / narrowest + 2;
            if (text.size() > visible)
                text.truncate(visible);
            text = metrics.elidedText(text, Qt::ElideRight, textRect.width());
        }
        painter->drawText(textRect, flags, text);
    }

    if (option.state & QStyle::State_HasFocus) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(option);
        focus.backgroundColor =
            option.palette.color(group, selected ? QPalette::Highlight : QPalette::Window);
        const QStyle *style = option.widget ? option.widget->style() : QApplication::style();
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, option.widget);
    }
}
