#include "review/ReviewFlagsProxyModel.h"

#include "review/ReviewSession.h"

ReviewFlagsProxyModel::ReviewFlagsProxyModel(QObject *parent)
    : QIdentityProxyModel(parent)
{ }

void ReviewFlagsProxyModel::setSession(ReviewSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        connect(m_session, &ReviewSession::flagsChanged, this,
                &ReviewFlagsProxyModel::onFlagsChanged);
    }
    onFlagsChanged();
}

QSet<int> ReviewFlagsProxyModel::flaggedRows() const
{
    QSet<int> rows;
    if (m_session) {
        for (const ReviewFlag &flag : m_session->review().flags)
            rows.insert(flag.turnIndex);
    }
    return rows;
}

void ReviewFlagsProxyModel::onFlagsChanged()
{
    const QSet<int> now = flaggedRows();
    const QSet<int> touched = now + m_flaggedRows;
    m_flaggedRows = now;
    const QList<int> roles{FlagCountRole, FlagCategoriesRole, FlagSummaryRole};
    for (const int row : touched) {
        if (row >= 0 && row < rowCount()) {
            const QModelIndex changed = index(row, 0);
            emit dataChanged(changed, changed, roles);
        }
    }
}

QVariant ReviewFlagsProxyModel::data(const QModelIndex &index, int role) const
{
    if (role < FlagCountRole || role > FlagSummaryRole)
        return QIdentityProxyModel::data(index, role);
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const QList<ReviewFlag> flags =
        m_session ? m_session->flagsForTurn(index.row()) : QList<ReviewFlag>();
    switch (role) {
    case FlagCountRole:
        return int(flags.size());
    case FlagCategoriesRole: {
        QStringList categories;
        for (const ReviewFlag &flag : flags)
            categories.append(flag.category);
        return categories;
    }
    default: {
        QStringList parts;
        for (const ReviewFlag &flag : flags) {
            parts.append(flag.comment.isEmpty()
                             ? flag.category
                             : flag.category + QStringLiteral(": ") + flag.comment);
        }
        return parts.join(QStringLiteral(" · "));
    }
    }
}

QHash<int, QByteArray> ReviewFlagsProxyModel::roleNames() const
{
    QHash<int, QByteArray> names = QIdentityProxyModel::roleNames();
    names.insert(FlagCountRole, "flagCount");
    names.insert(FlagCategoriesRole, "flagCategories");
    names.insert(FlagSummaryRole, "flagSummary");
    return names;
}
