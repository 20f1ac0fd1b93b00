#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

class QSettings;

// The one reader and writer of the app's QSettings (keys in SettingsKeys.h). Tests pass their
// own QSettings (an INI file in a scratch folder); the app uses the default one.
class AppSettings
{
public:
    static constexpr int maxRecentCalls = 12;

    AppSettings(); // QSettings() of the application
    explicit AppSettings(QSettings *settings); // not owned
    ~AppSettings();
    AppSettings(const AppSettings &) = delete;
    AppSettings &operator=(const AppSettings &) = delete;

    QString apiBase() const; // the default base when unset
    void setApiBase(const QString &base);
    int timeoutSeconds() const;
    void setTimeoutSeconds(int seconds);

    QStringList recentCalls() const; // most recent first
    void addRecentCall(const QString &callId);
    void clearRecentCalls();

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QByteArray splitterState(const QString &name) const;
    void setSplitterState(const QString &name, const QByteArray &state);

private:
    QSettings *m_settings;
    bool m_owned;
};
