// The desktop console's entry point: options and language here; the database, the signed-in
// administrator, the ConsoleContext and the window are built by ConsoleStartup, the composition
// root this program shares with the benchmark's first-paint child.
#include "app/core/i18n/TranslationLoader.h"
#include "app/core/store/Database.h"
#include "app/core/support/ExitCode.h"
#include "app/core/support/PrintableText.h"
#include "app/core/support/ProgramIdentity.h"
#include "ui/window/ConsoleStartup.h"
#include "ui/window/MainWindow.h"
#include "ui/window/WindowSettings.h"

#include <memory>
#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTextStream>

namespace {

int fail(const QString &title, const QString &text, const QString &details, int code)
{
    // The message may quote a --database value or a path: escaped like connectorctl's, so an
    // ESC sequence in it cannot retitle or recolour the terminal.
    QTextStream(stderr) << PrintableText::escapedKeepingLines(
                               QStringLiteral("%1: %2 %3\n")
                                   .arg(ProgramIdentity::consoleCommand(), text, details)
                                   .trimmed())
                        << '\n';
    // With no screen to show it on (offscreen runs, CI), stderr and the exit code are the report.
    if (QGuiApplication::platformName() == QLatin1String("offscreen"))
        return code;
    QMessageBox box(QMessageBox::Critical, title, text, QMessageBox::Ok);
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(details);
    box.exec();
    return code;
}

// Whether the command line asks only for --help or --version (options end at "--").
bool asksOnlyForText(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView argument(argv[i]);
        if (argument == "--")
            return false;
        if (argument == "-h" || argument == "--help" || argument == "--help-all" ||
            argument == "-v" || argument == "--version")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    // --help and --version answer without a display: QApplication aborts when there is none.
    const std::unique_ptr<QCoreApplication> application =
        asksOnlyForText(argc, argv) ? std::make_unique<QCoreApplication>(argc, argv)
                                    : std::make_unique<QApplication>(argc, argv);
    ProgramIdentity::apply();

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Desktop console for Webex Contact Center connectors."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        QCoreApplication::translate("main", "Use the connectors database at PATH (default: %1).")
            .arg(Database::defaultPath()),
        QStringLiteral("PATH"));
    const QCommandLineOption languageOption(
        QStringLiteral("lang"),
        QCoreApplication::translate("main", "Language of the window: uk or en."),
        QStringLiteral("LANG"));
    parser.addOption(databaseOption);
    parser.addOption(languageOption);
    parser.process(*application);

    WindowSettings settings;
    QString language = parser.value(languageOption);
    if (language.isEmpty())
        language = settings.language();
    if (language.isEmpty())
        language = TranslationLoader::languageFor(QLocale::system());
    TranslationLoader translations;
    if (!TranslationLoader::isSupported(language)) {
        translations.load(QStringLiteral("en"));
        return fail(QCoreApplication::translate("main", "Connectors console"),
                    QCoreApplication::translate("main", "Unknown language '%1': use uk or en.")
                        .arg(language),
                    {}, ExitUsage);
    }
    translations.load(language);

    const QString path =
        parser.isSet(databaseOption) ? parser.value(databaseOption) : Database::defaultPath();
    ConsoleStartup startup;
    if (auto started = startup.start(path, &translations); !started) {
        return fail(QCoreApplication::translate("main", "Cannot open the connectors database"),
                    started.error().message(), {}, ExitDatabase);
    }
    startup.window().show();
    return QApplication::exec();
}
