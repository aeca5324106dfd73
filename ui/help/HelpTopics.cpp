#include "ui/help/HelpTopics.h"

// Each chapter is one translatable text, so a translator sees a whole paragraph and its markup
// at once; the markup is plain HTML that QTextBrowser renders.

QList<HelpTopics::Topic> HelpTopics::all(const QString &shortcutRows)
{
    return {connectors(),   flows(),        activityEditor(),      jsonPath(),
            testRequests(), connectorctl(), keyboard(shortcutRows)};
}

HelpTopics::Topic HelpTopics::connectors()
{
    return {QStringLiteral("connectors"), tr("Connectors"),
            tr("<h2>Webex Contact Center connectors</h2>"
               "<p>A connector lets flows in Flow Designer call the Webex Contact Center APIs with "
               "the organisation's authorisation. Add one with <b>Set up</b> or <b>Add more</b> on "
               "the Webex Contact Center card: give it a unique name, choose read-only access, "
               "read-write access or both, and tick <i>I authorize</i>. The connector ID is "
               "generated when you add it and never changes.</p>"
               "<p>A new connector is active. Its settings are read-only while it is active: "
               "switch <b>Active</b> off and confirm <b>Deactivate</b> to edit or delete it. "
               "Deactivating stops call routing for the flows that use it; do it outside business "
               "hours. Deactivating keeps every setting, and switching <b>Active</b> on again "
               "brings the connector back.</p>"
               "<p>Each card says how many flows and activities use the connector; the details "
               "list them under <b>Used by</b>, and the Deactivate and Delete confirmations name "
               "the flows affected.</p>"
               "<p>Every change is recorded in the connector's <b>History</b>, and <b>Edit &gt; "
               "Undo</b> takes it back with a new, recorded change.</p>"
               "<p>What you may do depends on your administrator role: read-only roles see "
               "everything with the changing controls unavailable. A full administrator can "
               "<b>File &gt; Act as...</b> another administrator; a banner says so, and every "
               "change is recorded with both names.</p>")};
}

HelpTopics::Topic HelpTopics::flows()
{
    return {QStringLiteral("flows"), tr("Flows"),
            tr("<h2>The Flows tab</h2>"
               "<p>The Flows tab lists the flows imported from Flow Designer and, under each flow, "
               "its HTTP Request activities: where the activity is (the main flow or an event "
               "flow such as GLOBAL_EVENTS), its connector, method, request path or URL, and its "
               "status. A flagged activity breaks a rule; a broken one names a connector that is "
               "not in this console. Select a row to see its details and problems below the "
               "list.</p>"
               "<h3>Importing and exporting</h3>"
               "<p><b>File &gt; Import flows...</b> reads one or more Flow Designer export files; "
               "a flow with the same name as an existing one replaces it. An activity that breaks "
               "a rule (a write method through a read-only connector, a connector that is not in "
               "this console, a JSON Path that does not compile) is imported anyway and flagged "
               "with the reason. A file that is not a flow export is refused with a message that "
               "names it.</p>"
               "<p><b>Flow &gt; Export flow...</b> writes the selected flow as Flow Designer JSON, "
               "with your edits and every property the console does not understand, ready to be "
               "imported into Flow Designer. <b>File &gt; Export connectors...</b> and <b>Import "
               "connectors...</b> move connectors and flows together from one database to "
               "another.</p>"
               "<h3>Where-used</h3>"
               "<p>The Connectors tab shows which flows use each connector. Deleting a connector "
               "leaves its activities in place, marked broken here, as Flow Designer does: choose "
               "an existing connector in the activity editor to repair them.</p>"
               "<h3>Finding and changing</h3>"
               "<p>The search field keeps the flows whose name, activities, connectors, methods or "
               "paths match what you type. Enter or a double-click edits the selected activity, "
               "and Delete deletes the selected flow after a confirmation. Read-only roles can "
               "look at flows but not import, edit or delete them.</p>")};
}

HelpTopics::Topic HelpTopics::activityEditor()
{
    return {QStringLiteral("activity"), tr("HTTP Request activity"),
            tr("<h2>The HTTP Request activity editor</h2>"
               "<p>Select an activity in the Flows tab and press Enter or F2 (<b>Flow &gt; Edit "
               "activity...</b>). The editor has Flow Designer's fields and rules:</p>"
               "<ul>"
               "<li><b>Activity label</b>: the name the activity has in the flow.</li>"
               "<li><b>Use authenticated endpoint</b>: when on, the request goes through a "
               "connector, with the organisation's authorisation, to a <b>request path</b> that "
               "starts with \"/\", e.g. /organization/{orgId}/v2/team; when off, to the whole "
               "<b>request URL</b> you give.</li>"
               "<li><b>Connector</b>: type part of a name to find it. A read-only connector allows "
               "GET only; the other methods are marked as not allowed.</li>"
               "<li><b>Method</b>, <b>query parameters</b> and <b>headers</b> (rows of name and "
               "value), <b>content type</b> and <b>request body</b>.</li>"
               "<li><b>Response timeout</b>: 100 to 60,000 ms. <b>Retry attempts</b>: 0 to "
               "5.</li>"
               "<li><b>Output variables</b>: each a unique identifier, filled from the response by "
               "its JSON Path (see JSON Path).</li>"
               "</ul>"
               "<p>A field that breaks a rule says why beside it, and <b>Save</b> stays "
               "unavailable until the activity is valid. A saved change is recorded in the audit "
               "log and goes with the flow when you export it.</p>")};
}

