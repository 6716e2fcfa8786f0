"""Lithuanian cues for events (which sentences narrate a happening) and event types."""

from __future__ import annotations

# Past-tense endings; not the month "rugsėjo" (September's genitive ends like "ėjo").
# (no "-ovo": the genitives "vadovo", "atstovo" of leaders and representatives, no verb)
_PAST = (
    r"\b(?!rugsėjo\b)\w{3,}(?:ė|avo|ino|ėjo|ijo|ydavo|uvo|yko|iko|ako)\b"
    r"|\b(?:buvo|vyko|įvyko)\b"
)

EVENTS: dict[str, str] = {
    "PAST_NARRATIVE": _PAST,
    # The border guards' standing formula ("Sienos kontrolė Lietuvos pusėje vykdoma sustiprintu
    # režimu"): a state, whatever day the report is of (batches 21, 39, 41)
    "STATE_MARKERS": r"\bvykdoma (?:\S+ ){0,2}?režimu\b",
    "CONTINUATION": r"^(?:Dar (?=\d|šimt|dešimt|keli|grup)|Tuo pačiu metu|Tuo metu|Tuo tarpu|Pokalbio metu|Susitikimo metu|Abu|Abi|Jie|Jos|Jis|Ji|Jų|Jo|Jos|Pokalbis|Susitikimas|Prezidentas|Premjerė|Vėliau|Po to|Migrantai|Užsieniečiai|Grupė)\b",
    # A relative clause, or a proposal or decision to do something ("pritarė siūlymui įvesti
    # nepaprastąją padėtį nuo lapkričio 10 d."): its date is the plan's, not the approval's.
    "EMBEDDING": r"\b(?:kuris|kuri|kurie|kurios|kurio|kurios|kur|nuo kada)\b"
    # a decision's infinitive holds the date ("sprendimą neįleisti nuo rugpjūčio 3 d."), unless
    # the decision's own passive verb comes before the date ("Sprendimas neįsileisti ...
    # migrantų buvo priimtas pirmadienį": the decision's day)
    r"|\b(?:siūlym|sprendim|nutarim|ketinim)[^\W\d_]* [^\W\d_]+ti\b"
    r"(?![^,;]*\b(?:buvo|yra) [^\W\d_]+t(?:as|a|i|os)\b)",
    # A conjunction that opens a second happening's clause in a dated sentence ("tuo tarpu
    # per parą sieną kirto 150 migrantų"): that date's clause starts there.
    "CONJUNCTION": r"\b(?:tuo tarpu|o tuo metu)\b",
    # The day's happening told in the present by an article's first sentence (see
    # lang/pl/events.py): not read in Lithuanian, whose BNS leads are in the past.
    "PRESENT_LEAD": r"(?!)",
    # A first "nuo kada" in the subject (en: COMPARED_SINCE): a comparison, not an embedding.
    "COMPARED_SINCE": r"\b(?:pirm\w*|didžiausi\w*|vienintel\w*)\b(?:\s+\S+){0,8}?\s+nuo kada\b",
    # The standing accusation ("ES kaltina Lukašenką ...", "Lietuva apkaltino Minską"):
    # background no sentence before it dates (en: ACCUSATION).
    "ACCUSATION": r"\b(?:kaltina|kaltinama|kaltinami)\b",
    # A question's opening word (en: QUESTION_WORDS)
    "QUESTION_WORDS": r"^\s*(?:Kaip|Kas|Kodėl|Kada|Kur|Kiek|Ar|Koks|Kokia|Kokie)\b",
    # A habit, no day's happening (read with PRESENT_LEAD, which Lithuanian leaves empty)
    "HABITUAL": r"^\s*(?:Jei|Jeigu)\b(?!\s+kalb)|\b(?:kasdien|kiekvieną (?:dieną|naktį)|reguliariai|dažnai|paprastai|nuolat)\b",
    "REPORTED_CLAUSE": r"\b(?:kad|ar)\b",
    "COREFERENT": r"^(?:Abu|Abi|Jie|Lyderiai|Abu lyderiai)\b",
    "NOT_AN_EVENT_DATE": r"(?:\b(?:baigia|baigs|nustoja|nustos) galioti|\biki(?: (?:šių|kitų|ateinančių) metų)?|\bpalyginti su [\w,.]+|\b(?:nei|negu)(?: per)?(?: visus)?)\s*$",
    "VAGUE_TIME": r"\b(?:neseniai|pastaruoju metu|ne kartą|iki šiol|pastarosiomis (?:dienomis|savaitėmis)|jau kelias savaites|kelis mėnesius|prieš kelias (?:dienas|savaites))\b",
    "LEAD_HAPPENING": _PAST,
    "MODAL": r"\b(?:galėtų|gali|turėtų|būtų|galbūt)\b",
    "REPORTING": r"\b(?:pareiškė|sakė|teigė|pranešė|nurodė|pažymėjo|pridūrė|tvirtino|perspėjo|informavo)\b",
    "PRESENT_REPORT": r"\b(?:teigia|sako|tvirtina|mano|kaltina|pabrėžia|pažymi)\b",
    "FIGURE_PAST": r"\b(?:buvo|būta)\b",
    "CUMULATIVE": r"\b(?:nuo metų pradžios|iš viso|iki šiol|jau|nuo rugpjūčio)\b",
    # Assessments and a report's present-claim content: see lang/en/events.py.
    "ASSESSMENT": r"\b(?:reiškė|reiškia|laikoma|vertinama)\b",
    "PRESENT_CLAIM": r"\b(?:šiuo metu|dabar)\b",
    # Words no event-type cue may read: a "hybrid attack" (see lang/en/events.py).
    "NOT_A_CUE": r"\bhibridin\w* (?:atak\w*|kar\w*)",
    # A rumour's day ahead is no happening, only what the rumour says will be
    # ("Tarp migrantų sklando gandai, kad lapkričio 15 d. atvyks autobusai").
    "RUMOUR": r"\bgand\w*",
    # A reporting clause after the story, right before its date: see lang/en/events.py.
    "REPORT_TAIL": r",\s*(?:pranešė|sakė|teigė|informavo|pareiškė|nurodė|patvirtino)\s+$",
    # "A similar incident occurred ...": see lang/en/events.py.
    "SIMILAR_HAPPENING": r"\bpanaš\w+ (?:incident\w+|atvej\w+|bandym\w+|situacij\w+)",
    # A headline ends on a media tag, in brackets or after a "+": the heading of its line,
    # whatever stands before it there (sentence_units._is_heading):
    # "Migrantai bando kirsti sieną (VIDEO)".
    # In capitals or capitalised only: "(video)" in lower case ends body text.
    "HEADLINE_TAG": (
        r"(?:[\[(]\+?(?:NUOTRAUKOS|Nuotraukos|TIESIOGIAI|Tiesiogiai|ŽEMĖLAPIS|Žemėlapis|GALERIJA|Galerija|AUDIO|Audio|VIDEO|Video|FOTO|Foto)(?:\s*[,/+|&]\s*(?:NUOTRAUKOS|Nuotraukos|TIESIOGIAI|Tiesiogiai|ŽEMĖLAPIS|Žemėlapis|GALERIJA|Galerija|AUDIO|Audio|VIDEO|Video|FOTO|Foto))*[\])]"
        r"|\+\s?(?:NUOTRAUKOS|Nuotraukos|TIESIOGIAI|Tiesiogiai|ŽEMĖLAPIS|Žemėlapis|GALERIJA|Galerija|AUDIO|Audio|VIDEO|Video|FOTO|Foto))\s*$"
    ),
    # A declared stance (see lang/en/events.py): "turėtų palaikyti", "nebebus sulaikomi".
    "STANCE": r"\b(?:(?:ne)?turėtų(?! būti\b)|nebus|nebebus)\b",
    # VSAT's daily formula: "Tarnybinių ginklų, specialiųjų priemonių ar fizinės prievartos ...
    # panaudoti neteko" says what did not happen, no event.
    # A breakdown of the count before ("Iš šio skaičiaus – 20 moterų"): see lang/en/events.py.
    # "Kitą dieną po pokalbio su A. Merkel ...": the happening named after it took place
    # the day before the sentence's own.
    "DAY_AFTER": r"(?:^|(?<=[,;:—–] ))(?:kitą )?dieną po\b(?! dienos\b)",
    "BREAKDOWN": r"^(?:Iš (?:jų|šio skaičiaus|šių|to skaičiaus)|Tarp jų)(?!\w)"
    r"|^(?:Apie |Beveik )?\d[\d\s.]* iš jų\b",
    "FORCE_NOT_USED": (
        r"\b(?:panaudoti|naudoti) neteko\b|\bneteko (?:\w+ ){0,2}(?:panaudoti|naudoti)\b"
        r"|\bnepanaudo\w* (?:\w+ ){0,3}(?:ginkl\w*|priemon\w*|prievart\w*)"
        # "Incidentų ar pasipriešinimo VSAT pareigūnams atvejų pastarąją parą neužfiksuota":
        # the formula is the whole sentence ("įvyko incidentas, tačiau ... nebuvo
        # užfiksuotas" tells one)
        r"|^(?:incident\w*|pasipriešinim\w*)\b[^.,;]{0,80}\b(?:neužfiksuot\w*|nebuvo užfiksuot\w*)\W*$"
        # "Į Lietuvą dėl humanitarinių priežasčių sekmadienį nebuvo įleistas nė vienas
        # užsienietis": no one admitted, the daily formula's other half (batch 45)
        r"|^[^,.;]{0,80}\bnebuvo (?:įleist|priimt)\w* nė vien\w*[^,.;]{0,40}\W*$"
        r"|^[^,.;]{0,80}\bnė vien\w* (?:\w+ ){0,3}nebuvo (?:įleist|priimt)\w*[^,.;]{0,40}\W*$"
        # nobody hurt, as the whole sentence (en: FORCE_NOT_USED)
        r"|^(?:[^,.;]{0,40}, kad )?niekas (?:nenukentėjo|nebuvo sužeistas)\b[^,.;]{0,60}\W*$"
    ),
    # A source line ("Apie tai pranešė TASS"): see lang/en/events.py.
    "SOURCE_LINE": r"^Apie tai (?:pranešė|praneša|informavo|informuoja|rašo|skelbia|pareiškė|sakė)",
    # Lithuanian compound future perfect ("bus grąžinę") is rare in news and not read yet:
    # nothing to match.
    "FUTURE_PERFECT": r"(?!)",
}

