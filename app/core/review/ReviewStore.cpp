#include "review/ReviewStore.h"

#include "base/Logging.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

#include <atomic>

namespace {

const QString timeFormat = QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ");

// Runs statements one by one (QSQLITE executes only the first statement of a string).
bool execAll(QSqlDatabase db, const QStringList &statements, QString *error)
{
    for (const QString &sql : statements) {
        QSqlQuery query(db);
        if (!query.exec(sql)) {
            if (error)
                *error = query.lastError().text();
            return false;
        }
    }
    return true;
}

bool execPrepared(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

// A null QString binds as SQL NULL; the text columns are NOT NULL.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QString fromUtc(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(timeFormat) : QStringLiteral("");
}

QDateTime toUtc(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

} // namespace

ReviewStore::ReviewStore(QObject *parent)
    : QObject(parent)
{
    static std::atomic<int> counter{0};
    m_connectionName = QStringLiteral("callreview-reviews-%1").arg(++counter);
}

ReviewStore::~ReviewStore()
{
    close();
}

QString ReviewStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/reviews.sqlite");
}

QSqlDatabase ReviewStore::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool ReviewStore::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && database().isOpen();
}

void ReviewStore::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = database();
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool ReviewStore::open(const QString &path, QString *error)
{
    close();
    m_path = path;
    const auto fail = [&](const QString &reason) {
        if (error) {
            *error = tr("Could not open the review database %1: %2")
                         .arg(QDir::toNativeSeparators(path), reason);
        }
        qCWarning(lcReview) << "open failed:" << reason;
        close();
        return false;
    };
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return fail(tr("the folder cannot be created."));
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return fail(tr("the Qt SQLite driver is missing (install libqt6sql6-sqlite)."));

    // The connection handle lives only inside this block, so fail() can remove it.
    QString reason;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            reason = db.lastError().text();
        } else {
            // WAL + FULL: a committed transaction is on disk before commit returns.
            execAll(db,
                    {QStringLiteral("PRAGMA journal_mode=WAL"),
                     QStringLiteral("PRAGMA synchronous=FULL"),
                     QStringLiteral("PRAGMA foreign_keys=ON")},
                    &reason);
        }
    }
    if (reason.isEmpty())
        migrate(&reason);
    if (!reason.isEmpty())
        return fail(reason);
    return true;
}

