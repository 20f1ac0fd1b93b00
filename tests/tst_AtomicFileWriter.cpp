// AtomicFileWriter: a file is written whole or not at all; on every failure an existing file
// at that path stays byte-identical and the error says why.
#include "base/AtomicFileWriter.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include <unistd.h>

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray("<unreadable>");
    return file.readAll();
}

bool writePlain(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

bool run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    return process.waitForFinished(10000) && process.exitStatus() == QProcess::NormalExit
        && process.exitCode() == 0;
}

// A device that accepts `firstChunk` bytes on the first write, then nothing (returns 0 or -1).
class ShortWriteDevice : public QIODevice
{
public:
    ShortWriteDevice(qint64 firstChunk, qint64 thenReturn)
        : m_firstChunk(firstChunk)
        , m_thenReturn(thenReturn)
    {
        open(QIODevice::WriteOnly);
    }
    QByteArray written;
    int writeCalls = 0;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        ++writeCalls;
        if (writeCalls > 1)
            return m_thenReturn;
        const qint64 n = qMin(size, m_firstChunk);
        written.append(data, n);
        return n;
    }

private:
    qint64 m_firstChunk;
    qint64 m_thenReturn;
};

// Accepts at most `chunk` bytes per call, forever: a slow but working device.
class ChunkedDevice : public QIODevice
{
public:
    explicit ChunkedDevice(qint64 chunk)
        : m_chunk(chunk)
    {
        open(QIODevice::WriteOnly);
    }
    QByteArray written;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        const qint64 n = qMin(size, m_chunk);
        written.append(data, n);
        return n;
    }

private:
    qint64 m_chunk;
};

} // namespace

class TestAtomicFileWriter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void writesNewFile();
    void overwrites();
    void writesEmptyFile();
    void pathIsDirectory();
    void folderMissing();
    void parentIsRegularFile();
    void emptyPath();
    void readOnlyFolder();
    void fullFilesystem();
    void writeAllStopsOnShortWrite_data();
    void writeAllStopsOnShortWrite();
    void writeAllLoopsOverPartialWrites();

private:
    std::unique_ptr<QTemporaryDir> m_dir; // a fresh one per test
    QString path(const QString &name) const { return m_dir->filePath(name); }
    const QByteArray m_original = QByteArray("the user's previous export\n\xc3\xa9\x00 binary", 32);
};

void TestAtomicFileWriter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestAtomicFileWriter::writesNewFile()
{
    const QString target = path(QStringLiteral("new.txt"));
    const QByteArray data = "Call 1\n\xe2\x86\x92 caf\xc3\xa9\n";
    QString error;
    QVERIFY2(AtomicFileWriter::write(target, data, &error), qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(readAll(target), data);
}

void TestAtomicFileWriter::overwrites()
{
    const QString target = path(QStringLiteral("existing.txt"));
    QVERIFY(writePlain(target, m_original));
    const QByteArray data(3 * 1024 * 1024, 'z');
    QString error;
    QVERIFY2(AtomicFileWriter::write(target, data, &error), qPrintable(error));
    QCOMPARE(readAll(target), data);
    QVERIFY2(AtomicFileWriter::write(target, "short", &error), qPrintable(error));
    QCOMPARE(readAll(target), QByteArray("short"));
    // No temporary files are left behind.
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("existing.txt")});
}

void TestAtomicFileWriter::writesEmptyFile()
{
    const QString target = path(QStringLiteral("empty.txt"));
    QVERIFY(writePlain(target, m_original));
    QString error;
    QVERIFY2(AtomicFileWriter::write(target, QByteArray(), &error), qPrintable(error));
    QCOMPARE(readAll(target), QByteArray());
}

void TestAtomicFileWriter::pathIsDirectory()
{
    const QString target = path(QStringLiteral("folder"));
    QVERIFY(QDir().mkpath(target));
    QVERIFY(writePlain(target + QStringLiteral("/inside.txt"), m_original));
    QString error;
    QVERIFY(!AtomicFileWriter::write(target, "data", &error));
    QVERIFY2(error.contains(QStringLiteral("folder")), qPrintable(error));
    QVERIFY(QFileInfo(target).isDir());
    QCOMPARE(readAll(target + QStringLiteral("/inside.txt")), m_original);
}

void TestAtomicFileWriter::folderMissing()
{
    const QString target = path(QStringLiteral("missing/sub/out.txt"));
    QString error;
    QVERIFY(!AtomicFileWriter::write(target, "data", &error));
    QVERIFY2(error.contains(QStringLiteral("does not exist")), qPrintable(error));
    QVERIFY(!QFile::exists(target));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("missing"))));
}

