#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <optional>

class QHttpServer;

// The fake Anunzi API of the test suites: a QHttpServer on 127.0.0.1 (random port).
//
// Routes (under the path prefix, /v2 by default):
//   GET {prefix}/calls/{id}     Get Call: the body given to addCall(), else 404
//   GET {prefix}/calls          List Calls: a page of `calls` (limit, offset; 400 without model_id)
//   GET {prefix}/assistants/    List Assistants: a page of `assistants`
//   GET /recordings/{name}      a recording given to addRecording()
// Anything else is a 404. A route's answers can be scripted per path (script(): statuses,
// headers such as Retry-After, bodies, delays, in order), or every answer taken over
// (setHandler()). Every request is recorded with its headers before it is answered, so a test
// can count requests and check where the key went.
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
        QUrlQuery queryItems() const { return QUrlQuery(QString::fromLatin1(query)); }
        QString queryValue(const QString &name) const; // decoded; empty when absent
    };

    struct Reply
    {
        int status = 200; // 0: the route's own answer (see normal())
        QByteArray body;
        QByteArray contentType = QByteArrayLiteral("application/json");
        QList<QPair<QByteArray, QByteArray>> headers;
        int delayMs = 0; // answer this long after the request arrived

        static Reply json(const QByteArray &body, int status = 200);
        static Reply withStatus(int status, const QByteArray &body = {});
        static Reply redirect(const QByteArray &location, int status = 302);
        // {"status":"error"} with this status, and Retry-After when given (e.g. 429, "120").
        static Reply error(int status, const QByteArray &retryAfter = {});
        static Reply normal() { return Reply{0, {}, {}, {}, 0}; } // a scripted "as usual"

        Reply &withHeader(const QByteArray &name, const QByteArray &value);
        Reply &delayedBy(int ms);
    };

    // What a path answers once its script ran out.
    enum class Then {
        Route, // the route's own answer
        RepeatLast, // the script's last reply, forever
    };

    using Handler = std::function<Reply(const Request &)>;

    explicit FakeAnunziApi(QObject *parent = nullptr,
                           const QString &pathPrefix = QStringLiteral("/v2"));
    ~FakeAnunziApi() override;

    bool isListening() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    QUrl origin() const; // http://127.0.0.1:PORT
    QString base() const; // http://127.0.0.1:PORT/v2 (the API base URL to configure)
    QString callPath(const QString &callId) const; // {prefix}/calls/{id}, percent-encoded
    // The decoded call ID of a Get Call path ({prefix}/calls/{id}), or nullopt for other paths.
    std::optional<QString> callIdOf(const QString &path) const;
    QString callsPath() const { return m_prefix + QStringLiteral("/calls"); }
    QString assistantsPath() const { return m_prefix + QStringLiteral("/assistants/"); }
    QUrl recordingUrl(const QString &name) const;

    // The whole response body to serve for GET {prefix}/calls/{callId}.
    void addCall(const QString &callId, const QByteArray &responseBody);
    void addRecording(const QString &name, const QByteArray &bytes,
                      const QByteArray &contentType = QByteArrayLiteral("audio/wav"));
    // Entries of the list routes, served as they are (a malformed entry is just a bad entry).
    QList<QJsonValue> calls;
    QList<QJsonValue> assistants;

    // Requests whose Authorization is not "Bearer KEY" get 401 (empty: no check).
    void setRequiredKey(const QByteArray &key) { m_requiredKey = key; }
    // The next requests to `path` (percent-encoded, no query) get these replies, one each.
    void script(const QString &path, const QList<Reply> &replies, Then then = Then::Route);
    void setHandler(Handler handler) { m_handler = std::move(handler); }

    const QList<Request> &requests() const { return m_requests; }
    int requestCount() const { return int(m_requests.size()); }
    int requestCount(const QString &path) const;
    int callRequestCount(const QString &callId) const { return requestCount(callPath(callId)); }
    void clearRequests() { m_requests.clear(); }

signals:
    void requestReceived(const FakeAnunziApi::Request &request);

private:
    struct Script
    {
        QList<Reply> replies;
        Then then = Then::Route;
    };

    Reply answer(const Request &request);
    Reply routeReply(const Request &request) const;
    Reply listPage(const Request &request, const QString &key,
                   const QList<QJsonValue> &entries) const;

    QHttpServer *m_server;
    quint16 m_port = 0;
    QString m_prefix;
    QHash<QString, QByteArray> m_calls;
    QHash<QString, Reply> m_recordings;
    QHash<QString, Script> m_scripts;
    QByteArray m_requiredKey;
    Handler m_handler;
    QList<Request> m_requests;
};
