#include "scorecards/ScorecardJson.h"

#include "scorecards/ScorecardPath.h"

#include "base/JsonFields.h"
#include "scorecards/ScorecardScorer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QStringList>

#include <cmath>
#include <limits>

namespace {

using Question = ScorecardQuestion;

const QStringList formGroupKeys = {QStringLiteral("name"), QStringLiteral("weight"),
                                   QStringLiteral("questions")};
const QStringList questionKeys = {
    QStringLiteral("id"),
    QStringLiteral("text"),
    QStringLiteral("help"),
    QStringLiteral("type"),
    QStringLiteral("min"),
    QStringLiteral("max"),
    QStringLiteral("options"),
    QStringLiteral("na_allowed"),
    QStringLiteral("critical"),
    QStringLiteral("fatal"),
    QStringLiteral("comment_required"),
    QStringLiteral("suggested_by"),
};
const QStringList suggestionKeys = {QStringLiteral("finding"), QStringLiteral("answer")};
const QStringList optionKeys = {QStringLiteral("label"), QStringLiteral("points")};

QString found(const QJsonValue &value)
{
    return JsonFields::typeName(value);
}

// Reads typed fields and keeps the first problem with its path; every read after a failure
// is a no-op, so the parsing code reads straight through and checks once per level.
class Reader
{
public:
    ScorecardError error;

    bool failed() const { return error.isError(); }
    void fail(const QString &path, const QString &message)
    {
        if (!failed())
            error = {path, message};
    }

    void onlyKeys(const QJsonObject &object, const QString &where, const QStringList &allowed)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!allowed.contains(it.key())) {
                fail(ScorecardPath::key(where, it.key()),
                     ScorecardJson::tr("unknown key (expected one of %1)")
                         .arg(allowed.join(QStringLiteral(", "))));
            }
        }
    }

    QString string(const QJsonObject &object, const QString &where, const QString &key,
                   bool required)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined()) {
            if (required)
                fail(ScorecardPath::key(where, key),
                     ScorecardJson::tr("missing (expected a string)"));
            return {};
        }
        if (!value.isString()) {
            fail(ScorecardPath::key(where, key),
                 ScorecardJson::tr("expected a string, found %1").arg(found(value)));
        }
        return value.toString();
    }

    bool boolean(const QJsonObject &object, const QString &where, const QString &key)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return false;
        if (!value.isBool()) {
            fail(ScorecardPath::key(where, key),
                 ScorecardJson::tr("expected true or false, found %1").arg(found(value)));
        }
        return value.toBool();
    }

    double number(const QJsonValue &value, const QString &path)
    {
        if (!value.isDouble()) {
            fail(path,
                 value.isUndefined()
                     ? ScorecardJson::tr("missing (expected a number)")
                     : ScorecardJson::tr("expected a number, found %1").arg(found(value)));
            return 0;
        }
        return value.toDouble();
    }

    int integer(const QJsonValue &value, const QString &path)
    {
        const double number = this->number(value, path);
        if (failed())
            return 0;
        if (std::floor(number) != number || number < std::numeric_limits<int>::min()
            || number > std::numeric_limits<int>::max()) {
            fail(path,
                 ScorecardJson::tr("expected a whole number, found %1")
                     .arg(QString::number(number)));
            return 0;
        }
        return int(number);
    }

    QJsonArray array(const QJsonValue &value, const QString &path)
    {
        if (!value.isArray()) {
            fail(path,
                 value.isUndefined()
                     ? ScorecardJson::tr("missing (expected an array)")
                     : ScorecardJson::tr("expected an array, found %1").arg(found(value)));
        }
        return value.toArray();
    }

    QJsonObject object(const QJsonValue &value, const QString &path)
    {
        if (!value.isObject()) {
            fail(path,
                 value.isUndefined()
                     ? ScorecardJson::tr("missing (expected an object)")
                     : ScorecardJson::tr("expected an object, found %1").arg(found(value)));
        }
        return value.toObject();
    }
};

// The document's top-level object, or a syntax error with its line and column.
std::optional<QJsonObject> parseDocument(const QByteArray &json, ScorecardError *error)
{
    if (json.trimmed().isEmpty()) {
        *error = {QString(), ScorecardJson::tr("the file is empty")};
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Qt's offset is one past the character it stopped at.
        const QByteArray before = json.left(qMax(0, parseError.offset - 1));
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = before.size() - (before.lastIndexOf('\n') + 1) + 1;
        *error = {QString(),
                  ScorecardJson::tr("not valid JSON at line %1, column %2: %3")
                      .arg(line)
                      .arg(column)
                      .arg(parseError.errorString())};
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = {QString(),
                  ScorecardJson::tr("expected a JSON object at the top level, found an array")};
        return std::nullopt;
    }
    return document.object();
}

