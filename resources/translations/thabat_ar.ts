<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
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
    <name>CloseStep</name>
    <message>
        <source>Confidence &amp;now (0–10)</source>
        <translation>الثقة ال&amp;آن (0–10)</translation>
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
        <source>For example: I explained my projects clearly.</source>
        <translation>مثلًا: شرحتُ مشاريعي بوضوح.</translation>
    </message>
    <message>
        <source>A strength you noted before: %1</source>
        <translation>نقطة قوة دوّنتَها من قبل: %1</translation>
    </message>
    <message>
        <source>At the start you felt %1 out of 10.</source>
        <translation>في البداية كانت ثقتك %1 من 10.</translation>
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
        <translation>لم يعد هذا التأمّل موجودًا.</translation>
    </message>
    <message>
        <source>A follow-up needs a date from today on.</source>
        <translation>تحتاج المتابعة إلى تاريخ من اليوم فصاعدًا.</translation>
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
        <source>&amp;Confidence now (0–10)</source>
        <translation>ال&amp;ثقة الآن (0–10)</translation>
    </message>
    <message>
        <source>A &amp;few words</source>
        <translation>&amp;بضع كلمات</translation>
    </message>
    <message>
        <source>What is on your mind right now?</source>
        <translation>ما الذي يشغل بالك الآن؟</translation>
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
    <name>LearnStep</name>
    <message>
        <source>What went &amp;well</source>
        <translation>ما &amp;نجح</translation>
    </message>
    <message>
        <source>What to &amp;improve</source>
        <translation>ما يمكن &amp;تحسينه</translation>
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
    <name>ReflectionPage</name>
    <message>
        <source>Reflection</source>
        <translation>تأمّل</translation>
    </message>
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
        <source>Draft saved</source>
        <translation>حُفظت المسودة</translation>
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
        <source>Paste their message here if you like.</source>
        <translation>الصق رسالتهم هنا إن أردت.</translation>
    </message>
    <message>
        <source>Save and r&amp;eflect now</source>
        <translation>حفظ و&amp;التأمّل الآن</translation>
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
    <name>SkillsBox</name>
    <message>
        <source>Rate your skills (1 = needs work, 5 = strong)</source>
        <translation>قيّم مهاراتك (1 = تحتاج إلى عمل، 5 = قوية)</translation>
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
        <source>Not rated</source>
        <translation>دون تقييم</translation>
    </message>
    <message>
        <source>Rating of %1</source>
        <translation>تقييم %1</translation>
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
<context>
    <name>TrapsStep</name>
    <message>
        <source>Yes, this sounds like me</source>
        <translation>نعم، هذا يشبهني</translation>
    </message>
    <message>
        <source>Reframe: %1</source>
        <translation>صياغة أرفق: %1</translation>
    </message>
</context>
</TS>