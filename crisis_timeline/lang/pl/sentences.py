"""Polish sentence rules: abbreviations that do not end a sentence (lower case, no dot)."""

from __future__ import annotations

SENTENCES: dict[str, tuple[str, ...]] = {
    "prefixes": ("gen", "płk", "ppłk", "mjr", "kpt", "por", "ppor", "prof", "dr", "hab",
                 "mgr", "inż", "ks", "abp", "bp", "min", "wiceminister", "pos", "sen", "pan",
                 "św", "ul", "al", "pl", "os", "woj", "pow", "gm", "m.in", "tzw", "tj", "np",
                 "ok", "godz", "tys", "mln", "mld", "zł", "r", "fot", "red", "oprac", "ang",
                 # the ranks the Border Guard's and the police's spokespeople carry
                 # ("ppor. Anna Michalska", "ppr. Michalska", "st. sierż.", "mł. asp.")
                 # ("st. sierż.": a lowercase word after a dot never ends a sentence anyway)
                 "ppr", "chor", "sierż", "kpr", "plut", "szer", "asp", "kom", "podkom",
                 "nadkom", "insp", "podinsp", "nadinsp", "kmdr", "adm", "bryg", "dyw"),
    "before_number": ("nr", "art", "ust", "pkt", "s", "str", "godz", "ok", "tel", "poz"),
    "ambiguous": ("r", "s", "pl", "pan", "min"),
    "openers": ("W", "We", "Na", "Po", "Jak", "Według", "Straż", "Polska", "Premier",
                "Prezydent", "Minister", "Rzecznik", "Migranci", "Białoruś", "Jednocześnie",
                "Tymczasem", "Wcześniej", "Dzień", "Od", "Do", "To", "Ta", "Ten", "Nie",
                "Mateusz", "Aleksandr", "Ponad", "Około", "Kilka"),
}  # fmt: skip
