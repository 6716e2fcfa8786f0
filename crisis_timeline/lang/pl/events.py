"""Polish cues for events (which sentences narrate a happening) and event types."""

from __future__ import annotations

# "miał spotkać się", "miał m.in. skontrolować" (was to meet / reportedly met): a plan or
# hearsay in the past, not a happening; its "miał" is not a past verb of its own.
_PAST_MODAL = r"mia(?:ł|ła|ło|li|ły)\s+(?:\S+\s+){0,2}?[^\W\d_]+ć\b"
# "będzie obowiązywał", "będą próbowali": the compound future takes the past's l-form
_FUTURE_AUXILIARY = "".join(
    f"(?<!{form} )" for form in ("będę", "będzie", "będą", "będziemy", "będziecie", "będziesz")
)
# Frequent words that end like the past's l-form and are none ("około 200 osób", "wokół
# ośrodka", "cała granica", "białoruskie siły", "jeśli", "ciało migranta", "pół roku")
_NOT_PAST = (
    r"(?:około|wokół|dookoła|koło|jeśli|ciał[oa]?|mało|sił[ay]?|cał[aoy]|biał[aoy]|mał[aoy]"
    r"|oddział[ay]?|pół|poseł|szkoł[ay]|Michał|Paweł|Rafał)\b"
)
_PAST = (
    r"\b(?!" + _PAST_MODAL + r")(?!" + _NOT_PAST + r")" + _FUTURE_AUXILIARY
    + r"\w{2,}(?:ł|ła|ło|li|ły|łem|łam|liśmy)(?:\s+się)?\b"
    # the impersonal past: "znaleziono ciało", "zatrzymano 50 osób", "wszczęto śledztwo"
    + r"|\b\w{3,}(?:ano|ono|ęto|yto|ito|arto)\b"
    # a death told in the present, as Polish news tells it: "Nie żyje również jedna Irakijka"
    + r"|\bnie żyj[eą]\b(?!\s+(?:się|w|we|na|z|ze|tu|tam|razem|jak|od|już od)\b)"
)  # fmt: skip

