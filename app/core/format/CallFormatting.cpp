#include "format/CallFormatting.h"

#include <QLocale>

QString CallFormatting::duration(qint64 seconds)
{
    if (seconds < 0)
        seconds = 0;
    const qint64 hours = seconds / 3600;
    const qint64 minutes = (seconds % 3600) / 60;
    const qint64 secs = seconds % 60;
    if (hours > 0) {
        return QStringLiteral("%1:%2:%3")
            .arg(hours)
            .arg(minutes, 2, 10, QLatin1Char('0'))
            .arg(secs, 2, 10, QLatin1Char('0'));
    }
    return QStringLiteral("%1:%2").arg(minutes).arg(secs, 2, 10, QLatin1Char('0'));
}

QString CallFormatting::endReason(const QString &code)
{
    const QString trimmed = code.trimmed();
    if (trimmed.isEmpty())
        return tr("not given");
    // Known codes read as a person would say them, however the separators are written
    // ("human_hangup", "human-hangup", "HUMAN HANGUP").
    static const struct
    {
        const char *code;
        const char *words;
    } known[] = {
        {"human_pick_up_cut_off", QT_TR_NOOP("Human pick-up cut off")},
        {"human_hangup", QT_TR_NOOP("Caller hung up")},
        {"human_hung_up", QT_TR_NOOP("Caller hung up")},
        {"bot_hangup", QT_TR_NOOP("Assistant hung up")},
        {"assistant_hangup", QT_TR_NOOP("Assistant hung up")},
        {"voicemail", QT_TR_NOOP("Reached voicemail")},
        {"voicemail_reached", QT_TR_NOOP("Reached voicemail")},
        {"no_answer", QT_TR_NOOP("No answer")},
        {"busy", QT_TR_NOOP("Line busy")},
        {"max_duration_reached", QT_TR_NOOP("Maximum duration reached")},
        {"idle_timeout", QT_TR_NOOP("Caller silent too long")},
        {"call_transferred", QT_TR_NOOP("Call transferred")},
        {"error", QT_TR_NOOP("Error")},
    };
    QString key = trimmed;
    key.replace(u'-', u'_').replace(u' ', u'_');
    for (const auto &entry : known) {
        if (key.compare(QLatin1StringView(entry.code), Qt::CaseInsensitive) == 0)
            return tr(entry.words);
    }
    return codeInWords(trimmed);
}

QString CallFormatting::codeInWords(const QString &code)
{
    // "customer-ended-call", "customer_ended_call", "customerEndedCall" → "Customer ended call".
    QString words;
    words.reserve(code.size() + 8);
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (c == u'_' || c == u'-') {
            words += u' ';
            continue;
        }
        if (c.isUpper() && i > 0 && code.at(i - 1).isLower())
            words += u' '; // a camelCase word boundary
        words += c;
    }
    words = words.simplified().toLower();
    if (!words.isEmpty())
        words[0] = words.at(0).toUpper();
    return words;
}

QString CallFormatting::direction(const QString &campaignType)
{
    const QString trimmed = campaignType.trimmed();
    if (trimmed.compare(u"inbound", Qt::CaseInsensitive) == 0)
        return tr("Inbound");
    if (trimmed.compare(u"outbound", Qt::CaseInsensitive) == 0)
        return tr("Outbound");
    if (trimmed.compare(u"test", Qt::CaseInsensitive) == 0)
        return tr("Test");
    return trimmed.isEmpty() ? tr("unknown") : trimmed;
}

QString CallFormatting::speakerName(Speaker speaker)
{
    switch (speaker) {
    case Speaker::Bot:
        return tr("Assistant");
    case Speaker::Human:
        return tr("Caller");
    case Speaker::Unknown:
        break;
    }
    return tr("Unlabeled");
}

QString CallFormatting::nameOrUnknown(const QString &name)
{
    const QString trimmed = name.trimmed();
    return trimmed.isEmpty() ? tr("unknown") : trimmed;
}

QString CallFormatting::count(qint64 number)
{
    const QLocale locale;
    QString qtText = locale.toString(number);
    // Spanish groups digits only from five digits on ("1234", "12.345": CLDR's minimum
    // grouping digits of 2). Qt 6.4 applies that rule to the leading group of every number and
    // writes "1234.567"; the rule is about the whole number, so past four digits every group
    // of three is separated: "1.234.567".
    const QString separator = locale.groupSeparator();
    const bool minimumGroupingOfTwo = !separator.isEmpty()
        && !locale.toString(1234).contains(separator) && locale.toString(12345).contains(separator);
    if (!minimumGroupingOfTwo || (number > -10000 && number < 10000))
        return qtText;
    QLocale ungrouped = locale;
    ungrouped.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    const quint64 magnitude = number < 0 ? quint64(-(number + 1)) + 1 : quint64(number);
    const QString digits = ungrouped.toString(magnitude);
    QString grouped;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            grouped += separator;
        grouped += digits.at(i);
    }
    return number < 0 ? locale.negativeSign() + grouped : grouped;
}

QString CallFormatting::dateTime(const QDateTime &when)
{
    return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat)
                          : QString();
}

QString CallFormatting::dataSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString CallFormatting::callerPreview(const QList<Turn> &turns)
{
    for (const Turn &turn : turns) {
        if (turn.speaker != Speaker::Human)
            continue;
        QString line = turn.text.left(previewLength * 2).simplified();
        if (line.size() > previewLength)
            line = line.left(previewLength - 1) + u'…';
        return line;
    }
    return {};
}
