#include "FakeResources.h"

#include <QFile>
#include <QtDebug>

using namespace Qt::StringLiterals;

// Q_INIT_RESOURCE must be used outside any namespace.
static void initFakeResourcesImpl()
{
    Q_INIT_RESOURCE(localforge_fixtures);
}

void initFakeResources()
{
    static const bool done = [] {
        initFakeResourcesImpl();
        return true;
    }();
    Q_UNUSED(done)
}

QByteArray fixture(const QString &relativePath)
{
    initFakeResources();
    QFile file(u":/fixtures/"_s + relativePath);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("fixture(): cannot open :/fixtures/%s", qUtf8Printable(relativePath));
        return {};
    }
    return file.readAll();
}
