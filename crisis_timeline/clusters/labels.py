"""A story's label, written as a headline ("Macron and Putin speak by phone"), and its type.

A headline says who did what, where: a subject, a verb phrase and, for happenings on the
ground, a place. The verb phrase comes from the story's type and the concept most members
mention (the representative sentence's verb or noun, language-neutral: "spoke on the
phone" and "entretien téléphonique" are both a call), as PHRASES below lists them. The
subject is the main actors most members name (people before institutions, short forms:
"EU", "Belarus" for its government), else the capital or country the representative
sentence names first ("Moscow sends military aircraft"), else the people the type implies
("Migrants cross the border near Starzyna"). A headline is at most LABEL_MAX_CHARS long:
detail is dropped (a place, a third name) until it fits, so no screen ever cuts it
mid-word. The story's type is the one most members have (ties: TYPE_PRIORITY).

Reads: the member EventFeatures of one cluster, the gazetteer (kinds and countries of
actors and places). Does not: translate the sentences, summarise what was said, or decide
which events belong together (merging.py).
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache

from crisis_timeline.cluster_lexicon import TYPE_PRIORITY
from crisis_timeline.clusters.features import EventFeatures, bodies
from crisis_timeline.entities import load_gazetteer
from crisis_timeline.text_features import is_person, short_actor_name

# The timeline's story lanes and the coverage matrix show a label whole up to 40 characters
# (charts/layout.py LANE_LABEL_CHARS; a test keeps the two equal); the Present page's
# 2.6rem headline fits it on two lines of its text column at 1280x720.
LABEL_MAX_CHARS = 40


@dataclass(frozen=True)
class Phrase:
    """How a headline tells one kind of happening.

    verb: the verb phrase after several subjects ("speak by phone"); after one, its first
    word takes an -s (singular()).
    alone: the headline when no subject is known ("Leaders hold talks").
    subject: where the subject comes from: "actors" (the main actors, else a capital or
    country the sentence names), "state" (a capital or country first: "Iraq flies migrants
    home", not its spokesman), "country" (the main actor's country: "Belarus holds an
    election") or "migrants" (the people crossing, whom the actors merely watch).
    partner: the preposition before a second party ("with" Putin), "" for a direct object
    ("accuses Belarus"), None when the phrase takes no second party.
    topic: the preposition when that party is a country rather than a person or a body
    ("EU foreign ministers meet on Belarus").
    where: a place phrase may follow ("near Starzyna", "at the Kuźnica–Bruzgi crossing").
    Verb phrases may hold {border}, {crossing}, {region} or {place}: the story's border,
    crossing, region or first place, else a generic phrase.
    """

    verb: str
    alone: str
    subject: str = "actors"
    partner: str | None = None
    topic: str = "on"
    where: bool = False
    partner_is_country: bool = False  # sanctions fall on a country, not on its president

    def singular(self) -> str:
        """ "speak by phone" -> "speaks by phone", "try" -> "tries", "push" -> "pushes"."""
        first, space, rest = self.verb.partition(" ")
        if first.endswith(("s", "sh", "ch", "x")):
            first += "es"
        elif first.endswith("y") and first[-2:-1] not in "aeiou":
            first = first[:-1] + "ies"
        else:
            first += "s"
        return first + space + rest


_MIGRANTS = "migrants"
_STATE = "state"
_TALKS = {"partner": "with", "topic": "with"}

# event type -> (concept, phrase), in order of preference; the concept most members mention
# wins, and the entry without a concept is the type's own phrase.
PHRASES: dict[str, tuple[tuple[str | None, Phrase], ...]] = {
    "diplomacy": (
        ("call", Phrase("speak by phone", "Leaders speak by phone", **_TALKS)),
        ("meeting", Phrase("meet", "Leaders meet", partner="with")),
        ("visit", Phrase("visit {place}", "Official visit to {place}")),
        (None, Phrase("hold talks", "Leaders hold talks", **_TALKS)),
    ),
    "statement": (
        ("denial", Phrase("deny claims", "Claims denied")),
        ("accusation", Phrase("accuse", "Accusations traded", partner="", topic="")),
        ("tweet", Phrase("speak out on Twitter", "Officials speak out")),
        (None, Phrase("speak out", "Officials speak out")),
    ),
    "sanctions": (
        (None, Phrase("agree new sanctions", "New sanctions agreed", partner="on",
                      partner_is_country=True)),
    ),
    "border_crossing": (
        ("storming", Phrase("try to storm {border}", "Migrants try to storm {border}",
                            subject=_MIGRANTS, where=True)),
        ("arrest", Phrase("arrest migrants", "Migrants arrested", subject=_STATE, where=True)),
        ("pushback", Phrase("push migrants back", "Migrants pushed back", subject=_STATE,
                            where=True)),
        ("fence", Phrase("reach the border fence", "Migrants reach the border fence",
                         subject=_MIGRANTS, where=True)),
        ("camp", Phrase("camp at {border}", "Migrants camp at {border}", subject=_MIGRANTS,
                        where=True)),
        ("checkpoint", Phrase("approach {crossing}", "Migrants approach {crossing}",
                              subject=_MIGRANTS)),
        (None, Phrase("cross {border}", "Migrants cross {border}", subject=_MIGRANTS,
                      where=True)),
    ),
    "clash": (
        ("tear_gas", Phrase("fire tear gas at migrants", "Tear gas fired at migrants",
                            where=True)),
        ("water_cannon", Phrase("turn water cannon on migrants",
                                "Water cannon turned on migrants", where=True)),
        (None, Phrase("clash with migrants", "Migrants and guards clash", where=True)),
    ),
    "humanitarian": (
        ("aid", Phrase("bring aid to migrants", "Aid reaches migrants", where=True)),
        (None, Phrase("raise the migrants' plight", "Humanitarian crisis", where=True)),
    ),
    "military": (
        ("annexation", Phrase("annex {region}", "Territory annexed", subject=_STATE)),
        ("aircraft", Phrase("send military aircraft", "Military aircraft on patrol",
                            where=True)),
        ("drills", Phrase("hold military drills", "Military drills held", where=True)),
        ("troops", Phrase("deploy troops", "Troops deployed", where=True)),
        (None, Phrase("step up military activity", "Military activity rises", where=True)),
    ),
    "casualties": ((None, Phrase("die", "Migrants die", subject=_MIGRANTS, where=True)),),
    "repatriation": (
        ("flight", Phrase("fly migrants home", "Migrants flown home", subject=_STATE)),
        (None, Phrase("bring migrants home", "Migrants return home", subject=_STATE)),
    ),
    "other": (
        ("emergency", Phrase("declare a state of emergency", "State of emergency declared",
                             subject=_STATE)),
        ("election", Phrase("hold an election", "Election held", subject="country")),
        ("vote", Phrase("hold a vote", "Vote held")),
        ("closure", Phrase("close {crossing}", "Border closed", subject=_STATE)),
        ("fence", Phrase("build a border barrier", "Border barrier built", subject=_STATE,
                         where=True)),
        ("suspension", Phrase("suspend flights", "Flights suspended", subject=_STATE)),
        ("diversion", Phrase("divert a flight", "Flight diverted", subject=_STATE)),
        (None, Phrase("take action", "Border crisis development", where=True)),
    ),
}  # fmt: skip

# Short forms a headline uses for bodies whose canonical name is long (True: plural).
SHORT_NAMES: dict[str, tuple[str, bool]] = {
    "European Union": ("EU", False),
    "European Commission": ("European Commission", False),
    "Council of the European Union": ("EU Council", False),
    "Foreign Affairs Council": ("EU foreign ministers", True),
    "European External Action Service": ("EU diplomats", True),
    "United Nations": ("UN", False),
    "Polish Border Guard": ("Polish border guards", True),
    "Polish Armed Forces": ("Polish troops", True),
    "Polish Police": ("Polish police", True),
    "Belarusian Armed Forces": ("Belarusian troops", True),
    "State Border Committee of Belarus": ("Belarusian border guards", True),
    "Russian Armed Forces": ("Russian troops", True),
    "Lithuanian State Border Guard Service": ("Lithuanian border guards", True),
    "State Border Guard of Latvia": ("Latvian border guards", True),
    "German Federal Police": ("German police", True),
    "Russian Ministry of Foreign Affairs": ("Russian foreign ministry", False),
    "Iraqi Ministry of Foreign Affairs": ("Iraqi foreign ministry", False),
}

GOVERNMENT_PREFIX = "Government of "  # "Government of Belarus" acts as "Belarus"
ACTING_PLACE_KINDS = ("capital", "country")  # "Moscow dispatched", "Poland said"
# Where a happening on the ground took place, with the preposition a headline uses.
WHERE_PREPOSITIONS = {
    "crossing": "at the",
    "camp": "at the",
    "village": "near",
    "town": "in",
    "city": "in",
    "forest": "in the",
    "airport": "at",
}
BORDER_SUFFIX = " border"  # "Belarus–Poland border": a region the verb phrase itself names


def majority_type(members: list[EventFeatures]) -> str:
    """The type most members have; ties go to the type first in TYPE_PRIORITY."""
    counts = Counter(e.event_type for e in members)
    rank = {t: i for i, t in enumerate(TYPE_PRIORITY)}
    return min(counts, key=lambda t: (-counts[t], rank.get(t, len(rank)), t))


def label(members: list[EventFeatures], event_type: str) -> str:
    """A headline for the story: who did what, where, at most LABEL_MAX_CHARS long.

    >>> label(members_of_the_15_november_call, "diplomacy")  # doctest: +SKIP
    'Macron and Putin speak by phone'
    """
    concept, phrase = _phrase(members, event_type)
    representative = _representative(members, concept)
    places = _Places(members, representative)
    subjects, partner = _parties(members, phrase, places)
    for candidate in _headlines(phrase, subjects, partner, places):
        if len(candidate) <= LABEL_MAX_CHARS:
            return candidate
    return _cut_at_word(candidate, LABEL_MAX_CHARS)


def _phrase(members: list[EventFeatures], event_type: str) -> tuple[str | None, Phrase]:
    """The phrase whose concept most members mention; the type's own phrase otherwise."""
    counts = Counter(c for e in members for c in e.concepts)
    table = PHRASES.get(event_type, PHRASES["other"])
    best: tuple[str | None, Phrase] = table[-1]
    best_count = 0
    for concept, phrase in table:
        if concept is not None and counts[concept] > best_count:
            best, best_count = (concept, phrase), counts[concept]
    return best


def _representative(members: list[EventFeatures], concept: str | None) -> EventFeatures:
    """The member that tells the story best: it mentions the phrase's concept, names the
    most actors and places; ties go to the first (members come in event_id order)."""
    return max(
        members,
        key=lambda e: (concept in e.concepts, len(e.actors) + len(e.places)),
    )


# --------------------------------------------------------------------------------------
# Who: subjects and the second party
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Name:
    text: str  # as the headline writes it
    plural: bool
    canonical: str


def _parties(
    members: list[EventFeatures], phrase: Phrase, places: _Places
) -> tuple[list[_Name], _Name | None]:
    """The subject names (most important first) and the second party, if the phrase takes one."""
    actors = _main_names(members, "actors")
    if phrase.subject == _MIGRANTS:
        return [_Name("Migrants", True, "")], None
    if phrase.subject == "country":
        countries = [c for c in (_country_of(a) for a in actors) if c] + places.acting
        return ([_Name(countries[0], False, countries[0])] if countries else []), None
    if phrase.partner_is_country:  # the body that acts first, the one acted upon after
        actors.sort(key=lambda a: _actor_kind(a) in ("person", "government"))
    subjects = [_name(a) for a in actors]
    acting = [_Name(p, False, p) for p in places.acting]
    if phrase.subject == _STATE and acting:
        subjects = acting[:1]
    elif not subjects:
        subjects = acting[:1]
    if phrase.partner is None or not subjects:
        return subjects, None
    return _split_partner(subjects, actors, phrase, places)


def _split_partner(
    subjects: list[_Name], actors: list[str], phrase: Phrase, places: _Places
) -> tuple[list[_Name], _Name | None]:
    """Two people act together ("Macron and Putin speak"); otherwise the first name acts
    and the next one, else a country the sentence names, is the second party."""
    if (
        len(subjects) >= 2
        and all(is_person(a) for a in actors[:2])
        and not phrase.partner_is_country
    ):
        return subjects, None
    if len(subjects) >= 2:
        partner = subjects[1]
        if phrase.partner_is_country:
            country = _country_of(partner.canonical) or partner.text
            partner = _Name(country, False, country)
        return subjects[:1], partner
    own = _country_of(subjects[0].canonical)
    others = [p for p in places.countries if p not in (own, subjects[0].text)]
    return subjects, (_Name(others[0], False, others[0]) if others else None)


def _name(actor: str) -> _Name:
    """How a headline writes an actor: a surname, a short form, or a country for its
    government."""
    if actor in SHORT_NAMES:
        text, plural = SHORT_NAMES[actor]
        return _Name(text, plural, actor)
    if actor.startswith(GOVERNMENT_PREFIX):
        return _Name(actor.removeprefix(GOVERNMENT_PREFIX), False, actor)
    return _Name(short_actor_name(actor), False, actor)


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    """Country code -> country name, from the gazetteer's countries."""
    return {p.country: p.name for p in load_gazetteer().places if p.kind == "country"}


def _country_of(name: str) -> str | None:
    """The country an actor or a place belongs to ("Alexander Lukashenko" -> Belarus)."""
    gazetteer = load_gazetteer()
    record = gazetteer.actor(name) or gazetteer.place(name)
    return _countries().get(record.country) if record is not None else None


def _actor_kind(name: str) -> str:
    actor = load_gazetteer().actor(name)
    if actor is not None:
        return actor.kind
    return "person" if is_person(name) else "organisation"


def _main_names(members: list[EventFeatures], field: str, limit: int = 3) -> list[str]:
    """Names most members carry, as the sentences order them; people before institutions.

    "Macron–Putin", not "Macron–Putin–European Union": when two or more people qualify,
    organisations are left out of the label. An institution whose body the members also
    name counts as that body (_under_bodies).
    """
    named = [e.actors if field == "actors" else tuple(sorted(e.places)) for e in members]
    if field == "actors":
        named = _under_bodies(named)
    counts: Counter[str] = Counter()
    positions: dict[str, list[int]] = defaultdict(list)
    carriers = 0
    for names in named:
        carriers += bool(names)
        for position, name in enumerate(names):
            counts[name] += 1
            positions[name].append(position)
    if not counts:
        return []
    needed = max(1, math.ceil(carriers / 2))
    chosen = [n for n in counts if counts[n] >= needed] or [
        n for n in counts if counts[n] == max(counts.values())
    ]
    if field == "actors":
        people = [n for n in chosen if is_person(n)]
        chosen = people if len(people) >= 2 else chosen
    chosen.sort(key=lambda n: (-counts[n], n))
    chosen = chosen[:limit]
    return sorted(chosen, key=lambda n: (sum(positions[n]) / len(positions[n]), -counts[n], n))


def _under_bodies(named: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """Each member's actors, an institution written as the body it acts for when the story's
    members name that body too (once per member, where it first comes).

    "EU foreign ministers meet to expand sanctions" and "the EU agreed sanctions" tell one
    act of one subject: the Foreign Affairs Council and the European Union are not two
    subjects of half the members each, but the EU, named by all ("EU agrees ...").
    features.bodies() says which body an institution acts for (data/actors.csv). Alone,
    an institution keeps its own name ("EU foreign ministers meet on Belarus").
    """
    known = bodies()
    story = {name for names in named for name in names}

    def as_body(name: str) -> str:
        body = known.get(name)
        return body if body in story else name

    return [tuple(dict.fromkeys(as_body(name) for name in names)) for names in named]


# --------------------------------------------------------------------------------------
# Where: the story's places by kind
# --------------------------------------------------------------------------------------


class _Places:
    """The story's places sorted into what a headline needs of them.

    acting: capitals and countries the representative sentence names, in its order (a
    capital stands for its government). countries: every country the story names.
    border, crossing, region: the first of each kind. spot: the first town, village,
    crossing or camp, for "where".
    """

    def __init__(self, members: list[EventFeatures], representative: EventFeatures) -> None:
        gazetteer = load_gazetteer()
        counts = Counter(p for e in members for p in dict.fromkeys(e.places))
        ordered = sorted(counts, key=lambda p: -counts[p])  # stable: first mention first
        kinds = {p: (gazetteer.place(p).kind if gazetteer.place(p) else "") for p in ordered}
        self.acting = [p for p in representative.places if kinds.get(p) in ACTING_PLACE_KINDS]
        self.countries = [p for p in ordered if kinds[p] in ACTING_PLACE_KINDS]
        self.border = next((p for p in ordered if p.endswith(BORDER_SUFFIX)), None)
        self.crossing = next((p for p in ordered if kinds[p] == "crossing"), None)
        self.region = next((p for p in ordered if kinds[p] == "region" and p != self.border), None)
        self.first = ordered[0] if ordered else None
        self.spot = next((p for p in ordered if kinds[p] in WHERE_PREPOSITIONS), None)
        self.spot_kind = kinds.get(self.spot or "", "")

    def fill(self, text: str, short: bool) -> str:
        """A verb phrase with its {border}, {crossing}, {region}, {place} filled in."""
        crossing = _short_crossing(self.crossing) if short and self.crossing else self.crossing
        return text.format(
            border=f"the {self.border}" if self.border and not short else "the border",
            crossing=f"the {crossing}" if crossing else "a border checkpoint",
            region=self.region or "territory",
            place=self.first or "the border",
        )

    def where(self, text: str, short: bool) -> str:
        """ "near Starzyna", unless the verb phrase already names the place."""
        if self.spot is None or self.spot in text:
            return ""
        name = _short_crossing(self.spot) if short and self.spot_kind == "crossing" else self.spot
        return f" {WHERE_PREPOSITIONS[self.spot_kind]} {name}"


def _short_crossing(name: str) -> str:
    """ "Kuźnica–Bruzgi crossing" -> "Kuźnica crossing": the first side is enough."""
    head, dash, tail = name.partition("–")
    return f"{head} {tail.split()[-1]}" if dash and " " in tail else name


# --------------------------------------------------------------------------------------
# The headline, from most detailed to shortest
# --------------------------------------------------------------------------------------


def _headlines(
    phrase: Phrase, subjects: list[_Name], partner: _Name | None, places: _Places
) -> list[str]:
    """Candidate headlines, most detailed first: the caller keeps the first that fits."""
    candidates: list[str] = []
    for short in (False, True):
        for count in range(min(len(subjects), 3), 0, -1):
            for with_where in (True, False) if phrase.where else (False,):
                candidates.append(
                    _headline(phrase, subjects[:count], partner, places, short, with_where)
                )
    # No subject, or none that fits: the phrase's own headline ("Tear gas fired at migrants").
    for short in (False, True):
        alone = places.fill(phrase.alone, short)
        candidates += [alone + places.where(alone, short), alone] if phrase.where else [alone]
    return candidates


def _headline(
    phrase: Phrase,
    subjects: list[_Name],
    partner: _Name | None,
    places: _Places,
    short: bool,
    with_where: bool,
) -> str:
    """ "Macron and Putin speak by phone", "EU agrees new sanctions on Belarus"."""
    texts = [s.text for s in subjects]
    who = texts[0] if len(texts) == 1 else f"{', '.join(texts[:-1])} and {texts[-1]}"
    plural = len(subjects) > 1 or subjects[0].plural
    verb = places.fill(phrase.verb if plural else phrase.singular(), short)
    text = f"{who} {verb}"
    if partner is not None and phrase.partner is not None:
        country = partner.text in _countries().values()
        preposition = phrase.topic if country else phrase.partner
        text += f" {preposition} {partner.text}".replace("  ", " ")
    if with_where:
        text += places.where(text, short)
    return text[:1].upper() + text[1:]


def _cut_at_word(text: str, limit: int) -> str:
    """The longest run of whole words that fits, with an ellipsis: never a cut word."""
    cut = text[: limit - 1].rsplit(" ", 1)[0] if " " in text[: limit - 1] else text[: limit - 1]
    return cut.rstrip(" ,;:–") + "…"