int ReviewStore::userVersion() const
{
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

template<typename Work>
bool ReviewStore::inTransaction(Work &&work, QString *error)
{
    QSqlDatabase db = database();
    QString reason;
    if (!db.isOpen()) {
        reason = tr("the review database is not open.");
    } else if (!db.transaction()) {
        reason = db.lastError().text();
    } else if (!work(db, &reason)) {
        db.rollback();
    } else if (!db.commit()) {
        reason = db.lastError().text();
        db.rollback();
    } else {
        return true;
    }
    if (error)
        *error = tr("Could not save to the review database: %1").arg(reason);
    qCWarning(lcReview) << "write failed:" << reason;
    return false;
}

bool ReviewStore::migrate(QString *error)
{
    const int current = userVersion();
    if (current < 0) {
        if (error)
            *error = tr("it is not a readable SQLite database.");
        return false;
    }
    if (current > schemaVersion) {
        if (error) {
            *error = tr("it was written by a newer Call Review (schema %1, this version reads up "
                        "to %2). Update Call Review.")
                         .arg(current)
                         .arg(schemaVersion);
        }
        return false;
    }
    for (int version = current + 1; version <= schemaVersion; ++version) {
        if (!migrateTo(version, error))
            return false;
    }
    return true;
}

// Each step runs in its own transaction together with its user_version bump, so a crash
// mid-migration leaves the previous version intact.
bool ReviewStore::migrateTo(int version, QString *error)
{
    return inTransaction(
        [version](QSqlDatabase db, QString *reason) {
            QStringList statements;
            switch (version) {
            case 1:
                statements = {
                    QStringLiteral("CREATE TABLE reviews ("
                                   " call_id TEXT PRIMARY KEY NOT NULL,"
                                   " verdict TEXT NOT NULL DEFAULT 'none',"
                                   " score INTEGER,"
                                   " summary TEXT NOT NULL DEFAULT '',"
                                   " reviewer TEXT NOT NULL DEFAULT '',"
                                   " reviewed_at TEXT NOT NULL DEFAULT '')"),
                    QStringLiteral("CREATE TABLE flags ("
                                   " call_id TEXT NOT NULL REFERENCES reviews(call_id)"
                                   "   ON DELETE CASCADE,"
                                   " position INTEGER NOT NULL,"
                                   " turn_index INTEGER NOT NULL,"
                                   " category TEXT NOT NULL,"
                                   " PRIMARY KEY (call_id, position))"),
                };
                break;
            case 2:
                statements = {
                    QStringLiteral("ALTER TABLE flags ADD COLUMN comment TEXT NOT NULL DEFAULT ''"),
                    QStringLiteral("ALTER TABLE flags ADD COLUMN speaker TEXT NOT NULL DEFAULT ''"),
                    QStringLiteral("ALTER TABLE flags ADD COLUMN quote TEXT NOT NULL DEFAULT ''"),
                    QStringLiteral("CREATE TABLE categories ("
                                   " position INTEGER PRIMARY KEY,"
                                   " key TEXT NOT NULL DEFAULT '',"
                                   " name TEXT NOT NULL UNIQUE)"),
                };
                break;
            case 3:
                statements = {
                    QStringLiteral("CREATE TABLE queue_items ("
                                   " position INTEGER PRIMARY KEY,"
                                   " call_id TEXT NOT NULL UNIQUE)"),
                    QStringLiteral("CREATE TABLE queue_state ("
                                   " key TEXT PRIMARY KEY NOT NULL,"
                                   " value TEXT NOT NULL)"),
                    QStringLiteral("CREATE TABLE dismissed_findings ("
                                   " call_id TEXT NOT NULL,"
                                   " finding_key TEXT NOT NULL,"
                                   " PRIMARY KEY (call_id, finding_key))"),
                };
                break;
            default:
                *reason = tr("no migration to schema %1.").arg(version);
                return false;
            }
            if (!execAll(db, statements, reason))
                return false;
            if (version == 2) {
                const QList<ReviewCategory> defaults = ReviewCategory::defaults();
                for (int i = 0; i < defaults.size(); ++i) {
                    QSqlQuery insert(db);
                    insert.prepare(QStringLiteral(
                        "INSERT INTO categories (position, key, name) VALUES (?, ?, ?)"));
                    insert.addBindValue(i);
                    insert.addBindValue(text(defaults.at(i).key));
                    insert.addBindValue(text(defaults.at(i).name));
                    if (!execPrepared(insert, reason))
                        return false;
                }
            }
            // PRAGMA takes no bound values; version is our own integer.
            return execAll(db, {QStringLiteral("PRAGMA user_version=%1").arg(version)}, reason);
        },
        error);
}

Review ReviewStore::load(const QString &callId) const
{
    Review review;
    review.callId = callId;
    QSqlDatabase db = database();
    if (!db.isOpen())
        return review;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT verdict, score, summary, reviewer, reviewed_at"
                                 " FROM reviews WHERE call_id = ?"));
    query.addBindValue(text(callId));
    if (!query.exec() || !query.next())
        return review;
    review.verdict =
        Review::verdictFromKey(query.value(0).toString()).value_or(Review::Verdict::None);
    if (!query.value(1).isNull())
        review.score = qBound(Review::minScore, query.value(1).toInt(), Review::maxScore);
    review.summary = query.value(2).toString();
    review.reviewer = query.value(3).toString();
    review.reviewedAt = toUtc(query.value(4).toString());

    QSqlQuery flags(db);
    flags.prepare(QStringLiteral("SELECT turn_index, category, comment, speaker, quote FROM flags"
                                 " WHERE call_id = ? ORDER BY position"));
    flags.addBindValue(text(callId));
    if (flags.exec()) {
        while (flags.next()) {
            ReviewFlag flag;
            flag.turnIndex = flags.value(0).toInt();
            flag.category = flags.value(1).toString();
            flag.comment = flags.value(2).toString();
            const QString speaker = flags.value(3).toString();
            flag.speaker = speaker == u"bot" ? Speaker::Bot
                : speaker == u"human"        ? Speaker::Human
                                             : Speaker::Unknown;
            flag.quote = flags.value(4).toString();
            review.flags.append(flag);
        }
    }
    return review;
}