QList<Question::Option> readOptions(Reader &reader, const QJsonValue &value, const QString &path)
{
    QList<Question::Option> options;
    const QJsonArray array = reader.array(value, path);
    // The short form ["poor", "fair", "good"]: each label worth its position.
    const bool shortForm = !array.isEmpty() && array.first().isString();
    for (qsizetype i = 0; i < array.size() && !reader.failed(); ++i) {
        const QString optionPath = ScorecardPath::index(path, i);
        const QJsonValue entry = array.at(i);
        if (shortForm) {
            if (!entry.isString()) {
                reader.fail(optionPath,
                            ScorecardJson::tr("expected a string like the first option, found %1")
                                .arg(found(entry)));
            }
            options.append({entry.toString(), double(i)});
            continue;
        }
        const QJsonObject object = reader.object(entry, optionPath);
        reader.onlyKeys(object, optionPath, optionKeys);
        Question::Option option;
        option.label = reader.string(object, optionPath, QStringLiteral("label"), true);
        option.points = reader.number(object.value(QStringLiteral("points")),
                                      ScorecardPath::key(optionPath, QStringLiteral("points")));
        options.append(option);
    }
    return options;
}

// {"finding": "<Finding kind key>", "answer": "no" | number | "<option>"}: the answer must fit
// the question (checked once the question's type is known) and cannot be N/A.
Question::Suggestion readSuggestion(Reader &reader, const Question &question,
                                    const QJsonValue &value, const QString &where)
{
    Question::Suggestion suggestion;
    const QJsonObject object = reader.object(value, where);
    reader.onlyKeys(object, where, suggestionKeys);
    suggestion.finding = reader.string(object, where, QStringLiteral("finding"), true);
    if (reader.failed())
        return suggestion;
    // The kinds are the findings' (Finding::kindKey), which this folder does not know: only
    // their shape is checked here; ScorecardSuggestions::unknownFindings names the rest.
    static const QRegularExpression kindPattern(QStringLiteral("^[a-z]+(-[a-z]+)*$"));
    if (!kindPattern.match(suggestion.finding).hasMatch()) {
        reader.fail(ScorecardPath::key(where, QStringLiteral("finding")),
                    ScorecardJson::tr("expected a finding kind such as \"repetition-cycle\", "
                                      "found \"%1\"")
                        .arg(suggestion.finding));
        return suggestion;
    }
    const QString answerPath = ScorecardPath::key(where, QStringLiteral("answer"));
    const QJsonValue answer = object.value(QStringLiteral("answer"));
    if (answer.isDouble()) {
        suggestion.answer = ScorecardAnswer::fromNumber(answer.toDouble());
    } else if (answer.isString() && answer.toString() != u"na") {
        suggestion.answer = ScorecardAnswer::fromText(answer.toString());
    } else {
        reader.fail(answerPath,
                    answer.isUndefined()
                        ? ScorecardJson::tr("missing (expected \"yes\", \"no\", a number or an "
                                            "option label)")
                        : ScorecardJson::tr("expected \"yes\", \"no\", a number or an option "
                                            "label, found %1")
                              .arg(answer.isString() ? QStringLiteral("\"na\"") : found(answer)));
        return suggestion;
    }
    QString problem;
    if (!ScorecardScorer::points(question, suggestion.answer, &problem))
        reader.fail(answerPath, problem);
    return suggestion;
}

