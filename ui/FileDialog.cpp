#include "FileDialog.h"

#include <optional>
#include <QFileDialog>
#include <QStandardPaths>

namespace {

std::optional<QString> &nextAnswer()
{
    static std::optional<QString> answer;
    return answer;
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
