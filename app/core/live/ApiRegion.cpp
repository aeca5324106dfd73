#include "app/core/live/ApiRegion.h"

#include "app/core/validation/ApiEndpoint.h"

QList<ApiRegion::Id> ApiRegion::all()
{
    return {Id::US1, Id::EU1, Id::EU2, Id::ANZ1, Id::CA1, Id::JP1, Id::SG1};
}

QString ApiRegion::key(Id region)
{
    switch (region) {
    case Id::US1:
        return QStringLiteral("us1");
    case Id::EU1:
        return QStringLiteral("eu1");
    case Id::EU2:
        return QStringLiteral("eu2");
    case Id::ANZ1:
        return QStringLiteral("anz1");
    case Id::CA1:
        return QStringLiteral("ca1");
    case Id::JP1:
        return QStringLiteral("jp1");
    case Id::SG1:
        return QStringLiteral("sg1");
    }
    return {};
}

std::optional<ApiRegion::Id> ApiRegion::fromKey(const QString &key)
{
    for (Id region : all()) {
        if (ApiRegion::key(region).compare(key, Qt::CaseInsensitive) == 0)
            return region;
    }
    return std::nullopt;
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