Question readQuestion(Reader &reader, const QJsonValue &value, const QString &where)
{
    Question question;
    const QJsonObject object = reader.object(value, where);
    reader.onlyKeys(object, where, questionKeys);
    question.id = reader.string(object, where, QStringLiteral("id"), true);
    question.text = reader.string(object, where, QStringLiteral("text"), true);
    question.help = reader.string(object, where, QStringLiteral("help"), false);

    const QString typePath = ScorecardPath::key(where, QStringLiteral("type"));
    const QString typeKey = reader.string(object, where, QStringLiteral("type"), true);
    if (reader.failed())
        return question;
    const std::optional<Question::Type> type = Question::typeFromKey(typeKey);
    if (!type) {
        reader.fail(
            typePath,
            ScorecardJson::tr("expected one of yes_no, scale, choice, found \"%1\"").arg(typeKey));
        return question;
    }
    question.type = *type;

    const QString minPath = ScorecardPath::key(where, QStringLiteral("min"));
    const QString maxPath = ScorecardPath::key(where, QStringLiteral("max"));
    const QJsonValue min = object.value(QStringLiteral("min"));
    const QJsonValue max = object.value(QStringLiteral("max"));
    if (question.type == Question::Type::Scale) {
        question.min = reader.integer(min, minPath);
        question.max = reader.integer(max, maxPath);
    } else if (!min.isUndefined() || !max.isUndefined()) {
        reader.fail(min.isUndefined() ? maxPath : minPath,
                    ScorecardJson::tr("only a scale question has min and max"));
    }
    const QJsonValue options = object.value(QStringLiteral("options"));
    const QString optionsPath = ScorecardPath::key(where, QStringLiteral("options"));
    if (question.type == Question::Type::Choice)
        question.options = readOptions(reader, options, optionsPath);
    else if (!options.isUndefined())
        reader.fail(optionsPath, ScorecardJson::tr("only a choice question has options"));

    question.naAllowed = reader.boolean(object, where, QStringLiteral("na_allowed"));
    question.critical = reader.boolean(object, where, QStringLiteral("critical"));
    question.fatal = reader.boolean(object, where, QStringLiteral("fatal"));
    const QString rulePath = ScorecardPath::key(where, QStringLiteral("comment_required"));
    const QJsonValue rule = object.value(QStringLiteral("comment_required"));
    if (!rule.isUndefined()) {
        const QString ruleKey =
            reader.string(object, where, QStringLiteral("comment_required"), false);
        const std::optional<Question::CommentRule> parsed = Question::commentRuleFromKey(ruleKey);
        if (parsed) {
            question.commentRequired = *parsed;
        } else {
            reader.fail(rulePath,
                        ScorecardJson::tr("expected one of never, on_fail, always, found \"%1\"")
                            .arg(ruleKey));
        }
    }
    const QJsonValue suggestion = object.value(QStringLiteral("suggested_by"));
    if (!suggestion.isUndefined() && !reader.failed())
        question.suggestedBy =
            readSuggestion(reader, question, suggestion,
                           ScorecardPath::key(where, QStringLiteral("suggested_by")));
    return question;
}

ScorecardForm::Group readGroup(Reader &reader, const QJsonValue &value, const QString &where)
{
    ScorecardForm::Group group;
    const QJsonObject object = reader.object(value, where);
    reader.onlyKeys(object, where, formGroupKeys);
    group.name = reader.string(object, where, QStringLiteral("name"), true);
    const QJsonValue weight = object.value(QStringLiteral("weight"));
    if (!weight.isUndefined())
        group.weight = reader.number(weight, ScorecardPath::key(where, QStringLiteral("weight")));
    const QString questionsPath = ScorecardPath::key(where, QStringLiteral("questions"));
    const QJsonArray questions =
        reader.array(object.value(QStringLiteral("questions")), questionsPath);
    for (qsizetype i = 0; i < questions.size() && !reader.failed(); ++i)
        group.questions.append(
            readQuestion(reader, questions.at(i), ScorecardPath::index(questionsPath, i)));
    return group;
}

QJsonObject questionToJson(const Question &question)
{
    QJsonObject object;
    object.insert(QStringLiteral("id"), question.id);
    object.insert(QStringLiteral("text"), question.text);
    if (!question.help.isEmpty())
        object.insert(QStringLiteral("help"), question.help);
    object.insert(QStringLiteral("type"), Question::typeKey(question.type));
    if (question.type == Question::Type::Scale) {
        object.insert(QStringLiteral("min"), question.min);
        object.insert(QStringLiteral("max"), question.max);
    }
    if (question.type == Question::Type::Choice) {
        QJsonArray options;
        for (const Question::Option &option : question.options) {
            options.append(QJsonObject{{QStringLiteral("label"), option.label},
                                       {QStringLiteral("points"), option.points}});
        }
        object.insert(QStringLiteral("options"), options);
    }
    object.insert(QStringLiteral("na_allowed"), question.naAllowed);
    object.insert(QStringLiteral("critical"), question.critical);
    object.insert(QStringLiteral("fatal"), question.fatal);
    object.insert(QStringLiteral("comment_required"),
                  Question::commentRuleKey(question.commentRequired));
    if (question.suggestedBy) {
        const ScorecardAnswer &answer = question.suggestedBy->answer;
        object.insert(
            QStringLiteral("suggested_by"),
            QJsonObject{{QStringLiteral("finding"), question.suggestedBy->finding},
                        {QStringLiteral("answer"),
                         answer.kind == ScorecardAnswer::Kind::Number ? QJsonValue(answer.number)
                                                                      : QJsonValue(answer.text)}});
    }
    return object;
}

} // namespace

