#pragma once

#include <QString>

// Phone numbers as a person reads them: "+14155550123" → "+1 415-555-0123",
// "+442071838750" → "+44 20 7183 8750" (libphonenumber's international format). What cannot be
// parsed as a number with a country code is returned as given (trimmed), never altered.
class PhoneFormatting
{
public:
    static constexpr qsizetype maxInputLength = 64; // longer input is not a phone number

    static QString readable(const QString &raw);
};
