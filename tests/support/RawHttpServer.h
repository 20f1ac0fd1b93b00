#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QUrl>

// A raw TCP server on 127.0.0.1 for what QHttpServer (FakeAnunziApi) cannot do: it answers
// each path with scripted raw bytes (malformed status lines, huge headers, bodies shorter or
// longer than announced), resets connections, never answers or goes silent after the headers,
// trickles a byte at a time or sends an endless body. With enableTls() it speaks HTTPS with the
// given (self-signed) certificate. Every request is recorded, headers included, so a test can
// check where the key went. It never prints what it receives. One request per connection.
class RawHttpServer : public QTcpServer
{
    Q_OBJECT

public:
    struct Reply
    {
        enum class Action {
            Send, // send bytes, then close
            Reset, // send bytes, then reset the connection (RST)
            Silence, // send bytes (usually just headers), then say nothing more
            Trickle, // send bytes one at a time, intervalMs apart
            Endless, // send bytes (headers), then `filler` for as long as the client reads
        };
        Action action = Action::Send;
        QByteArray bytes;
        int intervalMs = 0;
        QByteArray filler; // Endless: repeated after the bytes (64 KiB of 'x' when empty)
    };

    // How response() ends the body.
    enum class BodyEnd {
        ContentLength, // Content-Length: body size, and Connection: close
        ConnectionClose, // no Content-Length: closing the connection ends the body
    };

    struct Request
    {
        QByteArray method;
        QByteArray target; // path and query as sent
        QList<QPair<QByteArray, QByteArray>> headers;

        QByteArray header(const QByteArray &name) const; // case-insensitive; empty when absent
        QByteArray path() const
        {
            const qsizetype query = target.indexOf('?');
            return query < 0 ? target : target.first(query);
        }
    };

    explicit RawHttpServer(QObject *parent = nullptr);

    bool listenOnLoopback(); // any free port
    void enableTls(const QSslCertificate &certificate, const QSslKey &key);
    QUrl url(const QString &path = QString()) const;
    QString base() const { return url(QStringLiteral("/v2")).toString(); } // the API base

    // Replies for requests to `path` (without query), in order; the last one repeats.
    // Paths without replies get the default reply (a 404 JSON error unless set).
    void setReplies(const QByteArray &path, const QList<Reply> &replies);
    void setReply(const QByteArray &path, const Reply &reply) { setReplies(path, {reply}); }
    void setDefaultReply(const Reply &reply) { m_defaultReply = reply; }

    const QList<Request> &requests() const { return m_requests; }
    int requestCount(const QByteArray &path) const;
    qint64 bytesSent() const { return m_bytesSent; }
    int connectionCount() const { return m_connections; }

    // A complete HTTP/1.1 response.
    static QByteArray response(int status, const QByteArray &body,
                               const QList<QByteArray> &extraHeaders = {},
                               const QByteArray &contentType = "application/json",
                               BodyEnd end = BodyEnd::ContentLength);
    static Reply send(const QByteArray &bytes) { return {Reply::Action::Send, bytes, 0, {}}; }
    static Reply reset(const QByteArray &bytes = {})
    {
        return {Reply::Action::Reset, bytes, 0, {}};
    }
    static Reply silence(const QByteArray &bytes = {})
    {
        return {Reply::Action::Silence, bytes, 0, {}};
    }
    static Reply trickle(const QByteArray &bytes, int intervalMs)
    {
        return {Reply::Action::Trickle, bytes, intervalMs, {}};
    }
    static Reply endless(const QByteArray &headers, const QByteArray &filler = {})
    {
        return {Reply::Action::Endless, headers, 0, filler};
    }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void serve(QTcpSocket *socket, const Reply &reply);
    Reply nextReply(const QByteArray &path);
    static void resetConnection(QTcpSocket *socket);

    QHash<QByteArray, QList<Reply>> m_replies;
    Reply m_defaultReply = send(response(404, R"({"status":"error","message":"not found"})"));
    QList<Request> m_requests;
    QSslCertificate m_certificate;
    QSslKey m_key;
    bool m_tls = false;
    qint64 m_bytesSent = 0;
    int m_connections = 0;
};
