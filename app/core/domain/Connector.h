#pragma once

#include "app/core/domain/AccessLevel.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUuid>

// A Webex Contact Center connector as stored. The ID is assigned by the store at creation; no
// setter or update path changes it afterwards (the store also refuses it with a trigger).
struct Connector
{
    QUuid id;
    QString name;
    AccessLevels access;
    bool active = true;
    QString authorizedBy;
    QDateTime authorizedAt;
    QString createdBy;
    QDateTime createdAt;
    QString updatedBy;
    QDateTime updatedAt;
    int revision = 0;

    QStringList scopes() const { return ConnectorAccess::scopesFor(access); }
    QString idText() const { return id.toString(QUuid::WithoutBraces); }
    bool isValid() const { return !id.isNull(); }
};
Q_DECLARE_METATYPE(Connector)
