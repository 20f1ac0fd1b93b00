#include "browse/AssistantDirectory.h"

AssistantDirectory::AssistantDirectory(QObject *parent)
    : QObject(parent)
{ }

void AssistantDirectory::add(const QList<AssistantRecord> &assistants)
{
    bool changedAny = false;
    for (const AssistantRecord &assistant : assistants) {
        const QString name = assistant.name.simplified();
        auto it = m_names.find(assistant.modelId);
        if (it == m_names.end() || it.value() != name) {
            m_names.insert(assistant.modelId, name);
            changedAny = true;
        }
    }
    if (changedAny)
        emit changed();
}

void AssistantDirectory::clear()
{
    if (m_names.isEmpty())
        return;
    m_names.clear();
    emit changed();
}

QString AssistantDirectory::name(const QString &modelId) const
{
    return m_names.value(modelId);
}

QString AssistantDirectory::displayName(const QString &modelId) const
{
    const QString known = name(modelId);
    return known.isEmpty() ? modelId : tr("%1 (%2)").arg(known, modelId);
}
