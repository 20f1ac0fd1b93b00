#include "findings/FindingsDetector.h"

#include "findings/FindingPhrases.h"
#include "findings/NearDuplicateClusters.h"
#include "findings/TextTokenizer.h"
#include "format/CallFormatting.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace {

QString quoted(QStringView text)
{
    constexpr int maxChars = 80;
    const QString simple = text.toString().simplified();
    return simple.size() <= maxChars ? simple : simple.left(maxChars - 1) + u'…';
}

struct Utterance
{
    int turn;
    QStringView text;
    int words;
    bool question;
};

class Detection
{
public:
    Detection(const QList<Turn> &turns, const FindingsDetector::Options &options)
        : m_turns(turns)
        , m_options(options)
        , m_turnWords(size_t(turns.size()), 0)
        , m_misunderstoodTurn(size_t(turns.size()), -1)
    { }

    QList<Finding> run(const QString &endCallReason);

private:
    void read();
    void addRepetition(const std::vector<int> &cluster);
    void addCycles(const std::vector<int> &cluster);
    void addRepeatedQuestions(const std::vector<int> &cluster);
    void addPerTurn(Finding::Kind kind, Finding::Severity severity,
                    const QList<QPair<int, QString>> &turnMessages, const QString &overflowMessage);
    void addShape(const QString &endCallReason);
    QList<int> capped(QList<int> turns) const;
    bool isBot(int turn) const { return m_turns.at(turn).speaker == Speaker::Bot; }

    const QList<Turn> &m_turns;
    const FindingsDetector::Options &m_options;
    QList<Finding> m_findings;

    std::vector<int> m_turnWords;
    std::vector<int> m_misunderstoodTurn; // phrase index, -1 when none
    QList<QPair<int, QString>> m_humanRequests;
    qint64 m_botWords = 0;
    qint64 m_humanWords = 0;

    // Assistant utterances long enough to compare, and their sets of word pairs.
    std::vector<Utterance> m_utterances;
    std::vector<std::vector<quint64>> m_shingles;
};

QList<int> Detection::capped(QList<int> turns) const
{
    std::sort(turns.begin(), turns.end());
    turns.erase(std::unique(turns.begin(), turns.end()), turns.end());
    if (turns.size() > m_options.maxTurnsPerFinding)
        turns.resize(m_options.maxTurnsPerFinding);
    return turns;
}

void Detection::read()
{
    TextTokenizer::Result tokens;
    for (int t = 0; t < m_turns.size(); ++t) {
        const Turn &turn = m_turns.at(t);
        for (const QStringView line : QStringView(turn.text).tokenize(u'\n')) {
            TextTokenizer::tokenize(line, tokens);
            const int words = int(tokens.words.size());
            if (words == 0)
                continue;
            m_turnWords[size_t(t)] += words;
            if (turn.speaker == Speaker::Bot)
                m_botWords += words;
            else if (turn.speaker == Speaker::Human)
                m_humanWords += words;

            if (m_misunderstoodTurn[size_t(t)] < 0)
                m_misunderstoodTurn[size_t(t)] =
                    FindingPhrases::misunderstandingMarkers().find(tokens.words);
            if (turn.speaker == Speaker::Human
                && (m_humanRequests.isEmpty() || m_humanRequests.constLast().first != t)) {
                const int request = FindingPhrases::humanRequests().find(tokens.words);
                if (request >= 0)
                    m_humanRequests.append({t, FindingPhrases::humanRequests().phrase(request)});
            }
            if (turn.speaker != Speaker::Bot || words < m_options.minRepeatWords)
                continue;
            std::vector<quint64> shingles;
            shingles.reserve(tokens.words.size());
            for (size_t i = 1; i < tokens.words.size(); ++i)
                shingles.push_back(TextTokenizer::mix(tokens.words[i - 1] * 31 + tokens.words[i]));
            std::sort(shingles.begin(), shingles.end());
            shingles.erase(std::unique(shingles.begin(), shingles.end()), shingles.end());
            m_shingles.push_back(std::move(shingles));
            m_utterances.push_back({t, line, words, tokens.question});
        }
    }
}

