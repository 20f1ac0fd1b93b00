#pragma once

#include <QColor>
#include <QPalette>

// Bubble colours derived from the widget palette: tints of Base towards Highlight or Text, so
// the palette's own Text colour stays readable on them in light and dark themes alike.
struct BubblePalette
{
    QColor assistantFill, callerFill, border, text, assistantLabel, callerLabel, number;
    QColor match, currentMatch, currentMatchText, selection;

    static BubblePalette from(const QPalette &palette);
    static QColor mix(const QColor &a, const QColor &b, qreal amountOfB);
    static qreal contrast(const QColor &a, const QColor &b); // WCAG ratio, 1..21
};
