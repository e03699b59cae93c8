"""The people of the demo: recruiters and interviewers met along the way, and friends who referred.

Planned up front (who took part in which application, by journey index); each is added to Contacts
through the contacts service the first time they come up, on the day the user met them.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from datetime import date

from sqlmodel import Session

from thabat.app.demo.moments import at, stamp
from thabat.app.demo.texts import Writer
from thabat.app.demo.timeline import Journey
from thabat.app.views.contacts import ContactInput
from thabat.app.services.contacts import add_contact


@dataclass
class Person:
    name: str
    role: str
    company: str
    email: str = ""
    profile_url: str = ""
    notes: str = ""
    id: int | None = None
    """The contact's id once added."""


@dataclass
class People:
    """Who took part in which application (by journey index), and the referrers met so far."""

    rng: random.Random
    writer: Writer
    today: date
    recruiter: dict[int, Person] = field(default_factory=dict)
    interviewer: dict[int, Person] = field(default_factory=dict)
    referrers: dict[str, Person] = field(default_factory=dict)
    """By company: the friend who works there."""
    referrer_budget: int = 0
    used_names: set[str] = field(default_factory=set)

    def contact_id(self, session: Session, person: Person, met: date, application_id: int | None = None) -> int:
        """The person's contact id, added to Contacts (linked to `application_id`) when first met."""
        if person.id is None:
            with at(stamp(met, self.rng, self.today)):
                person.id = add_contact(session, ContactInput(
                    name=person.name, role=person.role, company=person.company, email=person.email,
                    profile_url=person.profile_url, notes=person.notes), application_id).id
        return person.id

    def referrer(self, journey: Journey) -> Person | None:
        """A friend at the journey's company who refers the user (a new one while the budget lasts)."""
        company = journey.company.name
        if company not in self.referrers:
            if self.referrer_budget <= 0:
                return None
            self.referrer_budget -= 1
            self.referrers[company] = _new_person(self.rng, self.writer, journey, "referrer", self.used_names)
        return self.referrers[company]


def cast(rng: random.Random, writer: Writer, journeys: list[Journey], budget: int, years: int,
         today: date) -> People:
    """About `budget` recruiters and interviewers, some met again on a later application."""
    result = People(rng, writer, today, referrer_budget=3 + 2 * years)
    by_company: dict[str, list[Person]] = {}
    kind_of: dict[int, str] = {}
    met = 0
    candidates = [i for i, j in enumerate(journeys) if j.reached("screening", "interview")]
    # Weighted sampling without replacement (interviews count four times): largest u ** (1 / weight).
    keyed = sorted(candidates, key=lambda i: rng.random() ** (0.25 if journeys[i].reached("interview") else 1.0))
    for index in sorted(keyed[-int(budget * 1.3):]):
        journey = journeys[index]
        for kind, stages in (("recruiter", ("screening",)), ("interviewer", ("interview", "final"))):
            step = next((s for s in journey.steps if s.stage in stages), None)
            if step is None or (kind == "recruiter" and journey.reached("interview") and rng.random() < 0.5):
                continue
            known = [p for p in by_company.get(journey.company.name, []) if kind_of[id(p)] == kind]
            if known and rng.random() < 0.6:
                person = rng.choice(known)
            elif met < budget:
                person = _new_person(rng, writer, journey, kind, result.used_names)
                met += 1
                kind_of[id(person)] = kind
                by_company.setdefault(journey.company.name, []).append(person)
            else:
                continue
            getattr(result, kind)[index] = person
    return result


def _new_person(rng: random.Random, writer: Writer, journey: Journey, kind: str, used: set[str]) -> Person:
    if journey.company.arabic or journey.lang == "ar":
        group = "ar" if rng.random() < 0.8 else "arab_latin"
    elif journey.company.region == "intl":
        group = "intl" if rng.random() < 0.75 else "arab_latin"
    else:
        group = rng.choice(("arab_latin", "arab_latin", "intl", "ar"))
    names = writer.data["names"][group]
    gender = rng.choice(("m", "f"))
    for _ in range(20):
        name = f"{rng.choice(names[gender])} {rng.choice(names['family'])}"
        if name not in used:
            break
    used.add(name)
    lang = "ar" if group == "ar" else "en"
    roles = writer.data["contact_roles"][kind]["en" if lang == "en" else f"ar_{gender}"]
    slug = re.sub(r"[^a-z]+", ".", name.lower()).strip(".")
    notes = writer.one(writer.pool("contact_notes", lang)) if rng.random() < 0.3 else ""
    return Person(
        name=name, role=rng.choice(roles), company=journey.company.name,
        email=f"{slug}@example.org" if lang == "en" and rng.random() < 0.5 else "",
        profile_url=f"https://example.org/people/{slug}" if lang == "en" and rng.random() < 0.3 else "",
        notes=notes,
    )
