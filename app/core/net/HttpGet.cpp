#include "net/HttpGet.h"

#include "base/AtomicFileWriter.h"
#include "base/Logging.h"
#include "net/FetchErrorMapping.h"
#include "net/Origin.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>

#include <limits>

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
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool delivered =
        status >= 200 && status < 300 && reply->error() == QNetworkReply::NoError;
    if (m_abortKind == FetchError::Kind::None) {
        if (status >= 300 && status < 400 && reply->hasRawHeader("Location")) {
            QString refusal;
            if (followRedirect(QUrl::fromEncoded(reply->rawHeader("Location")), &refusal))
                return;
            m_abortKind = FetchError::Kind::Redirect;
            m_abortMessage = refusal;
        } else if (delivered) {
            onReadyRead(); // anything not yet read (may still hit the size cap or the sink)
        }
    }

    Result result;
    result.finalUrl = m_currentUrl;
    result.httpStatus = status;
    FetchErrorMapping::Reply facts;
    facts.httpStatus = status;
    facts.networkError = reply->error();
    facts.errorString = reply->errorString();
    facts.reasonPhrase = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    facts.retryAfter = reply->rawHeader("Retry-After");
    facts.tlsError = m_tlsError;
    facts.inactivityTimeoutMs = m_request.inactivityTimeoutMs;
    facts.abortedAs = m_abortKind;
    facts.abortMessage = m_abortMessage;
    result.error = FetchErrorMapping::map(facts);
    if (!result.error.isError())
        result.body = std::move(m_body);
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