QList<Finding> Detection::run(const QString &endCallReason)
{
    read();
    const std::vector<int> cluster =
        NearDuplicateClusters::cluster(m_shingles, m_options.nearDuplicateSimilarity);
    addRepetition(cluster);
    addCycles(cluster);
    addRepeatedQuestions(cluster);

    QList<QPair<int, QString>> misunderstandings;
    for (int t = 0; t < m_turns.size(); ++t) {
        const int marker = m_misunderstoodTurn[size_t(t)];
        if (marker < 0 || m_turns.at(t).speaker == Speaker::Unknown)
            continue;
        const QString phrase = FindingPhrases::misunderstandingMarkers().phrase(marker);
        misunderstandings.append(
            {t,
             isBot(t) ? FindingsDetector::tr("The assistant did not understand the caller (“%1”).")
                            .arg(phrase)
                      : FindingsDetector::tr("The caller did not understand the assistant (“%1”).")
                            .arg(phrase)});
    }
    addPerTurn(Finding::Kind::Misunderstanding, Finding::Severity::Warning, misunderstandings,
               FindingsDetector::tr("More turns with misunderstanding markers."));

    QList<QPair<int, QString>> requests;
    for (const auto &request : std::as_const(m_humanRequests)) {
        requests.append(
            {request.first,
             FindingsDetector::tr("The caller asked for a person (“%1”).").arg(request.second)});
    }
    addPerTurn(Finding::Kind::HumanRequested, Finding::Severity::Problem, requests,
               FindingsDetector::tr("More turns where the caller asked for a person."));

    QList<QPair<int, QString>> monologues;
    for (int t = 0; t < m_turns.size(); ++t) {
        if (isBot(t) && m_turnWords[size_t(t)] > m_options.longMonologueWords) {
            monologues.append({t,
                               FindingsDetector::tr("The assistant spoke %n words in one turn.",
                                                    nullptr, m_turnWords[size_t(t)])});
        }
    }
    addPerTurn(Finding::Kind::LongMonologue, Finding::Severity::Warning, monologues,
               FindingsDetector::tr("More long assistant turns."));

    addShape(endCallReason);
    return m_findings;
}

// Groups of the same or nearly the same reply, largest first, at most maxFindingsPerKind.
void Detection::addRepetition(const std::vector<int> &cluster)
{
    std::vector<int> size(cluster.size(), 0);
    for (const int root : cluster)
        ++size[size_t(root)];
    std::vector<std::vector<int>> groups;
    std::vector<int> groupOf(cluster.size(), -1);
    for (size_t u = 0; u < cluster.size(); ++u) {
        const int root = cluster[u];
        if (size[size_t(root)] < 2)
            continue;
        if (groupOf[size_t(root)] < 0) {
            groupOf[size_t(root)] = int(groups.size());
            groups.emplace_back();
        }
        groups[size_t(groupOf[size_t(root)])].push_back(int(u));
    }
    // Only groups that span more than one turn.
    std::vector<const std::vector<int> *> repeated;
    for (const auto &group : groups) {
        if (m_utterances[size_t(group.front())].turn != m_utterances[size_t(group.back())].turn)
            repeated.push_back(&group);
    }
    std::stable_sort(repeated.begin(), repeated.end(),
                     [](const auto *a, const auto *b) { return a->size() > b->size(); });
    if (repeated.size() > size_t(m_options.maxFindingsPerKind))
        repeated.resize(size_t(m_options.maxFindingsPerKind));
    std::sort(repeated.begin(), repeated.end(),
              [](const auto *a, const auto *b) { return a->front() < b->front(); });

    for (const auto *group : repeated) {
        QList<int> turns;
        for (const int u : *group) {
            if (turns.isEmpty() || turns.constLast() != m_utterances[size_t(u)].turn)
                turns.append(m_utterances[size_t(u)].turn);
            if (turns.size() > m_options.maxTurnsPerFinding)
                break;
        }
        Finding finding;
        finding.kind = Finding::Kind::RepeatedUtterance;
        finding.severity =
            group->size() > 2 ? Finding::Severity::Problem : Finding::Severity::Warning;
        const QString text = quoted(m_utterances[size_t(group->front())].text);
        finding.message = FindingsDetector::tr(
                              "The assistant said the same or nearly the same thing %n times: “%1”",
                              nullptr, int(group->size()))
                              .arg(text);
        finding.turns = capped(turns);
        finding.flagTurns = finding.turns.mid(1);
        finding.details = {{QStringLiteral("occurrences"), qint64(group->size())},
                           {QStringLiteral("text"), text}};
        m_findings.append(finding);
    }
}

