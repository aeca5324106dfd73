#include "bench/ProcessProbe.h"

#include <fcntl.h>
#include <QElapsedTimer>
#include <QFile>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <vector>

extern char **environ;

ProcessProbe::Run ProcessProbe::run(const QString &program, const QStringList &arguments,
                                    const QString &errorFile, const QString &outputFile)
{
    std::vector<QByteArray> storage;
    storage.push_back(QFile::encodeName(program));
    for (const QString &argument : arguments)
        storage.push_back(QFile::encodeName(argument));
    std::vector<char *> argv;
    for (QByteArray &argument : storage)
        argv.push_back(argument.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    const QByteArray outputPath =
        outputFile.isEmpty() ? QByteArray("/dev/null") : QFile::encodeName(outputFile);
    posix_spawn_file_actions_addopen(&actions, 1, outputPath.constData(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0600);
    const QByteArray errorPath = QFile::encodeName(errorFile);
    posix_spawn_file_actions_addopen(&actions, 2, errorPath.constData(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0600);
    Run result;
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    const int started = posix_spawn(&pid, argv.front(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (started != 0)
        qFatal("cannot start %s", qPrintable(program));
    rusage usage{};
    int status = 0;
    if (wait4(pid, &status, 0, &usage) != pid)
        qFatal("wait4 failed");
    result.ms = double(timer.nsecsElapsed()) / 1e6;
    result.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    result.peakRssMb = double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
    QFile errors(errorFile);
    if (errors.open(QIODevice::ReadOnly))
        result.errors = errors.readAll();
    return result;
}
