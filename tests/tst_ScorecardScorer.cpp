// ScorecardScorer on hand-computed forms: the arithmetic of each case is written out beside it
// (N/A, weights, a scale with min > 0, choices, critical and fatal questions), then the checks
// that make an evaluation complete (unanswered, N/A not allowed, values out of range, required
// comments never / on_fail / always, form and version mismatch, unknown ids).
#include "scorecards/ScorecardJson.h"
#include "scorecards/ScorecardScorer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

using Issue = ScorecardScorer::Issue;

ScorecardForm form(const char *json)
{
    ScorecardError error;
    const std::optional<ScorecardForm> parsed = ScorecardJson::readForm(QByteArray(json), &error);
    if (!parsed)
        qFatal("test form does not parse: %s", qPrintable(error.toString()));
    return *parsed;
}

// Answers to `of` from the JSON of the "answers" object (and optionally "comments").
ScorecardAnswers answers(const ScorecardForm &of, const char *values, const char *comments = "{}")
{
    QJsonObject root;
    root.insert(QStringLiteral("form"), of.name);
    root.insert(QStringLiteral("form_version"), of.version);
    root.insert(QStringLiteral("answers"), QJsonDocument::fromJson(QByteArray(values)).object());
    root.insert(QStringLiteral("comments"), QJsonDocument::fromJson(QByteArray(comments)).object());
    ScorecardError error;
    const std::optional<ScorecardAnswers> parsed =
        ScorecardJson::readAnswers(QJsonDocument(root).toJson(), &error);
    if (!parsed)
        qFatal("test answers do not parse: %s", qPrintable(error.toString()));
    return *parsed;
}

QList<Issue::Kind> kinds(const QList<Issue> &issues)
{
    QList<Issue::Kind> result;
    for (const Issue &issue : issues)
        result.append(issue.kind);
    return result;
}

// Two groups of different weight, an N/A question.
const char *weightsForm = R"({"name": "Weights", "version": 1, "groups": [
    {"name": "G1", "weight": 1, "questions": [
        {"id": "q1", "text": "Q1", "type": "yes_no"},
        {"id": "q2", "text": "Q2", "type": "yes_no", "na_allowed": true}]},
    {"name": "G2", "weight": 3, "questions": [
        {"id": "q3", "text": "Q3", "type": "yes_no"},
        {"id": "q4", "text": "Q4", "type": "scale", "min": 0, "max": 4}]}]})";

// A scale from 1, a choice whose best option is worth 3, an N/A.
const char *scaleChoiceForm = R"({"name": "Scale and choice", "version": 2, "groups": [
    {"name": "Only", "weight": 2, "questions": [
        {"id": "s", "text": "S", "type": "scale", "min": 1, "max": 5},
        {"id": "c", "text": "C", "type": "choice", "options": [
            {"label": "poor", "points": 0}, {"label": "ok", "points": 1},
            {"label": "great", "points": 3}]},
        {"id": "n", "text": "N", "type": "yes_no", "na_allowed": true}]}]})";

// Critical questions in two groups of different weight.
const char *criticalForm = R"({"name": "Critical", "version": 1, "groups": [
    {"name": "G1", "weight": 1, "questions": [
        {"id": "a", "text": "A", "type": "yes_no", "critical": true},
        {"id": "b", "text": "B", "type": "yes_no"}]},
    {"name": "G2", "weight": 2, "questions": [
        {"id": "c", "text": "C", "type": "scale", "min": 1, "max": 3, "critical": true},
        {"id": "d", "text": "D", "type": "choice", "critical": true, "na_allowed": true,
         "options": [{"label": "x", "points": 0}, {"label": "y", "points": 2}]}]}]})";

// Fatal questions of each type; the choice's lowest option is worth 1, not 0, and the scale
// starts at 2.
const char *fatalForm = R"({"name": "Fatal", "version": 1, "groups": [
    {"name": "G1", "weight": 1, "questions": [
        {"id": "f", "text": "F", "type": "yes_no", "fatal": true, "na_allowed": true},
        {"id": "g", "text": "G", "type": "yes_no"}]},
    {"name": "G2", "weight": 1, "questions": [
        {"id": "fc", "text": "FC", "type": "choice", "fatal": true, "options": [
            {"label": "rude", "points": 1}, {"label": "neutral", "points": 2},
            {"label": "warm", "points": 4}]},
        {"id": "fs", "text": "FS", "type": "scale", "min": 2, "max": 6, "fatal": true}]}]})";

