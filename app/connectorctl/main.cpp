#include "CtlApplication.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("WebexConnectorsConsole"));
    QCoreApplication::setApplicationName(QStringLiteral("connector-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CONSOLE_VERSION));
    return CtlApplication::run(QCoreApplication::arguments());
}
