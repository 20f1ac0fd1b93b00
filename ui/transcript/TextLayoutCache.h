#pragma once

#include <QCache>
#include <QFont>
#include <QSize>
#include <QString>
#include <QTextLayout>

// Laid-out text of transcript turns, keyed by (turn, width): a window resize re-lays only the
// turns that get painted, and scrolling back costs nothing. Bounded (LRU), so 50,000 turns never
// hold 50,000 layouts.
class TextLayoutCache
{
public:
    static constexpr int defaultCapacity = 600;

    struct Entry
    {
        QString text; // the turn's text, to tell a stale entry from a hit
        QTextLayout layout;
        QSize size; // of the laid-out text
    };

    explicit TextLayoutCache(int capacity = defaultCapacity) { m_cache.setMaxCost(capacity); }

    // The layout of text at width, from the cache or laid out now.
    const Entry &get(int key, const QString &text, int width, const QFont &font);
    void clear() { m_cache.clear(); }
    int size() const { return int(m_cache.size()); }

    // '\n' separates utterances; QTextLayout breaks lines only at U+2028 (same length, so
    // search offsets still match).
    static QString displayText(const QString &text);

private:
    QCache<quint64, Entry> m_cache;
};
