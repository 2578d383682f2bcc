#include "Settings.h"

Settings::Settings()
    : m_store(std::make_unique<QSettings>())
{}

Settings::Settings(const QString &iniPath)
    : m_store(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{}
