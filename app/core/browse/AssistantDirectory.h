#pragma once

#include "model/AssistantRecord.h"

#include <QHash>
#include <QObject>
#include <QString>

// model_id -> assistant name, for showing a name wherever a model_id appears (metadata panel,
// exports, reports). Filled from List Assistants pages as they arrive. Copying should still
// give the ID: use idForCopy() (the ID itself) next to displayName().
class AssistantDirectory : public QObject
{
    Q_OBJECT

public:
    explicit AssistantDirectory(QObject *parent = nullptr);

    void add(const QList<AssistantRecord> &assistants);
    void clear();

    bool contains(const QString &modelId) const { return m_names.contains(modelId); }
    QString name(const QString &modelId) const; // empty when unknown or unnamed
    // "Spanish sales (1725…600)" when known; the ID alone otherwise.
    QString displayName(const QString &modelId) const;
    static QString idForCopy(const QString &modelId) { return modelId; }

signals:
    void changed();

private:
    QHash<QString, QString> m_names;
};
