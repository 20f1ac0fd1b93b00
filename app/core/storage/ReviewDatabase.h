#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

// Where the reviews live: the embedded SQLite file of one reviewer (the default), or a team's
// PostgreSQL database named by a URL, `postgresql://user@host:port/db?sslmode=require` (also
// `postgres://`). A value: parse() checks the URL and explains what is wrong with it; open()
// makes the Qt SQL connection (QSQLITE or QPSQL).
//
// The URL never holds a password, so it may be stored in the settings and shown in messages
// and logs. A URL with one is refused: the password comes from the system keychain (one entry
// per URL, keychainEntry()) or, when there is none, libpq finds it itself in PGPASSFILE or
// ~/.pgpass.
class ReviewDatabase
{
    Q_DECLARE_TR_FUNCTIONS(ReviewDatabase)

public:
    enum class Kind : quint8 { Sqlite, Postgres };

    struct Parsed;
    // Empty (or blank) text: the SQLite file at sqlitePath.
    static Parsed parse(const QString &text, const QString &sqlitePath);
    static ReviewDatabase sqlite(const QString &path);

    Kind kind() const { return m_kind; }
    bool isShared() const { return m_kind == Kind::Postgres; }
    QString path() const { return m_path; } // Sqlite
    QString host() const { return m_host; } // Postgres; empty: the local socket
    int port() const { return m_port; }
    QString user() const { return m_user; } // empty: libpq's default (the login name)
    QString databaseName() const { return m_databaseName; }
    QString sslMode() const { return m_sslMode; } // empty: libpq's default (prefer)

    // The URL without a password (the same for two spellings of one database); the file path
    // for SQLite.
    QString url() const;
    // For messages: "host:port/db" or the file path. Never a password (there is none).
    QString displayName() const;
    // The keychain entry holding this database's password.
    QString keychainEntry() const;
    // The QPSQL connect options (libpq keywords): sslmode and a connect timeout.
    QString connectOptions() const;

    // Adds the Qt SQL connection connectionName and opens it; password may be empty (libpq
    // then reads PGPASSFILE / ~/.pgpass). false with *reason (the driver's words) on failure;
    // the connection is left added so the caller can remove it.
    bool open(const QString &connectionName, const QString &password, QString *reason) const;

    static constexpr int defaultPort = 5432;
    static constexpr int connectTimeoutSeconds = 10;

private:
    Kind m_kind = Kind::Sqlite;
    QString m_path;
    QString m_host;
    int m_port = defaultPort;
    QString m_user;
    QString m_databaseName;
    QString m_sslMode;
};

struct ReviewDatabase::Parsed
{
    ReviewDatabase database;
    QString error; // non-empty: the text is not a database URL (says why, never the password)

    bool ok() const { return error.isEmpty(); }
};