EVENT_TYPES: tuple[tuple[str, float, tuple[str, ...]], ...] = (
    # A camp emptied or cleared is humanitarian (guidelines).
    ("humanitarian", 6.5, (r"stovykl\w* (?:\S+ ){0,6}?(?:ištušt\w*|likvid\w*|evakuot\w*|uždaryt\w*)",
                           r"(?:ištušt|likvid|evakuav)\w* (?:\S+ ){0,4}?stovykl\w*",
                           r"logistikos centr\w*",
                           # tents put up for the migrants: a camp ("pradedamos statyti
                           # palapinės ... sieną kirtusiems", batch 44)
                           r"(?:statyt|stato|pastat|įreng)\w* (?:\S+ ){0,2}?palapin\w*")),
    # Airlines' and governments' measures on the routes to Minsk are "other" (see
    # lang/en/events.py), not return flights.
    ("other", 6.5, (r"sustabd\w* (?:\S+ ){0,4}?(?:skryd\w*|reis\w*)",
                    r"(?:skryd\w*|reis\w*) (?:\S+ ){0,4}?(?:sustabd\w*|nutrauk\w*|atšauk\w*|uždraus\w*)",
                    r"(?:nutrauk\w*|atšauk\w*|uždraud\w*|uždraus\w*) (?:\S+ ){0,4}?(?:skryd\w*|reis\w*)")),
    ("other", 3.4, (r"(?:skrydž\w*|skrydi\w*|reis\w*|skraid\w*) (?:\S+ ){0,4}?(?:į Minsk\w*|Bagdad\w*-Minsk\w*)",)),
    # An order, a decision or rules adopted: see lang/en/events.py ("Sprendimas neįsileisti
    # ... migrantų buvo priimtas pirmadienį", "ministrės pasirašytas sprendimas").
    ("other", 6.5, (r"sprendim\w* (?:\S+ ){0,6}?(?:buvo|yra) priimt(?:as|a|i|os)\b",
                    r"(?:buvo|yra) priimt(?:as|a|i|os) (?:\S+ ){0,2}?sprendim\w*",
                    r"pasirašyt\w* (?:\S+ ){0,6}?(?:sprendim|įsakym|nutarim)\w*",
                    r"(?:pasirašė|išleido) (?:\S+ ){0,2}?(?:sprendim|įsakym|nutarim)\w*")),
    # An investigation opened: see lang/en/events.py.
    ("other", 5.0, (r"ikiteismin\w* tyrim\w*",)),
    # Building work ("pradėtas stulpų montavimas"): see lang/pl/events.py
    ("other", 1.0, (r"statyb\w*", r"montavim\w*")),
    # a measure taking effect ("draudimas įsigaliojo lapkričio 13 d.")
    ("other", 1.0, (r"įsigaliojo",)),
    ("other", 3.5, (r"nepaprast\w* padėt\w*", r"ekstremal\w* (?:padėt|situacij)\w*", r"koncertin\w*", r"rinkim\w*", r"tvor\w*", r"sien\w* užtvar\w*",
                    r"įstatym\w*", r"nutarim\w*", r"balsav\w*", r"(?:nu|pri)balsav\w*", r"fizin\w* barjer\w*",
                    # a crossing closed ("punktas buvo uždarytas", "uždarė punktą")
                    r"(?:punkt\w*|perėj\w*) (?:\S+ ){0,2}?uždaryt\w*",
                    r"uždar\w* (?:\S+ ){0,2}?(?:punkt\w*|perėj\w*)",
                    # traffic through a crossing suspended ("sustabdytas eismas per punktą")
                    r"(?:sustabd|nutrauk)\w* (?:\S+ ){0,2}?eism\w*", r"eism\w* (?:\S+ ){0,3}?(?:sustabdyt|nutraukt)\w*")),
    ("casualties", 3.0, (r"mir\w*", r"žuv\w*", r"mirt\w*", r"kūn\w*", r"auk\w*", r"sužeist\w*")),
    # officers hurt ("nukentėjo du VST specialistai", "į ligoninę kreipėsi", "trenkė į galvos
    # sritį"): the harm, above the riot it happened in (batch 45)
    ("casualties", 4.5, (r"nukentėj\w* (?:\S+ ){0,4}?(?:pareigūn|specialist|pasieniet|policinink|kari|migrant|žmon|asmen|vyr|moter|vaik)\w*",
                         r"(?:pareigūn|specialist|pasieniet|policinink|kari|migrant|žmon|asmen)\w* (?:\S+ ){0,3}?nukentėj\w*",
                         r"(?:kad )?nukentėjo (?:pirmadienį|antradienį|trečiadienį|ketvirtadienį|penktadienį|šeštadienį|sekmadienį)", r"sužalot\w*", r"(?:į ligoninę|medikų) (?:\S+ ){0,2}?kreipėsi",
                         r"kreipėsi (?:\S+ ){0,2}?(?:į ligoninę|į medikus|medikų)", r"trenkė\w* (?:\S+ ){0,2}?(?:į )?galv\w*")),
    ("repatriation", 3.0, (r"repatrij\w*", r"grąžin\w* (?:namo|į tėvynę|į Iraką)", r"lėktuv\w*",
                           r"skrydž\w*|skrydi\w*", r"išskrid\w*", r"nusileid\w*", r"Erbil\w*",
                           r"deport\w*", r"keleiv\w*", r"skrido")),
    ("clash", 3.0, (r"ašarin\w* duj\w*", r"vandens patrank\w*", r"akmen\w*", r"susirėmim\w*",
                    r"atak\w*", r"granat\w*", r"šturm\w*")),
    ("sanctions", 3.0, (r"sankcij\w*", r"juod\w* sąraš\w*", r"embarg\w*")),
    ("military", 2.5, (r"kari\w*", r"kariuomen\w*", r"pratyb\w*", r"NATO", r"kariškiai",
                       r"bombonieši\w*", r"naikintuv\w*", r"oro gynyb\w*")),
    ("border_crossing", 2.5, (r"kirs\w*|kirt\w*", r"nelegal\w*", r"neteisėt\w*", r"apgręž\w*",
                              r"sulaik\w*", r"patikros punkt\w*",
                              # "migrantų grupė", "grupė užsieniečių": a group on the move
                              r"(?:migrantų|užsieniečių|pabėgėlių) grup\w*",
                              r"grup\w* (?:\S+ ){0,2}?(?:migrant\w*|užsienieč\w*|pabėgėl\w*)",
                              # turned away: "pasieniečiai neįsileido 76 užsieniečių"
                              r"neį(?:si)?lei(?:d|st)\w*", r"neleid\w* (?:\S+ ){0,4}?(?:patekti|įeiti)",
                              # got in: "į Lietuvą šiemet pateko 4,2 tūkst. migrantų"
                              r"patek\w* (?:\S+ ){0,3}?į (?:Lietuv|Lenkij|Latvij|ES\b)\w*",
                              r"į (?:Lietuv|Lenkij|Latvij)\w* (?:\S+ ){0,3}?patek\w*",
                              r"atbėg\w*",
                              r"(?:migrantų|užsieniečių|pabėgėlių) kolon\w*")),
    # The border is where nearly everything in this crisis happens: a weak hint that any
    # telling cue outweighs
    ("border_crossing", 1.2, (r"sien\w*",)),
    # Camps: the annotations type them humanitarian seven times in ten; a crossing cue
    # outweighs them
    ("humanitarian", 1.5, (r"stovyk\w*",)),
    ("diplomacy", 2.0, (r"pokalb\w*", r"telefon\w*", r"deryb\w*", r"susitik\w*", r"vizit\w*", r"viešėj\w*",
                        r"viršūnių susitikim\w*", r"ambasador\w*")),
    ("humanitarian", 2.0, (r"humanitarin\w*", r"maist\w*", r"antklod\w*", r"prieglobst\w*",
                           r"Raudon\w* Kryž\w*", r"palapin\w*",
                           # taken to hospital, rescued
                           r"(?:į|iš) ligonin\w*", r"ligoninėje", r"hospitaliz\w*", r"hipoterm\w*", r"išgelb\w*",
                           # people moved out of camps and hangars, rehoused
                           r"iškel(?:ti|tas|ta|tos|ti|iami|iamos)\w*", r"perkel\w*", r"apgyvendin\w*")),
    # Plain reporting verbs too ("said", "published" in English's list): "šeštadienį sakė".
    ("statement", 1.5, (r"pareišk\w*", r"kaltin\w*", r"perspėj\w*", r"pasmerk\w*", r"ragin\w*",
                        r"neig\w*", r"sakė", r"sako", r"teigė", r"teigia", r"pranešė", r"paskelb\w*",
                        r"nurodė", r"publikuot\w*", r"paviešint\w*", r"informavo",
                        r"informuoja")),
    # Protests and unrest: a happening even when nobody is named; a weak "other" that any
    # more telling cue outweighs; unrest ("kilo neramumai") outweighs the camp where it broke out.
    ("other", 1.0, (r"protest\w*", r"miting\w*", r"demonstracij\w*",
                    r"bado streik\w*")),
    # "kilo incidentas", "Vyriausybė priėmė sprendimą": a happening, whatever it was
    ("other", 1.0, (r"incident\w*", r"priėm\w* sprendim\w*", r"nusprend\w*")),
    # Scuffles and turmoil among migrants ("Apie 60 užsieniečių sukėlė konfliktą dėl vietų
    # palapinėse", "kilo tikra sumaištis") are unrest too
    ("clash", 4.0, (r"neramum\w*", r"riauš\w*", r"maišt\w*", r"konflikt\w*", r"sumaišt\w*")),
    # A press conference or a briefing is a statement made that day, whoever speaks; officers
    # quelling ("malšinti") migrants is a clash.
    ("statement", 2.5, (r"spaudos konferencij\w*", r"brifing\w*")),
    # A threat is a declaration ("pagrasino sustabdyti dujų tiekimą")
    ("statement", 3.5, (r"(?:pa)?grasin\w*",)),
    # Migrants leaving for home ("jau išvyko penktadienį ir šeštadienį į Iraką") return;
    # a foreign delegation's visit is diplomacy
    ("repatriation", 3.0, (r"išvyk\w* (?:\S+ ){0,4}?į (?:Iraką|tėvynę|kilmės šal\w*)",
                           r"grįž\w* (?:\S+ ){0,2}?(?:į tėvynę|į Iraką|namo|į kilmės šal\w*)")),
    ("diplomacy", 2.0, (r"delegacij\w*", r"diplomat\w*")),
    # Shots heard or fired on the Belarusian side, artillery: an army's, not violence at the
    # border (the annotators of batches 21, 35, 39 and 41: "Baltarusijos pusėje girdėjosi
    # pabūklų šūviai"); warning shots at migrants, or migrants shooting, stay a clash (no side
    # named in the same clause)
    ("military", 5.0, (r"Baltarusijos pusėje (?:(?!migrant)[^\s,;]+ ){0,6}?(?:šūv|šaud|iššau|pabūkl)\w*",
                       r"(?:šūv|šaud|iššau)\w* (?:(?!migrant)[^\s,;]+ ){0,6}?Baltarusijos pusėje", r"pabūklų šūv\w*")),
    ("clash", 3.0, (r"malšin\w*", r"numalšin\w*",
                    # shots and flares fired across the border
                    r"šūv\w*", r"iššau\w*")),
    ("diplomacy", 3.0, (r"aptar(?!nau|nav)\w*",)),  # "discussed" (with a counterpart)
)  # fmt: skip
