#pragma once

#include <QString>

class QWidget;

// The window's file dialogs, behind a facade a test can pre-answer (as KeePassXC does), so that no
// test ever waits on a native dialog.
class FileDialog final
{
public:
    FileDialog() = delete;

    // An empty string means the person cancelled.
    static QString saveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                                const QString &filter);
    static QString openFileName(QWidget *parent, const QString &caption, const QString &filter);

    // For tests: the next dialog is not shown and answers `fileName` (empty = cancel). Used once.
    static void setNextFileName(const QString &fileName);

private:
    static bool takeNextAnswer(QString *fileName);
};