// One question of each comment rule, each with N/A allowed.
const char *commentForm = R"({"name": "Comments", "version": 1, "groups": [
    {"name": "G", "questions": [
        {"id": "never", "text": "N", "type": "yes_no", "na_allowed": true},
        {"id": "onfail", "text": "O", "type": "yes_no", "na_allowed": true,
         "comment_required": "on_fail"},
        {"id": "onfail_scale", "text": "OS", "type": "scale", "min": 1, "max": 3,
         "comment_required": "on_fail"},
        {"id": "onfail_choice", "text": "OC", "type": "choice", "comment_required": "on_fail",
         "options": [{"label": "low", "points": 0}, {"label": "mid", "points": 1},
                     {"label": "top", "points": 2}]},
        {"id": "always", "text": "A", "type": "yes_no", "na_allowed": true,
         "comment_required": "always"}]}]})";

} // namespace

class tst_ScorecardScorer : public QObject
{
    Q_OBJECT

private slots:
    void weightsAndNotApplicable()
    {
        // G1 (weight 1): q1 yes 1/1, q2 N/A (left out)            -> 1/1 = 1
        // G2 (weight 3): q3 no 0/1, q4 3 on 0..4 = 3/4             -> 3/5 = 0.6
        // total = (1 x 1 + 3 x 3) / (1 x 1 + 5 x 3) = 10/16 = 0.625 (unweighted it would be 4/6)
        const ScorecardForm f = form(weightsForm);
        const ScorecardResult r = ScorecardScorer::score(
            f, answers(f, R"({"q1": "yes", "q2": "na", "q3": "no", "q4": 3})"));
        QVERIFY(r.score);
        QCOMPARE(*r.score, 0.625);
        QVERIFY(!r.criticalScore); // no critical question in the form
        QVERIFY(r.fatal.isEmpty());
        QCOMPARE(r.groups.size(), 2);
        QCOMPARE(r.groups.at(0).name, QStringLiteral("G1"));
        QCOMPARE(*r.groups.at(0).score, 1.0);
        QCOMPARE(r.groups.at(1).earned, 3.0);
        QCOMPARE(r.groups.at(1).possible, 5.0);
        QCOMPARE(*r.groups.at(1).score, 0.6);
        const ScorecardResult::QuestionScore *q2 = r.question(QStringLiteral("q2"));
        QVERIFY(q2 && q2->notApplicable && !q2->counted);
        QCOMPARE(q2->possible, 0.0);
        const ScorecardResult::QuestionScore *q4 = r.question(QStringLiteral("q4"));
        QVERIFY(q4 && q4->counted);
        QCOMPARE(q4->earned, 3.0);
        QCOMPARE(q4->possible, 4.0);
        QVERIFY(ScorecardScorer::validate(f, answers(f, R"({"q1": "yes", "q2": "na", "q3": "no",
                                                             "q4": 3})"))
                    .isEmpty());
    }

    void notApplicableChangesTheDenominator()
    {
        // q2 answered no instead of N/A: G1 = 1/2; total = (1 + 9) / (2 + 15) = 10/17.
        const ScorecardForm f = form(weightsForm);
        const ScorecardResult r = ScorecardScorer::score(
            f, answers(f, R"({"q1": "yes", "q2": "no", "q3": "no", "q4": 3})"));
        QCOMPARE(*r.groups.at(0).score, 0.5);
        QCOMPARE(*r.score, 10.0 / 17.0);
    }

