#include "app/connectorctl/CtlStream.h"

#include "app/core/support/ExitCode.h"
#include "app/core/support/PrintableText.h"

#include <cerrno>
#include <cstdio>
#include <QIODevice>

namespace {

// The first reason a write to standard output failed; 0 while none has.
int outputErrno = 0;

void writeOut(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return;
    errno = 0;
    if (std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout) != size_t(bytes.size()) &&
        outputErrno == 0)
        outputErrno = errno != 0 ? errno : EIO;
}

// Standard output for QIODevice writers; a failed write still reports every byte written, so a
// writer goes on and the failure surfaces once, in finish().
class StandardOutput final : public QIODevice
{
public:
    StandardOutput() { open(QIODevice::WriteOnly | QIODevice::Unbuffered); }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        writeOut(QByteArray::fromRawData(data, size));
        return size;
    }
};

} // namespace

QIODevice &CtlStream::outDevice()
{
    static StandardOutput device;
    return device;
}

void CtlStream::out(const QString &text)
{
    writeOut(PrintableText::escapedKeepingLines(text).toUtf8());
}

void CtlStream::outBytes(const QByteArray &bytes)
{
    writeOut(bytes);
}

void CtlStream::err(const QString &text)
{
    // Nothing better can be done when stderr itself fails.
    const QByteArray bytes = PrintableText::escapedKeepingLines(text).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

int CtlStream::finish(int exitCode)
{
    errno = 0;
    if (std::fflush(stdout) != 0 && outputErrno == 0)
        outputErrno = errno != 0 ? errno : EIO;
    if (outputErrno == 0 && std::ferror(stdout))
        outputErrno = EIO;
    if (outputErrno == 0)
        return exitCode;
    err(tr("connectorctl: cannot write to standard output: %1").arg(qt_error_string(outputErrno)) +
        u'\n');
    return exitCode == ExitSuccess ? int(ExitDatabase) : exitCode;
}
