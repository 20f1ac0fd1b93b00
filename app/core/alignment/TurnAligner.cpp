#include "alignment/TurnAligner.h"

#include <algorithm>
#include <cmath>

namespace {

enum class Action : quint8 { Skip, Extend, Start, SplitStart };

struct State
{
    double cost = 0;
    double rank = 0; // cost plus what the current turn's length already commits to
    int turn = -1; // alignable turn index; -1 before the first
    qint64 startMs = 0; // of the current turn
    qint64 endMs = 0;
    int back = -1; // previous state in the flat list
    Action action = Action::Skip;
    bool softStart = false; // the current turn began inside continuous speech
};

bool compatible(Speaker owner, Speaker speaker)
{
    return owner == Speaker::Unknown || owner == speaker;
}

bool isPauseMark(QChar c)
{
    return c == u'.' || c == u',' || c == u'?' || c == u'!' || c == u';' || c == u':';
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    const auto mid = values.begin() + qint64(values.size() / 2);
    std::nth_element(values.begin(), mid, values.end());
    return *mid;
}

} // namespace

int TurnAligner::spokenLength(const QString &text)
{
    int length = 0;
    int pauses = 0; // punctuation since the last letter: a pause only if speech follows it
    for (const QChar c : text) {
        if (c.isLetterOrNumber()) {
            length += 1 + 3 * pauses;
            pauses = 0;
        } else if (isPauseMark(c)) {
            pauses = 1;
        }
    }
    return std::max(length, 1);
}

int TurnAligner::leadPhraseLetters(const QString &text)
{
    int letters = 0;
    bool ended = false;
    for (const QChar c : text) {
        if (c.isLetterOrNumber()) {
            if (ended)
                return letters;
            ++letters;
        } else if (letters > 0 && isPauseMark(c)) {
            ended = true;
        }
    }
    return 0;
}

TurnAligner::Result TurnAligner::align(const QList<Turn> &turns, QList<Segment> segments) const
{
    std::sort(segments.begin(), segments.end(), [](const Segment &a, const Segment &b) {
        return a.startMs < b.startMs || (a.startMs == b.startMs && a.endMs < b.endMs);
    });
    // Pass one: each party's rate from its total speech (stereo), or the call's (mixed).
    double chars[2] = {0, 0};
    int count[2] = {0, 0};
    for (const Turn &turn : turns) {
        if (turn.speaker == Speaker::Unknown)
            continue;
        const int who = turn.speaker == Speaker::Bot ? 0 : 1;
        chars[who] += spokenLength(turn.text);
        ++count[who];
    }
    double speech[3] = {0, 0, 0}; // bot, human, mixed
    for (const Segment &segment : std::as_const(segments)) {
        const int who = segment.owner == Speaker::Bot ? 0 : segment.owner == Speaker::Human ? 1 : 2;
        speech[who] += double(segment.endMs - segment.startMs);
    }
    auto clampRate = [](double rate) { return std::clamp(rate, 25.0, 250.0); };
    double rate[2];
    const double allChars = std::max(1.0, chars[0] + chars[1]);
    const double mixedRate =
        (speech[2] + speech[0] + speech[1] - m_settings.fixedMs * (count[0] + count[1])) / allChars;
    for (int who = 0; who < 2; ++who) {
        rate[who] = speech[2] > 0 || chars[who] == 0
            ? mixedRate
            : (speech[who] - m_settings.fixedMs * count[who]) / chars[who];
        rate[who] = clampRate(rate[who] > 0 ? rate[who] : 65.0);
    }
    Result first = alignOnce(turns, segments, rate[0], rate[1]);
    if (speech[2] > 0) {
        // Mixed audio: the speech total leaves out the pauses inside turns, which the turn
        // lengths include, so the rate is searched for: the one whose alignment costs least.
        for (double r = 40.0; r <= 100.0; r += 5.0) {
            Result trial = alignOnce(turns, segments, r, r);
            if (trial.cost < first.cost) {
                first = std::move(trial);
                rate[0] = rate[1] = r;
            }
        }
    }
    if (!first.ok())
        return first;
    // Pass two: the rates the first alignment shows, turn by turn (medians resist its errors).
    std::vector<double> observed[2];
    for (int t = 0; t < turns.size(); ++t) {
        const Turn &turn = turns.at(t);
        const TurnTiming &timing = first.timings.at(t);
        const int length = spokenLength(turn.text);
        if (turn.speaker == Speaker::Unknown || timing.confidence <= 0 || length < 12)
            continue;
        const int who = turn.speaker == Speaker::Bot ? 0 : 1;
        observed[who].push_back((double(timing.endMs - timing.startMs) - m_settings.fixedMs)
                                / length);
    }
    for (int who = 0; who < 2; ++who) {
        if (observed[who].size() >= 3)
            rate[who] = clampRate(median(observed[who]));
    }
    return alignOnce(turns, segments, rate[0], rate[1]);
}

