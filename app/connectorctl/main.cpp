#include "app/connectorctl/CtlApplication.h"
#include "app/core/support/ExitCode.h"
#include "app/core/support/ProgramIdentity.h"
#include "app/core/support/StrictUtf8.h"

#include <cstdio>
#include <cstring>
#include <QCoreApplication>

namespace {

// QCoreApplication::arguments() turns bytes that are not UTF-8 into U+FFFD silently, so a name
// typed in another encoding would be stored as something nobody typed: refuse it first, naming
// the option it belongs to.
bool argumentsAreUtf8(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView bytes(argv[i], qsizetype(std::strlen(argv[i])));
        if (StrictUtf8::firstInvalidByte(bytes) < 0)
            continue;
        const bool afterOption = i > 1 && std::strncmp(argv[i - 1], "--", 2) == 0;
        const QString field =
            afterOption ? QString::fromUtf8(argv[i - 1]) : QStringLiteral("argument %1").arg(i);
        const auto decoded = StrictUtf8::decode(bytes, field);
        std::fprintf(stderr, "connectorctl: %s\n", qPrintable(decoded.error().message()));
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    ProgramIdentity::apply();
    if (!argumentsAreUtf8(argc, argv))
        return ExitUsage;
    return CtlApplication::run(QCoreApplication::arguments());
}
