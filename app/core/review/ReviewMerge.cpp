#include "review/ReviewMerge.h"

#include <QHash>

#include <algorithm>

namespace {

bool sameField(const Review &a, const Review &b, ReviewMerge::Field field)
{
    switch (field) {
    case ReviewMerge::Field::Verdict:
        return a.verdict == b.verdict;
    case ReviewMerge::Field::Score:
        return a.score == b.score;
    case ReviewMerge::Field::Summary:
        return a.summary == b.summary;
    }
    return true;
}

void copyField(Review &to, const Review &from, ReviewMerge::Field field)
{
    switch (field) {
    case ReviewMerge::Field::Verdict:
        to.verdict = from.verdict;
        break;
    case ReviewMerge::Field::Score:
        to.score = from.score;
        break;
    case ReviewMerge::Field::Summary:
        to.summary = from.summary;
        break;
    }
}

// A flag's identity: its turn and category, and which of that pair it is (a reviewer may flag
// one turn twice with one category).
struct KeyedFlag
{
    QString key;
    ReviewFlag flag;
};

QList<KeyedFlag> keyed(const QList<ReviewFlag> &flags)
{
    QHash<QString, int> seen;
    QList<KeyedFlag> result;
    result.reserve(flags.size());
    for (const ReviewFlag &flag : flags) {
        const QString pair = QString::number(flag.turnIndex) + u'\n' + flag.category;
        const int nth = seen[pair]++;
        result.append({pair + u'\n' + QString::number(nth), flag});
    }
    return result;
}

QHash<QString, ReviewFlag> byKey(const QList<KeyedFlag> &flags)
{
    QHash<QString, ReviewFlag> result;
    for (const KeyedFlag &entry : flags)
        result.insert(entry.key, entry.flag);
    return result;
}

} // namespace

ReviewMerge ReviewMerge::compare(const std::optional<Review> &base, const Review &mine,
                                 const Review &theirs)
{
    ReviewMerge merge;
    merge.m_base = base;
    merge.m_mine = mine;
    merge.m_theirs = theirs;

    for (const Field field : {Field::Verdict, Field::Score, Field::Summary}) {
        if (sameField(mine, theirs, field))
            continue;
        FieldChoice choice;
        choice.field = field;
        if (base && sameField(*base, mine, field)) {
            choice.conflicting = false; // only theirs changed it
            choice.side = Side::Theirs;
        } else if (base && sameField(*base, theirs, field)) {
            choice.conflicting = false; // only mine changed it
            choice.side = Side::Mine;
        }
        merge.m_fields.append(choice);
    }

    const QList<KeyedFlag> mineFlags = keyed(mine.flags);
    const QList<KeyedFlag> theirFlags = keyed(theirs.flags);
    const QHash<QString, ReviewFlag> baseByKey =
        base ? byKey(keyed(base->flags)) : QHash<QString, ReviewFlag>();
    const QHash<QString, ReviewFlag> mineByKey = byKey(mineFlags);
    const QHash<QString, ReviewFlag> theirsByKey = byKey(theirFlags);
    const auto add = [&merge](FlagChoice::Kind kind, Side side, const ReviewFlag &flag,
                              bool conflicting, bool keep) {
        merge.m_flags.append({kind, side, flag, conflicting, keep});
    };

    for (const KeyedFlag &entry : mineFlags) {
        const auto theirsIt = theirsByKey.constFind(entry.key);
        const auto baseIt = baseByKey.constFind(entry.key);
        const bool inBase = baseIt != baseByKey.cend();
        if (theirsIt == theirsByKey.cend()) {
            if (!base)
                add(FlagChoice::Kind::OnlyMine, Side::Mine, entry.flag, true, true);
            else if (!inBase) // mine added it
                add(FlagChoice::Kind::OnlyMine, Side::Mine, entry.flag, false, true);
            else if (*baseIt == entry.flag) // theirs removed it, mine left it alone
                add(FlagChoice::Kind::OnlyMine, Side::Mine, entry.flag, false, false);
            else // theirs removed what mine changed
                add(FlagChoice::Kind::OnlyMine, Side::Mine, entry.flag, true, true);
            continue;
        }
        if (*theirsIt == entry.flag)
            continue; // the same on both sides
        // Changed: both kept unless only one side changed it.
        bool conflicting = true;
        bool keepMine = true;
        bool keepTheirs = true;
        if (inBase && *baseIt == entry.flag) {
            conflicting = false;
            keepMine = false;
        } else if (inBase && *baseIt == *theirsIt) {
            conflicting = false;
            keepTheirs = false;
        }
        add(FlagChoice::Kind::Changed, Side::Mine, entry.flag, conflicting, keepMine);
        add(FlagChoice::Kind::Changed, Side::Theirs, *theirsIt, conflicting, keepTheirs);
    }

    for (const KeyedFlag &entry : theirFlags) {
        if (mineByKey.contains(entry.key))
            continue; // same or changed: done above
        const auto baseIt = baseByKey.constFind(entry.key);
        if (!base)
            add(FlagChoice::Kind::OnlyTheirs, Side::Theirs, entry.flag, true, true);
        else if (baseIt == baseByKey.cend()) // theirs added it
            add(FlagChoice::Kind::OnlyTheirs, Side::Theirs, entry.flag, false, true);
        else if (*baseIt == entry.flag) // mine removed it
            add(FlagChoice::Kind::OnlyTheirs, Side::Theirs, entry.flag, false, false);
        else // mine removed what theirs changed
            add(FlagChoice::Kind::OnlyTheirs, Side::Theirs, entry.flag, true, true);
    }
    return merge;
}

