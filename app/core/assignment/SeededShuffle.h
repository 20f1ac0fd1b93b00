#pragma once

#include <QList>
#include <QtGlobal>

// A shuffle that gives the same order for the same seed on every platform, compiler and Qt
// version: std::shuffle and the std distributions are implementation-defined, so a sample
// drawn on one reviewer's machine could differ on another's.
//
// The generator is SplitMix64 (Steele, Lea and Flood, "Fast splittable pseudorandom number
// generators", 2014; the seeding generator of xoshiro): state += 0x9e3779b97f4a7c15, then two
// xor-shift-multiply rounds. bounded(n) is uniform on 0..n-1 by rejecting the few values at
// the top that would bias a plain modulo. shuffle() is Fisher-Yates from the last element
// down: element i swaps with bounded(i + 1).
class SeededShuffle
{
public:
    explicit SeededShuffle(quint64 seed)
        : m_state(seed)
    { }

    quint64 next();
    quint64 bounded(quint64 bound); // 0 for a bound of 0

    template<typename T>
    void shuffle(QList<T> &items)
    {
        for (qsizetype i = items.size() - 1; i > 0; --i)
            items.swapItemsAt(i, qsizetype(bounded(quint64(i) + 1)));
    }

private:
    quint64 m_state;
};
