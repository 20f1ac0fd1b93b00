#include "session/CallHistory.h"

void CallHistory::push(const CallRecord &call)
{
    m_entries.resize(m_current + 1);
    m_entries.append(call);
    if (m_entries.size() > maxEntries)
        m_entries.removeFirst();
    m_current = m_entries.size() - 1;
}

const CallRecord &CallHistory::back()
{
    Q_ASSERT(canGoBack());
    return m_entries.at(--m_current);
}

const CallRecord &CallHistory::forward()
{
    Q_ASSERT(canGoForward());
    return m_entries.at(++m_current);
}
