#pragma once

// A fake Anunzi Calls API on 127.0.0.1 for batch tests. What it answers depends on the call
// ID's prefix:
//   ok-*        200 with a valid call
//   missing-*   404
//   garbage-*   200 with a body that is not a call
//   limited-*   429 with Retry-After: 1 on the first request, then 200
//   limitedlong-* 429 with Retry-After: 3600
//   flaky-*     503 on the first two requests, then 200
//   down-*      500 always
// Every request is counted per ID; requests without the bearer token get 401.
#include "SampleCalls.h"

#include <QHash>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>

class FakeCallsApi
{
public:
    static constexpr const char *key = "test-key-123";

    bool listen()
    {
        m_server.route(QStringLiteral("/v2/calls/<arg>"),
                       [this](const QString &id, const QHttpServerRequest &request) {
                           return answer(id, request);
                       });
        m_port = m_server.listen(QHostAddress::LocalHost, 0);
        return m_port != 0;
    }

    QString base() const { return QStringLiteral("http://127.0.0.1:%1/v2").arg(m_port); }
    int hits(const QString &id) const { return m_hits.value(id); }
    int totalHits() const
    {
        int total = 0;
        for (const int n : m_hits)
            total += n;
        return total;
    }

    static QByteArray validBody(const QString &id)
    {
        return SampleCalls::envelope(SampleCalls::callObject(
            id, QStringLiteral("bot: Hello, this is %1.\nhuman: Hi there.\n").arg(id)));
    }

private:
    QHttpServerResponse answer(const QString &id, const QHttpServerRequest &request)
    {
        using Status = QHttpServerResponse::StatusCode;
        const int hit = ++m_hits[id];
        if (request.value("Authorization") != QByteArray("Bearer ") + key)
            return QHttpServerResponse(Status::Unauthorized);
        if (id.startsWith(u"ok-"))
            return QHttpServerResponse("application/json", validBody(id));
        if (id.startsWith(u"garbage-"))
            return QHttpServerResponse("application/json", QByteArray("{\"status\":\"ok\"}"));
        if (id.startsWith(u"limited-") || id.startsWith(u"limitedlong-")) {
            if (hit == 1 || id.startsWith(u"limitedlong-")) {
                QHttpServerResponse response(Status::TooManyRequests);
                response.setHeader("Retry-After", id.startsWith(u"limited-") ? "1" : "3600");
                return response;
            }
            return QHttpServerResponse("application/json", validBody(id));
        }
        if (id.startsWith(u"flaky-")) {
            if (hit <= 2)
                return QHttpServerResponse(Status::ServiceUnavailable);
            return QHttpServerResponse("application/json", validBody(id));
        }
        if (id.startsWith(u"down-"))
            return QHttpServerResponse(Status::InternalServerError);
        return QHttpServerResponse(Status::NotFound);
    }

    QHttpServer m_server;
    quint16 m_port = 0;
    QHash<QString, int> m_hits;
};
