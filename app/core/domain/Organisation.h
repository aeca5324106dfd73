#pragma once

#include "app/core/domain/Licence.h"

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
