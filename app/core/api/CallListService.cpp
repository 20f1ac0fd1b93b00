#include "api/CallListService.h"

#include "api/ApiEndpoint.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

CallListService::CallListService(QNetworkAccessManager *manager, QObject *parent)
    : PagedListService(manager, parent)
{ }

void CallListService::setModelId(const QString &modelId, int startOffset)
{
    m_modelId = modelId.trimmed();
    reset(startOffset);
}

QUrl CallListService::pageUrl(const QUrl &base, int offset, int limit, FetchError *error) const
{
    if (m_modelId.isEmpty()) {
        *error = {FetchError::Kind::InvalidInput,
                  tr("Pick an assistant first: listing calls "
                     "needs an assistant ID (model_id).")};
        return {};
    }
    if (!ApiEndpoint::isValidModelId(m_modelId)) {
        *error = {FetchError::Kind::InvalidInput,
                  tr("\"%1\" is not a valid assistant ID. %2")
                      .arg(m_modelId.left(ApiEndpoint::maxCallIdLength + 8),
                           ApiEndpoint::modelIdRules())};
        return {};
    }
    return ApiEndpoint::listCallsUrl(base, m_modelId, limit, offset);
}

void CallListService::decode(const QByteArray &body, quint64 token)
{
    auto *watcher = new QFutureWatcher<ListPageDecoder::CallPage>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, token] {
        watcher->deleteLater();
        if (!isCurrent(token))
            return;
        const ListPageDecoder::CallPage page = watcher->result();
        if (page.ok())
            emit callsReceived(nextOffset(), page.calls);
        deliver(token, page.error, page.entryCount, page.rejected);
    });
    watcher->setFuture(QtConcurrent::run(&ListPageDecoder::decodeCalls, body));
}

QString CallListService::describe(const FetchError &error) const
{
    if (error.kind == FetchError::Kind::HttpError && error.httpStatus == 400) {
        return m_modelId.isEmpty()
            ? tr("The API refused to list calls without an assistant ID (HTTP 400). Pick "
                 "an assistant first.")
            : tr("The API refused to list the calls of assistant %1 (HTTP 400). Check "
                 "the assistant ID.")
                  .arg(m_modelId);
    }
    if (error.kind == FetchError::Kind::Forbidden) {
        return tr("The API key has no permission to list the calls of assistant %1 (HTTP 403). "
                  "Ask Anunzi support to grant access, or use a key of the assistant's "
                  "workspace.")
            .arg(m_modelId);
    }
    return PagedListService::describe(error);
}
