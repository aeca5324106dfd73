#include "app/core/domain/Licence.h"

#include "app/core/support/EnumKeys.h"

namespace {

// Stored in the organisation row: never rename one.
constexpr EnumKey<Licence> kLicenceKeys[] = {
    {Licence::Flex3, "FLEX3"},
    {Licence::Other, "other"},
};
constexpr EnumKeys kLicences(kLicenceKeys);

} // namespace

QString Licences::key(Licence licence)
{
    return kLicences.key(licence);
}

Licence Licences::fromKey(const QString &key)
{
    return kLicences.fromKey(key, Qt::CaseInsensitive).value_or(Licence::Other);
}

QString Licences::displayName(Licence licence)
{
    return licence == Licence::Flex3 ? tr("FLEX3") : tr("Other (not FLEX3)");
}
