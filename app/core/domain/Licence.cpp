#include "app/core/domain/Licence.h"

QString Licences::key(Licence licence)
{
    return licence == Licence::Flex3 ? QStringLiteral("FLEX3") : QStringLiteral("other");
}

Licence Licences::fromKey(const QString &key)
{
    return key.compare(QLatin1String("FLEX3"), Qt::CaseInsensitive) == 0 ? Licence::Flex3
                                                                         : Licence::Other;
}

QString Licences::displayName(Licence licence)
{
    return licence == Licence::Flex3 ? tr("FLEX3") : tr("Other (not FLEX3)");
}
