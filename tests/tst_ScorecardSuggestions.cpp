// ScorecardSuggestions: a question with suggested_by is offered its answer when the call has a
// finding of that kind (the first one's turn named), never otherwise; the words shown.
#include "scorecards/ScorecardSuggestions.h"

#include "ScorecardSample.h"
#include "findings/Finding.h"

#include <QTest>

namespace {

ScorecardSuggestions::Evidence finding(Finding::Kind kind, int turn)
{
    return {Finding::kindKey(kind), turn};
}

} // namespace

class tst_ScorecardSuggestions : public QObject
{
    Q_OBJECT

private slots:
    void matchesTheFindingKind()
    {
        const ScorecardForm form = ScorecardSample::form();
        QVERIFY(ScorecardSuggestions::match(form, {}).isEmpty());
        QVERIFY(ScorecardSuggestions::match(form, {finding(Finding::Kind::DeadAir, 3)}).isEmpty());
        const QList<ScorecardSuggestions::Suggestion> suggestions = ScorecardSuggestions::match(
            form,
            {finding(Finding::Kind::DeadAir, 3), finding(Finding::Kind::RepetitionCycle, 11),
             finding(Finding::Kind::RepetitionCycle, 20)});
        QCOMPARE(suggestions.size(), 1);
        QCOMPARE(suggestions.constFirst().questionId, QStringLiteral("loop"));
        QCOMPARE(suggestions.constFirst().answer, ScorecardAnswer::no());
        QCOMPARE(suggestions.constFirst().turnIndex, 11);
        QCOMPARE(ScorecardSuggestions::describe(*form.question(QStringLiteral("loop")),
                                                suggestions.constFirst()),
                 QStringLiteral("Suggested: No — repetition-cycle at turn 12"));
    }

    void wholeCallFinding()
    {
        const ScorecardForm form = ScorecardSample::form();
        const QList<ScorecardSuggestions::Suggestion> suggestions =
            ScorecardSuggestions::match(form, {finding(Finding::Kind::RepetitionCycle, -1)});
        QCOMPARE(suggestions.size(), 1);
        QCOMPARE(suggestions.constFirst().turnIndex, -1);
        QCOMPARE(ScorecardSuggestions::describe(*form.question(QStringLiteral("loop")),
                                                suggestions.constFirst()),
                 QStringLiteral("Suggested: No — repetition-cycle"));
    }

    // Every kind the findings have passes the reader and is known; a misspelt one is named.
    void unknownFindings()
    {
        QStringList kinds;
        for (int kind = 0; kind <= int(Finding::Kind::FirstWord); ++kind)
            kinds.append(Finding::kindKey(Finding::Kind(kind)));
        const ScorecardForm form = ScorecardSample::form();
        QVERIFY(ScorecardSuggestions::unknownFindings(form, kinds).isEmpty());
        for (const QString &kind : std::as_const(kinds)) {
            QByteArray json = ScorecardSample::formJson();
            json.replace("repetition-cycle", kind.toUtf8());
            ScorecardError error;
            const std::optional<ScorecardForm> read = ScorecardJson::readForm(json, &error);
            QVERIFY2(read, qPrintable(error.toString()));
            QVERIFY(ScorecardSuggestions::unknownFindings(*read, kinds).isEmpty());
        }
        QByteArray json = ScorecardSample::formJson();
        json.replace("repetition-cycle", "loop");
        ScorecardError error;
        const std::optional<ScorecardForm> misspelt = ScorecardJson::readForm(json, &error);
        QVERIFY(misspelt);
        const QList<ScorecardError> unknown =
            ScorecardSuggestions::unknownFindings(*misspelt, kinds);
        QCOMPARE(unknown.size(), 1);
        QCOMPARE(unknown.constFirst().path,
                 QStringLiteral("groups[1].questions[0].suggested_by.finding"));
        QVERIFY(unknown.constFirst().message.startsWith(
            QStringLiteral("unknown finding kind \"loop\" (expected one of repeated-utterance")));
    }

    void answerText()
    {
        const ScorecardForm form = ScorecardSample::form();
        const ScorecardQuestion &greet = *form.question(QStringLiteral("greet"));
        QCOMPARE(ScorecardSuggestions::answerText(greet, ScorecardAnswer::yes()),
                 QStringLiteral("Yes"));
        QCOMPARE(ScorecardSuggestions::answerText(greet, ScorecardAnswer::notApplicable()),
                 QStringLiteral("N/A"));
        QCOMPARE(ScorecardSuggestions::answerText(*form.question(QStringLiteral("pace")),
                                                  ScorecardAnswer::fromNumber(4)),
                 QStringLiteral("4"));
        QCOMPARE(
            ScorecardSuggestions::answerText(*form.question(QStringLiteral("close")),
                                             ScorecardAnswer::fromText(QStringLiteral("full"))),
            QStringLiteral("full"));
    }
};

QTEST_GUILESS_MAIN(tst_ScorecardSuggestions)
#include "tst_ScorecardSuggestions.moc"
