// ScorecardReport: a stored scorecard loaded back with its form version and score, and its
// Markdown, HTML and CSV parts naming the form and version, the total and critical scores, the
// failed fatal question, each group's score and every answer with its comment.
#include "scorecards/ScorecardReport.h"

#include "ScorecardSample.h"
#include "review/ReviewStore.h"
#include "scorecards/ScorecardScorer.h"
#include "scorecards/ScorecardStore.h"

#include <QTemporaryDir>
#include <QTest>

class tst_ScorecardReport : public QObject
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

    void loadsTheStoredScorecard()
    {
        const ScorecardStore &store = m_store->scorecards();
        QVERIFY(!ScorecardReport::load(store, QStringLiteral("c1")));
        QString error;
        QVERIFY2(store.saveAnswers(QStringLiteral("c1"), QStringLiteral("bo"),
                                   ScorecardSample::answers(), &error),
                 qPrintable(error));
        const std::optional<ScorecardReport::Evaluation> evaluation =
            ScorecardReport::load(store, QStringLiteral("c1"), QStringLiteral("ana"));
        QVERIFY(evaluation);
        QCOMPARE(evaluation->form, ScorecardSample::form());
        QCOMPARE(*evaluation->result.score, 0.75);
        const ScorecardReport::Evaluations all =
            ScorecardReport::loadAll(store, {QStringLiteral("c1"), QStringLiteral("c2")});
        QCOMPARE(all.keys(), QStringList{QStringLiteral("c1")});
    }

    void markdownHtmlAndCsv()
    {
        ScorecardAnswers answers = ScorecardSample::answers();
        answers.answers.insert(QStringLiteral("consent"), ScorecardAnswer::no());
        answers.answers.remove(QStringLiteral("pace"));
        answers.comments.insert(QStringLiteral("close"), QStringLiteral("no goodbye *at all*"));
        const ScorecardForm form = ScorecardSample::form();
        const ScorecardReport::Evaluation evaluation{form, answers,
                                                     ScorecardScorer::score(form, answers)};
        // Opening 1/1; Resolution (1 + 1) / (1 + 2) = 67%; Compliance 0/1: fatal, total 0;
        // critical: loop 1/1 x 3, consent 0/1 x 2: 3/5 = 60%.
        const QString md = ScorecardReport::markdown(evaluation, QStringLiteral("##"));
        QVERIFY2(md.startsWith(QStringLiteral("## Scorecard: Test QA, version 1\n")),
                 qPrintable(md));
        for (const QString &part :
             {QStringLiteral("**Total score:** 0%"), QStringLiteral("**Critical score:** 60%"),
              QStringLiteral("**Fatal:** Asks for recording consent"),
              QStringLiteral("**Opening — 100%**"), QStringLiteral("**Resolution — 67%**"),
              QStringLiteral("**Compliance — 0%**"),
              QStringLiteral("- Asks for the caller name: **N/A**"),
              QStringLiteral("- Pace: **not answered**"),
              QStringLiteral("- Closes the call: **partly** — no goodbye \\*at all\\*")}) {
            QVERIFY2(md.contains(part), qPrintable(part + u'\n' + md));
        }
        const QString html = ScorecardReport::html(evaluation);
        for (const QString &part :
             {QStringLiteral("Scorecard: Test QA, version 1"),
              QStringLiteral("<h4>Resolution — 67%</h4>"),
              QStringLiteral("<li>Closes the call: <b>partly</b> — no goodbye *at all*</li>"),
              QStringLiteral("color:#b00020\">Asks for recording consent")}) {
            QVERIFY2(html.contains(part), qPrintable(part + u'\n' + html));
        }
        QCOMPARE(ScorecardReport::csvHeader().size(), 4);
        QCOMPARE(ScorecardReport::csvFields(&evaluation),
                 (QStringList{QStringLiteral("Test QA, version 1"), QStringLiteral("0.0000"),
                              QStringLiteral("0.6000"), QStringLiteral("consent")}));
        QCOMPARE(ScorecardReport::csvFields(nullptr), QStringList(4, QString()));
    }

    void percent()
    {
        QCOMPARE(ScorecardReport::percent(0.755), QStringLiteral("76%"));
        QCOMPARE(ScorecardReport::percent(std::nullopt), QStringLiteral("–"));
    }

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<ReviewStore> m_store;
};

QTEST_GUILESS_MAIN(tst_ScorecardReport)
#include "tst_ScorecardReport.moc"
