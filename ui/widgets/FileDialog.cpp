#include "ui/widgets/FileDialog.h"

#include <optional>
#include <QFileDialog>
#include <QStandardPaths>

namespace {

std::optional<QString> &nextAnswer()
{
    static std::optional<QString> answer;
    return answer;
}

std::optional<QStringList> &nextAnswers()
{
    static std::optional<QStringList> answers;
    return answers;
}

} // namespace

void FileDialog::setNextFileName(const QString &fileName)
{
    nextAnswer() = fileName;
}

bool FileDialog::takeNextAnswer(QString *fileName)
{
    if (!nextAnswer())
        return false;
    *fileName = *nextAnswer();
    nextAnswer().reset();
    return true;
}

QString FileDialog::saveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                                 const QString &filter)
{
    QString fileName;
    if (takeNextAnswer(&fileName))
        return fileName;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileDialog::getSaveFileName(parent, caption, folder + u'/' + suggested, filter);
}

QString FileDialog::openFileName(QWidget *parent, const QString &caption, const QString &filter)
{
    QString fileName;
    if (takeNextAnswer(&fileName))
        return fileName;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileDialog::getOpenFileName(parent, caption, folder, filter);
}

void FileDialog::setNextFileNames(const QStringList &fileNames)
{
    nextAnswers() = fileNames;
}

QStringList FileDialog::openFileNames(QWidget *parent, const QString &caption,
                                      const QString &filter)
{
    if (nextAnswers()) {
        const QStringList fileNames = *nextAnswers();
        nextAnswers().reset();
        return fileNames;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileDialog::getOpenFileNames(parent, caption, folder, filter);
}
