#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrl>

#include <functional>

class QHttpServer;

// A fake Anunzi Calls API on 127.0.0.1 (QHttpServer, random port) for tests.
//
// Every request is recorded (path exactly as sent, headers) before it is answered. By default
// GET {prefix}/calls/{id} answers with the call registered by addCall(), anything else 404;
// setHandler() replaces that with any answer (status, headers, body), including redirects.
class FakeAnunziApi : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray method;
        QString path; // percent-encoded, exactly as on the request line
        QByteArray query; // percent-encoded, without '?'
        QList<QPair<QByteArray, QByteArray>> headers;

        QByteArray header(const QByteArray &name) const; // case-insensitive; empty when absent
        bool hasHeader(const QByteArray &name) const;
    };

    struct Reply
    {
        int status = 200;
        QByteArray body;
        QByteArray contentType = QByteArrayLiteral("application/json");
        QList<QPair<QByteArray, QByteArray>> headers;

        static Reply json(const QByteArray &body, int status = 200);
        static Reply withStatus(int status, const QByteArray &body = {});
        static Reply redirect(const QByteArray &location, int status = 302);
    };

    using Handler = std::function<Reply(const Request &)>;

    explicit FakeAnunziApi(QObject *parent = nullptr,
                           const QString &pathPrefix = QStringLiteral("/v2"));
    ~FakeAnunziApi() override;

    bool isListening() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    QUrl origin() const; // http://127.0.0.1:PORT
    QString base() const; // http://127.0.0.1:PORT/v2 (the API base URL to configure)

    // The whole response body to serve for GET {prefix}/calls/{callId}.
    void addCall(const QString &callId, const QByteArray &responseBody);
    void setHandler(Handler handler) { m_handler = std::move(handler); }

    const QList<Request> &requests() const { return m_requests; }
    int requestCount() const { return int(m_requests.size()); }
    void clearRequests() { m_requests.clear(); }

signals:
    void requestReceived(const FakeAnunziApi::Request &request);

private:
    Reply defaultReply(const Request &request) const;

    QHttpServer *m_server;
    quint16 m_port = 0;
    QString m_prefix;
    QHash<QString, QByteArray> m_calls;
    Handler m_handler;
    QList<Request> m_requests;
};
