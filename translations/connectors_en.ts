<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CommandParsing</name>
    <message numerus="yes">
        <source>&apos;%1&apos; takes %n argument(s).</source>
        <translation>
            <numerusform>&apos;%1&apos; takes %n argument.</numerusform>
            <numerusform>&apos;%1&apos; takes %n arguments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; takes at most %n argument(s).</source>
        <translation>
            <numerusform>&apos;%1&apos; takes at most %n argument.</numerusform>
            <numerusform>&apos;%1&apos; takes at most %n arguments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; needs at least %n argument(s).</source>
        <translation>
            <numerusform>&apos;%1&apos; needs at least %n argument.</numerusform>
            <numerusform>&apos;%1&apos; needs at least %n arguments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; is the name of %n flows or versions; give the ID of the one you mean (&apos;connectorctl flows list&apos; shows them).</source>
        <translation>
            <numerusform>&apos;%1&apos; is the name of %n flow or version; give the ID of the one you mean (&apos;connectorctl flows list&apos; shows them).</numerusform>
            <numerusform>&apos;%1&apos; is the name of %n flows or versions; give the ID of the one you mean (&apos;connectorctl flows list&apos; shows them).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The Flow Designer flowId &apos;%1&apos; names %n stored versions; this is %2. For %3, add --slot %4.</source>
        <translation>
            <numerusform>The Flow Designer flowId &apos;%1&apos; names %n stored version; this is %2. For %3, add --slot %4.</numerusform>
            <numerusform>The Flow Designer flowId &apos;%1&apos; names %n stored versions; this is %2. For %3, add --slot %4.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConfirmationTexts</name>
    <message numerus="yes">
        <source>Used by %n flow(s):</source>
        <translation>
            <numerusform>Used by %n flow:</numerusform>
            <numerusform>Used by %n flows:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n HTTP Request activity(s)</source>
        <translation>
            <numerusform>%n HTTP Request activity</numerusform>
            <numerusform>%n HTTP Request activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more flow(s).</source>
        <translation>
            <numerusform>…and %n more flow.</numerusform>
            <numerusform>…and %n more flows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The Live version of %n flow(s) takes calls through this connector.</source>
        <translation>
            <numerusform>The Live version of %n flow takes calls through this connector.</numerusform>
            <numerusform>The Live versions of %n flows take calls through this connector.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The Live version of %n flow(s) uses this connector, which is inactive: calls fail there.</source>
        <translation>
            <numerusform>The Live version of %n flow uses this connector, which is inactive: calls fail there.</numerusform>
            <numerusform>The Live versions of %n flows use this connector, which is inactive: calls fail there.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectorDetailPanel</name>
    <message numerus="yes">
        <source>%n activity(s)</source>
        <translation>
            <numerusform>%n activity</numerusform>
            <numerusform>%n activities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectorExchange</name>
    <message numerus="yes">
        <source>%n more problem(s) not listed.</source>
        <translation>
            <numerusform>%n more problem not listed.</numerusform>
            <numerusform>%n more problems not listed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectorListModel</name>
    <message numerus="yes">
        <source>%n flow(s)</source>
        <translation>
            <numerusform>%n flow</numerusform>
            <numerusform>%n flows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(s)</source>
        <translation>
            <numerusform>%n activity</numerusform>
            <numerusform>%n activities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectorTransfer</name>
    <message numerus="yes">
        <source>%n connector(s)</source>
        <translation>
            <numerusform>%n connector</numerusform>
            <numerusform>%n connectors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flow(s)</source>
        <translation>
            <numerusform>%n flow</numerusform>
            <numerusform>%n flows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoreError</name>
    <message numerus="yes">
        <source>Name: use at most %n characters (this name has %1).</source>
        <translation>
            <numerusform>Name: use at most %n character (this name has %1).</numerusform>
            <numerusform>Name: use at most %n characters (this name has %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) cannot be imported, so nothing was imported:</source>
        <translation>
            <numerusform>%n file cannot be imported, so nothing was imported:</numerusform>
            <numerusform>%n files cannot be imported, so nothing was imported:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <comment>bad files not listed</comment>
        <translation>
            <numerusform>…and %n more.</numerusform>
            <numerusform>…and %n more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CtlFormatter</name>
    <message numerus="yes">
        <source>%n connector(s)</source>
        <translation>
            <numerusform>%n connector</numerusform>
            <numerusform>%n connectors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flow(s)</source>
        <translation>
            <numerusform>%n flow</numerusform>
            <numerusform>%n flows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message numerus="yes">
        <source>the file is %n byte(s) long but should be %1; it was cut off</source>
        <translation>
            <numerusform>the file is %n byte long but should be %1; it was cut off</numerusform>
            <numerusform>the file is %n bytes long but should be %1; it was cut off</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExchangeCommands</name>
    <message numerus="yes">
        <source>%n connector(s)</source>
        <translation>
            <numerusform>%n connector</numerusform>
            <numerusform>%n connectors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flow(s)</source>
        <translation>
            <numerusform>%n flow</numerusform>
            <numerusform>%n flows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlowCommands</name>
    <message numerus="yes">
        <source>replaced &quot;%1&quot; (ID %2), %n HTTP Request activity(ies)</source>
        <translation>
            <numerusform>replaced &quot;%1&quot; (ID %2), %n HTTP Request activity</numerusform>
            <numerusform>replaced &quot;%1&quot; (ID %2), %n HTTP Request activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>imported &quot;%1&quot; (ID %2), %n HTTP Request activity(ies)</source>
        <translation>
            <numerusform>imported &quot;%1&quot; (ID %2), %n HTTP Request activity</numerusform>
            <numerusform>imported &quot;%1&quot; (ID %2), %n HTTP Request activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n HTTP Request activity(ies)</source>
        <translation>
            <numerusform>%n HTTP Request activity</numerusform>
            <numerusform>%n HTTP Request activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flow(s)</source>
        <translation>
            <numerusform>%n flow</numerusform>
            <numerusform>%n flows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>would replace &quot;%1&quot; (ID %2) with &quot;%3&quot;, %n HTTP Request activity(ies)</source>
        <translation>
            <numerusform>would replace &quot;%1&quot; (ID %2) with &quot;%3&quot;, %n HTTP Request activity</numerusform>
            <numerusform>would replace &quot;%1&quot; (ID %2) with &quot;%3&quot;, %n HTTP Request activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>would import &quot;%1&quot; as a new flow, %n HTTP Request activity(ies)</source>
        <translation>
            <numerusform>would import &quot;%1&quot; as a new flow, %n HTTP Request activity</numerusform>
            <numerusform>would import &quot;%1&quot; as a new flow, %n HTTP Request activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new flow(s)</source>
        <translation>
            <numerusform>%n new flow</numerusform>
            <numerusform>%n new flows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stored flow(s)</source>
        <translation>
            <numerusform>%n stored flow</numerusform>
            <numerusform>%n stored flows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlowOperations</name>
    <message numerus="yes">
        <source>%n HTTP Request activity(s) break a rule and are flagged in the Flows tab with the reason; edit them before the flow runs.</source>
        <translation>
            <numerusform>%n HTTP Request activity breaks a rule and is flagged in the Flows tab with the reason; edit it before the flow runs.</numerusform>
            <numerusform>%n HTTP Request activities break a rule and are flagged in the Flows tab with the reason; edit them before the flow runs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n flow(s).</source>
        <translation>
            <numerusform>Imported %n flow.</numerusform>
            <numerusform>Imported %n flows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the flow &quot;%1&quot; and its %n HTTP Request activity(s)?</source>
        <translation>
            <numerusform>Delete the flow &quot;%1&quot; and its %n HTTP Request activity?</numerusform>
            <numerusform>Delete the flow &quot;%1&quot; and its %n HTTP Request activities?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replace %n flow(s) with the version in the chosen file(s)?</source>
        <translation>
            <numerusform>Replace %n flow with the version in the chosen file?</numerusform>
            <numerusform>Replace %n flows with the versions in the chosen files?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlowRowText</name>
    <message numerus="yes">
        <source>%n HTTP Request activity(s)</source>
        <translation>
            <numerusform>%n HTTP Request activity</numerusform>
            <numerusform>%n HTTP Request activities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlowTreeModel</name>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n HTTP Request activity(s) of this flow need attention: expand the flow to see why.</source>
        <translation>
            <numerusform>%n HTTP Request activity of this flow needs attention: expand the flow to see why.</numerusform>
            <numerusform>%n HTTP Request activities of this flow need attention: expand the flow to see why.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connector inactive: calls fail in %n of them.</source>
        <translation>
            <numerusform>Connector inactive: calls fail in %n of them.</numerusform>
            <numerusform>Connector inactive: calls fail in %n of them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiveTestPanel</name>
    <message numerus="yes">
        <source>%1 ms in %n attempt(s)</source>
        <translation>
            <numerusform>%1 ms in %n attempt</numerusform>
            <numerusform>%1 ms in %n attempts</numerusform>
        </translation>
    </message>
</context>
</TS>
