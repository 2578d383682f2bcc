#pragma once

#include "OpenAiProvider.h"

// LM Studio: OpenAI-compatible chat, plus its native model list with load state
// (/api/v1/models on 0.4+, /api/v0/models on 0.3.6+, else /v1/models).
class LmStudioProvider final : public OpenAiProvider
{
    Q_OBJECT

public:
    enum class NativeApi { Unknown, V1, V0, None };

    LmStudioProvider(const QUrl &baseUrl, QNetworkAccessManager *nam, QObject *parent = nullptr);

    void listModels(QObject *context, std::function<void(const ModelListResult &)> done) override;
    NativeApi nativeApi() const { return m_api; }

private:
    void tryList(NativeApi api, QObject *context,
                 std::function<void(const ModelListResult &)> done);

    NativeApi m_api = NativeApi::Unknown;
};
