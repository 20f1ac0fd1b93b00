// ScoreCommand, the logic of `callreview --score FORM --answers ANSWERS`: the samples in
// docs/scorecards/ score to exactly what docs/SCORECARDS.md shows, and every problem the CLI
// contract names (malformed file, unanswered question, missing comment, version mismatch,
// unreadable file) comes back as its kind with a one-line message naming the file and the JSON
// path or question id.
#include "scorecards/ScoreCommand.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

using ErrorKind = ScoreCommand::ErrorKind;

QString sourcePath(const QString &relative)
{
    return QStringLiteral(CALLREVIEW_SOURCE_DIR "/") + relative;
}

// The JSON block that follows `<!-- score-output: NAME -->` in docs/SCORECARDS.md.
QJsonObject documentedOutput(const QString &name)
{
    QFile file(sourcePath(QStringLiteral("docs/SCORECARDS.md")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(file.readAll());
    const QRegularExpression block(QStringLiteral("<!-- score-output: ")
                                       + QRegularExpression::escape(name)
                                       + QStringLiteral(" -->\\s*```json\\n(.*?)```"),
                                   QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = block.match(text);
    if (!match.hasMatch())
        return {};
    return QJsonDocument::fromJson(match.captured(1).toUtf8()).object();
}

// JSON values equal, numbers to 1e-12 (the page may round where the output does not).
bool sameJson(const QJsonValue &a, const QJsonValue &b, QString *where, const QString &path)
{
    if (a.type() != b.type()) {
        *where = path;
        return false;
    }
    if (a.isDouble()) {
        if (qAbs(a.toDouble() - b.toDouble()) > 1e-12) {
            *where = path;
            return false;
        }
        return true;
    }
    if (a.isArray()) {
        const QJsonArray x = a.toArray(), y = b.toArray();
        if (x.size() != y.size()) {
            *where = path;
            return false;
        }
        for (qsizetype i = 0; i < x.size(); ++i) {
            if (!sameJson(x.at(i), y.at(i), where, path + u'[' + QString::number(i) + u']'))
                return false;
        }
        return true;
    }
    if (a.isObject()) {
        const QJsonObject x = a.toObject(), y = b.toObject();
        if (x.keys() != y.keys()) {
            *where = path + QStringLiteral(" (keys)");
            return false;
        }
        for (const QString &key : x.keys()) {
            if (!sameJson(x.value(key), y.value(key), where, path + u'.' + key))
                return false;
        }
        return true;
    }
    if (a != b)
        *where = path;
    return a == b;
}

} // namespace

class tst_ScoreCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    QString formFile()
    {
        // g1 weight 1: a yes_no (critical), s scale 1..5 comment always
        // g2 weight 3: f yes_no fatal, n yes_no N/A allowed
        return write(QStringLiteral("form.json"), R"({"name": "Small", "version": 2, "groups": [
            {"name": "g1", "questions": [
                {"id": "a", "text": "A", "type": "yes_no", "critical": true},
                {"id": "s", "text": "S", "type": "scale", "min": 1, "max": 5,
                 "comment_required": "always"}]},
            {"name": "g2", "weight": 3, "questions": [
                {"id": "f", "text": "F", "type": "yes_no", "fatal": true,
                 "comment_required": "on_fail"},
                {"id": "n", "text": "N", "type": "yes_no", "na_allowed": true}]}]})");
    }

    ScoreCommand::Outcome runOn(const QString &form, const QString &answers, QByteArray *output)
    {
        QBuffer buffer(output);
        buffer.open(QIODevice::WriteOnly);
        return ScoreCommand::run(form, answers, buffer);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void documentedSamples_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("inbound-booking") << QStringLiteral("inbound-booking");
        QTest::newRow("reserva-entrante") << QStringLiteral("reserva-entrante");
    }

    void documentedSamples()
    {
        QFETCH(QString, name);
        const QJsonObject documented = documentedOutput(name);
        QVERIFY2(!documented.isEmpty(), "docs/SCORECARDS.md has no score-output block for it");

        QByteArray output;
        const ScoreCommand::Outcome outcome =
            runOn(sourcePath(QStringLiteral("docs/scorecards/%1.form.json").arg(name)),
                  sourcePath(QStringLiteral("docs/scorecards/%1.answers.json").arg(name)), &output);
        QVERIFY2(outcome.ok(), qPrintable(outcome.message));
        QJsonParseError parseError;
        const QJsonDocument printed = QJsonDocument::fromJson(output, &parseError);
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QCOMPARE(printed.object().keys(),
                 (QStringList{QStringLiteral("critical_score"), QStringLiteral("fatal"),
                              QStringLiteral("groups"), QStringLiteral("score")}));
        QString where;
        QVERIFY2(sameJson(printed.object(), documented, &where, QStringLiteral("$")),
                 qPrintable(QStringLiteral("differs at %1; printed:\n%2")
                                .arg(where, QString::fromUtf8(output))));
    }

    void documentedWorkedExample()
    {
        // The figures SCORECARDS.md works out by hand for the English sample: 29/40 and 12/15.
        const ScoreCommand::Outcome outcome = ScoreCommand::evaluate(
            sourcePath(QStringLiteral("docs/scorecards/inbound-booking.form.json")),
            sourcePath(QStringLiteral("docs/scorecards/inbound-booking.answers.json")));
        QVERIFY2(outcome.ok(), qPrintable(outcome.message));
        QCOMPARE(*outcome.result.score, 29.0 / 40.0);
        QCOMPARE(*outcome.result.criticalScore, 12.0 / 15.0);
        QCOMPARE(outcome.result.groups.at(2).earned, 5.0);
        QCOMPARE(outcome.result.groups.at(2).possible, 8.0);
        QVERIFY(
            outcome.result.question(QStringLiteral("compliance_recording_notice"))->notApplicable);
    }

    void scoresAValidEvaluation()
    {
        // g1: a yes 1/1, s 4 on 1..5 = 3/4 -> 4/5; g2: f yes 1/1, n N/A -> 1/1
        // total = (4 x 1 + 1 x 3) / (5 x 1 + 1 x 3) = 7/8; critical = a only = 1
        const QString answers = write(QStringLiteral("ok.json"), R"({"form": "Small",
            "form_version": 2, "answers": {"a": "yes", "s": 4, "f": "yes", "n": "na"},
            "comments": {"s": "Fine."}})");
        QByteArray output;
        const ScoreCommand::Outcome outcome = runOn(formFile(), answers, &output);
        QVERIFY2(outcome.ok(), qPrintable(outcome.message));
        QVERIFY(outcome.message.isEmpty());
        const QJsonObject printed = QJsonDocument::fromJson(output).object();
        QCOMPARE(printed.value(QStringLiteral("score")).toDouble(), 0.875);
        QCOMPARE(printed.value(QStringLiteral("critical_score")).toDouble(), 1.0);
        QCOMPARE(printed.value(QStringLiteral("fatal")).toArray(), QJsonArray());
        const QJsonArray groups = printed.value(QStringLiteral("groups")).toArray();
        QCOMPARE(groups.size(), 2);
        QCOMPARE(groups.at(0).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("g1"));
        QCOMPARE(groups.at(0).toObject().value(QStringLiteral("score")).toDouble(), 0.8);
    }

    void fatalAndNullScores()
    {
        // f no (fatal) -> score 0 and f listed; a N/A is not allowed, so a "yes" keeps critical
        // at 1; g2 is f 0/1 -> 0. n N/A everywhere else.
        const QString answers = write(QStringLiteral("fatal.json"), R"({"form": "Small",
            "form_version": 2, "answers": {"a": "yes", "s": 5, "f": "no", "n": "na"},
            "comments": {"s": "Good.", "f": "Asked for a card number."}})");
        QByteArray output;
        QVERIFY(runOn(formFile(), answers, &output).ok());
        const QJsonObject printed = QJsonDocument::fromJson(output).object();
        QCOMPARE(printed.value(QStringLiteral("score")).toDouble(-1), 0.0);
        QCOMPARE(printed.value(QStringLiteral("fatal")).toArray(), QJsonArray{QStringLiteral("f")});
        QCOMPARE(printed.value(QStringLiteral("groups"))
                     .toArray()
                     .at(1)
                     .toObject()
                     .value(QStringLiteral("score"))
                     .toDouble(-1),
                 0.0);
    }

    void invalidInput_data()
    {
        QTest::addColumn<QByteArray>("form"); // empty: the valid form
        QTest::addColumn<QByteArray>("answers");
        QTest::addColumn<QString>("message"); // after "FILE: "
        QTest::addColumn<bool>("inForm"); // the message names the form file, not the answers
        const QByteArray valid;
        QTest::newRow("malformed form")
            << QByteArray(R"({"name": "Small", "version": 2, "groups": [{"name": "g",
                "questions": [{"id": "a", "text": "A", "type": "yes_no"}, {"id": "b", "text": "B",
                "type": "scale", "min": 1}]}]})")
            << QByteArray(R"({"form": "Small", "form_version": 2, "answers": {}})")
            << QStringLiteral("groups[0].questions[1].max: missing (expected a number)") << true;
        QTest::newRow("form not JSON")
            << QByteArray("name: Small\n") << QByteArray("{}")
            << QStringLiteral("not valid JSON at line 1, column 1") << true;
        QTest::newRow("malformed answers")
            << valid
            << QByteArray(R"({"form": "Small", "form_version": 2, "answers": {"a": false}})")
            << QStringLiteral("answers.a: expected \"yes\", \"no\", \"na\", a number or an option "
                              "label, found a boolean")
            << false;
        QTest::newRow("unanswered")
            << valid
            << QByteArray(R"({"form": "Small", "form_version": 2, "answers": {"a": "yes", "s": 3,
                "n": "no"}, "comments": {"s": "x"}})")
            << QStringLiteral("question \"f\" has no answer") << false;
        QTest::newRow("missing required comment (always)")
            << valid
            << QByteArray(R"({"form": "Small", "form_version": 2, "answers": {"a": "yes", "s": 5,
                "f": "yes", "n": "no"}})")
            << QStringLiteral("question \"s\" needs a comment") << false;
        QTest::newRow("missing required comment (on_fail)")
            << valid
            << QByteArray(R"({"form": "Small", "form_version": 2, "answers": {"a": "yes", "s": 5,
                "f": "no", "n": "no"}, "comments": {"s": "x", "f": " "}})")
            << QStringLiteral("question \"f\" needs a comment: it did not earn full points")
            << false;
        QTest::newRow("version mismatch")
            << valid
            << QByteArray(R"({"form": "Small", "form_version": 1, "answers": {"a": "yes", "s": 5,
                "f": "yes", "n": "no"}, "comments": {"s": "x"}})")
            << QStringLiteral(
                   "the answers are for version 1 of form \"Small\", the form is version 2")
            << false;
        QTest::newRow("several problems")
            << valid
            << QByteArray(R"({"form": "Small", "form_version": 2, "answers": {"a": "na", "s": 9}})")
            << QStringLiteral("question \"a\" cannot be answered \"na\" (and 3 more problems)")
            << false;
    }

    void invalidInput()
    {
        QFETCH(QByteArray, form);
        QFETCH(QByteArray, answers);
        QFETCH(QString, message);
        QFETCH(bool, inForm);
        const QString formPath =
            form.isEmpty() ? formFile() : write(QStringLiteral("bad-form.json"), form);
        const QString answersPath = write(QStringLiteral("answers.json"), answers);
        QByteArray output;
        const ScoreCommand::Outcome outcome = runOn(formPath, answersPath, &output);
        QCOMPARE(outcome.kind, ErrorKind::InvalidInput);
        QVERIFY2(
            outcome.message.startsWith((inForm ? formPath : answersPath) + QStringLiteral(": ")),
            qPrintable(outcome.message));
        QVERIFY2(outcome.message.contains(message), qPrintable(outcome.message));
        QVERIFY(!outcome.message.contains(u'\n'));
        QVERIFY(output.isEmpty()); // nothing printed on stdout when it fails
    }

    void oneMoreProblem()
    {
        const QString answers = write(QStringLiteral("two.json"), R"({"form": "Small",
            "form_version": 2, "answers": {"a": "yes", "s": 4, "f": "yes"}})");
        const ScoreCommand::Outcome outcome = ScoreCommand::evaluate(formFile(), answers);
        QCOMPARE(outcome.kind, ErrorKind::InvalidInput);
        QVERIFY2(outcome.message.endsWith(
                     QStringLiteral(": question \"s\" needs a comment (and 1 more problem)")),
                 qPrintable(outcome.message));
    }

    void unreadableFiles()
    {
        const QString missing = m_dir.filePath(QStringLiteral("missing.json"));
        QByteArray output;
        ScoreCommand::Outcome outcome = runOn(missing, formFile(), &output);
        QCOMPARE(outcome.kind, ErrorKind::ReadFailure);
        QVERIFY2(outcome.message.startsWith(missing + QStringLiteral(": cannot be read")),
                 qPrintable(outcome.message));
        outcome = runOn(formFile(), m_dir.path(), &output); // a folder
        QCOMPARE(outcome.kind, ErrorKind::ReadFailure);
        QVERIFY(output.isEmpty());
    }

    void oversizedFile()
    {
        const QString big =
            write(QStringLiteral("big.json"), QByteArray(ScoreCommand::maxFileBytes + 1, ' '));
        const ScoreCommand::Outcome outcome = ScoreCommand::evaluate(formFile(), big);
        QCOMPARE(outcome.kind, ErrorKind::InvalidInput);
        QVERIFY2(outcome.message.contains(QStringLiteral("larger than 16 MiB")),
                 qPrintable(outcome.message));
    }

    void usage()
    {
        QCOMPARE(ScoreCommand::evaluate(QString(), formFile()).kind, ErrorKind::Usage);
        QCOMPARE(ScoreCommand::evaluate(formFile(), QString()).kind, ErrorKind::Usage);
    }

    void writeFailure()
    {
        const QString answers = write(QStringLiteral("ok.json"), R"({"form": "Small",
            "form_version": 2, "answers": {"a": "yes", "s": 4, "f": "yes", "n": "na"},
            "comments": {"s": "Fine."}})");
        QByteArray data;
        QBuffer readOnly(&data);
        QVERIFY(readOnly.open(QIODevice::ReadOnly));
        const ScoreCommand::Outcome outcome = ScoreCommand::run(formFile(), answers, readOnly);
        QCOMPARE(outcome.kind, ErrorKind::WriteFailure);
        QVERIFY(!outcome.message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_ScoreCommand)
#include "tst_ScoreCommand.moc"
