#pragma once

#include "model/CallRecord.h"

#include <QList>

// Back and forward between the calls opened in this session, like a browser. Records are kept
// (their turns are implicitly shared with the views), so going back is instant and offline.
class CallHistory
{
public:
    static constexpr int maxEntries = 30;

    // Opens a new call: drops everything forward of the current one.
    void push(const CallRecord &call);
    bool canGoBack() const { return m_current > 0; }
    bool canGoForward() const { return m_current + 1 < m_entries.size(); }
    const CallRecord &back(); // requires canGoBack()
    const CallRecord &forward(); // requires canGoForward()
    bool isEmpty() const { return m_entries.isEmpty(); }
    const CallRecord &current() const { return m_entries.at(m_current); }

private:
    QList<CallRecord> m_entries;
    qsizetype m_current = -1;
};