bool ReviewStore::save(const Review &review, QString *error)
{
    const bool saved = inTransaction(
        [&review](QSqlDatabase db, QString *reason) {
            QSqlQuery upsert(db);
            upsert.prepare(QStringLiteral(
                "INSERT INTO reviews (call_id, verdict, score, summary, reviewer, reviewed_at)"
                " VALUES (?, ?, ?, ?, ?, ?)"
                " ON CONFLICT(call_id) DO UPDATE SET verdict = excluded.verdict,"
                " score = excluded.score, summary = excluded.summary,"
                " reviewer = excluded.reviewer, reviewed_at = excluded.reviewed_at"));
            upsert.addBindValue(text(review.callId));
            upsert.addBindValue(Review::verdictKey(review.verdict));
            upsert.addBindValue(review.score ? QVariant(*review.score) : QVariant());
            upsert.addBindValue(text(review.summary));
            upsert.addBindValue(text(review.reviewer));
            upsert.addBindValue(fromUtc(review.reviewedAt));
            if (!execPrepared(upsert, reason))
                return false;

            QSqlQuery clear(db);
            clear.prepare(QStringLiteral("DELETE FROM flags WHERE call_id = ?"));
            clear.addBindValue(text(review.callId));
            if (!execPrepared(clear, reason))
                return false;
            for (int i = 0; i < review.flags.size(); ++i) {
                const ReviewFlag &flag = review.flags.at(i);
                QSqlQuery insert(db);
                insert.prepare(QStringLiteral(
                    "INSERT INTO flags (call_id, position, turn_index, category, comment, "
                    "speaker, quote) VALUES (?, ?, ?, ?, ?, ?, ?)"));
                insert.addBindValue(text(review.callId));
                insert.addBindValue(i);
                insert.addBindValue(flag.turnIndex);
                insert.addBindValue(text(flag.category));
                insert.addBindValue(text(flag.comment));
                insert.addBindValue(flag.speaker == Speaker::Bot         ? QStringLiteral("bot")
                                        : flag.speaker == Speaker::Human ? QStringLiteral("human")
                                                                         : QStringLiteral(""));
                insert.addBindValue(text(flag.quote));
                if (!execPrepared(insert, reason))
                    return false;
            }
            return true;
        },
        error);
    if (saved)
        emit reviewSaved(review.callId);
    return saved;
}

bool ReviewStore::remove(const QString &callId, QString *error)
{
    const bool removed = inTransaction(
        [&callId](QSqlDatabase db, QString *reason) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("DELETE FROM reviews WHERE call_id = ?"));
            query.addBindValue(text(callId));
            return execPrepared(query, reason);
        },
        error);
    if (removed)
        emit reviewSaved(callId);
    return removed;
}

QHash<QString, Review::Verdict> ReviewStore::verdicts(const QStringList &callIds) const
{
    QHash<QString, Review::Verdict> result;
    QSqlQuery query(database());
    // One pass over the table: cheaper than one query per ID for a long queue.
    if (!query.exec(QStringLiteral("SELECT call_id, verdict FROM reviews")))
        return result;
    const QSet<QString> wanted(callIds.cbegin(), callIds.cend());
    while (query.next()) {
        const QString id = query.value(0).toString();
        if (wanted.contains(id)) {
            result.insert(
                id,
                Review::verdictFromKey(query.value(1).toString()).value_or(Review::Verdict::None));
        }
    }
    return result;
}

