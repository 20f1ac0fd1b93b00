#include "review/ReviewStore.h"

#include "base/Logging.h"
#include "storage/Sql.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QStandardPaths>

#include <atomic>

namespace {

QString newConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("callreview-reviews-%1").arg(++counter);
}

} // namespace

ReviewStore::ReviewStore(QObject *parent)
    : QObject(parent)
    , m_connectionName(newConnectionName())
    , m_reviews(m_connectionName)
    , m_categories(m_connectionName)
    , m_queue(m_connectionName)
    , m_dismissed(m_connectionName)
    , m_scorecards(m_connectionName)
{ }

ReviewStore::~ReviewStore()
{
    close();
    AuditLog::setActor(m_connectionName, {});
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
    return open(ReviewDatabase::sqlite(path), QString(), error) == OpenResult::Opened;
}

ReviewStore::OpenResult ReviewStore::open(const ReviewDatabase &location, const QString &password,
                                          QString *error)
{
    close();
    m_location = location;
    m_path = location.displayName();
    const auto fail = [&](OpenResult result, const QString &reason) {
        if (error) {
            *error = tr("Could not open the review database %1: %2")
                         .arg(location.isShared() ? location.displayName()
                                                  : QDir::toNativeSeparators(location.path()),
                              reason);
        }
        qCWarning(lcReview) << "open failed:" << reason;
        close();
        return result;
    };
    if (!location.isShared() && !QDir().mkpath(QFileInfo(location.path()).absolutePath()))
        return fail(OpenResult::Failed, tr("the folder cannot be created."));

    // The connection handle lives only inside this block, so fail() can remove it.
    QString reason;
    bool reached = false;
    {
        if (location.open(m_connectionName, password, &reason)) {
            reached = true;
            QSqlDatabase db = database();
            // SQLite: WAL + FULL, so a committed transaction is on disk before commit returns
            // (a server does that itself).
            const bool tuned = location.isShared()
                || Sql::runAll(db,
                               {QStringLiteral("PRAGMA journal_mode=WAL"),
                                QStringLiteral("PRAGMA synchronous=FULL"),
                                QStringLiteral("PRAGMA foreign_keys=ON")},
                               &reason);
            if (tuned)
                migrate(db, location.isShared(), &reason);
        }
    }
    if (!reason.isEmpty())
        return fail(reached || !location.isShared() ? OpenResult::Failed : OpenResult::Unreachable,
                    reason);
    return OpenResult::Opened;
}

bool ReviewStore::migrate(QSqlDatabase db, bool shared, QString *reason)
{
    if (!shared)
        return SchemaMigrator::migrate(db, ReviewMigrations::all(), reason);
    // Two reviewers starting the program on a new (or older) team database at once must not
    // both run a migration: a session lock on the server lets one migrate while the other
    // waits, then finds nothing to do. The number is this program's own.
    constexpr qint64 migrationLock = 0x43616c6c52657669; // "CallRevi"
    if (!Sql::run(db, QStringLiteral("SELECT pg_advisory_lock(?)"), {migrationLock}, reason))
        return false;
    const bool migrated = SchemaMigrator::migrate(db, ReviewMigrations::all(), reason);
    QString unlockReason;
    Sql::run(db, QStringLiteral("SELECT pg_advisory_unlock(?)"), {migrationLock}, &unlockReason);
    return migrated;
}

int ReviewStore::userVersion() const
{
    return SchemaMigrator::version(database());
}

bool ReviewStore::written(bool ok, const QString &reason, QString *error) const
{
    if (ok)
        return true;
    if (error)
        *error = tr("Could not save to the review database: %1").arg(reason);
    qCWarning(lcReview) << "write failed:" << reason;
    return false;
}

void ReviewStore::setActor(const QString &name)
{
    AuditLog::setActor(m_connectionName, name.trimmed());
}

QString ReviewStore::actor() const
{
    return AuditLog::actor(m_connectionName);
}

QList<AuditLog::Entry> ReviewStore::auditTrail(const QString &entity, const QString &key) const
{
    return AuditLog::entries(database(), entity, key);
}

ReviewStore::SaveResult ReviewStore::save(const Review &review, QString *error)
{
    QString reason;
    const SaveResult result = m_reviews.save(review, &reason);
    if (result.status == SaveResult::Status::Conflict) {
        if (error) {
            *error = tr("The review of %1 was changed in another window or by another reviewer "
                        "since it was opened; this change was not saved, so as not to overwrite "
                        "theirs.")
                         .arg(review.callId);
        }
        qCInfo(lcReview) << "save conflict:" << reason;
        return result;
    }
    if (!written(bool(result), reason, error))
        return result;
    emit reviewSaved(review.callId);
    return result;
}

ReviewStore::ImportResult ReviewStore::importReviews(const QList<Review> &reviews, QString *error)
{
    QString reason;
    const ImportResult result = m_reviews.import(reviews, &reason);
    if (!written(bool(result), reason, error))
        return result;
    QSet<QString> announced;
    for (const Review &review : reviews) {
        if (!announced.contains(review.callId)) {
            announced.insert(review.callId);
            emit reviewSaved(review.callId);
        }
    }
    return result;
}

bool ReviewStore::remove(const QString &callId, QString *error)
{
    const Review own = load(callId);
    if (own.version == 0)
        return true; // nothing stored
    return remove(callId, own.storedReviewer.value_or(own.reviewer), error);
}

bool ReviewStore::remove(const QString &callId, const QString &reviewer, QString *error)
{
    QString reason;
    if (!written(m_reviews.remove(callId, reviewer, &reason), reason, error))
        return false;
    emit reviewSaved(callId);
    return true;
}

bool ReviewStore::setCategories(const QList<ReviewCategory> &categories, QString *error)
{
    // A list a person got wrong is said as it is, not as a database failure.
    if (const QString problem = CategoryTable::problemWith(categories); !problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    QString reason;
    if (!written(m_categories.replace(categories, &reason), reason, error))
        return false;
    emit categoriesChanged();
    return true;
}

bool ReviewStore::setQueueIds(const QStringList &callIds, QString *error)
{
    QString reason;
    return written(m_queue.setIds(callIds, &reason), reason, error);
}

bool ReviewStore::setQueueValue(const QString &key, const QString &value, QString *error)
{
    QString reason;
    return written(m_queue.setValue(key, value, &reason), reason, error);
}

bool ReviewStore::setFindingDismissed(const QString &callId, const QString &findingKey,
                                      bool dismissed, QString *error)
{
    QString reason;
    return written(m_dismissed.setDismissed(callId, findingKey, dismissed, &reason), reason, error);
}
