#pragma once

#include "transcript/BubbleLayout.h"
#include "transcript/TextLayoutCache.h"

#include <QStyledItemDelegate>

class TranscriptSearch;
struct BubblePalette;

// Paints one turn as a chat bubble: the assistant's on the leading side, the caller's on the
// trailing side, each with a speaker label and the turn number; colours come from the palette,
// so light and dark themes both read well. Search matches are highlighted inside the text.
class TranscriptDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    static constexpr int rowGap = 8; // vertical space between bubbles
    static constexpr int sideMargin = 14; // between the view's edge and a bubble
    static constexpr int paddingX = 12; // inside a bubble
    static constexpr int paddingY = 8;
    static constexpr int labelGap = 3; // between the label line and the text
    static constexpr int labelNumberGap = 16;
    static constexpr int radius = 10;
    static constexpr qreal maxBubbleFraction = 0.78; // of the row's width
    static constexpr int minTextWidth = 60;
    static constexpr int flagGap = 4; // between the text and the flags line

    // "⚑ 2 · Tone · Repeated itself" for a flagged turn (from ReviewFlagsProxyModel's roles).
    static QString flagText(const QModelIndex &index);
    // "1:23" where the turn starts in the recording, "~1:23" when the aligner is unsure
    // (confidence under lowConfidence); empty until the recording is aligned.
    static QString timeText(const QModelIndex &index);
    static QString timeToolTip(const QModelIndex &index);
    static constexpr double lowConfidence = 0.5;

    explicit TranscriptDelegate(QObject *parent = nullptr);

    // The single source of geometry. option.rect is the row: its width is what counts.
    BubbleLayout layout(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    // Heights from the text's length only, for rows not laid out yet (no text layout). Made
    // once per width, then applied to every row: a few nanoseconds each.
    struct HeightEstimate
    {
        qreal charsPerLine = 1;
        int lineSpacing = 1;
        int fixed = 0; // padding, label line, gap
        int operator()(int textLength) const;
    };
    HeightEstimate heightEstimate(int rowWidth, const QFont &font) const;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

    void setSearch(const TranscriptSearch *search) { m_search = search; }
    void clearCache() { m_layouts.clear(); }
    int cachedLayouts() const { return m_layouts.size(); }

    // Key of a row in the layout cache and in the search: the turn's place in the whole
    // transcript, so a speaker filter does not invalidate either.
    static int turnIndex(const QModelIndex &index);

signals:
    // A click on a bubble's time: play the recording from that turn.
    void timeClicked(int turnIndex);

private:
    struct Fonts
    {
        QFont text, label, number;
    };
    static Fonts fontsFor(const QFont &base);
    static int textWidthFor(int rowWidth);
    void paintFlags(QPainter *painter, const BubbleLayout &l, const BubblePalette &colours,
                    const QFont &font, const QModelIndex &index) const;

    mutable TextLayoutCache m_layouts;
    const TranscriptSearch *m_search = nullptr;
};
