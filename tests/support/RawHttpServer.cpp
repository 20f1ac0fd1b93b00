#include "RawHttpServer.h"

#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

#include <sys/socket.h>

RawHttpServer::RawHttpServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &RawHttpServer::onNewConnection);
    if (m_server->listen(QHostAddress::LocalHost, 0))
        m_port = m_server->serverPort();
}

RawHttpServer::~RawHttpServer() = default;

QByteArray RawHttpServer::httpResponse(int status, const QByteArray &body,
                                       const QList<QByteArray> &extraHeaders, qint64 contentLength)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + " Status\r\n";
    if (contentLength == -2)
        contentLength = body.size();
    if (contentLength >= 0)
        out += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    out += "Content-Type: application/json\r\n";
    for (const QByteArray &header : extraHeaders)
        out += header + "\r\n";
    out += "\r\n";
    out += body;
    return out;
}

QString RawHttpServer::base(const QString &pathPrefix) const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port) + pathPrefix;
}

void RawHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        ++m_connections;
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        // Owned by the connection below: freed with the socket, whoever deletes it.
        auto head = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, head] {
            if (head->contains("\r\n\r\n")) {
                socket->readAll(); // a second request on the connection: ignore
                return;
            }
            *head += socket->readAll();
            if (!head->contains("\r\n\r\n"))
                return;
            m_requests.append(head->left(head->indexOf("\r\n\r\n")));
            emit requestReceived();
            answer(socket);
        });
    }
}

void RawHttpServer::writeCounted(QTcpSocket *socket, const QByteArray &data)
{
    const qint64 n = socket->write(data);
    if (n > 0)
        m_bytesSent += n;
}

void RawHttpServer::answer(QTcpSocket *socket)
{
    switch (m_mode) {
    case Mode::Silent:
        return;
    case Mode::Respond:
        writeCounted(socket, m_response);
        socket->disconnectFromHost();
        return;
    case Mode::HeadersThenSilence:
        writeCounted(socket, m_response);
        return;
    case Mode::Reset: {
        // SO_LINGER with a zero timeout makes close() send RST instead of FIN.
        const linger noLinger{1, 0};
        ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &noLinger,
                     sizeof noLinger);
        socket->abort();
        return;
    }
    case Mode::Trickle:
    case Mode::Endless: {
        auto *timer = new QTimer(socket);
        const bool endless = m_mode == Mode::Endless;
        if (endless)
            writeCounted(socket, m_response);
        auto position = std::make_shared<qsizetype>(0);
        QPointer<QTcpSocket> guard(socket);
        connect(timer, &QTimer::timeout, this, [this, guard, timer, endless, position] {
            if (!guard || guard->state() != QAbstractSocket::ConnectedState) {
                timer->stop();
                return;
            }
            if (endless) {
                writeCounted(guard, m_fill);
                return;
            }
            if (*position >= m_response.size()) {
                timer->stop();
                guard->disconnectFromHost();
                return;
            }
            writeCounted(guard, m_response.mid(*position, 1));
            ++*position;
        });
        timer->start(m_intervalMs);
        return;
    }
    }
}
