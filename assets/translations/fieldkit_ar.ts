<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>BackupListModel</name>
    <message>
        <source>daily copy</source>
        <translation>نسخة يومية</translation>
    </message>
    <message>
        <source>weekly copy</source>
        <translation>نسخة أسبوعية</translation>
    </message>
    <message>
        <source>before a library update</source>
        <translation>قبل تحديث المكتبة</translation>
    </message>
    <message>
        <source>kept before a restore</source>
        <translation>محفوظة قبل الاستعادة</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>قبل الاستعادة</translation>
    </message>
    <message>
        <source>damaged file set aside</source>
        <translation>ملف تالف وُضع جانبًا</translation>
    </message>
    <message>
        <source>from the old data location</source>
        <translation>من موقع البيانات السابق</translation>
    </message>
</context>
<context>
    <name>BackupPanel</name>
    <message>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>FieldKit copies your data every day and every week, and before each library update. Restoring keeps your current data aside as a backup first.</source>
        <translation>ينسخ FieldKit بياناتك كل يوم وكل أسبوع، وقبل كل تحديث للمكتبة. وعند الاستعادة تُحفظ بياناتك الحالية أولًا كنسخة احتياطية.</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>النسخ الاحتياطية، الأحدث أولًا</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>استعادة…</translation>
    </message>
    <message>
        <source>Restore the chosen backup</source>
        <translation>استعادة النسخة المختارة</translation>
    </message>
    <message>
        <source>No backups yet: the first is made today.</source>
        <translation>لا توجد نسخ احتياطية بعد: تُصنع الأولى اليوم.</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>هل تريد استعادة هذه النسخة؟</translation>
    </message>
    <message>
        <source>Bring back your data as it was: %1?</source>
        <translation>هل تريد إعادة بياناتك كما كانت: %1؟</translation>
    </message>
    <message>
        <source>What you have now is kept aside as a backup first, so this can be undone.</source>
        <translation>يُحفظ ما لديك الآن أولًا كنسخة احتياطية، لذا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <source> What you had is kept as: %1.</source>
        <translation> ما كان لديك محفوظ باسم: %1.</translation>
    </message>
    <message>
        <source>Restored the backup of %1.</source>
        <translation>استُعيدت نسخة %1.</translation>
    </message>
</context>
<context>
    <name>ChecklistsScreen</name>
    <message>
        <source>Checklists</source>
        <translation>قوائم التحقق</translation>
    </message>
    <message>
        <source>Arrow keys choose; Enter starts a run</source>
        <translation>الأسهم للاختيار؛ Enter يبدأ جولة</translation>
    </message>
    <message>
        <source>Your runs</source>
        <translation>جولاتك</translation>
    </message>
    <message>
        <source>Enter or double-click opens a run</source>
        <translation>Enter أو النقر المزدوج يفتح جولة</translation>
    </message>
    <message>
        <source>Enter opens a run; F2 renames it; Delete deletes it</source>
        <translation>Enter يفتح جولة؛ F2 يعيد تسميتها؛ Delete يحذفها</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>إعادة تسمية…</translation>
    </message>
    <message>
        <source>Rename the selected run</source>
        <translation>إعادة تسمية الجولة المحددة</translation>
    </message>
    <message>
        <source>Rename the selected run (F2)</source>
        <translation>إعادة تسمية الجولة المحددة (F2)</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <source>Delete the selected run</source>
        <translation>حذف الجولة المحددة</translation>
    </message>
    <message>
        <source>Delete the selected run (Delete)</source>
        <translation>حذف الجولة المحددة (Delete)</translation>
    </message>
    <message>
        <source>Rename the chosen run</source>
        <translation>إعادة تسمية الجولة المختارة</translation>
    </message>
    <message>
        <source>Delete the chosen run (asks first)</source>
        <translation>حذف الجولة المختارة (بعد السؤال)</translation>
    </message>
    <message>
        <source>No runs yet. Choose a checklist and start one.</source>
        <translation>لا توجد جولات بعد. اختر قائمة تحقق وابدأ جولة.</translation>
    </message>
    <message>
        <source>Name this run (optional)</source>
        <translation>اسم هذه الجولة (اختياري)</translation>
    </message>
    <message>
        <source>Run name</source>
        <translation>اسم الجولة</translation>
    </message>
    <message>
        <source>e.g. Checkpoint at km 42</source>
        <translation>مثلًا: نقطة تفتيش عند الكيلومتر 42</translation>
    </message>
    <message>
        <source>Start a run</source>
        <translation>بدء جولة</translation>
    </message>
    <message>
        <source>Start a new run of this checklist (Enter)</source>
        <translation>بدء جولة جديدة من قائمة التحقق هذه (Enter)</translation>
    </message>
    <message>
        <source>Continue the open run</source>
        <translation>متابعة الجولة المفتوحة</translation>
    </message>
    <message>
        <source>Read it</source>
        <translation>قراءتها</translation>
    </message>
    <message>
        <source>Read the checklist without starting a run</source>
        <translation>قراءة قائمة التحقق دون بدء جولة</translation>
    </message>
    <message>
        <source>Every item and its prompts, without starting a run</source>
        <translation>كل بند وتذكيراته، دون بدء جولة</translation>
    </message>
    <message>
        <source>The checklist, item by item</source>
        <translation>قائمة التحقق، بندًا بندًا</translation>
    </message>
    <message>
        <source>No library is loaded, so there are no checklists to show.</source>
        <translation>لم تُحمَّل أي مكتبة، لذا لا توجد قوائم تحقق لعرضها.</translation>
    </message>
    <message>
        <source>There is no checklist %1 in the library.</source>
        <translation>لا توجد في المكتبة قائمة تحقق %1.</translation>
    </message>
    <message>
        <source>Blank: %1</source>
        <translation>فارغ: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>لا بنود</numerusform>
            <numerusform>بند واحد</numerusform>
            <numerusform>بندان</numerusform>
            <numerusform>%n بنود</numerusform>
            <numerusform>%n بندًا</numerusform>
            <numerusform>%n بند</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n critical</source>
        <translation>
            <numerusform>لا بنود حرجة</numerusform>
            <numerusform>بند حرج واحد</numerusform>
            <numerusform>بندان حرجان</numerusform>
            <numerusform>%n بنود حرجة</numerusform>
            <numerusform>%n بندًا حرجًا</numerusform>
            <numerusform>%n بند حرج</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue “%1” (%2 of %3)</source>
        <translation>متابعة «%1» (%2 من %3)</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>حرج</translation>
    </message>
    <message>
        <source>Keep in mind: %1</source>
        <translation>تذكّر: %1</translation>
    </message>
    <message>
        <source>Rename run</source>
        <translation>إعادة تسمية الجولة</translation>
    </message>
    <message>
        <source>New name (blank: the checklist, date and time):</source>
        <translation>الاسم الجديد (إن تُرك فارغًا: قائمة التحقق والتاريخ والوقت):</translation>
    </message>
    <message>
        <source>Run renamed.</source>
        <translation>أُعيدت تسمية الجولة.</translation>
    </message>
    <message>
        <source>Delete run</source>
        <translation>حذف الجولة</translation>
    </message>
    <message>
        <source>Delete the run “%1” with its ticks and notes? This cannot be undone.</source>
        <translation>هل تريد حذف الجولة «%1» مع علاماتها وملاحظاتها؟ لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>The run was deleted.</source>
        <translation>حُذفت الجولة.</translation>
    </message>
</context>
<context>
    <name>CheckpointScreen</name>
    <message>
        <source>Leave checkpoint mode</source>
        <translation>الخروج من وضع نقطة التفتيش</translation>
    </message>
    <message>
        <source>Next phase</source>
        <translation>المرحلة التالية</translation>
    </message>
    <message>
        <source>Previous phase</source>
        <translation>المرحلة السابقة</translation>
    </message>
    <message>
        <source>Show or hide the If threatened card</source>
        <translation>إظهار بطاقة «عند التهديد» أو إخفاؤها</translation>
    </message>
    <message>
        <source>Finish the run</source>
        <translation>إنهاء الجولة</translation>
    </message>
    <message>
        <source>Undo the last tick, untick or note change</source>
        <translation>التراجع عن آخر تأشير أو إلغاء تأشير أو تعديل ملاحظة</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>نقطة تفتيش</translation>
    </message>
    <message>
        <source>Space or Enter: tick · PgUp / PgDn: phase · Ctrl+Z: undo · Ctrl+Enter: finish · F1: if threatened · F12 or Ctrl+H: hide screen · Esc: leave</source>
        <translation>Space أو Enter: تأشير · PgUp / PgDn: المرحلة · Ctrl+Z: تراجع · Ctrl+Enter: إنهاء · F1: عند التهديد · F12 أو Ctrl+H: إخفاء الشاشة · Esc: خروج</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>Items in this phase</source>
        <translation>بنود هذه المرحلة</translation>
    </message>
    <message>
        <source>Space or Enter ticks the highlighted item; a click anywhere on a row ticks it</source>
        <translation>Space أو Enter يؤشر البند المظلل؛ والنقر في أي مكان من السطر يؤشره</translation>
    </message>
    <message>
        <source>Item
note</source>
        <translation>ملاحظة
البند</translation>
    </message>
    <message>
        <source>Note for the highlighted item</source>
        <translation>ملاحظة للبند المظلل</translation>
    </message>
    <message>
        <source>Saved as you type</source>
        <translation>يُحفظ أثناء الكتابة</translation>
    </message>
    <message>
        <source>Run
note</source>
        <translation>ملاحظة
