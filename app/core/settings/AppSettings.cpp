#include "settings/AppSettings.h"

#include "api/ApiAccess.h"
#include "api/ApiEndpoint.h"
#include "settings/SettingsKeys.h"
#include "storage/ReviewDatabase.h"

#include <QSettings>
#include <QStandardPaths>

namespace {

const SettingsKeys::ExportPlaceKeys &keysOf(AppSettings::ExportPlace place)
{
    switch (place) {
    case AppSettings::ExportPlace::Batch:
        return SettingsKeys::batchExport;
    case AppSettings::ExportPlace::Report:
        return SettingsKeys::reviewReport;
    case AppSettings::ExportPlace::SaveAs:
        break;
    }
    return SettingsKeys::saveAs;
}

} // namespace

AppSettings::AppSettings()
    : m_settings(new QSettings)
    , m_owned(true)
{ }

AppSettings::AppSettings(QSettings *settings)
    : m_settings(settings)
    , m_owned(false)
{ }

AppSettings::~AppSettings()
{
    if (m_owned)
        delete m_settings;
}

QString AppSettings::apiBase() const
{
    const QString base = m_settings->value(SettingsKeys::apiBase).toString().trimmed();
    return base.isEmpty() ? ApiEndpoint::defaultBase.toString() : base;
}

void AppSettings::setApiBase(const QString &base)
{
    m_settings->setValue(SettingsKeys::apiBase, base.trimmed());
}

int AppSettings::timeoutSeconds() const
{
    bool ok = false;
    const int seconds = m_settings->value(SettingsKeys::timeoutSeconds).toInt(&ok);
    return ok && seconds >= 1 && seconds <= ApiAccess::maxTimeoutSeconds
        ? seconds
        : ApiAccess::defaultTimeoutSeconds;
}

void AppSettings::setTimeoutSeconds(int seconds)
{
    m_settings->setValue(SettingsKeys::timeoutSeconds,
                         qBound(1, seconds, ApiAccess::maxTimeoutSeconds));
}

int AppSettings::deadAirMs() const
{
    bool ok = false;
    const int ms = m_settings->value(SettingsKeys::deadAirMs).toInt(&ok);
    return ok && ms >= minDeadAirMs && ms <= maxDeadAirMs ? ms : defaultDeadAirMs;
}

void AppSettings::setDeadAirMs(int ms)
{
    m_settings->setValue(SettingsKeys::deadAirMs, qBound(minDeadAirMs, ms, maxDeadAirMs));
}

QStringList AppSettings::recentCalls() const
{
    // Whatever is stored is checked again: the file may have been edited by hand.
    QStringList calls;
    const QStringList stored = m_settings->value(SettingsKeys::recentCalls).toStringList();
    for (const QString &id : stored) {
        if (ApiEndpoint::isValidCallId(id) && !calls.contains(id))
            calls.append(id);
        if (calls.size() == maxRecentCalls)
            break;
    }
    return calls;
}

void AppSettings::addRecentCall(const QString &callId)
{
    if (!ApiEndpoint::isValidCallId(callId))
        return;
    QStringList calls = recentCalls();
    calls.removeAll(callId);
    calls.prepend(callId);
    while (calls.size() > maxRecentCalls)
        calls.removeLast();
    m_settings->setValue(SettingsKeys::recentCalls, calls);
}

void AppSettings::clearRecentCalls()
{
    m_settings->remove(SettingsKeys::recentCalls);
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings->value(SettingsKeys::windowGeometry).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(SettingsKeys::windowGeometry, geometry);
}

QByteArray AppSettings::windowState() const
{
    return m_settings->value(SettingsKeys::windowState).toByteArray();
}

void AppSettings::setWindowState(const QByteArray &state)
{
    m_settings->setValue(SettingsKeys::windowState, state);
}

QByteArray AppSettings::splitterState(const QString &name) const
{
    return m_settings->value(SettingsKeys::splitterPrefix + name).toByteArray();
}

void AppSettings::setSplitterState(const QString &name, const QByteArray &state)
{
    m_settings->setValue(SettingsKeys::splitterPrefix + name, state);
}

bool AppSettings::timelineFullWidth() const
{
    return m_settings->value(SettingsKeys::timelineFullWidth, false).toBool();
}

void AppSettings::setTimelineFullWidth(bool fullWidth)
{
    m_settings->setValue(SettingsKeys::timelineFullWidth, fullWidth);
}

// Stored as a word, so a hand-edited file reads plainly; anything else is System.
AppSettings::Theme AppSettings::theme() const
{
    const QString value = m_settings->value(SettingsKeys::theme).toString();
    if (value == QLatin1String("light"))
        return Theme::Light;
    if (value == QLatin1String("dark"))
        return Theme::Dark;
    return Theme::System;
}

