#pragma once

#include "review/ReviewCategory.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

// The categories table: the flag categories in the order the reviewer arranged them.
class CategoryTable
{
    Q_DECLARE_TR_FUNCTIONS(CategoryTable)

public:
    explicit CategoryTable(const QString &connectionName)
        : m_connectionName(connectionName)
    { }

    QList<ReviewCategory> all() const;
    // Replaces every category in one transaction; refuses (and says why) an empty or repeated
    // name without touching the table.
    bool replace(const QList<ReviewCategory> &categories, QString *reason) const;

    // Why this list cannot be stored, or an empty string.
    static QString problemWith(const QList<ReviewCategory> &categories);
    // Appends categories after position 0.. inside the caller's transaction (used by the
    // migration that seeds the defaults).
    static bool insert(QSqlDatabase &db, const QList<ReviewCategory> &categories, QString *reason);

private:
    QString m_connectionName;
};
