"""The one direction rule, by words, over real mixed sentences (issue 15, point 3).

Arabic writers name companies and products in Latin script: a sentence is Arabic when its Arabic
words are at least as many as its Latin ones, however long the Latin names are.
"""

from __future__ import annotations

import pytest

from thabat.app.text.direction import paragraph_direction, paragraphs_with_direction, text_direction

ARABIC_SENTENCES = [
    "قابلت فريق Amazon Web Services يوم 12 مارس، وسألوني عن AWS Lambda.",
    "رفضتني Microsoft بعد المقابلة الثالثة مع فريق Azure Kubernetes Service.",
    "أرسلت السيرة الذاتية إلى careers@careem.com يوم 2026-03-14.",
    "المقابلة على https://meet.google.com/abc-defg-hij الساعة 10:30 صباحًا.",
    "سألوني عن Kafka و PostgreSQL و Redis Streams في الجولة التقنية.",
    "قدمت على وظيفة Senior Backend Engineer في Talabat (دبي).",
    "الاختبار كان على HackerRank: ثلاث مسائل في 90 دقيقة.",
    "تحدثت مع Sarah Johnson من Human Resources عن الراتب.",
    "طلبوا مشروعًا صغيرًا بـ React Native و TypeScript خلال أسبوع.",
    "وصلني الرفض من Noon.com بعد ٣ أسابيع من المقابلة.",
    "سأتابع مع المسؤول عن التوظيف في Shopify بعد 8 أسابيع.",
    "كانت الأسئلة عن System Design وعن تجربتي في Google Cloud Platform.",
    "أحتاج أن أحسن إجاباتي عن سؤال Tell me about yourself.",
    "قابلت مدير القسم (Head of Data Engineering) وكان لطيفًا جدًا.",
    "الموعد التالي: 2026/06/12 مع فريق Product Design في Figma.",
    "راسلوني من jobs@stc.com.sa وطلبوا نسخة PDF من الشهادات.",
    "أخيرًا وصلني عرض من Aramco Digital بعد ستة أشهر من البحث!",
    "تعلمت كثيرًا من مقابلة Booking.com حتى لو لم أنجح.",
    "درست Docker و CI/CD قبل المقابلة لكنهم سألوا عن Terraform.",
    "قال لي Ahmed إن الفريق يستخدم Scrum و Jira كل يوم.",
    "شركة e& رفضتني بعد مرحلة الفرز الأولى.",
    "كتبت رسالة شكر إلى Mr. David Lee بعد المقابلة مباشرة.",
    "كان الراتب المعروض 25,000 درهم مع Stock Options.",
    "سجلت في دورة Machine Learning Specialization على Coursera.",
    "أعدت كتابة ملخص LinkedIn Profile وأضفت مشروع Open Source.",
    "AWS Lambda و Amazon API Gateway هما ما سألوني عنه أكثر.",
]

LATIN_SENTENCES = [
    "I met the team at شركة الأفق yesterday and it went really well.",
    "The recruiter from Careem said the role in دبي is still open.",
    "Applied to Microsoft Research (Cambridge) on 12 March 2026.",
    "Send the thank-you note to hr@example.com before Friday.",
    "Google rejected me after the onsite; the feedback mentioned شكراً only once.",
    "See https://example.com/jobs/123 for the posting.",
    "SQL و Python",
]

NEUTRAL = ["", "12 / 06 / 2026", "١٢٣ — 456", "(!)", "+971 50 123 4567"]


@pytest.mark.parametrize("sentence", ARABIC_SENTENCES)
def test_arabic_sentences_with_latin_names_are_right_to_left(sentence):
    assert paragraph_direction(sentence) == "rtl"
    assert paragraph_direction(sentence, fallback="ltr") == "rtl"


@pytest.mark.parametrize("sentence", LATIN_SENTENCES)
def test_english_sentences_with_a_few_arabic_words_stay_left_to_right(sentence):
    assert paragraph_direction(sentence, fallback="rtl") == "ltr"


@pytest.mark.parametrize("sentence", NEUTRAL)
def test_paragraphs_without_words_follow_the_fallback(sentence):
    assert paragraph_direction(sentence, fallback="rtl") == "rtl"
    assert paragraph_direction(sentence, fallback="ltr") == "ltr"


def test_a_tie_in_words_is_right_to_left():
    assert paragraph_direction("Careem رفضتني", fallback="ltr") == "rtl"
    assert paragraph_direction("بـGoogle Cloud", fallback="ltr") == "rtl"  # the Arabic-lettered word counts as Arabic


def test_there_are_at_least_thirty_real_mixed_sentences():
    assert len(ARABIC_SENTENCES) + len(LATIN_SENTENCES) >= 30


def test_the_override_wins_and_each_line_is_judged_alone():
    text = ARABIC_SENTENCES[0] + "\n" + LATIN_SENTENCES[0]
    assert [d for _, d in paragraphs_with_direction(text)] == ["rtl", "ltr"]
    assert text_direction(ARABIC_SENTENCES[0], override="ltr") == "ltr"
