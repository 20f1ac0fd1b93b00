#pragma once

#include "browse/CallFilter.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

class QSettings;

// The one reader and writer of the app's QSettings (keys in SettingsKeys.h): values are checked
// on the way in and again on the way out (the file may be edited by hand). Tests pass their own
// QSettings (an INI file in a scratch folder); the app uses the default one. Cheap to create
// where a value is needed.
class AppSettings
{
public:
    static constexpr int maxRecentCalls = 12;
    static constexpr int maxFilterText = 200;
    // Silences before a turn at least this long are dead air (timing findings); issue 14.
    static constexpr int defaultDeadAirMs = 3000;
    static constexpr int minDeadAirMs = 500;
    static constexpr int maxDeadAirMs = 60000;

    // Each export dialog keeps its own folder, format and redaction choices.
    enum class ExportPlace { SaveAs, Batch, Report };
    enum class Theme { System, Light, Dark };
    struct Redaction
    {
        bool contacts = false; // phone numbers and e-mail addresses
        bool name = false; // the caller's name
        friend bool operator==(const Redaction &a, const Redaction &b)
        {
            return a.contacts == b.contacts && a.name == b.name;
        }
    };

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

    // The dead-air threshold in milliseconds, within [minDeadAirMs, maxDeadAirMs].
    int deadAirMs() const;
    void setDeadAirMs(int ms);

    // The waveform timeline full width under the chat instead of in the player row.
    bool timelineFullWidth() const; // false when unset
    void setTimelineFullWidth(bool fullWidth);
    Theme theme() const; // System when unset or unknown
    void setTheme(Theme theme);

    QString reviewerName() const; // as typed in the review panel, trimmed
    // The scorecard form picked for an assistant's calls (model_id); empty when none.
    QString scorecardForm(const QString &assistantId) const;
    void setScorecardForm(const QString &assistantId, const QString &formName);
    void setReviewerName(const QString &name);
    // The shared review database's URL (never a password: ReviewDatabase refuses one); empty
    // for the local SQLite file.
    QString reviewDatabase() const;
    void setReviewDatabase(const QString &url);

    // The assistant last opened in Browse Assistants (empty when none or not a model ID).
    QString browseModelId() const;
    void setBrowseModelId(const QString &modelId);
    CallFilter browseFilter() const;
    void setBrowseFilter(const CallFilter &filter);

    QString exportFolder(ExportPlace place) const; // the Documents folder when unset
    void setExportFolder(ExportPlace place, const QString &folder);
    QString exportFormat(ExportPlace place) const; // an extension ("md"); empty when unset
    void setExportFormat(ExportPlace place, const QString &extension);
    Redaction exportRedaction(ExportPlace place) const; // nothing hidden for a report
    void setExportRedaction(ExportPlace place, const Redaction &redaction);

private:
    QSettings *m_settings;
    bool m_owned;
};
