<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Thabat</source>
        <translation>عن ثبات</translation>
    </message>
    <message>
        <source>Thabat — job search journal</source>
        <translation>ثبات — دفتر رحلة البحث عن عمل</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>الإصدار %1</translation>
    </message>
    <message>
        <source>No network: Thabat never connects to the internet. Your data stays here, on this computer.</source>
        <translation>بلا شبكة: لا يتصل ثبات بالإنترنت أبدًا. تبقى بياناتك هنا، على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Your journal is kept in: %1</source>
        <translation>تُحفظ يومياتك في: %1</translation>
    </message>
    <message>
        <source>Free software under the %1, version 3 or later (%2).</source>
        <translation>برنامج حر بموجب %1، الإصدار الثالث أو أي إصدار لاحق (%2).</translation>
    </message>
    <message>
        <source>Arabic font: %1, %2.</source>
        <translation>الخط العربي: %1، برخصة %2.</translation>
    </message>
</context>
<context>
    <name>ActionItemsPanel</name>
    <message>
        <source>To do</source>
        <translation>للتنفيذ</translation>
    </message>
    <message>
        <source>Doing</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>Move to To do</source>
        <translation>نقل إلى «للتنفيذ»</translation>
    </message>
    <message>
        <source>Move to Doing</source>
        <translation>نقل إلى «قيد التنفيذ»</translation>
    </message>
    <message>
        <source>Move to Done</source>
        <translation>نقل إلى «تم»</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>موعدها</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>ال&amp;خطوة:</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>ال&amp;موعد:</translation>
    </message>
    <message>
        <source>A&amp;rea:</source>
        <translation>م&amp;جال التحسين:</translation>
    </message>
    <message>
        <source>&amp;Add as new</source>
        <translation>إ&amp;ضافة كجديد</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;حفظ التعديلات</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>(no area)</source>
        <translation>(بلا مجال)</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Thabat</source>
        <translation>ثبات</translation>
    </message>
</context>
<context>
    <name>ApplicationDialog</name>
    <message>
        <source>Edit application</source>
        <translation>تعديل الطلب</translation>
    </message>
    <message>
        <source>Add an application</source>
        <translation>إضافة طلب توظيف</translation>
    </message>
    <message>
        <source>&amp;More details…</source>
        <translation>&amp;تفاصيل أخرى…</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>ال&amp;شركة</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>ال&amp;وظيفة</translation>
    </message>
    <message>
        <source>&amp;Applied on</source>
        <translation>تاريخ الت&amp;قديم</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>ال&amp;رابط</translation>
    </message>
    <message>
        <source>L&amp;ocation</source>
        <translation>الم&amp;كان</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;ملاحظات</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>ال&amp;مصدر</translation>
    </message>
    <message>
        <source>Referred &amp;by</source>
        <translation>ر&amp;شّحني</translation>
    </message>
    <message>
        <source>&amp;Work place</source>
        <translation>م&amp;كان العمل</translation>
    </message>
    <message>
        <source>Sa&amp;lary</source>
        <translation>ال&amp;راتب</translation>
    </message>
    <message>
        <source>&amp;Deadline</source>
        <translation>آخر مو&amp;عد</translation>
    </message>
    <message>
        <source>How much I &amp;want it</source>
        <translation>مدى ر&amp;غبتي فيها</translation>
    </message>
    <message>
        <source>&amp;Job description</source>
        <translation>ال&amp;وصف الوظيفي</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>لم يُحدَّد</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>لا أحد</translation>
    </message>
    <message>
        <source>from…</source>
        <translation>من…</translation>
    </message>
    <message>
        <source>to…</source>
        <translation>إلى…</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>There is a deadline</source>
        <translation>هناك آخر موعد</translation>
    </message>
    <message>
        <source>Paste the posting: postings disappear, this copy stays.</source>
        <translation>الصق إعلان الوظيفة: الإعلانات تختفي، وهذه النسخة تبقى.</translation>
    </message>
    <message>
        <source>Application saved.</source>
        <translation>حُفظ الطلب.</translation>
    </message>
</context>
<context>
    <name>ApplicationFacts</name>
    <message>
        <source>Source: %1</source>
        <translation>المصدر: %1</translation>
    </message>
    <message>
        <source>Work place: %1</source>
        <translation>مكان العمل: %1</translation>
    </message>
    <message>
        <source>Salary: %1–%2 %3</source>
        <translation>الراتب: %1–%2 %3</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>آخر موعد: %1</translation>
    </message>
    <message>
        <source>How much I want it: %1 of %2</source>
        <translation>مدى رغبتي فيها: %1 من %2</translation>
    </message>
    <message>
        <source>Job description kept (searchable).</source>
        <translation>الوصف الوظيفي محفوظ (ويمكن البحث فيه).</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>لا ردّ</translation>
    </message>
    <message>
        <source>at: %1</source>
        <translation>في مرحلة: %1</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>مع %1</translation>
    </message>
</context>
<context>
    <name>ApplicationsModel</name>
    <message>
        <source>Company</source>
        <translation>الشركة</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الوظيفة</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>تاريخ التقديم</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Latest step</source>
        <translation>آخر خطوة</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>التاريخ غير معروف</translation>
    </message>
</context>
<context>
    <name>ApplicationsPage</name>
    <message>
        <source>Applications</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <source>Filter by company or role…</source>
        <translation>تصفية حسب الشركة أو الوظيفة…</translation>
    </message>
    <message>
        <source>Filter applications</source>
        <translation>تصفية الطلبات</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>كل النتائج</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>إضافة…</translation>
    </message>
    <message>
        <source>Log a rejection…</source>
        <translation>تسجيل رفض…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Log rejection…</source>
        <translation>تسجيل رفض…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <source>Reflect…</source>
        <translation>تأمّل…</translation>
    </message>
    <message>
        <source>Reflect on this rejection, or resume the reflection</source>
        <translation>تأمّل هذا الرفض، أو أكمل التأمّل الذي بدأته</translation>
    </message>
    <message>
        <source>History</source>
        <translation>المسار</translation>
    </message>
    <message>
        <source>Record a stage…</source>
        <translation>تسجيل مرحلة…</translation>
    </message>
    <message>
        <source>Edit step…</source>
        <translation>تعديل الخطوة…</translation>
    </message>
    <message>
        <source>Delete step…</source>
        <translation>حذف الخطوة…</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;جدول</translation>
    </message>
    <message>
        <source>Show the applications as a table, with the history beside it</source>
        <translation>اعرض الطلبات في جدول، وسجلّ كل طلب بجانبه</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;لوحة</translation>
    </message>
    <message>
        <source>Show the applications as cards in a column per stage; move a card with the mouse, with Ctrl+Shift+Left/Right or its menu</source>
        <translation>اعرض الطلبات بطاقاتٍ في عمود لكل مرحلة؛ انقل البطاقة بالفأرة، أو بـ Ctrl+Shift مع سهم اليمين أو اليسار، أو من قائمتها</translation>
    </message>
    <message>
        <source>No applications yet</source>
        <translation>لا طلبات بعد</translation>
    </message>
    <message>
        <source>Add each job you apply for: Thabat counts them against your weekly goal and keeps their history. Already using a spreadsheet? Use File → Import.</source>
        <translation>أضف كل وظيفة تتقدّم إليها: يحسبها ثبات ضمن هدفك الأسبوعي ويحفظ سجلّها. هل تستخدم جدول بيانات؟ اختر ملف ← استيراد.</translation>
    </message>
    <message>
        <source>Add your first application</source>
        <translation>أضف طلبك الأول</translation>
    </message>
    <message>
        <source>Delete application</source>
        <translation>حذف الطلب</translation>
    </message>
    <message>
        <source>Delete this application with its history, rejection and reflections? This cannot be undone.</source>
        <translation>هل تريد حذف هذا الطلب مع مساره ورفضه وتأملاته؟ لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Delete step</source>
        <translation>حذف الخطوة</translation>
    </message>
    <message>
        <source>Delete this step from the history?</source>
        <translation>هل تريد حذف هذه الخطوة من مسار الطلب؟</translation>
    </message>
    <message>
        <source>Choose an application to see its history.</source>
        <translation>اختر طلبًا لترى مساره.</translation>
    </message>
    <message>
        <source>Applied on %1</source>
        <translation>تاريخ التقديم: %1</translation>
    </message>
    <message>
        <source>Applied on: date unknown</source>
        <translation>تاريخ التقديم: غير معروف</translation>
    </message>
    <message>
        <source>Rejection came at: %1</source>
        <translation>جاء الرفض في مرحلة: %1</translation>
    </message>
    <message>
        <source>No response</source>
        <translation>لا ردّ</translation>
    </message>
    <message>
        <source>Marked as no response.</source>
        <translation>سُجّل الطلب بلا ردّ.</translation>
    </message>
</context>
<context>
    <name>BackupsWidget</name>
    <message>
        <source>Restore this backup?</source>
        <translation>أتستعيد هذه النسخة الاحتياطية؟</translation>
    </message>
    <message>
        <source>Your journal will be replaced by the backup from %1. Its current state is backed up first, so you can come back to it.</source>
        <translation>ستحل النسخة الاحتياطية المأخوذة في %1 محل يومياتك. ستُحفظ حالتها الحالية أولاً، فتستطيع الرجوع إليها.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>Delete this backup?</source>
        <translation>أتحذف هذه النسخة الاحتياطية؟</translation>
    </message>
    <message>
        <source>The backup from %1 will be deleted for good. Thabat cannot bring it back.</source>
        <translation>ستُحذف النسخة الاحتياطية المأخوذة في %1 نهائيًا، ولن يستطيع ثبات استعادتها.</translation>
    </message>
    <message numerus="yes">
        <source>Thabat copies your journal once a day and keeps the copies of the last %n day(s).</source>
        <translation>
            <numerusform>ينسخ ثبات يومياتك مرة كل يوم ويحتفظ بنسخ آخر %n يوم.</numerusform>
            <numerusform>ينسخ ثبات يومياتك مرة كل يوم ويحتفظ بنسخة آخر يوم.</numerusform>
            <numerusform>ينسخ ثبات يومياتك مرة كل يوم ويحتفظ بنسخ آخر يومين.</numerusform>
            <numerusform>ينسخ ثبات يومياتك مرة كل يوم ويحتفظ بنسخ آخر %n أيام.</numerusform>
            <numerusform>ينسخ ثبات يومياتك مرة كل يوم ويحتفظ بنسخ آخر %n يومًا.</numerusform>
            <numerusform>ينسخ ثبات يومياتك مرة كل يوم ويحتفظ بنسخ آخر %n يوم.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It also keeps one copy for each of the last %n week(s).</source>
        <translation>
            <numerusform>ويحتفظ كذلك بنسخة واحدة لكل أسبوع من آخر %n أسبوع.</numerusform>
            <numerusform>ويحتفظ كذلك بنسخة واحدة من الأسبوع الماضي.</numerusform>
            <numerusform>ويحتفظ كذلك بنسخة واحدة لكل أسبوع من آخر أسبوعين.</numerusform>
            <numerusform>ويحتفظ كذلك بنسخة واحدة لكل أسبوع من آخر %n أسابيع.</numerusform>
            <numerusform>ويحتفظ كذلك بنسخة واحدة لكل أسبوع من آخر %n أسبوعًا.</numerusform>
            <numerusform>ويحتفظ كذلك بنسخة واحدة لكل أسبوع من آخر %n أسبوع.</numerusform>
        </translation>
    </message>
    <message>
        <source>It never removes the newest copy that holds more than your journal. Copies kept before a restore or an upgrade, and copies you make, are protected: only you can delete them, here.</source>
        <translation>ولا يحذف أبدًا أحدث نسخة فيها أكثر مما في يومياتك الآن. النسخ المحفوظة قبل الاستعادة أو التحديث، والنسخ التي تصنعها بنفسك، محمية: لا يحذفها أحد غيرك، من هنا.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>انسخ &amp;الآن</translation>
    </message>
    <message>
        <source>&amp;Restore the selected backup…</source>
        <translation>ا&amp;ستعد النسخة المحددة…</translation>
    </message>
    <message>
        <source>&amp;Delete the selected backup…</source>
        <translation>&amp;احذف النسخة المحددة…</translation>
    </message>
    <message>
        <source>Protected: kept before a restore</source>
        <translation>محمية: حُفظت قبل الاستعادة</translation>
    </message>
    <message>
        <source>Protected: kept before an upgrade</source>
        <translation>محمية: حُفظت قبل التحديث</translation>
    </message>
    <message>
        <source>Protected: made by you</source>
        <translation>محمية: صنعتها بنفسك</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>يومية</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 ك.بايت</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>جارٍ النسخ الاحتياطي</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>حُفظت نسخة احتياطية في %1.</translation>
    </message>
    <message>
        <source>Restored the backup from %1.</source>
        <translation>استُعيدت النسخة الاحتياطية المأخوذة في %1.</translation>
    </message>
    <message>
        <source>Restoring a backup</source>
        <translation>جارٍ استرجاع نسخة احتياطية</translation>
    </message>
    <message>
        <source>Deleted the backup from %1.</source>
        <translation>حُذفت النسخة الاحتياطية المأخوذة في %1.</translation>
    </message>
</context>
<context>
    <name>Board</name>
    <message>
        <source>No response</source>
        <translation>لا ردّ</translation>
    </message>
    <message>
        <source>Withdrew</source>
        <translation>انسحبت</translation>
    </message>
    <message numerus="yes">
        <source>%n days here</source>
        <translation>
            <numerusform>هنا منذ اليوم</numerusform>
            <numerusform>يوم واحد هنا</numerusform>
            <numerusform>يومان هنا</numerusform>
            <numerusform>%n أيام هنا</numerusform>
            <numerusform>%n يومًا هنا</numerusform>
            <numerusform>%n يوم هنا</numerusform>
        </translation>
    </message>
    <message>
        <source>Deadline %1</source>
        <translation>آخر موعد %1</translation>
    </message>
    <message>
        <source>Final round %1</source>
        <translation>المرحلة النهائية %1</translation>
    </message>
    <message>
        <source>Interview %1</source>
        <translation>مقابلة %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 column</source>
        <translation>عمود %1</translation>
    </message>
    <message numerus="yes">
        <source>%n applications</source>
        <translation>
            <numerusform>لا طلبات</numerusform>
            <numerusform>طلب واحد</numerusform>
            <numerusform>طلبان</numerusform>
            <numerusform>%n طلبات</numerusform>
            <numerusform>%n طلبًا</numerusform>
            <numerusform>%n طلب</numerusform>
        </translation>
    </message>
    <message>
        <source>Show in the table</source>
        <translation>اعرضه في الجدول</translation>
    </message>
    <message>
        <source>Move to…</source>
        <translation>انقل إلى…</translation>
    </message>
</context>
<context>
    <name>CardMoves</name>
    <message>
        <source>Move the card</source>
        <translation>نقل البطاقة</translation>
    </message>
    <message>
        <source>Every application starts in Applied; to take a card back, delete its later steps in the history.</source>
        <translation>يبدأ كل طلب في عمود «تقدّمت»؛ لإرجاع بطاقة إليه، احذف خطواتها اللاحقة من السجلّ.</translation>
    </message>