الجولة</translation>
    </message>
    <message>
        <source>Who you met, what was agreed…</source>
        <translation>من قابلت، وما الذي اتُّفق عليه…</translation>
    </message>
    <message>
        <source>Keep in mind</source>
        <translation>تذكّر</translation>
    </message>
    <message>
        <source>Previous phase (Page Up)</source>
        <translation>المرحلة السابقة (Page Up)</translation>
    </message>
    <message>
        <source>Next phase (Page Down)</source>
        <translation>المرحلة التالية (Page Down)</translation>
    </message>
    <message>
        <source>Finish run</source>
        <translation>إنهاء الجولة</translation>
    </message>
    <message>
        <source>Finish this run (Ctrl+Enter); asks first if a critical item is not done</source>
        <translation>إنهاء هذه الجولة (Ctrl+Enter)؛ يسأل أولًا إن بقي بند حرج لم يُنجز</translation>
    </message>
    <message>
        <source>If threatened (F1)</source>
        <translation>عند التهديد (F1)</translation>
    </message>
    <message>
        <source>What to do, and never do, under threat (F1)</source>
        <translation>ما يجب فعله، وما لا يجب فعله أبدًا، تحت التهديد (F1)</translation>
    </message>
    <message>
        <source>Leave (Esc)</source>
        <translation>خروج (Esc)</translation>
    </message>
    <message>
        <source>Leave checkpoint mode (Esc); your ticks are saved</source>
        <translation>الخروج من وضع نقطة التفتيش (Esc)؛ علاماتك محفوظة</translation>
    </message>
    <message>
        <source>If threatened</source>
        <translation>عند التهديد</translation>
    </message>
    <message>
        <source>F1 or Esc: back to the checklist</source>
        <translation>F1 أو Esc: العودة إلى قائمة التحقق</translation>
    </message>
    <message>
        <source>Back to the checklist (F1)</source>
        <translation>العودة إلى قائمة التحقق (F1)</translation>
    </message>
    <message>
        <source>The If threatened card is not available: no library is loaded.</source>
        <translation>بطاقة «عند التهديد» غير متاحة: لم تُحمَّل أي مكتبة.</translation>
    </message>
    <message>
        <source>The checkpoint checklist is not available</source>
        <translation>قائمة التحقق الخاصة بنقطة التفتيش غير متاحة</translation>
    </message>
    <message>
        <source>Run finished: “%1”</source>
        <translation>انتهت الجولة: «%1»</translation>
    </message>
    <message>
        <source>%1 · phase %2 of %3</source>
        <translation>%1 · المرحلة %2 من %3</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>أُنجز %1 من %2</translation>
    </message>
    <message>
        <source>This phase is done. Next phase: Page Down.</source>
        <translation>اكتملت هذه المرحلة. المرحلة التالية: Page Down.</translation>
    </message>
    <message>
        <source>Every item is ticked.</source>
        <translation>كل البنود مؤشرة.</translation>
    </message>
    <message>
        <source>Overall: %1 of %2 done</source>
        <translation>الإجمالي: أُنجز %1 من %2</translation>
    </message>
    <message>
        <source>Nothing particular for this item.</source>
        <translation>لا شيء خاص بهذا البند.</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>The pack was refused; nothing was installed.</source>
        <translation>رُفضت الحزمة؛ لم يُثبَّت أي شيء.</translation>
    </message>
    <message>
        <source>This is not a FieldKit pack, or it is incomplete; nothing was installed.</source>
        <translation>هذه ليست حزمة FieldKit أو أنها ناقصة؛ لم يُثبَّت أي شيء.</translation>
    </message>
    <message>
        <source>The pack %1 is not signed by a key FieldKit trusts; it was not installed.</source>
        <translation>الحزمة %1 غير موقّعة بمفتاح يثق به FieldKit؛ لم تُثبَّت.</translation>
    </message>
    <message>
        <source>This is not signed by enough keys FieldKit trusts; it was refused.</source>
        <translation>هذا غير موقّع بعدد كافٍ من المفاتيح التي يثق بها FieldKit؛ رُفض.</translation>
    </message>
    <message>
        <source>A file in the pack is not the one that was signed (damaged or changed); nothing was installed.</source>
        <translation>أحد ملفات الحزمة ليس الملف الذي وُقِّع (تالف أو معدَّل)؛ لم يُثبَّت أي شيء.</translation>
    </message>
    <message>
        <source>This pack is older than the one you already have; it was not installed.</source>
        <translation>هذه الحزمة أقدم من التي لديك بالفعل؛ لم تُثبَّت.</translation>
    </message>
    <message>
        <source>Pack %1 version %2 needs a newer FieldKit; it was skipped.</source>
        <translation>الحزمة %1 الإصدار %2 تحتاج إلى إصدار أحدث من FieldKit؛ تم تخطيها.</translation>
    </message>
    <message>
        <source>This pack needs a newer FieldKit; update FieldKit to install it.</source>
        <translation>تحتاج هذه الحزمة إلى إصدار أحدث من FieldKit؛ حدِّث FieldKit لتثبيتها.</translation>
    </message>
    <message>
        <source>Pack %1 version %2 is damaged; it was skipped.</source>
        <translation>الحزمة %1 الإصدار %2 تالفة؛ تم تخطيها.</translation>
    </message>
    <message>
        <source>A pack is damaged; it was skipped.</source>
        <translation>إحدى الحزم تالفة؛ تم تخطيها.</translation>
    </message>
    <message>
        <source>The files of pack %1 version %2 are missing; it was skipped.</source>
        <translation>ملفات الحزمة %1 الإصدار %2 مفقودة؛ تم تخطيها.</translation>
    </message>
    <message>
        <source>A pack's files are missing; it was skipped.</source>
        <translation>ملفات إحدى الحزم مفقودة؛ تم تخطيها.</translation>
    </message>
    <message>
        <source>The library that came with FieldKit could not be installed as a pack, so it is read where it is.</source>
        <translation>تعذّر تثبيت المكتبة المرفقة مع FieldKit كحزمة، فهي تُقرأ من مكانها.</translation>
    </message>
    <message>
        <source>The pack list has expired; get a fresh copy from the source.</source>
        <translation>انتهت صلاحية قائمة الحزم؛ احصل على نسخة جديدة من المصدر.</translation>
    </message>
    <message>
        <source>The pack is larger than FieldKit allows; it was refused.</source>
        <translation>الحزمة أكبر مما يسمح به FieldKit؛ رُفضت.</translation>
    </message>
    <message>
        <source>The pack holds files it must not hold; it was refused.</source>
        <translation>تحتوي الحزمة على ملفات لا يجوز أن تحتويها؛ رُفضت.</translation>
    </message>
    <message>
        <source>This pack comes from a publisher FieldKit does not trust; it was refused.</source>
        <translation>هذه الحزمة من ناشر لا يثق به FieldKit؛ رُفضت.</translation>
    </message>
    <message>
        <source>The pack was checked but could not be installed; the packs you had are unchanged.</source>
        <translation>فُحصت الحزمة لكن تعذّر تثبيتها؛ الحزم التي لديك لم تتغيّر.</translation>
    </message>
    <message>
        <source>%1 could not be reached; check the connection and try again.</source>
        <translation>تعذّر الوصول إلى %1؛ تحقّق من الاتصال وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The pack source could not be read; check it and try again.</source>
        <translation>تعذّرت قراءة مصدر الحزم؛ تحقّق منه وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate is not one this laptop trusts. If it is your organisation's own server, choose its CA certificate in the CA certificate setting on the Sync screen, then check again.</source>
        <translation>فشل الاتصال الآمن بـ %1: شهادته ليست من الشهادات التي يثق بها هذا الحاسوب. إن كان خادم منظمتك الخاص، فاختر شهادة سلطة التصديق الخاصة به في إعداد «شهادة سلطة التصديق» في شاشة المزامنة، ثم ابحث مجددًا.</translation>
    </message>
    <message>
        <source>The secure connection to the source failed: its certificate is not one this laptop trusts. If it is your organisation's own server, choose its CA certificate in the CA certificate setting on the Sync screen, then check again.</source>
        <translation>فشل الاتصال الآمن بالمصدر: شهادته ليست من الشهادات التي يثق بها هذا الحاسوب. إن كان خادم منظمتك الخاص، فاختر شهادة سلطة التصديق الخاصة به في إعداد «شهادة سلطة التصديق» في شاشة المزامنة، ثم ابحث مجددًا.</translation>
    </message>
    <message>
        <source>The CA certificate file %1 cannot be read (missing, or not PEM certificates); choose another in the CA certificate setting on the Sync screen, or clear it.</source>
        <translation>تتعذّر قراءة ملف شهادة سلطة التصديق %1 (مفقود، أو لا يحوي شهادات PEM)؛ اختر ملفًا آخر في إعداد «شهادة سلطة التصديق» في شاشة المزامنة، أو أفرغ هذا الإعداد.</translation>
    </message>
    <message>
        <source>The CA certificate file cannot be read (missing, or not PEM certificates); choose another in the CA certificate setting on the Sync screen, or clear it.</source>
        <translation>تتعذّر قراءة ملف شهادة سلطة التصديق (مفقود، أو لا يحوي شهادات PEM)؛ اختر ملفًا آخر في إعداد «شهادة سلطة التصديق» في شاشة المزامنة، أو أفرغ هذا الإعداد.</translation>
    </message>
    <message>
        <source>The download was cancelled.</source>
        <translation>أُلغي التنزيل.</translation>
    </message>
    <message>
        <source>%1: the download of only the changes was refused, so the full pack was downloaded instead.</source>
        <translation>%1: رُفض تنزيل التغييرات وحدها، فنُزّلت الحزمة كاملةً بدلًا منها.</translation>
    </message>
    <message>
        <source>The download of only the changes was refused, so the full pack was downloaded instead.</source>
        <translation>رُفض تنزيل التغييرات وحدها، فنُزّلت الحزمة كاملةً بدلًا منها.</translation>
    </message>
    <message>
        <source>%1 was not installed: the source is out of date.</source>
        <translation>لم تُثبَّت الحزمة %1: المصدر قديم.</translation>
    </message>
    <message>
        <source>A new pack was not installed: the source is out of date.</source>
        <translation>لم تُثبَّت حزمة جديدة: المصدر قديم.</translation>
    </message>
    <message>
        <source>No pack is installed on this laptop, so there is nothing to pass on.</source>
        <translation>لا توجد أي حزمة مثبّتة على هذا الحاسوب، فليس هناك ما يُمرَّر إلى غيرك.</translation>
    </message>
    <message>
        <source>Updates are never copied into FieldKit's own data folder; choose a USB drive or another folder.</source>
        <translation>لا تُنسخ التحديثات أبدًا إلى مجلد بيانات FieldKit نفسه؛ اختر قرص USB أو مجلدًا آخر.</translation>
    </message>
    <message>
        <source>%1 is not a folder; choose a drive or a folder.</source>
        <translation>%1 ليس مجلدًا؛ اختر قرصًا أو مجلدًا.</translation>
    </message>
    <message>
        <source>This is not a folder; choose a drive or a folder.</source>
        <translation>هذا ليس مجلدًا؛ اختر قرصًا أو مجلدًا.</translation>
    </message>
    <message>
        <source>This drive already holds newer updates than this laptop has; nothing was copied.</source>
        <translation>يحمل هذا القرص تحديثات أحدث مما على هذا الحاسوب؛ لم يُنسخ شيء.</translation>
    </message>
    <message>
        <source>pack %1 version %2 was installed before FieldKit kept its signed files; sync it again to pass it on</source>
        <translation>ثُبّتت الحزمة %1 الإصدار %2 قبل أن يحتفظ FieldKit بملفاتها الموقّعة؛ زامنها مجددًا لتمريرها إلى غيرك</translation>
    </message>
    <message>
        <source>a pack was installed before FieldKit kept its signed files; sync it again to pass it on</source>
        <translation>ثُبّتت حزمة قبل أن يحتفظ FieldKit بملفاتها الموقّعة؛ زامنها مجددًا لتمريرها إلى غيرك</translation>
    </message>
    <message>
        <source>pack %1 version %2 came with another pack list than the newest this laptop holds; sync it again from a source to pass it on</source>
        <translation>وصلت الحزمة %1 الإصدار %2 مع قائمة حزم غير أحدث قائمة على هذا الحاسوب؛ زامنها مجددًا من مصدر لتمريرها إلى غيرك</translation>
    </message>
    <message>
        <source>a pack came with another pack list than the newest this laptop holds; sync it again from a source to pass it on</source>
        <translation>وصلت حزمة مع قائمة حزم غير أحدث قائمة على هذا الحاسوب؛ زامنها مجددًا من مصدر لتمريرها إلى غيرك</translation>
    </message>
    <message>
        <source>Port %1 is used by another program, so nothing is shared.</source>
        <translation>المنفذ %1 يستخدمه برنامج آخر، لذا لم تتم مشاركة أي شيء.</translation>
    </message>
    <message>
        <source>The network port is used by another program, so nothing is shared.</source>
        <translation>منفذ الشبكة يستخدمه برنامج آخر، لذا لم تتم مشاركة أي شيء.</translation>
    </message>
    <message>
        <source>Your data could not be opened or saved.</source>
        <translation>تعذّر فتح بياناتك أو حفظها.</translation>
    </message>
    <message>
        <source>The disk is full; free some space and try again.</source>
        <translation>القرص ممتلئ؛ أفرِغ بعض المساحة وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Your data file is in use by another FieldKit window or program; close it and try again.</source>
        <translation>ملف بياناتك مستخدم في نافذة FieldKit أخرى أو برنامج آخر؛ أغلقه وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Your data file is read-only; check its permissions.</source>
        <translation>ملف بياناتك للقراءة فقط؛ تحقّق من أذوناته.</translation>
    </message>
    <message>
        <source>Your data file is damaged; restore a backup in Settings.</source>
        <translation>ملف بياناتك تالف؛ استعد نسخة احتياطية من الإعدادات.</translation>
    </message>
    <message>
        <source>Your data was written by a newer FieldKit; update FieldKit to open it.</source>
        <translation>كُتبت بياناتك بإصدار أحدث من FieldKit؛ حدِّث FieldKit لفتحها.</translation>
    </message>
    <message>
        <source>The passphrase is wrong; nothing was opened.</source>
        <translation>عبارة المرور خاطئة؛ لم يُفتح أي شيء.</translation>
    </message>
    <message>
        <source>This key does not open the data in this folder.</source>
        <translation>هذا المفتاح لا يفتح البيانات في هذا المجلد.</translation>
    </message>
    <message>
        <source>Your data is locked: a passphrase is needed to open it.</source>
        <translation>بياناتك مقفلة: يلزم إدخال عبارة مرور لفتحها.</translation>
    </message>
    <message>
        <source>Your data already has a passphrase; change it with the current one.</source>
        <translation>لبياناتك عبارة مرور بالفعل؛ غيّرها باستخدام العبارة الحالية.</translation>
    </message>
    <message>
        <source>The backup could not be made.</source>
        <translation>تعذّر إنشاء النسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>There is no backup named %1.</source>
        <translation>لا توجد نسخة احتياطية باسم %1.</translation>
    </message>
    <message>
        <source>That backup no longer exists.</source>
        <translation>هذه النسخة الاحتياطية لم تعد موجودة.</translation>
    </message>
    <message>
        <source>The data folder is read-only, so nothing can be restored into it; %1 itself is intact.</source>
        <translation>مجلد البيانات للقراءة فقط، فلا يمكن استعادة أي شيء إليه؛ النسخة %1 نفسها سليمة.</translation>
    </message>
    <message>
        <source>The data folder is read-only, so nothing can be restored into it.</source>
        <translation>مجلد البيانات للقراءة فقط، فلا يمكن استعادة أي شيء إليه.</translation>
    </message>
    <message>
        <source>The backup could not be restored; your data is unchanged.</source>
        <translation>تعذّرت استعادة النسخة الاحتياطية؛ بياناتك لم تتغيّر.</translation>
    </message>
    <message>
        <source>The damaged data file could not be moved aside, so the backup was not restored; your data is unchanged.</source>
        <translation>تعذّر نقل ملف البيانات التالف جانبًا، لذا لم تُستعَد النسخة الاحتياطية؛ بياناتك لم تتغيّر.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be opened in a read-only folder; copy the data folder somewhere writable and restore from there.</source>
        <translation>لا يمكن فتح النسخة الاحتياطية %1 في مجلد للقراءة فقط؛ انسخ مجلد البيانات إلى مكان قابل للكتابة واستعِد منه.</translation>
    </message>
    <message>
        <source>The backup cannot be opened in a read-only folder; copy the data folder somewhere writable and restore from there.</source>
        <translation>لا يمكن فتح النسخة الاحتياطية في مجلد للقراءة فقط؛ انسخ مجلد البيانات إلى مكان قابل للكتابة واستعِد منه.</translation>
    </message>
    <message>
        <source>Close the other FieldKit window using this data folder first, then restore.</source>
        <translation>أغلق أولًا نافذة FieldKit الأخرى التي تستخدم مجلد البيانات هذا، ثم استعد.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged or not FieldKit data; choose another.</source>
        <translation>النسخة الاحتياطية %1 تالفة أو ليست من بيانات FieldKit؛ اختر غيرها.</translation>
    </message>
    <message>
        <source>This backup is damaged or not FieldKit data; choose another.</source>
        <translation>هذه النسخة الاحتياطية تالفة أو ليست من بيانات FieldKit؛ اختر غيرها.</translation>
    </message>
    <message>
        <source>%1 cannot be written there; choose another place.</source>
        <translation>لا يمكن كتابة %1 هناك؛ اختر مكانًا آخر.</translation>
    </message>
    <message>
        <source>The file cannot be written there; choose another place.</source>
        <translation>لا يمكن كتابة الملف هناك؛ اختر مكانًا آخر.</translation>
    </message>
    <message>
        <source>%1 could not be written: the disk is full; free some space and try again.</source>
        <translation>تعذّرت كتابة %1: القرص ممتلئ؛ أفرِغ بعض المساحة وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>No output file was given.</source>
        <translation>لم يُحدَّد ملف للإخراج.</translation>
    </message>
    <message>
        <source>%1 is inside your FieldKit data folder, which only FieldKit writes; choose a file outside it.</source>
        <translation>%1 داخل مجلد بيانات FieldKit الذي لا يكتب فيه إلا FieldKit؛ اختر ملفًا خارجه.</translation>
    </message>
    <message>
        <source>This is inside your FieldKit data folder, which only FieldKit writes; choose a file outside it.</source>
        <translation>هذا داخل مجلد بيانات FieldKit الذي لا يكتب فيه إلا FieldKit؛ اختر ملفًا خارجه.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a folder, a link or a device); give the path of a file to write.</source>
        <translation>%1 ليس ملفًا عاديًا (مجلد أو رابط أو جهاز)؛ أعطِ مسار ملف للكتابة فيه.</translation>
    </message>
    <message>
        <source>This is not a regular file; give the path of a file to write.</source>
        <translation>هذا ليس ملفًا عاديًا؛ أعطِ مسار ملف للكتابة فيه.</translation>
    </message>
    <message>
        <source>The report could not be written.</source>
        <translation>تعذّرت كتابة التقرير.</translation>
    </message>
    <message>
        <source>The library %1 cannot be opened; it is missing, damaged or not a FieldKit library.</source>
        <translation>لا يمكن فتح المكتبة %1؛ فهي مفقودة أو تالفة أو ليست مكتبة FieldKit.</translation>
    </message>
    <message>
        <source>The library cannot be opened.</source>
        <translation>لا يمكن فتح المكتبة.</translation>
    </message>
    <message>
        <source>%1 cannot be read as a library record.</source>
        <translation>لا يمكن قراءة %1 كسجل في المكتبة.</translation>
    </message>
    <message>
        <source>A library record cannot be read.</source>
        <translation>تتعذّر قراءة أحد سجلات المكتبة.</translation>
    </message>
    <message>
        <source>The library could not be built.</source>
        <translation>تعذّر بناء المكتبة.</translation>
    </message>
    <message>
        <source>The source file %1 is not valid.</source>
        <translation>ملف المصدر %1 غير صالح.</translation>
    </message>
    <message>
        <source>A source file is not valid.</source>
        <translation>أحد ملفات المصدر غير صالح.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read for the build.</source>
        <translation>لا يمكن قراءة الملف %1 للبناء.</translation>
    </message>
    <message>
        <source>A file cannot be read for the build.</source>
        <translation>أحد الملفات لا يمكن قراءته للبناء.</translation>
    </message>
    <message>
        <source>Nothing has the id %1.</source>
        <translation>لا يوجد عنصر بالمعرّف %1.</translation>
    </message>
    <message>
        <source>That item no longer exists.</source>
        <translation>هذا العنصر لم يعد موجودًا.</translation>
    </message>
    <message>
        <source>This run is finished; reopen it to change it.</source>
        <translation>هذه الجولة منتهية؛ أعد فتحها لتغييرها.</translation>
    </message>
    <message>
        <source>An added item needs some text.</source>
        <translation>العنصر المضاف يحتاج إلى نص.</translation>
    </message>
    <message>
        <source>This value does not fit the field.</source>
        <translation>هذه القيمة لا تناسب الحقل.</translation>
    </message>
    <message>
        <source>That is not something FieldKit can wipe.</source>
        <translation>هذا ليس شيئًا يستطيع FieldKit مسحه.</translation>
    </message>
    <message>
        <source>%1: version %2 was already installed.</source>
        <translation>%1: الإصدار %2 كان مثبّتًا بالفعل.</translation>
    </message>
    <message>
        <source>%1: installed version %2.</source>
        <translation>%1: تم تثبيت الإصدار %2.</translation>
    </message>
    <message>
        <source>%1: updated from version %2 to version %3.</source>
        <translation>%1: تم التحديث من الإصدار %2 إلى الإصدار %3.</translation>
    </message>
    <message>
        <source>%1: updated from version %2 to version %3 (only the changes were downloaded).</source>
        <translation>%1: تم التحديث من الإصدار %2 إلى الإصدار %3 (نُزّلت التغييرات فقط).</translation>
    </message>
    <message>
        <source>Everything is up to date: nothing was changed.</source>
        <translation>كل شيء محدَّث: لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>Skipped %1.</source>
        <translation>تم تخطي %1.</translation>
    </message>
    <message>
        <source>Skipped %1: %2.</source>
        <translation>تم تخطي %1: %2</translation>
    </message>
    <message>
        <source>The source was out of date: content as of %1.</source>
        <translation>كان المصدر قديمًا: المحتوى بتاريخ %1.</translation>
    </message>
    <message>
        <source>Refused: this update is not signed by a publisher this device trusts, so nothing was installed. Do not use this source. (%1)</source>
        <translation>مرفوض: هذا التحديث غير موقّع من ناشر يثق به هذا الجهاز، لذلك لم يُثبَّت أي شيء. لا تستخدم هذا المصدر. (%1)</translation>
    </message>
    <message>
        <source>Refused: a file on this source is not the one its publisher signed (damaged or tampered with), so nothing was installed. (%1)</source>
        <translation>مرفوض: أحد الملفات في هذا المصدر ليس الملف الذي وقّعه ناشره (تالف أو تم العبث به)، لذلك لم يُثبَّت أي شيء. (%1)</translation>
    </message>
    <message>
        <source>Refused: this source is out of date. (%1)</source>
        <translation>مرفوض: هذا المصدر قديم. (%1)</translation>
    </message>
    <message>
        <source>Could not reach the source or read from it (no network, too slow, or the drive was removed). Nothing was changed; try again later. (%1)</source>
        <translation>تعذّر الوصول إلى المصدر أو القراءة منه (لا شبكة، أو بطء شديد، أو أُزيل القرص). لم يتغيّر شيء؛ حاول لاحقًا. (%1)</translation>
    </message>
