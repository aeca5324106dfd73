#include "app/core/i18n/TranslationLoader.h"

#include <QCoreApplication>
#include <QLibraryInfo>

TranslationLoader::TranslationLoader(QObject *parent)
    : QObject(parent)
{}

TranslationLoader::~TranslationLoader()
{
    removeInstalled();
}

QStringList TranslationLoader::supportedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("uk")};
}

bool TranslationLoader::isSupported(const QString &language)
{
    return supportedLanguages().contains(language);
}

QString TranslationLoader::languageFor(const QLocale &locale)
{
    return locale.language() == QLocale::Ukrainian ? QStringLiteral("uk") : QStringLiteral("en");
}

void TranslationLoader::removeInstalled()
{
    if (m_appTranslator)
        QCoreApplication::removeTranslator(m_appTranslator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
    m_appTranslator.reset();
    m_qtTranslator.reset();
}

bool TranslationLoader::load(const QString &language)
{
    removeInstalled();
    m_language = isSupported(language) ? language : QStringLiteral("en");
    QLocale::setDefault(
        QLocale(m_language == QLatin1String("uk") ? QLocale::Ukrainian : QLocale::English,
                m_language == QLatin1String("uk") ? QLocale::Ukraine : QLocale::UnitedKingdom));

    auto app = std::make_unique<QTranslator>();
    const bool loaded = app->load(QStringLiteral(":/i18n/connectors_%1.qm").arg(m_language));
    if (loaded) {
        QCoreApplication::installTranslator(app.get());
        m_appTranslator = std::move(app);
    }
    // Standard buttons and context menus come from Qt's own shipped translation.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_%1").arg(m_language),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        m_qtTranslator = std::move(qt);
    }
    return loaded;
}
