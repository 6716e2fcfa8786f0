"""Whether a sentence narrates a happening, and of what kind: the tense and claim tests the
event rules (events.py) apply to a sentence without a date of its own.

Reads: a sentence's text and its language's event tables (crisis_timeline/lang/<code>/
events.py, EVENTS). Gives: `lead_happens` (a lead tells of a happening, not a claim about a
standing situation), `narrates_past` (a later sentence narrates a completed happening),
`only_claims`, `only_possible`, `voice_only` (a quotation and who said it), `breaks_down`
(a breakdown of the count before), `declares_stance` (a reported stance alone, which
event_types.classify_event_type types a statement), and `pattern`, the compiled table by its
short name.
It does not date anything (events.py does).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from crisis_timeline.lang import tables
from crisis_timeline.quantities import (
    DIGIT_COUNT,
    MINUTES,
    counts_something,
    find_quantities,
)
from crisis_timeline.temporal_grammar import grammar

# Short names of the language's event tables (crisis_timeline.lang TABLE_KEYS["events"]).
EVENT_TABLES = {
    "past": "PAST_NARRATIVE",
    "state": "STATE_MARKERS",
    "continuation": "CONTINUATION",
    "coreferent": "COREFERENT",
    "embedding": "EMBEDDING",
    "reported": "REPORTED_CLAUSE",
    "bound": "NOT_AN_EVENT_DATE",
    "vague": "VAGUE_TIME",
    "lead": "LEAD_HAPPENING",
    "figure": "FIGURE_PAST",
    "cumulative": "CUMULATIVE",
    "modal": "MODAL",
    "reporting": "REPORTING",
    "present_report": "PRESENT_REPORT",
    "assessment": "ASSESSMENT",
    "present_claim": "PRESENT_CLAIM",
    "future_perfect": "FUTURE_PERFECT",
    "source_line": "SOURCE_LINE",
    "not_a_cue": "NOT_A_CUE",
    "headline_tag": "HEADLINE_TAG",
    "rumour": "RUMOUR",
    "report_tail": "REPORT_TAIL",
    "similar": "SIMILAR_HAPPENING",
    "force_not_used": "FORCE_NOT_USED",
    "breakdown": "BREAKDOWN",
    "day_after": "DAY_AFTER",
    "stance": "STANCE",
    "conjunction": "CONJUNCTION",
    "accusation": "ACCUSATION",
    "compared_since": "COMPARED_SINCE",
    "question_words": "QUESTION_WORDS",
    "present_lead": "PRESENT_LEAD",
    "habitual": "HABITUAL",
}


@cache
def pattern(table: str, lang: str) -> re.Pattern[str]:
    """The language's pattern from the registry (a partial language's never matches)."""
    return re.compile(
        tables(lang).events[EVENT_TABLES[table]],
        re.IGNORECASE
        if table not in ("continuation", "coreferent", "headline_tag", "breakdown")
        else 0,
    )


_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=1024)  # asked twice of one sentence: the narrative's guard, then the event test
def force_not_used(text: str, lang: str) -> bool:
    """ "Tarnybinių ginklų ... panaudoti neteko", "не применяли служебное оружие": a sentence
    that only says what did not happen (the twentieth and twenty-first batches took both as
    events). A sentence that also counts ("detained 12 migrants, and no force was used")
    tells its happening: the formula alone never holds a number."""
    return not _DIGIT.search(text) and bool(pattern("force_not_used", lang).search(text))


def lead_happens(text: str, lang: str) -> bool:
    """A lead tells of a happening: a past or perfect verb, not only after a present
    reporting verb ("Officials say the migrants were lured" is a claim, not a happening),
    nor when it only reports or assesses a standing situation (only_claims)."""
    happening = pattern("lead", lang).search(text)
    if happening is None or only_claims(text, lang, "lead"):
        return False
    report = pattern("present_report", lang).search(text)
    return report is None or report.start() > happening.start()


def present_lead(text: str, lang: str) -> bool:
    """An article's first sentence that tells the day's happening in the present, as the
    Polish and Russian press write leads ("Migranci opuszczają koczowisko ..."), not after
    a present reporting verb ("Straż Graniczna twierdzi, że ..."), nor a question, a habit
    ("każdego dnia zatrzymuje", "regularnie") or a relative clause ("Мигранты, которые
    покидают лагерь, получают еду"); a negated verb ("nie opuszczają") is none of the
    language's PRESENT_LEAD."""
    happening = pattern("present_lead", lang).search(text)
    if happening is None or text.rstrip().endswith("?"):
        return False
    head = text[: happening.start()]
    clause = head[head.rfind(",") + 1 :]
    if pattern("embedding", lang).search(clause) or pattern("habitual", lang).search(text):
        return False
    report = pattern("present_report", lang).search(text)
    return report is None or report.start() > happening.start()


def only_possible(text: str, lang: str) -> bool:
    """A modal sentence whose only past verbs report it ("He added that X could ...")."""
    if not pattern("modal", lang).search(text):
        return False
    # (blanked too: a plan told in the past, "was planned to", is no past happening)
    return not _happens_beside(text, lang, "past", ("reporting", "modal"))


def declares_stance(text: str, lang: str) -> bool:
    """A reported stance and nothing else: a reporting verb, what someone should do or what
    will not happen, and no happening once the reporting verbs are blanked ("In July,
    Lukashenka said he would not prevent border crossings", "заявил, что Минск больше не
    будет задерживать мигрантов"). The declaration is the happening (a statement); a plan
    announced as decided ("said the decree would be in place for 30 days") keeps its own type,
    and so does a count beside the stance ("said 40 migrants had crossed and would not be
    returned": a figure tells what happened, in whatever tense)."""
    reporting, stance = pattern("reporting", lang), pattern("stance", lang)
    if not reporting.search(text) or not stance.search(text):
        return False
    # find_quantities, not counts_something: "le 26 mai" is a date, not a count of anything
    if pattern("state", lang).search(text) or find_quantities(text, lang):
        return False
    # the lead's test of a happening (a past, a pluperfect "had crossed", "did not use"), on
    # the text without its reporting verbs and its stance ("n'empêcherait plus" is no past)
    return not _happens_beside(text, lang, "lead", ("reporting", "stance"))


def only_claims(text: str, lang: str, happening: str) -> bool:
    """An undated sentence that only reports or assesses a standing situation: its reporting
    and assessment verbs aside, nothing happens (no `happening` verb), and what is left is a
    belief, an assessment or a claim in the present ("Officials said they
    believe X is waging ...", "The situation marked an escalation ...", "He added: 'our staff
    is now preparing ...'"). Its date is not the story's (issue 16)."""
    rest = _blanked(text, lang, ("reporting", "assessment"))
    if pattern(happening, lang).search(rest):
        return False
    return bool(
        pattern("assessment", lang).search(text) or pattern("present_claim", lang).search(rest)
    )


def _blanked(text: str, lang: str, tables: tuple[str, ...]) -> str:
    """`text` with what the named tables match blanked, in that order."""
    for table in tables:
        text = pattern(table, lang).sub(" ", text)
    return text


def _happens_beside(text: str, lang: str, happening: str, words: tuple[str, ...]) -> bool:
    """Whether the `happening` table still reads once the `words` tables (the reporting
    verbs, a stance) are blanked: whether anything happens besides the report itself
    (only_possible, declares_stance; only_claims asks it of the same blanked text)."""
    return bool(pattern(happening, lang).search(_blanked(text, lang, words)))


def _counts_beyond_minutes(text: str, lang: str) -> bool:
    """A figure other than a length in minutes or hours ("a duré 50 minutes")."""
    quantities = find_quantities(text, lang)
    if any(q.unit != MINUTES for q in quantities):
        return True
    lengths = [(q.start, q.end) for q in quantities]
    return any(
        not any(start <= m.start() < end for start, end in lengths)
        for m in DIGIT_COUNT.finditer(text)
    )


def clause_cut(head: str) -> int:
    """Where the last clause boundary in `head` stands (-1: none)."""
    return max(head.rfind(","), head.rfind(";"), head.rfind("("), head.rfind("—"))


def clause_before(text: str, offset: int) -> str:
    """The words between the last clause boundary and `offset`."""
    head = text[:offset]
    return head[clause_cut(head) + 1 :]


def in_embedded_clause(text: str, offset: int, lang: str) -> bool:
    """Whether `offset` of `text` stands in a relative or "since" clause: an embedding word
    between the last clause boundary and it ("the camp, which was set up on Saturday")."""
    return bool(pattern("embedding", lang).search(clause_before(text, offset)))


def standing_accusation(text: str, lang: str) -> bool:
    """The sentence's main verb is the standing accusation ("The European Union accuses
    Belarus of orchestrating the crisis"): no past verb before it ("Polish forces used water
    cannon, accusing ..." tells the water cannon) and no relative word right before it
    ("the minister, who accuses Minsk ..., sent troops")."""
    accusation = pattern("accusation", lang).search(text)
    if accusation is None or pattern("past", lang).search(text, 0, accusation.start()):
        return False
    return not in_embedded_clause(text, accusation.start(), lang)


def narrates_past(text: str, lang: str) -> bool:
    if pattern("state", lang).search(text) or only_possible(text, lang):
        return False  # a state, or "he added that they could face a travel ban"
    if only_claims(text, lang, "past"):
        return False  # "Officials said they believe X is waging ...": a claim, not a happening
    if pattern("cumulative", lang).search(text) and _counts_beyond_minutes(text, lang):
        # a running total, not the narrative day's happening; a talk's length in minutes or
        # hours is none ("Cet entretien, le premier depuis ... août 2020, a duré une
        # cinquantaine de minutes"), a measure's in days may be ("the 90-day emergency")
        return False
    if pattern("past", lang).search(text):
        return True
    # "A total of 420 people were on board": a figure in the past of "be" narrates too
    return bool(pattern("figure", lang).search(text)) and bool(
        DIGIT_COUNT.search(text) or find_quantities(text, lang)
    )


QUOTE_OPENERS = ("„", "“", '"', "«", "‘", "‹", "—", "–", "- ")  # "- " opens Polish speech

# What closes a quotation opened by QUOTE_OPENERS: a closing quote mark, or for the dash of
# direct speech ("— Мы не пустим их, — сказал он"), the next dash.
_QUOTE_END = re.compile(r"[”\"»’›“]|\s[—–-]\s")


def voice_only(text: str, lang: str) -> bool:
    """A quotation with who said it, continuing a story ("“It seems that extending this state
    of emergency will be justified,” the president said", "“Police officers also found visa
    documents ...,” the spokesman told Onet"): the story's voice, not a happening of its own
    (the blind batches' readers counted none). Unless it narrates a count of its own, as the
    communiqués the police and border guards quote do ("«Группа около 100 человек повредила
    заграждение», — указано в сообщении")."""
    if not text.startswith(QUOTE_OPENERS):
        return False
    end = _QUOTE_END.search(text, 1)
    quoted = text[1 : end.start()] if end else text[1:]
    return not (pattern("past", lang).search(quoted) and counts_something(quoted, lang))


def breaks_down(text: str, lang: str) -> bool:
    """A sentence breaking down a count ("Of them, 12 were children", "Iš šio skaičiaus – 20
    moterų ir 51 vyras", "Из них 12 детей"): right after a dated count it is that count's
    happening, with no event cue or verb of its own (events._Walk._narrative). Not what may
    or will become of them ("Of them, 12 will be deported", "Parmi eux, 12 seront expulsés")."""
    if not pattern("breakdown", lang).search(text) or pattern("modal", lang).search(text):
        return False
    return not _future(text, lang)


def _future(text: str, lang: str) -> bool:
    """Whether a future cue or ending of the language's tagger reads in the text."""
    g = grammar(lang)
    lowered = text.lower()
    if any(m.lastgroup == "future" for m in g.tense.finditer(lowered)):
        return True
    endings = g.lexicon.tense_endings.get("future", ())
    return (
        any(m.group().endswith(endings) for m in g.tense_ending.finditer(lowered))
        if endings
        else False
    )