</context>
<context>
    <name>ExportOptionsDialog</name>
    <message>
        <source>Export report</source>
        <translation>تصدير التقرير</translation>
    </message>
    <message>
        <source>A report is saved as an ordinary file (PDF or HTML): it is not encrypted, even with a passphrase set, so anyone who gets the file can read everything in it.</source>
        <translation>يحفظ التقرير كملف عادي (PDF أو HTML): لا يكون مشفرا حتى مع تعيين عبارة مرور، لذا يستطيع أي شخص يحصل على الملف قراءة كل ما فيه.</translation>
    </message>
    <message>
        <source>Share-safe: leave out notes, names and worksheets</source>
        <translation>آمن للمشاركة: استبعاد الملاحظات والأسماء وأوراق العمل</translation>
    </message>
    <message>
        <source>Share-safe report</source>
        <translation>تقرير آمن للمشاركة</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>اختيار ملف…</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>— not chosen —</source>
        <translation>— لم يُختر —</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>لم تتم الإجابة</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>الآن</translation>
    </message>
    <message>
        <source>Set %1 to now</source>
        <translation>ضبط %1 على الوقت الحالي</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>مسح %1</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>everywhere</source>
        <translation>في كل مكان</translation>
    </message>
    <message>
        <source>built today</source>
        <translation>بُنيت اليوم</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) old</source>
        <translation>
            <numerusform>عمرها أقل من يوم</numerusform>
            <numerusform>عمرها يوم واحد</numerusform>
            <numerusform>عمرها يومان</numerusform>
            <numerusform>عمرها %n أيام</numerusform>
            <numerusform>عمرها %n يومًا</numerusform>
            <numerusform>عمرها %n يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>FieldKit help</source>
        <translation>مساعدة FieldKit</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>About</source>
        <translation>حول</translation>
    </message>
    <message>
        <source>Close help</source>
        <translation>إغلاق المساعدة</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>الوظيفة</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>FieldKit %1</source>
        <translation>FieldKit %1</translation>
    </message>
    <message>
        <source>Works offline. Your data stays on this computer.</source>
        <translation>يعمل دون اتصال. تبقى بياناتك على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>No library loaded</source>
        <translation>لم تُحمَّل أي مكتبة</translation>
    </message>
    <message>
        <source>Libraries:</source>
        <translation>المكتبات:</translation>
    </message>
    <message>
        <source>Your data folder:</source>
        <translation>مجلد بياناتك:</translation>
    </message>
    <message>
        <source>About FieldKit</source>
        <translation>حول FieldKit</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Home</source>
        <translation>الرئيسية</translation>
    </message>
    <message>
        <source>What are you doing now?</source>
        <translation>ماذا تفعل الآن؟</translation>
    </message>
    <message>
        <source>Pick what fits the moment. Everything here works without a network.</source>
        <translation>اختر ما يناسب اللحظة. كل شيء هنا يعمل دون شبكة.</translation>
    </message>
    <message>
        <source>At a checkpoint</source>
        <translation>عند نقطة تفتيش</translation>
    </message>
    <message>
        <source>Start the checkpoint checklist, full screen, one phase at a time.</source>
        <translation>بدء قائمة تحقق نقطة التفتيش، بملء الشاشة، مرحلة بعد مرحلة.</translation>
    </message>
    <message>
        <source>Meeting community leaders</source>
        <translation>لقاء قادة المجتمع</translation>
    </message>
    <message>
        <source>Start the checklist for a first meeting with community leaders.</source>
        <translation>بدء قائمة التحقق للقاء أول مع قادة المجتمع.</translation>
    </message>
    <message>
        <source>Choose your track</source>
        <translation>اختر مسارك</translation>
    </message>
    <message>
        <source>Dialogue, advocacy, negotiation or persuasion: which fits now?</source>
        <translation>حوار أو مناصرة أو تفاوض أو إقناع: أيها يناسب الآن؟</translation>
    </message>
    <message>
        <source>Cultural prompts</source>
        <translation>التذكيرات الثقافية</translation>
    </message>
    <message>
        <source>Greetings, dress, age, gender, religion: reminders for your setting.</source>
        <translation>التحية، اللباس، العمر، النوع الاجتماعي، الدين: تذكيرات تناسب سياقك.</translation>
    </message>
    <message>
        <source>If threatened</source>
        <translation>عند التهديد</translation>
    </message>
    <message>
        <source>Life before property: what to do, what never to do, what to report.</source>
        <translation>الحياة قبل الممتلكات: ما يجب فعله، وما لا يجب فعله أبدًا، وما يجب الإبلاغ عنه.</translation>
    </message>
    <message>
        <source>Worksheets</source>
        <translation>أوراق العمل</translation>
    </message>
    <message>
        <source>Debrief, incident report, red lines, iceberg, emergency contacts.</source>
        <translation>استخلاص المعلومات، تقرير حادث، الخطوط الحمراء، جبل الجليد، جهات الاتصال في الطوارئ.</translation>
    </message>
    <message>
        <source>Opens checkpoint mode; Esc leaves it</source>
        <translation>يفتح وضع نقطة التفتيش؛ Esc للخروج منه</translation>
    </message>
    <message>
        <source>Library updates</source>
        <translation>تحديثات المكتبة</translation>
    </message>
    <message>
        <source>See updates</source>
        <translation>عرض التحديثات</translation>
    </message>
    <message>
        <source>Open the Sync screen; nothing is installed until you ask</source>
        <translation>فتح شاشة المزامنة؛ لا يثبت شيء حتى تطلب ذلك</translation>
    </message>
    <message>
        <source>%1 from %2.</source>
        <translation>%1 من %2.</translation>
    </message>
    <message>
        <source>Recent and unfinished runs</source>
        <translation>الجولات الأخيرة وغير المكتملة</translation>
    </message>
    <message>
        <source>Recent and unfinished checklist runs</source>
        <translation>جولات قوائم التحقق الأخيرة وغير المكتملة</translation>
    </message>
    <message>
        <source>Enter or click opens the run</source>
        <translation>Enter أو النقر يفتح الجولة</translation>
    </message>
    <message>
        <source>No checklist runs yet. Start one from a card above; every tick is saved at once.</source>
        <translation>لا توجد جولات بعد. ابدأ واحدة من بطاقة في الأعلى؛ كل علامة تُحفظ فورًا.</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>المكتبة</translation>
    </message>
    <message>
        <source>Offline — that's normal: everything works without a network.</source>
        <translation>دون اتصال — هذا طبيعي: كل شيء يعمل دون شبكة.</translation>
    </message>
    <message>
        <source>Library title</source>
        <translation>عنوان المكتبة</translation>
    </message>
    <message>
        <source>Library age</source>
        <translation>عمر المكتبة</translation>
    </message>
    <message>
        <source>Opening the library…</source>
        <translation>جارٍ فتح المكتبة…</translation>
    </message>
    <message>
        <source>No library is loaded. Checklist runs you already have still open.</source>
        <translation>لم تُحمَّل أي مكتبة. ما زال بإمكانك فتح جولاتك الموجودة.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>الإصدار %1</translation>
    </message>
    <message numerus="yes">
        <source>+ %n more pack(s)</source>
        <translation>
            <numerusform>+ لا حزم أخرى</numerusform>
            <numerusform>+ حزمة أخرى</numerusform>
            <numerusform>+ حزمتان أخريان</numerusform>
            <numerusform>+ %n حزم أخرى</numerusform>
            <numerusform>+ %n حزمة أخرى</numerusform>
            <numerusform>+ %n حزمة أخرى</numerusform>
        </translation>
    </message>
    <message>
        <source>Built %1</source>
        <translation>بُنيت في %1</translation>
    </message>
    <message>
        <source>Built %1 · today</source>
        <translation>بُنيت في %1 · اليوم</translation>
    </message>
    <message numerus="yes">
        <source>Built %1 · %n day(s) old</source>
        <translation>
            <numerusform>بُنيت في %1 · اليوم</numerusform>
            <numerusform>بُنيت في %1 · قبل يوم واحد</numerusform>
            <numerusform>بُنيت في %1 · قبل يومين</numerusform>
            <numerusform>بُنيت في %1 · قبل %n أيام</numerusform>
            <numerusform>بُنيت في %1 · قبل %n يومًا</numerusform>
            <numerusform>بُنيت في %1 · قبل %n يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>Your own data could not be opened, so runs are not shown.</source>
        <translation>تعذّر فتح بياناتك، لذا لا تُعرض الجولات.</translation>
    </message>
</context>
<context>
    <name>InstalledPacksModel</name>
    <message>
        <source>Pack</source>
        <translation>الحزمة</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>تاريخ التثبيت</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>المحتوى</translation>
    </message>
