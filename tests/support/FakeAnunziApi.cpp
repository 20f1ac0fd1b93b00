#include "FakeAnunziApi.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>

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
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
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
    Reply reply = Reply::withStatus(status);
    reply.headers.append({QByteArrayLiteral("Location"), location});
    return reply;
}

FakeAnunziApi::FakeAnunziApi(QObject *parent, const QString &pathPrefix)
    : QObject(parent)
    , m_server(new QHttpServer(this))
    , m_prefix(pathPrefix)
{
    // No routes: every request reaches the missing handler, so one place records and answers.
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

        const Reply reply = m_handler ? m_handler(request) : defaultReply(request);
        QHttpServerResponse response(reply.contentType, reply.body,
                                     QHttpServerResponder::StatusCode(reply.status));
        for (const auto &[name, value] : reply.headers)
            response.setHeader(name, value);
        response.write(std::move(responder));
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

void FakeAnunziApi::addCall(const QString &callId, const QByteArray &responseBody)
{
    m_calls.insert(callId, responseBody);
}

FakeAnunziApi::Reply FakeAnunziApi::defaultReply(const Request &request) const
{
    const QString callsPrefix = m_prefix + QStringLiteral("/calls/");
    if (request.path.startsWith(callsPrefix)) {
        const QString id =
            QUrl::fromPercentEncoding(request.path.mid(callsPrefix.size()).toLatin1());
        const auto it = m_calls.constFind(id);
        if (it != m_calls.constEnd())
            return Reply::json(*it);
    }
    return Reply::json(QByteArrayLiteral(R"({"status":"error","message":"not found"})"), 404);
}
