#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>

// The window's settings, typed, in one place: geometry, splitter positions and the language.
// They live where QSettings puts the organisation's settings (tests redirect them with
// QStandardPaths test mode).
class WindowSettings final
{
    Q_DISABLE_COPY_MOVE(WindowSettings)

public:
    WindowSettings() = default;

    QByteArray geometry() const;
    void setGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QByteArray pageSplitter() const;
    void setPageSplitter(const QByteArray &state);
    QByteArray sectionSplitter() const;
    void setSectionSplitter(const QByteArray &state);
    // Empty when the person never chose one.
    QString language() const;
    void setLanguage(const QString &language);

private:
    QSettings m_settings;
};