    void scaleWithMinAboveZeroAndChoice_data()
    {
        QTest::addColumn<int>("scale");
        QTest::addColumn<QString>("choice");
        QTest::addColumn<double>("expected");
        // One group (weight 2, cancels out): s on 1..5 earns s - 1 of 4; c earns its points of 3
        // (the best option); n is N/A.
        // s 4 (3/4), ok (1/3): (3 + 1) / (4 + 3) = 4/7
        QTest::newRow("4, ok") << 4 << QStringLiteral("ok") << 4.0 / 7.0;
        // s 1 (0/4), poor (0/3): 0/7 — the scale's min earns nothing although it is 1
        QTest::newRow("min, poor") << 1 << QStringLiteral("poor") << 0.0;
        // s 5 (4/4), great (3/3): 7/7
        QTest::newRow("max, great") << 5 << QStringLiteral("great") << 1.0;
        // s 3 (2/4), great (3/3): 5/7
        QTest::newRow("3, great") << 3 << QStringLiteral("great") << 5.0 / 7.0;
    }

    void scaleWithMinAboveZeroAndChoice()
    {
        QFETCH(int, scale);
        QFETCH(QString, choice);
        QFETCH(double, expected);
        const ScorecardForm f = form(scaleChoiceForm);
        ScorecardAnswers a = answers(f, R"({"n": "na"})");
        a.answers.insert(QStringLiteral("s"), ScorecardAnswer::fromNumber(scale));
        a.answers.insert(QStringLiteral("c"), ScorecardAnswer::fromText(choice));
        QVERIFY(ScorecardScorer::validate(f, a).isEmpty());
        const ScorecardResult r = ScorecardScorer::score(f, a);
        QVERIFY(r.score);
        QCOMPARE(qRound64(*r.score * 1e12), qRound64(expected * 1e12));
        QCOMPARE(r.question(QStringLiteral("s"))->possible, 4.0);
        QCOMPARE(r.question(QStringLiteral("c"))->possible, 3.0);
    }

    void criticalScore()
    {
        // G1 (weight 1): a yes 1/1 (critical), b no 0/1            -> 1/2
        // G2 (weight 2): c 2 on 1..3 = 1/2 (critical), d N/A (critical) -> 1/2
        // total    = (1 x 1 + 1 x 2) / (2 x 1 + 2 x 2) = 3/6 = 0.5
        // critical = (a: 1 x 1 + c: 1 x 2) / (1 x 1 + 2 x 2) = 3/5 = 0.6
        const ScorecardForm f = form(criticalForm);
        const ScorecardResult r =
            ScorecardScorer::score(f, answers(f, R"({"a": "yes", "b": "no", "c": 2, "d": "na"})"));
        QCOMPARE(*r.score, 0.5);
        QVERIFY(r.criticalScore);
        QCOMPARE(*r.criticalScore, 0.6);

        // d answered y (2/2): G2 = 3/4; total = (1 + 6) / (2 + 8) = 0.7;
        // critical = (1 + (1 + 2) x 2) / (1 + (2 + 2) x 2) = 7/9
        const ScorecardResult withD =
            ScorecardScorer::score(f, answers(f, R"({"a": "yes", "b": "no", "c": 2, "d": "y"})"));
        QCOMPARE(*withD.score, 0.7);
        QCOMPARE(*withD.criticalScore, 7.0 / 9.0);
    }

    void criticalScoreAbsentWhenNoCriticalQuestionCounts()
    {
        // Only d (critical, N/A) and b are answered: no critical points at all.
        const ScorecardForm f = form(criticalForm);
        const ScorecardResult r =
            ScorecardScorer::score(f, answers(f, R"({"b": "yes", "d": "na"})"));
        QVERIFY(!r.criticalScore);
        QCOMPARE(*r.score, 1.0); // b 1/1 is all that counts
        QVERIFY(!r.groups.at(1).score); // G2: nothing counted
    }

