#pragma once

// connectorctl's exit codes; scripts depend on them, so they never change meaning.
enum ExitCode
{
    ExitSuccess = 0,
    ExitRefused = 1,  // a rule or the role policy refused the action
    ExitUsage = 2,    // the command line is wrong
    ExitDatabase = 4, // the database could not be opened, read or written
};