// Loops of two or three replies (A, B, A, B or A, B, C, A, B, C) over consecutive assistant
// turns, each turn labelled by the group of its longest comparable utterance.
void Detection::addCycles(const std::vector<int> &cluster)
{
    std::vector<int> botTurns;
    std::vector<qint64> labels;
    std::vector<int> bestWords;
    int utterance = 0;
    for (int t = 0; t < m_turns.size(); ++t) {
        if (!isBot(t))
            continue;
        qint64 label = -qint64(t) - 1; // unique unless an utterance joins a group
        int best = 0;
        for (; utterance < int(m_utterances.size()) && m_utterances[size_t(utterance)].turn == t;
             ++utterance) {
            if (m_utterances[size_t(utterance)].words > best) {
                best = m_utterances[size_t(utterance)].words;
                label = cluster[size_t(utterance)];
            }
        }
        botTurns.push_back(t);
        labels.push_back(label);
    }
    int found = 0;
    const int m = int(labels.size());
    for (int period = 2; period <= 3 && found < m_options.maxFindingsPerKind; ++period) {
        int start = 0;
        while (start + 2 * period <= m && found < m_options.maxFindingsPerKind) {
            int end = start; // labels[k] == labels[k + period] for k in [start, end)
            while (end + period < m && labels[size_t(end)] == labels[size_t(end + period)])
                ++end;
            bool distinct = true;
            for (int i = start; i < start + period && distinct; ++i) {
                for (int j = i + 1; j < start + period; ++j)
                    distinct = distinct && labels[size_t(i)] != labels[size_t(j)];
            }
            if (end - start >= period && distinct) {
                const int length = end - start + period;
                QList<int> turns;
                for (int k = start;
                     k < start + length && turns.size() < m_options.maxTurnsPerFinding; ++k) {
                    turns.append(botTurns[size_t(k)]);
                }
                Finding finding;
                finding.kind = Finding::Kind::RepetitionCycle;
                finding.severity = Finding::Severity::Problem;
                finding.message =
                    FindingsDetector::tr(
                        "The assistant went round in a loop of %1 replies over %n turns.", nullptr,
                        length)
                        .arg(period);
                finding.turns = capped(turns);
                finding.flagTurns = finding.turns.mid(period);
                finding.details = {{QStringLiteral("period"), period},
                                   {QStringLiteral("turns"), length}};
                m_findings.append(finding);
                ++found;
                start = end + period;
            } else {
                start = std::max(start + 1, end);
            }
        }
    }
}

// A question the assistant asks again although a caller turn that was not itself a
// "pardon?" came in between.
void Detection::addRepeatedQuestions(const std::vector<int> &cluster)
{
    const int n = int(m_turns.size());
    std::vector<int> nextAnswer(size_t(n) + 1, n);
    for (int t = n - 1; t >= 0; --t) {
        const bool answer =
            m_turns.at(t).speaker == Speaker::Human && m_misunderstoodTurn[size_t(t)] < 0;
        nextAnswer[size_t(t)] = answer ? t : nextAnswer[size_t(t) + 1];
    }
    // Last question turn asked per group, and the finding each group feeds.
    QHash<int, int> lastAsked;
    QHash<int, int> findingOf;
    QList<Finding> found;
    for (size_t u = 0; u < m_utterances.size(); ++u) {
        const Utterance &utterance = m_utterances[u];
        if (!utterance.question)
            continue;
        const int group = cluster[u];
        const auto previous = lastAsked.constFind(group);
        if (previous != lastAsked.cend() && *previous != utterance.turn) {
            const int answer = nextAnswer[size_t(*previous) + 1];
            if (answer < utterance.turn) {
                auto existing = findingOf.constFind(group);
                if (existing == findingOf.cend()) {
                    if (found.size() >= m_options.maxFindingsPerKind) {
                        lastAsked.insert(group, utterance.turn);
                        continue;
                    }
                    Finding finding;
                    finding.kind = Finding::Kind::RepeatedQuestion;
                    finding.severity = Finding::Severity::Problem;
                    finding.message =
                        FindingsDetector::tr(
                            "The assistant asked again after the caller had answered: “%1”")
                            .arg(quoted(utterance.text));
                    finding.turns = {*previous, answer};
                    existing = findingOf.insert(group, int(found.size()));
                    found.append(finding);
                }
                Finding &finding = found[*existing];
                if (finding.turns.size() < m_options.maxTurnsPerFinding) {
                    finding.turns.append(utterance.turn);
                    finding.flagTurns.append(utterance.turn);
                }
            }
        }
        lastAsked.insert(group, utterance.turn);
    }
    for (Finding &finding : found) {
        finding.turns = capped(finding.turns);
        m_findings.append(finding);
    }
}

