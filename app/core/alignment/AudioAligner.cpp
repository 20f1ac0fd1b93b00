#include "alignment/AudioAligner.h"

#include "alignment/TwoVoiceModel.h"
#include "alignment/VoiceChangeSplitter.h"
#include "alignment/VoiceClusters.h"
#include "alignment/VoiceFeatures.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace {

constexpr qint64 surroundedMaxMs = 1200; // backchannels are short...
constexpr qint64 surroundReachMs = 600; // ...and the other party goes on within this

constexpr int voiceRounds = 2; // mono: learn the voices, align; again from that alignment
constexpr qint64 takeOverReachMs = 300; // the other party stops this soon after the segment...
constexpr qint64 takeOverSilenceMs = 1000; // ...and stays silent this long after it

// Whether a segment that starts over the other party's speech takes the floor: the other party
// stops by its end (or just after) and stays silent. A backchannel comes while the other party
// holds the floor: it goes on speaking.
bool takesOver(const SpeechSegment &segment, const ChannelActivity &other, int firstOther)
{
    for (int k = std::max(0, firstOther - 1); k < other.segments.size(); ++k) {
        const SpeechSegment &near = other.segments.at(k);
        if (near.endMs <= segment.startMs)
            continue;
        if (near.startMs >= segment.startMs + (segment.endMs - segment.startMs) / 2)
            return near.startMs > segment.endMs + takeOverSilenceMs;
        if (near.endMs > segment.endMs + takeOverReachMs)
            return false; // the other party still speaks
    }
    return true;
}

// Segments of one party's channel for the aligner, with how much the other party covers each.
QList<TurnAligner::Segment> ownedSegments(const ChannelActivity &own, const ChannelActivity &other,
                                          Speaker owner)
{
    QList<TurnAligner::Segment> result;
    result.reserve(own.segments.size());
    int o = 0;
    for (const SpeechSegment &segment : own.segments) {
        TurnAligner::Segment s;
        s.startMs = segment.startMs;
        s.endMs = segment.endMs;
        s.owner = owner;
        while (o < other.segments.size() && other.segments.at(o).endMs <= segment.startMs)
            ++o;
        qint64 overlap = 0;
        for (int k = o; k < other.segments.size() && other.segments.at(k).startMs < segment.endMs;
             ++k)
            overlap += std::min(segment.endMs, other.segments.at(k).endMs)
                - std::max(segment.startMs, other.segments.at(k).startMs);
        s.covered = float(double(overlap) / double(std::max<qint64>(1, segment.durationMs())));
        // A short burst while the other party holds the floor (speaking just before and just
        // after it, e.g. an "uh-huh" in a pause between two sentences) counts as covered too.
        if (segment.durationMs() < surroundedMaxMs) {
            bool before = false;
            bool after = false;
            for (int k = std::max(0, o - 1); k < other.segments.size(); ++k) {
                const SpeechSegment &near = other.segments.at(k);
                if (near.startMs > segment.endMs + surroundReachMs)
                    break;
                before = before
                    || (near.startMs < segment.startMs
                        && near.endMs >= segment.startMs - surroundReachMs);
                after = after
                    || (near.endMs > segment.endMs
                        && near.startMs <= segment.endMs + surroundReachMs);
            }
            if (before && after)
                s.covered = 1.0f;
        }
        // A take-over (barge-in): the other party stops within the segment (or just after it)
        // and stays silent, while this party goes on. Its overlap is no sign of a backchannel.
        if (s.covered > 0 && takesOver(segment, other, o))
            s.covered = 0;
        result.append(s);
    }
    return result;
}

QList<TurnAligner::Segment> mixedSegments(const ChannelActivity &activity)
{
    QList<TurnAligner::Segment> result;
    result.reserve(activity.segments.size());
    for (const SpeechSegment &segment : activity.segments) {
        TurnAligner::Segment s;
        s.startMs = segment.startMs;
        s.endMs = segment.endMs;
        result.append(s);
    }
    return result;
}

