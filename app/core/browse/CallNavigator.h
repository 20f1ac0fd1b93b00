#pragma once

#include "model/CallRecord.h"

#include <QObject>
#include <QPersistentModelIndex>

class CallFilterProxyModel;

// Next / previous call in the browse list as the reviewer sees it (sorted and filtered), so
// the review window can bind keys (e.g. Ctrl+PgDown / Ctrl+PgUp) to next() and previous().
// At the last loaded row, next() asks for the next page and moves on once it arrives.
class CallNavigator : public QObject
{
    Q_OBJECT

public:
    explicit CallNavigator(CallFilterProxyModel *proxy, QObject *parent = nullptr);

    // Makes proxyRow the current call and emits callRequested for it.
    void open(int proxyRow);
    int currentRow() const; // in the proxy; -1 when none
    bool hasNext() const;
    bool hasPrevious() const;

public slots:
    void next();
    void previous();

signals:
    void callRequested(const CallRecord &call);
    void currentRowChanged(int proxyRow);

private:
    void onRowsInserted();

    CallFilterProxyModel *m_proxy;
    QPersistentModelIndex m_current;
    bool m_nextPending = false;
};