</context>
<context>
    <name>CarefulDialog</name>
    <message>
        <source>Throw away what you typed here?</source>
        <translation>هل تريد التخلّي عمّا كتبته هنا؟</translation>
    </message>
    <message>
        <source>&amp;Throw away</source>
        <translation>&amp;تخلَّ عنه</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>تابِع ال&amp;كتابة</translation>
    </message>
</context>
<context>
    <name>ChartsPage</name>
    <message>
        <source>Last 3 months</source>
        <translation>آخر ثلاثة أشهر</translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation>آخر ستة أشهر</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>آخر سنة</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>كل الفترة</translation>
    </message>
    <message>
        <source>From… to…</source>
        <translation>من… إلى…</translation>
    </message>
    <message>
        <source>Your charts will grow here</source>
        <translation>ستظهر رسومك البيانية هنا</translation>
    </message>
    <message>
        <source>Applications per week, outcomes, confidence over time and bounce-back time appear once you have added a few applications.</source>
        <translation>الطلبات في كل أسبوع، والنتائج، والثقة عبر الزمن، ومدة النهوض بعد الرفض: تظهر كلها بعد أن تضيف بعض الطلبات.</translation>
    </message>
    <message>
        <source>Add an application</source>
        <translation>إضافة طلب</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>ال&amp;فترة:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>ال&amp;سنة:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;من:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>إ&amp;لى:</translation>
    </message>
    <message>
        <source>&amp;Save as PNG or SVG…</source>
        <translation>&amp;حفظ الرسم كصورة…</translation>
    </message>
    <message>
        <source>S&amp;kills shown</source>
        <translation>ال&amp;مهارات المعروضة</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>المخطط</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>صورة PNG</translation>
    </message>
    <message>
        <source>SVG image</source>
        <translation>صورة SVG</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>حفظ المخطط</translation>
    </message>
    <message>
        <source>Saving the chart</source>
        <translation>جارٍ حفظ المخطط</translation>
    </message>
    <message>
        <source>Saved the chart to %1.</source>
        <translation>حُفظ المخطط في %1.</translation>
    </message>
</context>
<context>
    <name>CheckInReminder</name>
    <message>
        <source>How are you feeling today? A one-tap check-in is waiting on Today.</source>
        <translation>كيف تشعر اليوم؟ تسجيل سريع لحالتك ينتظرك في صفحة «اليوم».</translation>
    </message>
</context>
<context>
    <name>CloseStep</name>
    <message>
        <source>Confidence &amp;now (%1–%2)</source>
        <translation>الثقة ال&amp;آن (%1–%2)</translation>
    </message>
    <message>
        <source>One &amp;strength you showed</source>
        <translation>&amp;نقطة قوة أظهرتَها</translation>
    </message>
    <message>
        <source>N&amp;ext steps</source>
        <translation>الخطوات ال&amp;تالية</translation>
    </message>
    <message>
        <source>&amp;Applications planned this week</source>
        <translation>ال&amp;طلبات المخطط لها هذا الأسبوع</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>ال&amp;وسوم</translation>
    </message>
    <message>
        <source>For example: I explained my projects clearly.</source>
        <translation>مثلًا: شرحتُ مشاريعي بوضوح.</translation>
    </message>
    <message>
        <source>A strength you noted before: %1</source>
        <translation>نقطة قوة دوّنتَها من قبل: %1</translation>
    </message>
    <message>
        <source>What went well this time: %1</source>
        <translation>ما سار على ما يرام هذه المرة: %1</translation>
    </message>
    <message>
        <source>A skill you rated highly: %1</source>
        <translation>مهارة قيّمتَها تقييمًا عاليًا: %1</translation>
    </message>
    <message>
        <source>No strength noted yet: name your first one below, one thing you did well in this process, however small.</source>
        <translation>لم تُدوَّن أي نقطة قوة بعد: اكتب أولاها في الأسفل، شيئًا واحدًا أحسنتَ فيه خلال هذه العملية مهما بدا صغيرًا.</translation>
    </message>
    <message>
        <source>At the start you felt %1 out of %2.</source>
        <translation>في البداية كانت ثقتك %1 من %2.</translation>
    </message>
