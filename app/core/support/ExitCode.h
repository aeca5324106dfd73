#pragma once

// The exit codes of both programs, defined once: scripts depend on them, so they never change
// meaning. connectorctl uses all of them; connector-console exits with ExitUsage (an unknown
// --lang) and ExitDatabase (the database could not be opened) before its window appears.
enum ExitCode
{
    ExitSuccess = 0,
    ExitRefused = 1, // a rule or the role policy refused the action
    ExitUsage = 2,   // the command line is wrong
    ExitNoMatch = 3, // connectorctl jsonpath: a definite JSON Path matched nothing
    // the database, an output file or standard output could not be opened, read or written
    ExitDatabase = 4,
};
