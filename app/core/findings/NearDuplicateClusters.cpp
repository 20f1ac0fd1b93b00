#include "findings/NearDuplicateClusters.h"

#include "findings/TextTokenizer.h"

#include <QHash>

#include <array>
#include <limits>
#include <numeric>

namespace {

constexpr int rowsPerBand = NearDuplicateClusters::hashCount / NearDuplicateClusters::bands;
static_assert(rowsPerBand * NearDuplicateClusters::bands == NearDuplicateClusters::hashCount);

using Signature = std::array<quint64, NearDuplicateClusters::hashCount>;

Signature signatureOf(const std::vector<quint64> &set)
{
    Signature signature;
    signature.fill(std::numeric_limits<quint64>::max());
    for (const quint64 shingle : set) {
        for (int i = 0; i < NearDuplicateClusters::hashCount; ++i) {
            const quint64 h =
                TextTokenizer::mix(shingle ^ (0x5851f42d4c957f2dULL * quint64(i + 1)));
            if (h < signature[size_t(i)])
                signature[size_t(i)] = h;
        }
    }
    return signature;
}

struct UnionFind
{
    std::vector<int> parent;
    explicit UnionFind(size_t n)
        : parent(n)
    {
        std::iota(parent.begin(), parent.end(), 0);
    }
    int find(int x)
    {
        while (parent[size_t(x)] != x) {
            parent[size_t(x)] = parent[size_t(parent[size_t(x)])];
            x = parent[size_t(x)];
        }
        return x;
    }
    void unite(int a, int b)
    {
        a = find(a);
        b = find(b);
        if (a != b)
            parent[size_t(std::max(a, b))] = std::min(a, b); // root = earliest item
    }
};

struct Bucket
{
    int first;
    int latest;
};

} // namespace

double NearDuplicateClusters::jaccard(const std::vector<quint64> &a, const std::vector<quint64> &b)
{
    if (a.empty() || b.empty())
        return 0.0;
    size_t i = 0, j = 0, common = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i] < b[j]) {
            ++i;
        } else if (b[j] < a[i]) {
            ++j;
        } else {
            ++common;
            ++i;
            ++j;
        }
    }
    return double(common) / double(a.size() + b.size() - common);
}

std::vector<int> NearDuplicateClusters::cluster(const std::vector<std::vector<quint64>> &sets,
                                                double threshold)
{
    UnionFind groups(sets.size());
    QHash<quint64, Bucket> buckets;
    buckets.reserve(qsizetype(sets.size()) * bands);
    const auto tryJoin = [&](int item, int other) {
        if (groups.find(item) != groups.find(other)
            && jaccard(sets[size_t(item)], sets[size_t(other)]) >= threshold) {
            groups.unite(item, other);
        }
    };
    for (int item = 0; item < int(sets.size()); ++item) {
        if (sets[size_t(item)].empty())
            continue;
        const Signature signature = signatureOf(sets[size_t(item)]);
        for (int band = 0; band < bands; ++band) {
            quint64 key = quint64(band) * 0x9e3779b97f4a7c15ULL;
            for (int row = 0; row < rowsPerBand; ++row)
                key = TextTokenizer::mix(key ^ signature[size_t(band * rowsPerBand + row)]);
            auto bucket = buckets.find(key);
            if (bucket == buckets.end()) {
                buckets.insert(key, Bucket{item, item});
                continue;
            }
            tryJoin(item, bucket->first);
            tryJoin(item, bucket->latest);
            bucket->latest = item;
        }
    }
    std::vector<int> result(sets.size());
    for (int item = 0; item < int(sets.size()); ++item)
        result[size_t(item)] = groups.find(item);
    return result;
}
