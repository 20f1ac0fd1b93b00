#include "storage/ReviewDatabase.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QUrl>
#include <QUrlQuery>

namespace {

const QStringList &sslModes()
{
    static const QStringList modes{QStringLiteral("disable"),   QStringLiteral("allow"),
                                   QStringLiteral("prefer"),    QStringLiteral("require"),
                                   QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    return modes;
}

// The text as typed, for an error message, with anything between "//" and "@" (where a
// password would be) left out.
QString quoted(const QString &text)
{
    QString shown = text.left(200);
    const qsizetype start = shown.indexOf(QStringLiteral("//"));
    const qsizetype at = shown.indexOf(u'@');
    if (start >= 0 && at > start)
        shown = shown.left(start + 2) + QStringLiteral("…") + shown.mid(at);
    return shown;
}

// The part between "scheme://" and the path, as typed: "user@host:port".
QString rawAuthority(const QString &text)
{
    const qsizetype start = text.indexOf(QStringLiteral("://"));
    if (start < 0)
        return {};
    QString authority = text.mid(start + 3);
    const qsizetype end = authority.indexOf(QRegularExpression(QStringLiteral("[/?#]")));
    if (end >= 0)
        authority.truncate(end);
    return authority;
}

} // namespace

ReviewDatabase ReviewDatabase::sqlite(const QString &path)
{
    ReviewDatabase database;
    database.m_kind = Kind::Sqlite;
    database.m_path = path;
    return database;
}

ReviewDatabase::Parsed ReviewDatabase::parse(const QString &text, const QString &sqlitePath)
{
    Parsed parsed;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        parsed.database = sqlite(sqlitePath);
        return parsed;
    }
    const auto fail = [&parsed](const QString &error) {
        parsed.error = error;
        return parsed;
    };
    static const QRegularExpression schemePattern(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*)://"));
    const QRegularExpressionMatch schemeMatch = schemePattern.match(trimmed);
    if (!schemeMatch.hasMatch()) {
        return fail(tr("\"%1\" is not a database URL: write "
                       "postgresql://USER@HOST:PORT/DATABASE.")
                        .arg(quoted(trimmed)));
    }
    const QString scheme = schemeMatch.captured(1).toLower();
    if (scheme != u"postgresql" && scheme != u"postgres") {
        return fail(tr("The review database URL must start with postgresql:// (got \"%1:\"); "
                       "leave it empty for the local SQLite file.")
                        .arg(scheme.left(40)));
    }
    // Checked before anything else is said about the URL, so no message ever repeats it:
    // "user:secret@" and "user:@" both hold a password.
    const QString authority = rawAuthority(trimmed);
    const qsizetype at = authority.lastIndexOf(u'@');
    if (at >= 0 && authority.left(at).contains(u':')) {
        return fail(tr("The review database URL must not contain a password: store it in the "
                       "system keychain (Settings), or in PGPASSFILE or ~/.pgpass."));
    }
    // The port as typed: QUrl refuses a bad one without saying so.
    const QString hostPort = authority.mid(at + 1);
    const qsizetype colon = hostPort.lastIndexOf(u':');
    ReviewDatabase database;
    database.m_kind = Kind::Postgres;
    if (colon >= 0 && colon > hostPort.lastIndexOf(u']')) {
        const QString portText = hostPort.mid(colon + 1);
        bool ok = false;
        const int port = portText.toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return fail(tr("The port of the review database URL must be a number from 1 to "
                           "65535 (got \"%1\").")
                            .arg(portText.left(20)));
        database.m_port = port;
    }
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid()) {
        return fail(tr("\"%1\" is not a database URL: write "
                       "postgresql://USER@HOST:PORT/DATABASE.")
                        .arg(quoted(trimmed)));
    }
    database.m_host = url.host();
    database.m_user = url.userName();
    QString name = url.path(QUrl::FullyDecoded);
    if (name.startsWith(u'/'))
        name.remove(0, 1);
    if (name.isEmpty()) {
        return fail(tr("The review database URL names no database: add it after the host, as "
                       "in postgresql://USER@HOST:PORT/DATABASE."));
    }
    if (name.contains(u'/'))
        return fail(tr("\"%1\" is not a database name (it contains a '/').").arg(name.left(80)));
    database.m_databaseName = name;

    const QUrlQuery query(url);
    for (const auto &item : query.queryItems(QUrl::FullyDecoded)) {
        if (item.first != u"sslmode") {
            return fail(tr("The review database URL takes only the parameter sslmode (got "
                           "\"%1\").")
                            .arg(item.first.left(40)));
        }
        if (!sslModes().contains(item.second)) {
            return fail(tr("sslmode takes one of %1 (got \"%2\").")
                            .arg(sslModes().join(QStringLiteral(", ")), item.second.left(40)));
        }
        database.m_sslMode = item.second;
    }
    if (url.hasFragment())
        return fail(tr("The review database URL cannot have a '#' part."));
    parsed.database = database;
    return parsed;
}

QString ReviewDatabase::url() const
{
    if (m_kind == Kind::Sqlite)
        return m_path;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(m_user);
    url.setHost(m_host);
    url.setPort(m_port);
    url.setPath(u'/' + m_databaseName);
    if (!m_sslMode.isEmpty())
        url.setQuery(QStringLiteral("sslmode=") + m_sslMode);
    return url.toString(QUrl::FullyEncoded);
}

QString ReviewDatabase::displayName() const
{
    if (m_kind == Kind::Sqlite)
        return m_path;
    return QStringLiteral("%1:%2/%3")
        .arg(m_host.isEmpty() ? QStringLiteral("localhost") : m_host)
        .arg(m_port)
        .arg(m_databaseName);
}

QString ReviewDatabase::keychainEntry() const
{
    return QStringLiteral("review-database:") + url();
}

QString ReviewDatabase::connectOptions() const
{
    QString options = QStringLiteral("connect_timeout=%1").arg(connectTimeoutSeconds);
    if (!m_sslMode.isEmpty())
        options += QStringLiteral(";sslmode=") + m_sslMode;
    return options;
}

bool ReviewDatabase::open(const QString &connectionName, const QString &password,
                          QString *reason) const
{
    const QString driver =
        m_kind == Kind::Sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
    if (!QSqlDatabase::isDriverAvailable(driver)) {
        *reason = m_kind == Kind::Sqlite
            ? tr("the Qt SQLite driver is missing (install libqt6sql6-sqlite).")
            : tr("the Qt PostgreSQL driver is missing (install libqt6sql6-psql).");
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, connectionName);
    if (m_kind == Kind::Sqlite) {
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    } else {
        db.setHostName(m_host);
        db.setPort(m_port);
        db.setUserName(m_user);
        db.setDatabaseName(m_databaseName);
        db.setPassword(password); // empty: libpq reads PGPASSFILE / ~/.pgpass
        db.setConnectOptions(connectOptions());
    }
    if (db.open())
        return true;
    // libpq's text names host and port, never the password.
    *reason = db.lastError().text().simplified(); // one line
    return false;
}
