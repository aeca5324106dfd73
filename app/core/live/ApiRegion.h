#pragma once

#include <optional>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

// The Webex Contact Center API regions an organisation can be hosted in. The organisation setting
// stores the base URL itself (a custom one is allowed for a proxy or the local simulator); a region
// is only a friendly way to pick one.
class ApiRegion final
{
    Q_DECLARE_TR_FUNCTIONS(ApiRegion)

public:
    enum class Id
    {
        US1,
        EU1,
        EU2,
        ANZ1,
        CA1,
        JP1,
        SG1,
    };

    ApiRegion() = delete;

    // Every region, in the order the settings list offers them (the default first).
    static QList<Id> all();
    static Id defaultRegion() { return Id::US1; }

    // A stable key for settings files and scripts, e.g. "us1".
    static QString key(Id region);
    static std::optional<Id> fromKey(const QString &key);

    static QUrl baseUrl(Id region);
    // The organisation's default: the default region's base URL.
    static QUrl defaultBaseUrl() { return baseUrl(defaultRegion()); }
    // The region whose base URL this is (ignoring a trailing slash), or nullopt for a custom URL.
    static std::optional<Id> fromBaseUrl(const QUrl &url);

    // The region's name for people, with its code, e.g. "United States (US1)".
    static QString displayName(Id region);
};
