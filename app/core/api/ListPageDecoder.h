#pragma once

#include "model/AssistantRecord.h"
#include "model/CallRecord.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

// Decodes one page of List Calls or List Assistants:
// {"status":"ok","response":{"calls":[...]}} / {"status":"ok","response":{"assistants":[...]}}.
//
// A page whose envelope is wrong fails as a whole. Inside a good envelope each entry is decoded
// on its own: a malformed entry is reported (index, its ID when readable, and reason) and the
// good ones are kept.
// Pure functions, safe to run on a worker thread.
class ListPageDecoder
{
    Q_DECLARE_TR_FUNCTIONS(ListPageDecoder)

public:
    struct Rejected
    {
        int index = 0; // position in the page's array
        QString reason;
        // The entry's call_id (List Calls) or model_id (List Assistants) when it is a string
        // that is a valid ID, so that a person can find the entry; else empty.
        QString id;
    };

    struct CallPage
    {
        QList<CallRecord> calls;
        QList<Rejected> rejected;
        int entryCount = 0; // entries in the page, good or bad: what paging compares with limit
        QString error; // the whole page is unusable

        bool ok() const { return error.isEmpty(); }
    };

    struct AssistantPage
    {
        QList<AssistantRecord> assistants;
        QList<Rejected> rejected;
        int entryCount = 0;
        QString error;

        bool ok() const { return error.isEmpty(); }
    };

    static CallPage decodeCalls(const QByteArray &json);
    static AssistantPage decodeAssistants(const QByteArray &json);
};
