// ScorecardJson: forms and answers read and written back, the short form of choice options, and
// malformed files, each with the JSON path the error must name.
#include "scorecards/ScorecardJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {

// A form using every field, to wrap single questions or groups into.
ScorecardForm fullForm()
{
    ScorecardForm form;
    form.name = QStringLiteral("Full form");
    form.version = 3;
    ScorecardQuestion yesNo;
    yesNo.id = QStringLiteral("greeting");
    yesNo.text = QStringLiteral("Greets the caller.");
    yesNo.help = QStringLiteral("Within the first turn.");
    yesNo.critical = true;
    yesNo.commentRequired = ScorecardQuestion::CommentRule::OnFail;
    ScorecardQuestion scale;
    scale.id = QStringLiteral("tone");
    scale.text = QStringLiteral("Tone.");
    scale.type = ScorecardQuestion::Type::Scale;
    scale.min = 1;
    scale.max = 5;
    scale.naAllowed = true;
    scale.commentRequired = ScorecardQuestion::CommentRule::Always;
    ScorecardQuestion choice;
    choice.id = QStringLiteral("read back");
    choice.text = QStringLiteral("Reads the booking back.");
    choice.type = ScorecardQuestion::Type::Choice;
    choice.options = {
        {QStringLiteral("full"), 2}, {QStringLiteral("partial"), 0.5}, {QStringLiteral("none"), 0}};
    choice.fatal = true;
    form.groups = {{QStringLiteral("Opening"), 1.5, {yesNo, scale}},
                   {QStringLiteral("Booking"), 0, {choice}}};
    return form;
}

// A form of one group around one question, given as JSON text.
QByteArray formWithQuestion(const QByteArray &question)
{
    return R"({"name": "F", "version": 1, "groups": [{"name": "G", "questions": [)" + question
        + "]}]}";
}

} // namespace

class tst_ScorecardJson : public QObject
{
    Q_OBJECT

private slots:
    void formRoundTrip()
    {
        const ScorecardForm form = fullForm();
        QVERIFY(form.isValid());
        const QByteArray json = ScorecardJson::writeForm(form);
        ScorecardError error;
        const std::optional<ScorecardForm> read = ScorecardJson::readForm(json, &error);
        QVERIFY2(read, qPrintable(error.toString()));
        QVERIFY(!error.isError());
        QCOMPARE(*read, form);

        // The written file holds each key the schema names, and nothing for the wrong type.
        const QJsonObject root = QJsonDocument::fromJson(json).object();
        const QJsonObject scale = root.value(QStringLiteral("groups"))
                                      .toArray()
                                      .at(0)
                                      .toObject()
                                      .value(QStringLiteral("questions"))
                                      .toArray()
                                      .at(1)
                                      .toObject();
        QCOMPARE(scale.value(QStringLiteral("type")).toString(), QStringLiteral("scale"));
        QCOMPARE(scale.value(QStringLiteral("min")).toInt(), 1);
        QCOMPARE(scale.value(QStringLiteral("comment_required")).toString(),
                 QStringLiteral("always"));
        QVERIFY(!scale.contains(QStringLiteral("options")));
        QVERIFY(!scale.contains(QStringLiteral("help")));
    }

    void readsDefaults()
    {
        ScorecardError error;
        const std::optional<ScorecardForm> form = ScorecardJson::readForm(
            formWithQuestion(R"({"id": "q", "text": "Q", "type": "yes_no"})"), &error);
        QVERIFY2(form, qPrintable(error.toString()));
        QCOMPARE(form->groups.first().weight, 1.0);
        const ScorecardQuestion &q = form->groups.first().questions.first();
        QVERIFY(!q.naAllowed && !q.critical && !q.fatal);
        QCOMPARE(q.commentRequired, ScorecardQuestion::CommentRule::Never);
        QVERIFY(q.help.isEmpty());
    }

    void shortFormOptions()
    {
        // Each label is worth its position.
        ScorecardError error;
        const std::optional<ScorecardForm> form = ScorecardJson::readForm(
            formWithQuestion(
                R"({"id": "q", "text": "Q", "type": "choice", "options": ["poor", "fair", "good"]})"),
            &error);
        QVERIFY2(form, qPrintable(error.toString()));
        const QList<ScorecardQuestion::Option> expected = {
            {QStringLiteral("poor"), 0}, {QStringLiteral("fair"), 1}, {QStringLiteral("good"), 2}};
        QCOMPARE(form->groups.first().questions.first().options, expected);
        // Written back in the long form, which reads to the same value.
        const QByteArray written = ScorecardJson::writeForm(*form);
        QVERIFY(written.contains("\"points\": 2"));
        QCOMPARE(*ScorecardJson::readForm(written, &error), *form);
    }