</context>
<context>
    <name>InstalledPacksPanel</name>
    <message>
        <source>Installed packs</source>
        <translation>الحزم المثبتة</translation>
    </message>
    <message>
        <source>No pack is installed: FieldKit reads the library it came with.</source>
        <translation>لا توجد حزمة مثبتة: يقرأ FieldKit المكتبة التي جاءت معه.</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>الرجوع للإصدار السابق</translation>
    </message>
    <message>
        <source>Go back to the version installed before</source>
        <translation>العودة إلى الإصدار المثبت سابقا</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>إزالة…</translation>
    </message>
    <message>
        <source>Rolling %1 back to version %2…</source>
        <translation>جار إرجاع %1 إلى الإصدار %2…</translation>
    </message>
    <message>
        <source>%1 is back at version %2 (version %3 is kept, so you can switch again).</source>
        <translation>عاد %1 إلى الإصدار %2 (يبقى الإصدار %3 محفوظا، لذا يمكنك التبديل مرة أخرى).</translation>
    </message>
    <message>
        <source>Remove pack?</source>
        <translation>هل تريد إزالة الحزمة؟</translation>
    </message>
    <message>
        <source>Remove %1 (%2, version %3) from this device? Its content will no longer show. Your own runs, notes and worksheets are kept.</source>
        <translation>هل تريد إزالة %1 (%2، الإصدار %3) من هذا الجهاز؟ لن يظهر محتواها بعد ذلك. تبقى جولاتك وملاحظاتك وأوراق عملك محفوظة.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Removing %1…</source>
        <translation>جار إزالة %1…</translation>
    </message>
    <message>
        <source>%1 was removed from this device.</source>
        <translation>تمت إزالة %1 من هذا الجهاز.</translation>
    </message>
</context>
<context>
    <name>ItemPanel</name>
    <message>
        <source>Not applicable…</source>
        <translation>لا ينطبق…</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>لا ينطبق</translation>
    </message>
    <message>
        <source>Mark the selected item not applicable here, with a reason if you like</source>
        <translation>وسم البند المحدد بأنه لا ينطبق هنا، مع ذكر السبب إن أردت</translation>
    </message>
    <message>
        <source>Keep in mind</source>
        <translation>تذكّر</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>حرج</translation>
    </message>
    <message>
        <source>Ticked %1</source>
        <translation>أُشِّر في %1</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>لم يُنجز بعد</translation>
    </message>
    <message>
        <source>Added during this run</source>
        <translation>أُضيف أثناء هذه الجولة</translation>
    </message>
    <message>
        <source>No longer in the current checklist</source>
        <translation>لم يعد في قائمة التحقق الحالية</translation>
    </message>
    <message>
        <source>Applicable again</source>
        <translation>ينطبق من جديد</translation>
    </message>
    <message>
        <source>No prompts for this item.</source>
        <translation>لا تذكيرات لهذا البند.</translation>
    </message>
</context>
<context>
    <name>LibraryScreen</name>
    <message>
        <source>No library is loaded, so there is nothing to show here.</source>
        <translation>لم تُحمَّل أي مكتبة، لذا لا يوجد ما يُعرض هنا.</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>المكتبة</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>البحث في المكتبة</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>نوع السجل</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>كل اللغات</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>الناشر</translation>
    </message>
    <message>
        <source>All publishers</source>
        <translation>كل الناشرين</translation>
    </message>
    <message>
        <source>From year</source>
        <translation>من سنة</translation>
    </message>
    <message>
        <source>To year</source>
        <translation>إلى سنة</translation>
    </message>
    <message>
        <source>Bookmarked only</source>
        <translation>المحفوظة بإشارة فقط</translation>
    </message>
    <message>
        <source>Show bookmarked records only</source>
        <translation>عرض السجلات ذات الإشارة المرجعية فقط</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>السنوات</translation>
    </message>
    <message>
        <source>Number of records</source>
        <translation>عدد السجلات</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>مسح عوامل التصفية</translation>
    </message>
    <message>
        <source>Clear every filter</source>
        <translation>مسح كل عوامل التصفية</translation>
    </message>
    <message>
        <source>Type, language, publisher, years and bookmarks</source>
        <translation>النوع واللغة والناشر والسنوات والإشارات المرجعية</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>السجلات</translation>
    </message>
    <message>
        <source>Arrow keys move; the record shows on the right</source>
        <translation>الأسهم للتنقل؛ يظهر السجل بجانب القائمة</translation>
    </message>
    <message>
        <source>any</source>
        <translation>أي</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>No records match. Clear a filter or try other words.</source>
        <translation>لا توجد سجلات مطابقة. امسح عامل تصفية أو جرّب كلمات أخرى.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) shown, more as you scroll</source>
        <translation>
            <numerusform>لا سجلات معروضة</numerusform>
            <numerusform>سجل واحد معروض، والمزيد عند التمرير</numerusform>
            <numerusform>سجلان معروضان، والمزيد عند التمرير</numerusform>
            <numerusform>%n سجلات معروضة، والمزيد عند التمرير</numerusform>
            <numerusform>%n سجلًا معروضًا، والمزيد عند التمرير</numerusform>
            <numerusform>%n سجل معروض، والمزيد عند التمرير</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>لا سجلات</numerusform>
            <numerusform>سجل واحد</numerusform>
            <numerusform>سجلان</numerusform>
            <numerusform>%n سجلات</numerusform>
            <numerusform>%n سجلًا</numerusform>
            <numerusform>%n سجل</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryWatcher</name>
    <message numerus="yes">
        <source>%n record(s) added</source>
        <translation>
            <numerusform>لم يُضف أي سجل</numerusform>
            <numerusform>أُضيف سجل واحد</numerusform>
            <numerusform>أُضيف سجلان</numerusform>
            <numerusform>أُضيفت %n سجلات</numerusform>
            <numerusform>أُضيف %n سجلًا</numerusform>
            <numerusform>أُضيف %n سجل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) removed</source>
        <translation>
            <numerusform>لم يُحذف أي سجل</numerusform>
            <numerusform>حُذف سجل واحد</numerusform>
            <numerusform>حُذف سجلان</numerusform>
            <numerusform>حُذفت %n سجلات</numerusform>
            <numerusform>حُذف %n سجلًا</numerusform>
            <numerusform>حُذف %n سجل</numerusform>
        </translation>
    </message>
    <message>
        <source>Library reloaded.</source>
        <translation>أُعيد تحميل المكتبة.</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1؛ %2</translation>
    </message>
    <message>
        <source>Library updated: %1.</source>
        <translation>تم تحديث المكتبة: %1.</translation>
    </message>
    <message>
        <source>%1 installed (version %2)</source>
        <translation>تم تثبيت %1 (الإصدار %2)</translation>
    </message>
    <message>
        <source>%1 updated to version %2</source>
        <translation>تم تحديث %1 إلى الإصدار %2</translation>
    </message>
    <message>
        <source>%1 rolled back to version %2</source>
        <translation>تمت إعادة %1 إلى الإصدار %2</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>تمت إزالة %1</translation>
    </message>
    <message>
        <source>The new library could not be opened.</source>
        <translation>تعذّر فتح المكتبة الجديدة.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Unlock status</source>
        <translation>حالة فتح القفل</translation>
    </message>
    <message>
        <source>Open from the neutral start screen (no passphrase set)</source>
        <translation>الفتح من شاشة البدء المحايدة (دون عبارة مرور)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>لا توجد ملاحظات.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <source>FieldKit is locked</source>
        <translation>FieldKit مقفل</translation>
    </message>
    <message>
        <source>Enter your passphrase to open your data.</source>
        <translation>أدخل عبارة المرور لفتح بياناتك.</translation>
    </message>
    <message>
        <source>No passphrase is set, so anyone with this computer can unlock it. Set one in Settings › Privacy.</source>
        <translation>لم تعين عبارة مرور، لذا يستطيع أي شخص لديه هذا الحاسوب فتح القفل. عين عبارة في الإعدادات › الخصوصية.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>فتح القفل</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>كلمة المرور غير صحيحة.</translation>
    </message>
    <message>
        <source>That passphrase is wrong.</source>
        <translation>عبارة المرور هذه غير صحيحة.</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) left before your notes are erased.</source>
        <translation>
            <numerusform>لم تبق أي محاولة قبل محو ملاحظاتك.</numerusform>
            <numerusform>بقيت محاولة واحدة قبل محو ملاحظاتك.</numerusform>
            <numerusform>بقيت محاولتان قبل محو ملاحظاتك.</numerusform>
            <numerusform>بقيت %n محاولات قبل محو ملاحظاتك.</numerusform>
            <numerusform>بقيت %n محاولة قبل محو ملاحظاتك.</numerusform>
            <numerusform>بقيت %n محاولة قبل محو ملاحظاتك.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>حاول مرة أخرى بعد لحظة.</numerusform>
            <numerusform>حاول مرة أخرى بعد ثانية.</numerusform>
            <numerusform>حاول مرة أخرى بعد ثانيتين.</numerusform>
            <numerusform>حاول مرة أخرى بعد %n ثوان.</numerusform>
            <numerusform>حاول مرة أخرى بعد %n ثانية.</numerusform>
            <numerusform>حاول مرة أخرى بعد %n ثانية.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Locker</name>
    <message>
        <source>The wipe could not remove %1 (and %2 other files): delete them by hand or erase the drive.</source>
        <translation>تعذّر على المسح إزالة %1 (و%2 ملفات أخرى): احذفها يدويًا أو امسح محرك الأقراص.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Home</source>
        <translation>الرئيسية</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>المكتبة</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>قوائم التحقق</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>التذكيرات</translation>
    </message>
    <message>
        <source>Worksheets</source>
        <translation>أوراق العمل</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>المزامنة</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>التنقل</translation>
    </message>
    <message>
        <source>Go to the %1 screen</source>
        <translation>الانتقال إلى شاشة %1</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <source>Shortcuts and about FieldKit (F1)</source>
        <translation>الاختصارات وحول FieldKit (F1)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>مشكلة</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation>إغلاق هذه الرسالة</translation>
    </message>
    <message>
        <source>Lock: close your data and show only the unlock screen</source>
        <translation>القفل: إغلاق بياناتك وعرض شاشة فتح القفل فقط</translation>
    </message>
    <message>
        <source>Hide the screen behind a clock (the same key brings it back)</source>
        <translation>إخفاء الشاشة خلف ساعة (المفتاح نفسه يعيدها)</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>البحث في كل شيء</translation>
    </message>
    <message>
        <source>Find on this screen (where it can), else search everything</source>
        <translation>البحث في هذه الشاشة (إن أمكن)، وإلا البحث في كل شيء</translation>
    </message>
    <message>
        <source>Back to the previous screen</source>
        <translation>العودة إلى الشاشة السابقة</translation>
    </message>
    <message>
        <source>Help: shortcuts and about FieldKit</source>
        <translation>مساعدة: الاختصارات وحول FieldKit</translation>
    </message>
    <message>
        <source>Library status</source>
        <translation>حالة المكتبة</translation>
    </message>
    <message>
        <source>%1 available (%2)</source>
        <translation>متاح: %1 (%2)</translation>
    </message>
    <message>
        <source>Opening the library…</source>
        <translation>جارٍ فتح المكتبة…</translation>
    </message>
    <message>
        <source>No library loaded</source>
        <translation>لم تُحمَّل أي مكتبة</translation>
    </message>
    <message numerus="yes">
        <source> + %n more pack(s)</source>
        <translation>
            <numerusform> + لا حزم أخرى</numerusform>
            <numerusform> + حزمة أخرى</numerusform>
            <numerusform> + حزمتان أخريان</numerusform>
            <numerusform> + %n حزم أخرى</numerusform>
            <numerusform> + %n حزمة أخرى</numerusform>
            <numerusform> + %n حزمة أخرى</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2%3 · offline</source>
        <translation>%1 %2%3 · دون اتصال</translation>
    </message>
</context>
<context>
    <name>PackWords</name>
    <message numerus="yes">
        <source>%1, %n second(s) left</source>
        <translation>
            <numerusform>%1، لا ثوانٍ متبقية</numerusform>
            <numerusform>%1، بقيت ثانية واحدة</numerusform>
            <numerusform>%1، بقيت ثانيتان</numerusform>
            <numerusform>%1، بقيت %n ثوانٍ</numerusform>
            <numerusform>%1، بقيت %n ثانية</numerusform>
            <numerusform>%1، بقيت %n ثانية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n update(s)</source>
        <translation>
            <numerusform>لا تحديثات</numerusform>
            <numerusform>تحديث واحد</numerusform>
            <numerusform>تحديثان</numerusform>
            <numerusform>%n تحديثات</numerusform>
            <numerusform>%n تحديثًا</numerusform>
            <numerusform>%n تحديث</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) old</source>
        <translation>
            <numerusform>عمره أقل من يوم</numerusform>
            <numerusform>عمره يوم واحد</numerusform>
            <numerusform>عمره يومان</numerusform>
            <numerusform>عمره %n أيام</numerusform>
            <numerusform>عمره %n يومًا</numerusform>
            <numerusform>عمره %n يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <source>%1, %2/s</source>
        <translation>%1، %2/ث</translation>
    </message>
    <message>
        <source>backing up your data</source>
        <translation>نسخ بياناتك احتياطيًا</translation>
    </message>
    <message>
        <source>your data is locked, so it was not backed up first (installing does not change it)</source>
        <translation>بياناتك مقفلة، فلم تُنسخ احتياطيًا أولًا (التثبيت لا يغيّرها)</translation>
    </message>
    <message>
        <source>unpacking</source>
        <translation>فك الحزمة</translation>
    </message>
    <message>
        <source>building the search index</source>
        <translation>بناء فهرس البحث</translation>
    </message>
    <message>
        <source>switching to the new version</source>
        <translation>الانتقال إلى الإصدار الجديد</translation>
    </message>
    <message>
        <source>today</source>
        <translation>من اليوم</translation>
    </message>
    <message>
        <source>%1 version %2</source>
        <translation>%1 الإصدار %2</translation>
    </message>
