#pragma once

#include <memory>
#include <QLocale>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTranslator>

// Installs the console's own translation and Qt's for one language, replacing whatever was
// installed before, so the language can change while the program runs.
class TranslationLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TranslationLoader)

public:
    explicit TranslationLoader(QObject *parent = nullptr);
    ~TranslationLoader() override;

    static QStringList supportedLanguages(); // "en", "uk"
    // The supported language closest to the locale: Ukrainian for uk_*, English otherwise.
    static QString languageFor(const QLocale &locale);
    static bool isSupported(const QString &language);

    // Returns false when the console's translation for `language` is missing from the binary.
    bool load(const QString &language);
    const QString &language() const { return m_language; }

private:
    void removeInstalled();

    QString m_language;
    std::unique_ptr<QTranslator> m_appTranslator;
    std::unique_ptr<QTranslator> m_qtTranslator;
};