// Settings for mixed audio, where only lengths, pauses and voices tell the turns apart
// (measured on synthetic calls, docs/ALIGNMENT.md): tighter lengths, and a missed turn cheaper
// than a cascade of shifted ones after a barge-in the detector could not split.
TurnAligner::Settings mixedSettings(double sigma)
{
    TurnAligner::Settings settings;
    settings.durationSigma = sigma;
    settings.durationSlackMs = 0; // measured: mono turns are placed by their lengths alone
    settings.missedTurnCost = 12.0;
    settings.missedFullCostMs = 2000; // a short barge-in is often heard only under the other voice
    settings.maxVoiceCost = 5.0;
    // A barge-in: the caller's first phrase ("Okay,") over the assistant's last word, a
    // pause, the rest; and the assistant going on under the caller until it reacts.
    settings.leadPhraseExtraMs = 50;
    settings.leadPhraseCost = 0.5;
    settings.interruptedTailMs = 250;
    return settings;
}

// Frame labels for the voice model from an alignment's confident turns: +1 bot, -1 human.
std::vector<qint8> labelsOf(const QList<Turn> &turns, const ChannelActivity &mixed, size_t nFrames,
                            const TurnAligner::Result &alignment)
{
    std::vector<qint8> labels(nFrames, 0);
    for (int t = 0; t < turns.size(); ++t) {
        const TurnTiming &timing = alignment.timings.at(t);
        const Speaker speaker = turns.at(t).speaker;
        if (speaker == Speaker::Unknown || timing.confidence < 0.6)
            continue;
        // Away from the edges, where the other voice may still be talking.
        const qint64 from = (timing.startMs + 150) / ChannelActivity::frameMs;
        const qint64 to = (timing.endMs - 150) / ChannelActivity::frameMs;
        for (qint64 f = std::max<qint64>(0, from); f < to && f < qint64(nFrames); ++f)
            if (mixed.voiced[size_t(f)])
                labels[size_t(f)] = speaker == Speaker::Bot ? 1 : -1;
    }
    return labels;
}

// Mono: the two voices learnt from frame labels (+1 bot, -1 human), as the aligner uses them:
// the segments split where the voice changes, with each piece's voice evidence, and the same
// evidence frame by frame (prefix sums) for turns that start inside a piece. None when a voice
// has too little speech to learn.
struct LearntVoices
{
    QList<TurnAligner::Segment> pieces;
    std::vector<double> evidence;
};

std::optional<LearntVoices> learnVoices(const ChannelActivity &mixed,
                                        const std::vector<VoiceFeatures::Frame> &features,
                                        const std::vector<qint8> &labels)
{
    const size_t nFrames = std::min(features.size(), mixed.voiced.size());
    TwoVoiceModel model;
    if (!model.train(features, labels))
        return std::nullopt;
    std::vector<float> logOdds(nFrames, 0.0f);
    for (size_t f = 0; f < nFrames; ++f)
        if (mixed.voiced[f])
            logOdds[f] = model.logOdds(features[f]);
    const VoiceChangeSplitter splitter;
    LearntVoices voices;
    voices.pieces = splitter.split(mixed.segments, logOdds);
    voices.evidence.assign(nFrames + 1, 0.0);
    for (size_t f = 0; f < nFrames; ++f)
        voices.evidence[f + 1] =
            voices.evidence[f] + double(logOdds[f]) * splitter.settings().evidenceScale;
    return voices;
}

// Mono: aligns with the voice evidence. With bothAssignments (voices learnt from labels that
// only say which frames sound alike, not who speaks), the other assignment of the two voices is
// aligned too (the same pieces, the evidence negated) and the cheaper alignment is kept.
TurnAligner::Result alignWithVoices(const TurnAligner &aligner, const QList<Turn> &turns,
                                    const LearntVoices &voices, bool bothAssignments)
{
    TurnAligner withVoices = aligner;
    withVoices.setVoiceEvidence(&voices.evidence, 1.0);
    TurnAligner::Result result = withVoices.align(turns, voices.pieces);
    if (bothAssignments) {
        QList<TurnAligner::Segment> negated = voices.pieces;
        for (TurnAligner::Segment &piece : negated)
            piece.botLogOdds = -piece.botLogOdds;
        withVoices.setVoiceEvidence(&voices.evidence, -1.0);
        TurnAligner::Result other = withVoices.align(turns, negated);
        if (other.cost < result.cost)
            result = std::move(other);
    }
    return result;
}