</context>
<context>
    <name>PassOnPanel</name>
    <message>
        <source>Pass it on</source>
        <translation>مرّرها إلى غيرك</translation>
    </message>
    <message>
        <source>Give the updates this laptop has to another team: copy them to a USB drive, or let a laptop nearby download them from this one. They stay signed by their publisher, so the other laptop checks them just the same.</source>
        <translation>أعطِ التحديثات الموجودة على هذا الحاسوب لفريق آخر: انسخها إلى قرص USB، أو دع حاسوبًا قريبًا ينزّلها من هذا الحاسوب. تبقى موقّعة من ناشرها، فيتحقق منها الحاسوب الآخر بالطريقة نفسها.</translation>
    </message>
    <message>
        <source>Copy progress</source>
        <translation>تقدّم النسخ</translation>
    </message>
    <message>
        <source>Copy result</source>
        <translation>نتيجة النسخ</translation>
    </message>
    <message>
        <source>Address to type on the other laptop</source>
        <translation>العنوان الذي يُكتب على الحاسوب الآخر</translation>
    </message>
    <message>
        <source>Copy updates to a drive…</source>
        <translation>انسخ التحديثات إلى قرص…</translation>
    </message>
    <message>
        <source>Cancel copy</source>
        <translation>ألغِ النسخ</translation>
    </message>
    <message>
        <source>Stop the copy; the drive holds no half-written update list</source>
        <translation>أوقف النسخ؛ لن يحمل القرص قائمة تحديثات مكتوبة جزئيًا</translation>
    </message>
    <message>
        <source>Share on this network</source>
        <translation>شارك على هذه الشبكة</translation>
    </message>
    <message>
        <source>Laptops on the same network can download this laptop's updates, read-only, for a limited time</source>
        <translation>يمكن للحواسيب على الشبكة نفسها تنزيل تحديثات هذا الحاسوب، للقراءة فقط، لمدة محدودة</translation>
    </message>
    <message>
        <source>How long to share</source>
        <translation>مدة المشاركة</translation>
    </message>
    <message numerus="yes">
        <source>for %n minute(s)</source>
        <translation>
            <numerusform>لمدة %n دقيقة</numerusform>
            <numerusform>لمدة دقيقة واحدة</numerusform>
            <numerusform>لمدة دقيقتين</numerusform>
            <numerusform>لمدة %n دقائق</numerusform>
            <numerusform>لمدة %n دقيقة</numerusform>
            <numerusform>لمدة %n دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>أوقف المشاركة</translation>
    </message>
    <message>
        <source>No USB drive is plugged in.</source>
        <translation>لا يوجد قرص USB موصول.</translation>
    </message>
    <message>
        <source>Another folder…</source>
        <translation>مجلد آخر…</translation>
    </message>
    <message>
        <source>Choose where to copy the updates</source>
        <translation>اختر مكان نسخ التحديثات</translation>
    </message>
    <message>
        <source>Copying the updates to %1…</source>
        <translation>جارٍ نسخ التحديثات إلى %1…</translation>
    </message>
    <message>
        <source>Copying: %1 of %2</source>
        <translation>جارٍ النسخ: %1 من %2</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n update(s) to %1:</source>
        <translation>
            <numerusform>لم يُنسخ أي تحديث إلى %1:</numerusform>
            <numerusform>نُسخ تحديث واحد إلى %1:</numerusform>
            <numerusform>نُسخ تحديثان إلى %1:</numerusform>
            <numerusform>نُسخت %n تحديثات إلى %1:</numerusform>
            <numerusform>نُسخ %n تحديثًا إلى %1:</numerusform>
            <numerusform>نُسخ %n تحديث إلى %1:</numerusform>
        </translation>
    </message>
    <message>
        <source>Not copied: %1</source>
        <translation>لم يُنسخ: %1</translation>
    </message>
    <message>
        <source>On the other laptop, open Sync and choose this drive (or folder) to install them.</source>
        <translation>على الحاسوب الآخر، افتح المزامنة واختر هذا القرص (أو المجلد) لتثبيتها.</translation>
    </message>
    <message>
        <source>%1 version %2 (full pack, as a single file)</source>
        <translation>%1 الإصدار %2 (حزمة كاملة، في ملف مستقل)</translation>
    </message>
    <message>
        <source>%1 version %2 (full pack)</source>
        <translation>%1 الإصدار %2 (حزمة كاملة)</translation>
    </message>
    <message>
        <source>%1 version %2 (changes from version %3, as a single file)</source>
        <translation>%1 الإصدار %2 (التغييرات منذ الإصدار %3، في ملف مستقل)</translation>
    </message>
    <message>
        <source>%1 version %2 (changes from version %3)</source>
        <translation>%1 الإصدار %2 (التغييرات منذ الإصدار %3)</translation>
    </message>
    <message>
        <source>Nothing was copied: %1</source>
        <translation>لم يُنسخ شيء: %1</translation>
    </message>
    <message>
        <source>Copy cancelled. Copy again before giving this drive to anyone: it may not hold all the updates.</source>
        <translation>أُلغي النسخ. انسخ مرة أخرى قبل إعطاء هذا القرص لأي أحد: قد لا يحمل كل التحديثات.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>جار البدء…</translation>
    </message>
    <message>
        <source>Not shared: %1</source>
        <translation>لم تتم المشاركة: %1</translation>
    </message>
    <message>
        <source>Sharing stopped.</source>
        <translation>توقفت المشاركة.</translation>
    </message>
    <message>
        <source>Sharing stopped: its time is up.</source>
        <translation>توقفت المشاركة: انتهى وقتها.</translation>
    </message>
    <message>
        <source>Stops by itself in %1.</source>
        <translation>تتوقف تلقائيًا بعد %1.</translation>
    </message>
    <message>
        <source>Off. Nothing is shared until you switch it on.</source>
        <translation>متوقفة. لا يُشارك شيء حتى تشغّلها.</translation>
    </message>
    <message>
        <source>Sharing. On the other laptop (on the same network), open Sync and type:</source>
        <translation>المشاركة جارية. على الحاسوب الآخر (على الشبكة نفسها)، افتح المزامنة واكتب:</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Set a passphrase</source>
        <translation>تعيين عبارة مرور</translation>
    </message>
    <message>
        <source>Protect your notes</source>
        <translation>احم ملاحظاتك</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>تغيير عبارة المرور</translation>
    </message>
    <message>
        <source>Remove the passphrase</source>
        <translation>إزالة عبارة المرور</translation>
    </message>
    <message>
        <source>What you write here (notes, names, incident reports) could endanger you and others if this laptop is taken. With a passphrase it is encrypted: nobody can read it without the passphrase. You can also do this later in Settings.</source>
        <translation>ما تكتبه هنا (الملاحظات والأسماء وتقارير الحوادث) قد يعرضك أنت وغيرك للخطر إذا أخذ أحد هذا الحاسوب المحمول. مع عبارة المرور يكون مشفرا: لا يستطيع أحد قراءته دون عبارة المرور. يمكنك أيضا فعل ذلك لاحقا في الإعدادات.</translation>
    </message>
    <message>
        <source>Your runs, notes and worksheets are encrypted with it. If you forget it, nobody can get them back, not even you.</source>
        <translation>تشفر بها جولاتك وملاحظاتك وأوراق عملك. إذا نسيتها فلن يستطيع أحد استعادتها، ولا حتى أنت.</translation>
    </message>
    <message>
        <source>Your data stays encrypted; only the passphrase that opens it changes.</source>
        <translation>تبقى بياناتك مشفرة؛ لا تتغير إلا عبارة المرور التي تفتحها.</translation>
    </message>
    <message>
        <source>Without a passphrase your data is readable by anyone who has this laptop.</source>
        <translation>بدون عبارة مرور يمكن لأي شخص لديه هذا الحاسوب المحمول قراءة بياناتك.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>عبارة المرور الحالية</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>عبارة المرور الجديدة</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>أعد كتابتها</translation>
    </message>
    <message>
        <source>Set passphrase</source>
        <translation>تعيين عبارة المرور</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>تغيير</translation>
    </message>
    <message>
        <source>Remove passphrase</source>
        <translation>إزالة عبارة المرور</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>ليس الآن</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Type a passphrase first.</source>
        <translation>اكتب عبارة مرور أولا.</translation>
    </message>
    <message>
        <source>The two passphrases differ; type them again.</source>
        <translation>العبارتان مختلفتان؛ اكتبهما مرة أخرى.</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>جار تغيير عبارة المرور…</translation>
    </message>
    <message>
        <source>Decrypting your data…</source>
        <translation>جار فك تشفير بياناتك…</translation>
    </message>
    <message>
        <source>Encrypting your data… this can take a moment.</source>
        <translation>جار تشفير بياناتك… قد يستغرق ذلك لحظة.</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>تم تغيير عبارة المرور.</translation>
    </message>
    <message>
        <source>The passphrase was removed: your data is now readable by anyone with this laptop.</source>
        <translation>أزيلت عبارة المرور: يمكن الآن لأي شخص لديه هذا الحاسوب المحمول قراءة بياناتك.</translation>
    </message>
    <message>
        <source>Your data is now encrypted with your passphrase.</source>
        <translation>بياناتك الآن مشفرة بعبارة المرور.</translation>
    </message>
</context>
<context>
    <name>PrivacyCover</name>
    <message>
        <source>Clock</source>
        <translation>ساعة</translation>
    </message>
</context>
<context>
    <name>PrivacyPanel</name>
    <message>
        <source>Privacy and security</source>
        <translation>الخصوصية والأمان</translation>
    </message>
    <message>
        <source>Set a passphrase…</source>
        <translation>تعيين عبارة مرور…</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>تغيير عبارة المرور…</translation>
    </message>
    <message>
        <source>Remove passphrase…</source>
        <translation>إزالة عبارة المرور…</translation>
    </message>
    <message>
        <source>Never by itself</source>
        <translation>لا يقفل تلقائيا أبدا</translation>
    </message>
    <message>
        <source>As soon as it is hidden or minimised</source>
        <translation>بمجرد إخفائه أو تصغيره</translation>
    </message>
    <message>
        <source>After 1 minute without use</source>
        <translation>بعد دقيقة واحدة دون استخدام</translation>
    </message>
    <message>
        <source>After 5 minutes without use</source>
        <translation>بعد 5 دقائق دون استخدام</translation>
    </message>
    <message>
        <source>After 15 minutes without use</source>
        <translation>بعد 15 دقيقة دون استخدام</translation>
    </message>
    <message>
        <source>After 1 hour without use</source>
        <translation>بعد ساعة واحدة دون استخدام</translation>
    </message>
    <message>
        <source>Lock automatically</source>
        <translation>القفل التلقائي</translation>
    </message>
    <message>
        <source>Lock now (Ctrl+L)</source>
        <translation>القفل الآن (Ctrl+L)</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>القفل الآن</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>أبدا</translation>
    </message>
    <message numerus="yes">
        <source>After %n wrong passphrase(s)</source>
        <translation>
            <numerusform>بعد %n عبارة مرور خاطئة</numerusform>
            <numerusform>بعد عبارة مرور خاطئة واحدة</numerusform>
            <numerusform>بعد عبارتي مرور خاطئتين</numerusform>
            <numerusform>بعد %n عبارات مرور خاطئة</numerusform>
            <numerusform>بعد %n عبارة مرور خاطئة</numerusform>
            <numerusform>بعد %n عبارة مرور خاطئة</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase my notes after wrong passphrases</source>
        <translation>محو ملاحظاتي بعد عبارات مرور خاطئة</translation>
    </message>
    <message>
        <source>Erase my notes</source>
        <translation>محو ملاحظاتي</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>معطل</translation>
    </message>
    <message>
        <source>Disguise</source>
        <translation>التمويه</translation>
    </message>
    <message>
        <source>The window, the taskbar and dialogs show this name and a plain icon, and the app opens on a neutral page: your passphrase, or Ctrl+Shift+O without one, opens it. The file names of the program and of its data folder still say FieldKit.</source>
        <translation>تعرض النافذة وشريط المهام ومربعات الحوار هذا الاسم وأيقونة بسيطة، ويفتح التطبيق على صفحة محايدة: تفتحه عبارة المرور، أو Ctrl+Shift+O إن لم تكن هناك عبارة. أما أسماء ملفات البرنامج ومجلد بياناته فما زالت تحمل اسم FieldKit.</translation>
    </message>
    <message>
        <source>Erase data…</source>
        <translation>محو البيانات…</translation>
    </message>
    <message>
        <source>Erase data now (emergency wipe)</source>
        <translation>محو البيانات الآن (محو طارئ)</translation>
    </message>
    <message>
        <source>Emergency wipe, with a few seconds to cancel. From any screen: hold Ctrl+Shift+Delete for two seconds.</source>
        <translation>محو طارئ، مع بضع ثوان للإلغاء. من أي شاشة: اضغط مع الاستمرار على Ctrl+Shift+Delete لمدة ثانيتين.</translation>
    </message>
    <message>
        <source>Your data is not open, so its passphrase cannot be changed now.</source>
        <translation>بياناتك غير مفتوحة، لذا لا يمكن تغيير عبارة مرورها الآن.</translation>
    </message>
    <message>
        <source>Your runs, notes and worksheets are encrypted: without your passphrase nobody can read them. Exports (reports) are not encrypted.</source>
        <translation>جولاتك وملاحظاتك وأوراق عملك مشفرة: لا يستطيع أحد قراءتها دون عبارة المرور. أما الملفات المصدرة (التقارير) فليست مشفرة.</translation>
    </message>
    <message>
        <source>No passphrase is set: your data is readable by anyone who has this laptop, and anyone can unlock FieldKit when it is locked.</source>
        <translation>لم تعين عبارة مرور: يمكن لأي شخص لديه هذا الحاسوب المحمول قراءة بياناتك، ويمكن لأي شخص فتح قفل FieldKit عندما يكون مقفلا.</translation>
    </message>
    <message>
        <source>Off. Only possible with a passphrase.</source>
        <translation>معطل. لا يمكن تفعيله إلا مع عبارة مرور.</translation>
    </message>
    <message>
        <source>Off: wrong passphrases only make the next try wait longer.</source>
        <translation>معطل: عبارات المرور الخاطئة تطيل فقط الانتظار قبل المحاولة التالية.</translation>
    </message>
    <message numerus="yes">
        <source>After %n wrong passphrase(s) in a row your notes are erased; %1 left now.</source>
        <translation>
            <numerusform>بعد %n عبارة مرور خاطئة متتالية تُمحى ملاحظاتك؛ المحاولات المتبقية الآن: %1.</numerusform>
            <numerusform>بعد عبارة مرور خاطئة واحدة تُمحى ملاحظاتك؛ المحاولات المتبقية الآن: %1.</numerusform>
            <numerusform>بعد عبارتَي مرور خاطئتين متتاليتين تُمحى ملاحظاتك؛ المحاولات المتبقية الآن: %1.</numerusform>
            <numerusform>بعد %n عبارات مرور خاطئة متتالية تُمحى ملاحظاتك؛ المحاولات المتبقية الآن: %1.</numerusform>
            <numerusform>بعد %n عبارة مرور خاطئة متتالية تُمحى ملاحظاتك؛ المحاولات المتبقية الآن: %1.</numerusform>
            <numerusform>بعد %n عبارة مرور خاطئة متتالية تُمحى ملاحظاتك؛ المحاولات المتبقية الآن: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PromptCard</name>
    <message>
        <source>Do</source>
        <translation>افعل</translation>
    </message>
    <message>
        <source>Avoid</source>
        <translation>تجنّب</translation>
    </message>
    <message>
        <source>Ask yourself</source>
        <translation>اسأل نفسك</translation>
    </message>
    <message>
        <source>Prompt: %1</source>
        <translation>تذكير: %1</translation>
    </message>
