#pragma once

#include "review/ReviewStore.h"
#include "storage/ReviewDatabase.h"

#include <QtGlobal>

#include <memory>

// A store on location (a SQLite file or a postgresql:// URL), its changes made by actor; null
// (and a warning) when it cannot be opened. For the suites that run one case on both backends.
inline std::unique_ptr<ReviewStore> openReviewStore(const QString &location, const QString &actor)
{
    auto store = std::make_unique<ReviewStore>();
    store->setActor(actor);
    const ReviewDatabase::Parsed parsed = ReviewDatabase::parse(
        location.contains(QStringLiteral("://")) ? location : QString(), location);
    QString error;
    if (!parsed.ok()
        || store->open(parsed.database, QString(), &error) != ReviewStore::OpenResult::Opened) {
        qWarning("%s%s", qPrintable(parsed.error), qPrintable(error));
        return nullptr;
    }
    return store;
}
