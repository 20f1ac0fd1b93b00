// Nothing the user had is lost when saving fails: an unwritable folder, a path that is a folder,
// a device that writes less than asked and a really full disk (a tiny tmpfs, when this process
// may mount one) all leave the previous file byte-identical, leave no temporary file behind,
// and give the reason.
#include "base/AtomicFileWriter.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

namespace {

const QByteArray previousContent = "The transcript the user saved yesterday.\n";

// Forwards to the real file, but accepts at most maxPerWrite bytes per call and capacity bytes
// in all; past that, write() returns 0 like a full disk that reports nothing.
class ShortWriteDevice : public QIODevice
{
public:
    ShortWriteDevice(QIODevice &target, qint64 maxPerWrite, qint64 capacity)
        : m_target(target)
        , m_maxPerWrite(maxPerWrite)
        , m_capacity(capacity)
    {
        open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        const qint64 n = qMin(qMin(size, m_maxPerWrite), m_capacity - m_written);
        if (n <= 0)
            return 0;
        const qint64 written = m_target.write(data, n);
        if (written > 0)
            m_written += written;
        return written;
    }

private:
    QIODevice &m_target;
    qint64 m_maxPerWrite;
    qint64 m_capacity;
    qint64 m_written = 0;
};

bool writePrevious(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(previousContent) == previousContent.size();
}

QByteArray contentOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

bool run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    return process.waitForFinished(10000) && process.exitStatus() == QProcess::NormalExit
        && process.exitCode() == 0;
}

} // namespace

class tst_SaveFailures : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void shortWritesThatCompleteSucceed();
    void shortWriteKeepsPreviousFile();
    void pathIsAFolder();
    void parentIsAFile();
    void unwritableFolder();
    void fullDisk();

private:
    bool mountTmpfs(const QString &options);

    QTemporaryDir *m_dir = nullptr;
    QString m_mountPoint;
};

void tst_SaveFailures::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
}

