#include "settings/AppSettings.h"

#include "api/ApiAccess.h"
#include "api/ApiEndpoint.h"
#include "settings/SettingsKeys.h"

#include <QSettings>

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
