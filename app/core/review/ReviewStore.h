#pragma once

#include "review/Review.h"
#include "review/ReviewCategory.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <QStringList>

// Reviews, flag categories, the review queue and dismissed findings, in one SQLite database
// (Qt SQL) keyed by call ID. Every write runs inside a transaction; the database runs in WAL
// mode with synchronous=FULL, so a write that returned true survives a crash or power cut.
//
// The schema is versioned with PRAGMA user_version and migrated forward step by step on open:
//   1: reviews, flags (turn, category)
//   2: flags gain comment, speaker and quote; the editable categories table
//   3: the review queue, its state, and dismissed findings
class ReviewStore : public QObject
{
    Q_OBJECT

public:
    static constexpr int schemaVersion = 3;

    explicit ReviewStore(QObject *parent = nullptr);
    ~ReviewStore() override;

    // <AppDataLocation>/reviews.sqlite
    static QString defaultPath();

    // Creates the folder and the database when missing and migrates it to schemaVersion.
    bool open(const QString &path, QString *error = nullptr);
    bool isOpen() const;
    QString path() const { return m_path; }
    void close();
    int userVersion() const;

    // The stored review, or an empty one (verdict None) carrying callId.
    Review load(const QString &callId) const;
    bool save(const Review &review, QString *error = nullptr);
    bool remove(const QString &callId, QString *error = nullptr);
    // The verdict of each given call that has a review.
    QHash<QString, Review::Verdict> verdicts(const QStringList &callIds) const;

    QList<ReviewCategory> categories() const;
    bool setCategories(const QList<ReviewCategory> &categories, QString *error = nullptr);

    QStringList queueIds() const;
    bool setQueueIds(const QStringList &callIds, QString *error = nullptr);
    QString queueValue(const QString &key) const;
    bool setQueueValue(const QString &key, const QString &value, QString *error = nullptr);

    QSet<QString> dismissedFindings(const QString &callId) const;
    bool setFindingDismissed(const QString &callId, const QString &findingKey, bool dismissed,
                             QString *error = nullptr);

signals:
    void reviewSaved(const QString &callId);
    void categoriesChanged();

private:
    QSqlDatabase database() const;
    bool migrate(QString *error);
    bool migrateTo(int version, QString *error);
    template<typename Work>
    bool inTransaction(Work &&work, QString *error);

    QString m_connectionName;
    QString m_path;
};