</context>
<context>
    <name>ComingUpBox</name>
    <message>
        <source>Coming up</source>
        <translation>القادم</translation>
    </message>
    <message>
        <source>Nothing scheduled in the next two weeks. When an interview is booked, record it on its application: it shows here with a prep card.</source>
        <translation>لا شيء مُجدول في الأسبوعين القادمين. حين تُحدَّد لك مقابلة، سجّلها في طلبها، فتظهر هنا ومعها بطاقة للاستعداد.</translation>
    </message>
    <message>
        <source>&amp;Prepare</source>
        <translation>&amp;استعد</translation>
    </message>
    <message>
        <source>What your own journal says about interviews like this one</source>
        <translation>ما يقوله دفترك أنت عن مقابلات مثل هذه</translation>
    </message>
    <message>
        <source>De&amp;brief</source>
        <translation>&amp;مراجعة سريعة</translation>
    </message>
    <message>
        <source>A few words on how the interview went, while memory is fresh</source>
        <translation>كلمات قليلة عن سير المقابلة، والذاكرة ما زالت حاضرة</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>Deadline to apply: %1 — %2</source>
        <translation>آخر موعد للتقديم: %1 — %2</translation>
    </message>
    <message>
        <source>How did it go? %1 — %2 (%3)</source>
        <translation>كيف جرت؟ %1 — %2 (%3)</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>show the version and exit</source>
        <translation>اعرض رقم الإصدار واخرج</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>الاستخدام: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>المعاملات الموضعية</translation>
    </message>
    <message>
        <source>options</source>
        <translation>الخيارات</translation>
    </message>
    <message>
        <source>show this help and exit</source>
        <translation>اعرض هذه المساعدة واخرج</translation>
    </message>
    <message>
        <source>%1: error: %2</source>
        <translation>%1: خطأ: %2</translation>
    </message>
    <message>
        <source>argument %1: %2</source>
        <translation>المعامل %1: %2</translation>
    </message>
    <message>
        <source>invalid choice: %1 (choose from %2)</source>
        <translation>اختيار غير صالح: %1 (اختر من %2)</translation>
    </message>
    <message>
        <source>these are required: %1</source>
        <translation>هذه مطلوبة: %1</translation>
    </message>
    <message>
        <source>unknown arguments: %1</source>
        <translation>معاملات غير معروفة: %1</translation>
    </message>
    <message>
        <source>a value is needed after it</source>
        <translation>يلزم بعده قيمة</translation>
    </message>
    <message>
        <source>A private, bilingual journal for job seekers. Without a command, starts the app.</source>
        <translation>يوميات خاصة ثنائية اللغة للباحثين عن عمل. دون أمر، يبدأ التطبيق.</translation>
    </message>
    <message>
        <source>the journal&apos;s folder (default: $THABAT_DATA_DIR, then the platform&apos;s user data folder)</source>
        <translation>مجلد اليوميات (الافتراضي: ‎$THABAT_DATA_DIR، ثم مجلد بيانات المستخدم في النظام)</translation>
    </message>
    <message>
        <source>the language for this run, its messages included (default: the setting, then the system&apos;s; messages: English)</source>
        <translation>اللغة في هذا التشغيل، ورسائله أيضًا (الافتراضي: الإعداد، ثم لغة النظام؛ والرسائل بالإنجليزية)</translation>
    </message>
    <message>
        <source>commands</source>
        <translation>الأوامر</translation>
    </message>
    <message>
        <source>the app is not available from here; use a command</source>
        <translation>لا يمكن فتح التطبيق من هنا؛ استخدم أمرًا</translation>
    </message>
    <message>
        <source>not a whole number: %1</source>
        <translation>ليس عددًا صحيحًا: %1</translation>
    </message>
    <message>
        <source>must be 1 or more: %1</source>
        <translation>يجب أن يكون واحدًا أو أكثر: %1</translation>
    </message>
    <message>
        <source>not a date (YYYY-MM-DD): %1</source>
        <translation>ليس تاريخًا (YYYY-MM-DD): %1</translation>
    </message>
    <message>
        <source>cannot use the data folder %1: %2</source>
        <translation>تعذّر استخدام مجلد البيانات %1: %2</translation>
    </message>
    <message>
        <source>a consistent copy of the journal (default: a new file in backups/)</source>
        <translation>نسخة متسقة من اليوميات (الافتراضي: ملف جديد في backups/‎)</translation>
    </message>
    <message>
        <source>where to write the copy (a new file)</source>
        <translation>أين تُكتب النسخة (ملف جديد)</translation>
    </message>
    <message>
        <source>replace the journal with a backup (the current one is kept)</source>
        <translation>استبدل اليوميات بنسخة احتياطية (تُحفظ الحالية)</translation>
    </message>
    <message>
        <source>a backup made by Thabat</source>
        <translation>نسخة احتياطية صنعها ثبات</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name</source>
        <translation>%1 موجود من قبل؛ اختر اسم ملف جديدًا</translation>
    </message>
    <message>
        <source>Backed up the journal to %1</source>
        <translation>نُسخت اليوميات احتياطيًا إلى %1</translation>
    </message>
    <message>
        <source>Thabat is running on %1; close it first, or restore from Settings &gt; Backups</source>
        <translation>ثبات يعمل على %1؛ أغلقه أولًا، أو استعد النسخة من الإعدادات &gt; النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>cannot restore %1: %2</source>
        <translation>تعذّرت استعادة %1: %2</translation>
    </message>
    <message>
        <source>Restored the journal from %1; the previous journal was kept as %2</source>
        <translation>استُعيدت اليوميات من %1؛ وحُفظت اليوميات السابقة باسم %2</translation>
    </message>
    <message>
        <source>Restored the journal from %1</source>
        <translation>استُعيدت اليوميات من %1</translation>
    </message>
    <message>
        <source>write the journal as PDF, a JSON backup or CSV</source>
        <translation>اكتب اليوميات ملف PDF أو نسخة JSON احتياطية أو CSV</translation>
    </message>
    <message>
        <source>the journal as a PDF to read, print or share</source>
        <translation>اليوميات ملف PDF للقراءة أو الطباعة أو المشاركة</translation>
    </message>
    <message>
        <source>first day to include</source>
        <translation>أول يوم يُضمَّن</translation>
    </message>
    <message>
        <source>last day to include</source>
        <translation>آخر يوم يُضمَّن</translation>
    </message>
    <message>
        <source>language of headings (default: --lang, then English)</source>
        <translation>لغة العناوين (الافتراضي: ‎--lang، ثم الإنجليزية)</translation>
    </message>
    <message>
        <source>paper size (default %(default)s)</source>
        <translation>مقاس الورق (الافتراضي %(default)s)</translation>
    </message>
    <message>
        <source>leave out entries marked private</source>
        <translation>استبعد المدخلات الخاصة</translation>
    </message>
    <message>
        <source>one part of the book a month or a company (default %(default)s)</source>
        <translation>جزء من الكتاب لكل شهر أو لكل شركة (الافتراضي %(default)s)</translation>
    </message>
    <message>
        <source>a full backup in Thabat&apos;s JSON format</source>
        <translation>نسخة احتياطية كاملة بصيغة JSON الخاصة بثبات</translation>
    </message>
    <message>
        <source>applications with their stage history (UTF-8 with BOM)</source>
        <translation>الطلبات مع تاريخ مراحلها (UTF-8 مع BOM)</translation>
    </message>
    <message>
        <source>language of headers and labels</source>
        <translation>لغة العناوين والتسميات</translation>
    </message>
    <message>
        <source>restore a JSON backup or add applications from CSV</source>
        <translation>استعد نسخة JSON احتياطية أو أضف طلبات من CSV</translation>
    </message>
    <message>
        <source>restore a backup into an empty journal</source>
        <translation>استعد نسخة احتياطية إلى يوميات فارغة</translation>
    </message>
    <message>
        <source>add applications from a spreadsheet</source>
        <translation>أضف طلبات من جدول بيانات</translation>
    </message>
    <message>
        <source>--from is after --to</source>
        <translation>‎--from بعد ‎--to</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n pages to %1.</source>
        <translation>
            <numerusform>لم تُكتب أي صفحة في %1.</numerusform>
            <numerusform>كُتبت صفحة واحدة في %1.</numerusform>
            <numerusform>كُتبت صفحتان في %1.</numerusform>
            <numerusform>كُتبت %n صفحات في %1.</numerusform>
            <numerusform>كُتبت %n صفحة في %1.</numerusform>
            <numerusform>كُتبت %n صفحة في %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote a backup of %n records to %1.</source>
        <translation>
            <numerusform>كُتبت نسخة احتياطية بلا سجلات في %1.</numerusform>
            <numerusform>كُتبت نسخة احتياطية من سجل واحد في %1.</numerusform>
            <numerusform>كُتبت نسخة احتياطية من سجلين في %1.</numerusform>
            <numerusform>كُتبت نسخة احتياطية من %n سجلات في %1.</numerusform>
            <numerusform>كُتبت نسخة احتياطية من %n سجلًا في %1.</numerusform>
            <numerusform>كُتبت نسخة احتياطية من %n سجل في %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n applications to %1.</source>
        <translation>
            <numerusform>لم يُكتب أي طلب في %1.</numerusform>
            <numerusform>كُتب طلب واحد في %1.</numerusform>
            <numerusform>كُتب طلبان في %1.</numerusform>
            <numerusform>كُتبت %n طلبات في %1.</numerusform>
            <numerusform>كُتب %n طلبًا في %1.</numerusform>
            <numerusform>كُتب %n طلب في %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n records from %1.</source>
        <translation>
            <numerusform>لم يُستعد أي سجل من %1.</numerusform>
            <numerusform>استُعيد سجل واحد من %1.</numerusform>
            <numerusform>استُعيد سجلان من %1.</numerusform>
            <numerusform>استُعيدت %n سجلات من %1.</numerusform>
            <numerusform>استُعيد %n سجلًا من %1.</numerusform>
            <numerusform>استُعيد %n سجل من %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n applications from %1;</source>
        <translation>
            <numerusform>لم يُستورد أي طلب من %1؛</numerusform>
            <numerusform>استُورد طلب واحد من %1؛</numerusform>
            <numerusform>استُورد طلبان من %1؛</numerusform>
            <numerusform>استُوردت %n طلبات من %1؛</numerusform>
            <numerusform>استُورد %n طلبًا من %1؛</numerusform>
            <numerusform>استُورد %n طلب من %1؛</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped %n rows.</source>
        <translation>
            <numerusform>ولم يُتخطَّ أي صف.</numerusform>
            <numerusform>وتُخطّي صف واحد.</numerusform>
            <numerusform>وتُخطّي صفّان.</numerusform>
            <numerusform>وتُخطّيت %n صفوف.</numerusform>
            <numerusform>وتُخطّي %n صفًّا.</numerusform>
            <numerusform>وتُخطّي %n صف.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Run again with --encoding (likely: %2).</source>
        <translation>%1 أعد التشغيل مع ‎--encoding (الأرجح: %2).</translation>
    </message>
    <message>
        <source>no row of %1 could be imported (row %2: %3)</source>
        <translation>تعذّر استيراد أي صف من %1 (الصف %2: %3)</translation>
    </message>
    <message>
        <source>skipped row %1: %2</source>
        <translation>تُخطّي الصف %1: %2</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>الصف %1: %2</translation>
    </message>
    <message>
        <source>add a realistic bilingual demo journal</source>
        <translation>أضف يوميات تجريبية واقعية بلغتين</translation>
    </message>
    <message>
        <source>random seed (same seed, same journal)</source>
        <translation>البذرة العشوائية (البذرة نفسها تعطي اليوميات نفسها)</translation>
    </message>
    <message>
        <source>how many years of job search (default %(default)s)</source>
        <translation>كم سنة من البحث عن عمل (الافتراضي %(default)s)</translation>
    </message>
    <message>
        <source>a short summary of the journal</source>
        <translation>ملخص قصير لليوميات</translation>
    </message>
    <message>
        <source>full-text search of reflections, entries, feedback and notes</source>
        <translation>بحث في نصوص التأملات والمدخلات والملاحظات والتعليقات</translation>
    </message>
    <message>
        <source>words to find (prefixes match; all words must appear)</source>
        <translation>الكلمات المطلوبة (تطابق بدايات الكلمات؛ ويجب أن تظهر كلها)</translation>
    </message>
    <message>
        <source>at most this many results (default %(default)s)</source>
        <translation>أقصى عدد من النتائج (الافتراضي %(default)s)</translation>
    </message>
    <message numerus="yes">
        <source>%n applications</source>
        <translation>
            <numerusform>لا طلبات</numerusform>
            <numerusform>طلب واحد</numerusform>
            <numerusform>طلبان</numerusform>
            <numerusform>%n طلبات</numerusform>
            <numerusform>%n طلبًا</numerusform>
            <numerusform>%n طلب</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejections</source>
        <translation>
            <numerusform>لا حالات رفض</numerusform>
            <numerusform>حالة رفض واحدة</numerusform>
            <numerusform>حالتا رفض</numerusform>
            <numerusform>%n حالات رفض</numerusform>
            <numerusform>%n حالة رفض</numerusform>
            <numerusform>%n حالة رفض</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reflections</source>
        <translation>
            <numerusform>لا تأملات</numerusform>
            <numerusform>تأمل واحد</numerusform>
            <numerusform>تأملان</numerusform>
            <numerusform>%n تأملات</numerusform>
            <numerusform>%n تأملًا</numerusform>
            <numerusform>%n تأمل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-ins</source>
        <translation>
            <numerusform>لا تسجيلات للثقة</numerusform>
            <numerusform>تسجيل واحد للثقة</numerusform>
            <numerusform>تسجيلان للثقة</numerusform>
            <numerusform>%n تسجيلات للثقة</numerusform>
            <numerusform>%n تسجيلًا للثقة</numerusform>
            <numerusform>%n تسجيل للثقة</numerusform>
        </translation>
    </message>
    <message>
        <source>Added a demo journal to %1: %2.</source>
        <translation>أُضيف دفتر تجريبي إلى %1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n يوم</numerusform>
            <numerusform>يوم واحد</numerusform>
            <numerusform>يومان</numerusform>
            <numerusform>%n أيام</numerusform>
            <numerusform>%n يومًا</numerusform>
            <numerusform>%n يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>every chart as PNG and SVG, into a folder</source>
        <translation>كل رسم بياني بصيغتي PNG وSVG في مجلد</translation>
    </message>
    <message>
        <source>the folder to write into (created if missing)</source>
        <translation>المجلد الذي يُكتب فيه (يُنشأ إن لم يوجد)</translation>
    </message>
    <message>
        <source>the charts&apos; language (default: --lang before the command, else English)</source>
        <translation>لغة الرسوم البيانية (الافتراضي: ‎--lang قبل الأمر، وإلا فالإنجليزية)</translation>
    </message>
    <message>
        <source>first day shown (default: the first entry)</source>
        <translation>أول يوم معروض (الافتراضي: أول مدخل)</translation>
    </message>
    <message>
        <source>last day shown (default: today)</source>
        <translation>آخر يوم معروض (الافتراضي: اليوم)</translation>
    </message>
    <message>
        <source>%1 needs a date as YYYY-MM-DD, not %2</source>
        <translation>يحتاج %1 إلى تاريخ بصيغة YYYY-MM-DD، لا %2</translation>
    </message>
    <message>
        <source>--from (%1) is after --to (%2)</source>
        <translation>‎--from ‏(%1) بعد ‎--to ‏(%2)</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder</source>
        <translation>%1 ملف وليس مجلدًا</translation>
    </message>
    <message>
        <source>cannot write into %1: %2 is a file, not a folder</source>
        <translation>تعذّرت الكتابة في %1: %2 ملف وليس مجلدًا</translation>
    </message>
    <message>
        <source>cannot write into %1: permission denied</source>
        <translation>تعذّرت الكتابة في %1: لا تملك الإذن</translation>
    </message>
    <message>
        <source>cannot write into %1: %2</source>
        <translation>تعذّرت الكتابة في %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n chart files to %1.</source>
        <translation>
            <numerusform>لم يُكتب أي ملف رسم في %1.</numerusform>
            <numerusform>كُتب ملف رسم واحد في %1.</numerusform>
            <numerusform>كُتب ملفا رسم في %1.</numerusform>
            <numerusform>كُتبت %n ملفات رسوم في %1.</numerusform>
            <numerusform>كُتب %n ملفًا للرسوم في %1.</numerusform>
            <numerusform>كُتب %n ملف رسوم في %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>check the journal file, and that the search index matches the journal</source>
        <translation>فحص ملف اليوميات، والتحقق من أن فهرس البحث يطابق اليوميات</translation>
    </message>
    <message>
        <source>rebuild the search index from the journal (nothing written by you is changed)</source>
        <translation>إعادة بناء فهرس البحث من اليوميات (لا يتغير شيء مما كتبته)</translation>
    </message>
    <message>
        <source>there is no journal in %1</source>
        <translation>لا توجد يوميات في %1</translation>
    </message>
    <message>
        <source>The journal file is damaged (%1); restore a backup with: thabat restore FILE</source>
        <translation>ملف اليوميات تالف (%1)؛ استرجع نسخة احتياطية بالأمر: thabat restore FILE</translation>
    </message>
    <message numerus="yes">
        <source>Rebuilt the search index: %n documents.</source>
        <translation>
            <numerusform>أُعيد بناء فهرس البحث: %n مستند.</numerusform>
            <numerusform>أُعيد بناء فهرس البحث: مستند واحد.</numerusform>
            <numerusform>أُعيد بناء فهرس البحث: مستندان.</numerusform>
            <numerusform>أُعيد بناء فهرس البحث: %n مستندات.</numerusform>
            <numerusform>أُعيد بناء فهرس البحث: %n مستندًا.</numerusform>
            <numerusform>أُعيد بناء فهرس البحث: %n مستند.</numerusform>
        </translation>
    </message>
    <message>
        <source>The journal file is sound and its search index matches the journal.</source>
        <translation>ملف اليوميات سليم، وفهرس البحث يطابق اليوميات.</translation>
    </message>
    <message>
        <source>The search index was built by another version of Thabat.</source>
        <translation>بُني فهرس البحث بإصدار آخر من ثبات.</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>%1 غير موجود.</translation>
    </message>
    <message>
        <source>%1 is not one of Thabat&apos;s.</source>
        <translation>%1 ليس مما أنشأه ثبات.</translation>
    </message>
    <message>
        <source>%1 is not as Thabat made it.</source>
        <translation>%1 ليس كما أنشأه ثبات.</translation>
    </message>
    <message>
        <source>%1 %2 is missing from the search index.</source>
        <translation>%1 %2 غير موجود في فهرس البحث.</translation>
    </message>
    <message>
        <source>%1 %2 is in the search index but no longer in the journal.</source>
        <translation>%1 %2 موجود في فهرس البحث لكنه لم يعد في اليوميات.</translation>
    </message>
    <message>
        <source>%1 %2 is in the search index more than once.</source>
        <translation>%1 %2 موجود في فهرس البحث أكثر من مرة.</translation>
    </message>
    <message>
        <source>%1 %2 is in the search index with out-of-date text.</source>
        <translation>%1 %2 موجود في فهرس البحث بنص قديم.</translation>
    </message>
    <message>
        <source>thabat: stopped; nothing was written</source>
        <translation>thabat: توقّف العمل، ولم يُكتب شيء</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <source>Find by name or company</source>
        <translation>ابحث بالاسم أو الشركة</translation>
    </message>
    <message>
        <source>Find a contact</source>
        <translation>البحث عن جهة اتصال</translation>
    </message>
    <message>
        <source>&amp;New contact</source>
        <translation>جهة اتصال &amp;جديدة</translation>
    </message>
    <message>
        <source>No contacts yet</source>
        <translation>لا جهات اتصال بعد</translation>
    </message>
    <message>
        <source>Keep the recruiters and interviewers you meet: Thabat reminds you to follow up with them a few weeks later.</source>
        <translation>احفظ من تلتقيهم من مسؤولي التوظيف والمقابِلين: يذكّرك ثبات بالتواصل معهم بعد بضعة أسابيع.</translation>
    </message>
    <message>
        <source>Add your first contact</source>
        <translation>أضف أول جهة اتصال</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>ال&amp;منصب:</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>ال&amp;شركة:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>البريد الإ&amp;لكتروني:</translation>
    </message>
    <message>
        <source>&amp;Profile link:</source>
        <translation>رابط المل&amp;ف الشخصي:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>م&amp;لاحظات:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Export all…</source>
        <translation>تصدير الكل…</translation>
    </message>
    <message>
        <source>Save every contact in one vCard file (.vcf), for an address book or a phone</source>
        <translation>حفظ جميع جهات الاتصال في ملف vCard واحد (‎.vcf) لدفتر العناوين أو الهاتف</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>Save this contact as a vCard file (.vcf)</source>
        <translation>حفظ جهة الاتصال هذه في ملف vCard ‏(‎.vcf)</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <source>Application to link</source>
        <translation>الطلب المراد ربطه</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>ربط</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>إلغاء الربط</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>رسائل المتابعة</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>موعد المتابعة</translation>
    </message>
    <message>
        <source>Follow-up message</source>
        <translation>رسالة المتابعة</translation>
    </message>
    <message>
        <source>Draft the message</source>
        <translation>صياغة الرسالة</translation>
    </message>
    <message>
        <source>Schedule follow-up</source>
        <translation>جدولة المتابعة</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>أُنجزت في %1</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>مجدولة</translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation>حذف جهة الاتصال</translation>
    </message>
    <message>
        <source>Delete this contact and their follow-ups? This cannot be undone.</source>
        <translation>هل تريد حذف جهة الاتصال هذه ورسائل المتابعة الخاصة بها؟ لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Export as vCard</source>
        <translation>تصدير بصيغة vCard</translation>
    </message>
    <message>
        <source>vCard files</source>
        <translation>ملفات vCard</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contact(s) to %1.</source>
        <translation>
            <numerusform>لم تُصدَّر أي جهة اتصال إلى %1.</numerusform>
            <numerusform>صُدِّرت جهة اتصال واحدة إلى %1.</numerusform>
            <numerusform>صُدِّرت جهتا اتصال إلى %1.</numerusform>
            <numerusform>صُدِّرت %n جهات اتصال إلى %1.</numerusform>
            <numerusform>صُدِّرت %n جهة اتصال إلى %1.</numerusform>
            <numerusform>صُدِّرت %n جهة اتصال إلى %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsStep</name>
    <message>
        <source>People you met</source>
        <translation>من قابلتَهم</translation>
    </message>
    <message>
        <source>Someone already in your contacts</source>
        <translation>شخص موجود في جهات اتصالك</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>ر&amp;بط</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>الا&amp;سم</translation>
    </message>
    <message>
        <source>R&amp;ole</source>
        <translation>ال&amp;منصب</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>البريد الإ&amp;لكتروني</translation>
    </message>
    <message>
        <source>Add &amp;contact</source>
        <translation>إضافة &amp;جهة اتصال</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>المتابعة</translation>
    </message>
    <message>
        <source>&amp;Weeks from today</source>
        <translation>عدد الأ&amp;سابيع من اليوم</translation>
    </message>
    <message>
        <source>&amp;With</source>
        <translation>&amp;مع</translation>
    </message>
    <message>
        <source>&amp;Schedule follow-up</source>
        <translation>&amp;جدولة المتابعة</translation>
    </message>
    <message>
        <source>Follow up on %1</source>
        <translation>المتابعة في %1</translation>
    </message>
    <message>
        <source>Pick someone you already know…</source>
        <translation>اختر شخصًا تعرفه…</translation>
    </message>
    <message>
        <source>No one in particular</source>
        <translation>لا أحد بعينه</translation>
    </message>
    <message>
        <source>Follow-up scheduled for %1.</source>
        <translation>المتابعة مجدولة في %1.</translation>
    </message>
    <message>
        <source>No follow-up scheduled yet.</source>
        <translation>لم تُجدول أي متابعة بعد.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>حدث خطأ ما</translation>
    </message>
    <message>
        <source>Thabat ran into an unexpected problem. Your journal is safe and nothing you were writing was lost: you can carry on where you were.</source>
        <translation>واجه ثبات مشكلة غير متوقعة. يومياتك في أمان ولم يضع شيء مما كنت تكتبه، فتابع من حيث توقفت.</translation>
    </message>
    <message>
        <source>The details were written to %1.</source>
        <translation>كُتبت التفاصيل في %1.</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>التفاصيل التقنية</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;متابعة</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation>اعرض ال&amp;تفاصيل</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>Company</source>
        <translation>الشركة</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الوظيفة</translation>
    </message>
    <message>
        <source>Date applied</source>
        <translation>تاريخ التقديم</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>الرابط</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Unicode (UTF-8)</source>
        <translation>يونيكود (UTF-8)</translation>
    </message>
    <message>
        <source>Unicode (UTF-16)</source>
        <translation>يونيكود (UTF-16)</translation>
    </message>
    <message>
        <source>Arabic (Windows-1256)</source>
        <translation>العربية (Windows-1256)</translation>
    </message>
    <message>
        <source>Arabic (ISO 8859-6)</source>
        <translation>العربية (ISO 8859-6)</translation>
    </message>
    <message>
        <source>Western European (Windows-1252)</source>
        <translation>أوروبا الغربية (Windows-1252)</translation>
    </message>
    <message>
        <source>Import applications</source>
        <translation>استيراد طلبات التوظيف</translation>
    </message>
    <message>
        <source>Choose which column of the spreadsheet holds each detail. The preview shows the first rows as they will be imported.</source>
        <translation>اختر العمود الذي يحمل كل معلومة في جدول البيانات. تعرض المعاينة الصفوف الأولى كما ستُستورد.</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>الترميز</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(لا يُستورد)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Choose the columns for the company and the date applied.</source>
        <translation>اختر عمودَي الشركة وتاريخ التقديم.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was added.</source>
        <translation>أُلغي الاستيراد، ولم يُضَف شيء.</translation>
    </message>