// Mono, from a starting alignment: the voices learnt from it, an alignment with them; again
// from that alignment. Twice: voices learnt from an alignment a barge-in threw off are partly
// wrong; the second alignment has fewer such turns, and the voices learnt from it are cleaner
// (mono 0.89 -> 0.91 starts within 250 ms, seeds 1-8; a third round changes nothing).
TurnAligner::Result refineWithVoices(const TurnAligner &aligner, const QList<Turn> &turns,
                                     const ChannelActivity &mixed,
                                     const std::vector<VoiceFeatures::Frame> &features,
                                     TurnAligner::Result current)
{
    const size_t nFrames = std::min(features.size(), mixed.voiced.size());
    for (int round = 0; round < voiceRounds; ++round) {
        const std::optional<LearntVoices> voices =
            learnVoices(mixed, features, labelsOf(turns, mixed, nFrames, current));
        if (!voices)
            break;
        TurnAligner::Result next = alignWithVoices(aligner, turns, *voices, false);
        if (!next.ok())
            break;
        current = std::move(next);
    }
    return current;
}

// Mono under one spread of turn lengths: two candidates. One starts from an alignment by
// lengths and pauses alone and learns the voices from it; a barge-in that alignment misses
// can teach the model the two voices the wrong way round, which then keeps the turns shifted.
// The other starts from the voices clustered without any alignment (VoiceClusters), under
// both assignments of the clusters to the parties.
QList<TurnAligner::Result> alignMixedWith(const QList<Turn> &turns, const ChannelActivity &mixed,
                                          const std::vector<VoiceFeatures::Frame> &features,
                                          const std::optional<LearntVoices> &clustered,
                                          double sigma)
{
    const TurnAligner aligner(mixedSettings(sigma));
    QList<TurnAligner::Result> candidates;
    TurnAligner::Result first = aligner.align(turns, mixedSegments(mixed));
    if (!first.ok()) {
        candidates.append(first);
        return candidates;
    }
    candidates.append(refineWithVoices(aligner, turns, mixed, features, first));
    if (clustered) {
        TurnAligner::Result start = alignWithVoices(aligner, turns, *clustered, true);
        if (start.ok())
            candidates.append(refineWithVoices(aligner, turns, mixed, features, start));
    }
    return candidates;
}

// How well an alignment's turn lengths follow the text: mean squared log ratio of each turn's
// length to characters x its speaker's median rate (fitted on the alignment itself), a missed
// turn counting as the worst fit. A cascade of shifted turns pairs texts with the wrong
// lengths, whatever the spread the aligner was told to expect.
double lengthMisfit(const QList<Turn> &turns, const TurnAligner::Result &result)
{
    constexpr double fixedMs = 150, worst = 1.0;
    std::vector<double> perChar[2];
    for (int t = 0; t < turns.size(); ++t) {
        const Speaker speaker = turns.at(t).speaker;
        const TurnTiming &timing = result.timings.at(t);
        const int chars = TurnAligner::spokenLength(turns.at(t).text);
        if (speaker == Speaker::Unknown || timing.confidence <= 0 || chars < 10)
            continue;
        perChar[speaker == Speaker::Bot ? 0 : 1].push_back(
            (double(timing.endMs - timing.startMs) - fixedMs) / chars);
    }
    double rate[2];
    for (int who = 0; who < 2; ++who) {
        std::vector<double> &v = perChar[who];
        if (v.empty())
            return std::numeric_limits<double>::infinity();
        std::nth_element(v.begin(), v.begin() + qint64(v.size() / 2), v.end());
        rate[who] = std::max(20.0, v[v.size() / 2]);
    }
    double sum = 0;
    int n = 0;
    for (int t = 0; t < turns.size(); ++t) {
        const Speaker speaker = turns.at(t).speaker;
        if (speaker == Speaker::Unknown)
            continue;
        const TurnTiming &timing = result.timings.at(t);
        const double expected = fixedMs
            + TurnAligner::spokenLength(turns.at(t).text) * rate[speaker == Speaker::Bot ? 0 : 1];
        const double actual = double(timing.endMs - timing.startMs);
        const double r = actual > 0 ? std::log(actual / expected) : 10.0;
        sum += timing.confidence <= 0 ? worst : std::min(worst, r * r);
        ++n;
    }
    return n ? sum / n : std::numeric_limits<double>::infinity();
}

