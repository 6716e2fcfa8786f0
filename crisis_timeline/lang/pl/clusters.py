"""Polish cluster words: concepts (stems end in *) and clause openers."""

from __future__ import annotations

from crisis_timeline.lang.pl.stop_words import STOP_WORDS

CLUSTERS: dict[str, object] = {
    "STOPWORDS": STOP_WORDS,
    "ELISIONS": frozenset(),
    "CLAUSE_OPENERS": ("od", "po", "przed", "który", "która", "które", "którzy", "gdzie",
                       "kiedy", "gdy"),
    "CONCEPTS": {
        "rozmow*": "call", "telefon*": "call", "rozmawia*": "talks", "negocja*": "talks",
        "spotka*": "meeting", "spotkani*": "meeting", "wizyt*": "visit", "odwiedzi*": "visit",
        "armatk*": "water_cannon", "gaz*": "tear_gas", "kamieni*": "stones",
        "starci*": "clash", "zamieszki": "clash", "przekrocz*": "crossing",
        "sforsowa*": "crossing", "przejści*": "checkpoint", "zatrzyma*": "arrest",
        "stan*": "emergency", "wyjątkow*": "emergency", "sankcj*": "sanctions",
        "samolot*": "flight", "lot*": "flight", "repatria*": "repatriation",
        "powr*": "repatriation", "obóz": "camp", "obozowisk*": "camp", "koczowisk*": "camp",
        "zapor*": "fence", "płot*": "fence", "mur*": "fence", "żołnierz*": "troops",
        "wojsk*": "troops", "zmarł*": "death", "zginę*": "death", "śmier*": "death",
        "rann*": "injury", "pomoc*": "aid", "azyl*": "asylum", "hybrydow*": "hybrid",
        "oskarż*": "accusation", "głosowa*": "vote", "sejm*": "parliament",
        "ćwicze*": "drills", "zamknię*": "closure", "zamkn*": "closure", "marsz*": "march",
        "tłum*": "gathering", "zgromadz*": "gathering", "wywiad*": "interview",
        "wpis*": "tweet", "list*": "letter",
    },
}  # fmt: skip
