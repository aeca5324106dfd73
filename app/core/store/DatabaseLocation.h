#pragma once

#include <QString>

// What a database location looks like in messages, logs, audit rows and the window: a
// postgresql:// URL keeps its user, host, port and database but loses its password, and a
// password=... setting (in a URL's query or a libpq connection string) loses its value. Every
// place that names a location shows it through here, so a password typed on the command line
// never reaches a terminal, a screenshot or a log.
class DatabaseLocation final
{
public:
    DatabaseLocation() = delete;

    static QString displayable(const QString &location);
    // The driver's own message with the password, if it quotes it anywhere, blanked out.
    static QString withoutSecret(const QString &text, const QString &secret);
};