EVENTS: dict[str, str] = {
    "PAST_NARRATIVE": _PAST,
    # Polish has no perfect/past split; a present state verb marks a state instead ("Na
    # Białorusi przebywają tysiące migrantów, których sprowadził ...": its past verb is in
    # the relative clause; the sentence narrates nothing).
    # (and where a camp lies: "Obozowisko zlokalizowane zostało w pobliżu przejścia")
    "STATE_MARKERS": r"\b(?:przebywaj?ą|przebywa|pozostaj[eą]|znajduj[eą] się|koczuj[eą]|czekaj?ą)\b"
    r"|\b(?:zlokalizowan|usytuowan)\w* (?:(?:został|została|zostało|jest|był|była|było) )?(?:w pobliżu|przy|na|nieopodal)\b",
    "CONTINUATION": r"^(?:(?:Jeszcze|Kolejn[aeyi]\w*) (?=\d|st[uo]\b|setk|dziesięci|kilk|grup|dw|trz|czter|pięć|sześć)|Jednocześnie|W tym samym czasie|Podczas (?:rozmowy|spotkania)|Tymczasem|Obaj|Obie|Oni|One|On|Ona|Ich|Jego|Jej|Rozmowa|Spotkanie|Premier|Prezydent|Następnie|Potem|Migranci|Cudzoziemcy|Grupa)\b",
    "EMBEDDING": r"\b(?:który|która|które|którzy|którego|której|którym|których|jaki|jaka|jakie|jakich|gdzie|odkąd)\b",
    # A conjunction that opens a second happening's clause in a dated sentence ("podczas gdy
    # w nocy 150 migrantów przekroczyło granicę"): that date's clause starts there.
    "CONJUNCTION": r"\b(?:podczas gdy|natomiast|tymczasem)\b",
    # The day's happening told in the present by an article's first sentence, as the Polish
    # press writes its leads ("Migranci opuszczają koczowisko rozstawione w okolicach przejścia
    # granicznego w Bruzgach", 17 Nov 2021): verbs of a concrete happening only, not of a
    # standing state ("koczują", "przebywają") nor of news arriving ("docierają informacje").
    # (not negated: "Migranci nie opuszczają obozowiska")
    "PRESENT_LEAD": r"(?<!\bnie )\b(?:opuszczają|opuszcza|przekraczają|przekracza|szturmują|szturmuje"
    r"|forsują|atakują|atakuje|przemieszczają się|wracają|odlatują|odjeżdżają|wsiadają"
    r"|zatrzymuje|zatrzymują|usuwają|likwidują|wywożą|odsyłają|gromadzą się)\b",
    # A first "odkąd" in the subject (en: COMPARED_SINCE): a comparison, not an embedding.
    "COMPARED_SINCE": r"\b(?:pierwsz\w*|ostatni\w*|największ\w*|jedyn\w*)\b(?:\s+\S+){0,8}?\s+odkąd\b",
    # The standing accusation ("UE oskarża Łukaszenkę o ...", "Warszawa oskarżyła Mińsk"):
    # background no sentence before it dates (en: ACCUSATION).
    "ACCUSATION": r"\b(?:oskarża|oskarżają|(?:jest|są) oskarżan[yae]\w*)\b",
    # A question's opening word (en: QUESTION_WORDS)
    "QUESTION_WORDS": r"^\s*(?:Jak|Co|Kto|Dlaczego|Czemu|Kiedy|Gdzie|Czy|Ilu|Ile|Jaki|Jaka|Jakie)\b",
    # A habit, no day's happening ("Straż Graniczna każdego dnia zatrzymuje ...")
    "HABITUAL": r"^\s*(?:Jeśli|Jeżeli|Gdyby)\b(?!\s+chodzi\b)|\b(?:codziennie|każdego dnia|co (?:noc|tydzień)|regularnie|zwykle|często|stale|ciągle|nadal)\b",
    "REPORTED_CLAUSE": r"\b(?:że|czy)\b",
    "COREFERENT": r"^(?:Obaj|Obie|Oni|Obydwaj|Obaj przywódcy)\b",
    "NOT_AN_EVENT_DATE": r"(?:\bwygasa|\bwygaśnie|\bdo|\baż do|\bw porównaniu z [\w,.]+|\bniż(?: w| przez cały| za cały)?)\s*$",
    "VAGUE_TIME": r"\b(?:ostatnio|niedawno|wielokrotnie|do tej pory|w ostatnich (?:dniach|tygodniach|miesiącach)|od tygodni|od miesięcy|(?:kilka|parę) (?:dni|tygodni|miesięcy) temu)\b",
    "LEAD_HAPPENING": _PAST + r"|\b(?:doszło|odbyło|odbyła)\b",
    "MODAL": r"\b(?:mógłby|mogłaby|mogliby|mogą|może|mogłoby|powinien|powinna|powinni|by)\b|\b"
    + _PAST_MODAL,
    "REPORTING": r"\b(?:powiedział|powiedziała|dodał|dodała|poinformował|poinformowała|przekazał|przekazała|oświadczył|oświadczyła|zaznaczył|zaznaczyła|podkreślił|podkreśliła|ostrzegł|ostrzegła)\b",
    "PRESENT_REPORT": r"\b(?:mówi|twierdzi|twierdzą|uważa|uważają|przekonuje|podkreśla|zapewnia|oskarża)\b",
    "FIGURE_PAST": r"\b(?:był|była|było|byli|były|znajdowało się|przebywało)\b",
    "CUMULATIVE": r"\b(?:od początku|dotychczas|do tej pory|łącznie|już)\b",
    # Assessments and a report's present-claim content: see lang/en/events.py.
    "ASSESSMENT": r"\b(?:oznacza(?:ło)?|stanowi(?:ło)?|uznawan\w*|postrzegan\w*)\b",
    "PRESENT_CLAIM": r"\b(?:obecnie|właśnie teraz|w tej chwili)\b",
    # Words no event-type cue may read: a "hybrid attack" (see lang/en/events.py).
    # ... and a political camp is no camp ("obóz władzy", "politycy obozu rządzącego")
    "NOT_A_CUE": r"\b(?:atak\w*|wojn\w*) hybrydow\w*|\bhybrydow\w* (?:atak\w*|wojn\w*)"
    r"|\bob(?:óz|oz\w*) (?:władzy|rządząc\w*|opozycj\w*|prezydenck\w*|polityczn\w*)",
    # A rumour's day ahead is no happening, only what the rumour says will be
    # ("Wśród migrantów krąży plotka, że 15 listopada przyjadą autobusy").
    "RUMOUR": r"\b(?:plotk\w*|pogłosk\w*)",
    # A reporting clause after the story, right before its date: see lang/en/events.py.
    "REPORT_TAIL": r"(?:,|\s[–—-])\s*(?:poinformował[aoy]?|poinformowali|przekazał[aoy]?|przekazali|podał[aoy]?|podali|powiedział[aoy]?|ogłosił[aoy]?|ogłosili)\s+(?:w|we)\s+$",
    # "A similar incident occurred ...": see lang/en/events.py.
    "SIMILAR_HAPPENING": r"\bpodobn\w+ (?:zdarze\w+|incydent\w*|sytuacj\w+|prób\w*)",
    # A headline ends on a media tag, in brackets or after a "+": the heading of its line,
    # whatever stands before it there (sentence_units._is_heading):
    # "Powstał przy przejściu granicznym w Bruzgach [WIDEO]".
    # In capitals or capitalised only: "(video)" in lower case ends body text.
    "HEADLINE_TAG": (
        r"(?:[\[(]\+?(?:AKTUALIZACJA|Aktualizacja|NAGRANIE|Nagranie|GALERIA|Galeria|NA ŻYWO|Na żywo|RELACJA|Relacja|ZDJĘCIA|Zdjęcia|AUDIO|Audio|VIDEO|Video|WIDEO|Wideo|FILM|FOTO|Film|Foto|MAPA|Mapa)(?:\s*[,/+|&]\s*(?:AKTUALIZACJA|Aktualizacja|NAGRANIE|Nagranie|GALERIA|Galeria|NA ŻYWO|Na żywo|RELACJA|Relacja|ZDJĘCIA|Zdjęcia|AUDIO|Audio|VIDEO|Video|WIDEO|Wideo|FILM|FOTO|Film|Foto|MAPA|Mapa))*[\])]"
        r"|\+\s?(?:AKTUALIZACJA|Aktualizacja|NAGRANIE|Nagranie|GALERIA|Galeria|NA ŻYWO|Na żywo|RELACJA|Relacja|ZDJĘCIA|Zdjęcia|AUDIO|Audio|VIDEO|Video|WIDEO|Wideo|FILM|FOTO|Film|Foto|MAPA|Mapa))\s*$"
    ),
    # A declared stance (see lang/en/events.py): "powinna poprzeć", "nie będzie zatrzymywać".
    "STANCE": r"\b(?:powinien|powinna|powinno|powinni|powinny|nie będzie|nie będą)\b",
    # Codzienny komunikat straży: nie użyto broni ani środków przymusu bezpośredniego — to,
    # czego nie było, nie zdarzenie.
    # A breakdown of the count before ("Wśród nich 20 kobiet"): see lang/en/events.py.
    # "Dzień po rozmowie z Merkel Łukaszenka ...": the happening named after it took place
    # the day before the sentence's own (not "dzień po dniu", day after day).
    "DAY_AFTER": r"(?:^|(?<=[,;:—–] ))(?:dzień|nazajutrz) po(?! dniu\b)\b",
    "BREAKDOWN": r"^(?:Wśród nich|Spośród nich|Z tej liczby|W tej grupie|(?:Z tego|W tym)(?=[\s,:–-]*\d))\b"
    r"|^(?:Około |Co najmniej )?\d[\d\s.]* z nich\b",
    "FORCE_NOT_USED": (
        r"\bnie (?:było potrzeby |musieli |musiano )?(?:użyto|używano|użyli|użyć|stosowano|zastosowano|zastosować)\b[^.]{0,60}\b(?:broni|środków przymusu|siły)"
        # "Nie odnotowano incydentów", "Incydentów nie odnotowano": the formula as the whole
        # sentence ("zawróciła grupę migrantów, nie odnotowano incydentów" tells a happening)
        r"|^(?:\w+ ){0,2}nie (?:odnotowano|stwierdzono|zanotowano) (?:\w+ ){0,2}incydent\w*\W*$"
        r"|^(?:\w+ ){0,2}incydent\w* (?:\w+ ){0,3}nie (?:odnotowano|stwierdzono|zanotowano)\W*$"
        # nobody hurt, as the whole sentence ("Zaznaczyła, że nikt nie został ranny ani po stronie
        # polskiej, ani po stronie migrantów", batch 46)
        r"|^(?:[^,.;]{0,40}, że )?nikt nie (?:został|odniósł)\w* (?:rann\w*|obrażeń)\b(?:[^,.;]|,\s*ani\b){0,80}\W*$"
    ),
    # A source line ("O tym poinformowała Straż Graniczna"): see lang/en/events.py.
    "SOURCE_LINE": r"^O (?:tym|sprawie) (?:poinformował\w*|informuje|informują|pisze|piszą|podał\w*|przekazał\w*)",
    # Polish has no compound future perfect (a perfective future does not mark a running total
    # projected to a deadline): nothing to match.
    "FUTURE_PERFECT": r"(?!)",
}

