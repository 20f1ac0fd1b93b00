#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QUrl>

// A fake API on 127.0.0.1 that misbehaves on purpose, at the byte level (what QHttpServer
// cannot do): it answers each path with scripted raw bytes, resets connections, goes silent
// after the headers, trickles a byte at a time or sends an endless body. With enableTls() it
// speaks HTTPS with the given (self-signed) certificate. Every request is recorded, headers
// included, so a test can check where the key went. It never prints what it receives.
class HostileServer : public QTcpServer
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
            Endless, // send bytes (headers), then filler for as long as the client reads
        };
        Action action = Action::Send;
        QByteArray bytes;
        int intervalMs = 0;
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

    explicit HostileServer(QObject *parent = nullptr);

    bool listenOnLoopback(); // any free port
    void enableTls(const QSslCertificate &certificate, const QSslKey &key);
    QUrl url(const QString &path = QString()) const;

    // Replies for requests to `path` (without query), in order; the last one repeats.
    // Paths without replies get a 404 JSON error.
    void setReplies(const QByteArray &path, const QList<Reply> &replies);
    void setReply(const QByteArray &path, const Reply &reply) { setReplies(path, {reply}); }

    const QList<Request> &requests() const { return m_requests; }
    int requestCount(const QByteArray &path) const;
    qint64 bytesSent() const { return m_bytesSent; }
    int connectionCount() const { return m_connections; }

    // A complete HTTP/1.1 response with Content-Length and Connection: close.
    static QByteArray response(int status, const QByteArray &body,
                               const QList<QByteArray> &extraHeaders = {},
                               const QByteArray &contentType = "application/json");
    static Reply send(const QByteArray &bytes) { return {Reply::Action::Send, bytes, 0}; }
    static Reply reset(const QByteArray &bytes) { return {Reply::Action::Reset, bytes, 0}; }
    static Reply silence(const QByteArray &bytes) { return {Reply::Action::Silence, bytes, 0}; }
    static Reply trickle(const QByteArray &bytes, int intervalMs)
    {
        return {Reply::Action::Trickle, bytes, intervalMs};
    }
    static Reply endless(const QByteArray &headers) { return {Reply::Action::Endless, headers, 0}; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void serve(QTcpSocket *socket, const Reply &reply);
    Reply nextReply(const QByteArray &path);
    static void resetConnection(QTcpSocket *socket);

    QHash<QByteArray, QList<Reply>> m_replies;
    QList<Request> m_requests;
    QSslCertificate m_certificate;
    QSslKey m_key;
    bool m_tls = false;
    qint64 m_bytesSent = 0;
    int m_connections = 0;
};
