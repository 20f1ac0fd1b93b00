#include "session/CallSession.h"

CallSession::CallSession(QObject *parent)
    : QObject(parent)
{ }

const CallRecord &CallSession::current() const
{
    static const CallRecord none;
    return m_history.isEmpty() ? none : m_history.current();
}

void CallSession::open(const CallRecord &call)
{
    m_history.push(call);
    announce();
}

bool CallSession::goBack()
{
    if (!m_history.canGoBack())
        return false;
    m_history.back();
    announce();
    return true;
}

bool CallSession::goForward()
{
    if (!m_history.canGoForward())
        return false;
    m_history.forward();
    announce();
    return true;
}

void CallSession::announce()
{
    // History first: whoever shows the call may ask whether Back is possible.
    emit historyChanged(m_history.canGoBack(), m_history.canGoForward());
    // A copy: a receiver that opens another call must not leave the next one a stale reference.
    const CallRecord call = m_history.current();
    emit currentChanged(call);
}
