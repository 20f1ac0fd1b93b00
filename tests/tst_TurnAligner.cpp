#include "alignment/TurnAligner.h"

#include <QTest>

// The dynamic programming on hand-made segments: no audio, every expectation exact.
class tst_TurnAligner : public QObject
{
    Q_OBJECT

private:
    static TurnAligner::Segment seg(qint64 start, qint64 end, Speaker owner, float covered = 0)
    {
        TurnAligner::Segment s;
        s.startMs = start;
        s.endMs = end;
        s.owner = owner;
        s.covered = covered;
        return s;
    }
    // Text whose spoken length matches `ms` at 60 ms per character (letters only).
    static QString textFor(qint64 ms) { return QString(int((ms - 150) / 60), u'a'); }

private slots:
    void placesAlternatingTurnsOnTheirChannels()
    {
        const QList<Turn> turns{{Speaker::Bot, textFor(3000)},
                                {Speaker::Human, textFor(1500)},
                                {Speaker::Bot, textFor(2500)},
                                {Speaker::Human, textFor(1000)}};
        // The bot's first turn has a pause inside; the caller says "uh-huh" during it.
        const QList<TurnAligner::Segment> segments{
            seg(500, 2000, Speaker::Bot),       seg(2300, 3500, Speaker::Bot),
            seg(1200, 1500, Speaker::Human, 1), seg(4200, 5700, Speaker::Human),
            seg(6500, 9000, Speaker::Bot),      seg(9400, 10400, Speaker::Human),
        };
        const TurnAligner::Result result = TurnAligner().align(turns, segments);
        QVERIFY(result.ok());
        QCOMPARE(result.timings.size(), 4);
        QCOMPARE(result.timings.at(0).startMs, 500);
        QCOMPARE(result.timings.at(0).endMs, 3500);
        QCOMPARE(result.timings.at(1).startMs, 4200);
        QCOMPARE(result.timings.at(1).endMs, 5700);
        QCOMPARE(result.timings.at(2).startMs, 6500);
        QCOMPARE(result.timings.at(3).endMs, 10400);
        for (const TurnTiming &timing : result.timings)
            QVERIFY(timing.confidence > 0.5);
        QCOMPARE(result.missedTurns, 0);
    }

    void bargeInOverlapsThePreviousTurn()
    {
        const QList<Turn> turns{{Speaker::Bot, textFor(4000)}, {Speaker::Human, textFor(2000)}};
        const QList<TurnAligner::Segment> segments{seg(0, 4000, Speaker::Bot),
                                                   seg(3600, 5600, Speaker::Human, 0.2f)};
        const TurnAligner::Result result = TurnAligner().align(turns, segments);
        QCOMPARE(result.timings.at(1).startMs, 3600);
        QVERIFY(result.timings.at(1).startMs < result.timings.at(0).endMs);
        QVERIFY(result.timings.at(1).confidence < 1.0); // honest: overlapping start
    }

    void unknownSpeakerGetsTheGapWithNoConfidence()
    {
        const QList<Turn> turns{{Speaker::Unknown, QStringLiteral("preamble")},
                                {Speaker::Bot, textFor(2000)},
                                {Speaker::Human, textFor(1000)}};
        const QList<TurnAligner::Segment> segments{seg(800, 2800, Speaker::Bot),
                                                   seg(3500, 4500, Speaker::Human)};
        const TurnAligner::Result result = TurnAligner().align(turns, segments);
        QCOMPARE(result.timings.at(0).startMs, 0);
        QCOMPARE(result.timings.at(0).endMs, 800);
        QCOMPARE(result.timings.at(0).confidence, 0.0);
        QCOMPARE(result.timings.at(1).startMs, 800);
    }

    void turnWithoutSpeechIsMissedNotInvented()
    {
        // Three turns, speech for the first and last only: the middle one is left at the gap.
        const QList<Turn> turns{{Speaker::Bot, textFor(2000)},
                                {Speaker::Human, textFor(1000)},
                                {Speaker::Bot, textFor(2000)}};
        const QList<TurnAligner::Segment> segments{seg(0, 2000, Speaker::Bot),
                                                   seg(4000, 6000, Speaker::Bot)};
        const TurnAligner::Result result = TurnAligner().align(turns, segments);
        QCOMPARE(result.missedTurns, 1);
        QCOMPARE(result.timings.at(1).confidence, 0.0);
        QCOMPARE(result.timings.at(1).startMs, 2000);
        QCOMPARE(result.timings.at(1).endMs, 4000);
        QCOMPARE(result.timings.at(2).startMs, 4000);
    }

    void mixedAudioUsesPausesAndLengths()
    {
        const QList<Turn> turns{{Speaker::Bot, textFor(3000)},
                                {Speaker::Human, textFor(1000)},
                                {Speaker::Bot, textFor(2000)}};
        // One mixed channel: a short pause inside the first turn, longer ones between turns.
        const QList<TurnAligner::Segment> segments{
            seg(0, 1400, Speaker::Unknown),
            seg(1600, 3000, Speaker::Unknown),
            seg(3800, 4800, Speaker::Unknown),
            seg(5600, 7600, Speaker::Unknown),
        };
        const TurnAligner::Result result = TurnAligner().align(turns, segments);
        QCOMPARE(result.timings.at(0).endMs, 3000);
        QCOMPARE(result.timings.at(1).startMs, 3800);
        QCOMPARE(result.timings.at(2).startMs, 5600);
    }

