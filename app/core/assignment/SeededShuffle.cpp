#include "assignment/SeededShuffle.h"

quint64 SeededShuffle::next()
{
    m_state += 0x9e3779b97f4a7c15ULL;
    quint64 z = m_state;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

quint64 SeededShuffle::bounded(quint64 bound)
{
    if (bound == 0)
        return 0;
    // 2^64 mod bound values at the bottom would be drawn once more often than the rest:
    // redraw them (at most about half the time, for bound just above 2^63).
    const quint64 threshold = (0 - bound) % bound;
    for (;;) {
        const quint64 value = next();
        if (value >= threshold)
            return value % bound;
    }
}