bool ReviewMerge::hasConflicts() const
{
    return std::any_of(m_fields.cbegin(), m_fields.cend(),
                       [](const FieldChoice &choice) { return choice.conflicting; })
        || std::any_of(m_flags.cbegin(), m_flags.cend(),
                       [](const FlagChoice &choice) { return choice.conflicting; });
}

bool ReviewMerge::isConflicting(Field field) const
{
    return std::any_of(m_fields.cbegin(), m_fields.cend(), [field](const FieldChoice &choice) {
        return choice.field == field && choice.conflicting;
    });
}

void ReviewMerge::choose(Field field, Side side)
{
    for (FieldChoice &choice : m_fields) {
        if (choice.field == field)
            choice.side = side;
    }
}

void ReviewMerge::keepFlag(int index, bool keep)
{
    if (index >= 0 && index < m_flags.size())
        m_flags[index].keep = keep;
}

void ReviewMerge::chooseAll(Side side)
{
    for (FieldChoice &choice : m_fields) {
        if (choice.conflicting)
            choice.side = side;
    }
    for (FlagChoice &choice : m_flags) {
        if (choice.conflicting)
            choice.keep = choice.side == side;
    }
}

Review ReviewMerge::result() const
{
    Review merged = m_mine;
    if (merged.callId.isEmpty())
        merged.callId = m_theirs.callId;
    for (const FieldChoice &choice : m_fields) {
        if (choice.side == Side::Theirs)
            copyField(merged, m_theirs, choice.field);
    }
    if (merged.reviewer.isEmpty())
        merged.reviewer = m_theirs.reviewer;
    if (!merged.reviewedAt.isValid()
        || (m_theirs.reviewedAt.isValid() && m_theirs.reviewedAt > merged.reviewedAt)) {
        merged.reviewedAt = m_theirs.reviewedAt;
    }
    merged.flags = mergedFlags();
    merged.version = m_theirs.version; // the row as it is now: the next save goes on from it
    return merged;
}

// m_flags lists mine's differing flags in mine's order (a changed one followed by theirs'
// version), then theirs' own: walk mine's flags again beside it.
QList<ReviewFlag> ReviewMerge::mergedFlags() const
{
    const QHash<QString, ReviewFlag> theirsByKey = byKey(keyed(m_theirs.flags));
    QList<ReviewFlag> flags;
    int next = 0;
    const auto take = [&flags, &next, this] {
        const FlagChoice &choice = m_flags.at(next++);
        if (choice.keep)
            flags.append(choice.flag);
        return choice.kind;
    };
    for (const KeyedFlag &entry : keyed(m_mine.flags)) {
        const auto theirsIt = theirsByKey.constFind(entry.key);
        if (theirsIt != theirsByKey.cend() && *theirsIt == entry.flag) {
            flags.append(entry.flag);
            continue;
        }
        if (take() == FlagChoice::Kind::Changed)
            take(); // theirs' version of it
    }
    while (next < m_flags.size())
        take();
    return flags;
}

QString ReviewMerge::fieldName(Field field)
{
    switch (field) {
    case Field::Verdict:
        return tr("Verdict");
    case Field::Score:
        return tr("Score");
    case Field::Summary:
        return tr("Summary");
    }
    return {};
}

QString ReviewMerge::valueText(const Review &review, Field field)
{
    switch (field) {
    case Field::Verdict:
        return Review::verdictName(review.verdict);
    case Field::Score:
        return review.score ? tr("%1 / 100").arg(*review.score) : tr("No score");
    case Field::Summary:
        return review.summary.isEmpty() ? tr("(no summary)") : review.summary;
    }
    return {};
}
