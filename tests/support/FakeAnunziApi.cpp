#include "FakeAnunziApi.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <memory>

QByteArray FakeAnunziApi::Request::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool FakeAnunziApi::Request::hasHeader(const QByteArray &name) const
{
    return std::any_of(headers.cbegin(), headers.cend(), [&name](const auto &header) {
        return header.first.compare(name, Qt::CaseInsensitive) == 0;
    });
}

QString FakeAnunziApi::Request::queryValue(const QString &name) const
{
    return queryItems().queryItemValue(name, QUrl::FullyDecoded);
}

FakeAnunziApi::Reply FakeAnunziApi::Reply::json(const QByteArray &body, int status)
{
    Reply reply;
    reply.status = status;
    reply.body = body;
    return reply;
}

FakeAnunziApi::Reply FakeAnunziApi::Reply::withStatus(int status, const QByteArray &body)
{
    Reply reply;
    reply.status = status;
    reply.body = body;
    reply.contentType = QByteArrayLiteral("text/plain");
    return reply;
}

FakeAnunziApi::Reply FakeAnunziApi::Reply::redirect(const QByteArray &location, int status)
{
    return Reply::withStatus(status).withHeader(QByteArrayLiteral("Location"), location);
}

FakeAnunziApi::Reply FakeAnunziApi::Reply::error(int status, const QByteArray &retryAfter)
{
    Reply reply = Reply::json(QByteArrayLiteral(R"({"status":"error"})"), status);
    if (!retryAfter.isEmpty())
        reply.withHeader(QByteArrayLiteral("Retry-After"), retryAfter);
    return reply;
}

FakeAnunziApi::Reply &FakeAnunziApi::Reply::withHeader(const QByteArray &name,
                                                       const QByteArray &value)
{
    headers.append({name, value});
    return *this;
}

FakeAnunziApi::Reply &FakeAnunziApi::Reply::delayedBy(int ms)
{
    delayMs = ms;
    return *this;
}

FakeAnunziApi::FakeAnunziApi(QObject *parent, const QString &pathPrefix)
    : QObject(parent)
    , m_server(new QHttpServer(this))
    , m_prefix(pathPrefix)
{
    // No QHttpServer routes: every request reaches the missing handler, so one place records,
    // routes and answers.
    m_server->setMissingHandler([this](const QHttpServerRequest &httpRequest,
                                       QHttpServerResponder &&responder) {
        Request request;
        request.method =
            QByteArray(httpRequest.method() == QHttpServerRequest::Method::Get ? "GET" : "OTHER");
        request.path = httpRequest.url().path(QUrl::FullyEncoded);
        request.query = httpRequest.url().query(QUrl::FullyEncoded).toLatin1();
        request.headers = httpRequest.headers();
        m_requests.append(request);
        emit requestReceived(request);

        const Reply reply = answer(request);
        auto response = std::make_shared<QHttpServerResponse>(
            reply.contentType, reply.body, QHttpServerResponder::StatusCode(reply.status));
        for (const auto &[name, value] : reply.headers)
            response->setHeader(name, value);
        if (reply.delayMs <= 0)
            return response->write(std::move(responder));
        // The responder outlives this handler; the socket may not (a client that gave up).
        QPointer<QTcpSocket> socket(responder.socket());
        auto later = std::make_shared<QHttpServerResponder>(std::move(responder));
        QTimer::singleShot(reply.delayMs, this, [socket, later, response] {
            if (socket && socket->state() == QAbstractSocket::ConnectedState)
                response->write(std::move(*later));
        });
    });
    m_port = m_server->listen(QHostAddress::LocalHost, 0);
}

FakeAnunziApi::~FakeAnunziApi() = default;

QUrl FakeAnunziApi::origin() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

QString FakeAnunziApi::base() const
{
    return origin().toString() + m_prefix;
}

QString FakeAnunziApi::callPath(const QString &callId) const
{
    return m_prefix + QStringLiteral("/calls/")
        + QString::fromLatin1(QUrl::toPercentEncoding(callId));
}

std::optional<QString> FakeAnunziApi::callIdOf(const QString &path) const
{
    const QString prefix = callsPath() + u'/';
    if (!path.startsWith(prefix))
        return std::nullopt;
    return QUrl::fromPercentEncoding(path.mid(prefix.size()).toLatin1());
}

QUrl FakeAnunziApi::recordingUrl(const QString &name) const
{
    QUrl url = origin();
    url.setPath(QStringLiteral("/recordings/") + name);
    return url;
}

void FakeAnunziApi::addCall(const QString &callId, const QByteArray &responseBody)
{
    m_calls.insert(callId, responseBody);
}

void FakeAnunziApi::addRecording(const QString &name, const QByteArray &bytes,
                                 const QByteArray &contentType)
{
    Reply reply = Reply::json(bytes);
    reply.contentType = contentType;
    m_recordings.insert(recordingUrl(name).path(QUrl::FullyEncoded), reply);
}

void FakeAnunziApi::script(const QString &path, const QList<Reply> &replies, Then then)
{
    m_scripts.insert(path, Script{replies, then});
}

int FakeAnunziApi::requestCount(const QString &path) const
{
    return int(std::count_if(m_requests.cbegin(), m_requests.cend(),
                             [&path](const Request &request) { return request.path == path; }));
}

FakeAnunziApi::Reply FakeAnunziApi::answer(const Request &request)
{
    if (m_handler)
        return m_handler(request);
    if (!m_requiredKey.isEmpty() && request.header("Authorization") != "Bearer " + m_requiredKey)
        return Reply::withStatus(401);
    const auto script = m_scripts.find(request.path);
    if (script != m_scripts.end() && !script->replies.isEmpty()) {
        const Reply next = script->replies.size() > 1 || script->then == Then::Route
            ? script->replies.takeFirst()
            : script->replies.first();
        if (next.status != 0)
            return next;
    }
    return routeReply(request);
}

FakeAnunziApi::Reply FakeAnunziApi::routeReply(const Request &request) const
{
    if (request.path == callsPath()) {
        if (request.queryValue(QStringLiteral("model_id")).isEmpty())
            return Reply::withStatus(400);
        return listPage(request, QStringLiteral("calls"), calls);
    }
    if (request.path == assistantsPath())
        return listPage(request, QStringLiteral("assistants"), assistants);
    if (const std::optional<QString> id = callIdOf(request.path)) {
        const auto it = m_calls.constFind(*id);
        if (it != m_calls.constEnd())
            return Reply::json(*it);
    }
    const auto recording = m_recordings.constFind(request.path);
    if (recording != m_recordings.constEnd())
        return *recording;
    return Reply::json(QByteArrayLiteral(R"({"status":"error","message":"not found"})"), 404);
}

FakeAnunziApi::Reply FakeAnunziApi::listPage(const Request &request, const QString &key,
                                             const QList<QJsonValue> &entries) const
{
    const QUrlQuery query = request.queryItems();
    const int limit = query.hasQueryItem(QStringLiteral("limit"))
        ? query.queryItemValue(QStringLiteral("limit")).toInt()
        : 20;
    const int offset = query.queryItemValue(QStringLiteral("offset")).toInt();
    QJsonArray page;
    for (qsizetype i = offset; i < entries.size() && i < offset + limit; ++i)
        page.append(entries.at(i));
    const QJsonObject envelope{
        {QStringLiteral("status"), QStringLiteral("ok")},
        {QStringLiteral("response"), QJsonObject{{key, page}}},
    };
    return Reply::json(QJsonDocument(envelope).toJson(QJsonDocument::Compact));
}