</context>
<context>
    <name>DebriefDialog</name>
    <message>
        <source>Debrief</source>
        <translation>مراجعة ما بعد المقابلة</translation>
    </message>
    <message>
        <source>%1 — %2, %3. A few words now help your next interview, and your reflection if a rejection comes.</source>
        <translation>%1 — %2، %3. كلمات قليلة الآن تفيدك في مقابلتك القادمة، وفي تأملك إن جاء رفض.</translation>
    </message>
    <message>
        <source>&amp;How did it go?</source>
        <translation>&amp;كيف جرت المقابلة؟</translation>
    </message>
    <message>
        <source>&amp;Questions they asked</source>
        <translation>&amp;الأسئلة التي طرحوها</translation>
    </message>
    <message>
        <source>&amp;Confidence now (%1–%2)</source>
        <translation>&amp;ثقتك الآن (%1–%2)</translation>
    </message>
    <message>
        <source>What went well, what felt hard.</source>
        <translation>ما الذي سار جيدًا، وما الذي كان صعبًا.</translation>
    </message>
    <message>
        <source>One a line, the ones you remember.</source>
        <translation>سؤال في كل سطر، ما تتذكره منها.</translation>
    </message>
    <message>
        <source>Debrief saved. Well done for writing it down.</source>
        <translation>حُفظت المراجعة. أحسنت بتدوينها.</translation>
    </message>
</context>
<context>
    <name>DueCard</name>
    <message>
        <source>Due</source>
        <translation>المستحق</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>مستحق الآن</translation>
    </message>
    <message>
        <source>Nothing is due. A good day to apply somewhere new.</source>
        <translation>لا شيء مستحق الآن. يوم مناسب للتقديم على فرصة جديدة.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>ا&amp;فتح</translation>
    </message>
    <message>
        <source>Open what this is about (Enter or double-click)</source>
        <translation>افتح ما يتعلق به هذا البند (Enter أو النقر المزدوج)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>غدًا</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>الأسبوع القادم</translation>
    </message>
    <message>
        <source>Snooze until this date</source>
        <translation>التأجيل حتى هذا التاريخ</translation>
    </message>
    <message>
        <source>Snooze until</source>
        <translation>تأجيل حتى</translation>
    </message>
    <message>
        <source>Reply to %1</source>
        <translation>الرد على %1</translation>
    </message>
    <message>
        <source>Ask again for feedback: %1</source>
        <translation>تذكير بطلب الملاحظات: %1</translation>
    </message>
    <message>
        <source>Follow up with %1</source>
        <translation>التواصل مجددًا مع %1</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>متأخر منذ %1</translation>
    </message>
    <message>
        <source>today</source>
        <translation>اليوم</translation>
    </message>
</context>
<context>
    <name>DueItemOpener</name>
    <message>
        <source>This is no longer in your journal.</source>
        <translation>لم يعد هذا موجودًا في يومياتك.</translation>
    </message>
</context>
<context>
    <name>DueNotifier</name>
    <message numerus="yes">
        <source>%n things are due today.</source>
        <translation>
            <numerusform>لا شيء مستحق اليوم.</numerusform>
            <numerusform>لديك أمر واحد مستحق اليوم.</numerusform>
            <numerusform>لديك أمران مستحقان اليوم.</numerusform>
            <numerusform>لديك %n أمور مستحقة اليوم.</numerusform>
            <numerusform>لديك %n أمرًا مستحقًا اليوم.</numerusform>
            <numerusform>لديك %n أمر مستحق اليوم.</numerusform>
        </translation>
    </message>
    <message>
        <source>Thabat</source>
        <translation>ثبات</translation>
    </message>
    <message>
        <source>Click to open Today.</source>
        <translation>انقر لفتح صفحة اليوم.</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>&amp;Title</source>
        <translation>ال&amp;عنوان</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>ال&amp;تاريخ</translation>
    </message>
    <message>
        <source>&amp;Application</source>
        <translation>الطل&amp;ب</translation>
    </message>
    <message>
        <source>Di&amp;rection</source>
        <translation>ا&amp;تجاه النص</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>ال&amp;وسوم</translation>
    </message>
    <message>
        <source>A title (optional)</source>
        <translation>عنوان (اختياري)</translation>
    </message>
    <message>
        <source>Write freely. This stays on your computer.</source>
        <translation>اكتب بحرية، فما تكتبه يبقى على جهازك.</translation>
    </message>
    <message>
        <source>Entry text</source>
        <translation>نص التدوينة</translation>
    </message>
    <message>
        <source>&amp;Private (left out of exports)</source>
        <translation>&amp;خاص (لا يُضمَّن في التصدير)</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <source>Automatic, per paragraph</source>
        <translation>تلقائي، لكل فقرة</translation>
    </message>
    <message>
        <source>Right to left</source>
        <translation>من اليمين إلى اليسار</translation>
    </message>
    <message>
        <source>Left to right</source>
        <translation>من اليسار إلى اليمين</translation>
    </message>
    <message>
        <source>No application</source>
        <translation>دون ربط بطلب</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>حذف التدوينة</translation>
    </message>
    <message>
        <source>Delete this journal entry? This cannot be undone.</source>
        <translation>أتريد حذف هذه التدوينة؟ لا يمكن التراجع عن الحذف.</translation>
    </message>
    <message>
        <source>Not saved: trying again…</source>
        <translation>لم يُحفظ بعد: ستُعاد المحاولة…</translation>
    </message>
    <message>
        <source>Not saved yet…</source>
        <translation>لم تُحفظ بعد…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>حُفظت</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>تدوينة جديدة</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The application date is after a later step in its history.</source>
        <translation>تاريخ التقديم يقع بعد خطوة لاحقة في مسار الطلب.</translation>
    </message>
    <message>
        <source>Deleting needs your confirmation.</source>
        <translation>الحذف يحتاج إلى تأكيدك.</translation>
    </message>
    <message>
        <source>A rejection is logged with Log a rejection.</source>
        <translation>يُسجَّل الرفض من «تسجيل رفض».</translation>
    </message>
    <message>
        <source>A rejection stays a rejection; only its date can change here.</source>
        <translation>يبقى الرفض رفضًا؛ يمكنك هنا تغيير تاريخه فقط.</translation>
    </message>
    <message>
        <source>The application step stays; change its date with Edit.</source>
        <translation>تبقى خطوة التقديم؛ غيّر تاريخها من «تعديل».</translation>
    </message>
    <message>
        <source>This step is the rejection itself, with its reflection; it stays.</source>
        <translation>هذه الخطوة هي الرفض نفسه مع تأمّلك فيه؛ لذا تبقى.</translation>
    </message>
    <message>
        <source>This step is dated before the application.</source>
        <translation>تاريخ هذه الخطوة يسبق تاريخ التقديم.</translation>
    </message>
    <message>
        <source>This application already has this step; edit it instead.</source>
        <translation>لهذا الطلب هذه الخطوة من قبل؛ عدّلها بدلًا من إضافتها.</translation>
    </message>
    <message>
        <source>This application had ended by then; a step cannot come after its end.</source>
        <translation>كان هذا الطلب قد انتهى قبل هذا التاريخ؛ لا تأتي خطوة بعد نهايته.</translation>
    </message>
    <message>
        <source>Other steps come after this date; the end must be the last step.</source>
        <translation>هناك خطوات بعد هذا التاريخ؛ يجب أن تكون النهاية آخر خطوة.</translation>
    </message>
    <message>
        <source>This application no longer exists.</source>
        <translation>هذا الطلب لم يعد موجودًا.</translation>
    </message>
    <message>
        <source>This step no longer exists.</source>
        <translation>لم تعد هذه الخطوة موجودة.</translation>
    </message>
    <message>
        <source>This application already has a rejection.</source>
        <translation>لهذا الطلب رفض مسجَّل من قبل.</translation>
    </message>
    <message>
        <source>The rejection is dated before the application.</source>
        <translation>تاريخ الرفض يسبق تاريخ التقديم.</translation>
    </message>
    <message>
        <source>This rejection no longer exists.</source>
        <translation>هذا الرفض لم يعد موجودًا.</translation>
    </message>
    <message>
        <source>This date is before the rejection.</source>
        <translation>هذا التاريخ يسبق تاريخ الرفض.</translation>
    </message>
    <message>
        <source>This contact no longer exists.</source>
        <translation>جهة الاتصال هذه لم تعد موجودة.</translation>
    </message>
    <message>
        <source>This field cannot be empty.</source>
        <translation>لا يمكن ترك هذا الحقل فارغًا.</translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation>هذا النص طويل جدًا.</translation>
    </message>
    <message>
        <source>Write a title or some text first.</source>
        <translation>اكتب عنوانًا أو بعض النص أولًا.</translation>
    </message>
    <message>
        <source>This skill no longer exists.</source>
        <translation>لم تعد هذه المهارة موجودة.</translation>
    </message>
    <message>
        <source>This improvement area no longer exists.</source>
        <translation>لم يعد مجال التحسين هذا موجودًا.</translation>
    </message>
    <message>
        <source>This reflection no longer exists.</source>
        <translation>هذا التأمل لم يعد موجودًا.</translation>
    </message>
    <message>
        <source>This journal entry no longer exists.</source>
        <translation>هذه التدوينة لم تعد موجودة.</translation>
    </message>
    <message>
        <source>Please give a date.</source>
        <translation>يُرجى إدخال تاريخ.</translation>
    </message>
    <message>
        <source>This text contains characters that cannot be saved.</source>
        <translation>يحتوي هذا النص على رموز لا يمكن حفظها.</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>هذا التاريخ في المستقبل.</translation>
    </message>
    <message>
        <source>This date is too far in the past.</source>
        <translation>هذا التاريخ قديم جدًا.</translation>
    </message>
    <message>
        <source>This date is out of range.</source>
        <translation>هذا التاريخ خارج النطاق المقبول.</translation>
    </message>
    <message>
        <source>Please choose a value.</source>
        <translation>يُرجى اختيار قيمة.</translation>
    </message>
    <message>
        <source>This value is out of range.</source>
        <translation>هذه القيمة خارج النطاق المقبول.</translation>
    </message>
    <message>
        <source>This choice is not known.</source>
        <translation>هذا الخيار غير معروف.</translation>
    </message>
    <message>
        <source>Links must start with http://, https://, mailto: or file: (a file on this computer that is not a program).</source>
        <translation>يجب أن يبدأ الرابط بـ http://‎ أو https://‎ أو mailto:‎ أو file:‎ (ملف على هذا الحاسوب وليس برنامجًا).</translation>
    </message>
    <message>
        <source>This item no longer exists.</source>
        <translation>هذا العنصر لم يعد موجودًا.</translation>
    </message>
    <message>
        <source>An area with this name already exists.</source>
        <translation>يوجد مجال بهذا الاسم من قبل.</translation>
    </message>
    <message>
        <source>The spreadsheet is empty.</source>
        <translation>جدول البيانات فارغ.</translation>
    </message>
    <message>
        <source>No header row found: name the columns (for example Company, Role, Date applied) in the first row.</source>
        <translation>لم يُعثر على صف العناوين: اكتب أسماء الأعمدة (مثل الشركة، الوظيفة، تاريخ التقديم) في الصف الأول.</translation>
    </message>
    <message>
        <source>Line %1 is not %2 text. Choose another encoding.</source>
        <translation>السطر %1 ليس نصًا بترميز %2. اختر ترميزًا آخر.</translation>
    </message>
    <message>
        <source>Line %1 has a cell longer than %2 characters; Thabat cannot import it.</source>
        <translation>في السطر %1 خلية أطول من %2 حرفًا، ولا يستطيع ثبات استيرادها.</translation>
    </message>
    <message>
        <source>The file is not a spreadsheet saved as text (CSV).</source>
        <translation>هذا الملف ليس جدولًا محفوظًا نصًّا (CSV).</translation>
    </message>
    <message>
        <source>Line %1 cannot be read: %2</source>
        <translation>تعذّرت قراءة السطر %1: %2</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>الملف %1 غير موجود.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>Choose which column holds the %1.</source>
        <translation>اختر العمود الذي يحمل %1.</translation>
    </message>
    <message>
        <source>company</source>
        <translation>الشركة</translation>
    </message>
    <message>
        <source>date applied</source>
        <translation>تاريخ التقديم</translation>
    </message>
    <message>
        <source>the stage history could not be read; only the status was kept</source>
        <translation>تعذّرت قراءة مراحل الطلب، فحُفظت الحالة وحدها</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>لا يوجد تاريخ</translation>
    </message>
    <message>
        <source>the date “%1” is not one Thabat can read</source>
        <translation>التاريخ «%1» بصيغة لا يقرؤها ثبات</translation>
    </message>
    <message>
        <source>already in the journal</source>
        <translation>موجود في اليوميات من قبل</translation>
    </message>
    <message>
        <source>status “%1” not recognised; kept as waiting</source>
        <translation>الحالة «%1» غير معروفة، فبقي الطلب بانتظار الرد</translation>
    </message>
    <message>
        <source>role</source>
        <translation>الوظيفة</translation>
    </message>
    <message>
        <source>link</source>
        <translation>الرابط</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>location</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>job description</source>
        <translation>الوصف الوظيفي</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>آخر موعد</translation>
    </message>
    <message>
        <source>This file is not a Thabat backup (it is not text).</source>
        <translation>هذا الملف ليس نسخة احتياطية من ثبات (ليس ملفًا نصيًا).</translation>
    </message>
    <message>
        <source>The backup is cut short (it ends at line %1).</source>
        <translation>النسخة الاحتياطية ناقصة (تنتهي عند السطر %1).</translation>
    </message>
    <message>
        <source>The backup is not valid JSON (line %1).</source>
        <translation>النسخة الاحتياطية ليست بصيغة JSON سليمة (السطر %1).</translation>
    </message>
    <message>
        <source>This file is not a Thabat backup (it is nested too deeply).</source>
        <translation>هذا الملف ليس نسخة احتياطية من ثبات (تداخله عميق جدًا).</translation>
    </message>
    <message>
        <source>This file is not a Thabat backup (it holds a number too large).</source>
        <translation>هذا الملف ليس نسخة احتياطية من ثبات (فيه رقم كبير جدًا).</translation>
    </message>
    <message>
        <source>This file is not a Thabat backup.</source>
        <translation>هذا الملف ليس نسخة احتياطية من ثبات.</translation>
    </message>
    <message>
        <source>The backup has no valid format version.</source>
        <translation>لا تحمل النسخة الاحتياطية رقم إصدار صالحًا لصيغتها.</translation>
    </message>
    <message>
        <source>This backup was written by a newer version of Thabat (format %1); please update Thabat to import it.</source>
        <translation>كُتبت هذه النسخة الاحتياطية بإصدار أحدث من ثبات (الصيغة %1)؛ يُرجى تحديث ثبات لاستيرادها.</translation>
    </message>
    <message>
        <source>The backup has no tables.</source>
        <translation>لا تحتوي النسخة الاحتياطية على جداول.</translation>
    </message>
    <message>
        <source>The backup is damaged at %1.</source>
        <translation>النسخة الاحتياطية تالفة عند %1.</translation>
    </message>
    <message>
        <source>The backup is damaged at %1 (unknown field %2).</source>
        <translation>النسخة الاحتياطية تالفة عند %1 (حقل غير معروف: %2).</translation>
    </message>
    <message>
        <source>The backup is damaged at %1 (field %2).</source>
        <translation>النسخة الاحتياطية تالفة عند %1 (الحقل %2).</translation>
    </message>
    <message>
        <source>The backup cannot be imported at %1 (field %2): %3</source>
        <translation>لا يمكن استيراد النسخة الاحتياطية عند %1 (الحقل %2): %3</translation>
    </message>
    <message>
        <source>The backup has a table this version does not know: %1.</source>
        <translation>في النسخة الاحتياطية جدول لا يعرفه هذا الإصدار: %1.</translation>
    </message>
    <message>
        <source>This journal already has data; a backup is only imported into an empty journal (choose a new data folder).</source>
        <translation>في هذه اليوميات بيانات بالفعل؛ لا تُستورد النسخة الاحتياطية إلا إلى يوميات فارغة (اختر مجلد بيانات جديدًا).</translation>
    </message>
    <message>
        <source>The backup breaks a rule of the journal (%1); nothing was imported.</source>
        <translation>تخالف النسخة الاحتياطية إحدى قواعد اليوميات (%1)؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>Thabat could not make a backup it can trust at %1: the copy could not be written or did not read back like your journal, so it was not kept. Your journal itself is unchanged.</source>
        <translation>لم يتمكن ثبات من صنع نسخة احتياطية موثوقة في %1: تعذّرت كتابة النسخة أو لم تطابق يومياتك عند قراءتها، فلم يُحتفظ بها. يومياتك نفسها لم تتغير.</translation>
    </message>
    <message>
        <source>Thabat could not write a backup to %1 (%2); nothing was kept. Your journal itself is unchanged.</source>
        <translation>لم يتمكن ثبات من كتابة نسخة احتياطية في %1 (%2)، ولم يُحتفظ بشيء. يومياتك نفسها لم تتغير.</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name.</source>
        <translation>الملف %1 موجود من قبل؛ اختر اسماً جديداً.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>المجلد %1 غير موجود.</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Thabat; update Thabat to restore it.</source>
        <translation>أُنشئ %1 بإصدار أحدث من ثبات؛ حدّث ثبات لتستعيده.</translation>
    </message>
    <message>
        <source>%1 is not a Thabat journal as this version makes it (%2), so it cannot be restored; nothing was changed.</source>
        <translation>الملف %1 ليس يوميات ثبات كما يصنعها هذا الإصدار (%2)، لذا لا يمكن استعادته، ولم يتغير شيء.</translation>
    </message>
    <message>
        <source>%1 is not a Thabat journal, or it is damaged; nothing was changed.</source>
        <translation>الملف %1 ليس يوميات ثبات أو أنه تالف، ولم يتغير شيء.</translation>
    </message>
    <message>
        <source>%1 is not one of this journal&apos;s backups.</source>
        <translation>الملف %1 ليس من النسخ الاحتياطية لهذه اليوميات.</translation>
    </message>
    <message>
        <source>%1 could not be deleted (%2).</source>
        <translation>تعذّر حذف %1 (%2).</translation>
    </message>
    <message>
        <source>Cannot write to %1: %2</source>
        <translation>تعذّرت الكتابة في %1: %2</translation>
    </message>
    <message>
        <source>%1 is a folder; please name a file.</source>
        <translation>%1 مجلد؛ يُرجى تسمية ملف.</translation>
    </message>
    <message>
        <source>A follow-up needs a date from today on.</source>
        <translation>تحتاج المتابعة إلى تاريخ من اليوم فصاعدًا.</translation>
    </message>
    <message>
        <source>Unknown encoding: %1</source>
        <translation>ترميز غير معروف: %1</translation>
    </message>
    <message>
        <source>This file looks like UTF-8 text, but line %1 has bytes that are not UTF-8. Choose its encoding.</source>
        <translation>يبدو هذا الملف نصًا بترميز UTF-8، لكن في السطر %1 بايتات ليست من UTF-8. اختر ترميزه.</translation>
    </message>
    <message>
        <source>The encoding of this file is not certain. Choose its encoding.</source>
        <translation>ترميز هذا الملف غير مؤكد. اختر ترميزه.</translation>
    </message>
    <message>
        <source>The disk is full, so Thabat could not save. Please free some space; what you wrote stays here and is saved as soon as there is room.</source>
        <translation>القرص ممتلئ، فلم يتمكن ثبات من الحفظ. يُرجى إفراغ بعض المساحة؛ ما كتبته باقٍ هنا، وسيُحفظ حالما تتوفر مساحة.</translation>
    </message>
    <message>
        <source>Thabat may not write to its data folder %1 (it is read-only or belongs to someone else). Please choose another folder or change its permissions.</source>
        <translation>لا يُسمح لثبات بالكتابة في مجلد بياناته %1 (فهو للقراءة فقط أو يملكه مستخدم آخر). يُرجى اختيار مجلد آخر أو تغيير أذوناته.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space, then try again.</source>
        <translation>القرص ممتلئ: لم يُحفظ شيء. أفرغ بعض المساحة ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The lowest salary is above the highest.</source>
        <translation>الحد الأدنى للراتب أعلى من الحد الأعلى.</translation>
    </message>
    <message>
        <source>%1 “%2” not recognised; left empty</source>
        <translation>%1 «%2» غير معروف، فتُرك فارغًا</translation>
    </message>
    <message>
        <source>%1 “%2” is not a whole number; left empty</source>
        <translation>%1 «%2» ليس عددًا صحيحًا، فتُرك فارغًا</translation>
    </message>
    <message>
        <source>the deadline “%1” is not a date Thabat can read; left empty</source>
        <translation>آخر موعد «%1» بصيغة لا يقرؤها ثبات، فتُرك فارغًا</translation>
    </message>
    <message>
        <source>source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>work place</source>
        <translation>مكان العمل</translation>
    </message>
    <message>
        <source>salary</source>
        <translation>الراتب</translation>
    </message>
    <message>
        <source>interest</source>
        <translation>مدى الرغبة</translation>
    </message>
    <message>
        <source>the step of %1 was left out: %2</source>
        <translation>لم تُستورد خطوة %1: %2</translation>
    </message>
    <message>
        <source>This interview has not happened yet; debrief it afterwards.</source>
        <translation>لم تجرِ هذه المقابلة بعد؛ راجِعها بعد انتهائها.</translation>
    </message>
    <message>
        <source>Write a few words or give your confidence first.</source>
        <translation>اكتب بضع كلمات أو حدّد مستوى ثقتك أولًا.</translation>
    </message>
    <message>
        <source>At most %1 tags on one entry or reflection.</source>
        <translation>لا يزيد عدد الوسوم في التدوينة أو التأمل الواحد على %1.</translation>
    </message>
    <message>
        <source>A tag cannot be empty.</source>
        <translation>لا يمكن أن يكون الوسم فارغًا.</translation>
    </message>
    <message>
        <source>A tag cannot contain a comma.</source>
        <translation>لا يمكن أن يحتوي الوسم على فاصلة.</translation>
    </message>
    <message>
        <source>A tag is at most %1 characters long.</source>
        <translation>لا يزيد طول الوسم على %1 حرفًا.</translation>
    </message>
    <message>
        <source>This tag is not written as Thabat stores tags.</source>
        <translation>هذا الوسم غير مكتوب بالصيغة التي يحفظ بها ثبات الوسوم.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the journal as PDF</source>
        <translation>تصدير اليوميات بصيغة PDF</translation>
    </message>
    <message>
        <source>Only entries between two dates</source>
        <translation>ما كُتب بين تاريخين فقط</translation>
    </message>
    <message>
        <source>Cover page with a summary</source>
        <translation>صفحة غلاف مع ملخص</translation>
    </message>
    <message>
        <source>Charts of your progress</source>
        <translation>رسوم بيانية لتقدّمك</translation>
    </message>
    <message>
        <source>Reflections and journal entries</source>
        <translation>التأملات والتدوينات</translation>
    </message>
    <message>
        <source>Include private entries</source>
        <translation>تضمين التدوينات الخاصة</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>التواريخ</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>الخصوصية</translation>
    </message>
    <message>
        <source>Headings in</source>
        <translation>لغة العناوين</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>حجم الورق</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>الأجزاء</translation>
    </message>
    <message>
        <source>One part a month</source>
        <translation>جزء لكل شهر</translation>
    </message>
    <message>
        <source>One part a company</source>
        <translation>جزء لكل شركة</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
