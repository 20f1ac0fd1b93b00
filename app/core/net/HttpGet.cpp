#include "net/HttpGet.h"

#include "base/AtomicFileWriter.h"
#include "base/Logging.h"
#include "net/Origin.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>

#include <limits>

int parseRetryAfter(const QByteArray &value)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return -1;
    bool ok = false;
    const qlonglong seconds = trimmed.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? -1 : int(qMin<qlonglong>(seconds, 24 * 3600));
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(trimmed), Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    return int(qBound(qint64(0), QDateTime::currentDateTimeUtc().secsTo(when), qint64(24 * 3600)));
}

HttpGet::HttpGet(QNetworkAccessManager *manager, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        abortWith(
            FetchError::Kind::Timeout,
            QStringLiteral("no complete answer within %1 s").arg(m_request.deadlineMs / 1000));
    });
    m_retryTimer.setSingleShot(true);
    // A coarse timer may fire 5% early: a Retry-After must never be undercut.
    m_retryTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_retryTimer, &QTimer::timeout, this, &HttpGet::startAttempt);
}

HttpGet::~HttpGet()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        releaseReply();
    }
}

void HttpGet::start(const Request &request)
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        releaseReply();
    }
    m_retryTimer.stop();
    m_request = request;
    m_attempt = 0;
    m_waitedMs = 0;
    m_sinceStart.start();
    startAttempt();
}

void HttpGet::startAttempt()
{
    ++m_attempt;
    m_redirects = 0;
    m_deadline.start(qMax(1, qMin(m_request.deadlineMs, remainingTotalMs())));
    send(m_request.url);
}

void HttpGet::cancel()
{
    if (m_reply) {
        abortWith(FetchError::Kind::Canceled, QStringLiteral("canceled"));
    } else if (m_retryTimer.isActive()) {
        m_retryTimer.stop();
        Result result;
        result.finalUrl = m_request.url;
        result.error.kind = FetchError::Kind::Canceled;
        result.error.message = QStringLiteral("canceled");
        finish(result);
    }
}

void HttpGet::send(const QUrl &url)
{
    m_currentUrl = url;
    m_body.clear();
    m_sunkBytes = 0;
    m_tlsError.clear();
    m_abortKind = FetchError::Kind::None;

    QNetworkRequest request(url);
    // Redirects are followed by hand (followRedirect) so the token never crosses origins.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_request.inactivityTimeoutMs);
    request.setRawHeader("Accept", m_request.accept);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("CallReview/%1").arg(QCoreApplication::applicationVersion()));
    const bool mayAuthorize =
        !m_request.authorization.isEmpty() && Origin::same(url, m_request.credentialOrigin);
    if (mayAuthorize)
        request.setRawHeader("Authorization", m_request.authorization);
    qCDebug(lcNetwork) << "GET" << url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)
                       << (mayAuthorize ? "with credentials" : "without credentials");

    m_reply = m_manager->get(request);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &HttpGet::onMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, &HttpGet::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &HttpGet::onFinished);
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        if (!errors.isEmpty() && m_tlsError.isEmpty())
            m_tlsError = errors.first().errorString();
        // Never ignored: the reply fails with SslHandshakeFailedError.
    });
    connect(m_reply, &QNetworkReply::downloadProgress, this,
            [this](qint64 received, qint64 total) { emit progress(received, total); });
}

void HttpGet::onMetaData()
{
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 200 && status < 300 && length.isValid()
        && length.toLongLong() > m_request.maxBytes) {
        abortWith(FetchError::Kind::TooLarge,
                  QStringLiteral("the server announced %1 bytes, more than the limit of %2")
                      .arg(length.toLongLong())
                      .arg(m_request.maxBytes));
    }
}

void HttpGet::onReadyRead()
{
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool keepBody = status >= 200 && status < 300;
    // Error bodies are read (so the connection drains) but kept only up to a small size.
    const qint64 cap = keepBody ? m_request.maxBytes : 64 * 1024;
    const QByteArray chunk = m_reply->readAll();
    if (keepBody && m_request.sink) {
        if (m_sunkBytes + chunk.size() > cap) {
            abortWith(FetchError::Kind::TooLarge,
                      QStringLiteral("the answer is larger than the limit of %1 bytes")
                          .arg(m_request.maxBytes));
        } else if (!AtomicFileWriter::writeAll(*m_request.sink, chunk)) {
            abortWith(FetchError::Kind::WriteFailed, m_request.sink->errorString());
        } else {
            m_sunkBytes += chunk.size();
        }
        return;
    }
    if (m_body.size() + chunk.size() > cap) {
        if (keepBody) {
            abortWith(FetchError::Kind::TooLarge,
                      QStringLiteral("the answer is larger than the limit of %1 bytes")
                          .arg(m_request.maxBytes));
        }
        return;
    }
    m_body += chunk;
}

void HttpGet::abortWith(FetchError::Kind kind, const QString &message)
{
    if (!m_reply)
        return;
    m_abortKind = kind;
    m_abortMessage = message;
    m_reply->abort(); // emits finished synchronously
}