void TestAtomicFileWriter::parentIsRegularFile()
{
    // Root can write anywhere, but not under a regular file.
    const QString parent = path(QStringLiteral("plain.txt"));
    QVERIFY(writePlain(parent, m_original));
    QString error;
    QVERIFY(!AtomicFileWriter::write(parent + QStringLiteral("/out.txt"), "data", &error));
    QVERIFY2(error.contains(QStringLiteral("is a file, not a folder")), qPrintable(error));
    QCOMPARE(readAll(parent), m_original);
}

void TestAtomicFileWriter::emptyPath()
{
    QString error;
    QVERIFY(!AtomicFileWriter::write(QString(), "data", &error));
    QVERIFY2(error.contains(QStringLiteral("no file name")), qPrintable(error));
    QVERIFY(!AtomicFileWriter::write(QString(), "data", nullptr)); // no error pointer: no crash
}

void TestAtomicFileWriter::readOnlyFolder()
{
    const QString folder = path(QStringLiteral("readonly"));
    QVERIFY(QDir().mkpath(folder));
    const QString target = folder + QStringLiteral("/export.txt");
    QVERIFY(writePlain(target, m_original));

    // chmod does not stop root; the immutable attribute does.
    const bool root = ::geteuid() == 0;
    if (root) {
        if (QStandardPaths::findExecutable(QStringLiteral("chattr")).isEmpty()
            || !run(QStringLiteral("chattr"), {QStringLiteral("+i"), folder}))
            QSKIP("running as root and chattr +i is not available here: cannot make a folder "
                  "read-only");
    } else {
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    }
    const auto restore = qScopeGuard([&] {
        if (root)
            run(QStringLiteral("chattr"), {QStringLiteral("-i"), folder});
        else
            QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    });

    QString error;
    QVERIFY(!AtomicFileWriter::write(target, "new contents that must not land", &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(target)), qPrintable(error));
    QCOMPARE(readAll(target), m_original);
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("export.txt")});
}

void TestAtomicFileWriter::fullFilesystem()
{
    // A 64 KiB tmpfs fills up half way through the write.
    if (::geteuid() != 0)
        QSKIP("mounting a small tmpfs needs root");
    const QString mountPoint = path(QStringLiteral("tiny"));
    QVERIFY(QDir().mkpath(mountPoint));
    if (!run(QStringLiteral("mount"),
             {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
              QStringLiteral("size=64k"), QStringLiteral("tmpfs"), mountPoint}))
        QSKIP("cannot mount a tmpfs here (no CAP_SYS_ADMIN)");
    const auto unmount = qScopeGuard([&] { run(QStringLiteral("umount"), {mountPoint}); });

    const QString target = mountPoint + QStringLiteral("/export.txt");
    QVERIFY(writePlain(target, m_original));
    QString error;
    QVERIFY(!AtomicFileWriter::write(target, QByteArray(1024 * 1024, 'x'), &error));
    QVERIFY2(error.startsWith(QStringLiteral("Could not write")), qPrintable(error));
    QCOMPARE(readAll(target), m_original);
    QCOMPARE(QDir(mountPoint).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("export.txt")});
}

void TestAtomicFileWriter::writeAllStopsOnShortWrite_data()
{
    QTest::addColumn<qint64>("firstChunk");
    QTest::addColumn<qint64>("thenReturn");
    QTest::newRow("short then 0") << qint64(5) << qint64(0);
    QTest::newRow("short then -1") << qint64(5) << qint64(-1);
    QTest::newRow("nothing at all") << qint64(0) << qint64(0);
}

void TestAtomicFileWriter::writeAllStopsOnShortWrite()
{
    QFETCH(qint64, firstChunk);
    QFETCH(qint64, thenReturn);
    ShortWriteDevice device(firstChunk, thenReturn);
    QVERIFY(!AtomicFileWriter::writeAll(device, QByteArray(100, 'a')));
    QCOMPARE(device.written, QByteArray(firstChunk, 'a'));
    QVERIFY(device.writeCalls <= 2); // gives up instead of spinning
}

void TestAtomicFileWriter::writeAllLoopsOverPartialWrites()
{
    ChunkedDevice device(7);
    QByteArray data;
    for (int i = 0; i < 100; ++i)
        data += QByteArray::number(i) + ' ';
    QVERIFY(AtomicFileWriter::writeAll(device, data));
    QCOMPARE(device.written, data);
    ChunkedDevice empty(7);
    QVERIFY(AtomicFileWriter::writeAll(empty, QByteArray()));
}

QTEST_GUILESS_MAIN(TestAtomicFileWriter)
#include "tst_AtomicFileWriter.moc"