QList<ReviewCategory> ReviewStore::categories() const
{
    QList<ReviewCategory> result;
    QSqlQuery query(database());
    if (query.exec(QStringLiteral("SELECT key, name FROM categories ORDER BY position"))) {
        while (query.next())
            result.append({query.value(0).toString(), query.value(1).toString()});
    }
    return result;
}

bool ReviewStore::setCategories(const QList<ReviewCategory> &categories, QString *error)
{
    QSet<QString> names;
    for (const ReviewCategory &category : categories) {
        const QString name = category.name.trimmed();
        if (name.isEmpty() || names.contains(name)) {
            if (error) {
                *error = name.isEmpty() ? tr("A category needs a name.")
                                        : tr("The category \"%1\" is listed twice.").arg(name);
            }
            return false;
        }
        names.insert(name);
    }
    const bool saved = inTransaction(
        [&categories](QSqlDatabase db, QString *reason) {
            if (!execAll(db, {QStringLiteral("DELETE FROM categories")}, reason))
                return false;
            for (int i = 0; i < categories.size(); ++i) {
                QSqlQuery insert(db);
                insert.prepare(QStringLiteral(
                    "INSERT INTO categories (position, key, name) VALUES (?, ?, ?)"));
                insert.addBindValue(i);
                insert.addBindValue(text(categories.at(i).key));
                insert.addBindValue(text(categories.at(i).name.trimmed()));
                if (!execPrepared(insert, reason))
                    return false;
            }
            return true;
        },
        error);
    if (saved)
        emit categoriesChanged();
    return saved;
}

QStringList ReviewStore::queueIds() const
{
    QStringList result;
    QSqlQuery query(database());
    if (query.exec(QStringLiteral("SELECT call_id FROM queue_items ORDER BY position"))) {
        while (query.next())
            result.append(query.value(0).toString());
    }
    return result;
}

bool ReviewStore::setQueueIds(const QStringList &callIds, QString *error)
{
    return inTransaction(
        [&callIds](QSqlDatabase db, QString *reason) {
            if (!execAll(db, {QStringLiteral("DELETE FROM queue_items")}, reason))
                return false;
            QSqlQuery insert(db);
            insert.prepare(QStringLiteral(
                "INSERT OR IGNORE INTO queue_items (position, call_id) VALUES (?, ?)"));
            for (int i = 0; i < callIds.size(); ++i) {
                insert.addBindValue(i);
                insert.addBindValue(text(callIds.at(i)));
                if (!execPrepared(insert, reason))
                    return false;
            }
            return true;
        },
        error);
}

QString ReviewStore::queueValue(const QString &key) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT value FROM queue_state WHERE key = ?"));
    query.addBindValue(text(key));
    if (query.exec() && query.next())
        return query.value(0).toString();
    return {};
}

bool ReviewStore::setQueueValue(const QString &key, const QString &value, QString *error)
{
    return inTransaction(
        [&](QSqlDatabase db, QString *reason) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("INSERT INTO queue_state (key, value) VALUES (?, ?)"
                                         " ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
            query.addBindValue(text(key));
            query.addBindValue(text(value));
            return execPrepared(query, reason);
        },
        error);
}

QSet<QString> ReviewStore::dismissedFindings(const QString &callId) const
{
    QSet<QString> result;
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT finding_key FROM dismissed_findings WHERE call_id = ?"));
    query.addBindValue(text(callId));
    if (query.exec()) {
        while (query.next())
            result.insert(query.value(0).toString());
    }
    return result;
}

bool ReviewStore::setFindingDismissed(const QString &callId, const QString &findingKey,
                                      bool dismissed, QString *error)
{
    return inTransaction(
        [&](QSqlDatabase db, QString *reason) {
            QSqlQuery query(db);
            query.prepare(dismissed ? QStringLiteral("INSERT OR IGNORE INTO dismissed_findings"
                                                     " (call_id, finding_key) VALUES (?, ?)")
                                    : QStringLiteral("DELETE FROM dismissed_findings"
                                                     " WHERE call_id = ? AND finding_key = ?"));
            query.addBindValue(text(callId));
            query.addBindValue(text(findingKey));
            return execPrepared(query, reason);
        },
        error);
}
