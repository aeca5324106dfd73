#include "app/core/support/ProgramIdentity.h"

#include <QCoreApplication>

QString ProgramIdentity::version()
{
    return QStringLiteral(CONSOLE_VERSION);
}

void ProgramIdentity::apply()
{
    QCoreApplication::setOrganizationName(organisationName());
    QCoreApplication::setApplicationName(applicationName());
    QCoreApplication::setApplicationVersion(version());
}
