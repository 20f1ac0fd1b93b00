#pragma once

#include "model/CallRecord.h"
#include "session/CallHistory.h"

#include <QObject>

// The window's session without its widgets: the call on screen and the calls opened before it,
// with back and forward like a browser. Every panel follows currentChanged(); menus and the call
// bar follow historyChanged(). Opening a call from anywhere (fetch, file, demo, browse list)
// goes through open().
class CallSession : public QObject
{
    Q_OBJECT

public:
    explicit CallSession(QObject *parent = nullptr);

    // The call shown; an empty record before the first one is opened.
    const CallRecord &current() const;
    bool hasCall() const { return !m_history.isEmpty(); }
    bool canGoBack() const { return m_history.canGoBack(); }
    bool canGoForward() const { return m_history.canGoForward(); }

    // Makes call the current one and drops the calls forward of the one shown.
    void open(const CallRecord &call);
    // Step through the history; false (and no signal) when there is nowhere to go.
    bool goBack();
    bool goForward();

signals:
    void currentChanged(const CallRecord &call);
    void historyChanged(bool canGoBack, bool canGoForward);

private:
    void announce();

    CallHistory m_history;
};
