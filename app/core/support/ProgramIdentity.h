#pragma once

#include <QString>

// The names and the version both programs give Qt, defined once. QStandardPaths and QSettings
// derive the data folder (where the default database lives) and the settings file from the
// organisation and application names, so the console and connectorctl must use the same ones:
// otherwise they would open two different default databases.
class ProgramIdentity final
{
public:
    ProgramIdentity() = delete;

    static QString organisationName() { return QStringLiteral("WebexConnectorsConsole"); }
    // The application name both programs share (the folder of the default database).
    static QString applicationName() { return QStringLiteral("connector-console"); }
    // The names people type and see in messages.
    static QString consoleCommand() { return QStringLiteral("connector-console"); }
    static QString ctlCommand() { return QStringLiteral("connectorctl"); }
    // The project's version, set once in the top-level CMakeLists.txt.
    static QString version();

    // Sets the organisation name, the shared application name and the version on the running
    // QCoreApplication.
    static void apply();
};
