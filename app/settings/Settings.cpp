#include "Settings.h"

#include "net/UrlCredentials.h"

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
    // Addresses leave without credentials, even from settings written before they were stripped.
    using UrlCredentials::strippedText;
    for (const QString &key : m_store->allKeys()) {
        if (isLocal(key))
            continue;
        const QVariant v = m_store->value(key);
        if (v.typeId() == QMetaType::QStringList) {
            QStringList list = v.toStringList();
            for (QString &item : list)
                item = strippedText(item);
            values.insert(strippedText(key), QJsonArray::fromStringList(list));
        } else if (v.typeId() == QMetaType::Int || v.typeId() == QMetaType::Double ||
                   v.typeId() == QMetaType::Bool || v.typeId() == QMetaType::LongLong) {
            values.insert(strippedText(key), QJsonValue::fromVariant(v));
        } else {
            values.insert(strippedText(key), strippedText(v.toString()));
        }
    }
    return QJsonObject{{u"localforgeSettings"_s, ExportFormat}, {u"values"_s, values}};
}

bool Settings::stripCredentials()
{
    using UrlCredentials::strippedText;
    bool changed = false;
    for (const QString &key : m_store->allKeys()) {
        const QVariant v = m_store->value(key);
        QVariant clean = v;
        if (v.typeId() == QMetaType::QStringList) {
            QStringList list = v.toStringList();
            for (QString &item : list)
                item = strippedText(item);
            clean = list;
        } else if (v.typeId() == QMetaType::QString) {
            clean = strippedText(v.toString());
        }
        const QString cleanKey = strippedText(key);
        if (cleanKey == key && clean == v)
            continue;
        changed = true;
        m_store->remove(key);
        m_store->setValue(cleanKey, clean);
    }
    if (changed)
        m_store->sync();
    return changed;
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
    // Credentials in an imported file's addresses are left out.
    using UrlCredentials::strippedText;
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (isLocal(it.key()))
            continue;
        const QString key = strippedText(it.key());
        const QJsonValue v = it.value();
        if (v.isArray()) {
            QStringList list;
            for (const QJsonValue &item : v.toArray())
                list.append(strippedText(item.toString()));
            m_store->setValue(key, list);
        } else if (v.isString()) {
            m_store->setValue(key, strippedText(v.toString()));
        } else {
            m_store->setValue(key, v.toVariant());
        }
    }
    m_store->sync();
    return true;
}
