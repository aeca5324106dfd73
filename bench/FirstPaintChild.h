#pragma once

#include <QString>
#include <QStringList>

// The process the benchmark times for first_paint_ms and peak_rss_mb: connector-bench started
// again as `connector-bench --first-paint-child DB LANG`. It starts a window exactly as the console
// does (ConsoleStartup: database, person, context, window painting first), with a StartupProbe
// reporting on standard output, so the measuring code never has to live in the console itself.
class FirstPaintChild final
{
public:
    FirstPaintChild() = delete;

    // The arguments that start the child on `database` in `language`.
    static QStringList arguments(const QString &database, const QString &language);
    // Whether `arguments` (the whole command line) asks for the child.
    static bool isRequested(const QStringList &arguments);
    // Runs the child from `arguments`: shows the window, returns when the probe has reported.
    static int run(const QStringList &arguments);
};
