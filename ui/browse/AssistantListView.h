#pragma once

#include "model/AssistantRecord.h"

#include <QWidget>

class AssistantListModel;
class ErrorBanner;
class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;

// The assistants list: filter by typing, pick one (click or Enter), copy its ID (Ctrl+C).
class AssistantListView : public QWidget
{
    Q_OBJECT

public:
    explicit AssistantListView(AssistantListModel *model, QWidget *parent = nullptr);

    void setLoading(bool loading);
    void showError(const QString &message, bool canRetry);
    void hideError();
    void selectModelId(const QString &modelId);
    QListView *listView() const { return m_list; }
    QLineEdit *filterEdit() const { return m_filter; }

signals:
    void assistantChosen(const AssistantRecord &assistant);
    void retryRequested();

private:
    void choose(const QModelIndex &proxyIndex);
    void updateStatus();

    AssistantListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QListView *m_list;
    QLabel *m_status;
    ErrorBanner *m_error;
    bool m_loading = false;
};
