#include "review/CategoryTable.h"

#include "storage/AuditLog.h"
#include "storage/Sql.h"

#include <QJsonArray>
#include <QJsonObject>

#include <QSet>
#include <QSqlQuery>

QList<ReviewCategory> CategoryTable::all() const
{
    QList<ReviewCategory> result;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (query.exec(QStringLiteral("SELECT key, name FROM categories ORDER BY position"))) {
        while (query.next())
            result.append({query.value(0).toString(), query.value(1).toString()});
    }
    return result;
}

QString CategoryTable::problemWith(const QList<ReviewCategory> &categories)
{
    QSet<QString> names;
    for (const ReviewCategory &category : categories) {
        const QString name = category.name.trimmed();
        if (name.isEmpty())
            return tr("A category needs a name.");
        if (names.contains(name))
            return tr("The category \"%1\" is listed twice.").arg(name);
        names.insert(name);
    }
    return {};
}

bool CategoryTable::replace(const QList<ReviewCategory> &categories, QString *reason) const
{
    if (const QString problem = problemWith(categories); !problem.isEmpty()) {
        *reason = problem;
        return false;
    }
    return AuditLog::transaction(
        QSqlDatabase::database(m_connectionName, false),
        [&categories](QSqlDatabase &db, QString *reason) {
            QJsonArray names;
            for (const ReviewCategory &category : categories)
                names.append(category.name.trimmed());
            return Sql::run(db, QStringLiteral("DELETE FROM categories"), reason)
                && insert(db, categories, reason)
                && AuditLog::record(db, QStringLiteral("categories"), QString(),
                                    QStringLiteral("replace"), {{QStringLiteral("names"), names}},
                                    reason);
        },
        reason);
}

bool CategoryTable::insert(QSqlDatabase &db, const QList<ReviewCategory> &categories,
                           QString *reason)
{
    for (int i = 0; i < categories.size(); ++i) {
        if (!Sql::run(
                db, QStringLiteral("INSERT INTO categories (position, key, name) VALUES (?, ?, ?)"),
                {i, Sql::text(categories.at(i).key), Sql::text(categories.at(i).name.trimmed())},
                reason)) {
            return false;
        }
    }
    return true;
}
