#pragma once

// A throw-away PostgreSQL server for tests: initdb into a temporary folder, pg_ctl on a free
// loopback port, one database, trust authentication on 127.0.0.1 only. PostgreSQL refuses to run
// as root, so when the tests run as root (CI) every server command runs as the `postgres` system
// user that Debian's postgresql package creates. stop() can kill the server the hard way
// ("immediate": no checkpoint, like a crash) and start() brings it back on the same data.

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>

#include <unistd.h>

class PostgresServer
{
public:
    static constexpr const char *user = "callreview";
    static constexpr const char *database = "callreview_test";

    PostgresServer()
    {
        m_dir.setAutoRemove(true);
        // The postgres user must reach its data folder inside our temporary folder.
        QFile::setPermissions(
            m_dir.path(),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther
                | QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup);
    }
    ~PostgresServer() { stop(false); }

    // Empty when the server runs, else what went wrong (for QVERIFY2).
    QString setUp()
    {
        m_bin = binDir();
        if (m_bin.isEmpty())
            return QStringLiteral(
                "PostgreSQL server programs not found (Debian package postgresql)");
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0))
            return QStringLiteral("no free port on 127.0.0.1");
        m_port = probe.serverPort();
        probe.close();
        QString error =
            run(QStringLiteral("initdb"),
                {QStringLiteral("-D"), dataDir(), QStringLiteral("-U"), QLatin1String(user),
                 QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("--no-sync"),
                 QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C")});
        if (!error.isEmpty())
            return error;
        error = start();
        if (!error.isEmpty())
            return error;
        return run(QStringLiteral("createdb"),
                   {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                    QString::number(m_port), QStringLiteral("-U"), QLatin1String(user),
                    QLatin1String(database)});
    }

    QString start()
    {
        return run(QStringLiteral("pg_ctl"),
                   {QStringLiteral("-D"), dataDir(), QStringLiteral("-l"),
                    m_dir.filePath(QStringLiteral("server.log")), QStringLiteral("-w"),
                    QStringLiteral("-o"),
                    QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off")
                        .arg(m_port)
                        .arg(m_dir.path()),
                    QStringLiteral("start")});
    }

    // immediate: no shutdown checkpoint, as if the server crashed.
    QString stop(bool immediate)
    {
        if (m_bin.isEmpty() || !QFile::exists(dataDir() + QStringLiteral("/postmaster.pid")))
            return {};
        return run(QStringLiteral("pg_ctl"),
                   {QStringLiteral("-D"), dataDir(), QStringLiteral("-m"),
                    immediate ? QStringLiteral("immediate") : QStringLiteral("fast"),
                    QStringLiteral("-w"), QStringLiteral("stop")});
    }

    int port() const { return m_port; }
    QString url() const
    {
        return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3")
            .arg(QLatin1String(user))
            .arg(m_port)
            .arg(QLatin1String(database));
    }
    QString log() const
    {
        QFile file(m_dir.filePath(QStringLiteral("server.log")));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

private:
    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }

    static QString binDir()
    {
        const QDir versions(QStringLiteral("/usr/lib/postgresql"));
        const QStringList found =
            versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed);
        for (const QString &version : found) {
            const QString bin = versions.filePath(version + QStringLiteral("/bin"));
            if (QFile::exists(bin + QStringLiteral("/pg_ctl")))
                return bin;
        }
        return {};
    }

    // Runs a server program, as the postgres user when we are root. Empty on success.
    QString run(const QString &program, const QStringList &arguments) const
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        const QString path = m_bin + u'/' + program;
        if (::geteuid() == 0)
            process.start(QStringLiteral("runuser"),
                          QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                      QStringLiteral("--"), path}
                              + arguments);
        else
            process.start(path, arguments);
        if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit
            || process.exitCode() != 0) {
            return program + QStringLiteral(" failed: ")
                + QString::fromLocal8Bit(process.readAll()).trimmed() + u' ' + log().right(2000);
        }
        return {};
    }

    QTemporaryDir m_dir;
    QString m_bin;
    int m_port = 0;
};