    void noSegmentsLeavesEveryTurnUnplaced()
    {
        const QList<Turn> turns{{Speaker::Bot, textFor(2000)}};
        const TurnAligner::Result result = TurnAligner().align(turns, {});
        QCOMPARE(result.timings.size(), 1);
        QCOMPARE(result.timings.at(0).confidence, 0.0);
        QCOMPARE(result.missedTurns, 1);
    }

    void leadPhraseLettersFindsAShortFirstPhrase()
    {
        QCOMPARE(TurnAligner::leadPhraseLetters(QStringLiteral("Okay, Tuesday works.")), 4);
        QCOMPARE(TurnAligner::leadPhraseLetters(QStringLiteral("Hi. Yeah, I need to move it.")), 2);
        QCOMPARE(TurnAligner::leadPhraseLetters(QStringLiteral("Yes.")), 0); // nothing follows
        QCOMPARE(TurnAligner::leadPhraseLetters(QStringLiteral("I said Tuesday afternoon.")), 0);
        QCOMPARE(TurnAligner::leadPhraseLetters(QString()), 0);
    }

    // Mixed audio: the caller's "Okay," said over the assistant's last word is in the
    // assistant's segment; a pause, then the rest of the caller's turn.
    void firstPhraseOverThePreviousVoiceStartsInsideTheSegment()
    {
        const QList<Turn> turns{{Speaker::Bot, textFor(2700)},
                                {Speaker::Human, QStringLiteral("Okay, ") + QString(25, u'a')}};
        TurnAligner::Segment opening = seg(0, 1000, Speaker::Unknown);
        TurnAligner::Segment last = seg(1100, 3000, Speaker::Unknown);
        TurnAligner::Segment rest = seg(3200, 5000, Speaker::Unknown);
        // Voice evidence per 10 ms frame: the bot up to 2710 ms, the caller after it.
        std::vector<double> evidence(1, 0.0);
        for (int f = 0; f < 500; ++f)
            evidence.push_back(evidence.back() + (f < 271 ? 0.05 : -0.3));
        opening.botLogOdds = float(evidence[100]);
        last.botLogOdds = float(evidence[300] - evidence[110]);
        rest.botLogOdds = -20;
        TurnAligner::Settings settings;
        settings.leadPhraseExtraMs = 50; // "Okay": 4 letters x 60 ms + 50 = 290 ms
        settings.leadPhraseCost = 0.5;
        settings.interruptedTailMs = 250;
        TurnAligner aligner(settings);

        const TurnAligner::Result unheard = aligner.alignOnce(turns, {opening, last, rest}, 60, 60);
        QCOMPARE(unheard.timings.at(1).startMs, 3200); // without voices: at the pause

        aligner.setVoiceEvidence(&evidence, 1.0);
        const TurnAligner::Result result = aligner.alignOnce(turns, {opening, last, rest}, 60, 60);
        QCOMPARE(result.timings.at(1).startMs, 2710);
        QCOMPARE(result.timings.at(1).endMs, 5000);
        // The assistant goes on under the caller until it reacts.
        QCOMPARE(result.timings.at(0).endMs, 2710 + 250);
        QVERIFY(result.timings.at(1).confidence <= 0.5); // a guess inside speech: honest
    }

    void interruptedTurnEndsAfterTheVoiceChange()
    {
        const QList<Turn> turns{{Speaker::Bot, textFor(3000)}, {Speaker::Human, textFor(2000)}};
        TurnAligner::Segment before = seg(0, 3000, Speaker::Unknown);
        TurnAligner::Segment after = seg(3000, 5000, Speaker::Unknown);
        after.softStart = true; // a voice change inside continuous speech
        before.botLogOdds = 10;
        after.botLogOdds = -10;
        TurnAligner::Settings settings;
        settings.interruptedTailMs = 250;
        const TurnAligner::Result result =
            TurnAligner(settings).alignOnce(turns, {before, after}, 60, 60);
        const qint64 bargeIn = 3000 - settings.softStartLeadMs;
        QCOMPARE(result.timings.at(1).startMs, bargeIn);
        QCOMPARE(result.timings.at(0).endMs, bargeIn + 250);
    }

    void spokenLengthCountsLettersAndPauses()
    {
        QCOMPARE(TurnAligner::spokenLength(QStringLiteral("Hi there")), 7);
        // A pause counts only where speech follows it: the last one is not part of the turn.
        QCOMPARE(TurnAligner::spokenLength(QStringLiteral("Yes.")), 3);
        QCOMPARE(TurnAligner::spokenLength(QStringLiteral("No, thanks.")), 11);
        QCOMPARE(TurnAligner::spokenLength(QString()), 1);
    }
};

QTEST_GUILESS_MAIN(tst_TurnAligner)
#include "tst_TurnAligner.moc"
