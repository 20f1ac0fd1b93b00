#include "transcript/TranscriptDelegate.h"

#include "format/CallFormatting.h"
#include "review/ReviewFlagsProxyModel.h"
#include "timing/TimestampFormat.h"
#include "transcript/BubblePalette.h"
#include "transcript/TranscriptModel.h"
#include "transcript/TranscriptSearch.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <cmath>

TranscriptDelegate::TranscriptDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

int TranscriptDelegate::turnIndex(const QModelIndex &index)
{
    const QVariant number = index.data(TranscriptModel::TurnNumberRole);
    return number.isValid() ? number.toInt() - 1 : index.row();
}

TranscriptDelegate::Fonts TranscriptDelegate::fontsFor(const QFont &base)
{
    Fonts fonts{base, base, base};
    fonts.label.setBold(true);
    if (base.pointSizeF() > 0)
        fonts.number.setPointSizeF(base.pointSizeF() * 0.85);
    else
        fonts.number.setPixelSize(qMax(8, int(base.pixelSize() * 0.85)));
    return fonts;
}

QString TranscriptDelegate::flagText(const QModelIndex &index)
{
    const int count = index.data(ReviewFlagsProxyModel::FlagCountRole).toInt();
    if (count <= 0)
        return {};
    const QStringList categories =
        index.data(ReviewFlagsProxyModel::FlagCategoriesRole).toStringList();
    return tr("%n flag(s)", nullptr, count) + u" · " + categories.join(u" · ");
}

QString TranscriptDelegate::timeText(const QModelIndex &index)
{
    const QVariant start = index.data(TranscriptModel::StartMsRole);
    if (!start.isValid())
        return {};
    const bool approximate =
        index.data(TranscriptModel::TimingConfidenceRole).toDouble() < lowConfidence;
    return (approximate ? QStringLiteral("~") : QString())
        + TimestampFormat::clock(start.toLongLong());
}

QString TranscriptDelegate::timeToolTip(const QModelIndex &index)
{
    const QVariant start = index.data(TranscriptModel::StartMsRole);
    if (!start.isValid())
        return {};
    const QString clock = TimestampFormat::clock(start.toLongLong());
    if (index.data(TranscriptModel::TimingConfidenceRole).toDouble() < lowConfidence)
        return tr("About %1 (approximate: the recording does not separate this turn clearly). "
                  "Click to play from here.")
            .arg(clock);
    return tr("Starts at %1 in the recording. Click to play from here (Enter).").arg(clock);
}

int TranscriptDelegate::textWidthFor(int rowWidth)
{
    const int available = rowWidth - 2 * sideMargin;
    const int bubble = int(available * maxBubbleFraction);
    return qMax(minTextWidth, bubble - 2 * paddingX);
}

