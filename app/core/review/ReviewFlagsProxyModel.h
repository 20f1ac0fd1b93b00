#pragma once

#include <QIdentityProxyModel>
#include <QPointer>
#include <QSet>

class ReviewSession;

// The transcript model as it is, plus the review's flags of each turn as roles, for a delegate
// that draws flags on bubbles: put it between TranscriptModel and the view. Rows whose flags
// change get dataChanged (only those rows), so the view repaints and re-measures just them.
// (A delegate may instead ask ReviewSession::flagsForTurn(row) and listen to flagsChanged.)
class ReviewFlagsProxyModel : public QIdentityProxyModel
{
    Q_OBJECT

public:
    enum Role {
        FlagCountRole = Qt::UserRole + 100, // int
        FlagCategoriesRole, // QStringList, in the order set
        FlagSummaryRole, // "Tone · Repeated itself: comment", for a label
    };

    explicit ReviewFlagsProxyModel(QObject *parent = nullptr);

    void setSession(ReviewSession *session);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void onFlagsChanged();
    QSet<int> flaggedRows() const;

    QPointer<ReviewSession> m_session;
    QSet<int> m_flaggedRows;
};