    void ignoresTopLevelExtras()
    {
        ScorecardError error;
        QVERIFY(ScorecardJson::readForm(
            R"({"name": "F", "version": 1, "description": "x", "$schema": 1, "groups": [
                {"name": "G", "questions": [{"id": "q", "text": "Q", "type": "yes_no"}]}]})",
            &error));
        const std::optional<ScorecardAnswers> answers = ScorecardJson::readAnswers(
            R"({"form": "F", "form_version": 1, "call_id": "c1", "answers": {}})", &error);
        QVERIFY2(answers, qPrintable(error.toString()));
        QVERIFY(answers->comments.isEmpty());
    }

    void malformedForm_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message"); // the start of the message

        const auto q = [](const char *question) { return formWithQuestion(question); };
        const QString q0 = QStringLiteral("groups[0].questions[0]");

        QTest::newRow("empty") << QByteArray(" \n") << QString()
                               << QStringLiteral("the file is empty");
        QTest::newRow("syntax") << QByteArray("{\n  \"name\": \"F\",\n  \"version\" 1}")
                                << QString()
                                << QStringLiteral("not valid JSON at line 3, column 13");
        QTest::newRow("bad literal") << QByteArray("{\"name\": tru}") << QString()
                                     << QStringLiteral("not valid JSON at line 1, column 10");
        QTest::newRow("array at the top")
            << QByteArray("[]") << QString()
            << QStringLiteral("expected a JSON object at the top level");
        QTest::newRow("no name") << QByteArray(R"({"version": 1, "groups": []})")
                                 << QStringLiteral("name")
                                 << QStringLiteral("missing (expected a string)");
        QTest::newRow("blank name")
            << QByteArray(R"({"name": " ", "version": 1, "groups": [{"name": "G", "questions": [
                {"id": "q", "text": "Q", "type": "yes_no"}]}]})")
            << QStringLiteral("name") << QStringLiteral("the form has no name");
        QTest::newRow("version a string")
            << QByteArray(R"({"name": "F", "version": "1", "groups": []})")
            << QStringLiteral("version") << QStringLiteral("expected a number, found a string");
        QTest::newRow("version a fraction")
            << QByteArray(R"({"name": "F", "version": 1.5, "groups": []})")
            << QStringLiteral("version") << QStringLiteral("expected a whole number, found 1.5");
        QTest::newRow("version 0")
            << QByteArray(R"({"name": "F", "version": 0, "groups": [{"name": "G", "questions": [
                {"id": "q", "text": "Q", "type": "yes_no"}]}]})")
            << QStringLiteral("version") << QStringLiteral("the version must be 1 or more");
        QTest::newRow("groups an object")
            << QByteArray(R"({"name": "F", "version": 1, "groups": {}})")
            << QStringLiteral("groups") << QStringLiteral("expected an array, found an object");
        QTest::newRow("no groups")
            << QByteArray(R"({"name": "F", "version": 1, "groups": []})")
            << QStringLiteral("groups") << QStringLiteral("the form has no groups");
        QTest::newRow("misspelt group key")
            << QByteArray(R"({"name": "F", "version": 1, "groups": [{"name": "G", "wieght": 2,
                "questions": []}]})")
            << QStringLiteral("groups[0].wieght")
            << QStringLiteral("unknown key (expected one of name, weight, questions)");
        QTest::newRow("negative weight")
            << QByteArray(R"({"name": "F", "version": 1, "groups": [{"name": "G", "weight": -1,
                "questions": [{"id": "q", "text": "Q", "type": "yes_no"}]}]})")
            << QStringLiteral("groups[0].weight") << QStringLiteral("the weight must be 0 or more");
        QTest::newRow("every weight 0")
            << QByteArray(R"({"name": "F", "version": 1, "groups": [{"name": "G", "weight": 0,
                "questions": [{"id": "q", "text": "Q", "type": "yes_no"}]}]})")
            << QStringLiteral("groups") << QStringLiteral("every group has weight 0");
        QTest::newRow("group without questions") << QByteArray(
            R"({"name": "F", "version": 1, "groups": [{"name": "G", "questions": []}]})")
                                                 << QStringLiteral("groups[0].questions")
                                                 << QStringLiteral("the group has no questions");
        QTest::newRow("duplicate group name")
            << QByteArray(R"({"name": "F", "version": 1, "groups": [
                {"name": "G", "questions": [{"id": "a", "text": "A", "type": "yes_no"}]},
                {"name": "G", "questions": [{"id": "b", "text": "B", "type": "yes_no"}]}]})")
            << QStringLiteral("groups[1].name") << QStringLiteral("\"G\" names another group too");
        QTest::newRow("unknown type (second group)")
            << QByteArray(R"({"name": "F", "version": 1, "groups": [
                {"name": "A", "questions": [{"id": "a", "text": "A", "type": "yes_no"}]},
                {"name": "B", "questions": [{"id": "b", "text": "B", "type": "yesno"}]}]})")
            << QStringLiteral("groups[1].questions[0].type")
            << QStringLiteral("expected one of yes_no, scale, choice, found \"yesno\"");
        QTest::newRow("question not an object")
            << formWithQuestion(R"({"id": "a", "text": "A", "type": "yes_no"}, 7)")
            << QStringLiteral("groups[0].questions[1]")
            << QStringLiteral("expected an object, found a number");
        QTest::newRow("duplicate id")
            << QByteArray(R"({"name": "F", "version": 1, "groups": [
                {"name": "A", "questions": [{"id": "a", "text": "A", "type": "yes_no"}]},
                {"name": "B", "questions": [{"id": "a", "text": "B", "type": "yes_no"}]}]})")
            << QStringLiteral("groups[1].questions[0].id")
            << QStringLiteral("\"a\" is also the id of groups[0].questions[0]");
        QTest::newRow("no text") << q(R"({"id": "a", "type": "yes_no"})")
                                 << q0 + QStringLiteral(".text")
                                 << QStringLiteral("missing (expected a string)");
        QTest::newRow("blank id") << q(R"({"id": "", "text": "A", "type": "yes_no"})")
                                  << q0 + QStringLiteral(".id")
                                  << QStringLiteral("the question has no id");
        QTest::newRow("misspelt question key")
            << q(R"({"id": "a", "text": "A", "type": "yes_no", "na_alowed": true})")
            << q0 + QStringLiteral(".na_alowed")
            << QStringLiteral("unknown key (expected one of id,");
        QTest::newRow("boolean as a string")
            << q(R"({"id": "a", "text": "A", "type": "yes_no", "critical": "yes"})")
            << q0 + QStringLiteral(".critical")
            << QStringLiteral("expected true or false, found a string");
        QTest::newRow("unknown comment rule")
            << q(R"({"id": "a", "text": "A", "type": "yes_no", "comment_required": "sometimes"})")
            << q0 + QStringLiteral(".comment_required")
            << QStringLiteral("expected one of never, on_fail, always, found \"sometimes\"");
        QTest::newRow("scale without max")
            << q(R"({"id": "a", "text": "A", "type": "scale", "min": 1})")
            << q0 + QStringLiteral(".max") << QStringLiteral("missing (expected a number)");
        QTest::newRow("scale min a fraction")
            << q(R"({"id": "a", "text": "A", "type": "scale", "min": 0.5, "max": 5})")
            << q0 + QStringLiteral(".min") << QStringLiteral("expected a whole number, found 0.5");
        QTest::newRow("scale min = max")
            << q(R"({"id": "a", "text": "A", "type": "scale", "min": 3, "max": 3})")
            << q0 + QStringLiteral(".max") << QStringLiteral("max (3) must be above min (3)");
        QTest::newRow("min on yes_no")
            << q(R"({"id": "a", "text": "A", "type": "yes_no", "min": 0})")
            << q0 + QStringLiteral(".min")
            << QStringLiteral("only a scale question has min and max");
        QTest::newRow("options on a scale")
            << q(R"({"id": "a", "text": "A", "type": "scale", "min": 1, "max": 3, "options": []})")
            << q0 + QStringLiteral(".options")
            << QStringLiteral("only a choice question has options");
        QTest::newRow("choice without options")
            << q(R"({"id": "a", "text": "A", "type": "choice"})") << q0 + QStringLiteral(".options")
            << QStringLiteral("missing (expected an array)");
        QTest::newRow("choice with one option") << q(
            R"({"id": "a", "text": "A", "type": "choice", "options": [{"label": "x", "points": 1}]})")
                                                << q0 + QStringLiteral(".options")
                                                << QStringLiteral("a choice question needs at "
                                                                  "least 2 options");
        QTest::newRow("option without points") << q(
            R"({"id": "a", "text": "A", "type": "choice", "options": [{"label": "x", "points": 1},
                {"label": "y"}]})") << q0 + QStringLiteral(".options[1].points")
                                               << QStringLiteral("missing (expected a number)");
        QTest::newRow("misspelt option key")
            << q(R"({"id": "a", "text": "A", "type": "choice", "options": [{"label": "x", "pts": 1},
                {"label": "y", "points": 0}]})")
            << q0 + QStringLiteral(".options[0].pts")
            << QStringLiteral("unknown key (expected one of label, points)");
        QTest::newRow("duplicate label")
            << q(R"({"id": "a", "text": "A", "type": "choice", "options": ["x", "y", "x"]})")
            << q0 + QStringLiteral(".options[2].label")
            << QStringLiteral("\"x\" is used by another option");
        QTest::newRow("label na") << q(
            R"({"id": "a", "text": "A", "type": "choice", "options": ["na", "ok"]})")
                                  << q0 + QStringLiteral(".options[0].label")
                                  << QStringLiteral("\"na\" is reserved for N/A");
        QTest::newRow("negative points") << q(
            R"({"id": "a", "text": "A", "type": "choice", "options": [{"label": "x", "points": 1},
                {"label": "y", "points": -1}]})")
                                         << q0 + QStringLiteral(".options[1].points")
                                         << QStringLiteral("points must be 0 or more");
        QTest::newRow("no option worth points") << q(
            R"({"id": "a", "text": "A", "type": "choice", "options": [{"label": "x", "points": 0},
                {"label": "y", "points": 0}]})") << q0 + QStringLiteral(".options")
                                                << QStringLiteral(
                                                       "at least one option must be worth points");
        QTest::newRow("short form mixed") << q(
            R"({"id": "a", "text": "A", "type": "choice", "options": ["x", {"label": "y", "points": 1}]})")
                                          << q0 + QStringLiteral(".options[1]")
                                          << QStringLiteral("expected a string like the first "
                                                            "option, found an object");
        QTest::newRow("suggested_by not a kind")
            << q(R"({"id": "a", "text": "A", "type": "yes_no",
                     "suggested_by": {"finding": "Loop!", "answer": "no"}})")
            << q0 + QStringLiteral(".suggested_by.finding")
            << QStringLiteral(
                   "expected a finding kind such as \"repetition-cycle\", found \"Loop!\"");
        QTest::newRow("suggested_by na")
            << q(R"({"id": "a", "text": "A", "type": "yes_no", "na_allowed": true,
                     "suggested_by": {"finding": "dead-air", "answer": "na"}})")
            << q0 + QStringLiteral(".suggested_by.answer")
            << QStringLiteral(
                   "expected \"yes\", \"no\", a number or an option label, found \"na\"");
        QTest::newRow("suggested_by answer does not fit")
            << q(R"({"id": "a", "text": "A", "type": "scale", "min": 1, "max": 5,
                     "suggested_by": {"finding": "dead-air", "answer": 7}})")
            << q0 + QStringLiteral(".suggested_by.answer")
            << QStringLiteral("expected a whole number from 1 to 5, found 7");
        QTest::newRow("suggested_by misspelt key")
            << q(R"({"id": "a", "text": "A", "type": "yes_no",
                     "suggested_by": {"finding": "dead-air", "answr": "no"}})")
            << q0 + QStringLiteral(".suggested_by.answr") << QStringLiteral("unknown key");
    }

    void malformedForm()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        QFETCH(QString, message);
        ScorecardError error;
        QVERIFY(!ScorecardJson::readForm(json, &error));
        QCOMPARE(error.path, path);
        QVERIFY2(error.message.startsWith(message), qPrintable(error.message));
        QVERIFY(
            error.toString().startsWith(path.isEmpty() ? message : path + QStringLiteral(": ")));
    }

    // "suggested_by" is read, written back and read again to the same question.
    void suggestedBy()
    {
        const QByteArray json = formWithQuestion(
            R"({"id": "loops", "text": "No loops", "type": "choice", "options": ["bad", "ok"],
                "suggested_by": {"finding": "repetition-cycle", "answer": "bad"}})");
        ScorecardError error;
        const std::optional<ScorecardForm> form = ScorecardJson::readForm(json, &error);
        QVERIFY2(form, qPrintable(error.toString()));
        const ScorecardQuestion *question = form->question(QStringLiteral("loops"));
        QVERIFY(question && question->suggestedBy);
        QCOMPARE(question->suggestedBy->finding, QStringLiteral("repetition-cycle"));
        QCOMPARE(question->suggestedBy->answer, ScorecardAnswer::fromText(QStringLiteral("bad")));
        const std::optional<ScorecardForm> again =
            ScorecardJson::readForm(ScorecardJson::writeForm(*form), &error);
        QVERIFY2(again, qPrintable(error.toString()));
        QCOMPARE(*again, *form);
        QVERIFY(!fullForm().groups.constFirst().questions.constFirst().suggestedBy);
    }

    void answersRoundTrip()
    {
        ScorecardAnswers answers;
        answers.formName = QStringLiteral("Full form");
        answers.formVersion = 3;
        answers.answers.insert(QStringLiteral("greeting"), ScorecardAnswer::no());
        answers.answers.insert(QStringLiteral("tone"), ScorecardAnswer::fromNumber(4));
        answers.answers.insert(QStringLiteral("read back"),
                               ScorecardAnswer::fromText(QStringLiteral("partial")));
        answers.answers.insert(QStringLiteral("other"), ScorecardAnswer::notApplicable());
        answers.comments.insert(QStringLiteral("greeting"), QStringLiteral("Skipped the name."));
        const QByteArray json = ScorecardJson::writeAnswers(answers);
        QVERIFY(json.contains("\"other\": \"na\""));
        QVERIFY(json.contains("\"tone\": 4"));
        ScorecardError error;
        const std::optional<ScorecardAnswers> read = ScorecardJson::readAnswers(json, &error);
        QVERIFY2(read, qPrintable(error.toString()));
        QCOMPARE(*read, answers);
        QCOMPARE(read->comment(QStringLiteral("greeting")), QStringLiteral("Skipped the name."));
    }

    void malformedAnswers_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        QTest::newRow("syntax") << QByteArray(R"({"form": "F",})") << QString()
                                << QStringLiteral("not valid JSON at line 1, column 14");
        QTest::newRow("no form") << QByteArray(R"({"form_version": 1, "answers": {}})")
                                 << QStringLiteral("form")
                                 << QStringLiteral("missing (expected a string)");
        QTest::newRow("version a string")
            << QByteArray(R"({"form": "F", "form_version": "1", "answers": {}})")
            << QStringLiteral("form_version")
            << QStringLiteral("expected a number, found a string");
        QTest::newRow("no answers")
            << QByteArray(R"({"form": "F", "form_version": 1})") << QStringLiteral("answers")
            << QStringLiteral("missing (expected an object)");
        QTest::newRow("answers an array")
            << QByteArray(R"({"form": "F", "form_version": 1, "answers": []})")
            << QStringLiteral("answers") << QStringLiteral("expected an object, found an array");
        QTest::newRow("a boolean answer")
            << QByteArray(R"({"form": "F", "form_version": 1, "answers": {"q1": true}})")
            << QStringLiteral("answers.q1")
            << QStringLiteral(
                   "expected \"yes\", \"no\", \"na\", a number or an option label, found a "
                   "boolean");
        QTest::newRow("a null answer, odd id")
            << QByteArray(R"({"form": "F", "form_version": 1, "answers": {"greeting 2": null}})")
            << QStringLiteral("answers[\"greeting 2\"]") << QStringLiteral("expected \"yes\"");
        QTest::newRow("a number comment")
            << QByteArray(
                   R"({"form": "F", "form_version": 1, "answers": {}, "comments": {"q1": 3}})")
            << QStringLiteral("comments.q1") << QStringLiteral("expected a string, found a number");
        QTest::newRow("comments an array")
            << QByteArray(R"({"form": "F", "form_version": 1, "answers": {}, "comments": []})")
            << QStringLiteral("comments") << QStringLiteral("expected an object, found an array");
    }

    void malformedAnswers()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        QFETCH(QString, message);
        ScorecardError error;
        QVERIFY(!ScorecardJson::readAnswers(json, &error));
        QCOMPARE(error.path, path);
        QVERIFY2(error.message.startsWith(message), qPrintable(error.message));
    }

    void answerKinds()
    {
        ScorecardError error;
        const std::optional<ScorecardAnswers> answers = ScorecardJson::readAnswers(
            R"({"form": "F", "form_version": 2, "answers": {"a": "yes", "b": "na", "c": 3.5,
                "d": "partial"}})",
            &error);
        QVERIFY2(answers, qPrintable(error.toString()));
        QCOMPARE(answers->formVersion, 2);
        QCOMPARE(answers->answers.value(QStringLiteral("a")), ScorecardAnswer::yes());
        QVERIFY(answers->answers.value(QStringLiteral("b")).isNotApplicable());
        QCOMPARE(answers->answers.value(QStringLiteral("c")), ScorecardAnswer::fromNumber(3.5));
        QCOMPARE(answers->answers.value(QStringLiteral("d")).kind, ScorecardAnswer::Kind::Text);
    }
};

QTEST_GUILESS_MAIN(tst_ScorecardJson)
#include "tst_ScorecardJson.moc"
