#include "app/core/live/ApiRegion.h"

#include "app/core/support/EnumKeys.h"
#include "app/core/validation/ApiEndpoint.h"

namespace {

// In the order the settings list offers them, the default first. The key is also the host's
// part: https://api.wxcc-<key>.cisco.com.
constexpr EnumKey<ApiRegion::Id> kRegionKeys[] = {
    {ApiRegion::Id::US1, "us1"},   {ApiRegion::Id::EU1, "eu1"}, {ApiRegion::Id::EU2, "eu2"},
    {ApiRegion::Id::ANZ1, "anz1"}, {ApiRegion::Id::CA1, "ca1"}, {ApiRegion::Id::JP1, "jp1"},
    {ApiRegion::Id::SG1, "sg1"},
};
constexpr EnumKeys kRegions(kRegionKeys);

} // namespace

QList<ApiRegion::Id> ApiRegion::all()
{
    return kRegions.values();
}

QString ApiRegion::key(Id region)
{
    return kRegions.key(region);
}

std::optional<ApiRegion::Id> ApiRegion::fromKey(const QString &key)
{
    return kRegions.fromKey(key, Qt::CaseInsensitive);
}

QUrl ApiRegion::baseUrl(Id region)
{
    // The public API hosts follow one pattern: https://api.wxcc-<region>.cisco.com.
    return QUrl(QStringLiteral("https://api.wxcc-%1.cisco.com").arg(key(region)));
}

std::optional<ApiRegion::Id> ApiRegion::fromBaseUrl(const QUrl &url)
{
    const QUrl normalized = ApiEndpoint::withoutTrailingSlash(url);
    for (Id region : all()) {
        const QUrl candidate = baseUrl(region);
        if (normalized.scheme() == candidate.scheme() &&
            normalized.host().compare(candidate.host(), Qt::CaseInsensitive) == 0 &&
            normalized.port(443) == 443 && normalized.path().isEmpty())
            return region;
    }
    return std::nullopt;
}

QString ApiRegion::displayName(Id region)
{
    switch (region) {
    case Id::US1:
        return tr("United States (US1)");
    case Id::EU1:
        return tr("Europe, United Kingdom (EU1)");
    case Id::EU2:
        return tr("Europe, Germany (EU2)");
    case Id::ANZ1:
        return tr("Australia and New Zealand (ANZ1)");
    case Id::CA1:
        return tr("Canada (CA1)");
    case Id::JP1:
        return tr("Japan (JP1)");
    case Id::SG1:
        return tr("Singapore (SG1)");
    }
    return {};
}
