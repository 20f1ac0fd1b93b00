#pragma once

#include "api/ApiAccess.h"
#include "browse/CallFilter.h"
#include "model/AssistantRecord.h"
#include "model/CallRecord.h"

#include <QWidget>

#include <functional>

class AssistantDirectory;
class AssistantListModel;
class AssistantListService;
class AssistantListView;
class CallListService;
class CallNavigator;
class CallTableModel;
class CallTableView;
class QNetworkAccessManager;
struct FetchError;

// The front door for a reviewer without a call ID: pick an assistant, see its calls, open one
// (straight from the list data: no second request). Remembers the last assistant and the
// filters. Self-contained: the window only places it and listens to its signals.
class BrowsePanel : public QWidget
{
    Q_OBJECT

public:
    using KeyProvider = std::function<QString()>;

    explicit BrowsePanel(QNetworkAccessManager *network, QWidget *parent = nullptr);

    // Where the API is and how to get the key at the time of each request (the key may arrive
    // from the keychain after the panel was made).
    void setApiAccess(const QString &apiBase, int timeoutSeconds, KeyProvider key);

    // Next / previous call as listed; bind Ctrl+PgDown / Ctrl+PgUp to its slots.
    CallNavigator *navigator() const { return m_navigator; }
    // model_id -> assistant name, for the metadata panel and exports.
    AssistantDirectory *assistantDirectory() const { return m_directory; }
    AssistantListView *assistantList() const { return m_assistantsView; }
    CallTableView *callTable() const { return m_callsView; }

    void reloadAssistants();
    void openAssistant(const QString &modelId);
    QString currentModelId() const;

public slots:
    // Asks again for what failed for want of an API key (call when a key arrives).
    void retryAfterKeyChange();

signals:
    void callOpened(const CallRecord &call);
    void sendToBatchExport(const QList<CallRecord> &calls);
    void sendToReviewQueue(const QList<CallRecord> &calls);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void connectAssistants();
    void connectCalls();
    void applySettings();
    void fetchMoreCalls();
    void onCallsFailed(const FetchError &error);
    void rememberFilter(const CallFilter &filter);
    void updateCallsTitle();
    void retryAssistants();
    void retryCalls();

    AssistantListModel *m_assistants;
    AssistantDirectory *m_directory;
    AssistantListService *m_assistantService;
    CallTableModel *m_calls;
    CallListService *m_callService;
    AssistantListView *m_assistantsView;
    CallTableView *m_callsView;
    CallNavigator *m_navigator;
    QString m_apiBase;
    int m_timeoutSeconds = ApiAccess::defaultTimeoutSeconds;
    KeyProvider m_key;
    bool m_started = false;
    bool m_assistantsNeedKey = false;
    bool m_callsNeedKey = false;
};
