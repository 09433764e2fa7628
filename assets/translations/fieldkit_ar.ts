<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>BackupPanel</name>
    <message>
        <source>Backups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FieldKit copies your data every day and every week, and before each library update. Restoring keeps your current data aside as a backup first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore the chosen backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No backups yet: the first is made today.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bring back your data as it was: %1?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What you have now is kept aside as a backup first, so this can be undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> What you had is kept as: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restored the backup of %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChecklistsScreen</name>
    <message>
        <source>Checklists</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Arrow keys choose; Enter starts a run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your runs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter or double-click opens a run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter opens a run; F2 renames it; Delete deletes it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rename the selected run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rename the selected run (F2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the selected run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the selected run (Delete)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rename the chosen run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the chosen run (asks first)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No runs yet. Choose a checklist and start one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name this run (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. Checkpoint at km 42</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start a run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start a new run of this checklist (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Continue the open run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read the checklist without starting a run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every item and its prompts, without starting a run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The checklist, item by item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No library is loaded, so there are no checklists to show.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no checklist %1 in the library.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Blank: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n critical</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Continue “%1” (%2 of %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>critical</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep in mind: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rename run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New name (blank: the checklist, date and time):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run renamed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the run “%1” with its ticks and notes? This cannot be undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The run was deleted.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CheckpointScreen</name>
    <message>
        <source>Leave checkpoint mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next phase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Previous phase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show or hide the If threatened card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finish the run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undo the last tick, untick or note change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checkpoint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Space or Enter: tick · PgUp / PgDn: phase · Ctrl+Z: undo · Ctrl+Enter: finish · F1: if threatened · F12 or Ctrl+H: hide screen · Esc: leave</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Items in this phase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Space or Enter ticks the highlighted item; a click anywhere on a row ticks it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Item
note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note for the highlighted item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved as you type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run
note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who you met, what was agreed…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep in mind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Previous phase (Page Up)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next phase (Page Down)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finish run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finish this run (Ctrl+Enter); asks first if a critical item is not done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>If threatened (F1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What to do, and never do, under threat (F1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leave (Esc)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leave checkpoint mode (Esc); your ticks are saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>If threatened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>F1 or Esc: back to the checklist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back to the checklist (F1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The If threatened card is not available: no library is loaded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The checkpoint checklist is not available</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run finished: “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · phase %2 of %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This phase is done. Next phase: Page Down.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every item is ticked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overall: %1 of %2 done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing particular for this item.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>— not chosen —</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not answered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set %1 to now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>everywhere</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>built today</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n day(s) old</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>FieldKit help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Does</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FieldKit %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Works offline. Your data stays on this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No library loaded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Libraries:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your data folder:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About FieldKit</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Home</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What are you doing now?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pick what fits the moment. Everything here works without a network.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At a checkpoint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start the checkpoint checklist, full screen, one phase at a time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meeting community leaders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start the checklist for a first meeting with community leaders.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose your track</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dialogue, advocacy, negotiation or persuasion: which fits now?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cultural prompts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Greetings, dress, age, gender, religion: reminders for your setting.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>If threatened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Life before property: what to do, what never to do, what to report.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Worksheets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Debrief, incident report, red lines, iceberg, emergency contacts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opens checkpoint mode; Esc leaves it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recent and unfinished runs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recent and unfinished checklist runs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter or click opens the run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No checklist runs yet. Start one from a card above; every tick is saved at once.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Offline — that's normal: everything works without a network.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Library title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Library age</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opening the library…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No library is loaded. Checklist runs you already have still open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>+ %n more pack(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Built %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Built %1 · today</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Built %1 · %n day(s) old</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Your own data could not be opened, so runs are not shown.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ItemPanel</name>
    <message>
        <source>Not applicable…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark the selected item not applicable here, with a reason if you like</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep in mind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ticked %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not done yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Added during this run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No longer in the current checklist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Applicable again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No prompts for this item.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LibraryScreen</name>
    <message>
        <source>No library is loaded, so there is nothing to show here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search the library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All languages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Publisher</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All publishers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bookmarked only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show bookmarked records only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Years</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number of records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear every filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type, language, publisher, years and bookmarks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Arrow keys move; the record shows on the right</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No records match. Clear a filter or try other words.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n record(s) shown, more as you scroll</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Home</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checklists</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prompts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Worksheets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FieldKit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Navigation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shortcuts and about FieldKit (F1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hide the screen behind a clock (the same key brings it back)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search everything</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find on this screen (where it can), else search everything</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back to the previous screen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Help: shortcuts and about FieldKit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Library status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opening the library…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No library loaded</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source> + %n more pack(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>%1 %2%3 · offline</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PrivacyCover</name>
    <message>
        <source>Clock</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PromptCard</name>
    <message>
        <source>Do</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Avoid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ask yourself</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prompt: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PromptColumn</name>
    <message>
        <source>Prompts for this item</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PromptsScreen</name>
    <message>
        <source>Cultural prompts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your setting:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your setting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show only the prompts that fit where you are working</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Arrow keys choose a topic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prompts in this topic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Arrow keys choose a prompt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prompt card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prompts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No library is loaded, so there are no prompts to show.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Showing the prompts for: %1. Change it here or in Settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Showing the prompts for every setting.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No prompts in this topic for your setting. Choose “All settings” above to see them all.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This prompt is not marked for your setting.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecentRunsModel</name>
    <message>
        <source>just now</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>%1 of %2 ticked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unfinished</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecordDetail</name>
    <message>
        <source>Record details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bookmark this record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bookmark this record (Ctrl+D)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key concepts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your note on this record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only you see this. It is saved as you type.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Its summary, description and key concepts show here, with your note.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>language: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key concepts and takeaways</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>More details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>★ Bookmarked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>☆ Bookmark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Editing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>Export report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF report (*.pdf);;HTML report (*.html)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RunChoiceDialog</name>
    <message>
        <source>Continue or start a new run?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You have an unfinished run of this checklist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Continue “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Continue the run %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Started %1 · %2 of %3 done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Or start a &amp;new run, named (optional):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name of the new run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start a new run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finish the run?</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n critical item(s) not done:</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Finish “%1” anyway?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finish anyway</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RunControl</name>
    <message>
        <source>Runs cannot be started: your data or the library is not open.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RunItemDelegate</name>
    <message>
        <source>Next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ticked %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No longer in the checklist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RunItemsModel</name>
    <message>
        <source>%1: %2 of %3 done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>critical</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ticked %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not applicable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>added during the run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no longer in the checklist</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RunNoteEditor</name>
    <message>
        <source>Note for the whole run</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RunScreen</name>
    <message>
        <source>Finish or reopen the run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the run's report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undo the last tick, untick or note change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No run open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start a run from a checklist, or open one of your past runs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a checklist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finish run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finish this run (Ctrl+Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export report…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the report as HTML or PDF (Ctrl+E)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reset…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reset run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear every tick (notes are kept)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete this run and its notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Worksheet…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a worksheet to this run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fill in a debrief, an incident report... attached to this run; it appears in the run's report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overall progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find in this run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find in this run (Ctrl+F; Esc clears)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear and close the find box</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checklist items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Arrow keys move; Space ticks or unticks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note for this item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note for the selected item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What happened, who you spoke to… (saved as you type)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your own item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add your own item to this phase…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add your own item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add it after the selected item's phase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Author or team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Author or team (in the report)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note for the whole run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who you met, what was agreed… (in the report)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The run was deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>started %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>finished %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n critical item(s) not done</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Reopen run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This run is finished: reopen it to change ticks or notes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Typing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why does “%1” not apply here? (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved at %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note saved %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Marked not applicable — saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Applicable again — saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Item added — saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undone — saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ticked %1 — saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unticked — saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FieldKit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear every tick in this run? Notes are kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear ticks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the run “%1” with its ticks and notes? This cannot be undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing the report…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search everything (Ctrl+K)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search everything</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search the library, checklists and prompts (Ctrl+K). Arrow keys move, Enter opens, Esc closes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing found for “%1”. Try fewer or other words.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <source>Search results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>↑ ↓ to move · Enter to open · Esc to close</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <source>Checklists</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cultural prompts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message numerus="yes">
        <source>See all %n library results</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>At a checkpoint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Community meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clinic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Distribution site</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All settings</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes apply at once and are kept on this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where are you working?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prompts show what fits this setting.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checkpoint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Community meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clinic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Distribution site</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>High contrast helps in bright sun.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Small</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Large</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Huge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FieldKit opens in this language from the next start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the data folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show your data folder in the file manager</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose another data folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep your data in another folder from now on (it is copied there; nothing is deleted)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set by %1 when FieldKit started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your data folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your runs, notes, bookmarks and settings live here, with automatic backups.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chosen by %1 when FieldKit started; to change it, start FieldKit without %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data folder set at start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Library files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Library file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a folder for your data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The data folder is set by %1 when FieldKit starts, so it cannot be changed here; start FieldKit without %1 to choose one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Another FieldKit window is using %1; close it first. Your data stays in %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (from the next start)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FieldKit will use %1 from the next start; your data could not be opened in this session.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your data was copied to %1 and is saved there from now on. The old copy in %2 stays as it was.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FieldKit now uses the data already in %1; what you did in %2 stays there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none loaded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>opening…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This change lasts until you close FieldKit: your data folder could not be opened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FieldKit stays in %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FieldKit will open in %1 from the next start: close it and open it again to switch now.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SheetControl</name>
    <message>
        <source>Worksheets cannot be started: your data or the library is not open.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SheetForm</name>
    <message>
        <source>Keep in mind:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prompt: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open this cultural prompt</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TopicListModel</name>
    <message numerus="yes">
        <source>%n prompt(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>Something went wrong: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WorksheetPreview</name>
    <message>
        <source>Name this sheet (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sheet name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. Debrief, km 42</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attach to the run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start filling in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start a new sheet of this worksheet (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>to read</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WorksheetsScreen</name>
    <message>
        <source>Worksheets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Arrow keys choose; Enter starts one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your sheets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter or double-click opens a sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing filled in yet. Choose a worksheet and start one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the worksheet as HTML or PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export this sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save it as PDF or HTML (Ctrl+E)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete this sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close this sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back to the worksheet list; what you typed is saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Worksheet fields</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no worksheet %1 in the library.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attach to the run “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>started %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>part of the run “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>part of a run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attach to “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attach this sheet to the run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing the report…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Report saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete this sheet?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete “%1” and everything typed in it? This cannot be undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>