#pragma once

#include "api/PagedListService.h"
#include "model/CallRecord.h"

#include <QList>
#include <QString>

// The calls of one assistant (List Calls), page by page: for the browse table, the command
// line and batch export. Each page arrives as decoded CallRecords in callsReceived (malformed
// calls are skipped and reported in pageLoaded), so a consumer such as a batch exporter can
// write page by page without holding the whole list or fetching any call again.
class CallListService : public PagedListService
{
    Q_OBJECT

public:
    explicit CallListService(QNetworkAccessManager *manager, QObject *parent = nullptr);

    // Selects the assistant and resets paging (nothing is fetched yet).
    void setModelId(const QString &modelId, int startOffset = 0);
    QString modelId() const { return m_modelId; }

signals:
    void callsReceived(int offset, const QList<CallRecord> &calls);

protected:
    QUrl pageUrl(const QUrl &base, int offset, int limit, FetchError *error) const override;
    void decode(const QByteArray &body, quint64 token) override;
    QString describe(const FetchError &error) const override;

private:
    QString m_modelId;
};
