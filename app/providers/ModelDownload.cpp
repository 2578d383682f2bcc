#include "ModelDownload.h"

void ModelDownload::update(const Snapshot &snapshot)
{
    if (m_finished)
        return;
    m_snapshot = snapshot;
    Q_EMIT progressed();
}

void ModelDownload::finish(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(error);
}
