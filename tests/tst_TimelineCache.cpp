#include "alignment/TimelineCache.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class tst_TimelineCache : public QObject
{
    Q_OBJECT

private:
    static QList<Turn> turns()
    {
        return {{Speaker::Bot, QStringLiteral("Hello, how can I help?")},
                {Speaker::Human, QStringLiteral("I need an appointment.")}};
    }
    static Timeline timeline()
    {
        Timeline t;
        t.channels = {0, 1};
        t.durationMs = 9000;
        t.turns = {{300, 2500, 0.95}, {3100, 5200, 0.8}};
        return t;
    }
    static QString writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return QString();
        return path;
    }

private slots:
    void defaultDirectoryIsBesideTheRecordings()
    {
        QVERIFY(TimelineCache::defaultDirectory().endsWith(QLatin1String("/timelines")));
    }

    void keyFollowsContentTranscriptAndVersion()
    {
        QTemporaryDir dir;
        const QString a = writeFile(dir.filePath(QStringLiteral("a.wav")), "RIFF-one");
        const QString b = writeFile(dir.filePath(QStringLiteral("b.wav")), "RIFF-one");
        const QString c = writeFile(dir.filePath(QStringLiteral("c.wav")), "RIFF-two");
        const QByteArray ha = TimelineCache::contentHash(a);
        QCOMPARE(ha.size(), 32);
        // Same bytes under another name: same key (the content decides, not the path or URL).
        QCOMPARE(TimelineCache::keyFor(ha, turns()),
                 TimelineCache::keyFor(TimelineCache::contentHash(b), turns()));
        QVERIFY(TimelineCache::keyFor(ha, turns())
                != TimelineCache::keyFor(TimelineCache::contentHash(c), turns()));
        QList<Turn> edited = turns();
        edited[1].text += QStringLiteral(" Tomorrow.");
        QVERIFY(TimelineCache::keyFor(ha, turns()) != TimelineCache::keyFor(ha, edited));
        QList<Turn> relabelled = turns();
        relabelled[0].speaker = Speaker::Human;
        QVERIFY(TimelineCache::keyFor(ha, turns()) != TimelineCache::keyFor(ha, relabelled));
        QString error;
        QVERIFY(
            TimelineCache::contentHash(dir.filePath(QStringLiteral("missing")), &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }

    void storesAndFinds()
    {
        QTemporaryDir dir;
        const TimelineCache cache(dir.filePath(QStringLiteral("timelines")));
        const QString key = TimelineCache::keyFor(QByteArray(32, 'x'), turns());
        QVERIFY(!cache.lookup(key, turns()));
        QString error;
        QVERIFY2(cache.store(key, timeline(), turns(), &error), qPrintable(error));
        const auto found = cache.lookup(key, turns());
        QVERIFY(found);
        QCOMPARE(*found, timeline());
        // Another transcript (turn count or speakers) never gets this entry.
        QVERIFY(!cache.lookup(key, turns().mid(0, 1)));
        QList<Turn> swapped = turns();
        std::swap(swapped[0].speaker, swapped[1].speaker);
        QVERIFY(!cache.lookup(key, swapped));
    }

    void damagedEntriesAreMisses()
    {
        QTemporaryDir dir;
        const TimelineCache cache(dir.path());
        const QString key = TimelineCache::keyFor(QByteArray(32, 'y'), turns());
        QString error;
        QVERIFY(cache.store(key, timeline(), turns(), &error));
        QFile file(cache.pathFor(key));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        file.close();
        // Truncated, not JSON, a field out of range, another key, another engine version.
        const QList<QByteArray> variants{
            bytes.left(bytes.size() / 2),
            QByteArray("garbage"),
            QByteArray(bytes).replace("\"end_ms\":2500", "\"end_ms\":99999"),
            QByteArray(bytes).replace(key.toLatin1(), QByteArray(64, 'a')),
            QByteArray(bytes).replace(QByteArray("\"engine_version\":")
                                          .append(QByteArray::number(TimelineCache::engineVersion)),
                                      "\"engine_version\":0"),
        };
        for (const QByteArray &variant : variants) {
            QVERIFY(variant != bytes);
            QVERIFY(!writeFile(cache.pathFor(key), variant).isEmpty());
            QVERIFY(!cache.lookup(key, turns()));
        }
    }

    void unwritableDirectoryFailsCleanly()
    {
        QTemporaryDir dir;
        const QString blocker = writeFile(dir.filePath(QStringLiteral("file")), "x");
        const TimelineCache cache(blocker + QStringLiteral("/timelines"));
        QString error;
        QVERIFY(!cache.store(QStringLiteral("k"), timeline(), turns(), &error));
        QVERIFY(!error.isEmpty());
    }

    void evictsTheOldest()
    {
        QTemporaryDir dir;
        const TimelineCache cache(dir.path(), 3);
        QStringList keys;
        for (int i = 0; i < 5; ++i) {
            keys.append(TimelineCache::keyFor(QByteArray(32, char('a' + i)), turns()));
            QString error;
            QVERIFY(cache.store(keys.last(), timeline(), turns(), &error));
            // Distinct modification times, oldest first.
            QFile file(cache.pathFor(keys.last()));
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.setFileTime(QDateTime::currentDateTimeUtc().addSecs(i - 10),
                                     QFileDevice::FileModificationTime));
        }
        int present = 0;
        for (const QString &key : keys)
            present += QFile::exists(cache.pathFor(key)) ? 1 : 0;
        QCOMPARE(present, 3);
        QVERIFY(QFile::exists(cache.pathFor(keys.last())));
        QVERIFY(!QFile::exists(cache.pathFor(keys.first())));
    }
};

QTEST_GUILESS_MAIN(tst_TimelineCache)
#include "tst_TimelineCache.moc"
