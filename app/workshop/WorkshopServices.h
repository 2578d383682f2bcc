#pragma once

class Discovery;
class DownloadQueue;
class GpuInfo;
class ProviderRegistry;
class QNetworkAccessManager;
class Settings;

// What the workshop checklist works with (Core::workshopServices() gives its own).
struct WorkshopServices
{
    QNetworkAccessManager *network = nullptr;
    Discovery *discovery = nullptr;
    ProviderRegistry *providers = nullptr;
    GpuInfo *gpus = nullptr; // may be null: no GPU memory counted
    Settings *settings = nullptr;
    DownloadQueue *downloads = nullptr;
};
