// phoenix.json reader (Phoenix gateway configuration). Invariants: an error comes with no
// profiles; every imported profile has an http(s) address with a host and a positive timeout;
// what LocalForge exports imports back without an error, to the same profiles, and exporting
// those again writes the same bytes.
#include "FuzzSupport.h"
#include "settings/PhoenixConfig.h"

#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json = fuzz::bytes(data, size).toByteArray();
    // Inside or outside the gateway's machine, chosen by the input itself.
    const bool runningOnHost = size > 0 && (data[size - 1] & 1);

    const PhoenixImport first = PhoenixConfig::fromJson(json, runningOnHost);
    if (first.error.isError()) {
        FUZZ_CHECK(first.error.kind == ApiError::Kind::Invalid);
        FUZZ_CHECK(!first.error.message.isEmpty());
        FUZZ_CHECK(first.profiles.isEmpty());
        return 0;
    }
    FUZZ_CHECK(QJsonDocument::fromJson(json).isObject());
    for (const ServerProfile &p : first.profiles) {
        FUZZ_CHECK(p.url.scheme() == u"http" || p.url.scheme() == u"https");
        FUZZ_CHECK(!p.url.host().isEmpty());
        FUZZ_CHECK(!p.defaults.timeoutSeconds || *p.defaults.timeoutSeconds > 0);
        FUZZ_CHECK(!p.viaDockerHost || runningOnHost);
        FUZZ_CHECK(p.name == p.gatewayName);
    }

    const QByteArray exported = PhoenixConfig::toJson(first.profiles, first.defaultProvider);
    const PhoenixImport second = PhoenixConfig::fromJson(exported, runningOnHost);
    FUZZ_CHECK(!second.error.isError());
    FUZZ_CHECK(second.profiles.size() == first.profiles.size());
    FUZZ_CHECK(second.defaultProvider == first.defaultProvider);
    for (qsizetype i = 0; i < first.profiles.size(); ++i) {
        const ServerProfile &a = first.profiles.at(i);
        const ServerProfile &b = second.profiles.at(i);
        FUZZ_CHECK(b.url == a.url);
        FUZZ_CHECK(b.kind == a.kind);
        FUZZ_CHECK(b.enabled == a.enabled);
        FUZZ_CHECK(b.defaultModel == a.defaultModel);
        FUZZ_CHECK(b.defaults == a.defaults);
        FUZZ_CHECK(b.viaDockerHost == a.viaDockerHost);
        // A provider named "" in the file gets a generated name on export.
        if (!a.gatewayName.isEmpty())
            FUZZ_CHECK(b.gatewayName == a.gatewayName);
    }
    FUZZ_CHECK(PhoenixConfig::toJson(second.profiles, second.defaultProvider) == exported);
    return 0;
}
