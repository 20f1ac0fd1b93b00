#include "format/PhoneFormatting.h"

#include <phonenumbers/phonenumberutil.h>

QString PhoneFormatting::readable(const QString &raw)
{
    const QString trimmed = raw.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > maxInputLength)
        return trimmed;
    using i18n::phonenumbers::PhoneNumber;
    using i18n::phonenumbers::PhoneNumberUtil;
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    // "ZZ" = no default region: only numbers with a country code (E.164) are reformatted, so a
    // local number is never given a country it does not belong to.
    if (util->Parse(trimmed.toStdString(), "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return trimmed;
    std::string formatted;
    util->Format(number, PhoneNumberUtil::INTERNATIONAL, &formatted);
    return formatted.empty() ? trimmed : QString::fromStdString(formatted);
}
