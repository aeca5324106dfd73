#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

// The chapters of Help > Help contents, in the current language: the Connectors tab, the Flows
// tab, the HTTP Request activity editor, JSON Path, test requests, connectorctl, and the keyboard
// shortcuts (whose table the caller builds from the actions, so it cannot drift from the keys).
class HelpTopics final
{
    Q_DECLARE_TR_FUNCTIONS(HelpTopics)

public:
    HelpTopics() = delete;

    struct Topic
    {
        // Stable, untranslated: "connectors", "flows", "activity", "jsonpath", "test-requests",
        // "connectorctl", "keyboard".
        QString id;
        QString title;
        QString html;
    };

    // `shortcutRows` is the HTML rows (<tr>...</tr>) of the keyboard table.
    static QList<Topic> all(const QString &shortcutRows);

private:
    static Topic connectors();
    static Topic flows();
    static Topic activityEditor();
    static Topic jsonPath();
    static Topic testRequests();
    static Topic connectorctl();
    static Topic keyboard(const QString &shortcutRows);
};
