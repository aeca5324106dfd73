#pragma once

// connectorctl's exit codes; scripts depend on them, so they never change meaning.
enum ExitCode
{
    ExitSuccess = 0,
    ExitRefused = 1, // a rule or the role policy refused the action
    ExitUsage = 2,   // the command line is wrong
    // the database, an output file or standard output could not be opened, read or written
    ExitDatabase = 4,
};
