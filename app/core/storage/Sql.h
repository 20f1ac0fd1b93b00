#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <functional>

// The few things every store does with Qt SQL, done one way: run a statement with bound
// values and keep its error text, run work inside one transaction, and write text and times
// in the forms the schema expects (text columns are NOT NULL; times are ISO-8601 UTC text,
// so no SQL date function is needed on any database).
class Sql
{
    Q_DECLARE_TR_FUNCTIONS(Sql)

public:
    using Work = std::function<bool(QSqlDatabase &db, QString *reason)>;

    // Runs work inside one transaction: committed when it returns true, rolled back when it
    // returns false or the commit fails. *reason says why it failed.
    static bool transaction(QSqlDatabase db, const Work &work, QString *reason);

    // One statement (QSQLITE runs only the first statement of a string), values bound in
    // order; query (made on the right connection) is left on the result to read from.
    static bool run(QSqlQuery &query, const QString &sql, const QVariantList &values,
                    QString *reason);
    static bool run(QSqlDatabase db, const QString &sql, const QVariantList &values,
                    QString *reason);
    static bool run(QSqlDatabase db, const QString &sql, QString *reason)
    {
        return run(db, sql, {}, reason);
    }
    static bool runAll(QSqlDatabase db, const QStringList &statements, QString *reason);

    // A null QString binds as SQL NULL; the text columns are NOT NULL, so bind "" instead.
    static QVariant text(const QString &value);
    static QString timeText(const QDateTime &time); // "" for an invalid time
    static QDateTime timeFrom(const QString &text); // UTC; invalid for ""

    static bool isSqlite(const QSqlDatabase &db);
};
