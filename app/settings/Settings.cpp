#include "Settings.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {
constexpr int ExportFormat = 1;

bool isLocal(const QString &key)
{
    return key.startsWith(u"ui/window");
}
} // namespace

Settings::Settings()
    : m_store(std::make_unique<QSettings>())
{}

Settings::Settings(const QString &iniPath)
    : m_store(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{}

QJsonObject Settings::exportJson() const
{
    QJsonObject values;
    for (const QString &key : m_store->allKeys()) {
        if (isLocal(key))
            continue;
        const QVariant v = m_store->value(key);
        if (v.typeId() == QMetaType::QStringList)
            values.insert(key, QJsonArray::fromStringList(v.toStringList()));
        else if (v.typeId() == QMetaType::Int || v.typeId() == QMetaType::Double ||
                 v.typeId() == QMetaType::Bool || v.typeId() == QMetaType::LongLong)
            values.insert(key, QJsonValue::fromVariant(v));
        else
            values.insert(key, v.toString());
    }
    return QJsonObject{{u"localforgeSettings"_s, ExportFormat}, {u"values"_s, values}};
}

bool Settings::importJson(const QJsonObject &json, QString *error)
{
    if (json.value(u"localforgeSettings").toInt() != ExportFormat ||
        !json.value(u"values").isObject()) {
        if (error)
            *error = tr("This file is not a LocalForge settings file. Nothing was changed.");
        return false;
    }
    const QJsonObject values = json.value(u"values").toObject();
    for (const QString &key : m_store->allKeys()) {
        if (!isLocal(key))
            m_store->remove(key);
    }
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (isLocal(it.key()))
            continue;
        const QJsonValue v = it.value();
        if (v.isArray()) {
            QStringList list;
            for (const QJsonValue &item : v.toArray())
                list.append(item.toString());
            m_store->setValue(it.key(), list);
        } else {
            m_store->setValue(it.key(), v.toVariant());
        }
    }
    m_store->sync();
    return true;
}
