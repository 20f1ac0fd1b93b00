#include "transcript/TextLayoutCache.h"

#include <QTextOption>

#include <cmath>

QString TextLayoutCache::displayText(const QString &text)
{
    QString display = text;
    display.replace(u'\n', QChar::LineSeparator);
    return display;
}

const TextLayoutCache::Entry &TextLayoutCache::get(int key, const QString &text, int width,
                                                   const QFont &font)
{
    const quint64 cacheKey = (quint64(quint32(key)) << 32) | quint32(width);
    if (Entry *hit = m_cache.object(cacheKey);
        hit && hit->text == text && hit->layout.font() == font)
        return *hit;

    auto *entry = new Entry;
    entry->text = text;
    entry->layout.setText(displayText(text));
    entry->layout.setFont(font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    entry->layout.setTextOption(option);
    entry->layout.setCacheEnabled(true);
    qreal y = 0;
    qreal widest = 0;
    entry->layout.beginLayout();
    for (QTextLine line = entry->layout.createLine(); line.isValid();
         line = entry->layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
        widest = qMax(widest, line.naturalTextWidth());
    }
    entry->layout.endLayout();
    entry->size = QSize(qMin(width, int(std::ceil(widest))), int(std::ceil(y)));
    m_cache.insert(cacheKey, entry);
    return *m_cache.object(cacheKey);
}