    void fatal_data()
    {
        QTest::addColumn<QByteArray>("values");
        QTest::addColumn<QStringList>("fatal");
        QTest::addColumn<double>("g1");
        QTest::addColumn<double>("g2");
        QTest::addColumn<double>("total");
        // fc earns 1, 2 or 4 of 4; fs on 2..6 earns fs - 2 of 4.
        // f no: G1 = (0 + 1)/2; G2 = (4 + 4)/8 = 1; would be 9/10, fatal sets it to 0.
        QTest::newRow("yes_no answered no")
            << QByteArray(R"({"f": "no", "g": "yes", "fc": "warm", "fs": 6})")
            << QStringList{QStringLiteral("f")} << 0.5 << 1.0 << 0.0;
        // rude is the lowest option though worth 1; fs 2 is the min. G2 = (1 + 0)/8.
        QTest::newRow("lowest choice and scale min")
            << QByteArray(R"({"f": "yes", "g": "yes", "fc": "rude", "fs": 2})")
            << QStringList{QStringLiteral("fc"), QStringLiteral("fs")} << 1.0 << 0.125 << 0.0;
        // Not the lowest: G1 = 1/2, G2 = (2 + 1)/8; total = (1 + 3)/(2 + 8) = 0.4.
        QTest::newRow("no fatal failure")
            << QByteArray(R"({"f": "yes", "g": "no", "fc": "neutral", "fs": 3})") << QStringList{}
            << 0.5 << 0.375 << 0.4;
        // N/A on a fatal question is not its lowest option. G1 = g 1/1; total = (1 + 8)/(1 + 8).
        QTest::newRow("fatal question N/A")
            << QByteArray(R"({"f": "na", "g": "yes", "fc": "warm", "fs": 6})") << QStringList{}
            << 1.0 << 1.0 << 1.0;
    }

    void fatal()
    {
        QFETCH(QByteArray, values);
        QFETCH(QStringList, fatal);
        QFETCH(double, g1);
        QFETCH(double, g2);
        QFETCH(double, total);
        const ScorecardForm f = form(fatalForm);
        const ScorecardResult r = ScorecardScorer::score(f, answers(f, values.constData()));
        QCOMPARE(r.fatal, fatal);
        QVERIFY(r.score);
        QCOMPARE(qRound64(*r.score * 1e12), qRound64(total * 1e12));
        // Group scores stay as computed: the report still shows where the call stood.
        QCOMPARE(*r.groups.at(0).score, g1);
        QCOMPARE(*r.groups.at(1).score, g2);
        for (const QString &id : fatal)
            QVERIFY(r.question(id)->fatalFailed);
    }

