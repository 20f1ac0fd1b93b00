#include "browse/BrowsePanel.h"

#include "api/ApiEndpoint.h"
#include "api/AssistantListService.h"
#include "api/CallListService.h"
#include "browse/AssistantDirectory.h"
#include "browse/AssistantListModel.h"
#include "browse/AssistantListView.h"
#include "browse/CallFilterProxyModel.h"
#include "browse/CallNavigator.h"
#include "browse/CallTableModel.h"
#include "browse/CallTableView.h"
#include "settings/AppSettings.h"
#include "timing/CallTimingIndex.h"

#include <QSplitter>
#include <QVBoxLayout>

BrowsePanel::BrowsePanel(QNetworkAccessManager *network, QWidget *parent)
    : QWidget(parent)
    , m_assistants(new AssistantListModel(this))
    , m_directory(new AssistantDirectory(this))
    , m_assistantService(new AssistantListService(network, this))
    , m_calls(new CallTableModel(this))
    , m_callService(new CallListService(network, this))
    , m_assistantsView(new AssistantListView(m_assistants, this))
    , m_callsView(new CallTableView(m_calls, this))
    , m_navigator(new CallNavigator(m_callsView->proxy(), this))
    , m_apiBase(ApiEndpoint::defaultBase.toString())
{
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_assistantsView);
    splitter->addWidget(m_callsView);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    m_callsView->setTitle(tr("Pick an assistant to see its calls."));
    // The last assistant's calls may be shown before its name is known.
    connect(m_directory, &AssistantDirectory::changed, this, &BrowsePanel::updateCallsTitle);
    connectAssistants();
    connectCalls();
    m_callsView->setFilter(AppSettings().browseFilter());
}

// Assistants: every page, shown as each arrives.
void BrowsePanel::connectAssistants()
{
    connect(m_assistantService, &AssistantListService::assistantsReceived, this,
            [this](int, const QList<AssistantRecord> &page) {
                m_assistants->appendAssistants(page);
                m_directory->add(page);
                m_assistantsView->selectModelId(currentModelId());
            });
    connect(m_assistantService, &PagedListService::loadingChanged, m_assistantsView,
            &AssistantListView::setLoading);
    connect(m_assistantService, &PagedListService::pageFailed, this, [this](const FetchError &e) {
        m_assistantsNeedKey = e.kind == FetchError::Kind::MissingKey;
        if (e.kind != FetchError::Kind::Canceled)
            m_assistantsView->showError(e.message, e.kind != FetchError::Kind::InvalidInput);
    });
    connect(m_assistantsView, &AssistantListView::retryRequested, this,
            &BrowsePanel::retryAssistants);
    connect(m_assistantsView, &AssistantListView::assistantChosen, this,
            [this](const AssistantRecord &assistant) {
                if (assistant.modelId != currentModelId())
                    openAssistant(assistant.modelId);
            });
}

// Calls: one page at a time, as the table scrolls (the model's fetchMore).
void BrowsePanel::connectCalls()
{
    connect(m_callService, &CallListService::callsReceived, m_calls,
            [this](int, const QList<CallRecord> &page) { m_calls->appendCalls(page); });
    connect(m_callService, &PagedListService::loadingChanged, this, [this](bool loading) {
        m_calls->setLoading(loading);
        m_callsView->setLoading(loading);
    });
    connect(m_callService, &PagedListService::pageLoaded, this,
            [this](int offset, int, const QList<ListPageDecoder::Rejected> &rejected) {
                m_calls->setMoreAvailable(m_callService->hasMore());
                QStringList reasons;
                for (const ListPageDecoder::Rejected &bad : rejected)
                    reasons.append(
                        tr("Call %1 of the list: %2").arg(offset + bad.index + 1).arg(bad.reason));
                if (!reasons.isEmpty())
                    m_callsView->noteSkipped(reasons);
            });
    connect(m_callService, &PagedListService::pageFailed, this, &BrowsePanel::onCallsFailed);
    connect(m_calls, &CallTableModel::fetchMoreRequested, this, &BrowsePanel::fetchMoreCalls);
    connect(m_callsView, &CallTableView::retryRequested, this, &BrowsePanel::retryCalls);
    connect(m_callsView, &CallTableView::callActivated, m_navigator, &CallNavigator::open);
    connect(m_navigator, &CallNavigator::currentRowChanged, m_callsView, &CallTableView::selectRow);
    connect(m_navigator, &CallNavigator::callRequested, this, &BrowsePanel::callOpened);
    connect(m_callsView, &CallTableView::filterChanged, this, &BrowsePanel::rememberFilter);
    connect(m_callsView, &CallTableView::sendToBatchExport, this, &BrowsePanel::sendToBatchExport);
    connect(m_callsView, &CallTableView::sendToReviewQueue, this, &BrowsePanel::sendToReviewQueue);
}

