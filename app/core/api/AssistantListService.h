#pragma once

#include "api/PagedListService.h"
#include "model/AssistantRecord.h"

#include <QList>

// The assistants the key can see (List Assistants), page by page.
class AssistantListService : public PagedListService
{
    Q_OBJECT

public:
    explicit AssistantListService(QNetworkAccessManager *manager, QObject *parent = nullptr);

signals:
    void assistantsReceived(int offset, const QList<AssistantRecord> &assistants);

protected:
    QUrl pageUrl(const QUrl &base, int offset, int limit, FetchError *error) const override;
    void decode(const QByteArray &body, quint64 token) override;
    QString describe(const FetchError &error) const override;
};