BubbleLayout TranscriptDelegate::layout(const QStyleOptionViewItem &option,
                                        const QModelIndex &index) const
{
    const Fonts fonts = fontsFor(option.font);
    const QFontMetrics labelMetrics(fonts.label);
    const QFontMetrics numberMetrics(fonts.number);
    const QString speakerName = index.data(TranscriptModel::SpeakerNameRole).toString();
    const QString number = QString::number(turnIndex(index) + 1);
    const auto speaker = Speaker(index.data(TranscriptModel::SpeakerRole).toInt());

    const int rowWidth = option.rect.width();
    const int maxTextWidth = textWidthFor(rowWidth);
    const TextLayoutCache::Entry &text = m_layouts.get(
        turnIndex(index), index.data(Qt::DisplayRole).toString(), maxTextWidth, fonts.text);

    const int labelWidth = labelMetrics.horizontalAdvance(speakerName);
    const QString time = timeText(index);
    // The time sits before the number, so the number keeps its place at the bubble's end.
    const int timeWidth =
        time.isEmpty() ? 0 : numberMetrics.horizontalAdvance(time) + labelNumberGap / 2;
    const int numberWidth = numberMetrics.horizontalAdvance(number) + timeWidth;
    const int labelHeight = labelMetrics.height();
    const int contentWidth =
        qMin(qMax(text.size.width(), labelWidth + labelNumberGap + numberWidth),
             qMax(maxTextWidth, labelWidth + labelNumberGap + numberWidth));
    const QString flags = flagText(index);
    const int flagLineHeight = flags.isEmpty() ? 0 : numberMetrics.height();
    const int markerWidth = flagLineHeight; // a square marker, as tall as the line
    const int flagsWidth =
        flags.isEmpty() ? 0 : markerWidth + labelGap + numberMetrics.horizontalAdvance(flags);
    const int wanted = qMax(contentWidth, qMin(flagsWidth, qMax(maxTextWidth, contentWidth)));
    const int bubbleWidth = qMin(wanted + 2 * paddingX, qMax(1, rowWidth - 2 * sideMargin));
    const int bubbleHeight = paddingY + labelHeight + labelGap + text.size.height()
        + (flags.isEmpty() ? 0 : flagGap + flagLineHeight) + paddingY;

    BubbleLayout l;
    l.trailing = speaker == Speaker::Human;
    if (option.direction == Qt::RightToLeft)
        l.trailing = !l.trailing;
    l.row = QRect(option.rect.topLeft(), QSize(rowWidth, bubbleHeight + rowGap));
    const int bubbleLeft = l.trailing ? option.rect.left() + rowWidth - sideMargin - bubbleWidth
                                      : option.rect.left() + sideMargin;
    l.bubble = QRect(bubbleLeft, option.rect.top() + rowGap / 2, bubbleWidth, bubbleHeight);
    const int innerLeft = l.bubble.left() + paddingX;
    const int innerRight = l.bubble.right() - paddingX; // inclusive
    l.label = QRect(innerLeft, l.bubble.top() + paddingY,
                    qMin(labelWidth, innerRight - innerLeft + 1), labelHeight);
    l.number = QRect(innerRight - (numberWidth - timeWidth) + 1, l.label.top(),
                     numberWidth - timeWidth, labelHeight);
    if (timeWidth > 0)
        l.time = QRect(l.number.left() - timeWidth, l.label.top(), timeWidth - labelNumberGap / 2,
                       labelHeight);
    l.text = QRect(innerLeft, l.label.bottom() + 1 + labelGap,
                   qMin(text.size.width(), innerRight - innerLeft + 1), text.size.height());
    if (!flags.isEmpty()) {
        l.flags = QRect(innerLeft, l.text.bottom() + 1 + flagGap, innerRight - innerLeft + 1,
                        flagLineHeight);
        l.flagMarker = QRect(l.flags.topLeft(), QSize(markerWidth, flagLineHeight));
    }
    return l;
}

TranscriptDelegate::HeightEstimate TranscriptDelegate::heightEstimate(int rowWidth,
                                                                      const QFont &font) const
{
    const Fonts fonts = fontsFor(font);
    const QFontMetrics metrics(fonts.text);
    HeightEstimate estimate;
    // averageCharWidth over-counts a little for prose; the 0.9 brings estimates close to what
    // the layout then measures, so the scroll bar barely moves when rows get measured.
    estimate.charsPerLine = qMax(1.0, textWidthFor(rowWidth) / (metrics.averageCharWidth() * 0.9));
    estimate.lineSpacing = metrics.lineSpacing();
    estimate.fixed = 2 * paddingY + QFontMetrics(fonts.label).height() + labelGap + rowGap;
    return estimate;
}

int TranscriptDelegate::HeightEstimate::operator()(int textLength) const
{
    const int lines = qMax(1, int(std::ceil(textLength / charsPerLine)));
    return fixed + lines * lineSpacing;
}

QSize TranscriptDelegate::sizeHint(const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    QStyleOptionViewItem rowOption = option;
    // In a QListView, option.rect is not the row: take the width from the viewport.
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
        rowOption.rect.setWidth(view->viewport()->width());
    return QSize(rowOption.rect.width(), layout(rowOption, index).height());
}

void TranscriptDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    const BubbleLayout l = layout(option, index);
    const BubblePalette colours = BubblePalette::from(option.palette);
    const Fonts fonts = fontsFor(option.font);
    const bool assistant = !l.trailing ^ (option.direction == Qt::RightToLeft);
    const bool selected = option.state.testFlag(QStyle::State_Selected);

    painter->save();
    painter->setClipRect(option.rect);
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath bubble;
    bubble.addRoundedRect(QRectF(l.bubble).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
    // The turn being spoken: tinted and outlined in the link colour, readable in both themes.
    const bool spoken = index.data(TranscriptModel::CurrentTurnRole).toBool();
    const QColor accent = option.palette.color(QPalette::Link);
    const QColor fill = assistant ? colours.assistantFill : colours.callerFill;
    painter->fillPath(bubble, spoken ? BubblePalette::mix(fill, accent, 0.12) : fill);
    if (spoken)
        painter->setPen(QPen(accent, 2.5));
    else
        painter->setPen(QPen(selected ? colours.selection : colours.border, selected ? 2.0 : 1.0));
    painter->drawPath(bubble);
    if (option.state.testFlag(QStyle::State_HasFocus) && !selected) {
        painter->setPen(QPen(colours.selection, 1.0, Qt::DotLine));
        painter->drawPath(bubble);
    }

    painter->setFont(fonts.label);
    painter->setPen(assistant ? colours.assistantLabel : colours.callerLabel);
    painter->drawText(l.label, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                      index.data(TranscriptModel::SpeakerNameRole).toString());
    painter->setFont(fonts.number);
    painter->setPen(colours.number);
    painter->drawText(l.number, Qt::AlignRight | Qt::AlignVCenter | Qt::TextSingleLine,
                      QString::number(turnIndex(index) + 1));
    if (!l.time.isEmpty()) {
        painter->setPen(option.palette.color(QPalette::Link));
        painter->drawText(l.time, Qt::AlignRight | Qt::AlignVCenter | Qt::TextSingleLine,
                          timeText(index));
    }

    const int textWidth = textWidthFor(option.rect.width());
    const TextLayoutCache::Entry &text = m_layouts.get(
        turnIndex(index), index.data(Qt::DisplayRole).toString(), textWidth, fonts.text);
    QList<QTextLayout::FormatRange> highlights;
    if (m_search) {
        const auto [first, last] = m_search->matchesInRow(turnIndex(index));
        const TranscriptSearch::Match *current = m_search->currentMatch();
        for (const TranscriptSearch::Match *m = first; m != last; ++m) {
            QTextLayout::FormatRange range;
            range.start = m->start;
            range.length = m->length;
            if (m == current) {
                range.format.setBackground(colours.currentMatch);
                range.format.setForeground(colours.currentMatchText);
            } else {
                range.format.setBackground(colours.match);
            }
            highlights.append(range);
        }
    }
    painter->setPen(colours.text);
    painter->setClipRect(l.bubble.adjusted(1, 1, -1, -1));
    text.layout.draw(painter, l.text.topLeft(), highlights);
    if (!l.flags.isEmpty())
        paintFlags(painter, l, colours, fonts.number, index);
    painter->restore();
}

void TranscriptDelegate::paintFlags(QPainter *painter, const BubbleLayout &l,
                                    const BubblePalette &colours, const QFont &font,
                                    const QModelIndex &index) const
{
    // A small pennant in the selection colour (the palette's, so it reads in both themes),
    // then the categories in the turn number's quiet colour.
    const QRectF m = QRectF(l.flagMarker).adjusted(2, 2, -2, -2);
    painter->setPen(QPen(colours.selection, 1.5));
    painter->drawLine(m.topLeft(), m.bottomLeft());
    QPainterPath pennant;
    pennant.moveTo(m.topLeft());
    pennant.lineTo(m.right(), m.top() + m.height() * 0.3);
    pennant.lineTo(m.left(), m.top() + m.height() * 0.6);
    pennant.closeSubpath();
    painter->fillPath(pennant, colours.selection);
    painter->setFont(font);
    painter->setPen(colours.number);
    const QRect text = l.flags.adjusted(l.flagMarker.width() + labelGap, 0, 0, 0);
    painter->drawText(text, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                      QFontMetrics(font).elidedText(flagText(index), Qt::ElideRight, text.width()));
}

bool TranscriptDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                   const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() != QEvent::ToolTip || !index.isValid())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    const BubbleLayout l = layout(option, index);
    const QString speaker = index.data(TranscriptModel::SpeakerNameRole).toString();
    const int turn = turnIndex(index) + 1;
    QString tip;
    if (l.time.contains(event->pos()))
        tip = timeToolTip(index);
    else if (l.label.contains(event->pos()) || l.number.contains(event->pos()))
        tip = tr("Turn %1 · %2. Copy it with Ctrl+C, or right-click for more.")
                  .arg(turn)
                  .arg(speaker);
    else if (l.flags.contains(event->pos()))
        tip = index.data(ReviewFlagsProxyModel::FlagSummaryRole).toString();
    else if (l.bubble.contains(event->pos()))
        tip = tr("Turn %1 · %2").arg(turn).arg(speaker);
    if (tip.isEmpty()) {
        QToolTip::hideText();
        return true;
    }
    QToolTip::showText(event->globalPos(), tip, view, l.bubble);
    return true;
}

bool TranscriptDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
                                     const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() == QEvent::MouseButtonRelease && index.isValid()) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        QStyleOptionViewItem rowOption = option;
        if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
            rowOption.rect.setWidth(view->viewport()->width());
        if (mouse->button() == Qt::LeftButton
            && layout(rowOption, index).time.contains(mouse->position().toPoint())) {
            emit timeClicked(turnIndex(index));
            return true;
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}