bool HttpGet::followRedirect(const QUrl &location, QString *refusal)
{
    const QUrl target = m_currentUrl.resolved(location);
    const QString scheme = target.scheme().toLower();
    if (!target.isValid() || (scheme != u"https" && scheme != u"http")) {
        *refusal = QStringLiteral("a redirect to a non-web address (%1) was refused")
                       .arg(scheme.isEmpty() ? QStringLiteral("no scheme") : scheme);
        return false;
    }
    if (m_currentUrl.scheme() == u"https" && scheme == u"http") {
        *refusal = QStringLiteral("a redirect from https to insecure http was refused");
        return false;
    }
    if (++m_redirects > m_request.maxRedirects) {
        *refusal = QStringLiteral("too many redirects (more than %1)").arg(m_request.maxRedirects);
        return false;
    }
    if (!Origin::same(target, m_request.credentialOrigin)
        && m_request.crossOrigin == CrossOriginRedirect::Refuse) {
        *refusal = QStringLiteral("a redirect to another site (%1) was refused so that the API key "
                                  "is not sent there")
                       .arg(target.host());
        return false;
    }
    releaseReply();
    send(target);
    return true;
}

void HttpGet::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    Result result;
    result.finalUrl = m_currentUrl;
    result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const int status = result.httpStatus;
    FetchError &error = result.error;
    error.httpStatus = status;

    if (m_abortKind != FetchError::Kind::None) {
        error.kind = m_abortKind;
        error.message = m_abortMessage;
        return finish(result);
    }
    if (status >= 300 && status < 400 && reply->hasRawHeader("Location")) {
        QString refusal;
        const QUrl location = QUrl::fromEncoded(reply->rawHeader("Location"));
        if (followRedirect(location, &refusal))
            return;
        error.kind = FetchError::Kind::Redirect;
        error.message = refusal;
        return finish(result);
    }
    if (status >= 200 && status < 300 && reply->error() == QNetworkReply::NoError) {
        onReadyRead(); // anything not yet read
        if (m_abortKind != FetchError::Kind::None) {
            error.kind = m_abortKind;
            error.message = m_abortMessage;
            return finish(result);
        }
        result.body = std::move(m_body);
        return finish(result);
    }
    const bool transferFailed = status >= 200 && status < 300; // 2xx, yet reply->error() is set
    if (status != 0 && !transferFailed) {
        error.retryAfterSeconds = parseRetryAfter(reply->rawHeader("Retry-After"));
        error.message = QStringLiteral("HTTP %1 %2")
                            .arg(status)
                            .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute)
                                     .toString()
                                     .left(100));
        if (status == 401)
            error.kind = FetchError::Kind::Unauthorized;
        else if (status == 403)
            error.kind = FetchError::Kind::Forbidden;
        else if (status == 404)
            error.kind = FetchError::Kind::NotFound;
        else if (status == 429)
            error.kind = FetchError::Kind::RateLimited;
        else if (status >= 500 && status < 600)
            error.kind = FetchError::Kind::ServerError;
        else
            error.kind = FetchError::Kind::HttpError;
        return finish(result);
    }

    // No HTTP status, or a 2xx whose body did not arrive whole: the transfer itself failed.
    switch (reply->error()) {
    case QNetworkReply::OperationCanceledError: // the transfer (inactivity) timeout fired
    case QNetworkReply::TimeoutError:
        error.kind = FetchError::Kind::Timeout;
        error.message = QStringLiteral("the server stopped answering for %1 s")
                            .arg(m_request.inactivityTimeoutMs / 1000);
        break;
    case QNetworkReply::SslHandshakeFailedError:
        error.kind = FetchError::Kind::Tls;
        error.message = m_tlsError.isEmpty() ? reply->errorString() : m_tlsError;
        break;
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
        error.kind = FetchError::Kind::Redirect;
        error.message = reply->errorString();
        break;
    default:
        error.kind = m_tlsError.isEmpty() ? FetchError::Kind::Network : FetchError::Kind::Tls;
        error.message = m_tlsError.isEmpty() ? reply->errorString() : m_tlsError;
        break;
    }
    finish(result);
}

void HttpGet::releaseReply()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->deleteLater();
        m_reply = nullptr;
    }
}

int HttpGet::remainingTotalMs() const
{
    if (m_request.totalDeadlineMs <= 0)
        return std::numeric_limits<int>::max();
    return int(qMax<qint64>(0, m_request.totalDeadlineMs - m_sinceStart.elapsed()));
}

bool HttpGet::scheduleRetry(const FetchError &error)
{
    const int delay = m_request.retry.delayMs(error, m_attempt + 1, m_waitedMs);
    // A retry must leave the next attempt at least a second within the overall deadline.
    if (delay < 0 || qint64(delay) + 1000 > remainingTotalMs())
        return false;
    m_waitedMs += delay;
    qCInfo(lcNetwork) << "attempt" << m_attempt << "failed:" << FetchError::kindName(error.kind)
                      << "- retrying in" << delay << "ms";
    m_retryTimer.start(delay);
    emit retryScheduled(m_attempt + 1, (delay + 999) / 1000, error);
    return true;
}

void HttpGet::finish(Result result)
{
    m_deadline.stop();
    releaseReply();
    m_body.clear();
    if (result.error.isError() && scheduleRetry(result.error))
        return;
    qCDebug(lcNetwork) << "finished:" << FetchError::kindName(result.error.kind) << "status"
                       << result.httpStatus;
    emit finished(result);
}
