#pragma once

#include "domain/Licence.h"

#include <QDateTime>
#include <QString>

struct Organisation
{
    QString name;
    Licence licence = Licence::Flex3;
    QDateTime createdAt;
};
