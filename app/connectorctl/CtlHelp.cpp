#include "app/connectorctl/CtlHelp.h"

#include "app/core/domain/AdminRole.h"

namespace {

constexpr int LineWidth = 80;
// Where a command's summary starts, and how long a synopsis may be to share its line.
constexpr int SummaryColumn = 41;
// Where an option's description starts.
constexpr int DescriptionColumn = 20;

// Lines of `column` width: the first after `label`, the rest indented to the column.
QString columns(const QString &label, const QStringList &lines, int column)
{
    QString text;
    const QString indent(column, u' ');
    qsizetype first = 0;
    if (label.size() <= column - 2 && !lines.isEmpty()) {
        text = label.leftJustified(column) + lines.first() + u'\n';
        first = 1;
    } else {
        text = label + u'\n';
    }
    for (qsizetype i = first; i < lines.size(); ++i)
        text += indent + lines.at(i) + u'\n';
    return text;
}

} // namespace

CtlHelp::CtlHelp(const CtlRegistry &registry)
    : m_registry(registry)
{}

QStringList CtlHelp::wrapped(const QString &text, int width)
{
    QStringList lines;
    QString line;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            lines.append(line);
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty())
        lines.append(line);
    return lines;
}

QString CtlHelp::commandList(const QList<CtlCommand> &commands)
{
    QString text;
    for (const CtlCommand &command : commands) {
        text += columns(QStringLiteral("  ") + command.synopsis(),
                        wrapped(command.summary, LineWidth - SummaryColumn), SummaryColumn);
    }
    return text;
}

QString CtlHelp::optionList(const QList<CtlOption> &options)
{
    QString text;
    for (const CtlOption &option : options) {
        if (!option.hidden) {
            text += columns(QStringLiteral("  ") + option.label(),
                            wrapped(option.description, LineWidth - DescriptionColumn),
                            DescriptionColumn);
        }
    }
    return text;
}

QString CtlHelp::usageLine() const
{
    QStringList words{QStringLiteral("connectorctl")};
    for (const CtlOption &option : m_registry.globalOptions())
        words.append(option.synopsis());
    words.append(QStringLiteral("COMMAND [ARGS]"));
    return words.join(u' ');
}

QString CtlHelp::program() const
{
    return tr("Usage: %1").arg(usageLine()) + QStringLiteral("\n\n") +
           tr("Manage Webex Contact Center connectors from the command line.") +
           QStringLiteral("\n\n") + tr("Commands:") + u'\n' + commandList(m_registry.commands()) +
           u'\n' +
           tr("ID is a connector ID or its first 8 or more characters. FLOW is a flow ID, its\n"
              "first 8 or more characters, Flow Designer's flowId (its Live version unless\n"
              "--slot latest says otherwise), or a name only one flow has.\n"
              "Roles: %1.")
               .arg(AdminRoles::keys().join(QStringLiteral(", "))) +
           QStringLiteral("\n\n") + tr("Options:") + u'\n' +
           optionList(m_registry.globalOptions() + m_registry.programOptions()) + u'\n' +
           tr("Global options go before the command; '--' ends the options, so a value that "
              "starts\n"
              "with '-' can follow it (connectorctl flows show -- -name-). FILE '-' is standard\n"
              "input for import and jsonpath.\n"
              "\n"
              "Exit codes: 0 success, 1 refused by a rule or role, 2 usage error (also an invalid "
              "JSON Path, or an input file that is not a regular file or is too large), 3 a "
              "definite JSON Path matched nothing, 4 database error or an output that could not "
              "be written.\n");
}

QString CtlHelp::command(const CtlCommand &command) const
{
    QString text =
        tr("Usage: %1").arg(QStringLiteral("connectorctl [GLOBAL OPTIONS] ") + command.synopsis()) +
        QStringLiteral("\n\n") + wrapped(command.summary, LineWidth).join(u'\n') + u'\n';
    const QString options = optionList(command.options);
    if (!options.isEmpty())
        text += u'\n' + tr("Options:") + u'\n' + options;
    return text + u'\n' +
           tr("Run 'connectorctl --help' for the global options and the other "
              "commands.") +
           u'\n';
}

QString CtlHelp::group(const QString &group) const
{
    return tr("Usage: %1")
               .arg(QStringLiteral("connectorctl [GLOBAL OPTIONS] ") + group +
                    QStringLiteral(" COMMAND [ARGS]")) +
           QStringLiteral("\n\n") + tr("Commands:") + u'\n' +
           commandList(m_registry.commandsOf(group)) + u'\n' +
           tr("Run 'connectorctl --help' for the global options and the other commands.") + u'\n';
}
