#include "storage/Sql.h"

#include <QSqlError>

namespace {

const QString timeFormat = QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ");

} // namespace

bool Sql::transaction(QSqlDatabase db, const Work &work, QString *reason)
{
    QString why;
    if (!db.isOpen()) {
        why = tr("the database is not open.");
    } else if (!db.transaction()) {
        why = db.lastError().text();
    } else if (!work(db, &why)) {
        db.rollback();
    } else if (!db.commit()) {
        why = db.lastError().text();
        db.rollback();
    } else {
        return true;
    }
    if (reason)
        *reason = why;
    return false;
}

bool Sql::run(QSqlQuery &query, const QString &sql, const QVariantList &values, QString *reason)
{
    bool ok = false;
    if (values.isEmpty()) {
        ok = query.exec(sql);
    } else if (query.prepare(sql)) {
        for (const QVariant &value : values)
            query.addBindValue(value);
        ok = query.exec();
    }
    if (!ok && reason)
        *reason = query.lastError().text();
    return ok;
}

bool Sql::run(QSqlDatabase db, const QString &sql, const QVariantList &values, QString *reason)
{
    QSqlQuery query(db);
    return run(query, sql, values, reason);
}

bool Sql::runAll(QSqlDatabase db, const QStringList &statements, QString *reason)
{
    for (const QString &sql : statements) {
        if (!run(db, sql, reason))
            return false;
    }
    return true;
}

QVariant Sql::text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QString Sql::timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(timeFormat) : QStringLiteral("");
}

QDateTime Sql::timeFrom(const QString &text)
{
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

bool Sql::isSqlite(const QSqlDatabase &db)
{
    return db.driverName() == u"QSQLITE";
}
