#include "app/connectorctl/CtlCompletion.h"

#include "app/core/domain/AccessLevel.h"
#include "app/core/domain/AdminRole.h"
#include "app/core/flows/FlowVersions.h"

CtlCompletion::CtlCompletion(const CtlRegistry &registry)
    : m_registry(registry)
{}

QStringList CtlCompletion::valuesOf(const CtlOption &option)
{
    switch (option.value) {
    case CtlOption::Value::File:
        return {filesMarker()};
    case CtlOption::Value::AccessLevel:
        return ConnectorAccess::keys(AccessLevel::ReadOnly | AccessLevel::ReadWrite);
    case CtlOption::Value::Role:
        return AdminRoles::keys();
    case CtlOption::Value::Language:
        return {QStringLiteral("uk"), QStringLiteral("en")};
    case CtlOption::Value::Slot:
        return {FlowVersions::slotKey(FlowVersionSlot::Live),
                FlowVersions::slotKey(FlowVersionSlot::Latest)};
    case CtlOption::Value::None:
    case CtlOption::Value::Text:
    case CtlOption::Value::Number:
        break;
    }
    return {};
}

QStringList CtlCompletion::candidates(const QStringList &words) const
{
    const QString current = words.value(words.size() - 1);
    QStringList matching;
    for (const QString &candidate : unfiltered(words.mid(0, words.size() - 1), current)) {
        if (candidate == filesMarker() || candidate.startsWith(current))
            matching.append(candidate);
    }
    return matching;
}

QStringList CtlCompletion::unfiltered(const QStringList &before, const QString &current) const
{
    // The command is the first word that is neither an option nor an option's value; a group
    // ("flows") takes the next such word as its sub-command.
    QStringList command;
    bool afterDashes = false;
    for (qsizetype i = 0; i < before.size(); ++i) {
        const QString &word = before.at(i);
        if (command.isEmpty()) {
            if (const CtlOption *global = m_registry.globalOption(word);
                global && !global->placeholder.isEmpty())
                ++i;
            else if (!word.startsWith(u'-'))
                command.append(word);
        } else if (word == QLatin1String("--")) {
            afterDashes = true;
        } else if (command.size() == 1 && !m_registry.subCommands(command.first()).isEmpty() &&
                   !word.startsWith(u'-')) {
            command.append(word);
        }
    }
    const QString previous = before.value(before.size() - 1);
    const CtlCommand *found = m_registry.find(command.join(u' '));

    // The value of an option is never completed as an option, only with what it may be.
    if (!afterDashes && previous.startsWith(QLatin1String("--"))) {
        const CtlOption *option = found ? found->option(previous.mid(2)) : nullptr;
        if (command.isEmpty())
            option = m_registry.globalOption(previous);
        if (option && !option->placeholder.isEmpty())
            return valuesOf(*option);
    }
    if (command.isEmpty()) {
        if (!current.startsWith(u'-'))
            return m_registry.topLevelWords();
        QStringList options;
        for (const CtlOption &option : m_registry.globalOptions() + m_registry.programOptions())
            options.append(QStringLiteral("--") + option.name);
        return options;
    }
    if (!found)
        return command.size() == 1 ? m_registry.subCommands(command.first()) : QStringList();
    if (current.startsWith(u'-') && !afterDashes) {
        QStringList options;
        for (const CtlOption &option : found->options) {
            if (!option.hidden)
                options.append(QStringLiteral("--") + option.name);
        }
        return options << QStringLiteral("--");
    }
    return found->fileArguments ? QStringList{filesMarker()} : QStringList();
}