void BrowsePanel::setApiAccess(const QString &apiBase, int timeoutSeconds, KeyProvider key)
{
    m_apiBase = apiBase.isEmpty() ? ApiEndpoint::defaultBase.toString() : apiBase;
    m_timeoutSeconds = timeoutSeconds;
    m_key = std::move(key);
}

void BrowsePanel::applySettings()
{
    PagedListService::Settings settings;
    settings.apiBase = m_apiBase;
    settings.timeoutSeconds = m_timeoutSeconds;
    settings.apiKey = m_key ? m_key() : QString();
    m_assistantService->setSettings(settings);
    m_callService->setSettings(settings);
}

void BrowsePanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Calls aligned since the panel was last seen (opened, --with-timing) gain their figures.
    m_calls->setCallTiming(CallTimingIndex().load());
    if (m_started)
        return;
    // Nothing is requested until the panel is first seen.
    m_started = true;
    reloadAssistants();
    const QString last = AppSettings().browseModelId();
    if (!last.isEmpty())
        openAssistant(last);
}

void BrowsePanel::reloadAssistants()
{
    m_assistants->clear();
    m_directory->clear();
    m_assistantsView->hideError();
    m_assistantService->reset();
    applySettings();
    m_assistantService->fetchAll();
}

void BrowsePanel::openAssistant(const QString &modelId)
{
    AppSettings().setBrowseModelId(modelId);
    m_callsView->hideError();
    m_calls->clear();
    m_callService->setModelId(modelId);
    m_calls->setMoreAvailable(true);
    updateCallsTitle();
    m_assistantsView->selectModelId(modelId);
    fetchMoreCalls();
}

void BrowsePanel::updateCallsTitle()
{
    const QString modelId = currentModelId();
    if (modelId.isEmpty())
        return;
    const QString name = m_directory->name(modelId);
    m_callsView->setTitle(name.isEmpty() ? tr("Calls of assistant %1").arg(modelId)
                                         : tr("Calls of %1 (%2)").arg(name, modelId));
}

QString BrowsePanel::currentModelId() const
{
    return m_callService->modelId();
}

void BrowsePanel::fetchMoreCalls()
{
    applySettings();
    m_callService->fetchNextPage();
}

void BrowsePanel::onCallsFailed(const FetchError &error)
{
    m_callsNeedKey = error.kind == FetchError::Kind::MissingKey;
    if (error.kind == FetchError::Kind::Canceled)
        return;
    // No automatic fetchMore after a failure (a rate-limited API must not be hammered by
    // scrolling): only Retry asks again.
    m_calls->setMoreAvailable(false);
    m_callsView->showError(error.message, error.kind != FetchError::Kind::InvalidInput);
}

void BrowsePanel::retryAssistants()
{
    m_assistantsNeedKey = false;
    m_assistantsView->hideError();
    applySettings();
    m_assistantService->retry();
}

void BrowsePanel::retryCalls()
{
    m_callsNeedKey = false;
    m_callsView->hideError();
    m_calls->setMoreAvailable(m_callService->hasMore());
    applySettings();
    m_callService->retry();
}

void BrowsePanel::retryAfterKeyChange()
{
    if (m_assistantsNeedKey)
        retryAssistants();
    if (m_callsNeedKey)
        retryCalls();
}

void BrowsePanel::rememberFilter(const CallFilter &filter)
{
    AppSettings().setBrowseFilter(filter);
}
