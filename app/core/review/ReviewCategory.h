#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

// A flag category. The built-in ones carry a stable key (so a finding can suggest one even
// after the reviewer renamed it); categories the reviewer adds have an empty key.
struct ReviewCategory
{
    Q_DECLARE_TR_FUNCTIONS(ReviewCategory)

public:
    QString key;
    QString name;

    static inline const QString wrongInformation = QStringLiteral("wrong-information");
    static inline const QString misunderstood = QStringLiteral("misunderstood");
    static inline const QString repeated = QStringLiteral("repeated");
    static inline const QString ignoredRequest = QStringLiteral("ignored-request");
    static inline const QString tone = QStringLiteral("tone");
    static inline const QString shouldEscalate = QStringLiteral("should-escalate");
    static inline const QString other = QStringLiteral("other");

    // The set a new database starts with, named in the current language.
    static QList<ReviewCategory> defaults();

    friend bool operator==(const ReviewCategory &a, const ReviewCategory &b)
    {
        return a.key == b.key && a.name == b.name;
    }
};