void Detection::addPerTurn(Finding::Kind kind, Finding::Severity severity,
                           const QList<QPair<int, QString>> &turnMessages,
                           const QString &overflowMessage)
{
    const int limit = std::max(1, m_options.maxFindingsPerKind);
    const int single = turnMessages.size() <= limit ? int(turnMessages.size()) : limit - 1;
    for (int i = 0; i < single; ++i) {
        Finding finding;
        finding.kind = kind;
        finding.severity = severity;
        finding.message = turnMessages.at(i).second;
        finding.turns = {turnMessages.at(i).first};
        finding.flagTurns = finding.turns;
        m_findings.append(finding);
    }
    if (single == turnMessages.size())
        return;
    // The rest in one finding, so the list stays short on a pathological call.
    QList<int> rest;
    for (int i = single; i < turnMessages.size(); ++i)
        rest.append(turnMessages.at(i).first);
    Finding finding;
    finding.kind = kind;
    finding.severity = severity;
    finding.message = overflowMessage;
    finding.turns = capped(rest);
    finding.flagTurns = finding.turns;
    finding.details = {{QStringLiteral("turns"), qint64(rest.size())}};
    m_findings.append(finding);
}

void Detection::addShape(const QString &endCallReason)
{
    const qint64 total = m_botWords + m_humanWords;
    if (total > 0) {
        const int botPercent = int((m_botWords * 100 + total / 2) / total);
        Finding share;
        share.kind = Finding::Kind::SpeakerShare;
        share.severity =
            double(m_botWords) / double(total) >= m_options.dominantShare && total >= 100
            ? Finding::Severity::Warning
            : Finding::Severity::Info;
        share.message = FindingsDetector::tr("Words: the assistant %1% (%2), the caller %3% (%4).")
                            .arg(botPercent)
                            .arg(m_botWords)
                            .arg(100 - botPercent)
                            .arg(m_humanWords);
        share.details = {{QStringLiteral("assistantWords"), m_botWords},
                         {QStringLiteral("callerWords"), m_humanWords},
                         {QStringLiteral("assistantPercent"), botPercent}};
        m_findings.append(share);
    }

    int botTurns = 0;
    int humanTurns = 0;
    for (const Turn &turn : m_turns) {
        botTurns += turn.speaker == Speaker::Bot;
        humanTurns += turn.speaker == Speaker::Human;
    }
    Finding count;
    count.kind = Finding::Kind::TurnCount;
    count.message = FindingsDetector::tr("Turns: %n (%1 by the assistant, %2 by the caller).",
                                         nullptr, int(m_turns.size()))
                        .arg(botTurns)
                        .arg(humanTurns);
    count.details = {{QStringLiteral("turns"), qint64(m_turns.size())},
                     {QStringLiteral("assistantTurns"), botTurns},
                     {QStringLiteral("callerTurns"), humanTurns}};
    m_findings.append(count);

    Finding end;
    end.kind = Finding::Kind::EndReason;
    end.message =
        FindingsDetector::tr("The call ended: %1.").arg(CallFormatting::endReason(endCallReason));
    end.details = {{QStringLiteral("code"), endCallReason}};
    m_findings.append(end);
}

} // namespace

QList<Finding> FindingsDetector::detect(const QList<Turn> &turns, const QString &endCallReason,
                                        const Options &options)
{
    return Detection(turns, options).run(endCallReason);
}

QJsonDocument FindingsDetector::toJson(const QString &callId, int turnCount,
                                       const QList<Finding> &findings)
{
    QJsonArray array;
    for (const Finding &finding : findings)
        array.append(finding.toJson());
    return QJsonDocument(QJsonObject{{QStringLiteral("callId"), callId},
                                     {QStringLiteral("turnCount"), turnCount},
                                     {QStringLiteral("findings"), array}});
}