</context>
<context>
    <name>ExportImportActions</name>
    <message>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>استيراد…</translation>
    </message>
    <message>
        <source>Journal as PDF…</source>
        <translation>ملف PDF لليوميات…</translation>
    </message>
    <message>
        <source>Backup (JSON)…</source>
        <translation>نسخة JSON احتياطية…</translation>
    </message>
    <message>
        <source>Applications as CSV…</source>
        <translation>ملف CSV لطلبات التوظيف…</translation>
    </message>
    <message>
        <source>Restore a backup (JSON)…</source>
        <translation>استعادة نسخة JSON احتياطية…</translation>
    </message>
    <message>
        <source>Applications from a spreadsheet (CSV)…</source>
        <translation>جدول بيانات CSV بطلبات التوظيف…</translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation>حفظ ملف PDF</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n pages to %1.</source>
        <translation>
            <numerusform>لم تُكتب أي صفحة في %1.</numerusform>
            <numerusform>كُتبت صفحة واحدة في %1.</numerusform>
            <numerusform>كُتبت صفحتان في %1.</numerusform>
            <numerusform>كُتبت %n صفحات في %1.</numerusform>
            <numerusform>كُتبت %n صفحة في %1.</numerusform>
            <numerusform>كُتبت %n صفحة في %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting the journal as PDF</source>
        <translation>جارٍ تصدير اليوميات بصيغة PDF</translation>
    </message>
    <message>
        <source>Saving a backup</source>
        <translation>جارٍ حفظ نسخة احتياطية</translation>
    </message>
    <message>
        <source>Saving the applications</source>
        <translation>جارٍ حفظ الطلبات</translation>
    </message>
    <message>
        <source>Restoring a backup</source>
        <translation>جارٍ استرجاع نسخة احتياطية</translation>
    </message>
    <message>
        <source>Spreadsheets</source>
        <translation>جداول البيانات</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n applications.</source>
        <translation>
            <numerusform>لم يُستورد أي طلب توظيف.</numerusform>
            <numerusform>استُورد طلب توظيف واحد.</numerusform>
            <numerusform>استُورد طلبا توظيف.</numerusform>
            <numerusform>استُوردت %n طلبات توظيف.</numerusform>
            <numerusform>استُورد %n طلبَ توظيف.</numerusform>
            <numerusform>استُورد %n طلب توظيف.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>ا&amp;فتح</translation>
    </message>
    <message>
        <source>No program to open %1 was found. The file is saved there.</source>
        <translation>لم يُعثر على برنامج يفتح %1. الملف محفوظ هناك.</translation>
    </message>
    <message>
        <source>Save a backup</source>
        <translation>حفظ نسخة احتياطية</translation>
    </message>
    <message>
        <source>The backup was saved to %1.</source>
        <translation>حُفظت النسخة الاحتياطية في %1.</translation>
    </message>
    <message>
        <source>Save applications as CSV</source>
        <translation>حفظ طلبات التوظيف بصيغة CSV</translation>
    </message>
    <message>
        <source>The applications were saved to %1.</source>
        <translation>حُفظت طلبات التوظيف في %1.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>استعادة نسخة احتياطية</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation>استُعيدت النسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>Import applications</source>
        <translation>استيراد طلبات التوظيف</translation>
    </message>
    <message>
        <source>Row %1 skipped: %2</source>
        <translation>تُخطّي الصف %1: %2</translation>
    </message>
    <message>
        <source>Export and import</source>
        <translation>التصدير والاستيراد</translation>
    </message>
</context>
<context>
    <name>FeedbackStep</name>
    <message>
        <source>Date requested</source>
        <translation>تاريخ الطلب</translation>
    </message>
    <message>
        <source>Mark re&amp;quested</source>
        <translation>تعليم أنه &amp;طُلب</translation>
    </message>
    <message>
        <source>Feedback received</source>
        <translation>الملاحظات الواردة</translation>
    </message>
    <message>
        <source>When they answer, note what they said here.</source>
        <translation>حين يردّون، دوِّن هنا ما قالوه.</translation>
    </message>
    <message>
        <source>Date received</source>
        <translation>تاريخ الوصول</translation>
    </message>
    <message>
        <source>Record &amp;feedback</source>
        <translation>تسجيل ال&amp;ملاحظات</translation>
    </message>
    <message>
        <source>Requested on %1.</source>
        <translation>طُلبت في %1.</translation>
    </message>
    <message>
        <source>Not requested yet.</source>
        <translation>لم تُطلب بعد.</translation>
    </message>
    <message>
        <source>Received on %1.</source>
        <translation>وصلت في %1.</translation>
    </message>
</context>
<context>
    <name>FeelStep</name>
    <message>
        <source>&amp;Confidence now (%1–%2)</source>
        <translation>ال&amp;ثقة الآن (%1–%2)</translation>
    </message>
    <message>
        <source>A &amp;few words</source>
        <translation>&amp;بضع كلمات</translation>
    </message>
    <message>
        <source>What is on your mind right now?</source>
        <translation>ما الذي يشغل بالك الآن؟</translation>
    </message>
    <message>
        <source>After the interview you rated your confidence %1 of %2 in your debrief. Change it to how you feel now.</source>
        <translation>بعد المقابلة قدّرت ثقتك بـ %1 من %2 في مراجعتك. غيّرها لتعبّر عمّا تشعر به الآن.</translation>
    </message>
