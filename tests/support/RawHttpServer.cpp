#include "RawHttpServer.h"

#include <QSslSocket>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <sys/socket.h>

QByteArray RawHttpServer::Request::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

RawHttpServer::RawHttpServer(QObject *parent)
    : QTcpServer(parent)
{ }

bool RawHttpServer::listenOnLoopback()
{
    return listen(QHostAddress::LocalHost, 0);
}

void RawHttpServer::enableTls(const QSslCertificate &certificate, const QSslKey &key)
{
    m_certificate = certificate;
    m_key = key;
    m_tls = true;
}

QUrl RawHttpServer::url(const QString &path) const
{
    QUrl url;
    url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(serverPort());
    url.setPath(path);
    return url;
}

void RawHttpServer::setReplies(const QByteArray &path, const QList<Reply> &replies)
{
    m_replies.insert(path, replies);
}

int RawHttpServer::requestCount(const QByteArray &path) const
{
    return int(std::count_if(m_requests.cbegin(), m_requests.cend(),
                             [&](const Request &request) { return request.path() == path; }));
}

QByteArray RawHttpServer::response(int status, const QByteArray &body,
                                   const QList<QByteArray> &extraHeaders,
                                   const QByteArray &contentType, BodyEnd end)
{
    QByteArray bytes = "HTTP/1.1 " + QByteArray::number(status) + " Status\r\n";
    if (!contentType.isEmpty())
        bytes += "Content-Type: " + contentType + "\r\n";
    if (end == BodyEnd::ContentLength)
        bytes += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    bytes += "Connection: close\r\n";
    for (const QByteArray &header : extraHeaders)
        bytes += header + "\r\n";
    return bytes + "\r\n" + body;
}

void RawHttpServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    ++m_connections;
    connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
    // Counts what reached the kernel: the client can have read at most this much.
    connect(socket, &QIODevice::bytesWritten, this, [this](qint64 n) { m_bytesSent += n; });
    struct Incoming
    {
        QByteArray head;
        bool answered = false; // one request per connection: anything after it is ignored
    };
    auto incoming = std::make_shared<Incoming>();
    connect(socket, &QIODevice::readyRead, this, [this, socket, incoming] {
        if (incoming->answered)
            return;
        incoming->head.append(socket->readAll());
        const qsizetype end = incoming->head.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        incoming->answered = true;
        const QList<QByteArray> lines = incoming->head.left(end).split('\n');
        Request request;
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        request.method = first.value(0);
        request.target = first.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                request.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
        }
        m_requests.append(request);
        serve(socket, nextReply(request.path()));
    });
    if (m_tls) {
        socket->setLocalCertificate(m_certificate);
        socket->setPrivateKey(m_key);
        socket->startServerEncryption();
    }
}

RawHttpServer::Reply RawHttpServer::nextReply(const QByteArray &path)
{
    auto it = m_replies.find(path);
    if (it == m_replies.end() || it->isEmpty())
        return m_defaultReply;
    return it->size() > 1 ? it->takeFirst() : it->first();
}

void RawHttpServer::resetConnection(QTcpSocket *socket)
{
    // SO_LINGER with a zero timeout makes close() send RST instead of FIN.
    const linger hard{1, 0};
    ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
    socket->abort();
    socket->deleteLater();
}

void RawHttpServer::serve(QTcpSocket *socket, const Reply &reply)
{
    switch (reply.action) {
    case Reply::Action::Send:
        socket->write(reply.bytes);
        socket->disconnectFromHost(); // after the pending bytes are written
        break;
    case Reply::Action::Reset:
        if (reply.bytes.isEmpty())
            return resetConnection(socket);
        connect(socket, &QIODevice::bytesWritten, socket, [socket] {
            if (socket->bytesToWrite() == 0)
                resetConnection(socket);
        });
        socket->write(reply.bytes);
        break;
    case Reply::Action::Silence:
        socket->write(reply.bytes);
        break;
    case Reply::Action::Trickle: {
        auto *timer = new QTimer(socket);
        auto position = std::make_shared<qsizetype>(0);
        connect(timer, &QTimer::timeout, socket, [socket, timer, position, bytes = reply.bytes] {
            if (*position >= bytes.size()) {
                timer->stop();
                socket->disconnectFromHost();
                return;
            }
            socket->write(bytes.mid((*position)++, 1));
        });
        timer->start(reply.intervalMs);
        break;
    }
    case Reply::Action::Endless: {
        // Keeps about 256 KiB queued: as fast as the client reads, never more in memory here.
        const QByteArray filler =
            reply.filler.isEmpty() ? QByteArray(64 * 1024, 'x') : reply.filler;
        auto topUp = [socket, filler] {
            while (socket->state() == QAbstractSocket::ConnectedState
                   && socket->bytesToWrite() < 256 * 1024)
                socket->write(filler);
        };
        connect(socket, &QIODevice::bytesWritten, socket, topUp);
        socket->write(reply.bytes);
        topUp();
        break;
    }
    }
}
