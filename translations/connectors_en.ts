<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CommandParsing</name>
    <message numerus="yes">
        <source>&apos;%1&apos; takes %n argument(s).</source>
        <translation>
            <numerusform>'%1' takes %n argument.</numerusform>
            <numerusform>'%1' takes %n arguments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; takes at most %n argument(s).</source>
        <translation>
            <numerusform>'%1' takes at most %n argument.</numerusform>
            <numerusform>'%1' takes at most %n arguments.</numerusform>
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
</TS>
