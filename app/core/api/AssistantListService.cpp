#include "api/AssistantListService.h"

#include "api/ApiEndpoint.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

AssistantListService::AssistantListService(QNetworkAccessManager *manager, QObject *parent)
    : PagedListService(manager, parent)
{ }

QUrl AssistantListService::pageUrl(const QUrl &base, int offset, int limit, FetchError *) const
{
    return ApiEndpoint::listAssistantsUrl(base, limit, offset);
}

void AssistantListService::decode(const QByteArray &body, quint64 token)
{
    auto *watcher = new QFutureWatcher<ListPageDecoder::AssistantPage>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, token] {
        watcher->deleteLater();
        if (!isCurrent(token))
            return;
        const ListPageDecoder::AssistantPage page = watcher->result();
        if (page.ok())
            emit assistantsReceived(nextOffset(), page.assistants);
        deliver(token, page.error, page.entryCount, page.rejected);
    });
    watcher->setFuture(QtConcurrent::run(&ListPageDecoder::decodeAssistants, body));
}

QString AssistantListService::describe(const FetchError &error) const
{
    if (error.kind == FetchError::Kind::Forbidden) {
        return tr("The API key has no permission to list assistants (HTTP 403). Ask Anunzi "
                  "support to grant access.");
    }
    return PagedListService::describe(error);
}
