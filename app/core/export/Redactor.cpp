#include "export/Redactor.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {

constexpr auto unicode = QRegularExpression::UseUnicodePropertiesOption;

// A digit, then digits with at most three separators (space, dot, dash, slash, parentheses)
// between each pair, not glued to a letter or digit on either side. Digit count checked after.
const QRegularExpression &phonePattern()
{
    static const QRegularExpression pattern(
        QStringLiteral(
            R"((?<![\w+])(?:\+[ \t\x{00A0}]*)?\(?\d(?:[ \t\x{00A0}().\-/]{0,3}\d)+(?!\w))"),
        unicode);
    return pattern;
}

const QRegularExpression &emailPattern()
{
    static const QRegularExpression pattern(QStringLiteral(R"([\w.%+'\-]+@[\w\-]+(?:\.[\w\-]+)+)"),
                                            unicode);
    return pattern;
}

// Calendar dates have as many digits as a short phone number; leave those readable.
const QRegularExpression &datePattern()
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{4})$)"));
    return pattern;
}

qsizetype digitCount(QStringView text)
{
    qsizetype count = 0;
    for (const QChar c : text)
        count += c.isDigit() ? 1 : 0;
    return count;
}

constexpr qsizetype minPhoneDigits = 7; // shortest subscriber numbers with an area code

} // namespace

Redactor::Redactor(const CallRecord &call, bool redactName)
    : m_redactName(redactName)
{
    for (const QString &number : {call.phoneNumberFrom, call.phoneNumberTo}) {
        const QString trimmed = number.trimmed();
        if (digitCount(trimmed) >= 3)
            m_ownNumbers.append(trimmed);
    }
    const QString name = call.name.simplified();
    if (redactName && !name.isEmpty()) {
        QStringList alternatives{QRegularExpression::escape(name)};
        const QStringList words = name.split(u' ', Qt::SkipEmptyParts);
        for (const QString &word : words) {
            if (word.size() >= 2 && words.size() > 1)
                alternatives.append(QRegularExpression::escape(word));
        }
        m_namePattern = QRegularExpression(QStringLiteral(R"((?<!\w)(?:)") + alternatives.join(u'|')
                                               + QStringLiteral(R"()(?!\w))"),
                                           unicode | QRegularExpression::CaseInsensitiveOption);
    }
}

QString Redactor::phoneMask()
{
    return tr("[phone]");
}

QString Redactor::emailMask()
{
    return tr("[email]");
}

QString Redactor::nameMask()
{
    return tr("[name]");
}

QString Redactor::redactText(const QString &text) const
{
    if (text.isEmpty())
        return text;
    QString out = text;
    // E-mail first: the digits of "ann.1985@example.com" belong to the address.
    out.replace(emailPattern(), emailMask());
    for (const QString &number : m_ownNumbers)
        out.replace(number, phoneMask(), Qt::CaseInsensitive);
    out = maskPhones(out);
    if (m_namePattern.isValid() && !m_namePattern.pattern().isEmpty())
        out.replace(m_namePattern, nameMask());
    return out;
}

QString Redactor::maskPhones(const QString &text) const
{
    QString out;
    qsizetype copied = 0;
    auto matches = phonePattern().globalMatch(text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        const QStringView found = match.capturedView();
        if (digitCount(found) < minPhoneDigits || datePattern().match(found).hasMatch())
            continue;
        out += QStringView(text).sliced(copied, match.capturedStart() - copied);
        out += phoneMask();
        copied = match.capturedEnd();
    }
    if (copied == 0)
        return text;
    out += QStringView(text).sliced(copied);
    return out;
}

CallRecord Redactor::redactCall(const CallRecord &call) const
{
    CallRecord out = call;
    const auto maskIfSet = [](const QString &value, const QString &mask) {
        return value.trimmed().isEmpty() ? value : mask;
    };
    out.phoneNumberFrom = maskIfSet(call.phoneNumberFrom, phoneMask());
    out.phoneNumberTo = maskIfSet(call.phoneNumberTo, phoneMask());
    out.name = m_redactName ? maskIfSet(call.name, nameMask()) : redactText(call.name);
    out.campaignType = redactText(call.campaignType);
    out.transcript = redactText(call.transcript);
    out.recordingUrl = redactText(call.recordingUrl);
    out.endCallReason = redactText(call.endCallReason);
    for (Turn &turn : out.turns)
        turn.text = redactText(turn.text);
    out.raw = redactJson(call.raw, QString()).toObject();
    return out;
}

CallRecord Redactor::redact(const CallRecord &call, bool redactName)
{
    return Redactor(call, redactName).redactCall(call);
}

QJsonValue Redactor::redactJson(const QJsonValue &value, const QString &key) const
{
    switch (value.type()) {
    case QJsonValue::String: {
        const QString text = value.toString();
        if (text.trimmed().isEmpty() || key == u"call_id" || key == u"model_id")
            return value;
        if (key == u"phone_number_from" || key == u"phone_number_to")
            return phoneMask();
        if (key == u"name" && m_redactName)
            return nameMask();
        return redactText(text);
    }
    case QJsonValue::Double:
        // A phone number sent as a JSON number still has its digits.
        if (key.startsWith(u"phone")
            || digitCount(QString::number(value.toDouble(), 'f', 0)) >= minPhoneDigits + 3)
            return phoneMask();
        return value;
    case QJsonValue::Array: {
        QJsonArray array;
        for (const QJsonValue &item : value.toArray())
            array.append(redactJson(item, key));
        return array;
    }
    case QJsonValue::Object: {
        QJsonObject object;
        const QJsonObject source = value.toObject();
        for (auto it = source.begin(); it != source.end(); ++it)
            object.insert(it.key(), redactJson(it.value(), it.key()));
        return object;
    }
    default:
        return value;
    }
}
