#include "bench/StartupProbe.h"

#include <cstdio>
#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>

StartupProbe::StartupProbe(QWidget *window)
    : QObject(window)
{
    window->installEventFilter(this);
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_painted && event->type() == QEvent::Paint) {
        m_painted = true;
        // Report after this paint has finished, not before it starts.
        QTimer::singleShot(0, this, [this] {
            std::fputs("first-paint\n", stdout);
            std::fflush(stdout);
            // Work queued behind the first paint (loading the rows) runs before this fires.
            QTimer::singleShot(300, this, &StartupProbe::reportMemoryAndQuit);
        });
    }
    return QObject::eventFilter(watched, event);
}

qint64 StartupProbe::peakResidentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

void StartupProbe::reportMemoryAndQuit()
{
    std::printf("peak-rss-kb %lld\n", static_cast<long long>(peakResidentKb()));
    std::fflush(stdout);
    QCoreApplication::quit();
}
