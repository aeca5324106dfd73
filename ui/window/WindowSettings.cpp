#include "ui/window/WindowSettings.h"

namespace {

const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kPageSplitter = QStringLiteral("window/pageSplitter");
const QString kSectionSplitter = QStringLiteral("window/sectionSplitter");
const QString kLanguage = QStringLiteral("ui/language");

} // namespace

QByteArray WindowSettings::geometry() const
{
    return m_settings.value(kGeometry).toByteArray();
}

void WindowSettings::setGeometry(const QByteArray &geometry)
{
    m_settings.setValue(kGeometry, geometry);
}

QByteArray WindowSettings::windowState() const
{
    return m_settings.value(kState).toByteArray();
}

void WindowSettings::setWindowState(const QByteArray &state)
{
    m_settings.setValue(kState, state);
}

QByteArray WindowSettings::pageSplitter() const
{
    return m_settings.value(kPageSplitter).toByteArray();
}

void WindowSettings::setPageSplitter(const QByteArray &state)
{
    m_settings.setValue(kPageSplitter, state);
}

QByteArray WindowSettings::sectionSplitter() const
{
    return m_settings.value(kSectionSplitter).toByteArray();
}

void WindowSettings::setSectionSplitter(const QByteArray &state)
{
    m_settings.setValue(kSectionSplitter, state);
}

QString WindowSettings::language() const
{
    return m_settings.value(kLanguage).toString();
}

void WindowSettings::setLanguage(const QString &language)
{
    m_settings.setValue(kLanguage, language);
}
