#include "api/PagedListService.h"

#include "api/ApiEndpoint.h"
#include "api/ApiKeyStore.h"
#include "base/Logging.h"

PagedListService::PagedListService(QNetworkAccessManager *manager, QObject *parent)
    : QObject(parent)
    , m_get(manager)
{
    connectGet();
}

void PagedListService::connectGet()
{
    connect(&m_get, &HttpGet::finished, this, &PagedListService::onFinished);
    connect(&m_get, &HttpGet::retryScheduled, this,
            [this](int attempt, int delaySeconds, const FetchError &reason) {
                FetchError described = reason;
                described.message = describe(reason);
                emit retryScheduled(attempt, delaySeconds, described);
            });
}

void PagedListService::setPageSize(int limit)
{
    m_pageSize = qBound(1, limit, maxPageSize);
}

void PagedListService::reset(int startOffset)
{
    ++m_generation;
    m_get.disconnect(this);
    m_get.cancel();
    connectGet();
    m_nextOffset = qMax(0, startOffset);
    m_pagesLoaded = 0;
    m_atEnd = false;
    m_followAll = false;
    setLoading(false);
}

bool PagedListService::fetchNextPage()
{
    if (m_loading || m_atEnd)
        return false;
    QString baseError;
    const QUrl base = ApiEndpoint::parseBase(m_settings.apiBase, &baseError);
    if (!base.isValid()) {
        fail({FetchError::Kind::InvalidInput, baseError});
        return true;
    }
    if (m_settings.apiKey.isEmpty()) {
        fail({FetchError::Kind::MissingKey, ApiKeyStore::missingKeyMessage()});
        return true;
    }
    FetchError invalid;
    const QUrl url = pageUrl(base, m_nextOffset, m_pageSize, &invalid);
    if (invalid.isError()) {
        fail(invalid);
        return true;
    }
    setLoading(true);
    sendPage(url);
    return true;
}

void PagedListService::fetchAll()
{
    m_followAll = true;
    if (!m_loading && !fetchNextPage() && m_atEnd)
        emit endReached();
}

void PagedListService::retry()
{
    if (!m_loading && !m_atEnd)
        m_followAll ? fetchAll() : void(fetchNextPage());
}

void PagedListService::cancel()
{
    const bool wasLoading = m_loading;
    ++m_generation; // a page being decoded is dropped
    m_followAll = false;
    m_get.disconnect(this);
    m_get.cancel();
    connectGet();
    setLoading(false);
    if (wasLoading)
        emit pageFailed({FetchError::Kind::Canceled, describe({FetchError::Kind::Canceled, {}})});
}

void PagedListService::sendPage(const QUrl &url)
{
    HttpGet::Request request;
    request.url = url;
    request.authorization = "Bearer " + m_settings.apiKey.toUtf8();
    request.credentialOrigin = ApiEndpoint::parseBase(m_settings.apiBase, nullptr);
    request.inactivityTimeoutMs = m_settings.timeoutSeconds * 1000;
    request.deadlineMs = m_settings.timeoutSeconds * 1000;
    request.maxBytes = m_settings.maxResponseBytes;
    request.retry = m_settings.retry; // 429 honours Retry-After, 5xx backs off (as for one call)
    m_get.start(request);
}

void PagedListService::onFinished(const HttpGet::Result &result)
{
    if (result.error.isError()) {
        FetchError error = result.error;
        error.message = describe(error);
        return fail(error);
    }
    decode(result.body, m_generation);
}

void PagedListService::deliver(quint64 token, const QString &pageError, int entryCount,
                               const QList<ListPageDecoder::Rejected> &rejected)
{
    if (!isCurrent(token))
        return;
    if (!pageError.isEmpty()) {
        return fail({FetchError::Kind::InvalidResponse,
                     describe({FetchError::Kind::InvalidResponse, pageError})});
    }
    const int offset = m_nextOffset;
    m_nextOffset += entryCount;
    ++m_pagesLoaded;
    m_atEnd = entryCount < m_pageSize;
    // Info, not a warning: whoever listens to pageLoaded tells the user (the command line on
    // stderr, the window in the list), so a warning would say it a second time.
    for (const ListPageDecoder::Rejected &bad : rejected) {
        qCInfo(lcNetwork) << "list entry" << offset + bad.index << bad.id
                          << "skipped:" << bad.reason;
    }
    setLoading(false);
    emit pageLoaded(offset, entryCount, rejected);
    if (!isCurrent(token))
        return; // a slot reset or canceled the list
    if (m_atEnd) {
        m_followAll = false;
        emit endReached();
    } else if (m_followAll) {
        fetchNextPage();
    }
}

void PagedListService::fail(FetchError error)
{
    qCInfo(lcNetwork) << "list page failed:" << FetchError::kindName(error.kind);
    setLoading(false);
    emit pageFailed(error);
}

void PagedListService::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

QString PagedListService::describe(const FetchError &error) const
{
    using Kind = FetchError::Kind;
    switch (error.kind) {
    case Kind::Canceled:
        return tr("Loading was canceled.");
    case Kind::InvalidResponse:
        return tr("The server's answer is not a valid list: %1.").arg(error.message);
    case Kind::HttpError:
        if (error.httpStatus == 400) {
            return tr("The API refused the request as invalid (HTTP 400). Check the assistant ID "
                      "and the API base URL.");
        }
        break;
    case Kind::Forbidden:
        return tr("The API key has no permission to list these (HTTP 403). Ask Anunzi support to "
                  "grant access, or use a key of the right workspace.");
    case Kind::NotFound:
        return tr("The API does not know this list (HTTP 404). Check the API base URL.");
    default:
        break;
    }
    return CallService::describe(error, QString(), m_settings.timeoutSeconds);
}
