"""What the demo's postings said: source, place of work, salary range, link, description, deadline, interest.

Plain data for `ApplicationInput`; the referring contact (source "referral") is found or met when
the application is recorded (app/demo/pipeline.py).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from thabat.app.demo.texts import Writer

SOURCE_ODDS = {"job_board": 44, "company_site": 20, "recruiter": 12, "referral": 8, "network": 7, "": 9}
MONTHLY_SALARY = {  # currency: (lowest bottom of a range, highest), by region of the company
    "SAR": (9_000, 32_000), "AED": (10_000, 35_000), "QAR": (10_000, 32_000), "JOD": (700, 2_600),
    "EGP": (20_000, 90_000), "MAD": (9_000, 30_000), "USD": (4_000, 12_000), "EUR": (3_500, 10_000),
}
CURRENCIES = {"gulf": ("SAR", "AED", "QAR"), "levant": ("JOD",), "egypt": ("EGP",), "maghreb": ("MAD",),
              "intl": ("USD", "EUR")}
INTEREST_WEIGHTS = (5, 15, 35, 30, 15)
"""How much the user wants it, 1 to 5."""


@dataclass(frozen=True)
class Posting:
    source: str
    work_place: str
    salary_min: int | None
    salary_max: int | None
    currency: str
    link: str
    description: str
    deadline: date | None
    interest: int | None


def posting(rng: random.Random, writer: Writer, company: str, region: str, role: str, lang: str, applied_on: date,
            remote: bool) -> Posting:
    source = rng.choices(list(SOURCE_ODDS), list(SOURCE_ODDS.values()))[0]
    work_place = "remote" if remote else rng.choices(("onsite", "hybrid", ""), (55, 35, 10))[0]
    salary_min = salary_max = None
    currency = ""
    if rng.random() < 0.4:
        currency = rng.choice(CURRENCIES.get(region, ("USD",)))
        low, high = MONTHLY_SALARY[currency]
        step = 100 if high < 5_000 else 500
        salary_min = round(rng.uniform(low, high * 0.8) / step) * step
        salary_max = salary_min + round(rng.uniform(0.15, 0.45) * salary_min / step) * step
    link = f"https://example.org/careers/{rng.randint(1000, 99999)}" if rng.random() < 0.5 else ""
    description = ""
    if rng.random() < 0.6:
        description = writer.some(writer.pool("descriptions", lang), rng.randint(3, 5), sep="\n",
                                  company=company, role=role, tool=rng.choice(writer.pool("tools")))
    deadline = applied_on + timedelta(days=rng.randint(3, 21)) if rng.random() < 0.15 else None
    interest = rng.choices(range(1, 6), INTEREST_WEIGHTS)[0] if rng.random() < 0.8 else None
    return Posting(source, work_place, salary_min, salary_max, currency, link, description, deadline, interest)
