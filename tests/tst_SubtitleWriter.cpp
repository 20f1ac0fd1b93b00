// SubtitleWriter: exact SubRip and WebVTT files for a hand-made call (speaker prefixes and
// voice tags, escaping, multi-line turns, skipped turns, times past an hour, numbering), cue
// order when the timeline is out of order, and the cue times of a call from make_call.py.
#include "GeneratedCall.h"
#include "timing/SubtitleWriter.h"
#include "timing/TimestampFormat.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Call
{
    QList<Turn> turns;
    Timeline timeline;

    Call &add(Speaker speaker, const QString &text, qint64 start, qint64 end)
    {
        turns.append({speaker, text});
        timeline.turns.append({start, end, 1.0});
        return *this;
    }
};

Call sample()
{
    Call call;
    call.add(Speaker::Unknown, QStringLiteral("Recording starts"), 0, 400)
        .add(Speaker::Bot, QStringLiteral("Hello & welcome <to> Brightside.\nHow can I help?"), 500,
             3000)
        .add(Speaker::Human, QStringLiteral("I need --> help\r\n\n  with  \n"), 2400, 5000)
        .add(Speaker::Bot, QStringLiteral(" \n "), 5500, 6000) // nothing to show
        .add(Speaker::Human, QStringLiteral("Lost"), -1, -1) // not placed
        .add(Speaker::Bot, QStringLiteral("Bye."), 3723004, 3725000);
    return call;
}

} // namespace

class tst_SubtitleWriter : public QObject
{
    Q_OBJECT

private slots:
    void subRip()
    {
        const Call call = sample();
        QCOMPARE(SubtitleWriter::srt(call.turns, call.timeline),
                 QStringLiteral("1\n"
                                "00:00:00,000 --> 00:00:00,400\n"
                                "Recording starts\n"
                                "\n"
                                "2\n"
                                "00:00:00,500 --> 00:00:03,000\n"
                                "Assistant: Hello & welcome <to> Brightside.\n"
                                "How can I help?\n"
                                "\n"
                                "3\n"
                                "00:00:02,400 --> 00:00:05,000\n"
                                "Caller: I need -> help\n"
                                "with\n"
                                "\n"
                                "4\n"
                                "01:02:03,004 --> 01:02:05,000\n"
                                "Assistant: Bye.\n"
                                "\n"));
        QCOMPARE(SubtitleWriter::cueCount(call.turns, call.timeline), 4);
    }

    void webVtt()
    {
        const Call call = sample();
        QCOMPARE(SubtitleWriter::webVtt(call.turns, call.timeline),
                 QStringLiteral("WEBVTT\n"
                                "\n"
                                "1\n"
                                "00:00:00.000 --> 00:00:00.400\n"
                                "Recording starts\n"
                                "\n"
                                "2\n"
                                "00:00:00.500 --> 00:00:03.000\n"
                                "<v Assistant>Hello &amp; welcome &lt;to&gt; Brightside.\n"
                                "How can I help?\n"
                                "\n"
                                "3\n"
                                "00:00:02.400 --> 00:00:05.000\n"
                                "<v Caller>I need --&gt; help\n"
                                "with\n"
                                "\n"
                                "6\n"
                                "01:02:03.004 --> 01:02:05.000\n"
                                "<v Assistant>Bye.\n"
                                "\n"));
    }

    void cuesInOrderOfStart()
    {
        // A stray timing before its predecessor: cues sorted by start, numbered in file order.
        Call call;
        call.add(Speaker::Bot, QStringLiteral("second"), 5000, 6000)
            .add(Speaker::Human, QStringLiteral("first"), 1000, 2000)
            .add(Speaker::Bot, QStringLiteral("third"), 7000, 8000);
        const QString srt = SubtitleWriter::srt(call.turns, call.timeline);
        QVERIFY2(srt.startsWith(QStringLiteral("1\n00:00:01,000 --> 00:00:02,000\nCaller: first")),
                 qPrintable(srt));
        QVERIFY(
            srt.contains(QStringLiteral("2\n00:00:05,000 --> 00:00:06,000\nAssistant: second")));
        const QString vtt = SubtitleWriter::webVtt(call.turns, call.timeline);
        QVERIFY(vtt.indexOf(QStringLiteral("\n2\n00:00:01.000"))
                < vtt.indexOf(QStringLiteral("\n1\n00:00:05.000")));
    }

    void noTimelineNoCues()
    {
        const Call call = sample();
        QCOMPARE(SubtitleWriter::cueCount(call.turns, Timeline()), 0);
        QCOMPARE(SubtitleWriter::srt(call.turns, Timeline()), QString());
        QCOMPARE(SubtitleWriter::webVtt(call.turns, Timeline()), QStringLiteral("WEBVTT\n\n"));
        QCOMPARE(SubtitleWriter::cueCount({}, call.timeline), 0);
    }

    void generatedCall()
    {
        if (GeneratedCall::script().isEmpty())
            QFAIL("make_call.py not found (tests/tools)");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const GeneratedCall::Call call = GeneratedCall::make(
            {QStringLiteral("--seed"), QStringLiteral("4"), QStringLiteral("--turns"),
             QStringLiteral("10"), QStringLiteral("--barge"), QStringLiteral("0.5")},
            dir.path());
        QVERIFY2(call.error.isEmpty(), qPrintable(call.error));

        // Every turn one cue, at the truth's times, with its speaker.
        const QString srt = SubtitleWriter::srt(call.turns, call.timeline);
        const QStringList blocks = srt.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
        QCOMPARE(blocks.size(), call.turns.size());
        const QRegularExpression timing(QStringLiteral(
            R"(^(\d+)\n(\d\d):(\d\d):(\d\d),(\d\d\d) --> (\d\d):(\d\d):(\d\d),(\d\d\d)\n(Assistant|Caller): )"));
        const auto ms = [](const QRegularExpressionMatch &m, int first) {
            return ((m.captured(first).toLongLong() * 60 + m.captured(first + 1).toLongLong()) * 60
                    + m.captured(first + 2).toLongLong())
                * 1000
                + m.captured(first + 3).toLongLong();
        };
        for (int k = 0; k < blocks.size(); ++k) {
            const QRegularExpressionMatch m = timing.match(blocks.at(k));
            QVERIFY2(m.hasMatch(), qPrintable(blocks.at(k)));
            QCOMPARE(m.captured(1).toInt(), k + 1);
            QCOMPARE(ms(m, 2), call.timeline.turns.at(k).startMs);
            QCOMPARE(ms(m, 6), call.timeline.turns.at(k).endMs);
            QCOMPARE(m.captured(10),
                     call.turns.at(k).speaker == Speaker::Bot ? QStringLiteral("Assistant")
                                                              : QStringLiteral("Caller"));
        }

        const QString vtt = SubtitleWriter::webVtt(call.turns, call.timeline);
        QVERIFY(vtt.startsWith(QStringLiteral("WEBVTT\n\n")));
        for (int k = 0; k < call.turns.size(); ++k) {
            const QString cue = QString::number(k + 1) + u'\n'
                + TimestampFormat::webVtt(call.timeline.turns.at(k).startMs)
                + QStringLiteral(" --> ") + TimestampFormat::webVtt(call.timeline.turns.at(k).endMs)
                + u'\n'
                + (call.turns.at(k).speaker == Speaker::Bot ? QStringLiteral("<v Assistant>")
                                                            : QStringLiteral("<v Caller>"));
            QVERIFY2(vtt.contains(cue), qPrintable(cue));
        }
    }
};

QTEST_GUILESS_MAIN(tst_SubtitleWriter)
#include "tst_SubtitleWriter.moc"
