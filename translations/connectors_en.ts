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
</context>
<context>
    <name>ConnectorTransfer</name>
    <message numerus="yes">
        <source>Exported %n connector(s) to %1.</source>
        <translation>
            <numerusform>Exported %n connector to %1.</numerusform>
            <numerusform>Exported %n connectors to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n connector(s) from %1?</source>
        <translation>
            <numerusform>Import %n connector from %1?</numerusform>
            <numerusform>Import %n connectors from %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n connector(s).</source>
        <translation>
            <numerusform>Imported %n connector.</numerusform>
            <numerusform>Imported %n connectors.</numerusform>
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
        <source>Exported %n connector(s) to %1.</source>
        <translation>
            <numerusform>Exported %n connector to %1.</numerusform>
            <numerusform>Exported %n connectors to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connector(s) would be imported.</source>
        <translation>
            <numerusform>%n connector would be imported.</numerusform>
            <numerusform>%n connectors would be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n connector(s).</source>
        <translation>
            <numerusform>Imported %n connector.</numerusform>
            <numerusform>Imported %n connectors.</numerusform>
        </translation>
    </message>
</context>
</TS>
