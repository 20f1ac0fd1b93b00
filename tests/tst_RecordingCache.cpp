#include "recording/RecordingCache.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QtTest>

class TestRecordingCache : public QObject
{
    Q_OBJECT

private:
    static QString store(const RecordingCache &cache, const QString &key, const QByteArray &data)
    {
        QString error;
        std::unique_ptr<QSaveFile> entry = cache.begin(key, &error);
        if (!entry || entry->write(data) != data.size())
            return {};
        return cache.commit(*entry, &error);
    }
    static void age(const QString &path, int secondsAgo)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-secondsAgo),
                                 QFileDevice::FileModificationTime));
    }

private slots:
    void storesAndFindsByUrl()
    {
        QTemporaryDir dir;
        const RecordingCache cache(dir.path(), {});
        const QString key = RecordingCache::keyFor(QUrl(QStringLiteral("https://h/r?a=1")));
        QVERIFY(cache.lookup(key).isEmpty());
        const QString path = store(cache, key, "RIFF....WAVE");
        QVERIFY(!path.isEmpty());
        QCOMPARE(cache.lookup(key), path);
        QVERIFY(path.startsWith(dir.path()));
        QVERIFY2(!path.contains(u"h/r"), "the file name is a hash, not the URL");
        QVERIFY(cache.lookup(RecordingCache::keyFor(QUrl(QStringLiteral("https://h/r?a=2"))))
                    .isEmpty());
    }

    void createsTheDirectoryOnDemand()
    {
        QTemporaryDir dir;
        const RecordingCache cache(dir.filePath(QStringLiteral("a/b/recordings")), {});
        QVERIFY(!store(cache, QStringLiteral("k"), "x").isEmpty());
    }

    void aCanceledWriteLeavesNothing()
    {
        QTemporaryDir dir;
        const RecordingCache cache(dir.path(), {});
        QString error;
        std::unique_ptr<QSaveFile> entry = cache.begin(QStringLiteral("k"), &error);
        QVERIFY(entry);
        entry->write("partial");
        entry->cancelWriting();
        entry.reset();
        QVERIFY(cache.lookup(QStringLiteral("k")).isEmpty());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 0);
    }

    void evictsTheLeastRecentlyUsed()
    {
        QTemporaryDir dir;
        RecordingCache::Limits limits;
        limits.maxTotalBytes = 250;
        const RecordingCache cache(dir.path(), limits);
        const QByteArray hundred(100, 'x');
        const QString a = store(cache, QStringLiteral("a"), hundred);
        age(a, 300);
        const QString b = store(cache, QStringLiteral("b"), hundred);
        age(b, 200);
        // Using "a" makes "b" the oldest.
        QCOMPARE(cache.lookup(QStringLiteral("a")), a);
        const QString c = store(cache, QStringLiteral("c"), hundred);
        QVERIFY(!c.isEmpty());
        QVERIFY(QFile::exists(a));
        QVERIFY(!QFile::exists(b));
        QVERIFY(QFile::exists(c));
    }

    void neverEvictsTheEntryJustStored()
    {
        QTemporaryDir dir;
        RecordingCache::Limits limits;
        limits.maxTotalBytes = 50;
        const RecordingCache cache(dir.path(), limits);
        const QString old = store(cache, QStringLiteral("old"), QByteArray(40, 'x'));
        age(old, 100);
        const QString big = store(cache, QStringLiteral("big"), QByteArray(80, 'y'));
        QVERIFY(!QFile::exists(old));
        QVERIFY(QFile::exists(big));
        QCOMPARE(cache.lookup(QStringLiteral("big")), big);
    }
};

QTEST_GUILESS_MAIN(TestRecordingCache)
#include "tst_RecordingCache.moc"
