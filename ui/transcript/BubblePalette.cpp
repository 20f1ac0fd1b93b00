#include "transcript/BubblePalette.h"

#include <cmath>

QColor BubblePalette::mix(const QColor &a, const QColor &b, qreal amountOfB)
{
    const qreal k = qBound(0.0, amountOfB, 1.0);
    return QColor::fromRgbF(float(a.redF() * (1 - k) + b.redF() * k),
                            float(a.greenF() * (1 - k) + b.greenF() * k),
                            float(a.blueF() * (1 - k) + b.blueF() * k));
}

static qreal luminance(const QColor &c)
{
    const auto channel = [](qreal v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

qreal BubblePalette::contrast(const QColor &a, const QColor &b)
{
    const qreal la = luminance(a);
    const qreal lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

BubblePalette BubblePalette::from(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const QColor highlight = palette.color(QPalette::Highlight);
    BubblePalette p;
    p.text = text;
    p.assistantFill = mix(base, highlight, 0.16);
    p.callerFill = mix(base, text, 0.07);
    p.border = mix(base, text, 0.16);
    // Labels lean towards Highlight but keep most of Text, so they stay readable on both fills.
    p.assistantLabel = mix(text, highlight, 0.45);
    if (contrast(p.assistantLabel, p.assistantFill) < 3.0)
        p.assistantLabel = text;
    p.callerLabel = mix(text, base, 0.25);
    p.number = mix(text, base, 0.45);
    p.match = mix(base, highlight, 0.45);
    p.currentMatch = highlight;
    p.currentMatchText = palette.color(QPalette::HighlightedText);
    p.selection = highlight;
    return p;
}
