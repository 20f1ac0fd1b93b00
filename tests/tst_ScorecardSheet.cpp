// ScorecardSheet: answers and comments saved as they are given and restored when the call is
// reopened (with the form version they were given with, after a newer version is published),
// the live score equal to the hand-computed example, the keys' answers, the issues that keep
// the evaluation from being done, suggestions only applied when accepted, and a form switch.
#include "scorecards/ScorecardSheet.h"

#include "ScorecardSample.h"
#include "review/ReviewStore.h"
#include "scorecards/ScorecardStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class tst_ScorecardSheet : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<ReviewStore>();
        QString error;
        QVERIFY2(
            m_store->open(m_dir.filePath(QStringLiteral("s%1.sqlite").arg(++m_counter)), &error),
            qPrintable(error));
        QVERIFY2(m_store->scorecards().publish(ScorecardSample::form(), &error), qPrintable(error));
    }
    void cleanup() { m_store.reset(); }

    void startsOnTheLatestVersion()
    {
        ScorecardSheet sheet(&m_store->scorecards());
        QSignalSpy formChanged(&sheet, &ScorecardSheet::formChanged);
        sheet.setCall(QStringLiteral("c1"), QStringLiteral("ana"), QStringLiteral("Test QA"));
        QCOMPARE(formChanged.size(), 1);
        QVERIFY(sheet.form());
        QCOMPARE(sheet.form()->version, 1);
        QCOMPARE(sheet.answers().formName, QStringLiteral("Test QA"));
        QVERIFY(!sheet.result().score);
        QCOMPARE(sheet.issues().constFirst().questionId, QStringLiteral("greet"));

        sheet.setCall(QStringLiteral("c2"), QStringLiteral("ana"), QStringLiteral("Unknown"));
        QVERIFY(!sheet.form());
        QVERIFY(sheet.issues().isEmpty());
        QVERIFY(!sheet.setAnswer(QStringLiteral("greet"), ScorecardAnswer::yes()));
    }

    void answersSaveAndRestore()
    {
        ScorecardSheet sheet(&m_store->scorecards());
        sheet.setCall(QStringLiteral("c1"), QStringLiteral("ana"), QStringLiteral("Test QA"));
        QSignalSpy answersChanged(&sheet, &ScorecardSheet::answersChanged);
        const ScorecardAnswers expected = ScorecardSample::answers();
        for (auto it = expected.answers.cbegin(); it != expected.answers.cend(); ++it)
            QVERIFY2(sheet.setAnswer(it.key(), *it), qPrintable(sheet.saveError()));
        QVERIFY(sheet.setComment(QStringLiteral("pace"), QStringLiteral("a bit fast")));
        QVERIFY(sheet.setComment(QStringLiteral("greet"), QStringLiteral("  ")));
        QCOMPARE(answersChanged.size(), int(expected.answers.size()) + 2);
        QVERIFY(sheet.issues().isEmpty());
        QCOMPARE(*sheet.result().score, 18.0 / 24.0);
        QCOMPARE(*sheet.result().criticalScore, 1.0);

        // A newer version does not move a scored call.
        QString error;
        QVERIFY2(m_store->scorecards().publish(ScorecardSample::form(2), &error),
                 qPrintable(error));
        ScorecardSheet reopened(&m_store->scorecards());
        reopened.setCall(QStringLiteral("c1"), QStringLiteral("ana"), QStringLiteral("Test QA"));
        QCOMPARE(reopened.form()->version, 1);
        QCOMPARE(reopened.answers().answers, expected.answers);
        QCOMPARE(reopened.answers().comments,
                 (QMap<QString, QString>{{QStringLiteral("pace"), QStringLiteral("a bit fast")}}));
        // ... a new call starts on it; another reviewer name still finds this call's answers.
        reopened.setCall(QStringLiteral("c2"), QStringLiteral("ana"), QStringLiteral("Test QA"));
        QCOMPARE(reopened.form()->version, 2);
        reopened.setCall(QStringLiteral("c1"), QStringLiteral("bo"), QStringLiteral("Test QA"));
        QCOMPARE(reopened.answers().answers, expected.answers);

        QVERIFY(sheet.clearAnswer(QStringLiteral("greet")));
        QCOMPARE(m_store->scorecards()
                     .answers(QStringLiteral("c1"), QStringLiteral("ana"))
                     ->answers.contains(QStringLiteral("greet")),
                 false);
    }

    void requiredCommentAndFatal()
    {
        ScorecardSheet sheet(&m_store->scorecards());
        sheet.setCall(QStringLiteral("c1"), QStringLiteral("ana"), QStringLiteral("Test QA"));
        ScorecardAnswers answers = ScorecardSample::answers();
        answers.answers.insert(QStringLiteral("name"), ScorecardAnswer::no());
        answers.answers.insert(QStringLiteral("consent"), ScorecardAnswer::no());
        for (auto it = answers.answers.cbegin(); it != answers.answers.cend(); ++it)
            sheet.setAnswer(it.key(), *it);
        const QList<ScorecardScorer::Issue> issues = sheet.issues();
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.constFirst().kind, ScorecardScorer::Issue::Kind::CommentMissing);
        QCOMPARE(issues.constFirst().questionId, QStringLiteral("name"));
        QCOMPARE(*sheet.result().score, 0.0);
        QCOMPARE(sheet.result().fatal, QStringList{QStringLiteral("consent")});
        sheet.setComment(QStringLiteral("name"), QStringLiteral("never asked"));
        QVERIFY(sheet.issues().isEmpty());
    }

    void suggestionsWaitForTheReviewer()
    {
        ScorecardSheet sheet(&m_store->scorecards());
        sheet.setCall(QStringLiteral("c1"), QStringLiteral("ana"), QStringLiteral("Test QA"));
        QSignalSpy suggestionsChanged(&sheet, &ScorecardSheet::suggestionsChanged);
        sheet.setFindings(
            {{QStringLiteral("dead-air"), 2}, {QStringLiteral("repetition-cycle"), 11}});
        QCOMPARE(suggestionsChanged.size(), 1);
        QVERIFY(sheet.suggestion(QStringLiteral("loop")));
        QVERIFY(!sheet.suggestion(QStringLiteral("greet")));
        QVERIFY(!sheet.answers().answers.contains(QStringLiteral("loop"))); // not silently
        QVERIFY(!sheet.acceptSuggestion(QStringLiteral("greet")));
        QVERIFY(sheet.acceptSuggestion(QStringLiteral("loop")));
        QCOMPARE(sheet.answers().answers.value(QStringLiteral("loop")), ScorecardAnswer::no());
    }

    void switchingFormsDropsTheAnswers()
    {
        ScorecardForm other = ScorecardSample::form();
        other.name = QStringLiteral("Other");
        QString error;
        QVERIFY2(m_store->scorecards().publish(other, &error), qPrintable(error));
        ScorecardSheet sheet(&m_store->scorecards());
        sheet.setCall(QStringLiteral("c1"), QStringLiteral("ana"), QStringLiteral("Test QA"));
        sheet.setAnswer(QStringLiteral("greet"), ScorecardAnswer::yes());
        sheet.setFormName(QStringLiteral("Other"));
        QCOMPARE(sheet.form()->name, QStringLiteral("Other"));
        QVERIFY(sheet.answers().answers.isEmpty());
        QVERIFY(!m_store->scorecards().answers(QStringLiteral("c1"), QStringLiteral("ana")));
    }

    void answerForKey()
    {
        const ScorecardForm form = ScorecardSample::form();
        const auto key = [&form](const char *id, int key) {
            return ScorecardSheet::answerForKey(*form.question(QString::fromLatin1(id)), key);
        };
        QCOMPARE(key("greet", Qt::Key_Y), std::optional(ScorecardAnswer::yes()));
        QCOMPARE(key("greet", Qt::Key_N), std::optional(ScorecardAnswer::no()));
        QCOMPARE(key("greet", Qt::Key_A), std::nullopt); // N/A not allowed
        QCOMPARE(key("name", Qt::Key_A), std::optional(ScorecardAnswer::notApplicable()));
        QCOMPARE(key("greet", Qt::Key_1), std::nullopt);
        QCOMPARE(key("pace", Qt::Key_4), std::optional(ScorecardAnswer::fromNumber(4)));
        QCOMPARE(key("pace", Qt::Key_0), std::nullopt); // below min
        QCOMPARE(key("pace", Qt::Key_6), std::nullopt);
        QCOMPARE(key("pace", Qt::Key_Y), std::nullopt);
        QCOMPARE(key("close", Qt::Key_1),
                 std::optional(ScorecardAnswer::fromText(QStringLiteral("none"))));
        QCOMPARE(key("close", Qt::Key_3),
                 std::optional(ScorecardAnswer::fromText(QStringLiteral("full"))));
        QCOMPARE(key("close", Qt::Key_4), std::nullopt);
    }

    // A calibration draft: the form version given, nothing saved, no form switch; endDraft()
    // brings back the reviewer's saved evaluation with the findings' suggestions.
    void draftIsNeverSaved()
    {
        ScorecardSheet sheet(&m_store->scorecards());
        QVERIFY(!sheet.startDraft(ScorecardSample::form())); // no call yet
        QVERIFY(m_store->scorecards().publish(ScorecardSample::form(2)));
        sheet.setCall(QStringLiteral("c1"), QStringLiteral("ana"), QStringLiteral("Test QA"));
        QVERIFY(sheet.setAnswer(QStringLiteral("greet"), ScorecardAnswer::no()));
        sheet.setFindings({{QStringLiteral("repetition-cycle"), 3}});
        QVERIFY(sheet.suggestion(QStringLiteral("loop")));

        QSignalSpy formChanged(&sheet, &ScorecardSheet::formChanged);
        ScorecardAnswers start;
        start.answers.insert(QStringLiteral("pace"), ScorecardAnswer::fromNumber(3));
        QVERIFY(sheet.startDraft(ScorecardSample::form(1), start));
        QCOMPARE(formChanged.size(), 1);
        QVERIFY(sheet.isDraft());
        QCOMPARE(sheet.form()->version, 1);
        QCOMPARE(sheet.answers().formVersion, 1);
        QCOMPARE(sheet.answers().answers.size(), 1);
        QVERIFY(sheet.suggestion(QStringLiteral("loop"))); // the findings stay
        const ScorecardAnswers expected = ScorecardSample::answers();
        for (auto it = expected.answers.cbegin(); it != expected.answers.cend(); ++it)
            QVERIFY(sheet.setAnswer(it.key(), *it));
        QVERIFY(sheet.setComment(QStringLiteral("pace"), QStringLiteral("calm")));
        QVERIFY(sheet.issues().isEmpty());
        QCOMPARE(*sheet.result().score, 0.75);
        sheet.setFormName(QString()); // the draft keeps its form
        QCOMPARE(sheet.form()->name, QStringLiteral("Test QA"));
        sheet.setReviewer(QStringLiteral("bo")); // touches nothing stored
        QCOMPARE(m_store->scorecards().reviewers(QStringLiteral("c1")),
                 QStringList{QStringLiteral("ana")});
        // The store still holds the one review answer given before the draft.
        const std::optional<ScorecardAnswers> saved =
            m_store->scorecards().answers(QStringLiteral("c1"), QStringLiteral("ana"));
        QVERIFY(saved);
        QCOMPARE(saved->answers.size(), 1);
        QCOMPARE(saved->answers.value(QStringLiteral("greet")), ScorecardAnswer::no());

        sheet.endDraft();
        QVERIFY(!sheet.isDraft());
        QCOMPARE(sheet.form()->version, 2); // what the review was on
        QCOMPARE(sheet.answers().answers.size(), 1);
        QVERIFY(sheet.suggestion(QStringLiteral("loop")));
        // A new call ends a draft too.
        QVERIFY(sheet.startDraft(ScorecardSample::form(1)));
        sheet.setCall(QStringLiteral("c2"), QStringLiteral("ana"), QStringLiteral("Test QA"));
        QVERIFY(!sheet.isDraft());
    }

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<ReviewStore> m_store;
};

QTEST_GUILESS_MAIN(tst_ScorecardSheet)
#include "tst_ScorecardSheet.moc"