std::optional<ScorecardForm> ScorecardJson::readForm(const QByteArray &json, ScorecardError *error)
{
    const std::optional<QJsonObject> root = parseDocument(json, error);
    if (!root)
        return std::nullopt;

    Reader reader;
    ScorecardForm form;
    form.name = reader.string(*root, QString(), QStringLiteral("name"), true);
    form.version =
        reader.integer(root->value(QStringLiteral("version")), QStringLiteral("version"));
    const QJsonArray groups =
        reader.array(root->value(QStringLiteral("groups")), QStringLiteral("groups"));
    for (qsizetype i = 0; i < groups.size() && !reader.failed(); ++i)
        form.groups.append(
            readGroup(reader, groups.at(i), ScorecardPath::index(QStringLiteral("groups"), i)));
    if (!reader.failed()) {
        const QList<ScorecardError> problems = form.validate();
        if (!problems.isEmpty())
            reader.error = problems.first();
    }
    if (reader.failed()) {
        *error = reader.error;
        return std::nullopt;
    }
    *error = {};
    return form;
}

std::optional<ScorecardAnswers> ScorecardJson::readAnswers(const QByteArray &json,
                                                           ScorecardError *error)
{
    const std::optional<QJsonObject> root = parseDocument(json, error);
    return root ? readAnswers(*root, error) : std::nullopt;
}

std::optional<ScorecardAnswers> ScorecardJson::readAnswers(const QJsonObject &root,
                                                           ScorecardError *error)
{
    Reader reader;
    ScorecardAnswers answers;
    answers.formName = reader.string(root, QString(), QStringLiteral("form"), true);
    answers.formVersion =
        reader.integer(root.value(QStringLiteral("form_version")), QStringLiteral("form_version"));
    const QJsonObject values =
        reader.object(root.value(QStringLiteral("answers")), QStringLiteral("answers"));
    for (auto it = values.begin(); it != values.end() && !reader.failed(); ++it) {
        const QJsonValue value = it.value();
        if (value.isString() && value.toString() == QStringLiteral("na")) {
            answers.answers.insert(it.key(), ScorecardAnswer::notApplicable());
        } else if (value.isString()) {
            answers.answers.insert(it.key(), ScorecardAnswer::fromText(value.toString()));
        } else if (value.isDouble()) {
            answers.answers.insert(it.key(), ScorecardAnswer::fromNumber(value.toDouble()));
        } else {
            reader.fail(ScorecardPath::key(QStringLiteral("answers"), it.key()),
                        tr("expected \"yes\", \"no\", \"na\", a number or an option label, "
                           "found %1")
                            .arg(found(value)));
        }
    }
    const QJsonValue comments = root.value(QStringLiteral("comments"));
    if (!comments.isUndefined() && !reader.failed()) {
        const QJsonObject object = reader.object(comments, QStringLiteral("comments"));
        for (auto it = object.begin(); it != object.end() && !reader.failed(); ++it) {
            const QString text = reader.string(object, QStringLiteral("comments"), it.key(), true);
            answers.comments.insert(it.key(), text);
        }
    }
    if (reader.failed()) {
        *error = reader.error;
        return std::nullopt;
    }
    *error = {};
    return answers;
}

QJsonObject ScorecardJson::formToJson(const ScorecardForm &form)
{
    QJsonArray groups;
    for (const ScorecardForm::Group &group : form.groups) {
        QJsonArray questions;
        for (const Question &question : group.questions)
            questions.append(questionToJson(question));
        groups.append(QJsonObject{{QStringLiteral("name"), group.name},
                                  {QStringLiteral("weight"), group.weight},
                                  {QStringLiteral("questions"), questions}});
    }
    return {{QStringLiteral("name"), form.name},
            {QStringLiteral("version"), form.version},
            {QStringLiteral("groups"), groups}};
}

QJsonObject ScorecardJson::answersToJson(const ScorecardAnswers &answers)
{
    QJsonObject values;
    for (auto it = answers.answers.begin(); it != answers.answers.end(); ++it) {
        const ScorecardAnswer &answer = it.value();
        switch (answer.kind) {
        case ScorecardAnswer::Kind::NotApplicable:
            values.insert(it.key(), QStringLiteral("na"));
            break;
        case ScorecardAnswer::Kind::Text:
            values.insert(it.key(), answer.text);
            break;
        case ScorecardAnswer::Kind::Number:
            values.insert(it.key(), answer.number);
            break;
        }
    }
    QJsonObject comments;
    for (auto it = answers.comments.begin(); it != answers.comments.end(); ++it)
        comments.insert(it.key(), it.value());
    return {{QStringLiteral("form"), answers.formName},
            {QStringLiteral("form_version"), answers.formVersion},
            {QStringLiteral("answers"), values},
            {QStringLiteral("comments"), comments}};
}

QByteArray ScorecardJson::writeForm(const ScorecardForm &form)
{
    return QJsonDocument(formToJson(form)).toJson(QJsonDocument::Indented);
}

QByteArray ScorecardJson::writeAnswers(const ScorecardAnswers &answers)
{
    return QJsonDocument(answersToJson(answers)).toJson(QJsonDocument::Indented);
}