</context>
<context>
    <name>FormatBar</name>
    <message>
        <source>Bold</source>
        <translation>عريض</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>مائل</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>رابط…</translation>
    </message>
    <message>
        <source>Bold (%1)</source>
        <translation>خط عريض (%1)</translation>
    </message>
    <message>
        <source>Italic (%1)</source>
        <translation>خط مائل (%1)</translation>
    </message>
    <message>
        <source>A heading line (%1)</source>
        <translation>سطر عنوان (%1)</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>قائمة نقطية</translation>
    </message>
    <message>
        <source>A bulleted list (%1)</source>
        <translation>قائمة نقطية (%1)</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>قائمة مرقّمة</translation>
    </message>
    <message>
        <source>A numbered list (%1)</source>
        <translation>قائمة مرقّمة (%1)</translation>
    </message>
    <message>
        <source>Make the selected words a link (%1)</source>
        <translation>اجعل الكلمات المحدّدة رابطًا (%1)</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>التنسيق</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>رابط</translation>
    </message>
    <message>
        <source>Web or mail address (https://… or mailto:…):</source>
        <translation>عنوان موقع أو بريد (‎https://…‎ أو ‎mailto:…‎):</translation>
    </message>
    <message>
        <source>Only web addresses (http:// or https://) and mail addresses (mailto:) can be links in an entry.</source>
        <translation>لا تكون الروابط في التدوينة إلا لعناوين المواقع (‎http://‎ أو ‎https://‎) أو البريد (‎mailto:‎).</translation>
    </message>
</context>
<context>
    <name>GhostingBanner</name>
    <message>
        <source>No word from %1 since %2. Mark it as no response?</source>
        <translation>لم يصلك خبر من %1 منذ %2. هل تسجّله بلا ردّ؟</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>سجّله</translation>
    </message>
    <message>
        <source>Mark %1 as no response</source>
        <translation>سجّل %1 بلا ردّ</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>ليس بعد</translation>
    </message>
    <message>
        <source>Ask again later about %1</source>
        <translation>اسألني لاحقًا عن %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more applications have been as quiet.</source>
        <translation>
            <numerusform>لا طلبات أخرى صامتة مثلها.</numerusform>
            <numerusform>وطلب آخر صامت مثلها.</numerusform>
            <numerusform>وطلبان آخران صامتان مثلها.</numerusform>
            <numerusform>و%n طلبات أخرى صامتة مثلها.</numerusform>
            <numerusform>و%n طلبًا آخر صامتًا مثلها.</numerusform>
            <numerusform>و%n طلب آخر صامت مثلها.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GrowthBox</name>
    <message>
        <source>Improvement areas and action items</source>
        <translation>مجالات التحسين والخطوات العملية</translation>
    </message>
    <message>
        <source>An area to work on (pick one or type a new one)</source>
        <translation>مجال للعمل عليه (اختر واحدًا أو اكتب مجالًا جديدًا)</translation>
    </message>
    <message>
        <source>Improvement area</source>
        <translation>مجال التحسين</translation>
    </message>
    <message>
        <source>Add &amp;area</source>
        <translation>إضافة م&amp;جال</translation>
    </message>
    <message>
        <source>Improvement areas of this reflection</source>
        <translation>مجالات التحسين في هذا التأمّل</translation>
    </message>
    <message>
        <source>Remove area</source>
        <translation>إزالة المجال</translation>
    </message>
    <message>
        <source>A concrete step, e.g. practise two system-design questions</source>
        <translation>خطوة محددة، مثل التدرّب على سؤالين في تصميم الأنظمة</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>خطوة عملية</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>موعد الإنجاز</translation>
    </message>
    <message>
        <source>Area of the action item</source>
        <translation>مجال الخطوة العملية</translation>
    </message>
    <message>
        <source>Add ac&amp;tion</source>
        <translation>إضافة &amp;خطوة</translation>
    </message>
    <message>
        <source>Action items of this reflection</source>
        <translation>الخطوات العملية في هذا التأمّل</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>إزالة الخطوة</translation>
    </message>
    <message>
        <source>No area</source>
        <translation>دون مجال</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>موعدها %1</translation>
    </message>
</context>
<context>
    <name>GrowthPage</name>
    <message>
        <source>Nothing to grow from yet</source>
        <translation>لا شيء تنمو منه بعد</translation>
    </message>
    <message>
        <source>After a rejection, a short reflection names what to improve and turns it into small steps. They gather here, with your skill ratings over time.</source>
        <translation>بعد كل رفض، يحدّد تأمّل قصير ما يمكن تحسينه ويحوّله إلى خطوات صغيرة. تجتمع هنا، مع تقييم مهاراتك عبر الزمن.</translation>
    </message>
    <message>
        <source>Log a rejection</source>
        <translation>تسجيل رفض</translation>
    </message>
    <message>
        <source>Improvement areas</source>
        <translation>مجالات التحسين</translation>
    </message>
    <message>
        <source>Skills over time</source>
        <translation>المهارات عبر الزمن</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>خطوات العمل</translation>
    </message>
    <message>
        <source>No improvement areas yet. They come from your reflections.</source>
        <translation>لا توجد مجالات تحسين بعد، وستظهر من مراجعاتك.</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>ال&amp;حالة:</translation>
    </message>
    <message>
        <source>Reflections that cited it</source>
        <translation>المراجعات التي ذكرته</translation>
    </message>
    <message>
        <source>Its action items</source>
        <translation>خطوات العمل الخاصة به</translation>
    </message>
    <message>
        <source>Interviews it was on the prep card of, and what happened next</source>
        <translation>مقابلات ظهر في بطاقة الاستعداد لها، وما حدث بعدها</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>المهارة</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>الأحدث</translation>
    </message>
    <message>
        <source>Ratings (oldest first)</source>
        <translation>التقييمات (الأقدم أولًا)</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>الاتجاه</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <source>Improving</source>
        <translation>في تحسّن</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>تمت معالجته</translation>
    </message>
    <message>
        <source>recurring</source>
        <translation>متكرر</translation>
    </message>
    <message numerus="yes">
        <source>cited in %1 of %n %2-stage rejections you reflected on</source>
        <translation>
            <numerusform>ذُكر في %1 من حالات الرفض في مرحلة «%2» التي راجعتها</numerusform>
            <numerusform>ذُكر في %1 من أصل حالة رفض واحدة في مرحلة «%2» راجعتها</numerusform>
            <numerusform>ذُكر في %1 من أصل حالتي رفض في مرحلة «%2» راجعتهما</numerusform>
            <numerusform>ذُكر في %1 من أصل %n حالات رفض في مرحلة «%2» راجعتها</numerusform>
            <numerusform>ذُكر في %1 من أصل %n حالة رفض في مرحلة «%2» راجعتها</numerusform>
            <numerusform>ذُكر في %1 من أصل %n حالة رفض في مرحلة «%2» راجعتها</numerusform>
        </translation>
    </message>
    <message>
        <source>first %1, last %2</source>
        <translation>أول مرة %1، وآخر مرة %2</translation>
    </message>
    <message>
        <source>not cited in a reflection yet</source>
        <translation>لم يُذكر في أي مراجعة بعد</translation>
    </message>
    <message numerus="yes">
        <source>…and %n earlier interview(s)</source>
        <translation>
            <numerusform>…ولا مقابلات سابقة</numerusform>
            <numerusform>…ومقابلة سابقة واحدة</numerusform>
            <numerusform>…ومقابلتان سابقتان</numerusform>
            <numerusform>…و%n مقابلات سابقة</numerusform>
            <numerusform>…و%n مقابلة سابقة</numerusform>
            <numerusform>…و%n مقابلة سابقة</numerusform>
        </translation>
    </message>
    <message>
        <source>coming up</source>
        <translation>قادمة</translation>
    </message>
    <message>
        <source>rejected; the area was named again</source>
        <translation>رُفضت؛ وذُكر المجال مرة أخرى</translation>
    </message>
    <message>
        <source>rejected; the area was not named again</source>
        <translation>رُفضت؛ ولم يُذكر المجال مرة أخرى</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Guide and resources</source>
        <translation>الدليل والمصادر</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>الدليل</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>المصادر</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <source>Reflection</source>
        <translation>تأمل</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>تدوينة</translation>
    </message>
    <message>
        <source>Rejection and feedback</source>
        <translation>الرفض والملاحظات</translation>
    </message>
    <message>
        <source>Application notes</source>
        <translation>ملاحظات الطلب</translation>
    </message>
    <message>
        <source>Contact notes</source>
        <translation>ملاحظات جهة الاتصال</translation>
    </message>
    <message>
        <source>Search the journal (Ctrl+F)…</source>
        <translation>ابحث في اليوميات…</translation>
    </message>
    <message>
        <source>Search the journal</source>
        <translation>البحث في اليوميات</translation>
    </message>
    <message>
        <source>Your journal is empty</source>
        <translation>يومياتك فارغة</translation>
    </message>
    <message>
        <source>Write a few lines about today: what went well, what was hard. Reflections on rejections appear here too.</source>
        <translation>اكتب بضعة أسطر عن يومك: ما الذي سار جيدًا، وما الذي كان صعبًا. وتظهر هنا أيضًا تأمّلاتك بعد كل رفض.</translation>
    </message>
    <message>
        <source>Write your first entry</source>
        <translation>اكتب أول تدوينة</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>Kind of entry</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>أي وقت</translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>آخر %n يوم</numerusform>
            <numerusform>آخر يوم</numerusform>
            <numerusform>آخر يومين</numerusform>
            <numerusform>آخر %n أيام</numerusform>
            <numerusform>آخر %n يومًا</numerusform>
            <numerusform>آخر %n يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last %n month(s)</source>
        <translation>
            <numerusform>آخر %n شهر</numerusform>
            <numerusform>آخر شهر</numerusform>
            <numerusform>آخر شهرين</numerusform>
            <numerusform>آخر %n أشهر</numerusform>
            <numerusform>آخر %n شهرًا</numerusform>
            <numerusform>آخر %n شهر</numerusform>
        </translation>
    </message>
    <message>
        <source>Period</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>الشركة</translation>
    </message>
    <message>
        <source>All companies</source>
        <translation>كل الشركات</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>كل الوسوم</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>تدوينة جديدة</translation>
    </message>
    <message>
        <source>Write a new journal entry (Ctrl+N)</source>
        <translation>اكتب تدوينة جديدة (Ctrl+N)</translation>
    </message>
    <message>
        <source>Journal entries and reflections</source>
        <translation>التدوينات والتأملات</translation>
    </message>
    <message>
        <source>Continue in the guided reflection</source>
        <translation>تابِع في التأمل الموجَّه</translation>
    </message>
    <message>
        <source>Open the application</source>
        <translation>افتح الطلب</translation>
    </message>
    <message>
        <source>Open the contact</source>
        <translation>افتح جهة الاتصال</translation>
    </message>
    <message>
        <source>Nothing found for %1.</source>
        <translation>لم يُعثر على شيء لـ %1.</translation>
    </message>
    <message>
        <source>Try fewer or shorter words, or another filter.</source>
        <translation>جرّب كلمات أقل أو أقصر، أو مرشّحًا آخر.</translation>
    </message>
    <message>
        <source>Untitled entry</source>
        <translation>تدوينة بلا عنوان</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>private</source>
        <translation>خاص</translation>
    </message>
</context>
<context>
    <name>JournalReader</name>
    <message>
        <source>How I felt</source>
        <translation>كيف شعرت</translation>
    </message>
    <message>
        <source>My reply</source>
        <translation>ردّي</translation>
    </message>
    <message>
        <source>Feedback I asked for</source>
        <translation>طلب الملاحظات</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>ما سار على ما يرام</translation>
    </message>
    <message>
        <source>What to improve</source>
        <translation>ما يمكن تحسينه</translation>
    </message>
    <message>
        <source>A strength I showed</source>
        <translation>نقطة قوة أظهرتها</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>الخطوات التالية</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>تأمل</translation>
    </message>
    <message>
        <source>Draft, not finished yet</source>
        <translation>مسودة لم تكتمل بعد</translation>
    </message>
    <message>
        <source>Confidence %1 → %2 (out of %3)</source>
        <translation>الثقة %1 ← %2 (من %3)</translation>
    </message>
    <message>
        <source>Nothing written in this reflection yet.</source>
        <translation>لم يُكتب شيء في هذا التأمل بعد.</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>الوسوم: %1</translation>
    </message>
</context>
<context>
    <name>LearnStep</name>
    <message>
        <source>Questions for this stage: open the ones that matter to you</source>
        <translation>أسئلة هذه المرحلة: افتح منها ما يهمّك</translation>
    </message>
    <message>
        <source>How it went, from your debrief of %1:</source>
        <translation>كيف جرت المقابلة، من مراجعتك لمقابلة %1:</translation>
    </message>
</context>
<context>
    <name>LongWork</name>
    <message>
        <source>Preparing entry %1 of %2</source>
        <translation>تجهيز المُدخل %1 من %2</translation>
    </message>
    <message>
        <source>Writing page %1 of %2</source>
        <translation>كتابة الصفحة %1 من %2</translation>
    </message>
    <message>
        <source>Importing row %1 of %2</source>
        <translation>استيراد الصف %1 من %2</translation>
    </message>
    <message>
        <source>Reading the journal (part %1 of %2)</source>
        <translation>قراءة اليوميات (الجزء %1 من %2)</translation>
    </message>
    <message>
        <source>Checking record %1 of %2</source>
        <translation>فحص السجل %1 من %2</translation>
    </message>
    <message>
        <source>Restoring record %1 of %2</source>
        <translation>استرجاع السجل %1 من %2</translation>
    </message>
    <message>
        <source>Writing application %1 of %2</source>
        <translation>كتابة الطلب %1 من %2</translation>
    </message>
    <message>
        <source>Drawing chart %1 of %2</source>
        <translation>رسم المخطط %1 من %2</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>جارٍ القراءة…</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation>جارٍ كتابة الملف…</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>جارٍ فحص النسخة الاحتياطية…</translation>
    </message>
    <message>
        <source>Drawing the chart…</source>
        <translation>جارٍ رسم المخطط…</translation>
    </message>
    <message>
        <source>Writing the demo journal…</source>
        <translation>جارٍ كتابة اليوميات التجريبية…</translation>
    </message>
    <message>
        <source>Copying the journal: %1%</source>
        <translation>نسخ اليوميات: %1٪</translation>
    </message>
    <message>
        <source>Copying the journal…</source>
        <translation>جارٍ نسخ اليوميات…</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>جارٍ العمل…</translation>
    </message>
    <message>
        <source>Stopped; nothing was changed.</source>
        <translation>توقّف العمل، ولم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>It could not be done</source>
        <translation>تعذّر إتمام ذلك</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>ال&amp;نسخ الاحتياطية…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>إ&amp;نهاء</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>ت&amp;راجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;قص</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>ن&amp;سخ</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;لصق</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>الم&amp;ظهر</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>مثل النظام</translation>
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
        <source>&amp;Full screen</source>
        <translation>ملء ال&amp;شاشة</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>اختصارات &amp;لوحة المفاتيح</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Job search journal — Thabat</source>
        <translation>دفتر رحلة البحث عن عمل — ثبات</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>الصفحات</translation>
    </message>
    <message>
        <source>Log a rejection</source>
        <translation>تسجيل رفض</translation>
    </message>
    <message>
        <source>Log a rejection (Ctrl+R)</source>
        <translation>تسجيل رفض (Ctrl+R)</translation>
    </message>
    <message>
        <source>Add an application</source>
        <translation>إضافة طلب</translation>
    </message>
    <message>
        <source>Add an application (Ctrl+Shift+A)</source>
        <translation>إضافة طلب (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>New journal entry</source>
        <translation>تدوينة جديدة</translation>
    </message>
    <message>
        <source>Write a new journal entry (Ctrl+N)</source>
        <translation>اكتب تدوينة جديدة (Ctrl+N)</translation>
    </message>
    <message>
        <source>Search the journal</source>
        <translation>البحث في اليوميات</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>الدليل</translation>
    </message>
    <message>
        <source>The guide and your resources (F1)</source>
        <translation>الدليل ومصادرك (F1)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>شريط الأدوات الرئيسي</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>ا&amp;ستيراد</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>ت&amp;صدير</translation>
    </message>
    <message>
        <source>&amp;About Thabat</source>
        <translation>&amp;عن ثبات</translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <source>Language of the message</source>
        <translation>لغة الرسالة</translation>
    </message>
    <message>
        <source>Draft &amp;again in this language</source>
        <translation>صياغة المسودة &amp;مجددًا بهذه اللغة</translation>
    </message>
    <message>
        <source>Their email address (optional)</source>
        <translation>عنوان بريدهم الإلكتروني (اختياري)</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>عنوان البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>الرسالة</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;نسخ</translation>
    </message>
    <message>
        <source>Copy the subject and message to the clipboard</source>
        <translation>نسخ الموضوع والرسالة إلى الحافظة</translation>
    </message>
    <message>
        <source>Open in &amp;mail app</source>
        <translation>فتح في تطبيق ال&amp;بريد</translation>
    </message>
    <message>
        <source>The message is copied: paste it into your mail.</source>
        <translation>نُسخت الرسالة: الصقها في بريدك.</translation>
    </message>
    <message>
        <source>The message is handed to your mail app.</source>
        <translation>سُلِّمت الرسالة إلى تطبيق البريد.</translation>
    </message>
    <message>
        <source>No mail app found</source>
        <translation>لم يُعثر على تطبيق بريد</translation>
    </message>
    <message>
        <source>No mail program opened this message. Copy it instead, then paste it into your mail?</source>
        <translation>لم يفتح أي برنامج بريد هذه الرسالة. هل تنسخها بدلًا من ذلك لتلصقها في بريدك؟</translation>
    </message>
</context>
<context>
    <name>ModeChoice</name>
    <message>
        <source>How would you like to reflect?</source>
        <translation>كيف تودّ أن تراجع هذه التجربة؟</translation>
    </message>
    <message>
        <source>Both are worth it. You can deepen a quick reflection later, with your answers kept.</source>
        <translation>كلاهما مفيد. ويمكنك لاحقًا التوسّع في المراجعة السريعة، وتبقى إجاباتك كما هي.</translation>
    </message>
    <message>
        <source>&amp;Quick: about two minutes</source>
        <translation>&amp;سريعة: نحو دقيقتين</translation>
    </message>
    <message>
        <source>How you feel, one thing that went well, one thing to change and one next step.</source>
        <translation>شعورك الآن، وأمر واحد سار جيدًا، وأمر واحد تغيّره، وخطوة تالية واحدة.</translation>
    </message>
    <message>
        <source>F&amp;ull: seven steps</source>
        <translation>&amp;كاملة: سبع خطوات</translation>
    </message>
    <message>
        <source>A reply, a feedback request, the questions for this stage, your skills, your thinking and your contacts.</source>
        <translation>ردّ على الرسالة، وطلب ملاحظات، وأسئلة هذه المرحلة، ومهاراتك، وأفكارك، ومعارفك.</translation>
    </message>
</context>
<context>
    <name>MonthLookBackBox</name>
    <message>
        <source>Put away</source>
        <translation>إخفاء</translation>
    </message>
    <message>
        <source>Looking back on %1</source>
        <translation>نظرة إلى %1</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) sent</source>
        <translation>
            <numerusform>لم تُرسل طلبات</numerusform>
            <numerusform>أُرسل طلب واحد</numerusform>
            <numerusform>أُرسل طلبان</numerusform>
            <numerusform>أُرسلت %n طلبات</numerusform>
            <numerusform>أُرسل %n طلبًا</numerusform>
            <numerusform>أُرسل %n طلب</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s)</source>
        <translation>
            <numerusform>لا مقابلات</numerusform>
            <numerusform>مقابلة واحدة</numerusform>
            <numerusform>مقابلتان</numerusform>
            <numerusform>%n مقابلات</numerusform>
            <numerusform>%n مقابلة</numerusform>
            <numerusform>%n مقابلة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejection(s) reflected on</source>
        <translation>
            <numerusform>لا رفض تأمّلت فيه</numerusform>
            <numerusform>رفض واحد تأمّلت فيه</numerusform>
            <numerusform>رفضان تأمّلت فيهما</numerusform>
            <numerusform>%n حالات رفض تأمّلت فيها</numerusform>
            <numerusform>%n حالة رفض تأمّلت فيها</numerusform>
            <numerusform>%n حالة رفض تأمّلت فيها</numerusform>
        </translation>
    </message>
    <message>
        <source>Improved: %1</source>
        <translation>تحسّن: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>You wrote: “%1”</source>
        <translation>كتبت: «%1»</translation>
    </message>
</context>
<context>
    <name>OnThisDayBox</name>
    <message>
        <source>On this day</source>
        <translation>في مثل هذا اليوم</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>A journal entry</source>
        <translation>تدوينة</translation>
    </message>
    <message>
        <source>A reflection</source>
        <translation>تأمّل</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>هذا العام</numerusform>
            <numerusform>قبل سنة واحدة</numerusform>
            <numerusform>قبل سنتين</numerusform>
            <numerusform>قبل %n سنوات</numerusform>
            <numerusform>قبل %n سنة</numerusform>
            <numerusform>قبل %n سنة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>هذا الشهر</numerusform>
            <numerusform>قبل شهر واحد</numerusform>
            <numerusform>قبل شهرين</numerusform>
            <numerusform>قبل %n أشهر</numerusform>
            <numerusform>قبل %n شهرًا</numerusform>
            <numerusform>قبل %n شهر</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>اليوميات</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>النمو</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>الرسوم البيانية</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>تأمّل</translation>
    </message>
</context>
<context>
    <name>PrepCardDialog</name>
    <message>
        <source>Prepare: %1</source>
        <translation>الاستعداد: %1</translation>
    </message>
    <message>
        <source>Prep card</source>
        <translation>بطاقة الاستعداد</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>Your prep note</source>
        <translation>ملاحظتك للاستعداد</translation>
    </message>
    <message>
        <source>Your journal has nothing on interviews like this one yet, and that is fine: every reflection you write will show up here next time.</source>
        <translation>لا يحوي دفترك شيئًا عن مقابلات مثل هذه بعد، ولا بأس في ذلك: كل تأمل تكتبه سيظهر هنا في المرة القادمة.</translation>
    </message>
    <message>
        <source>What you could prepare</source>
        <translation>ما يمكنك الاستعداد به</translation>
    </message>
    <message>
        <source>Read about the company: its products, its customers, its recent news.</source>
        <translation>اقرأ عن الشركة: منتجاتها وعملاؤها وآخر أخبارها.</translation>
    </message>
    <message>
        <source>Prepare three short stories: the situation, what you did, the result.</source>
        <translation>جهّز ثلاث قصص قصيرة: الموقف، وما فعلته، والنتيجة.</translation>
    </message>
    <message>
        <source>Write two or three questions to ask them about the role and the team.</source>
        <translation>اكتب سؤالين أو ثلاثة تطرحها عليهم عن الدور والفريق.</translation>
    </message>
    <message>
        <source>After the interview, write a short debrief here while memory is fresh.</source>
        <translation>بعد المقابلة، اكتب هنا مراجعة قصيرة والذاكرة ما زالت حاضرة.</translation>
    </message>
    <message>
        <source>What you wanted to improve after interviews like this</source>
        <translation>ما أردت تحسينه بعد مقابلات مثل هذه</translation>
    </message>
    <message>
        <source>Your open action items</source>
        <translation>خطواتك العملية المفتوحة</translation>
    </message>
    <message>
        <source>Stories that worked</source>
        <translation>قصص نجحت</translation>
    </message>
    <message>
        <source>Questions that surprised you</source>
        <translation>أسئلة فاجأتك</translation>
    </message>
    <message>
        <source>What employers told you</source>
        <translation>ما قاله لك أصحاب العمل</translation>
    </message>
    <message>
        <source>People at %1</source>
        <translation>أشخاص في %1</translation>
    </message>
    <message>
        <source>Earlier applications to %1</source>
        <translation>طلبات سابقة إلى %1</translation>
    </message>
    <message>
        <source>still open</source>
        <translation>ما زال مفتوحًا</translation>
    </message>
    <message>
        <source>improving</source>
        <translation>يتحسن</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>تحقّق</translation>
    </message>
    <message numerus="yes">
        <source>%1; %2 of %n actions done</source>
        <translation>
            <numerusform>%1؛ أُنجز %2 من %n خطوة</numerusform>
            <numerusform>%1؛ أُنجز %2 من خطوة واحدة</numerusform>
            <numerusform>%1؛ أُنجز %2 من خطوتين</numerusform>
            <numerusform>%1؛ أُنجز %2 من %n خطوات</numerusform>
            <numerusform>%1؛ أُنجز %2 من %n خطوة</numerusform>
            <numerusform>%1؛ أُنجز %2 من %n خطوة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cited after %n rejections at this stage</source>
        <translation>
            <numerusform>ذُكر بعد %n حالة رفض في هذه المرحلة</numerusform>
            <numerusform>ذُكر بعد رفض واحد في هذه المرحلة</numerusform>
            <numerusform>ذُكر بعد رفضين في هذه المرحلة</numerusform>
            <numerusform>ذُكر بعد %n حالات رفض في هذه المرحلة</numerusform>
            <numerusform>ذُكر بعد %n حالة رفض في هذه المرحلة</numerusform>
            <numerusform>ذُكر بعد %n حالة رفض في هذه المرحلة</numerusform>
        </translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>موعدها %1</translation>
    </message>
    <message>
        <source>reflection</source>
        <translation>التأمل</translation>
    </message>
    <message>
        <source>interviewer</source>
        <translation>أجرى المقابلة</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>التاريخ غير معروف</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Starting…</source>
        <translation>جارٍ البدء…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>جارٍ الإيقاف…</translation>
    </message>
</context>
<context>
    <name>QuickForm</name>
    <message>
        <source>A quick reflection</source>
        <translation>مراجعة سريعة</translation>
    </message>
    <message>
        <source>Four short answers, about two minutes. A few words each are enough.</source>
        <translation>أربع إجابات قصيرة في نحو دقيقتين. تكفي بضع كلمات لكل منها.</translation>
    </message>
    <message>
        <source>How &amp;confident do you feel right now (%1–%2)?</source>
        <translation>ما مقدار &amp;ثقتك بنفسك الآن (%1–%2)؟</translation>
    </message>
    <message>
        <source>One thing that went &amp;well</source>
        <translation>أمر واحد سار &amp;جيدًا</translation>
    </message>
    <message>
        <source>One thing to c&amp;hange next time</source>
        <translation>أمر واحد &amp;أغيّره في المرة القادمة</translation>
    </message>
    <message>
        <source>One &amp;next step (it becomes an action item)</source>
        <translation>خطوة &amp;تالية واحدة (تُضاف إلى خطواتك العملية)</translation>
    </message>
    <message>
        <source>Ta&amp;gs (optional)</source>
        <translation>ال&amp;وسوم (اختيارية)</translation>
    </message>
    <message>
        <source>For example: ask Lina for a mock interview on Sunday</source>
        <translation>مثلًا: أطلب من لينا مقابلة تجريبية يوم الأحد</translation>
    </message>
    <message>
        <source>Take more time: the &amp;full reflection</source>
        <translation>مزيد من الوقت: المراجعة ال&amp;كاملة</translation>
    </message>
    <message>
        <source>Opens the seven steps with these answers in place</source>
        <translation>تفتح الخطوات السبع وإجاباتك هذه في مكانها</translation>
    </message>
</context>
<context>
    <name>RatingBar</name>
    <message>
        <source>Not rated</source>
        <translation>دون تقييم</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Your journal file is damaged</source>
        <translation>ملف يومياتك تالف</translation>
    </message>
    <message>
        <source>Thabat checked your journal file and found it damaged, perhaps by a disk problem or an interrupted copy. Nothing was written to it.</source>
        <translation>فحص ثبات ملف يومياتك فوجده تالفاً، ربما بسبب خلل في القرص أو نسخ لم يكتمل. لم يُكتب فيه شيء.</translation>
    </message>
    <message>
        <source>There is no backup to restore. The damaged file was left as it is; please keep it and ask for help.</source>
        <translation>لا توجد نسخة احتياطية لاستعادتها. تُرك الملف التالف كما هو؛ احتفظ به واطلب المساعدة.</translation>
    </message>
    <message>
        <source>Thabat can restore your newest good backup, from %1. The damaged file will be kept aside, not deleted.</source>
        <translation>يستطيع ثبات استعادة أحدث نسخة احتياطية سليمة، المأخوذة في %1. سيُحفظ الملف التالف جانباً ولن يُحذف.</translation>
    </message>
    <message>
        <source>&amp;Restore the backup</source>
        <translation>ا&amp;ستعد النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
</context>
<context>
    <name>ReflectionPage</name>
    <message>
        <source>Direction: automatic</source>
        <translation>الاتجاه: تلقائي</translation>
    </message>
    <message>
        <source>Direction: right to left</source>
        <translation>الاتجاه: من اليمين إلى اليسار</translation>
    </message>
    <message>
        <source>Direction: left to right</source>
        <translation>الاتجاه: من اليسار إلى اليمين</translation>
    </message>
    <message>
        <source>Direction of your text</source>
        <translation>اتجاه نصك</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>ال&amp;سابق</translation>
    </message>
    <message>
        <source>Save and &amp;leave</source>
        <translation>حفظ و&amp;خروج</translation>
    </message>
    <message>
        <source>Your draft is kept; resume it any time from Today (Esc)</source>
        <translation>تُحفظ مسودتك، ويمكنك إكمالها متى شئت من صفحة اليوم (Esc)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <source>Not saved: trying again…</source>
        <translation>لم يُحفظ بعد: ستُعاد المحاولة…</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>حُفظت المسودة</translation>
    </message>
    <message>
        <source>Reflection finished. Well done for taking the time.</source>
        <translation>اكتملت المراجعة. أحسنتَ إذ منحتَها وقتك.</translation>
    </message>
    <message>
        <source>Draft saved: resume it any time from Today.</source>
        <translation>حُفظت المسودة: تابِعها متى شئت من صفحة اليوم.</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>إ&amp;نهاء</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>ال&amp;تالي</translation>
    </message>
</context>
<context>
    <name>RejectionDialog</name>
    <message>
        <source>Log a rejection</source>
        <translation>تسجيل رفض</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>ال&amp;شركة</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>ال&amp;وظيفة</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>ال&amp;تاريخ</translation>
    </message>
    <message>
        <source>&amp;Stage reached</source>
        <translation>المرحلة التي &amp;بلغتها</translation>
    </message>
    <message>
        <source>Interview r&amp;ound</source>
        <translation>&amp;جولة المقابلة</translation>
    </message>
    <message>
        <source>&amp;How it came</source>
        <translation>&amp;كيف وصل</translation>
    </message>
    <message>
        <source>&amp;Interviewer</source>
        <translation>&amp;من أجرى المقابلة</translation>
    </message>
    <message>
        <source>&amp;Message (optional)</source>
        <translation>ال&amp;رسالة (اختياري)</translation>
    </message>
    <message>
        <source>&amp;Applied on (new company)</source>
        <translation>تاريخ الت&amp;قديم (لشركة جديدة)</translation>
    </message>
    <message>
        <source>I know the date</source>
        <translation>أعرف التاريخ</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>التاريخ غير معروف</translation>
    </message>
    <message>
        <source>Paste their message here if you like.</source>
        <translation>الصق رسالتهم هنا إن أردت.</translation>
    </message>
    <message>
        <source>Save and r&amp;eflect now</source>
        <translation>حفظ و&amp;التأمّل الآن</translation>
    </message>
    <message>
        <source>Rejection logged.</source>
        <translation>سُجِّل الرفض.</translation>
    </message>
</context>
<context>
    <name>ReplyStep</name>
    <message>
        <source>Date replied</source>
        <translation>تاريخ الرد</translation>
    </message>
    <message>
        <source>Mark &amp;replied</source>
        <translation>تعليم أنه &amp;تم الرد</translation>
    </message>
    <message>
        <source>Replied on %1.</source>
        <translation>تم الرد في %1.</translation>
    </message>
    <message>
        <source>Not replied yet.</source>
        <translation>لم يتم الرد بعد.</translation>
    </message>
</context>
<context>
    <name>ResourcesPanel</name>
    <message>
        <source>Resources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>ال&amp;رابط:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>م&amp;لاحظات:</translation>
    </message>
    <message>
        <source>&amp;Open link</source>
        <translation>&amp;فتح الرابط</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>نقل للأعلى</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>نقل للأسفل</translation>
    </message>
    <message>
        <source>&amp;Add as new</source>
        <translation>إ&amp;ضافة كجديد</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;حفظ التعديلات</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>ال&amp;تقويم</translation>
    </message>
    <message>
        <source>&amp;Digits</source>
        <translation>الأ&amp;رقام</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>الم&amp;ظهر</translation>
    </message>
    <message>
        <source>&amp;Weekly application goal</source>
        <translation>&amp;هدف الطلبات الأسبوعي</translation>
    </message>
    <message>
        <source>Reply reminder after</source>
        <translation>تذكير بالرد بعد</translation>
    </message>
    <message>
        <source>Feedback reminder after</source>
        <translation>تذكير بالملاحظات بعد</translation>
    </message>
    <message>
        <source>Follow up after</source>
        <translation>التواصل مجددًا بعد</translation>
    </message>
    <message>
        <source>Suggest “no response” after</source>
        <translation>اقترح «لا ردّ» بعد</translation>
    </message>
    <message>
        <source>Check-in reminder</source>
        <translation>تذكير بتسجيل الحالة</translation>
    </message>
    <message>
        <source>Your &amp;name (for message templates)</source>
        <translation>ا&amp;سمك (لقوالب الرسائل)</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>مجلد البيانات</translation>
    </message>
    <message numerus="yes">
        <source> weeks</source>
        <translation>
            <numerusform> أسبوع</numerusform>
            <numerusform> أسبوع</numerusform>
            <numerusform> أسبوعان</numerusform>
            <numerusform> أسابيع</numerusform>
            <numerusform> أسبوعًا</numerusform>
            <numerusform> أسبوع</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> days</source>
        <translation>
            <numerusform> يوم</numerusform>
            <numerusform> يوم</numerusform>
            <numerusform> يومان</numerusform>
            <numerusform> أيام</numerusform>
            <numerusform> يومًا</numerusform>
            <numerusform> يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>Never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>Remind me each day at</source>
        <translation>ذكّرني كل يوم في الساعة</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>وقت التذكير</translation>
    </message>
    <message>
        <source>While Thabat is open, a gentle notification asks how you feel, unless you have already checked in that day.</source>
        <translation>ما دام ثبات مفتوحًا، يسألك إشعار لطيف عن حالك، إلا إذا سجّلت حالتك في ذلك اليوم.</translation>
    </message>
    <message>
        <source>Weeks without news before Thabat asks whether an application went unanswered. It never marks one by itself.</source>
        <translation>عدد أسابيع الصمت قبل أن يسألك ثبات هل بقي الطلب بلا ردّ. ولا يسجّل ذلك من تلقاء نفسه أبدًا.</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>مثل النظام</translation>
    </message>
    <message>
        <source>Gregorian</source>
        <translation>ميلادي</translation>
    </message>
    <message>
        <source>Hijri (Islamic civil)</source>
        <translation>هجري (الحساب المدني)</translation>
    </message>
    <message>
        <source>Latin (0123)</source>
        <translation>لاتينية (0123)</translation>
    </message>
    <message>
        <source>Arabic-Indic (٠١٢٣)</source>
        <translation>عربية مشرقية (٠١٢٣)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>فاتح</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>داكن</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
</context>
<context>
    <name>SkillsBox</name>
    <message>
        <source>Rate your skills (%1 = needs work, %2 = strong)</source>
        <translation>قيّم مهاراتك (%1 = تحتاج إلى عمل، %2 = قوية)</translation>
    </message>
    <message>
        <source>Add a skill of your own</source>
        <translation>أضف مهارة من عندك</translation>
    </message>
    <message>
        <source>New skill</source>
        <translation>مهارة جديدة</translation>
    </message>
    <message>
        <source>Add &amp;skill</source>
        <translation>إضافة م&amp;هارة</translation>
    </message>
    <message>
        <source>Rating of %1</source>
        <translation>تقييم %1</translation>
    </message>
</context>
<context>
    <name>StageDialog</name>
    <message>
        <source>Edit a step</source>
        <translation>تعديل خطوة</translation>
    </message>
    <message>
        <source>Record a stage</source>
        <translation>تسجيل مرحلة</translation>
    </message>
    <message>
        <source>&amp;Stage</source>
        <translation>ال&amp;مرحلة</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>ال&amp;تاريخ</translation>
    </message>
    <message>
        <source>&amp;Kind of interview</source>
        <translation>&amp;نوع المقابلة</translation>
    </message>
    <message>
        <source>R&amp;ound</source>
        <translation>ال&amp;جولة</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>ال&amp;وقت</translation>
    </message>
    <message>
        <source>&amp;Interviewers</source>
        <translation>من أ&amp;جرى المقابلة</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>&amp;ردّي</translation>
    </message>
    <message>
        <source>Stage &amp;reached</source>
        <translation>المرحلة التي &amp;بلغتها</translation>
    </message>
    <message>
        <source>&amp;Prep notes</source>
        <translation>م&amp;لاحظات التحضير</translation>
    </message>
    <message>
        <source>No response</source>
        <translation>لا ردّ</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>لم أقرّر بعد</translation>
    </message>
    <message>
        <source>At a set time</source>
        <translation>في وقت محدد</translation>
    </message>
    <message>
        <source>A few words: what to prepare, what happened.</source>
        <translation>كلمات قليلة: ما تستعد له، وما حدث.</translation>
    </message>
    <message>
        <source>Step saved.</source>
        <translation>حُفظت الخطوة.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Thabat cannot open your journal</source>
        <translation>تعذّر على ثبات فتح دفترك</translation>
    </message>
    <message>
        <source>Today&apos;s backup failed</source>
        <translation>تعذّرت النسخة الاحتياطية لهذا اليوم</translation>
    </message>
</context>
<context>
    <name>StepBar</name>
    <message>
        <source>Steps</source>
        <translation>الخطوات</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>الخطوة %1 من %2: %3</translation>
    </message>
</context>
<context>
    <name>TagChip</name>
    <message>
        <source>Remove the tag %1</source>
        <translation>إزالة الوسم %1</translation>
    </message>
</context>
<context>
    <name>TagChips</name>
    <message>
        <source>Add a tag, then Enter</source>
        <translation>اكتب وسمًا ثم اضغط Enter</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Enter or a comma adds the tag; Backspace in the empty box removes the last one</source>
        <translation>يضيف Enter أو الفاصلة الوسمَ، ويزيل مفتاح المسح في المربع الفارغ آخر وسم</translation>
    </message>
    <message>
        <source>At most %1 tags.</source>
        <translation>لا يزيد عدد الوسوم على %1.</translation>
    </message>
</context>
<context>
    <name>TemplatesEditor</name>
    <message>
        <source>Message templates</source>
        <translation>قوالب الرسائل</translation>
    </message>
    <message>
        <source>Thank-you reply</source>
        <translation>رد الشكر</translation>
    </message>
    <message>
        <source>Feedback request</source>
        <translation>طلب الملاحظات</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>المتابعة</translation>
    </message>
    <message>
        <source>Te&amp;mplate</source>
        <translation>ال&amp;قالب</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>الل&amp;غة</translation>
    </message>
    <message>
        <source>S&amp;ubject</source>
        <translation>ال&amp;موضوع</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>ال&amp;نص</translation>
    </message>
    <message>
        <source>Placeholders filled in for you: %1</source>
        <translation>عناصر تُملأ تلقائيًا: %1</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>حفظ القالب</translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation>استعادة النص الأصلي</translation>
    </message>
    <message>
        <source>Your own version</source>
        <translation>نسختك الخاصة</translation>
    </message>
    <message>
        <source>The default text</source>
        <translation>النص الأصلي</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>How confident do you feel today?</source>
        <translation>ما مقدار ثقتك بنفسك اليوم؟</translation>
    </message>
    <message>
        <source>A few words, if you like</source>
        <translation>كلمات قليلة، إن أحببت</translation>
    </message>
    <message>
        <source>Check-in note</source>
        <translation>ملاحظة اليوم</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>هذا الأسبوع</translation>
    </message>
    <message>
        <source>Your progress</source>
        <translation>تقدّمك</translation>
    </message>
    <message>
        <source>Unfinished reflections</source>
        <translation>مراجعات لم تكتمل</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>Continue this reflection where you left it (Enter or double-click)</source>
        <translation>أكمل هذا التأمل من حيث توقفت (Enter أو النقر المزدوج)</translation>
    </message>
    <message>
        <source>Thanks, not now</source>
        <translation>شكرًا، ليس الآن</translation>
    </message>
    <message>
        <source>Update today&apos;s check-in</source>
        <translation>تحديث تسجيل اليوم</translation>
    </message>
    <message>
        <source>Checked in today. You can change it until midnight.</source>
        <translation>سجّلت حالتك اليوم. يمكنك تغييرها حتى منتصف الليل.</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>سجّل حالتك</translation>
    </message>
    <message>
        <source>Applications this week: %1 of %2</source>
        <translation>طلبات هذا الأسبوع: %1 من %2</translation>
    </message>
    <message>
        <source>Weekly goal reached. Well done.</source>
        <translation>بلغت هدف الأسبوع. أحسنت.</translation>
    </message>
    <message numerus="yes">
        <source>%n more to reach this week&apos;s goal.</source>
        <translation>
            <numerusform>بلغت هدف هذا الأسبوع.</numerusform>
            <numerusform>بقي طلب واحد لبلوغ هدف هذا الأسبوع.</numerusform>
            <numerusform>بقي طلبان لبلوغ هدف هذا الأسبوع.</numerusform>
            <numerusform>بقيت %n طلبات لبلوغ هدف هذا الأسبوع.</numerusform>
            <numerusform>بقي %n طلبًا لبلوغ هدف هذا الأسبوع.</numerusform>
            <numerusform>بقي %n طلب لبلوغ هدف هذا الأسبوع.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>مراجعة</translation>
    </message>
    <message>
        <source>%1% of this quarter&apos;s applications reached an interview, up from %2% last quarter.</source>
        <translation>وصل %1٪ من طلبات هذا الربع إلى مرحلة المقابلة، بعد أن كانت النسبة %2٪ في الربع السابق.</translation>
    </message>
    <message>
        <source>Welcome. Start by adding an application, or log a rejection with Ctrl+R.</source>
        <translation>أهلًا بك. ابدأ بإضافة طلب، أو سجّل رفضًا بالضغط على Ctrl+R.</translation>
    </message>
    <message>
        <source>Reading your journal…</source>
        <translation>جارٍ قراءة يومياتك…</translation>
    </message>
    <message numerus="yes">
        <source>You have bounced back from %n rejections: after each one, you applied again.</source>
        <translation>
            <numerusform>لم يمرّ بك رفض بعد، وأنت تواصل التقديم.</numerusform>
            <numerusform>نهضتَ بعد رفضٍ واحد: وبعده عدتَ وقدّمت من جديد.</numerusform>
            <numerusform>نهضتَ بعد رفضين: وبعد كلٍّ منهما عدتَ وقدّمت من جديد.</numerusform>
            <numerusform>نهضتَ بعد %n حالات رفض: بعد كل واحدة منها عدتَ وقدّمت من جديد.</numerusform>
            <numerusform>نهضتَ بعد %n حالةَ رفض: بعد كل واحدة منها عدتَ وقدّمت من جديد.</numerusform>
            <numerusform>نهضتَ بعد %n حالة رفض: بعد كل واحدة منها عدتَ وقدّمت من جديد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After a rejection you usually apply again within %n days. You keep going.</source>
        <translation>
            <numerusform>بعد كل رفض تعود عادةً إلى التقديم في اليوم نفسه. أنت تواصل الطريق.</numerusform>
            <numerusform>بعد كل رفض تعود عادةً إلى التقديم خلال يوم واحد. أنت تواصل الطريق.</numerusform>
            <numerusform>بعد كل رفض تعود عادةً إلى التقديم خلال يومين. أنت تواصل الطريق.</numerusform>
            <numerusform>بعد كل رفض تعود عادةً إلى التقديم خلال %n أيام. أنت تواصل الطريق.</numerusform>
            <numerusform>بعد كل رفض تعود عادةً إلى التقديم خلال %n يومًا. أنت تواصل الطريق.</numerusform>
            <numerusform>بعد كل رفض تعود عادةً إلى التقديم خلال %n يوم. أنت تواصل الطريق.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n applications so far. Each one is practice.</source>
        <translation>
            <numerusform>لا طلبات بعد. كل طلب تمرين يقوّيك.</numerusform>
            <numerusform>طلب واحد حتى الآن. كل طلب تمرين يقوّيك.</numerusform>
            <numerusform>طلبان حتى الآن. كل طلب منهما تمرين يقوّيك.</numerusform>
            <numerusform>%n طلبات حتى الآن. كل طلب منها تمرين يقوّيك.</numerusform>
            <numerusform>%n طلبًا حتى الآن. كل طلب منها تمرين يقوّيك.</numerusform>
            <numerusform>%n طلب حتى الآن. كل طلب منها تمرين يقوّيك.</numerusform>
        </translation>
    </message>
    <message>
        <source>Confidence from %1 to %2</source>
        <translation>الثقة من %1 إلى %2</translation>
    </message>
</context>
<context>
    <name>TrapsStep</name>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>Yes, this sounds like me</source>
        <translation>نعم، هذا يشبهني</translation>
    </message>
    <message>
        <source>Reframe: %1</source>
        <translation>صياغة أرفق: %1</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome</source>
        <translation>أهلًا بك</translation>
    </message>
    <message>
        <source>Welcome to Thabat</source>
        <translation>أهلًا بك في ثبات</translation>
    </message>
    <message>
        <source>A private journal for your job search: log a rejection in seconds, learn from it, and keep going. Everything stays on this computer. Three quick choices, all of which you can change later in Settings.</source>
        <translation>دفتر خاص لرحلة بحثك عن عمل: سجّل الرفض في ثوانٍ، وتعلّم منه، وواصل طريقك. كل شيء يبقى على هذا الحاسوب. ثلاثة اختيارات سريعة، ويمكنك تغييرها كلها لاحقًا من الإعدادات.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <source>Your &amp;name (for message templates)</source>
        <translation>ا&amp;سمك (لقوالب الرسائل)</translation>
    </message>
    <message>
        <source>&amp;Weekly application goal</source>
        <translation>&amp;هدف الطلبات الأسبوعي</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>مثل النظام</translation>
    </message>
    <message>
        <source>For example: Dana Kim</source>
        <translation>مثلًا: دانة الكردي</translation>
    </message>
    <message>
        <source>Already tracking applications in a spreadsheet? Bring them in. Or look around a made-up journal first: it opens in a separate window and folder.</source>
        <translation>هل تتابع طلباتك في جدول بيانات؟ استوردها هنا. أو تجوّل أولًا في دفتر تجريبي: يُفتح في نافذة ومجلد منفصلين.</translation>
    </message>
    <message>
        <source>&amp;Import a spreadsheet…</source>
        <translation>ا&amp;ستيراد جدول بيانات…</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>جرّب ال&amp;دفتر التجريبي</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;تخطٍّ</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>اب&amp;دأ</translation>
    </message>
    <message>
        <source>The demo journal is being prepared in %1; it opens in its own window.</source>
        <translation>يجري تجهيز الدفتر التجريبي في %1، وسيُفتح في نافذته الخاصة.</translation>
    </message>
    <message>
        <source>Preparing the demo journal</source>
        <translation>جارٍ تجهيز اليوميات التجريبية</translation>
    </message>
</context>
</TS>
