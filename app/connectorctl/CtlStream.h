#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QIODevice;

// Every byte connectorctl prints goes through here. Text is shown with control characters
// escaped (PrintableText), so a flow name or a file name cannot drive the terminal; exports and
// JSON are written as they are. A failed write to standard output (a full disk, /dev/full, a
// closed pipe) is remembered and turned into a non-zero exit with the system's reason by
// finish(): a script never sees success for a truncated result.
class CtlStream final
{
    Q_DECLARE_TR_FUNCTIONS(CtlStream)

public:
    CtlStream() = delete;

    static void out(const QString &text);
    static void outBytes(const QByteArray &bytes);
    static void err(const QString &text);
    // Standard output as a device, for writers that stream (JsonStreamWriter): its writes go
    // through outBytes(), so finish() sees their failures too.
    static QIODevice &outDevice();
    // Flushes standard output; when any write to it failed, says why on stderr and returns
    // ExitDatabase (unless the command already failed), otherwise `exitCode`.
    static int finish(int exitCode);
};
