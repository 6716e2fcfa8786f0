"""Russian cluster words: concepts (stems end in *) and clause openers."""

from __future__ import annotations

from crisis_timeline.lang.ru.stop_words import STOP_WORDS

CLUSTERS: dict[str, object] = {
    "STOPWORDS": STOP_WORDS,
    "ELISIONS": frozenset(),
    "CLAUSE_OPENERS": ("с", "после", "до", "который", "которая", "которое", "которые", "где",
                       "когда"),
    "CONCEPTS": {
        "телефон*": "call", "разговор*": "call", "переговор*": "talks", "обсуди*": "talks",
        "встреч*": "meeting", "встрети*": "meeting", "визит*": "visit", "посети*": "visit",
        "водом*": "water_cannon", "слезоточ*": "tear_gas", "газ*": "tear_gas",
        "камн*": "stones", "камен*": "stones", "столкновени*": "clash", "штурм*": "clash",
        "пересе*": "crossing", "прорв*": "crossing", "пункт*": "checkpoint",
        "задерж*": "arrest", "чрезвычайн*": "emergency", "санкци*": "sanctions",
        "рейс*": "flight", "самол*": "flight", "репатри*": "repatriation",
        "вывозн*": "repatriation", "лагер*": "camp", "стихийн*": "camp", "забор*": "fence",
        "стен*": "fence", "ограждени*": "fence", "военн*": "troops", "войск*": "troops",
        "погиб*": "death", "умер*": "death", "смерт*": "death", "ранен*": "injury",
        "гуманитарн*": "aid", "помощ*": "aid", "убежищ*": "asylum", "гибридн*": "hybrid",
        "обвин*": "accusation", "голосова*": "vote", "сейм*": "parliament",
        "учени*": "drills", "закры*": "closure", "марш*": "march", "толп*": "gathering",
        "интервью": "interview", "пост*": "tweet", "письм*": "letter",
        "логистическ*": "camp",
    },
}  # fmt: skip