</context>
<context>
    <name>PromptColumn</name>
    <message>
        <source>Prompts for this item</source>
        <translation>تذكيرات لهذا البند</translation>
    </message>
</context>
<context>
    <name>PromptsScreen</name>
    <message>
        <source>Cultural prompts</source>
        <translation>التذكيرات الثقافية</translation>
    </message>
    <message>
        <source>Your setting:</source>
        <translation>سياقك:</translation>
    </message>
    <message>
        <source>Your setting</source>
        <translation>سياقك</translation>
    </message>
    <message>
        <source>Show only the prompts that fit where you are working</source>
        <translation>عرض التذكيرات التي تناسب مكان عملك فقط</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <source>Arrow keys choose a topic</source>
        <translation>الأسهم لاختيار موضوع</translation>
    </message>
    <message>
        <source>Prompts in this topic</source>
        <translation>تذكيرات هذا الموضوع</translation>
    </message>
    <message>
        <source>Arrow keys choose a prompt</source>
        <translation>الأسهم لاختيار تذكير</translation>
    </message>
    <message>
        <source>Prompt card</source>
        <translation>بطاقة التذكير</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>التذكيرات</translation>
    </message>
    <message>
        <source>No library is loaded, so there are no prompts to show.</source>
        <translation>لم تُحمَّل أي مكتبة، لذا لا توجد تذكيرات لعرضها.</translation>
    </message>
    <message>
        <source>Showing the prompts for: %1. Change it here or in Settings.</source>
        <translation>التذكيرات المعروضة لـ: %1. غيّر ذلك هنا أو في الإعدادات.</translation>
    </message>
    <message>
        <source>Showing the prompts for every setting.</source>
        <translation>التذكيرات المعروضة لكل السياقات.</translation>
    </message>
    <message>
        <source>No prompts in this topic for your setting. Choose “All settings” above to see them all.</source>
        <translation>لا تذكيرات في هذا الموضوع لسياقك. اختر «كل السياقات» في الأعلى لرؤيتها كلها.</translation>
    </message>
    <message>
        <source>This prompt is not marked for your setting.</source>
        <translation>هذا التذكير غير مخصص لسياقك.</translation>
    </message>
</context>
<context>
    <name>RecentRunsModel</name>
    <message>
        <source>just now</source>
        <translation>الآن</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>قبل أقل من دقيقة</numerusform>
            <numerusform>قبل دقيقة</numerusform>
            <numerusform>قبل دقيقتين</numerusform>
            <numerusform>قبل %n دقائق</numerusform>
            <numerusform>قبل %n دقيقة</numerusform>
            <numerusform>قبل %n دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>قبل أقل من ساعة</numerusform>
            <numerusform>قبل ساعة</numerusform>
            <numerusform>قبل ساعتين</numerusform>
            <numerusform>قبل %n ساعات</numerusform>
            <numerusform>قبل %n ساعة</numerusform>
            <numerusform>قبل %n ساعة</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>أمس</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>اليوم</numerusform>
            <numerusform>قبل يوم</numerusform>
            <numerusform>قبل يومين</numerusform>
            <numerusform>قبل %n أيام</numerusform>
            <numerusform>قبل %n يومًا</numerusform>
            <numerusform>قبل %n يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 ticked</source>
        <translation>أُشِّر %1 من %2</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>منتهية</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>غير مكتملة</translation>
    </message>
</context>
<context>
    <name>RecordDetail</name>
    <message>
        <source>Record details</source>
        <translation>تفاصيل السجل</translation>
    </message>
    <message>
        <source>Record title</source>
        <translation>عنوان السجل</translation>
    </message>
    <message>
        <source>Bookmark this record</source>
        <translation>إضافة إشارة مرجعية إلى هذا السجل</translation>
    </message>
    <message>
        <source>Bookmark this record (Ctrl+D)</source>
        <translation>إضافة إشارة مرجعية إلى هذا السجل (Ctrl+D)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Key concepts</source>
        <translation>المفاهيم الأساسية</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>ملاحظتك</translation>
    </message>
    <message>
        <source>Note status</source>
        <translation>حالة الملاحظة</translation>
    </message>
    <message>
        <source>Your note on this record</source>
        <translation>ملاحظتك على هذا السجل</translation>
    </message>
    <message>
        <source>Only you see this. It is saved as you type.</source>
        <translation>أنت وحدك ترى هذا. يُحفظ أثناء الكتابة.</translation>
    </message>
    <message>
        <source>Choose a record</source>
        <translation>اختر سجلًا</translation>
    </message>
    <message>
        <source>Its summary, description and key concepts show here, with your note.</source>
        <translation>يظهر هنا ملخصه ووصفه ومفاهيمه الأساسية، مع ملاحظتك.</translation>
    </message>
    <message>
        <source>language: %1</source>
        <translation>اللغة: %1</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <source>Key concepts and takeaways</source>
        <translation>المفاهيم الأساسية والدروس</translation>
    </message>
    <message>
        <source>More details</source>
        <translation>مزيد من التفاصيل</translation>
    </message>
    <message>
        <source>★ Bookmarked</source>
        <translation>★ عليه إشارة</translation>
    </message>
    <message>
        <source>☆ Bookmark</source>
        <translation>☆ إشارة مرجعية</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>جارٍ التعديل…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>محفوظ</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>غير محفوظ</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
</context>
<context>
    <name>RecordListModel</name>
    <message>
        <source>Book</source>
        <translation>كتاب</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>دورة تدريبية</translation>
    </message>
    <message>
        <source>Guidelines</source>
        <translation>مبادئ توجيهية</translation>
    </message>
    <message>
        <source>Handbook</source>
        <translation>دليل عملي</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>دليل</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>سياسة</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>تقرير</translation>
    </message>
    <message>
        <source>Thesis</source>
        <translation>أطروحة</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>فيديو</translation>
    </message>
    <message>
        <source>Field note</source>
        <translation>ملاحظة ميدانية</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>Export report</source>
        <translation>تصدير التقرير</translation>
    </message>
    <message>
        <source>PDF report (*.pdf);;HTML report (*.html)</source>
        <translation>تقرير PDF (*.pdf);;تقرير HTML (*.html)</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
</context>
<context>
    <name>RunChoiceDialog</name>
    <message>
        <source>Continue or start a new run?</source>
        <translation>المتابعة أم بدء جولة جديدة؟</translation>
    </message>
    <message>
        <source>You have an unfinished run of this checklist</source>
        <translation>لديك جولة غير مكتملة من قائمة التحقق هذه</translation>
    </message>
    <message>
        <source>Continue “%1”</source>
        <translation>متابعة «%1»</translation>
    </message>
    <message>
        <source>Continue the run %1</source>
        <translation>متابعة الجولة %1</translation>
    </message>
    <message>
        <source>Started %1 · %2 of %3 done</source>
        <translation>بدأت %1 · أُنجز %2 من %3</translation>
    </message>
    <message>
        <source>Or start a &amp;new run, named (optional):</source>
        <translation>أو ابدأ جولة &amp;جديدة باسم (اختياري):</translation>
    </message>
    <message>
        <source>Name of the new run</source>
        <translation>اسم الجولة الجديدة</translation>
    </message>
    <message>
        <source>Start a new run</source>
        <translation>بدء جولة جديدة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Finish the run?</source>
        <translation>هل تريد إنهاء الجولة؟</translation>
    </message>
    <message numerus="yes">
        <source>%n critical item(s) not done:</source>
        <translation>
            <numerusform>لا بنود حرجة متبقية:</numerusform>
            <numerusform>بند حرج واحد لم يُنجز:</numerusform>
            <numerusform>بندان حرجان لم يُنجزا:</numerusform>
            <numerusform>%n بنود حرجة لم تُنجز:</numerusform>
            <numerusform>%n بندًا حرجًا لم يُنجز:</numerusform>
            <numerusform>%n بند حرج لم يُنجز:</numerusform>
        </translation>
    </message>
    <message>
        <source>Finish “%1” anyway?</source>
        <translation>هل تريد إنهاء «%1» رغم ذلك؟</translation>
    </message>
    <message>
        <source>Finish anyway</source>
        <translation>الإنهاء رغم ذلك</translation>
    </message>
</context>
<context>
    <name>RunControl</name>
    <message>
        <source>Runs cannot be started: your data or the library is not open.</source>
        <translation>لا يمكن بدء الجولات: بياناتك أو المكتبة غير مفتوحة.</translation>
    </message>
</context>
<context>
    <name>RunItemDelegate</name>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>حرج</translation>
    </message>
    <message>
        <source>Ticked %1</source>
        <translation>أُشِّر في %1</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>لا ينطبق</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>مضاف</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>No longer in the checklist</source>
        <translation>لم يعد في قائمة التحقق</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>أُنجز %1 من %2</translation>
    </message>
</context>
<context>
    <name>RunItemsModel</name>
    <message>
        <source>%1: %2 of %3 done</source>
        <translation>%1: أُنجز %2 من %3</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>حرج</translation>
    </message>
    <message>
        <source>ticked %1</source>
        <translation>أُشِّر %1</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>لم يُنجز</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>لا ينطبق</translation>
    </message>
    <message>
        <source>added during the run</source>
        <translation>أُضيف أثناء الجولة</translation>
    </message>
    <message>
        <source>no longer in the checklist</source>
        <translation>لم يعد في قائمة التحقق</translation>
    </message>
</context>
<context>
    <name>RunNoteEditor</name>
    <message>
        <source>Note for the whole run</source>
        <translation>ملاحظة للجولة كلها</translation>
    </message>
