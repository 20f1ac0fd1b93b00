// The call index behind the browse table's timing columns and the review report: entries
// survive a reload, follow the timeline cache (an evicted timeline hides its figures), stay
// bounded, and a damaged or hostile file is ignored, never trusted.
#include "timing/CallTimingIndex.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString keyA = QString(64, u'a');
const QString keyB = QString(64, u'b');

bool touch(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write("{}") == 2;
}
} // namespace

class tst_CallTimingIndex : public QObject
{
    Q_OBJECT

private slots:
    void entryFromReport()
    {
        TimingReport report;
        report.assistantLatency.count = 3;
        report.assistantLatency.p90Ms = 1840;
        report.bargeIns = {{2, Speaker::Human, 300}, {5, Speaker::Bot, 120}, {7, Speaker::Bot, 80}};
        const CallTimingIndex::Entry entry = CallTimingIndex::Entry::from(report, keyA);
        QCOMPARE(entry.assistantP90Ms, 1840);
        QCOMPARE(entry.bargeIns, 3);
        QCOMPARE(entry.assistantBargeIns, 2);
        QCOMPARE(entry.timelineKey, keyA);
        // Nothing measured: no P90, not a made-up 0.
        QCOMPARE(CallTimingIndex::Entry::from(TimingReport(), QString()).assistantP90Ms, -1);
    }

    void recordedEntriesFollowTheTimelineCache()
    {
        QTemporaryDir dir;
        const CallTimingIndex index(dir.path());
        QVERIFY(index.load().isEmpty()); // no file yet
        QVERIFY(touch(dir.filePath(keyA + u".timeline.json")));
        CallTimingIndex::Entry a;
        a.assistantP90Ms = 900;
        a.bargeIns = 1;
        a.timelineKey = keyA;
        CallTimingIndex::Entry b = a;
        b.assistantP90Ms = -1;
        b.timelineKey = keyB; // its timeline is not (or no longer) cached
        CallTimingIndex::Entry c = a;
        c.timelineKey.clear(); // no key: always reported
        QString error;
        QVERIFY2(index.record(u"call-a"_qs, a, &error), qPrintable(error));
        QVERIFY(index.record(u"call-b"_qs, b));
        QVERIFY(index.record(u"call-c"_qs, c));
        const QHash<QString, CallTimingIndex::Entry> loaded = CallTimingIndex(dir.path()).load();
        QCOMPARE(loaded.keys().size(), 2);
        QCOMPARE(loaded.value(u"call-a"_qs), a);
        QCOMPARE(loaded.value(u"call-c"_qs), c);
        QVERIFY(!loaded.contains(u"call-b"_qs));
        // The timeline comes back (aligned again): so do the figures; a new record replaces.
        QVERIFY(touch(dir.filePath(keyB + u".timeline.json")));
        b.bargeIns = 4;
        QVERIFY(index.record(u"call-b"_qs, b));
        QCOMPARE(index.load().value(u"call-b"_qs).bargeIns, 4);
        QCOMPARE(index.load().value(u"call-b"_qs).assistantP90Ms, -1);
    }

    void boundedOldestFirst()
    {
        QTemporaryDir dir;
        const CallTimingIndex index(dir.path(), 3);
        for (int i = 0; i < 5; ++i) {
            QVERIFY(index.record(u"call-%1"_qs.arg(i), CallTimingIndex::Entry()));
            QTest::qWait(2); // distinct times
        }
        const QStringList kept = [&] {
            QStringList ids = index.load().keys();
            ids.sort();
            return ids;
        }();
        QCOMPARE(kept, QStringList({u"call-2"_qs, u"call-3"_qs, u"call-4"_qs}));
    }

    void damagedOrHostileFilesAreIgnored()
    {
        QTemporaryDir dir;
        const CallTimingIndex index(dir.path());
        QFile file(index.path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            "{\"version\":1,\"calls\":{"
            "\"ok\":{\"p90_ms\":1200,\"barge_ins\":2,\"assistant_barge_ins\":1,\"key\":\"\"},"
            "\"escape\":{\"p90_ms\":1,\"barge_ins\":0,\"assistant_barge_ins\":0,"
            "\"key\":\"../../etc/passwd\"},"
            "\"negative\":{\"p90_ms\":1,\"barge_ins\":-3,\"assistant_barge_ins\":0},"
            "\"text\":{\"p90_ms\":\"fast\",\"barge_ins\":0,\"assistant_barge_ins\":0}}}");
        file.close();
        const QHash<QString, CallTimingIndex::Entry> loaded = index.load();
        QCOMPARE(loaded.keys(), QStringList({u"ok"_qs}));
        QCOMPARE(loaded.value(u"ok"_qs).assistantP90Ms, 1200);
        // Not JSON at all: empty, and the next record starts a fresh file.
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("\x00\x01 not json");
        file.close();
        QVERIFY(index.load().isEmpty());
        QVERIFY(index.record(u"fresh"_qs, CallTimingIndex::Entry()));
        QCOMPARE(index.load().keys(), QStringList({u"fresh"_qs}));
    }
};

QTEST_GUILESS_MAIN(tst_CallTimingIndex)
#include "tst_CallTimingIndex.moc"
