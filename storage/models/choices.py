"""The short ASCII keys each enumerated column accepts; the database checks them, the catalogues label them."""

STAGES = ("application", "screening", "assessment", "interview", "final", "offer_withdrawn")
"""Where a rejection can come: the furthest stage reached."""

HISTORY_STAGES = ("applied", "screening", "assessment", "interview", "final", "offer", "rejected", "withdrawn")
"""Steps an application goes through, as recorded in its stage history."""

OUTCOMES = ("pending", "interview", "rejected", "offer", "withdrawn")
"""The current outcome of an application (charts stack by it)."""

CHANNELS = ("email", "phone", "portal", "no_answer")
SOURCES = ("", "job_board", "referral", "recruiter", "company_site", "network")
"""How the user heard of the job ("" when not said)."""
WORK_PLACES = ("", "onsite", "hybrid", "remote")
INTERVIEW_KINDS = ("phone", "technical", "onsite", "final")
"""The kind of an interview step; a "final" interview is recorded as the stage "final"."""
OFFER_ANSWERS = ("accepted", "declined")
STEP_KINDS = ("",) + INTERVIEW_KINDS + OFFER_ANSWERS
"""`StageEvent.kind`: an interview's kind, an offer's answer, or nothing."""
REFLECTION_STATES = ("draft", "done")
REFLECTION_MODES = ("", "quick", "full")
"""How a reflection is written: four questions ("quick") or the seven steps ("full"); "" until the user picks."""
AREA_STATES = ("open", "improving", "resolved")
ACTION_STATES = ("todo", "doing", "done")
REMINDER_KINDS = ("reply", "feedback", "follow_up")
DIRECTIONS = ("auto", "rtl", "ltr")
MARKUPS = ("plain", "markdown")
"""How a journal entry's body is written: as typed, or Markdown from the formatting bar."""
TAG_KINDS = ("entry", "reflection")
"""What a tag can be put on: a free journal entry or a guided reflection."""