    void groupAllNotApplicableAndWeightZero()
    {
        // "Extras" is all N/A: absent group score, left out of the total. "Info" weighs 0: its
        // own score is shown, the total ignores it. Total = Core only = 1/2.
        const ScorecardForm f = form(R"({"name": "Mixed", "version": 1, "groups": [
            {"name": "Core", "weight": 2, "questions": [
                {"id": "a", "text": "A", "type": "yes_no"},
                {"id": "b", "text": "B", "type": "yes_no"}]},
            {"name": "Extras", "questions": [
                {"id": "x", "text": "X", "type": "yes_no", "na_allowed": true}]},
            {"name": "Info", "weight": 0, "questions": [
                {"id": "i", "text": "I", "type": "yes_no"}]}]})");
        const ScorecardResult r = ScorecardScorer::score(
            f, answers(f, R"({"a": "yes", "b": "no", "x": "na", "i": "yes"})"));
        QCOMPARE(*r.score, 0.5);
        QVERIFY(!r.groups.at(1).score);
        QCOMPARE(*r.groups.at(2).score, 1.0);

        // Everything that counts is N/A: no total at all (not 0, not 1).
        const ScorecardForm allNa = form(R"({"name": "N", "version": 1, "groups": [
            {"name": "G", "questions": [
                {"id": "x", "text": "X", "type": "yes_no", "na_allowed": true}]}]})");
        QVERIFY(!ScorecardScorer::score(allNa, answers(allNa, R"({"x": "na"})")).score);
    }

    void partialAnswersScoreLive()
    {
        // The dock shows a live score: unanswered and invalid answers count like N/A.
        // q1 yes (1/1), q3 "maybe" (invalid, left out), q4 4 (4/4): G1 = 1, G2 = 1; total = 1.
        const ScorecardForm f = form(weightsForm);
        ScorecardAnswers a = answers(f, R"({"q1": "yes", "q4": 4})");
        a.answers.insert(QStringLiteral("q3"), ScorecardAnswer::fromText(QStringLiteral("maybe")));
        const ScorecardResult r = ScorecardScorer::score(f, a);
        QCOMPARE(*r.score, 1.0);
        QVERIFY(!r.question(QStringLiteral("q3"))->counted);
        QCOMPARE(kinds(ScorecardScorer::validate(f, a)),
                 (QList<Issue::Kind>{Issue::Kind::Unanswered, Issue::Kind::InvalidValue}));
    }

    void unansweredAndNotApplicableNotAllowed()
    {
        const ScorecardForm f = form(weightsForm);
        const QList<Issue> issues =
            ScorecardScorer::validate(f, answers(f, R"({"q1": "na", "q3": "yes", "q4": 0})"));
        QCOMPARE(issues.size(), 2);
        QCOMPARE(issues.at(0).kind, Issue::Kind::NotApplicableNotAllowed);
        QCOMPARE(issues.at(0).questionId, QStringLiteral("q1"));
        QVERIFY2(issues.at(0).message.contains(QStringLiteral("\"q1\"")),
                 qPrintable(issues.at(0).message));
        QCOMPARE(issues.at(1).kind, Issue::Kind::Unanswered);
        QCOMPARE(issues.at(1).questionId, QStringLiteral("q2"));
        QCOMPARE(
            issues.at(1).message,
            QStringLiteral("question \"q2\" has no answer (answer \"na\" if it does not apply)"));
    }

    void invalidValues_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("yes_no, other text")
            << QStringLiteral("n") << QByteArray(R"("maybe")")
            << QStringLiteral("question \"n\": expected \"yes\" or \"no\", found \"maybe\"");
        QTest::newRow("yes_no, a number")
            << QStringLiteral("n") << QByteArray("1")
            << QStringLiteral("question \"n\": expected \"yes\" or \"no\", found 1");
        QTest::newRow("scale above max")
            << QStringLiteral("s") << QByteArray("7")
            << QStringLiteral("question \"s\": expected a whole number from 1 to 5, found 7");
        QTest::newRow("scale below min (0 on 1..5)")
            << QStringLiteral("s") << QByteArray("0")
            << QStringLiteral("question \"s\": expected a whole number from 1 to 5, found 0");
        QTest::newRow("scale, a fraction")
            << QStringLiteral("s") << QByteArray("2.5")
            << QStringLiteral("question \"s\": expected a whole number from 1 to 5, found 2.5");
        QTest::newRow("scale, a string")
            << QStringLiteral("s") << QByteArray(R"("3")")
            << QStringLiteral("question \"s\": expected a whole number from 1 to 5, found \"3\"");
        QTest::newRow("choice, unknown option")
            << QStringLiteral("c") << QByteArray(R"("Great")")
            << QStringLiteral("question \"c\": expected one of \"poor\", \"ok\", \"great\", found "
                              "\"Great\"");
    }

    void invalidValues()
    {
        QFETCH(QString, id);
        QFETCH(QByteArray, value);
        QFETCH(QString, message);
        const ScorecardForm f = form(scaleChoiceForm);
        QJsonObject values{{QStringLiteral("s"), 3},
                           {QStringLiteral("c"), QStringLiteral("ok")},
                           {QStringLiteral("n"), QStringLiteral("yes")}};
        values.insert(id, QJsonDocument::fromJson("[" + value + "]").array().at(0));
        const QList<Issue> issues =
            ScorecardScorer::validate(f, answers(f, QJsonDocument(values).toJson().constData()));
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().kind, Issue::Kind::InvalidValue);
        QCOMPARE(issues.first().questionId, id);
        QCOMPARE(issues.first().message, message);
    }

    void requiredComments_data()
    {
        QTest::addColumn<QByteArray>("values");
        QTest::addColumn<QByteArray>("comments");
        QTest::addColumn<QStringList>("missing"); // ids whose comment is missing
        // Full points everywhere, "always" commented: nothing missing.
        QTest::newRow("full points") << QByteArray(R"({"never": "yes", "onfail": "yes",
            "onfail_scale": 3, "onfail_choice": "top", "always": "yes"})")
                                     << QByteArray(R"({"always": "fine"})") << QStringList{};
        // never: a no needs nothing; on_fail: no, 2 of 1..3, mid; always: even with full points.
        QTest::newRow("everything failed, no comments")
            << QByteArray(R"({"never": "no", "onfail": "no", "onfail_scale": 2,
                "onfail_choice": "mid", "always": "yes"})")
            << QByteArray("{}")
            << QStringList{QStringLiteral("onfail"), QStringLiteral("onfail_scale"),
                           QStringLiteral("onfail_choice"), QStringLiteral("always")};
        // Commented, but blank comments count as none.
        QTest::newRow("blank comments")
            << QByteArray(R"({"never": "no", "onfail": "no", "onfail_scale": 1,
                "onfail_choice": "low", "always": "no"})")
            << QByteArray(R"({"onfail": "  ", "onfail_scale": "why", "onfail_choice": "why",
                "always": ""})")
            << QStringList{QStringLiteral("onfail"), QStringLiteral("always")};
        // N/A: on_fail needs no comment, always still does.
        QTest::newRow("N/A") << QByteArray(R"({"never": "na", "onfail": "na", "onfail_scale": 3,
            "onfail_choice": "top", "always": "na"})")
                             << QByteArray("{}") << QStringList{QStringLiteral("always")};
    }

    void requiredComments()
    {
        QFETCH(QByteArray, values);
        QFETCH(QByteArray, comments);
        QFETCH(QStringList, missing);
        const ScorecardForm f = form(commentForm);
        const QList<Issue> issues =
            ScorecardScorer::validate(f, answers(f, values.constData(), comments.constData()));
        QStringList ids;
        for (const Issue &issue : issues) {
            QCOMPARE(issue.kind, Issue::Kind::CommentMissing);
            QVERIFY(issue.message.contains(u'"' + issue.questionId + u'"'));
            ids.append(issue.questionId);
        }
        QCOMPARE(ids, missing);
    }

    void formAndVersionMismatch()
    {
        const ScorecardForm f = form(weightsForm);
        ScorecardAnswers a = answers(f, R"({"q1": "yes", "q2": "na", "q3": "no", "q4": 3})");
        a.formVersion = 2;
        QList<Issue> issues = ScorecardScorer::validate(f, a);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().kind, Issue::Kind::VersionMismatch);
        QCOMPARE(issues.first().message,
                 QStringLiteral("the answers are for version 2 of form \"Weights\", the form is "
                                "version 1"));

        // The next version of the form does not take answers to the first one.
        QCOMPARE(kinds(ScorecardScorer::validate(f.nextVersion(), answers(f, "{}"))).first(),
                 Issue::Kind::VersionMismatch);

        a.formVersion = 1;
        a.formName = QStringLiteral("Other");
        issues = ScorecardScorer::validate(f, a);
        QCOMPARE(kinds(issues), QList<Issue::Kind>{Issue::Kind::FormMismatch});
    }

    void unknownQuestionIds()
    {
        const ScorecardForm f = form(weightsForm);
        const QList<Issue> issues = ScorecardScorer::validate(
            f,
            answers(f, R"({"q1": "yes", "q2": "na", "q3": "no", "q4": 3, "q9": "yes"})",
                    R"({"q8": "note", "q9": "note"})"));
        QCOMPARE(kinds(issues),
                 (QList<Issue::Kind>{Issue::Kind::UnknownQuestion, Issue::Kind::UnknownQuestion}));
        QCOMPARE(issues.at(0).questionId, QStringLiteral("q9"));
        QCOMPARE(issues.at(1).questionId, QStringLiteral("q8"));
    }

    void commentRequired()
    {
        const ScorecardForm f = form(commentForm);
        const ScorecardQuestion *onFail = f.question(QStringLiteral("onfail_choice"));
        QVERIFY(!ScorecardScorer::commentRequired(
            *onFail, ScorecardAnswer::fromText(QStringLiteral("top"))));
        QVERIFY(ScorecardScorer::commentRequired(*onFail,
                                                 ScorecardAnswer::fromText(QStringLiteral("mid"))));
        // An answer that does not fit is an InvalidValue, not a missing comment.
        QVERIFY(!ScorecardScorer::commentRequired(*onFail,
                                                  ScorecardAnswer::fromText(QStringLiteral("x"))));
    }
};

QTEST_GUILESS_MAIN(tst_ScorecardScorer)
#include "tst_ScorecardScorer.moc"
