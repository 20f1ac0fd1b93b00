#pragma once

#include <QtGlobal>

#include <vector>

// Groups items whose shingle sets are nearly the same (Jaccard similarity at or above a
// threshold) without comparing every pair: MinHash signatures cut into bands (LSH) put likely
// matches in the same bucket, and each new item is checked against at most two members of
// each of its buckets (the first and the latest), so the work stays linear in the number of
// items even when every item lands in one bucket.
class NearDuplicateClusters
{
public:
    static constexpr int hashCount = 18;
    static constexpr int bands = 6; // of 3 rows: ~92% recall at 0.7, ~15% candidates at 0.3

    // sets: one sorted, duplicate-free set of shingle hashes per item (empty sets never match).
    // Returns a cluster ID per item: the index of the cluster's first item.
    static std::vector<int> cluster(const std::vector<std::vector<quint64>> &sets,
                                    double threshold);

    static double jaccard(const std::vector<quint64> &a, const std::vector<quint64> &b);
};