HelpTopics::Topic HelpTopics::jsonPath()
{
    return {QStringLiteral("jsonpath"), tr("JSON Path"),
            tr("<h2>JSON Path</h2>"
               "<p>Output variables are filled by JSON Path expressions in the dialect Flow "
               "Designer uses (Jayway JsonPath). A path starts at <tt>$</tt>, the whole response, "
               "and goes down with <tt>.name</tt> or <tt>['name']</tt>, <tt>[0]</tt> (the first "
               "element), <tt>[-1]</tt> (the last), <tt>[0:2]</tt> (a slice), <tt>*</tt> (every "
               "element) and <tt>..name</tt> (every <i>name</i> at any depth). Filters keep "
               "elements: <tt>$.data[?(@.status == 'active')].id</tt>; they compare with ==, !=, "
               "&lt;, &lt;=, &gt;, &gt;=, =~ (a regular expression), in, nin, subsetof, anyof, "
               "noneof, size and empty. Functions such as <tt>length()</tt>, <tt>min()</tt>, "
               "<tt>max()</tt>, <tt>avg()</tt> and <tt>sum()</tt> end a path.</p>"
               "<p>A definite path (no wildcard, slice, filter or deep scan) gives one value; any "
               "other gives the list of every match. An expression that does not compile is shown "
               "with the position of the first wrong character.</p>"
               "<h3>Testing the parse settings</h3>"
               "<p>On the <b>Test parse settings</b> page of the activity editor, paste a sample "
               "response: each output variable shows what it would receive, or that nothing "
               "matched, as you type. Nothing is sent anywhere.</p>")};
}

HelpTopics::Topic HelpTopics::testRequests()
{
    return {QStringLiteral("test-requests"), tr("Test requests"),
            tr("<h2>Test requests</h2>"
               "<p><b>Send test request</b> in the activity editor (Ctrl+Return) sends the "
               "activity's request to your organisation's Webex Contact Center API and shows the "
               "status, the time taken, the attempts, the response headers, the body (pretty "
               "printed) and the value of each output variable. <b>Cancel request</b> stops "
               "waiting.</p>"
               "<h3>Test request settings</h3>"
               "<p><b>Flow &gt; Test request settings...</b> holds the API region (US1, EU1, EU2, "
               "ANZ1, CA1, JP1, SG1, or a custom base URL), which is an organisation setting kept "
               "in the database, and your own access token. The token is saved in the system "
               "keyring, never in the database or a settings file; without a keyring it is kept "
               "in memory until you close the console, and the dialog says so.</p>"
               "<h3>What is sent</h3>"
               "<p>The method, the base URL followed by the request path (or the request URL), the "
               "query parameters, the activity's headers and body, and your token as "
               "\"Authorization: Bearer\". A header of the activity never replaces the "
               "authorisation. Failed attempts (no answer, 429 or a 5xx status) are retried as "
               "the activity's retry attempts say.</p>"
               "<p>Nothing leaves this computer when the method is not allowed by the connector's "
               "access or your role, the connector is inactive, no token is set, or the address "
               "uses plain http to another computer: the reason is shown instead.</p>")};
}

HelpTopics::Topic HelpTopics::connectorctl()
{
    return {QStringLiteral("connectorctl"), tr("connectorctl"),
            tr("<h2>The command line: connectorctl</h2>"
               "<p><tt>connectorctl</tt> does from a terminal or a script what the console does, "
               "with the same rules, roles and audit log, on the same database: <tt>list</tt>, "
               "<tt>show</tt>, <tt>add</tt>, <tt>edit</tt>, <tt>deactivate</tt>, "
               "<tt>activate</tt>, <tt>delete</tt>, <tt>history</tt>, <tt>export</tt> and "
               "<tt>import</tt> for connectors; <tt>flows list</tt>, <tt>flows import</tt>, "
               "<tt>flows export</tt> and <tt>where-used</tt> for flows; <tt>jsonpath</tt> to try "
               "a JSON Path on a file; <tt>admins</tt> for administrator accounts.</p>"
               "<p>Global options come before the command: <tt>--database PATH</tt>, <tt>--json"
               "</tt>, <tt>--lang uk|en</tt>. For example:</p>"
               "<p><tt>connectorctl add --name \"Queue statistics\" --access read-only "
               "--authorize</tt><br><tt>connectorctl --json list</tt></p>"
               "<p><tt>connectorctl --help</tt> and <tt>man connectorctl</tt> describe every "
               "command, option and exit code. Changes it makes show in an open console within "
               "a second.</p>")};
}

HelpTopics::Topic HelpTopics::keyboard(const QString &shortcutRows)
{
    return {QStringLiteral("keyboard"), tr("Keyboard shortcuts"),
            tr("<h2>Keyboard shortcuts</h2>"
               "<p>Everything works from the keyboard. The keys of the window work wherever the "
               "focus is; the card keys work in the connector lists. In this help, the arrow keys "
               "choose a chapter and Tab moves to its text.</p>"
               "<table cellspacing=\"4\">%1</table>")
                .arg(shortcutRows)};
}
