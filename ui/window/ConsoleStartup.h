#pragma once

#include "app/core/support/Result.h"

#include <memory>
#include <QString>

class ConsoleContext;
class Database;
class MainWindow;
class TranslationLoader;

// How a console window starts, in one place: the console's main() runs it, and so does the
// benchmark's first-paint child (bench/), so the benchmark times exactly what people start. It
// opens the database (on the first run creating the organisation and its first administrator),
// identifies the person, builds the ConsoleContext with the system keyring for the access token,
// and builds the window, which paints first and reads the connectors after. It owns all three, in
// that order, so the window goes first and the database last.
class ConsoleStartup final
{
    Q_DISABLE_COPY_MOVE(ConsoleStartup)

public:
    ConsoleStartup();
    ~ConsoleStartup();

    // Opens `location` and builds the context and the window (not yet shown). A person bound to
    // no account still gets a window, showing the access-denied page with the reason; any other
    // failure is returned (the database could not be opened, initialised or read).
    Result<void> start(const QString &location, TranslationLoader *translations);

    // After a successful start().
    MainWindow &window() const { return *m_window; }

private:
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ConsoleContext> m_context;
    std::unique_ptr<MainWindow> m_window;
};
