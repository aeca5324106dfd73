#pragma once

#include "app/core/domain/Licence.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

struct Organisation
{
    QString name;
    Licence licence = Licence::Flex3;
    QDateTime createdAt;
    // Where the live test requests of HTTP Request activities go (the organisation's region).
    QString apiBaseUrl = QStringLiteral("https://api.wxcc-us1.cisco.com");
};

class Organisations final
{
    Q_DECLARE_TR_FUNCTIONS(Organisations)

public:
    Organisations() = delete;

    // The name a new database gives its organisation. Stored untranslated, so that it reads in
    // whatever language the console is shown in later, not in the one of the first run.
    static QString defaultName();
    // The organisation's name as shown: the default one in the current language, any other as
    // the administrators wrote it.
    static QString displayName(const Organisation &organisation);
};
