#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

class QTcpServer;
class QTcpSocket;

// A raw TCP server on 127.0.0.1 for what QHttpServer cannot do: never answer, stop after the
// headers, trickle a body byte by byte, send forever, reset the connection, or send any bytes
// at all (malformed HTTP). Each connection is answered once its request headers arrived.
class RawHttpServer : public QObject
{
    Q_OBJECT

public:
    enum class Mode {
        Silent, // read the request, never answer, keep the connection open
        Respond, // send response() whole, then close
        HeadersThenSilence, // send response() (meant to be the headers), then nothing more
        Trickle, // send response() one byte every intervalMs, then close
        Endless, // send response() (headers), then fill() every intervalMs forever
        Reset, // reset the connection (TCP RST) without answering
    };

    explicit RawHttpServer(QObject *parent = nullptr);
    ~RawHttpServer() override;

    void setMode(Mode mode) { m_mode = mode; }
    void setResponse(const QByteArray &response) { m_response = response; }
    void setFill(const QByteArray &fill) { m_fill = fill; }
    void setIntervalMs(int intervalMs) { m_intervalMs = intervalMs; }

    // "HTTP/1.1 STATUS Reason\r\n" + headers + "\r\n" + body, with Content-Length when
    // contentLength >= 0 (pass -1 to omit it; the connection then ends the body).
    static QByteArray httpResponse(int status, const QByteArray &body,
                                   const QList<QByteArray> &extraHeaders = {},
                                   qint64 contentLength = -2 /* body size */);

    bool isListening() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    QString base(const QString &pathPrefix = QStringLiteral("/v2")) const;

    int connectionCount() const { return m_connections; }
    const QList<QByteArray> &requests() const { return m_requests; } // request heads, raw
    qint64 bytesSent() const { return m_bytesSent; }

signals:
    void requestReceived();

private:
    void onNewConnection();
    void answer(QTcpSocket *socket);
    void writeCounted(QTcpSocket *socket, const QByteArray &data);

    QTcpServer *m_server;
    quint16 m_port = 0;
    Mode m_mode = Mode::Respond;
    QByteArray m_response;
    QByteArray m_fill = QByteArray(1024, 'x');
    int m_intervalMs = 10;
    int m_connections = 0;
    QList<QByteArray> m_requests;
    qint64 m_bytesSent = 0;
};