// Mono: the spread of turn lengths the aligner expects decides where a cascade starts, and no
// single value suits every call; align under a few and keep the one whose lengths fit the text.
TurnAligner::Result alignMixed(const QList<Turn> &turns, const PcmAudio &audio,
                               const ChannelActivity &mixed)
{
    const std::vector<VoiceFeatures::Frame> features = VoiceFeatures::compute(audio);
    // The clustered voices do not depend on the spread: learnt once.
    const std::vector<qint8> clusters = VoiceClusters::labels(mixed, features);
    const std::optional<LearntVoices> clustered =
        clusters.empty() ? std::nullopt : learnVoices(mixed, features, clusters);
    TurnAligner::Result best;
    double bestMisfit = std::numeric_limits<double>::infinity();
    for (const double sigma : {0.25, 0.2, 0.3}) {
        for (TurnAligner::Result &result :
             alignMixedWith(turns, mixed, features, clustered, sigma)) {
            if (!result.ok()) {
                if (!best.ok())
                    best = std::move(result); // what went wrong, when nothing goes right
                continue;
            }
            const double misfit = lengthMisfit(turns, result);
            if (!best.ok() || misfit < bestMisfit) {
                best = std::move(result);
                bestMisfit = misfit;
            }
        }
    }
    return best;
}

} // namespace

bool AudioAligner::channelsIdentical(const ChannelActivity &a, const ChannelActivity &b)
{
    std::vector<float> diffs;
    const size_t n = std::min(a.frameDb.size(), b.frameDb.size());
    for (size_t f = 0; f < n; ++f) {
        if (a.frameDb[f] > a.noiseDb + 15 || b.frameDb[f] > b.noiseDb + 15)
            diffs.push_back(a.frameDb[f] - b.frameDb[f]);
    }
    if (diffs.size() < 50)
        return false;
    std::sort(diffs.begin(), diffs.end());
    const float spread = diffs[diffs.size() * 9 / 10] - diffs[diffs.size() / 10];
    // One party per channel: the difference swings by twice the bleed (36-60 dB).
    return spread < 4.0f;
}

AudioAligner::Result AudioAligner::align(const QList<Turn> &turns, const PcmAudio &audio)
{
    Result result;
    result.timeline.durationMs = audio.durationMs();
    if (audio.channelCount() == 0) {
        result.error = {AlignmentError::Kind::NoChannels,
                        tr("The recording has no audio channels.")};
        return result;
    }

    auto finishMixed = [&]() {
        VoiceActivityDetector::Settings settings;
        settings.mergeGapMs = 120; // a mix has no other channel to mark turn changes
        const ChannelActivity mixed = VoiceActivityDetector(settings).analyzeMixed(audio);
        if (mixed.segments.isEmpty()) {
            result.error = {AlignmentError::Kind::Silent,
                            tr("The recording is silent: no speech was found.")};
            return;
        }
        const TurnAligner::Result aligned = alignMixed(turns, audio, mixed);
        result.timeline.channels = ChannelMap();
        result.timeline.turns = aligned.timings;
        result.cost = aligned.cost;
    };

    if (audio.channelCount() == 1) {
        finishMixed();
        return result;
    }
    const QList<ChannelActivity> channels = VoiceActivityDetector().analyze(audio, true);
    const ChannelActivity &left = channels.at(0);
    const ChannelActivity &right = channels.at(1);
    if (left.segments.isEmpty() && right.segments.isEmpty()) {
        result.error = {AlignmentError::Kind::Silent,
                        tr("The recording is silent: no speech was found.")};
        return result;
    }
    if (left.segments.isEmpty() || right.segments.isEmpty() || channelsIdentical(left, right)) {
        finishMixed();
        return result;
    }
    const TurnAligner aligner;
    QList<TurnAligner::Segment> botLeft = ownedSegments(left, right, Speaker::Bot);
    botLeft += ownedSegments(right, left, Speaker::Human);
    QList<TurnAligner::Segment> botRight = ownedSegments(right, left, Speaker::Bot);
    botRight += ownedSegments(left, right, Speaker::Human);
    const TurnAligner::Result a = aligner.align(turns, botLeft);
    const TurnAligner::Result b = aligner.align(turns, botRight);
    const bool leftIsBot = a.cost <= b.cost;
    const TurnAligner::Result &winner = leftIsBot ? a : b;
    result.timeline.channels.botChannel = leftIsBot ? 0 : 1;
    result.timeline.channels.humanChannel = leftIsBot ? 1 : 0;
    result.timeline.turns = winner.timings;
    result.cost = winner.cost;
    result.otherCost = leftIsBot ? b.cost : a.cost;
    return result;
}
