#pragma once

#include <QString>

// One answer as the answers file writes it: "na", a string ("yes", "no" or an option label) or
// a number (a scale value). What it means depends on the question it answers; the scorer checks
// that it fits (a yes_no question takes "yes"/"no", a scale a whole number in min..max, a choice
// one of its labels).
struct ScorecardAnswer
{
    enum class Kind : quint8 { NotApplicable, Text, Number };

    Kind kind = Kind::NotApplicable;
    QString text; // Text: "yes", "no" or an option label
    double number = 0; // Number: a scale value

    static ScorecardAnswer notApplicable() { return {}; }
    static ScorecardAnswer fromText(const QString &text) { return {Kind::Text, text, 0}; }
    static ScorecardAnswer fromNumber(double number) { return {Kind::Number, QString(), number}; }
    static ScorecardAnswer yes() { return fromText(QStringLiteral("yes")); }
    static ScorecardAnswer no() { return fromText(QStringLiteral("no")); }

    bool isNotApplicable() const { return kind == Kind::NotApplicable; }

    friend bool operator==(const ScorecardAnswer &a, const ScorecardAnswer &b)
    {
        return a.kind == b.kind && a.text == b.text && a.number == b.number;
    }
};
