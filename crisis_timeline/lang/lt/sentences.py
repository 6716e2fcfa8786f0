"""Lithuanian sentence rules: abbreviations that do not end a sentence (lower case, no dot)."""

from __future__ import annotations

SENTENCES: dict[str, tuple[str, ...]] = {
    "prefixes": ("m", "d", "val", "min", "tūkst", "mln", "mlrd", "proc", "nuotr", "gen",
                 "plk", "prof", "dr", "gyd", "g", "pr", "al", "r", "sav", "apskr", "pvz",
                 "t.y", "t.t", "kt", "šv", "p", "doc", "vrm", "psl", "red"),
    "before_number": ("nr", "str", "psl", "p", "tel", "d"),
    "ambiguous": ("m", "d", "p", "g", "min"),
    "openers": ("Pasak", "Anot", "Kaip", "Lietuvos", "Lietuva", "Baltarusijos", "Vidaus",
                "Valstybės", "VSAT", "Prezidentas", "Premjerė", "Ministrė", "Migrantai",
                "Tuo", "Be", "Taip", "Jau", "Apie", "Daugiau", "Kelios", "Po", "Nuo", "Iki",
                "Per", "Tai", "Jis", "Ji", "Jie"),
}  # fmt: skip
