#pragma once

#include "review/Review.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QStringList>

#include <optional>

class ReviewStore;

// The calls a reviewer works through, in order: IDs pasted (read with CallIdList) or loaded
// from a file, a current position, Next/Previous within the calls the verdict filter lets
// through, and progress ("12 of 40 reviewed": a call counts as reviewed once it has a
// verdict). Kept in the ReviewStore, so it survives a restart.
class ReviewQueue : public QObject
{
    Q_OBJECT

public:
    // nullopt: every call; Verdict::None: calls without a verdict yet.
    using Filter = std::optional<Review::Verdict>;

    explicit ReviewQueue(ReviewStore *store, QObject *parent = nullptr);

    void reload(); // from the store

    // Replaces the queue; the position goes to the first call. False (and error) when the
    // store refused it.
    bool setIds(const QStringList &ids, QString *error = nullptr);
    // Reads IDs from a text file (one per line, or a CSV whose first column is the ID).
    bool loadFile(const QString &path, QString *error = nullptr);

    QStringList ids() const { return m_ids; }
    int size() const { return int(m_ids.size()); }
    QStringList visibleIds() const; // in queue order, through the filter

    Filter filter() const { return m_filter; }
    void setFilter(Filter filter);

    QString currentId() const;
    int currentIndex() const { return m_current; } // into ids(), -1 when empty
    bool setCurrentId(const QString &id);
    // Moves to the next/previous call the filter lets through; returns its ID or an empty
    // string at either end.
    QString next();
    QString previous();
    bool hasNext() const { return step(+1) >= 0; }
    bool hasPrevious() const { return step(-1) >= 0; }

    Review::Verdict verdictOf(const QString &id) const;
    // The call's scorecard total (0..1), absent without a scored scorecard. Read with the
    // verdicts; refreshScore() after the call's answers changed.
    std::optional<double> scoreOf(const QString &id) const { return m_scores.value(id); }
    void refreshScore(const QString &id);
    int reviewedCount() const;
    QString progressText() const; // "12 of 40 reviewed"

signals:
    void changed(); // ids, filter, verdicts or position
    void currentChanged(const QString &id);

private:
    int step(int direction) const;
    bool passes(const QString &id) const;
    void refreshVerdicts();
    void saveState();

    ReviewStore *m_store;
    QStringList m_ids;
    QHash<QString, Review::Verdict> m_verdicts;
    QHash<QString, std::optional<double>> m_scores;
    Filter m_filter;
    int m_current = -1;
};
