#pragma once

// What the widget tests share: a widget by its object name, what a screen reader reads of one,
// and a Core that talks to one fake Ollama only.
#include "Core.h"

#include <QAccessible>
#include <QDir>
#include <QObject>
#include <QTest>
#include <QUrl>
#include <QWidget>

// A widget by its object name under `parent`; null when there is none (checked where used).
template<typename T>
T *child(const QObject *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

// What a screen reader reads of a widget: its name and description.
inline QString spoken(QWidget *widget)
{
    QAccessibleInterface *a = QAccessible::queryAccessibleInterface(widget);
    return a ? a->text(QAccessible::Name) + u'\n' + a->text(QAccessible::Description) : QString();
}

// One fake Ollama at `ollama`, no scan and no gateway; settings and conversations in `dir`,
// named after the running test.
inline Core::Options oneServerOptions(const QUrl &ollama, const QDir &dir)
{
    Core::Options o;
    o.discovery.candidates = {{ollama, ServerKind::Ollama}};
    o.discovery.intervalMs = 0;
    o.phoenixUrl = QUrl();
    const QString name = QString::fromLatin1(QTest::currentTestFunction());
    o.settingsFile = dir.filePath(name + QStringLiteral(".ini"));
    o.dataFolder = dir.filePath(name);
    return o;
}