</context>
<context>
    <name>RunScreen</name>
    <message>
        <source>Finish or reopen the run</source>
        <translation>إنهاء الجولة أو إعادة فتحها</translation>
    </message>
    <message>
        <source>Export the run's report</source>
        <translation>تصدير تقرير الجولة</translation>
    </message>
    <message>
        <source>Undo the last tick, untick or note change</source>
        <translation>التراجع عن آخر تأشير أو إلغاء تأشير أو تعديل ملاحظة</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>الجولة</translation>
    </message>
    <message>
        <source>No run open</source>
        <translation>لا توجد جولة مفتوحة</translation>
    </message>
    <message>
        <source>Start a run from a checklist, or open one of your past runs.</source>
        <translation>ابدأ جولة من قائمة تحقق، أو افتح إحدى جولاتك السابقة.</translation>
    </message>
    <message>
        <source>Choose a checklist</source>
        <translation>اختيار قائمة تحقق</translation>
    </message>
    <message>
        <source>Finish run</source>
        <translation>إنهاء الجولة</translation>
    </message>
    <message>
        <source>Finish this run (Ctrl+Enter)</source>
        <translation>إنهاء هذه الجولة (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>تصدير التقرير…</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>تصدير التقرير</translation>
    </message>
    <message>
        <source>Save the report as HTML or PDF (Ctrl+E)</source>
        <translation>حفظ التقرير بصيغة HTML أو PDF (Ctrl+E)</translation>
    </message>
    <message>
        <source>Reset…</source>
        <translation>إعادة تعيين…</translation>
    </message>
    <message>
        <source>Reset run</source>
        <translation>إعادة تعيين الجولة</translation>
    </message>
    <message>
        <source>Clear every tick (notes are kept)</source>
        <translation>مسح كل العلامات (تبقى الملاحظات)</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <source>Delete run</source>
        <translation>حذف الجولة</translation>
    </message>
    <message>
        <source>Delete this run and its notes</source>
        <translation>حذف هذه الجولة وملاحظاتها</translation>
    </message>
    <message>
        <source>Worksheet…</source>
        <translation>ورقة عمل…</translation>
    </message>
    <message>
        <source>Add a worksheet to this run</source>
        <translation>إضافة ورقة عمل إلى هذه الجولة</translation>
    </message>
    <message>
        <source>Fill in a debrief, an incident report... attached to this run; it appears in the run's report</source>
        <translation>املأ استخلاصًا للمعلومات أو تقرير حادث... مرفقًا بهذه الجولة؛ يظهر في تقرير الجولة</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>التقدم الإجمالي</translation>
    </message>
    <message>
        <source>Find in this run</source>
        <translation>البحث في هذه الجولة</translation>
    </message>
    <message>
        <source>Find in this run (Ctrl+F; Esc clears)</source>
        <translation>البحث في هذه الجولة (Ctrl+F؛ Esc للمسح)</translation>
    </message>
    <message>
        <source>Clear and close the find box</source>
        <translation>مسح مربع البحث وإغلاقه</translation>
    </message>
    <message>
        <source>Checklist items</source>
        <translation>بنود قائمة التحقق</translation>
    </message>
    <message>
        <source>Arrow keys move; Space ticks or unticks</source>
        <translation>الأسهم للتنقل؛ Space للتأشير أو إلغائه</translation>
    </message>
    <message>
        <source>Note for this item</source>
        <translation>ملاحظة لهذا البند</translation>
    </message>
    <message>
        <source>Note for the selected item</source>
        <translation>ملاحظة للبند المحدد</translation>
    </message>
    <message>
        <source>What happened, who you spoke to… (saved as you type)</source>
        <translation>ما الذي حدث، ومع من تحدثت… (يُحفظ أثناء الكتابة)</translation>
    </message>
    <message>
        <source>Your own item</source>
        <translation>بندك الخاص</translation>
    </message>
    <message>
        <source>Add your own item to this phase…</source>
        <translation>أضف بندك الخاص إلى هذه المرحلة…</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>إضافة بند</translation>
    </message>
    <message>
        <source>Add your own item</source>
        <translation>إضافة بندك الخاص</translation>
    </message>
    <message>
        <source>Add it after the selected item's phase</source>
        <translation>إضافته في مرحلة البند المحدد</translation>
    </message>
    <message>
        <source>Author or team</source>
        <translation>الكاتب أو الفريق</translation>
    </message>
    <message>
        <source>Author or team (in the report)</source>
        <translation>الكاتب أو الفريق (في التقرير)</translation>
    </message>
    <message>
        <source>Note for the whole run</source>
        <translation>ملاحظة للجولة كلها</translation>
    </message>
    <message>
        <source>Who you met, what was agreed… (in the report)</source>
        <translation>من قابلت، وما الذي اتُّفق عليه… (في التقرير)</translation>
    </message>
    <message>
        <source>The run was deleted.</source>
        <translation>حُذفت الجولة.</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>بدأت %1</translation>
    </message>
    <message>
        <source>finished %1</source>
        <translation>انتهت %1</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>أُنجز %1 من %2</translation>
    </message>
    <message numerus="yes">
        <source>%n critical item(s) not done</source>
        <translation>
            <numerusform>لا بنود حرجة متبقية</numerusform>
            <numerusform>بند حرج واحد لم يُنجز</numerusform>
            <numerusform>بندان حرجان لم يُنجزا</numerusform>
            <numerusform>%n بنود حرجة لم تُنجز</numerusform>
            <numerusform>%n بندًا حرجًا لم يُنجز</numerusform>
            <numerusform>%n بند حرج لم يُنجز</numerusform>
        </translation>
    </message>
    <message>
        <source>Reopen run</source>
        <translation>إعادة فتح الجولة</translation>
    </message>
    <message>
        <source>This run is finished: reopen it to change ticks or notes.</source>
        <translation>انتهت هذه الجولة: أعد فتحها لتغيير العلامات أو الملاحظات.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>حُفظ %1</translation>
    </message>
    <message>
        <source>Typing…</source>
        <translation>جارٍ الكتابة…</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>لا ينطبق</translation>
    </message>
    <message>
        <source>Why does “%1” not apply here? (optional)</source>
        <translation>لماذا لا ينطبق «%1» هنا؟ (اختياري)</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>حُفظ في %1</translation>
    </message>
    <message>
        <source>Note saved %1</source>
        <translation>حُفظت الملاحظة %1</translation>
    </message>
    <message>
        <source>Marked not applicable — saved</source>
        <translation>وُسم بأنه لا ينطبق — حُفظ</translation>
    </message>
    <message>
        <source>Applicable again — saved</source>
        <translation>ينطبق من جديد — حُفظ</translation>
    </message>
    <message>
        <source>Item added — saved</source>
        <translation>أُضيف البند — حُفظ</translation>
    </message>
    <message>
        <source>Undone — saved</source>
        <translation>تم التراجع — حُفظ</translation>
    </message>
    <message>
        <source>Ticked %1 — saved</source>
        <translation>أُشِّر %1 — حُفظ</translation>
    </message>
    <message>
        <source>Unticked — saved</source>
        <translation>أُلغي التأشير — حُفظ</translation>
    </message>
    <message>
        <source>FieldKit</source>
        <translation>FieldKit</translation>
    </message>
    <message>
        <source>Clear every tick in this run? Notes are kept.</source>
        <translation>هل تريد مسح كل العلامات في هذه الجولة؟ تبقى الملاحظات.</translation>
    </message>
    <message>
        <source>Clear ticks</source>
        <translation>مسح العلامات</translation>
    </message>
    <message>
        <source>Delete the run “%1” with its ticks and notes? This cannot be undone.</source>
        <translation>هل تريد حذف الجولة «%1» مع علاماتها وملاحظاتها؟ لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>جارٍ كتابة التقرير…</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>حُفظ التقرير في %1</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search everything (Ctrl+K)</source>
        <translation>البحث في كل شيء (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>البحث في كل شيء</translation>
    </message>
    <message>
        <source>Search the library, checklists and prompts (Ctrl+K). Arrow keys move, Enter opens, Esc closes.</source>
        <translation>البحث في المكتبة وقوائم التحقق والتذكيرات (Ctrl+K). الأسهم للتنقل، Enter للفتح، Esc للإغلاق.</translation>
    </message>
    <message>
        <source>Nothing found for “%1”. Try fewer or other words.</source>
        <translation>لم يُعثر على شيء لـ «%1». جرّب كلمات أقل أو مختلفة.</translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <source>Search results</source>
        <translation>نتائج البحث</translation>
    </message>
    <message>
        <source>↑ ↓ to move · Enter to open · Esc to close</source>
        <translation>↑ ↓ للتنقل · Enter للفتح · Esc للإغلاق</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <source>Checklists</source>
        <translation>قوائم التحقق</translation>
    </message>
    <message>
        <source>Cultural prompts</source>
        <translation>التذكيرات الثقافية</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>المكتبة</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message numerus="yes">
        <source>See all %n library results</source>
        <translation>
            <numerusform>لا نتائج في المكتبة</numerusform>
            <numerusform>عرض النتيجة الوحيدة في المكتبة</numerusform>
            <numerusform>عرض النتيجتين في المكتبة</numerusform>
            <numerusform>عرض كل النتائج الـ %n في المكتبة</numerusform>
            <numerusform>عرض كل النتائج الـ %n في المكتبة</numerusform>
            <numerusform>عرض كل النتائج الـ %n في المكتبة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>At a checkpoint</source>
        <translation>عند نقطة تفتيش</translation>
    </message>
    <message>
        <source>Community meeting</source>
        <translation>لقاء مجتمعي</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>عيادة</translation>
    </message>
    <message>
        <source>Distribution site</source>
        <translation>موقع توزيع</translation>
    </message>
    <message>
        <source>All settings</source>
        <translation>كل السياقات</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Changes apply at once and are kept on this computer.</source>
        <translation>تُطبَّق التغييرات فورًا وتُحفظ على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Where are you working?</source>
        <translation>أين تعمل؟</translation>
    </message>
    <message>
        <source>Prompts show what fits this setting.</source>
        <translation>تعرض التذكيرات ما يناسب هذا السياق.</translation>
    </message>
    <message>
        <source>All settings</source>
        <translation>كل السياقات</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>نقطة تفتيش</translation>
    </message>
    <message>
        <source>Community meeting</source>
        <translation>لقاء مجتمعي</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>عيادة</translation>
    </message>
    <message>
        <source>Distribution site</source>
        <translation>موقع توزيع</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>المظهر</translation>
    </message>
    <message>
        <source>High contrast helps in bright sun.</source>
        <translation>التباين العالي يساعد في الشمس الساطعة.</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>فاتح</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>داكن</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>تباين عالٍ</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>حجم النص</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>صغير</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>عادي</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>كبير</translation>
    </message>
    <message>
        <source>Huge</source>
        <translation>كبير جدًا</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>FieldKit opens in this language from the next start.</source>
        <translation>يفتح FieldKit بهذه اللغة من البدء التالي.</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>مثل النظام (%1)</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>مجلد البيانات</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>فتح المجلد</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>فتح مجلد البيانات</translation>
    </message>
    <message>
        <source>Show your data folder in the file manager</source>
        <translation>عرض مجلد بياناتك في مدير الملفات</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>تغيير…</translation>
    </message>
    <message>
        <source>Choose another data folder</source>
        <translation>اختيار مجلد بيانات آخر</translation>
    </message>
    <message>
        <source>Keep your data in another folder from now on (it is copied there; nothing is deleted)</source>
        <translation>حفظ بياناتك في مجلد آخر من الآن فصاعدًا (تُنسخ إليه؛ لا يُحذف شيء)</translation>
    </message>
    <message>
        <source>Set by %1 when FieldKit started</source>
        <translation>حدّده %1 عند بدء FieldKit</translation>
    </message>
    <message>
        <source>Your data folder</source>
        <translation>مجلد بياناتك</translation>
    </message>
    <message>
        <source>Your runs, notes, bookmarks and settings live here, with automatic backups.</source>
        <translation>هنا جولاتك وملاحظاتك وإشاراتك المرجعية وإعداداتك، مع نسخ احتياطية تلقائية.</translation>
    </message>
    <message>
        <source>FieldKit runs in portable mode (a file named “portable” sits beside the program), so your data stays in this folder beside it and nothing is written to this computer's profile; remove that file to choose another folder.</source>
        <translation>يعمل FieldKit في الوضع المحمول (يوجد ملف اسمه «portable» بجانب البرنامج)، لذا تبقى بياناتك في هذا المجلد بجانبه ولا يكتب شيء في ملف تعريف هذا الحاسوب؛ احذف ذلك الملف لاختيار مجلد آخر.</translation>
    </message>
    <message>
        <source>Chosen by %1 when FieldKit started; to change it, start FieldKit without %1.</source>
        <translation>اختاره %1 عند بدء FieldKit؛ لتغييره، ابدأ FieldKit دون %1.</translation>
    </message>
    <message>
        <source>Data folder set at start</source>
        <translation>مجلد البيانات محدد عند البدء</translation>
    </message>
    <message>
        <source>Library files</source>
        <translation>ملفات المكتبة</translation>
    </message>
    <message>
        <source>Library file</source>
        <translation>ملف المكتبة</translation>
    </message>
    <message>
        <source>Choose a folder for your data</source>
        <translation>اختر مجلدًا لبياناتك</translation>
    </message>
    <message>
        <source>The data folder is set by %1 when FieldKit starts, so it cannot be changed here; start FieldKit without %1 to choose one.</source>
        <translation>يحدد %1 مجلد البيانات عند بدء FieldKit، لذا لا يمكن تغييره هنا؛ ابدأ FieldKit دون %1 لاختيار مجلد.</translation>
    </message>
    <message>
        <source>Another FieldKit window is using %1; close it first. Your data stays in %2.</source>
        <translation>نافذة FieldKit أخرى تستخدم %1؛ أغلقها أولًا. تبقى بياناتك في %2.</translation>
    </message>
    <message>
        <source>%1 (from the next start)</source>
        <translation>%1 (من البدء التالي)</translation>
    </message>
    <message>
        <source>FieldKit will use %1 from the next start; your data could not be opened in this session.</source>
        <translation>سيستخدم FieldKit المجلد %1 من البدء التالي؛ تعذّر فتح بياناتك في هذه الجلسة.</translation>
    </message>
    <message>
        <source>Your data was copied to %1 and is saved there from now on. The old copy in %2 stays as it was.</source>
        <translation>نُسخت بياناتك إلى %1 وتُحفظ هناك من الآن فصاعدًا. تبقى النسخة القديمة في %2 كما هي.</translation>
    </message>
    <message>
        <source>FieldKit now uses the data already in %1; what you did in %2 stays there.</source>
        <translation>يستخدم FieldKit الآن البيانات الموجودة في %1؛ ويبقى ما فعلته في %2 هناك.</translation>
    </message>
    <message>
        <source>none loaded</source>
        <translation>لم يُحمَّل شيء</translation>
    </message>
    <message>
        <source>opening…</source>
        <translation>جارٍ الفتح…</translation>
    </message>
    <message>
        <source>This change lasts until you close FieldKit: your data folder could not be opened.</source>
        <translation>يستمر هذا التغيير حتى تغلق FieldKit: تعذّر فتح مجلد بياناتك.</translation>
    </message>
    <message>
        <source>FieldKit stays in %1.</source>
        <translation>يبقى FieldKit بـ %1.</translation>
    </message>
    <message>
        <source>FieldKit will open in %1 from the next start: close it and open it again to switch now.</source>
        <translation>سيفتح FieldKit بـ %1 من البدء التالي: أغلقه وافتحه من جديد للتبديل الآن.</translation>
    </message>
</context>
<context>
    <name>SheetControl</name>
    <message>
        <source>Worksheets cannot be started: your data or the library is not open.</source>
        <translation>لا يمكن بدء أوراق العمل: بياناتك أو المكتبة غير مفتوحة.</translation>
    </message>
</context>
<context>
    <name>SheetForm</name>
    <message>
        <source>Keep in mind:</source>
        <translation>تذكّر:</translation>
    </message>
    <message>
        <source>Prompt: %1</source>
        <translation>تذكير: %1</translation>
    </message>
    <message>
        <source>Open this cultural prompt</source>
        <translation>فتح هذا التذكير الثقافي</translation>
    </message>
</context>
<context>
    <name>SheetListModel</name>
    <message>
        <source>%1 of %2 filled in</source>
        <translation>عُبّئ %1 من %2</translation>
    </message>
    <message>
        <source>part of a run</source>
        <translation>جزء من جولة</translation>
    </message>
</context>
<context>
    <name>SyncScreen</name>
    <message>
        <source>Sync</source>
        <translation>المزامنة</translation>
    </message>
    <message>
        <source>Library updates</source>
        <translation>تحديثات المكتبة</translation>
    </message>
    <message>
        <source>Get new library content from a web address, a folder or a USB drive. Every update is checked against the publisher's signature before anything changes.</source>
        <translation>احصل على محتوى جديد للمكتبة من عنوان ويب أو مجلد أو قرص USB. يجري التحقق من كل تحديث بتوقيع الناشر قبل أي تغيير.</translation>
    </message>
    <message>
        <source>Where from</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>https://… address of a feed, or a folder</source>
        <translation>عنوان موجز (⁦https://…⁩) أو مجلد</translation>
    </message>
    <message>
        <source>Source: a web address or a folder</source>
        <translation>المصدر: عنوان ويب أو مجلد</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>اختيار مجلد…</translation>
    </message>
    <message>
        <source>Also install packs this device does not have yet</source>
        <translation>تثبيت الحزم غير الموجودة على هذا الجهاز أيضا</translation>
    </message>
    <message>
        <source>Check for updates</source>
        <translation>البحث عن تحديثات</translation>
    </message>
    <message>
        <source>Install updates</source>
        <translation>تثبيت التحديثات</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Stop now; what is installed stays as it was</source>
        <translation>التوقف الآن؛ يبقى ما هو مثبت كما كان</translation>
    </message>
    <message>
        <source>CA certificate (own HTTPS server):</source>
        <translation>شهادة سلطة التصديق (خادم HTTPS خاص):</translation>
    </message>
    <message>
        <source>none: the usual certificates only</source>
        <translation>لا شيء: الشهادات المعتادة فقط</translation>
    </message>
    <message>
        <source>CA certificate file for an organisation's own HTTPS server</source>
        <translation>ملف شهادة سلطة التصديق لخادم HTTPS خاص بمنظمة</translation>
    </message>
    <message>
        <source>Choose certificate…</source>
        <translation>اختر شهادة…</translation>
    </message>
    <message>
        <source>Choose the CA certificate</source>
        <translation>اختر شهادة سلطة التصديق</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>الشهادات (*.pem *.crt *.cer);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>التحديثات</translation>
    </message>
    <message>
        <source>Available updates</source>
        <translation>التحديثات المتاحة</translation>
    </message>
    <message>
        <source>Choose a source, then check for updates. Nothing is installed until you ask.</source>
        <translation>اختر مصدرا ثم ابحث عن تحديثات. لا يثبت شيء حتى تطلب ذلك.</translation>
    </message>
    <message>
        <source>Update summary</source>
        <translation>ملخص التحديثات</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>تقدم التنزيل</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدم</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Drives plugged in:</source>
        <translation>الأقراص الموصولة:</translation>
    </message>
    <message>
        <source>No USB drive is plugged in.</source>
        <translation>لا يوجد قرص USB موصول.</translation>
    </message>
    <message>
        <source>Use the drive %1</source>
        <translation>استخدام القرص %1</translation>
    </message>
    <message>
        <source>Choose the folder with the updates</source>
        <translation>اختر المجلد الذي يحتوي على التحديثات</translation>
    </message>
    <message>
        <source>Type a web address or choose a folder or drive first.</source>
        <translation>اكتب عنوان ويب أو اختر مجلدا أو قرصا أولا.</translation>
    </message>
    <message>
        <source>Looking for updates on %1…</source>
        <translation>جار البحث عن تحديثات في %1…</translation>
    </message>
    <message>
        <source>%1 available (%2). Nothing is installed until you press Install updates.</source>
        <translation>متاح: %1 (%2). لا يثبت شيء حتى تضغط على تثبيت التحديثات.</translation>
    </message>
    <message>
        <source>Everything is up to date.</source>
        <translation>كل شيء محدث.</translation>
    </message>
    <message>
        <source>Use older content?</source>
        <translation>هل تريد استخدام محتوى أقدم؟</translation>
    </message>
    <message>
        <source>The updates on %1 are out of date: content as of %2.

Use them anyway? Only packs newer than the ones you have are installed.</source>
        <translation>التحديثات في %1 قديمة: محتوى بتاريخ %2.

هل تريد استخدامها رغم ذلك؟ لا تثبت إلا الحزم الأحدث من التي لديك.</translation>
    </message>
    <message>
        <source>Use content as of %1</source>
        <translation>استخدام محتوى بتاريخ %1</translation>
    </message>
    <message>
        <source>Nothing was changed: the content on %1 is as of %2.</source>
        <translation>لم يتغير شيء: المحتوى في %1 بتاريخ %2.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>جار البدء…</translation>
    </message>
    <message>
        <source>Installing updates from %1…</source>
        <translation>جار تثبيت التحديثات من %1…</translation>
    </message>
    <message>
        <source>Downloading: %1</source>
        <translation>جار التنزيل: %1</translation>
    </message>
    <message>
        <source>Installing: %1…</source>
        <translation>جار التثبيت: %1…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>تم.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>جار الإلغاء…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>ألغي.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>ألغي: لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Cancelled. Already installed before the cancel: %1.</source>
        <translation>ألغي. ما ثبت قبل الإلغاء: %1.</translation>
    </message>
</context>
<context>
    <name>TopicListModel</name>
    <message numerus="yes">
        <source>%n prompt(s)</source>
        <translation>
            <numerusform>لا تذكيرات</numerusform>
            <numerusform>تذكير واحد</numerusform>
            <numerusform>تذكيران</numerusform>
            <numerusform>%n تذكيرات</numerusform>
            <numerusform>%n تذكيرًا</numerusform>
            <numerusform>%n تذكير</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UpdatesModel</name>
    <message>
        <source>Pack</source>
        <translation>الحزمة</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>التنزيل</translation>
    </message>
    <message>
        <source>new: %1</source>
        <translation>جديد: %1</translation>
    </message>
    <message>
        <source>(changes only)</source>
        <translation>(التغييرات فقط)</translation>
    </message>
</context>
<context>
    <name>WipeDialog</name>
    <message>
        <source>Erase data</source>
        <translation>محو البيانات</translation>
    </message>
    <message>
        <source>Erase your data</source>
        <translation>محو بياناتك</translation>
    </message>
    <message>
        <source>This cannot be undone. Choose what to erase; it starts when the count reaches zero. Esc or Cancel stops it.</source>
        <translation>لا يمكن التراجع عن ذلك. اختر ما تريد محوه؛ يبدأ المحو عندما يصل العد إلى الصفر. Esc أو إلغاء يوقفه.</translation>
    </message>
    <message>
        <source>My runs, notes and worksheets (with their backups)</source>
        <translation>جولاتي وملاحظاتي وأوراق عملي (مع نسخها الاحتياطية)</translation>
    </message>
    <message>
        <source>Everything of mine, with settings and logs</source>
        <translation>كل ما يخصني، مع الإعدادات والسجلات</translation>
    </message>
    <message>
        <source>Everything, with the installed packs</source>
        <translation>كل شيء، مع الحزم المثبتة</translation>
    </message>
    <message>
        <source>Seconds before erasing</source>
        <translation>الثواني قبل المحو</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>إلغاء (Esc)</translation>
    </message>
    <message>
        <source>Cancel the wipe</source>
        <translation>إلغاء المحو</translation>
    </message>
    <message>
        <source>Erase now</source>
        <translation>المحو الآن</translation>
    </message>
    <message>
        <source>Erase now, without waiting</source>
        <translation>المحو الآن دون انتظار</translation>
    </message>
    <message numerus="yes">
        <source>Erasing in %n second(s)</source>
        <translation>
            <numerusform>المحو الآن</numerusform>
            <numerusform>المحو بعد ثانية</numerusform>
            <numerusform>المحو بعد ثانيتين</numerusform>
            <numerusform>المحو بعد %n ثوان</numerusform>
            <numerusform>المحو بعد %n ثانية</numerusform>
            <numerusform>المحو بعد %n ثانية</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>Something went wrong: %1</source>
        <translation>حدث خطأ: %1</translation>
    </message>
    <message>
        <source>%1 could not be written: the disk is full.</source>
        <translation>تعذّرت كتابة %1: القرص ممتلئ.</translation>
    </message>
    <message>
        <source>The disk is full; free some space and try again.</source>
        <translation>القرص ممتلئ؛ حرّر بعض المساحة وحاول مجددًا.</translation>
    </message>
    <message>
        <source>FieldKit is not allowed to use %1; check its permissions.</source>
        <translation>لا يُسمح لـ FieldKit باستخدام %1؛ تحقّق من أذوناته.</translation>
    </message>
    <message>
        <source>FieldKit is not allowed to use a file it needs; check the permissions.</source>
        <translation>لا يُسمح لـ FieldKit باستخدام ملف يحتاجه؛ تحقّق من الأذونات.</translation>
    </message>
    <message>
        <source>%1 is on a read-only disk.</source>
        <translation>%1 على قرص للقراءة فقط.</translation>
    </message>
    <message>
        <source>The disk is read-only.</source>
        <translation>القرص للقراءة فقط.</translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation>%1 لم يعد موجودًا.</translation>
    </message>
    <message>
        <source>A file FieldKit needs no longer exists.</source>
        <translation>ملف يحتاجه FieldKit لم يعد موجودًا.</translation>
    </message>
    <message>
        <source>An unexpected problem (%1); the details are in %2.</source>
        <translation>مشكلة غير متوقعة (%1)؛ التفاصيل في %2.</translation>
    </message>
    <message>
        <source>An unexpected problem (%1); the details could not be logged.</source>
        <translation>مشكلة غير متوقعة (%1)؛ تعذّر تسجيل التفاصيل.</translation>
    </message>
</context>
<context>
    <name>WorksheetListModel</name>
    <message numerus="yes">
        <source>%n field(s) to fill in</source>
        <translation>
            <numerusform>لا حقول للتعبئة</numerusform>
            <numerusform>حقل واحد للتعبئة</numerusform>
            <numerusform>حقلان للتعبئة</numerusform>
            <numerusform>%n حقول للتعبئة</numerusform>
            <numerusform>%n حقلًا للتعبئة</numerusform>
            <numerusform>%n حقل للتعبئة</numerusform>
        </translation>
    </message>
    <message>
        <source>a card to read</source>
        <translation>بطاقة للقراءة</translation>
    </message>
</context>
<context>
    <name>WorksheetPreview</name>
    <message>
        <source>Name this sheet (optional)</source>
        <translation>اسم هذه الورقة (اختياري)</translation>
    </message>
    <message>
        <source>Sheet name</source>
        <translation>اسم الورقة</translation>
    </message>
    <message>
        <source>e.g. Debrief, km 42</source>
        <translation>مثلًا: استخلاص المعلومات، الكيلومتر 42</translation>
    </message>
    <message>
        <source>Attach to the run</source>
        <translation>إرفاق بالجولة</translation>
    </message>
    <message>
        <source>Start filling in</source>
        <translation>بدء التعبئة</translation>
    </message>
    <message>
        <source>Start a new sheet of this worksheet (Enter)</source>
        <translation>بدء ورقة جديدة من ورقة العمل هذه (Enter)</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>لا حقول</numerusform>
            <numerusform>حقل واحد</numerusform>
            <numerusform>حقلان</numerusform>
            <numerusform>%n حقول</numerusform>
            <numerusform>%n حقلًا</numerusform>
            <numerusform>%n حقل</numerusform>
        </translation>
    </message>
    <message>
        <source>to read</source>
        <translation>للقراءة</translation>
    </message>
</context>
<context>
    <name>WorksheetsScreen</name>
    <message>
        <source>Worksheets</source>
        <translation>أوراق العمل</translation>
    </message>
    <message>
        <source>Arrow keys choose; Enter starts one</source>
        <translation>الأسهم للاختيار؛ Enter يبدأ ورقة</translation>
    </message>
    <message>
        <source>Your sheets</source>
        <translation>أوراقك</translation>
    </message>
    <message>
        <source>Enter or double-click opens a sheet</source>
        <translation>Enter أو النقر المزدوج يفتح ورقة</translation>
    </message>
    <message>
        <source>Nothing filled in yet. Choose a worksheet and start one.</source>
        <translation>لم تُعبَّأ أي ورقة بعد. اختر ورقة عمل وابدأ.</translation>
    </message>
    <message>
        <source>Export the worksheet as HTML or PDF</source>
        <translation>تصدير ورقة العمل بصيغة HTML أو PDF</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>Export this sheet</source>
        <translation>تصدير هذه الورقة</translation>
    </message>
    <message>
        <source>Save it as PDF or HTML (Ctrl+E)</source>
        <translation>حفظها بصيغة PDF أو HTML (Ctrl+E)</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <source>Delete this sheet</source>
        <translation>حذف هذه الورقة</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Close this sheet</source>
        <translation>إغلاق هذه الورقة</translation>
    </message>
    <message>
        <source>Back to the worksheet list; what you typed is saved</source>
        <translation>العودة إلى قائمة أوراق العمل؛ ما كتبته محفوظ</translation>
    </message>
    <message>
        <source>Worksheet fields</source>
        <translation>حقول ورقة العمل</translation>
    </message>
    <message>
        <source>There is no worksheet %1 in the library.</source>
        <translation>لا توجد في المكتبة ورقة عمل %1.</translation>
    </message>
    <message>
        <source>Attach to the run “%1”</source>
        <translation>إرفاق بالجولة «%1»</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>بدأت %1</translation>
    </message>
    <message>
        <source>part of the run “%1”</source>
        <translation>جزء من الجولة «%1»</translation>
    </message>
    <message>
        <source>part of a run</source>
        <translation>جزء من جولة</translation>
    </message>
    <message>
        <source>Attach to “%1”</source>
        <translation>إرفاق بـ «%1»</translation>
    </message>
    <message>
        <source>Attach this sheet to the run</source>
        <translation>إرفاق هذه الورقة بالجولة</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>حُفظ %1</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>جارٍ كتابة التقرير…</translation>
    </message>
    <message>
        <source>Report saved: %1</source>
        <translation>حُفظ التقرير: %1</translation>
    </message>
    <message>
        <source>Delete this sheet?</source>
        <translation>هل تريد حذف هذه الورقة؟</translation>
    </message>
    <message>
        <source>Delete “%1” and everything typed in it? This cannot be undone.</source>
        <translation>هل تريد حذف «%1» وكل ما كُتب فيها؟ لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
</context>
</TS>