// The composition root of the desktop console: options, language, database, the signed-in
// administrator and the window.
#include "app/core/i18n/TranslationLoader.h"
#include "app/core/service/AdminDirectory.h"
#include "app/core/service/Session.h"
#include "app/core/store/Database.h"
#include "app/core/support/PrintableText.h"
#include "bench/StartupProbe.h"
#include "ui/window/MainWindow.h"
#include "ui/window/WindowSettings.h"

#include <memory>
#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTextStream>

namespace {

constexpr int kExitUsage = 2;
constexpr int kExitDatabase = 4;

int fail(const QString &title, const QString &text, const QString &details, int code)
{
    // The message may quote a --database value or a path: escaped like connectorctl's, so an
    // ESC sequence in it cannot retitle or recolour the terminal.
    QTextStream(stderr)
        << PrintableText::escapedKeepingLines(
               QStringLiteral("connector-console: %1 %2\n").arg(text, details).trimmed())
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
    QCoreApplication::setOrganizationName(QStringLiteral("WebexConnectorsConsole"));
    QCoreApplication::setApplicationName(QStringLiteral("connector-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CONSOLE_VERSION));

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
    QCommandLineOption firstPaintOption(QStringLiteral("report-first-paint"));
    firstPaintOption.setFlags(QCommandLineOption::HiddenFromHelp); // for bench/ only
    parser.addOption(databaseOption);
    parser.addOption(languageOption);
    parser.addOption(firstPaintOption);
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
                    {}, kExitUsage);
    }
    translations.load(language);

    const QString path =
        parser.isSet(databaseOption) ? parser.value(databaseOption) : Database::defaultPath();
    const QString title =
        QCoreApplication::translate("main", "Cannot open the connectors database");
    auto database = Database::open(path);
    if (!database)
        return fail(title, database.error().message(), {}, kExitDatabase);
    AdminDirectory directory(**database);
    if (auto initialised = directory.ensureInitialised(); !initialised)
        return fail(title, initialised.error().message(), {}, kExitDatabase);
    // The person is the account bound to the OS user or database login, never a chosen one; an
    // unbound login still gets the window, showing the access-denied page with the reason.
    auto admin = Session::resolve(**database);
    if (!admin && !admin.error().isRuleRefusal())
        return fail(title, admin.error().message(), {}, kExitDatabase);

    int result = 0;
    {
        MainWindow window(**database, admin ? *admin : AdminAccount(), &translations, nullptr,
                          MainWindow::Loading::AfterFirstPaint);
        if (!admin)
            window.refuseIdentity(admin.error().message());
        if (parser.isSet(firstPaintOption))
            new StartupProbe(&window);
        window.show();
        result = QApplication::exec();
    }
    return result;
}
