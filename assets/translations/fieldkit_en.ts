<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ChecklistsScreen</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n critical</source>
        <translation>
            <numerusform>%n critical</numerusform>
            <numerusform>%n critical</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message numerus="yes">
        <source>%n day(s) old</source>
        <translation>
            <numerusform>%n day old</numerusform>
            <numerusform>%n days old</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message numerus="yes">
        <source>+ %n more pack(s)</source>
        <translation>
            <numerusform>+ %n more pack</numerusform>
            <numerusform>+ %n more packs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Built %1 · %n day(s) old</source>
        <translation>
            <numerusform>Built %1 · %n day old</numerusform>
            <numerusform>Built %1 · %n days old</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryScreen</name>
    <message numerus="yes">
        <source>%n record(s) shown, more as you scroll</source>
        <translation>
            <numerusform>%n record shown, more as you scroll</numerusform>
            <numerusform>%n records shown, more as you scroll</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryWatcher</name>
    <message numerus="yes">
        <source>%n record(s) added</source>
        <translation>
            <numerusform>%n record added</numerusform>
            <numerusform>%n records added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) removed</source>
        <translation>
            <numerusform>%n record removed</numerusform>
            <numerusform>%n records removed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message numerus="yes">
        <source>%n attempt(s) left before your notes are erased.</source>
        <translation>
            <numerusform>%n attempt left before your notes are erased.</numerusform>
            <numerusform>%n attempts left before your notes are erased.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>Try again in %n second.</numerusform>
            <numerusform>Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source> + %n more pack(s)</source>
        <translation>
            <numerusform> + %n more pack</numerusform>
            <numerusform> + %n more packs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackWords</name>
    <message numerus="yes">
        <source>%1, %n second(s) left</source>
        <translation>
            <numerusform>%1, %n second left</numerusform>
            <numerusform>%1, %n seconds left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n update(s)</source>
        <translation>
            <numerusform>%n update</numerusform>
            <numerusform>%n updates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) old</source>
        <translation>
            <numerusform>%n day old</numerusform>
            <numerusform>%n days old</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PassOnPanel</name>
    <message numerus="yes">
        <source>for %n minute(s)</source>
        <translation>
            <numerusform>for %n minute</numerusform>
            <numerusform>for %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n update(s) to %1:</source>
        <translation>
            <numerusform>Copied %n update to %1:</numerusform>
            <numerusform>Copied %n updates to %1:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivacyPanel</name>
    <message numerus="yes">
        <source>After %n wrong passphrase(s)</source>
        <translation>
            <numerusform>After %n wrong passphrase</numerusform>
            <numerusform>After %n wrong passphrases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After %n wrong passphrase(s) in a row your notes are erased; %1 left now.</source>
        <translation>
            <numerusform>After %n wrong passphrase in a row your notes are erased; %1 left now.</numerusform>
            <numerusform>After %n wrong passphrases in a row your notes are erased; %1 left now.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecentRunsModel</name>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunChoiceDialog</name>
    <message numerus="yes">
        <source>%n critical item(s) not done:</source>
        <translation>
            <numerusform>%n critical item not done:</numerusform>
            <numerusform>%n critical items not done:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunScreen</name>
    <message numerus="yes">
        <source>%n critical item(s) not done</source>
        <translation>
            <numerusform>%n critical item not done</numerusform>
            <numerusform>%n critical items not done</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message numerus="yes">
        <source>See all %n library results</source>
        <translation>
            <numerusform>See the %n library result</numerusform>
            <numerusform>See all %n library results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TopicListModel</name>
    <message numerus="yes">
        <source>%n prompt(s)</source>
        <translation>
            <numerusform>%n prompt</numerusform>
            <numerusform>%n prompts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WipeDialog</name>
    <message numerus="yes">
        <source>Erasing in %n second(s)</source>
        <translation>
            <numerusform>Erasing in %n second</numerusform>
            <numerusform>Erasing in %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorksheetListModel</name>
    <message numerus="yes">
        <source>%n field(s) to fill in</source>
        <translation>
            <numerusform>%n field to fill in</numerusform>
            <numerusform>%n fields to fill in</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorksheetPreview</name>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n field</numerusform>
            <numerusform>%n fields</numerusform>
        </translation>
    </message>
</context>
</TS>