void AppSettings::setTheme(Theme theme)
{
    const QString value = theme == Theme::Light ? QStringLiteral("light")
        : theme == Theme::Dark                  ? QStringLiteral("dark")
                                                : QStringLiteral("system");
    m_settings->setValue(SettingsKeys::theme, value);
}

QString AppSettings::reviewerName() const
{
    return m_settings->value(SettingsKeys::reviewerName).toString().trimmed();
}

void AppSettings::setReviewerName(const QString &name)
{
    m_settings->setValue(SettingsKeys::reviewerName, name.trimmed());
}

QString AppSettings::reviewDatabase() const
{
    return m_settings->value(SettingsKeys::reviewDatabase).toString().trimmed();
}

void AppSettings::setReviewDatabase(const QString &url)
{
    // Only a URL that parses is kept, in its canonical form: never one holding a password.
    const ReviewDatabase::Parsed parsed = ReviewDatabase::parse(url, QString());
    m_settings->setValue(SettingsKeys::reviewDatabase,
                         parsed.ok() && parsed.database.isShared() ? parsed.database.url()
                                                                   : QString());
}

QString AppSettings::scorecardForm(const QString &assistantId) const
{
    return m_settings->value(SettingsKeys::scorecardFormPrefix + assistantId).toString();
}

void AppSettings::setScorecardForm(const QString &assistantId, const QString &formName)
{
    m_settings->setValue(SettingsKeys::scorecardFormPrefix + assistantId, formName);
}

QString AppSettings::browseModelId() const
{
    const QString id = m_settings->value(SettingsKeys::browseLastModelId).toString();
    return ApiEndpoint::isValidModelId(id) ? id : QString();
}

void AppSettings::setBrowseModelId(const QString &modelId)
{
    m_settings->setValue(SettingsKeys::browseLastModelId, modelId);
}

CallFilter AppSettings::browseFilter() const
{
    CallFilter filter;
    filter.text = m_settings->value(SettingsKeys::browseFilterText).toString().left(maxFilterText);
    filter.endReason =
        m_settings->value(SettingsKeys::browseFilterEndReason).toString().left(maxFilterText);
    filter.minSeconds =
        qMax(-1, m_settings->value(SettingsKeys::browseFilterMinSeconds, -1).toInt());
    filter.maxSeconds =
        qMax(-1, m_settings->value(SettingsKeys::browseFilterMaxSeconds, -1).toInt());
    const int recording = m_settings->value(SettingsKeys::browseFilterRecording, 0).toInt();
    if (recording == int(CallFilter::Recording::With))
        filter.recording = CallFilter::Recording::With;
    else if (recording == int(CallFilter::Recording::Without))
        filter.recording = CallFilter::Recording::Without;
    return filter;
}

void AppSettings::setBrowseFilter(const CallFilter &filter)
{
    m_settings->setValue(SettingsKeys::browseFilterText, filter.text);
    m_settings->setValue(SettingsKeys::browseFilterEndReason, filter.endReason);
    m_settings->setValue(SettingsKeys::browseFilterMinSeconds, filter.minSeconds);
    m_settings->setValue(SettingsKeys::browseFilterMaxSeconds, filter.maxSeconds);
    m_settings->setValue(SettingsKeys::browseFilterRecording, int(filter.recording));
}

QString AppSettings::exportFolder(ExportPlace place) const
{
    const QString folder = m_settings->value(keysOf(place).folder).toString().trimmed();
    return folder.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                            : folder;
}

void AppSettings::setExportFolder(ExportPlace place, const QString &folder)
{
    m_settings->setValue(keysOf(place).folder, folder.trimmed());
}

QString AppSettings::exportFormat(ExportPlace place) const
{
    // An extension: letters and digits only, whatever the file holds.
    const QString format = m_settings->value(keysOf(place).format).toString().trimmed().toLower();
    for (const QChar c : format) {
        if (!c.isLetterOrNumber())
            return {};
    }
    return format.left(16);
}

void AppSettings::setExportFormat(ExportPlace place, const QString &extension)
{
    m_settings->setValue(keysOf(place).format, extension);
}

AppSettings::Redaction AppSettings::exportRedaction(ExportPlace place) const
{
    const SettingsKeys::ExportPlaceKeys &keys = keysOf(place);
    Redaction redaction;
    if (keys.redact.isEmpty())
        return redaction;
    redaction.name = m_settings->value(keys.redactName, false).toBool();
    // Hiding the name hides the contacts too.
    redaction.contacts = redaction.name || m_settings->value(keys.redact, false).toBool();
    return redaction;
}

void AppSettings::setExportRedaction(ExportPlace place, const Redaction &redaction)
{
    const SettingsKeys::ExportPlaceKeys &keys = keysOf(place);
    if (keys.redact.isEmpty())
        return;
    m_settings->setValue(keys.redact, redaction.contacts || redaction.name);
    m_settings->setValue(keys.redactName, redaction.name);
}