EVENT_TYPES: tuple[tuple[str, float, tuple[str, ...]], ...] = (
    # A camp emptied or cleared is humanitarian (guidelines); a group of migrants found or
    # turned back is a border crossing.
    ("humanitarian", 6.5, (r"(?:koczowisk|obozowisk|ob[oó]z)\w* (?:\S+ ){0,6}?(?:pust\w*|opustosza\w*|zlikwidowan\w*|ewakuowan\w*)",
                           r"(?:zlikwidowa|ewakuowa|opuści)\w* (?:\S+ ){0,4}?(?:koczowisk|obozowisk|ob[oó]z)\w*",
                           r"centr\w* logistyczn\w*")),
    ("border_crossing", 2.5, (r"prób\w* (?:\S+ ){0,2}?przej(?:ścia|ść)\w*", r"grup\w* (?:\S+ ){0,2}?(?:migrant\w*|imigrant\w*|cudzoziemc\w*|Irakijczyk\w*|Afgańczyk\w*|osób)",
                              r"zawr[oó]c\w*", r"push.?back\w*", r"wypchni\w*|wypych\w*",
                              r"(?:odesła|odsyła)\w* (?:\S+ ){0,2}?na Białoruś")),
    # Airlines' and governments' measures on the routes to Minsk are "other" (see
    # lang/en/events.py), not return flights.
    ("other", 6.5, (r"zawie[sś]\w* (?:\S+ ){0,4}?(?:lot\w*|połącze\w*|rejs\w*)",
                    r"wstrzyma\w* (?:\S+ ){0,4}?(?:lot\w*|połącze\w*|rejs\w*)",
                    r"(?:zakaz\w*|odwoła\w*) (?:\S+ ){0,4}?(?:lot\w*|rejs\w*|przew\w*)")),
    ("other", 3.4, (r"(?:lot\w*|połączeni\w*|rejs\w*) (?:\S+ ){0,3}?do Mińska",)),
    # An order, a decision or rules adopted: see lang/en/events.py.
    ("other", 6.5, (r"(?:wydał\w*|podpisał\w*) (?:\S+ ){0,2}?(?:rozporządzeni\w*|polecen\w*|decyzj\w*|zarządzeni\w*)",
                    r"decyzj\w* (?:\S+ ){0,6}?(?:został\w* podjęt\w*|zapadł\w*)",
                    r"wprowadził\w* (?:\S+ ){0,2}?(?:przepis\w*|rozporządzeni\w*)",
                    # a measure "introduced" in the passive, its noun in the sentence before
                    # ("... obowiązuje zakaz przebywania. Został wprowadzony 1 grudnia", batch 45)
                    # not "misled" ("wprowadzony w błąd") nor led in ("do radiowozu")
                    r"(?:został|została|zostało|zostały) wprowadzon\w*(?! w błąd)(?! do\b)")),
    # An investigation opened: see lang/en/events.py.
    ("other", 5.0, (r"wszcz\w* (?:\S+ ){0,2}?(?:śledztw\w*|postępowani\w*|dochodzeni\w*)",
                    r"(?:śledztw\w*|postępowani\w*) (?:\S+ ){0,2}?wszcz\w*")),
    # Building work ("W piątek rozpoczął się montaż pierwszych słupów"): a happening with
    # nothing named but what is built; a weak "other" that any more telling cue outweighs
    ("other", 1.0, (r"budow\w*", r"montaż\w*")),
    ("other", 3.5, (r"stan(?:u|ie)? wyjątkow\w*", r"wybor\w*", r"mur\w*", r"zapor\w*", r"barier\w*", r"ogrodzeni\w*",
                    r"ustaw\w*", r"rozporządzeni\w*", r"głosowa\w*",
                    # a crossing closed ("przejście zostało zamknięte", "zamknięto przejście")
                    r"przejści\w* (?:\S+ ){0,3}?zamknię\w*", r"zamkn\w* (?:\S+ ){0,2}?przejści\w*",
                    # border traffic suspended ("zawieszony zostanie ruch graniczny")
                    r"(?:zawiesz|wstrzym)\w* (?:\S+ ){0,3}?ruch\w* (?:graniczn\w*|na przejści\w*)",
                    r"ruch\w* (?:graniczn\w*|na przejści\w*) (?:\S+ ){0,4}?(?:zawiesz|wstrzym)\w*", r"(?:za|prze|od)głosowa\w*")),
    # People injured in an attack are its casualties (the attack is their context)
    # "raniono trzech żołnierzy" (impersonal past), "ranił policjanta", "ranieni"
    ("casualties", 4.0, (r"rann\w* (?:\S+ ){0,2}?zosta\w*", r"zosta\w* (?:\S+ ){0,2}?rann\w*",
                         r"raniono", r"ranił\w*", r"ranien\w*")),
    ("casualties", 3.0, (r"zmarł\w*", r"zginęł\w*", r"zginął", r"śmier\w*", r"ciał\w*",
                         r"ofiar\w*", r"rann\w*", r"zwłok\w*", r"nie żyje")),
    ("repatriation", 3.0, (r"repatria\w*", r"powr\w* do (?:domu|kraju|Iraku|ojczyzny)", r"samolot\w*",
                           r"odlecia\w*", r"wylądowa\w*", r"Irbil\w*|Erbil\w*", r"deport\w*", r"pasażer\w*",
                           r"na pokładzie", r"czarterow\w*",
                           # "specjalny lot ewakuacyjny", "Loty, którymi migranci mogą wrócić
                           # do Iraku"
                           r"specjaln\w* lot\w*", r"lot\w* ewakuacyjn\w*",
                           r"(?<!nie )(?:mogą|mógł|mogli|mogło) wróci\w* (?:\S+ ){0,2}?do (?:Iraku|Irbilu|Erbilu)",
                           r"wrócił\w* (?:\S+ ){0,2}?do (?:domu|kraju|Iraku|ojczyzny)",
                           # sent home, not back to Belarus nor a file to a court
                           r"(?:odesła|odsyła)\w* (?:\S+ ){0,3}?do (?:Iraku|Irbilu|Erbilu|domu|kraju|ojczyzny)",
                           r"(?:samolot|lot|maszyn)\w* (?:\S+ ){0,4}?wystartowa\w*|wystartowa\w* (?:\S+ ){0,2}?(?:samolot|lot)\w*")),
    ("clash", 3.0, (r"strzał\w*", r"strzela\w*", r"ostrzel\w*", r"gaz\w* łzawi\w*", r"armatk\w* wodn\w*", r"kamieni\w*", r"starci\w*",
                    r"atak\w*", r"zaatakowa\w*", r"granat\w*", r"obrzuci\w*",
                    r"rzuca(?:ł|li|ły|ła|ją|no)\w*",
                    # cars of the medics wrecked at night ("zdewastowali samochody ratowników")
                    r"zdewastowa\w*", r"wandal\w*",
                    r"zniszczy(?:li|ł|ła|ły|ło) (?:\S+ ){0,3}?(?:samoch|aut|radiowoz|ogrodz|płot|zapor|szyb)\w*")),
    ("sanctions", 3.0, (r"sankcj\w*", r"czarn\w* list\w*", r"embarg\w*")),
    ("military", 2.5, (r"żołnierz\w*", r"wojsk\w*", r"ćwicze\w*", r"manewr\w*", r"NATO",
                       r"bombowc\w*", r"myśliwc\w*", r"obrony przeciwlotniczej")),
    # "przejście granicy" crosses the border; "przejście graniczne" is a crossing point, a
    # place ("Przejście graniczne w Kuźnicy zamknięte jest do odwołania": a measure)
    ("border_crossing", 2.5, (r"przekroczy\w*", r"sforsowa\w*", r"przejści\w* granic(?!zn)\w*",
                              r"przedosta\w*", r"przedrz\w*|przedrą\w*|przedar\w*|przedzier\w*", r"zatrzyma\w*", r"nielegaln\w*", r"szturm\w*",
                              # "200 prób zostało udaremnionych": counted attempts, foiled
                              r"\d[\d\s]* (?:\S+ )?prób\b",
                              r"udaremni\w* (?:\S+ ){0,3}?(?:prób\w*|przekrocze\w*|przejś\w*)",
                              r"prób\w* (?:\S+ ){0,3}?udaremni\w*")),
    # The border is where nearly everything in this crisis happens: a weak hint that any
    # telling cue outweighs
    ("border_crossing", 1.2, (r"granic\w*",)),
    # Camps: the annotations type them humanitarian seven times in ten; a crossing cue
    # outweighs them
    ("humanitarian", 1.5, (r"obozowisk\w*", r"koczowisk\w*", r"ob[oó]z\w*", r"koczuj\w*")),
    ("diplomacy", 2.0, (r"rozmow\w*", r"rozmawia\w*", r"spotka\w*", r"wizyt\w*",
                        r"telefon\w*", r"szczyt\w*", r"negocja\w*", r"ambasador\w*")),
    ("humanitarian", 2.0, (r"pomoc\w* humanitarn\w*", r"żywnoś\w*", r"koc\w*", r"azyl\w*",
                           r"Czerwon\w* Krzyż\w*", r"namiot\w*", r"hospitaliz\w*",
                           r"(?:do|w) szpital\w*", r"hipoterm\w*", r"uratowa\w*",
                           # people moved out of camps, rehoused
                           r"przeniesi\w*|przenios\w*", r"zakwaterowa\w*",
                           # a collection for the migrants ("zbiórka", "udało się zebrać ponad
                           # 24 tysiące złotych", batch 44)
                           r"zbiórk\w*", r"zebra\w* (?:\S+ ){0,2}?(?:\d[\d\s]*\s+)?(?:tys\w*\s+)?(?:złotych|zł)\b")),
    # Plain reporting verbs too ("said", "published" in English's list): a dated
    # "We wtorek resort opublikował nagranie" is the ministry's statement of that day.
    ("statement", 1.5, (r"oświadcz\w*", r"oskarż\w*", r"ostrze\w*", r"zapowiedzia\w*",
                        r"potępi\w*", r"wezwa\w*", r"zaprzecz\w*", r"powiedzia\w*",
                        r"poinformowa\w*", r"opublikowa\w*", r"ogłosi\w*", r"napisa\w*")),
    # Protests and unrest: a happening even when nobody is named; a weak "other" that any
    # more telling cue outweighs; unrest outweighs the camp or border where it broke out.
    # Closed endings: "wiec" is not "wieczorem", "zamieszki" not "zamieszkali".
    ("other", 1.0, (r"protest\w*", r"manifestacj\w*", r"demonstracj\w*", r"wiec(?:u|e|em|ów|ach|om|ami)?",
                    r"strajk\w* głodow\w*")),
    # "doszło do incydentu", "rząd podjął decyzję": a happening, whatever it was
    # ... and "Do eskalacji doszło w październiku" names no more than that it happened
    ("other", 1.0, (r"incydent\w*", r"podj\w* decyzj\w*", r"zdecydował\w*", r"(?<!nie )doszło")),
    # a measure taking effect ("rozporządzenie weszło w życie 2 września")
    ("other", 1.0, (r"wesz(?:ło|ła|li|ły|edł)\w* w życie",)),
    ("clash", 4.0, (r"zamiesz(?:ki|ek|kach|kami|kom)", r"bunt\w*")),
    # A press conference or a briefing is a statement made that day, whoever speaks (it
    # outweighs a plain "conference", a diplomacy cue).
    ("statement", 2.5, (r"konferencj\w* prasow\w*", r"briefing\w*")),
    # A threat is a declaration ("zagroził odcięciem gazu")
    ("statement", 3.5, (r"(?:za)?groził\w*", r"(?:za)?grozi(?:ła|li|ły)",)),
)  # fmt: skip
