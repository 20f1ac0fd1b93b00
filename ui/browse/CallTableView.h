#pragma once

#include "browse/CallFilter.h"
#include "model/CallRecord.h"

#include <QList>
#include <QWidget>

class CallFilterBar;
class CallFilterProxyModel;
class CallTableModel;
class ErrorBanner;
class QHBoxLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

// The calls of one assistant: filter bar, sortable table (pages load as the reviewer scrolls,
// through the model's fetchMore), a footer with the count loaded and a "loading more"
// indicator, and the hand-offs to batch export and the review queue. Enter or double-click
// opens a call; Ctrl+C copies the selected call IDs.
class CallTableView : public QWidget
{
    Q_OBJECT

public:
    explicit CallTableView(CallTableModel *model, QWidget *parent = nullptr);

    CallFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *tableView() const { return m_table; }
    CallFilterBar *filterBar() const { return m_filterBar; }

    void setTitle(const QString &title);
    QString title() const;
    void setFilter(const CallFilter &filter); // restores a remembered filter
    void setLoading(bool loading);
    void showError(const QString &message, bool canRetry);
    void hideError();
    void noteSkipped(const QStringList &reasons); // malformed calls of the last page
    void selectRow(int proxyRow);
    QList<CallRecord> visibleCalls() const; // filtered and sorted, as shown

signals:
    void callActivated(int proxyRow);
    void filterChanged(const CallFilter &filter);
    void sendToBatchExport(const QList<CallRecord> &calls);
    void sendToReviewQueue(const QList<CallRecord> &calls);
    void retryRequested();

private:
    void setUpTable();
    void setUpFooter();
    void connectParts();
    void updateFooter();
    void copySelectedIds();

    CallTableModel *m_model;
    CallFilterProxyModel *m_proxy;
    CallFilterBar *m_filterBar;
    QLabel *m_title;
    ErrorBanner *m_error;
    QTableView *m_table;
    QLabel *m_count;
    QHBoxLayout *m_footer = nullptr;
    QLabel *m_skipped;
    QLabel *m_loadingLabel;
    QProgressBar *m_loadingBar;
    QPushButton *m_toExport;
    QPushButton *m_toQueue;
    QStringList m_skippedReasons;
    bool m_loading = false;
};
