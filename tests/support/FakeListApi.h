#pragma once

// A fake Anunzi API on 127.0.0.1 for the list endpoints (List Calls, List Assistants), with
// Get Call for good measure. Records every request it received (path, raw query, the
// Authorization header) and can answer the next requests with error statuses.

#include "ListFixtures.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QUrl>
#include <QUrlQuery>

struct FakeListRequest
{
    QString path;
    QByteArray rawQuery; // as received, percent-encoded
    QUrlQuery query;
    QByteArray authorization;
};

class FakeListApi
{
public:
    struct Failure
    {
        int status = 500;
        QByteArray retryAfter;
    };

    FakeListApi()
    {
        m_server.route(QStringLiteral("/v2/calls"), [this](const QHttpServerRequest &request) {
            return answer(request, QStringLiteral("calls"));
        });
        m_server.route(QStringLiteral("/v2/assistants/"),
                       [this](const QHttpServerRequest &request) {
                           return answer(request, QStringLiteral("assistants"));
                       });
        m_port = m_server.listen(QHostAddress::LocalHost, 0);
    }

    quint16 port() const { return m_port; }
    QString base() const { return QStringLiteral("http://127.0.0.1:%1/v2").arg(m_port); }

    // Entries as they will be served (anything JSON: a malformed call is just a bad entry).
    QList<QJsonValue> calls;
    QList<QJsonValue> assistants;
    QList<Failure> failures; // answered first, one per request
    int answersBeforeFailures = 0; // requests answered normally before `failures` apply
    QByteArray redirectLocation; // when set, every request is redirected there (302)
    QByteArray rawBody; // when set, every request gets this 200 body
    QList<FakeListRequest> received;

    static QJsonObject call(int i, const QString &modelId = QStringLiteral("m1"))
    {
        return fixtureCallJson(i, modelId);
    }
    static QJsonObject assistant(int i) { return fixtureAssistantJson(i); }

private:
    QHttpServerResponse answer(const QHttpServerRequest &request, const QString &key)
    {
        received.append({request.url().path(), request.url().query(QUrl::FullyEncoded).toLatin1(),
                         request.query(), request.value("Authorization")});
        if (!redirectLocation.isEmpty()) {
            QHttpServerResponse response(QHttpServerResponse::StatusCode::Found);
            response.setHeader(QByteArrayLiteral("Location"), redirectLocation);
            return response;
        }
        if (!rawBody.isEmpty())
            return QHttpServerResponse(QByteArrayLiteral("text/html"), rawBody);
        if (!failures.isEmpty() && received.size() > answersBeforeFailures) {
            const Failure failure = failures.takeFirst();
            QHttpServerResponse response(QByteArrayLiteral("application/json"),
                                         QByteArrayLiteral("{\"status\":\"error\"}"),
                                         QHttpServerResponse::StatusCode(failure.status));
            if (!failure.retryAfter.isEmpty())
                response.setHeader(QByteArrayLiteral("Retry-After"), failure.retryAfter);
            return response;
        }
        const QUrlQuery query = request.query();
        if (key == u"calls" && query.queryItemValue(QStringLiteral("model_id")).isEmpty())
            return QHttpServerResponse(QHttpServerResponse::StatusCode::BadRequest);
        const int limit = query.hasQueryItem(QStringLiteral("limit"))
            ? query.queryItemValue(QStringLiteral("limit")).toInt()
            : 20;
        const int offset = query.queryItemValue(QStringLiteral("offset")).toInt();
        const QList<QJsonValue> &source = key == u"calls" ? calls : assistants;
        QJsonArray page;
        for (int i = offset; i < source.size() && i < offset + limit; ++i)
            page.append(source.at(i));
        QJsonObject response;
        response.insert(key, page);
        QJsonObject envelope;
        envelope.insert(QStringLiteral("status"), QStringLiteral("ok"));
        envelope.insert(QStringLiteral("response"), response);
        return QHttpServerResponse(QByteArrayLiteral("application/json"),
                                   QJsonDocument(envelope).toJson(QJsonDocument::Compact));
    }

    QHttpServer m_server;
    quint16 m_port = 0;
};
