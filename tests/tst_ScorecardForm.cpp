// ScorecardForm: validate() lists every broken rule with its JSON path, in document order;
// lookups; nextVersion() leaves the published version as it was.
#include "scorecards/ScorecardForm.h"

#include <QTest>

namespace {

ScorecardQuestion yesNo(const QString &id)
{
    ScorecardQuestion question;
    question.id = id;
    question.text = QStringLiteral("Question ") + id;
    return question;
}

ScorecardForm validForm()
{
    ScorecardForm form;
    form.name = QStringLiteral("Form");
    form.version = 4;
    ScorecardQuestion scale = yesNo(QStringLiteral("s"));
    scale.type = ScorecardQuestion::Type::Scale;
    scale.min = 1;
    scale.max = 5;
    form.groups = {{QStringLiteral("A"), 1, {yesNo(QStringLiteral("a1")), scale}},
                   {QStringLiteral("B"), 2, {yesNo(QStringLiteral("b1"))}}};
    return form;
}

QStringList paths(const QList<ScorecardError> &problems)
{
    QStringList result;
    for (const ScorecardError &problem : problems)
        result.append(problem.path);
    return result;
}

} // namespace

class tst_ScorecardForm : public QObject
{
    Q_OBJECT

private slots:
    void validFormHasNoProblems()
    {
        QVERIFY(validForm().validate().isEmpty());
        QVERIFY(validForm().isValid());
    }

    void everyProblemInDocumentOrder()
    {
        ScorecardForm form = validForm();
        form.name = QStringLiteral("  ");
        form.groups[0].questions[1].max = 1; // min 1, max 1
        form.groups[0].questions[0].options = {{QStringLiteral("x"), 1}}; // on a yes_no
        form.groups[1].name = QStringLiteral("A");
        form.groups[1].weight = -2;
        form.groups[1].questions[0].id = QStringLiteral("a1");
        form.groups[1].questions[0].text.clear();
        QCOMPARE(
            paths(form.validate()),
            (QStringList{QStringLiteral("name"), QStringLiteral("groups[0].questions[0].options"),
                         QStringLiteral("groups[0].questions[1].max"),
                         QStringLiteral("groups[1].name"), QStringLiteral("groups[1].weight"),
                         QStringLiteral("groups[1].questions[0].id"),
                         QStringLiteral("groups[1].questions[0].text")}));
        QVERIFY(!form.isValid());
    }

    void weights()
    {
        ScorecardForm form = validForm();
        form.groups[0].weight = 0; // one group of weight 0 is fine
        QVERIFY(form.isValid());
        form.groups[1].weight = 0; // not all of them
        QCOMPARE(paths(form.validate()), QStringList{QStringLiteral("groups")});
        form.groups[1].weight = qQNaN();
        QCOMPARE(paths(form.validate()),
                 (QStringList{QStringLiteral("groups[1].weight"), QStringLiteral("groups")}));
    }

    void questionIdsWithOddCharacters()
    {
        // Any id works as an answers key; the path quotes it.
        ScorecardForm form = validForm();
        ScorecardQuestion choice = yesNo(QStringLiteral("read back"));
        choice.type = ScorecardQuestion::Type::Choice;
        choice.options = {{QStringLiteral("full"), 2}, {QStringLiteral("full"), 1}};
        form.groups[1].questions.append(choice);
        const QList<ScorecardError> problems = form.validate();
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().path, QStringLiteral("groups[1].questions[1].options[1].label"));
    }

    void lookups()
    {
        const ScorecardForm form = validForm();
        QCOMPARE(form.questionIds(),
                 (QStringList{QStringLiteral("a1"), QStringLiteral("s"), QStringLiteral("b1")}));
        QVERIFY(form.question(QStringLiteral("s")));
        QCOMPARE(form.question(QStringLiteral("s"))->max, 5);
        QVERIFY(!form.question(QStringLiteral("zz")));
    }

    void nextVersion()
    {
        const ScorecardForm published = validForm();
        ScorecardForm draft = published.nextVersion();
        QCOMPARE(draft.version, 5);
        QCOMPARE(draft.groups, published.groups);
        QCOMPARE(draft.name, published.name);
        draft.groups[0].questions[0].text = QStringLiteral("Changed");
        QCOMPARE(published.groups[0].questions[0].text, QStringLiteral("Question a1"));
        QVERIFY(!(draft == published));
        QCOMPARE(published.version, 4);
    }
};

QTEST_GUILESS_MAIN(tst_ScorecardForm)
#include "tst_ScorecardForm.moc"
