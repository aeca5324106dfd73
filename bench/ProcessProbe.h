#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// Runs a program as a real process and measures it: wall time and the process's own peak RSS
// (from wait4; QProcess reaps its children itself, so it cannot give the latter).
class ProcessProbe final
{
public:
    ProcessProbe() = delete;

    struct Run
    {
        int status = -1; // the exit code, or -1 when the process did not exit normally
        double ms = 0;
        double peakRssMb = 0;
        QByteArray errors; // what it wrote on standard error
    };

    // Standard output goes to `outputFile` (/dev/null when empty), standard error to
    // `errorFile`.
    static Run run(const QString &program, const QStringList &arguments, const QString &errorFile,
                   const QString &outputFile = {});
};
