#pragma once

#include "api/CallService.h"
#include "api/ListPageDecoder.h"
#include "net/FetchError.h"
#include "net/HttpGet.h"

#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

// Pages through one of the API's list endpoints (offset/limit) with one bounded HttpGet at a
// time: the key only to the API origin, size cap, deadline. Pages are decoded on a worker
// thread (a 20-call page with full transcripts can be large), never on the UI thread. Paging
// stops when a page comes back shorter than the limit.
//
// Subclasses give the URL of a page and decode it. Every page request carries
// settings().retry: a 429 waits for Retry-After, 5xx and dropped connections back off, before
// pageFailed is emitted (RetryPolicy::none() turns that off).
class PagedListService : public QObject
{
    Q_OBJECT

public:
    using Settings = CallService::Settings;
    static constexpr int defaultPageSize = 20;
    static constexpr int maxPageSize = 1000;

    explicit PagedListService(QNetworkAccessManager *manager, QObject *parent = nullptr);

    void setSettings(const Settings &settings) { m_settings = settings; }
    const Settings &settings() const { return m_settings; }
    void setPageSize(int limit);
    int pageSize() const { return m_pageSize; }

    // Forgets every page and starts again at startOffset (nothing is fetched yet).
    void reset(int startOffset = 0);
    // Fetches the next page unless one is in flight or the end was reached. Returns whether a
    // request (or a validation failure) was started.
    bool fetchNextPage();
    // Fetches page after page until a short page, an error or cancel().
    void fetchAll();
    // Asks again for the page that failed.
    void retry();
    void cancel();

    bool isLoading() const { return m_loading; }
    bool hasMore() const { return !m_atEnd; }
    bool isFollowingAll() const { return m_followAll; }
    int nextOffset() const { return m_nextOffset; }
    int pagesLoaded() const { return m_pagesLoaded; }

signals:
    void loadingChanged(bool loading);
    // After the subclass's typed signal for the page; rejected = malformed entries skipped.
    void pageLoaded(int offset, int entryCount, const QList<ListPageDecoder::Rejected> &rejected);
    void pageFailed(const FetchError &error); // message in words, says what to do next
    void endReached(); // a page came back shorter than the limit
    // The page failed for a transient reason and is asked again in delaySeconds (attempt is
    // the number of the next try); reason.message is phrased for the user.
    void retryScheduled(int attempt, int delaySeconds, const FetchError &reason);

protected:
    // The URL of the page at offset (base already validated); or an InvalidInput error.
    virtual QUrl pageUrl(const QUrl &base, int offset, int limit, FetchError *error) const = 0;
    // Decodes body (typically with QtConcurrent) and then calls deliver() with `token`.
    virtual void decode(const QByteArray &body, quint64 token) = 0;
    // A message for the user for this list; subclasses name what was listed.
    virtual QString describe(const FetchError &error) const;

    // Called by subclasses when decoding finished. Returns false when the page is stale
    // (reset/cancel since): the subclass must then drop it without emitting anything.
    bool isCurrent(quint64 token) const { return token == m_generation; }
    void deliver(quint64 token, const QString &pageError, int entryCount,
                 const QList<ListPageDecoder::Rejected> &rejected);

private:
    void connectGet();
    void sendPage(const QUrl &url);
    void onFinished(const HttpGet::Result &result);
    void fail(FetchError error);
    void setLoading(bool loading);

    Settings m_settings;
    HttpGet m_get;
    int m_pageSize = defaultPageSize;
    int m_nextOffset = 0;
    int m_pagesLoaded = 0;
    bool m_atEnd = false;
    bool m_loading = false;
    bool m_followAll = false;
    quint64 m_generation = 0; // bumped by reset/cancel: results of older requests are dropped
};
