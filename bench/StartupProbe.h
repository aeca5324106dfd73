#pragma once

#include <QObject>

// For the benchmark's FirstPaintChild: prints "first-paint" on standard output once the
// window has painted for the first time, then, when the event loop has caught up with everything
// queued at start-up, "peak-rss-kb N" (the process's high-water resident memory) and quits.
class StartupProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StartupProbe)

public:
    explicit StartupProbe(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reportMemoryAndQuit();
    static qint64 peakResidentKb();

    bool m_painted = false;
};
