#include "app/core/domain/Organisation.h"

QString Organisations::defaultName()
{
    return QStringLiteral("My organisation");
}

QString Organisations::displayName(const Organisation &organisation)
{
    // Databases first opened in Ukrainian before the default was stored untranslated hold the
    // translation itself: the same default, shown in the current language too.
    if (organisation.name == defaultName() ||
        organisation.name == QStringLiteral("Моя організація"))
        return tr("My organisation");
    return organisation.name;
}
