<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BackupsWidget</name>
    <message numerus="yes">
        <source>Thabat copies your journal once a day and keeps the copies of the last %n day(s).</source>
        <translation>
            <numerusform>Thabat copies your journal once a day and keeps the copy of the last day.</numerusform>
            <numerusform>Thabat copies your journal once a day and keeps the copies of the last %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It also keeps one copy for each of the last %n week(s).</source>
        <translation>
            <numerusform>It also keeps one copy of the last week.</numerusform>
            <numerusform>It also keeps one copy for each of the last %n weeks.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Board</name>
    <message numerus="yes">
        <source>%n days here</source>
        <translation>
            <numerusform>%n day here</numerusform>
            <numerusform>%n days here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n applications</source>
        <translation>
            <numerusform>%n application</numerusform>
            <numerusform>%n applications</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <source>Wrote %n pages to %1.</source>
        <translation>
            <numerusform>Wrote %n page to %1.</numerusform>
            <numerusform>Wrote %n pages to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote a backup of %n records to %1.</source>
        <translation>
            <numerusform>Wrote a backup of %n record to %1.</numerusform>
            <numerusform>Wrote a backup of %n records to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n applications to %1.</source>
        <translation>
            <numerusform>Wrote %n application to %1.</numerusform>
            <numerusform>Wrote %n applications to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n records from %1.</source>
        <translation>
            <numerusform>Restored %n record from %1.</numerusform>
            <numerusform>Restored %n records from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n applications from %1;</source>
        <translation>
            <numerusform>Imported %n application from %1;</numerusform>
            <numerusform>Imported %n applications from %1;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped %n rows.</source>
        <translation>
            <numerusform>skipped %n row.</numerusform>
            <numerusform>skipped %n rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n applications</source>
        <translation>
            <numerusform>%n application</numerusform>
            <numerusform>%n applications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejections</source>
        <translation>
            <numerusform>%n rejection</numerusform>
            <numerusform>%n rejections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reflections</source>
        <translation>
            <numerusform>%n reflection</numerusform>
            <numerusform>%n reflections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-ins</source>
        <translation>
            <numerusform>%n check-in</numerusform>
            <numerusform>%n check-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n chart files to %1.</source>
        <translation>
            <numerusform>Wrote %n chart file to %1.</numerusform>
            <numerusform>Wrote %n chart files to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rebuilt the search index: %n documents.</source>
        <translation>
            <numerusform>Rebuilt the search index: %n document.</numerusform>
            <numerusform>Rebuilt the search index: %n documents.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message numerus="yes">
        <source>Exported %n contact(s) to %1.</source>
        <translation>
            <numerusform>Exported %n contact to %1.</numerusform>
            <numerusform>Exported %n contacts to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DueNotifier</name>
    <message numerus="yes">
        <source>%n things are due today.</source>
        <translation>
            <numerusform>%n thing is due today.</numerusform>
            <numerusform>%n things are due today.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportImportActions</name>
    <message numerus="yes">
        <source>Wrote %n pages to %1.</source>
        <translation>
            <numerusform>Wrote %n page to %1.</numerusform>
            <numerusform>Wrote %n pages to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n applications.</source>
        <translation>
            <numerusform>Imported %n application.</numerusform>
            <numerusform>Imported %n applications.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GhostingBanner</name>
    <message numerus="yes">
        <source>%n more applications have been as quiet.</source>
        <translation>
            <numerusform>%n more application has been as quiet.</numerusform>
            <numerusform>%n more applications have been as quiet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GrowthPage</name>
    <message numerus="yes">
        <source>cited in %1 of %n %2-stage rejections you reflected on</source>
        <translation>
            <numerusform>cited in %1 of %n %2-stage rejection you reflected on</numerusform>
            <numerusform>cited in %1 of %n %2-stage rejections you reflected on</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n earlier interview(s)</source>
        <translation>
            <numerusform>…and %n earlier interview</numerusform>
            <numerusform>…and %n earlier interviews</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Last %n day</numerusform>
            <numerusform>Last %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last %n month(s)</source>
        <translation>
            <numerusform>Last %n month</numerusform>
            <numerusform>Last %n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonthLookBackBox</name>
    <message numerus="yes">
        <source>%n application(s) sent</source>
        <translation>
            <numerusform>%n application sent</numerusform>
            <numerusform>%n applications sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s)</source>
        <translation>
            <numerusform>%n interview</numerusform>
            <numerusform>%n interviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejection(s) reflected on</source>
        <translation>
            <numerusform>%n rejection reflected on</numerusform>
            <numerusform>%n rejections reflected on</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OnThisDayBox</name>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>%n year ago</numerusform>
            <numerusform>%n years ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>%n month ago</numerusform>
            <numerusform>%n months ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrepCardDialog</name>
    <message numerus="yes">
        <source>%1; %2 of %n actions done</source>
        <translation>
            <numerusform>%1; %2 of %n action done</numerusform>
            <numerusform>%1; %2 of %n actions done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cited after %n rejections at this stage</source>
        <translation>
            <numerusform>cited after %n rejection at this stage</numerusform>
            <numerusform>cited after %n rejections at this stage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message numerus="yes">
        <source> weeks</source>
        <translation>
            <numerusform> week</numerusform>
            <numerusform> weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> days</source>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message numerus="yes">
        <source>%n more to reach this week&apos;s goal.</source>
        <translation>
            <numerusform>%n more to reach this week&apos;s goal.</numerusform>
            <numerusform>%n more to reach this week&apos;s goal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have bounced back from %n rejections: after each one, you applied again.</source>
        <translation>
            <numerusform>You have bounced back from %n rejection: after it, you applied again.</numerusform>
            <numerusform>You have bounced back from %n rejections: after each one, you applied again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After a rejection you usually apply again within %n days. You keep going.</source>
        <translation>
            <numerusform>After a rejection you usually apply again within %n day. You keep going.</numerusform>
            <numerusform>After a rejection you usually apply again within %n days. You keep going.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n applications so far. Each one is practice.</source>
        <translation>
            <numerusform>%n application so far. Each one is practice.</numerusform>
            <numerusform>%n applications so far. Each one is practice.</numerusform>
        </translation>
    </message>
</context>
</TS>