TurnAligner::Result TurnAligner::alignOnce(const QList<Turn> &turns, const QList<Segment> &segments,
                                           double botMsPerChar, double humanMsPerChar) const
{
    const Settings &s = m_settings;
    Result result;
    result.botMsPerChar = botMsPerChar;
    result.humanMsPerChar = humanMsPerChar;

    // The turns the dynamic programming places: Unknown speakers are filled in afterwards.
    QList<int> alignable;
    std::vector<Speaker> speaker;
    std::vector<double> expectedMs;
    for (int t = 0; t < turns.size(); ++t) {
        const Turn &turn = turns.at(t);
        if (turn.speaker == Speaker::Unknown)
            continue;
        alignable.append(t);
        speaker.push_back(turn.speaker);
        const double rate = turn.speaker == Speaker::Bot ? botMsPerChar : humanMsPerChar;
        expectedMs.push_back(s.fixedMs + spokenLength(turn.text) * rate);
    }
    const int n = int(alignable.size());
    const int m = int(segments.size());
    // How long each turn's first phrase lasts when it may be heard over the previous speaker.
    std::vector<qint64> leadPhraseMs(size_t(n), 0);
    auto evidence = [&](qint64 fromMs, qint64 toMs) { // > 0: sounds like the bot
        const std::vector<double> &prefix = *m_voicePrefix;
        const auto last = qint64(prefix.size()) - 1;
        const qint64 a = std::clamp<qint64>(fromMs / 10, 0, last);
        const qint64 b = std::clamp<qint64>(toMs / 10, 0, last);
        return std::clamp(m_voiceSign * (prefix[size_t(b)] - prefix[size_t(a)]), -20.0, 20.0);
    };
    auto rangeVoiceCost = [&](qint64 fromMs, qint64 toMs, Speaker who) {
        const double bot = evidence(fromMs, toMs);
        return std::clamp(who == Speaker::Bot ? -bot : bot, 0.0, s.maxVoiceCost);
    };
    if (s.leadPhraseExtraMs > 0 && m_voicePrefix && !m_voicePrefix->empty()) {
        for (int j = 0; j < n; ++j) {
            const int letters = leadPhraseLetters(turns.at(alignable.at(j)).text);
            if (letters > 0 && letters <= s.leadPhraseMaxLetters)
                leadPhraseMs[size_t(j)] = qint64(
                    letters * (speaker[size_t(j)] == Speaker::Bot ? botMsPerChar : humanMsPerChar)
                    + s.leadPhraseExtraMs);
        }
    }
    // missedBefore[k]: the cost of leaving turns 0..k-1 without speech.
    std::vector<double> missedBefore(size_t(n) + 1, 0.0);
    for (int j = 0; j < n; ++j) {
        const double scale = s.missedFullCostMs > 0
            ? std::clamp(expectedMs[size_t(j)] / s.missedFullCostMs, 0.25, 1.0)
            : 1.0;
        missedBefore[size_t(j) + 1] = missedBefore[size_t(j)] + s.missedTurnCost * scale;
    }
    auto missedCost = [&](int from, int to) { // turns from..to-1 get no speech
        return to > from ? missedBefore[size_t(to)] - missedBefore[size_t(from)] : 0.0;
    };

    auto durationCost = [&](int j, qint64 startMs, qint64 endMs) {
        const double d = std::max<double>(double(endMs - startMs), 50.0) + s.durationSlackMs;
        const double z =
            std::log(d / (expectedMs[size_t(j)] + s.durationSlackMs)) / s.durationSigma;
        return 0.5 * z * z;
    };
    auto skipCost = [&](const Segment &u) {
        const double seconds = double(u.endMs - u.startMs) / 1000.0;
        return u.covered >= 0.6 ? s.coveredSkipCost + s.coveredSkipCostPerSecond * seconds
                                : s.skipCost + s.skipCostPerSecond * seconds;
    };
    auto gapCost = [&](qint64 previousEndMs, const Segment &u) {
        const double gapMs = double(u.startMs - previousEndMs);
        if (gapMs < 0)
            return s.overlapCost + s.overlapCostPerSecond * -gapMs / 1000.0;
        double cost = gapMs > s.silenceFreeMs
            ? s.silenceCostPerSecond * (gapMs - s.silenceFreeMs) / 1000.0
            : 0.0;
        if (u.owner == Speaker::Unknown && !u.softStart) {
            if (gapMs < s.quickChangeMs)
                cost += s.quickChangeCost;
            else if (gapMs < 2 * s.quickChangeMs)
                cost += s.quickChangeCost * (2 * s.quickChangeMs - gapMs) / s.quickChangeMs;
        }
        return cost;
    };
    auto voiceCost = [&](const Segment &u, Speaker who) {
        const double against = who == Speaker::Bot ? -u.botLogOdds : u.botLogOdds;
        return std::clamp(against, 0.0, s.maxVoiceCost);
    };
    auto pauseCost = [&](qint64 previousEndMs, const Segment &u) {
        const double pause = double(u.startMs - previousEndMs);
        return pause <= s.pauseFreeMs ? 0.0
                                      : s.pauseCostPerSecond * (pause - s.pauseFreeMs) / 1000.0;
    };

    std::vector<State> all;
    all.reserve(size_t(m + 1) * size_t(std::min(s.beamStates, n + 1)));
    all.push_back(State());
    std::vector<int> stepBegin{0, 1};
    std::vector<int> slot(size_t(n) + 1, -1); // candidate index per turn (+1) in this step
    std::vector<State> candidates;

    for (int i = 0; i < m; ++i) {
        const Segment &u = segments.at(i);
        candidates.clear();
        // Hypotheses are compared by cost plus the length cost the current turn can no longer
        // escape (it is already longer than expected): without it, a path whose turn started
        // too early looks as good as the right one until that turn is closed.
        auto offer = [&](State state) {
            state.rank = state.cost;
            if (state.turn >= 0
                && double(state.endMs - state.startMs) > expectedMs[size_t(state.turn)])
                state.rank += durationCost(state.turn, state.startMs, state.endMs);
            int &at = slot[size_t(state.turn + 1)];
            if (at < 0) {
                at = int(candidates.size());
                candidates.push_back(state);
            } else if (state.rank < candidates[size_t(at)].rank) {
                candidates[size_t(at)] = state;
            }
        };
        for (int p = stepBegin[size_t(i)]; p < stepBegin[size_t(i) + 1]; ++p) {
            const State &from = all[size_t(p)];
            const int j = from.turn;
            State next = from;
            next.back = p;
            // Skip the segment.
            next.action = Action::Skip;
            next.cost = from.cost + skipCost(u);
            offer(next);
            // Add it to the current turn.
            if (j >= 0 && compatible(u.owner, speaker[size_t(j)])) {
                next = from;
                next.back = p;
                next.action = Action::Extend;
                next.cost = from.cost + pauseCost(from.endMs, u) + voiceCost(u, speaker[size_t(j)]);
                next.endMs = std::max(from.endMs, u.endMs);
                offer(next);
            }
            // Start one of the next turns with it (the ones in between got no speech).
            const double closing = j >= 0 ? durationCost(j, from.startMs, from.endMs) : 0.0;
            // Or add its head to the current turn and start the next turn with its tail: the
            // next speaker's first phrase over the current one's last word (a barge-in), a
            // pause after it. (Also letting the head start a turn was measured: worse.)
            const qint64 pauseAfter = i + 1 < m ? segments.at(i + 1).startMs - u.endMs : qint64(-1);
            const auto tail = size_t(j + 1);
            if (j >= 0 && j + 1 < n && u.owner == Speaker::Unknown && leadPhraseMs[tail] > 0
                && speaker[tail] != speaker[size_t(j)] && pauseAfter >= s.leadPhrasePauseMinMs
                && pauseAfter <= s.leadPhrasePauseMaxMs) {
                const qint64 cut = u.endMs - leadPhraseMs[tail];
                if (cut > u.startMs + 100 && cut > from.startMs) {
                    next = from;
                    next.back = p;
                    next.action = Action::SplitStart;
                    next.turn = int(tail);
                    next.startMs = cut;
                    next.endMs = u.endMs;
                    next.softStart = true;
                    next.cost = from.cost + pauseCost(from.endMs, u)
                        + durationCost(j, from.startMs, cut) + s.leadPhraseCost
                        + rangeVoiceCost(u.startMs, cut, speaker[size_t(j)])
                        + rangeVoiceCost(cut, u.endMs, speaker[tail]);
                    offer(next);
                }
            }
            for (int k = j + 1; k < n && k <= j + 1 + s.maxMissedInARow; ++k) {
                if (!compatible(u.owner, speaker[size_t(k)]))
                    continue;
                next = from;
                next.back = p;
                next.action = Action::Start;
                next.turn = k;
                next.startMs = u.startMs;
                next.endMs = u.endMs;
                next.softStart = u.softStart;
                next.cost = from.cost + closing + missedCost(j + 1, k)
                    + (j >= 0 ? gapCost(from.endMs, u) : 0.0)
                    + (u.softStart ? s.softStartCost : 0.0) + voiceCost(u, speaker[size_t(k)]);
                offer(next);
            }
        }
        for (const State &candidate : candidates)
            slot[size_t(candidate.turn + 1)] = -1;
        // Beam: the best hypotheses only, within beamWidth of the best.
        std::sort(candidates.begin(), candidates.end(),
                  [](const State &a, const State &b) { return a.rank < b.rank; });
        const double limit = candidates.front().rank + s.beamWidth;
        int kept = 0;
        for (const State &candidate : candidates) {
            if (kept >= s.beamStates || candidate.rank > limit)
                break;
            all.push_back(candidate);
            ++kept;
        }
        stepBegin.push_back(int(all.size()));
    }

    // Close the last turn; turns after it got no speech.
    int best = -1;
    double bestCost = std::numeric_limits<double>::infinity();
    for (int p = stepBegin[size_t(m)]; p < stepBegin[size_t(m) + 1]; ++p) {
        const State &state = all[size_t(p)];
        const double total = state.cost
            + (state.turn >= 0 ? durationCost(state.turn, state.startMs, state.endMs) : 0.0)
            + missedCost(state.turn + 1, n);
        if (total < bestCost) {
            bestCost = total;
            best = p;
        }
    }
    result.cost = bestCost;

    // Back-track: which turn each segment went to.
    std::vector<qint64> start(size_t(n), -1), end(size_t(n), -1);
    std::vector<quint8> soft(size_t(n), 0);
    std::vector<quint8> splitStart(size_t(n), 0);
    std::vector<double> against(size_t(n), 0.0); // voice evidence for the other party
    const bool hasVoices = std::any_of(segments.cbegin(), segments.cend(),
                                       [](const Segment &u) { return u.botLogOdds != 0; });
    for (int p = best, i = m - 1; p > 0 && i >= 0; p = all[size_t(p)].back, --i) {
        const State &state = all[size_t(p)];
        if (state.action == Action::Skip)
            continue;
        const Segment &u = segments.at(i);
        const auto j = size_t(state.turn);
        if (state.action == Action::SplitStart) {
            start[j] = state.startMs;
            end[j] = std::max(end[j], u.endMs);
            splitStart[j] = 1;
            const auto head = j - 1; // the segment's head went to the previous turn
            start[head] = start[head] < 0 ? u.startMs : std::min(start[head], u.startMs);
            end[head] = std::max(end[head], state.startMs);
            continue;
        }
        start[j] = start[j] < 0 ? u.startMs : std::min(start[j], u.startMs);
        end[j] = std::max(end[j], u.endMs);
        if (state.action == Action::Start)
            soft[j] = u.softStart ? 1 : 0;
        against[j] += speaker[j] == Speaker::Bot ? -u.botLogOdds : u.botLogOdds;
    }

    result.timings.resize(turns.size());
    for (int j = 0; j < n; ++j) {
        TurnTiming &timing = result.timings[alignable.at(j)];
        if (start[size_t(j)] < 0) {
            ++result.missedTurns;
            continue;
        }
        timing.startMs = start[size_t(j)];
        if (soft[size_t(j)]) {
            // A voice change is heard where the interrupted voice stops, after the barge-in
            // began (the overlap sounds like the louder, earlier voice).
            const qint64 floor = j > 0 && start[size_t(j - 1)] >= 0 ? start[size_t(j - 1)] + 1 : 0;
            timing.startMs = std::max(floor, timing.startMs - qint64(s.softStartLeadMs));
        }
        timing.endMs = end[size_t(j)];
        if ((soft[size_t(j)] || splitStart[size_t(j)]) && s.interruptedTailMs > 0 && j > 0
            && start[size_t(j - 1)] >= 0 && speaker[size_t(j - 1)] != speaker[size_t(j)]) {
            TurnTiming &interrupted = result.timings[alignable.at(j - 1)];
            interrupted.endMs = std::max(
                interrupted.endMs, std::min(timing.startMs + s.interruptedTailMs, timing.endMs));
        }
        // Confidence: the length's agreement with the text, lower for a boundary inside
        // continuous speech and for a start over the previous speaker.
        const double z =
            std::abs(std::log(
                (std::max<double>(double(timing.endMs - timing.startMs), 50.0) + s.durationSlackMs)
                / (expectedMs[size_t(j)] + s.durationSlackMs)))
            / s.durationSigma;
        double confidence = std::clamp(1.0 - 0.15 * std::max(0.0, z - 1.0), 0.2, 1.0);
        if (soft[size_t(j)] || splitStart[size_t(j)])
            confidence *= 0.5;
        if (j > 0 && start[size_t(j - 1)] >= 0 && timing.startMs < end[size_t(j - 1)])
            confidence *= 0.85;
        timing.confidence = confidence;
        // Mono: a turn whose speech sounds like the other voice is likely shifted (measured on
        // seeds 1-8 and 21-28: 55 % of starts right when the evidence leans against the
        // speaker, 90 % otherwise).
        if (hasVoices)
            timing.confidence *= std::clamp(0.6 - 0.08 * against[size_t(j)], 0.4, 1.0);
    }
    // Turns without speech (missed, or Unknown speakers): the gap their neighbours leave.
    for (int t = 0; t < turns.size(); ++t) {
        TurnTiming &timing = result.timings[t];
        if (timing.isValid())
            continue;
        qint64 from = 0;
        int before = -1;
        for (int b = t - 1; b >= 0; --b) {
            if (result.timings.at(b).isValid()) {
                from = result.timings.at(b).endMs;
                before = b;
                break;
            }
        }
        qint64 to = -1;
        for (int a = t + 1; a < turns.size(); ++a) {
            if (result.timings.at(a).isValid() && result.timings.at(a).confidence > 0) {
                to = result.timings.at(a).startMs;
                break;
            }
        }
        if (to < from)
            to = from;
        const qsizetype j = alignable.indexOf(t);
        if (s.missedFullCostMs > 0 && j >= 0) {
            // Mixed audio: a turn heard nowhere was most likely said over the end of the
            // other party's turn (a short barge-in): it starts where a voice change would be
            // reported and lasts what its text takes, not the whole gap.
            const bool otherSpeaker =
                before >= 0 && turns.at(before).speaker != turns.at(t).speaker;
            if (otherSpeaker)
                from =
                    std::max(result.timings.at(before).startMs, from - qint64(s.softStartLeadMs));
            to = std::max(from, std::min(to, from + qint64(expectedMs[size_t(j)])));
        }
        timing.startMs = from;
        timing.endMs = to;
        timing.confidence = 0;
    }
    return result;
}
