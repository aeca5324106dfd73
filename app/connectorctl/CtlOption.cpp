#include "app/connectorctl/CtlOption.h"

QCommandLineOption CtlOption::parserOption() const
{
    QStringList names{name};
    if (!shortName.isEmpty())
        names.prepend(shortName);
    QCommandLineOption option(names, description, placeholder.toLower());
    if (hidden)
        option.setFlags(QCommandLineOption::HiddenFromHelp);
    return option;
}

QString CtlOption::synopsis() const
{
    QString text = QStringLiteral("--") + name;
    if (!placeholder.isEmpty())
        text += u' ' + placeholder + (repeatable ? QStringLiteral("...") : QString());
    return optional ? u'[' + text + u']' : text;
}

QString CtlOption::label() const
{
    QString text = QStringLiteral("--") + name;
    if (!shortName.isEmpty())
        text.prepend(u'-' + shortName + QStringLiteral(", "));
    return placeholder.isEmpty() ? text : text + u' ' + placeholder;
}
