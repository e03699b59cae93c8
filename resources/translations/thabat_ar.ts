<?xml version='1.0' encoding='utf-8'?>
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
        <source>Free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later).</source>
        <translation>برنامج حر بموجب رخصة جنو العمومية، الإصدار الثالث أو أي إصدار لاحق (GPL-3.0-or-later).</translation>
    </message>
    <message>
        <source>Arabic font: Noto Sans Arabic, SIL Open Font License 1.1.</source>
        <translation>الخط العربي: Noto Sans Arabic، برخصة SIL للخطوط المفتوحة 1.1.</translation>
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
        <source>History</source>
        <translation>المسار</translation>
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
        <source>Choose an application to see its history.</source>
        <translation>اختر طلبًا لترى مساره.</translation>
    </message>
    <message>
        <source>Applied on %1</source>
        <translation>تاريخ التقديم: %1</translation>
    </message>
    <message>
        <source>Rejection came at: %1</source>
        <translation>جاء الرفض في مرحلة: %1</translation>
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
        <source>This step is dated before the application.</source>
        <translation>تاريخ هذه الخطوة يسبق تاريخ التقديم.</translation>
    </message>
    <message>
        <source>This application no longer exists.</source>
        <translation>هذا الطلب لم يعد موجودًا.</translation>
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
        <source>Please give a date.</source>
        <translation>يُرجى إدخال تاريخ.</translation>
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
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Thabat — job search journal</source>
        <translation>ثبات — دفتر رحلة البحث عن عمل</translation>
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
        <source>Main toolbar</source>
        <translation>شريط الأدوات الرئيسي</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <source>&amp;About Thabat</source>
        <translation>&amp;عن ثبات</translation>
    </message>
</context>
<context>
    <name>Pages</name>
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
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This page is on its way. Everything you record elsewhere is already kept and will show here.</source>
        <translation>هذه الصفحة قيد الإعداد. كل ما تسجّله في الصفحات الأخرى محفوظ وسيظهر هنا.</translation>
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
        <source>Paste their message here if you like.</source>
        <translation>الصق رسالتهم هنا إن أردت.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
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
        <source>Your &amp;name (for message templates)</source>
        <translation>ا&amp;سمك (لقوالب الرسائل)</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>مجلد البيانات</translation>
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
    <name>Startup</name>
    <message>
        <source>Thabat cannot open your journal</source>
        <translation>تعذّر على ثبات فتح دفترك</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
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
        <source>How confident do you feel today?</source>
        <translation>ما مقدار ثقتك بنفسك اليوم؟</translation>
    </message>
    <message>
        <source>Confidence from 0 to 10</source>
        <translation>الثقة من 0 إلى 10</translation>
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
        <source>Update today's check-in</source>
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
        <source>Weekly goal reached. Well done.</source>
        <translation>بلغت هدف الأسبوع. أحسنت.</translation>
    </message>
    <message>
        <source>%1 more to reach this week's goal.</source>
        <translation>بقي %1 لبلوغ هدف هذا الأسبوع.</translation>
    </message>
    <message>
        <source>After a rejection you usually apply again within %1 days. You keep going.</source>
        <translation>بعد كل رفض تعود عادةً إلى التقديم خلال %1 يوم. أنت تواصل الطريق.</translation>
    </message>
    <message>
        <source>%1 applications so far. Each one is practice.</source>
        <translation>%1 طلبًا حتى الآن. كل طلب منها تمرين يقوّيك.</translation>
    </message>
    <message>
        <source>Welcome. Start by adding an application, or log a rejection with Ctrl+R.</source>
        <translation>أهلًا بك. ابدأ بإضافة طلب، أو سجّل رفضًا بالضغط على Ctrl+R.</translation>
    </message>
    <message>
        <source>Unfinished reflections: %1</source>
        <translation>تأملات لم تكتمل: %1</translation>
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
        <source>due %1</source>
        <translation>مستحق منذ %1</translation>
    </message>
</context>
</TS>