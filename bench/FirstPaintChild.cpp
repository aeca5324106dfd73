#include "bench/FirstPaintChild.h"

#include "app/core/i18n/TranslationLoader.h"
#include "app/core/support/ExitCode.h"
#include "bench/StartupProbe.h"
#include "ui/window/ConsoleStartup.h"
#include "ui/window/MainWindow.h"

#include <QApplication>
#include <QTextStream>

namespace {

const QString kOption = QStringLiteral("--first-paint-child");

} // namespace

QStringList FirstPaintChild::arguments(const QString &database, const QString &language)
{
    return {kOption, database, language};
}

bool FirstPaintChild::isRequested(const QStringList &arguments)
{
    return arguments.size() == 4 && arguments.at(1) == kOption;
}

int FirstPaintChild::run(const QStringList &arguments)
{
    TranslationLoader translations;
    if (!translations.load(arguments.at(3))) {
        QTextStream(stderr) << "connector-bench: unknown language " << arguments.at(3) << '\n';
        return ExitUsage;
    }
    ConsoleStartup startup;
    if (auto started = startup.start(arguments.at(2), &translations); !started) {
        QTextStream(stderr) << "connector-bench: " << started.error().message() << '\n';
        return ExitDatabase;
    }
    new StartupProbe(&startup.window());
    startup.window().show();
    return QApplication::exec();
}
