#pragma once

#include "model/CallRecord.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

// Hides personal data before a transcript leaves the app: phone numbers in any common notation
// ("+1 (415) 555-0123", "415.555.0123", "+34 612 34 56 78" ...), the call's own from/to numbers
// whatever their notation, e-mail addresses and, optionally, the caller's name. Each is replaced
// by a visible mask ("[phone]", "[email]", "[name]") so a reader sees that something was there.
// Errs on the side of hiding: a long run of digits (an IBAN fragment, an IP address) goes too.
class Redactor
{
    Q_DECLARE_TR_FUNCTIONS(Redactor)

public:
    // The call supplies its own numbers and name, which are hidden wherever they appear.
    Redactor(const CallRecord &call, bool redactName);

    QString redactText(const QString &text) const;
    // Every field, every turn and the raw API object (identifiers excepted: call and model ID).
    CallRecord redactCall(const CallRecord &call) const;

    static CallRecord redact(const CallRecord &call, bool redactName);

    static QString phoneMask();
    static QString emailMask();
    static QString nameMask();

private:
    QString maskPhones(const QString &text) const;
    QJsonValue redactJson(const QJsonValue &value, const QString &key) const;

    QStringList m_ownNumbers; // the call's from/to numbers, as written
    QStringList m_nameParts; // the full name first, then its words
    QRegularExpression m_namePattern;
    bool m_redactName;
};
