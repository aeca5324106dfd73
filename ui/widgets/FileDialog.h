#pragma once

#include <QString>
#include <QStringList>

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
    // Several files at once; an empty list means the person cancelled.
    static QStringList openFileNames(QWidget *parent, const QString &caption,
                                     const QString &filter);

    // For tests: the next dialog is not shown and answers `fileName` (empty = cancel). Used once.
    static void setNextFileName(const QString &fileName);
    // The same for the next openFileNames() (empty = cancel).
    static void setNextFileNames(const QStringList &fileNames);

private:
    static bool takeNextAnswer(QString *fileName);
};