void tst_SaveFailures::cleanup()
{
    if (!m_mountPoint.isEmpty())
        run(QStringLiteral("umount"), {m_mountPoint});
    m_mountPoint.clear();
    QFile::setPermissions(m_dir->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    delete m_dir;
}

bool tst_SaveFailures::mountTmpfs(const QString &options)
{
    // Needs root (CI and this sandbox run as root); elsewhere the caller skips.
    if (::geteuid() != 0)
        return false;
    const QString point = m_dir->filePath(QStringLiteral("mnt"));
    if (!QDir().mkpath(point)
        || !run(QStringLiteral("mount"),
                {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"), options,
                 QStringLiteral("tmpfs"), point}))
        return false;
    m_mountPoint = point;
    return true;
}

void tst_SaveFailures::shortWritesThatCompleteSucceed()
{
    // A device may legally accept fewer bytes than asked: the writer keeps going.
    const QString path = m_dir->filePath(QStringLiteral("call.txt"));
    QVERIFY(writePrevious(path));
    const QByteArray data(10000, 'a');
    QString error;
    QVERIFY2(AtomicFileWriter::write(path, data, &error,
                                     [](QIODevice &file) {
                                         return std::make_unique<ShortWriteDevice>(file, 7,
                                                                                   1 << 20);
                                     }),
             qPrintable(error));
    QCOMPARE(contentOf(path), data);
    QCOMPARE(entries(m_dir->path()), QStringList{QStringLiteral("call.txt")});
}

void tst_SaveFailures::shortWriteKeepsPreviousFile()
{
    const QString path = m_dir->filePath(QStringLiteral("call.txt"));
    QVERIFY(writePrevious(path));
    QString error;
    const bool written =
        AtomicFileWriter::write(path, QByteArray(5000, 'b'), &error, [](QIODevice &file) {
            return std::make_unique<ShortWriteDevice>(file, 1000, 2500);
        });
    QVERIFY(!written);
    QCOMPARE(contentOf(path), previousContent);
    QCOMPARE(entries(m_dir->path()), QStringList{QStringLiteral("call.txt")}); // no temp file left
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY2(error.contains(u"the disk did not accept all the data"), qPrintable(error));
}

void tst_SaveFailures::pathIsAFolder()
{
    const QString path = m_dir->filePath(QStringLiteral("exports"));
    QVERIFY(QDir().mkpath(path));
    QVERIFY(writePrevious(path + QStringLiteral("/old.txt")));
    QString error;
    QVERIFY(!AtomicFileWriter::write(path, "new", &error));
    QVERIFY(QFileInfo(path).isDir());
    QCOMPARE(entries(path), QStringList{QStringLiteral("old.txt")});
    QCOMPARE(contentOf(path + QStringLiteral("/old.txt")), previousContent);
    QVERIFY2(error.contains(u"it is a folder. Choose a file name inside it."), qPrintable(error));
}

void tst_SaveFailures::parentIsAFile()
{
    const QString file = m_dir->filePath(QStringLiteral("call.txt"));
    QVERIFY(writePrevious(file));
    QString error;
    QVERIFY(!AtomicFileWriter::write(file + QStringLiteral("/inside.txt"), "new", &error));
    QCOMPARE(contentOf(file), previousContent);
    QVERIFY2(error.contains(u"is a file, not a folder"), qPrintable(error));
}

void tst_SaveFailures::unwritableFolder()
{
    QString folder = m_dir->filePath(QStringLiteral("locked"));
    QVERIFY(QDir().mkpath(folder));
    if (::geteuid() == 0) {
        // Permissions do not stop root: use a folder on a read-only filesystem instead.
        if (!mountTmpfs(QStringLiteral("size=64k,mode=0755")))
            QSKIP("running as root and cannot mount a tmpfs to make a read-only folder");
        folder = m_mountPoint;
    }
    const QString path = folder + QStringLiteral("/call.txt");
    QVERIFY(writePrevious(path));
    if (m_mountPoint.isEmpty()) {
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    } else {
        QVERIFY(run(QStringLiteral("mount"),
                    {QStringLiteral("-o"), QStringLiteral("remount,ro"), folder}));
    }
    QString error;
    QVERIFY(!AtomicFileWriter::write(path, "new content", &error));
    QCOMPARE(contentOf(path), previousContent);
    QCOMPARE(entries(folder), QStringList{QStringLiteral("call.txt")});
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY2(error.contains(u"is not writable"), qPrintable(error));
    // A new file in the same folder: the reason comes from the system.
    const QString fresh = folder + QStringLiteral("/new.txt");
    QVERIFY(!AtomicFileWriter::write(fresh, "new content", &error));
    QVERIFY(!QFile::exists(fresh));
    QCOMPARE(entries(folder), QStringList{QStringLiteral("call.txt")});
    QVERIFY2(error.contains(fresh), qPrintable(error));
    QVERIFY2(error.contains(u"Permission denied") || error.contains(u"Read-only file system"),
             qPrintable(error));
    if (m_mountPoint.isEmpty())
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

void tst_SaveFailures::fullDisk()
{
    // The case QSaveFile::commit() in Qt 6.4 can get wrong: a real ENOSPC mid-write.
    if (!mountTmpfs(QStringLiteral("size=64k")))
        QSKIP("needs root and tmpfs to make a tiny filesystem (the injected short write above "
              "covers the same path)");
    const QString path = m_mountPoint + QStringLiteral("/call.txt");
    QVERIFY(writePrevious(path));
    QString error;
    QVERIFY(!AtomicFileWriter::write(path, QByteArray(1024 * 1024, 'c'), &error));
    QCOMPARE(contentOf(path), previousContent);
    QCOMPARE(entries(m_mountPoint), QStringList{QStringLiteral("call.txt")});
    QVERIFY2(error.contains(u"No space left on device"), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_SaveFailures)
#include "tst_SaveFailures.moc"
