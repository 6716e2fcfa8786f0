"""Russian cues for events (which sentences narrate a happening) and event types."""

from __future__ import annotations

# Past-tense endings, and the past of "быть", too short for them: "были обнаружены тела" (the
# passive past of a lead).
# A decree, the noun ("подписал указ"), not "указав"/"указали" (pointing out)
_DECREE = r"указ(?:а|у|ом|е|ы|ов|ами)?\b"

_PAST = (
    r"\b\w{2,}(?:ил|ыл|ал|ял|ел|ул|ила|ыла|ала|яла|ела|ула|или|ыли|али|яли|ели|ули|ило|ыло|ало|"
    r"ело|лся|лась|лись|лось)\b|\b(?:был|была|было|были)\b"
    # stems ending in a consonant: "нашли", "перешли", "нашёл", "смогли", "вывезли", "унесли"
    r"|\b\w{1,}(?:шли|шёл|шел|шла|шло)\b|\b\w{2,}(?:гли|зли)\b(?!\s+бы\b)|\b\w{3,}сли\b"
    # their masculine forms, one by one ("-ник" ends nouns too: "пограничник")
    r"|\b(?:возник|исчез|погиб|достиг|помог|смог|привёз|привез|вывез|вывёз|увёз|увез|принёс"
    r"|принес|замёрз|замерз)\b"
)

EVENTS: dict[str, str] = {
    "PAST_NARRATIVE": _PAST,
    "STATE_MARKERS": r"(?!)",
    "CONTINUATION": r"^(?:В то же время|Тем временем|Между тем|В ходе (?:разговора|беседы|встречи)|Оба|Они|Он|Она|Их|Его|Ее|Её|Разговор|Беседа|Встреча|Стороны|Президент|Премьер|Мигранты|Беженцы|Группа)\b",
    # ... or a past active participle opening the clause, a relative clause without
    # "который" ("задержала 20 мигрантов, сбежавших во вторник вечером из лагеря")
    "EMBEDDING": r"\b(?:который|которая|которое|которые|которого|которой|где|откуда)\b"
    r"|^\s*\w+вш(?:ий|ая|ее|ие|его|ей|их|им|ими|ем|ую)\b",
    # A conjunction that opens a second happening's clause in a dated sentence ("в то время
    # как за сутки границу пересекли 150 мигрантов"): that date's clause starts there.
    "CONJUNCTION": r"(?:\bв то время как|\bтогда как|\bмежду тем)(?![\w-])",
    # The day's happening told in the present by an article's first sentence ("Мигранты
    # покидают лагерь у пункта пропуска «Брузги»"): see lang/pl/events.py.
    # (not negated: "Мигранты не покидают лагерь")
    "PRESENT_LEAD": r"(?<!\bне )\b(?:покидают|покидает|штурмуют|штурмует|прорываются|пересекают"
    r"|возвращаются|улетают|вывозят|задерживают|задерживает|разбирают|ликвидируют)\b",
    # A habit, no day's happening ("Пограничники ежедневно задерживают ...")
    "HABITUAL": r"\b(?:ежедневно|каждый день|каждую ночь|регулярно|обычно|часто|постоянно|по-прежнему)\b",
    "REPORTED_CLAUSE": r"\b(?:что|ли)\b",
    "COREFERENT": r"^(?:Оба|Обе|Они|Стороны|Лидеры)\b",
    "NOT_AN_EVENT_DATE": r"(?:\bдо|\bвплоть до|\bпо сравнению с [\w,.]+|\bчем(?: за| в| во)?(?: весь| всё)?)\s*$",
    "VAGUE_TIME": r"\b(?:недавно|неоднократно|до сих пор|в последние (?:дни|недели|месяцы)|несколько недель|уже несколько месяцев|ранее|как сообщалось|несколько (?:дней|недель|месяцев) назад)\b",
    "LEAD_HAPPENING": _PAST + r"|\b(?:произошло|произошли|состоялся|состоялась)\b",
    "MODAL": r"\b(?:может|могут|мог бы|могла бы|могли бы|должен|должны|бы)\b",
    "REPORTING": r"\b(?:заявил|заявила|сообщил|сообщила|сообщили|сказал|сказала|добавил|добавила|отметил|отметила|подчеркнул|подчеркнула|предупредил|предупредила)\b",
    "PRESENT_REPORT": r"\b(?:говорит|утверждает|утверждают|считает|считают|заявляет|обвиняет|обвиняют|настаивает)\b",
    "FIGURE_PAST": r"\b(?:был|была|было|были|находилось|находились)\b",
    "CUMULATIVE": r"\b(?:с начала|всего|уже|до сих пор|в общей сложности)\b",
    # Assessments and a report's present-claim content: see lang/en/events.py.
    "ASSESSMENT": r"\b(?:ознаменовал\w*|означа\w*|расценива\w*|рассматрива\w* как)\b",
    "PRESENT_CLAIM": r"\b(?:сейчас|в настоящее время|в данный момент)\b",
    # Words no event-type cue may read: a "hybrid attack" (see lang/en/events.py).
    # ... and a political camp is no camp ("представители правящего лагеря")
    "NOT_A_CUE": r"\bгибридн\w* (?:атак\w*|войн\w*)"
    r"|\b(?:правящ|оппозиционн|президентск|политическ)\w* лагер\w*",
    # A rumour's day ahead is no happening, only what the rumour says will be
    # ("Среди мигрантов ходят слухи, что 15 ноября приедут автобусы").
    "RUMOUR": r"\bслух\w*",
    # A reporting clause after the story, right before its date: see lang/en/events.py.
    "REPORT_TAIL": r",\s*(?:сообщил[аио]?|сообщили|заявил[аио]?|заявили|рассказал[аио]?|рассказали|передал[аио]?|объявил[аио]?|объявили)\s+(?:в|во)\s+$",
    # "A similar incident occurred ...": see lang/en/events.py.
    "SIMILAR_HAPPENING": r"\b(?:аналогичн|подобн|похож)\w+ (?:инцидент\w*|случа\w+|попытк\w+|ситуаци\w+)",
    # A headline ends on a media tag, in brackets or after a "+": the heading of its line,
    # whatever stands before it there (sentence_units._is_heading):
    # "Мигранты штурмуют границу (ВИДЕО)".
    # In capitals or capitalised only: "(video)" in lower case ends body text.
    "HEADLINE_TAG": (
        r"(?:[\[(]\+?(?:ФОТОРЕПОРТАЖ|Фоторепортаж|ИНФОГРАФИКА|Инфографика|ОНЛАЙН|Онлайн|АУДИО|Аудио|ВИДЕО|Видео|КАРТА|Карта|ФОТО|Фото)(?:\s*[,/+|&]\s*(?:ФОТОРЕПОРТАЖ|Фоторепортаж|ИНФОГРАФИКА|Инфографика|ОНЛАЙН|Онлайн|АУДИО|Аудио|ВИДЕО|Видео|КАРТА|Карта|ФОТО|Фото))*[\])]"
        r"|\+\s?(?:ФОТОРЕПОРТАЖ|Фоторепортаж|ИНФОГРАФИКА|Инфографика|ОНЛАЙН|Онлайн|АУДИО|Аудио|ВИДЕО|Видео|КАРТА|Карта|ФОТО|Фото))\s*$"
    ),
    # A declared stance (see lang/en/events.py): "должны поддержать", "больше не будет задерживать".
    "STANCE": r"\b(?:должен|должна|должно|должны|(?:больше )?не (?:будет|будут|станет|станут))\b",
    # Ежедневная формула пограничников: «не применяли служебное оружие, специальные меры»
    # говорит о том, чего не было, а не о событии.
    # A breakdown of the count before ("Из них 20 женщин"): see lang/en/events.py.
    # "Спустя сутки после разговора с Меркель Лукашенко ...": the happening named after it
    # took place the day before the sentence's own ("на следующий день после" is read by
    # the tagger as the day after the story's, lang/ru/calendar.py, and left to it).
    "DAY_AFTER": r"(?:\bспустя сутки|\bчерез день) после\b",
    "BREAKDOWN": r"^(?:Из них|Среди них|Из этого числа|В том числе)\b"
    r"|^(?:Около |Порядка |Не менее )?\d[\d\s.]* из них\b",
    "FORCE_NOT_USED": (
        r"\bне (?:пришлось|понадобилось|потребовалось) (?:применять|применить|использовать)\b[^.]{0,60}(?:оружи\w*|спецсредств\w*|специальн\w+ (?:мер\w*|средств\w*)|физическ\w+ (?:сил\w*|насили\w*))"
        r"|\bне (?:применял\w*|использовал\w*)\b[^.]{0,60}(?:оружи\w*|спецсредств\w*|специальн\w+ (?:мер\w*|средств\w*)|физическ\w+ (?:сил\w*|насили\w*))"
        r"|\b(?:оружие|спецсредства|специальные средства) не (?:применял\w*|использовал\w*)"
        # "Инцидентов не зафиксировано", "Не зафиксировано инцидентов": the formula as the
        # whole sentence ("произошёл инцидент, момент которого не зафиксирован" tells one)
        r"|^(?:\w+ ){0,2}инцидент\w*[^.,;]{0,60}\bне (?:было )?зафиксирован\w*\W*$"
        r"|^(?:\w+ ){0,2}не (?:было )?зафиксирован\w* (?:\w+ ){0,2}инцидент\w*\W*$"
    ),
    # A source line ("Об этом сообщил канал X"): see lang/en/events.py.
    "SOURCE_LINE": r"^Об этом (?:сообщил\w*|сообщает|сообщают|пишет|пишут|заявил\w*|рассказал\w*|говорится)",
    # Russian has no compound future perfect: nothing to match.
    "FUTURE_PERFECT": r"(?!)",
}

EVENT_TYPES: tuple[tuple[str, float, tuple[str, ...]], ...] = (
    # A camp emptied or cleared is humanitarian (guidelines); an agreement is diplomacy.
    ("humanitarian", 6.5, (r"лагер\w* (?:\S+ ){0,6}?(?:опустел\w*|ликвидир\w*|эвакуир\w*|расформир\w*)",
                           r"(?:ликвидир|эвакуир|расформир)\w* (?:\S+ ){0,4}?лагер\w*",
                           r"(?:транспортно-)?логистическ\w* центр\w*")),
    ("diplomacy", 2.5, (r"договорил\w*", r"договор[её]нност\w*", r"соглашени\w*")),
    # Airlines' and governments' measures on the routes to Minsk are "other" (see
    # lang/en/events.py), not return flights.
    ("other", 6.5, (r"приостан\w* (?:\S+ ){0,4}?(?:рейс\w*|пол[её]т\w*|перевоз\w*|авиасообщени\w*)",
                    r"(?:рейс\w*|пол[её]т\w*|авиасообщени\w*) (?:\S+ ){0,4}?(?:приостановл\w*|отменен\w*|отменён\w*|запрещен\w*|запрещён\w*)",
                    r"(?:запрет\w*|отмен\w*|прекрат\w*|ограничил\w*|отказ\w*) (?:\S+ ){0,4}?(?:рейс\w*|пол[её]т\w*|перевоз\w*|вывоз\w*|возить)",
                    r"не будут (?:\S+ ){0,1}?приниматься")),
    ("other", 3.4, (r"рейс\w* (?:\S+ ){0,5}?в (?:Минск|Белорусси\w*|Беларусь)",)),
    # An order, a decision or rules adopted: see lang/en/events.py.
    ("other", 6.5, (r"(?:подписал\w*|издал\w*) (?:\S+ ){0,2}?(?:" + _DECREE + r"|постановлени\w*|распоряжени\w*|приказ\w*)",
                    r"решени\w* (?:\S+ ){0,6}?(?:было|был|была) принят[оаы]?\b",
                    r"(?:было|был|была) принят[оаы]? (?:\S+ ){0,2}?решени\w*",
                    r"(?:приказал|поручил)\w* (?:\S+ ){0,2}?(?:ведомств\w*|пограничник\w*|погранслужб\w*|силовик\w*)")),
    # An investigation opened: see lang/en/events.py.
    ("other", 5.0, (r"возбу(?:д|ж)\w* (?:\S+ ){0,2}?(?:уголовн\w* )?дел\w*",
                    r"уголовн\w* дел\w* (?:\S+ ){0,2}?возбу(?:д|ж)\w*")),
    # Building work ("начался монтаж столбов"): see lang/pl/events.py
    ("other", 1.0, (r"строительств\w*", r"возведени\w*", r"монтаж\w*")),
    ("other", 3.5, (r"(?:чрезвычайн|экстремальн)\w* (?:положени|ситуаци)\w*", r"заграждени\w*", r"ограждени\w*", r"режим\w* ЧС", r"выбор\w*", r"стен\w*", r"забор\w*",
                    r"закон\w*", _DECREE, r"голосова\w*",
                    # a crossing closed ("закрыли пункт пропуска", "пункт пропуска закрыт")
                    r"закры\w* (?:\S+ ){0,2}?пункт\w* пропуска", r"пункт\w* пропуска (?:\S+ ){0,3}?закрыт\w*",
                    # traffic through a crossing suspended ("приостановлено движение через пункт")
                    r"приостан\w* (?:\S+ ){0,2}?(?:движени\w*|пропуск\w*|работ\w* пункт\w*)",
                    r"движени\w* (?:\S+ ){0,4}?приостановлен\w*", r"(?:про|за|от)голосова\w*")),
    ("casualties", 3.0, (r"погиб\w*", r"умер\w*", r"смерт\w*", r"тел[оа]\w*", r"жертв\w*",
                         r"ранен\w*", r"скончал\w*", r"пострада\w*")),
    ("repatriation", 3.0, (r"репатриа\w*", r"вернул\w* (?:на родину|домой)", r"вывозн\w* рейс\w*",
                           r"самол[её]т\w*", r"вылетел\w*",
                           # people to fly home ("готовых вылететь из Беларуси")
                           r"вылет\w* (?:\S+ ){0,2}?(?:из Беларуси|из Минска|на родину|домой|в Ирак)", r"приземлил\w*", r"Эрбил\w*",
                           r"депорт\w*", r"пассажир\w*", r"на борту", r"рейс\w*", r"спецрейс\w*",
                           r"вывез\w*|вывоз\w*", r"эвакуацион\w*|эвакуир\w*")),
    ("clash", 3.0, (r"выстрел\w*", r"стрельб\w*", r"обстрел\w*", r"стрелял\w*", r"сл[её]зоточив\w* газ\w*", r"водом[её]т\w*", r"камн\w*", r"столкновени\w*",
                    r"штурм\w*", r"атак\w*", r"граната\w*|гранат\w*", r"светошумов\w*")),
    ("sanctions", 3.0, (r"санкци\w*", r"черн\w* спис\w*", r"эмбарго")),
    ("military", 2.5, (r"военн\w*", r"войск\w*", r"учени\w*", r"солдат\w*", r"НАТО",
                       # air defence, fighters, bombers on patrol
                       r"ПВО", r"противовоздушн\w*", r"истребител\w*", r"бомбардировщик\w*",
                       r"патрулировани\w*", r"Ту-\d+\w*")),
    # Breaking a fence is a crossing, not the fence (a measure): see lang/en/events.py
    # ("Беженцы сломали часть забора на пункте пропуска")
    ("border_crossing", 4.5, (r"(?:слома|разруши|повреди|прорва)\w* (?:\S+ ){0,3}?(?:забор|ограждени|заграждени)\w*",)),
    ("border_crossing", 2.5, (r"пересек\w*", r"прорва\w*", r"прорыв\w*", r"незаконн\w*", r"нелегальн\w*",
                              r"задержа\w*", r"пункт\w* пропуска",
                              # "в Литву пыталось попасть 55 нелегалов": tried to get in (not "в надежде попасть")
                              r"(?:пыта|попыта)\w* (?:\S+ ){0,2}?попасть",
                              # "преследовал группу иностранцев": a group on the move
                              r"групп\w* (?:\S+ ){0,2}?(?:мигрант\w*|иностранц\w*|беженц\w*|нелегал\w*)",
                              # pushed back: "пограничники вернули в Беларусь группу"
                              r"(?:вернул\w*|выдворил\w*|выдворен\w*|развернул\w*) (?:\S+ ){0,3}?(?:в|на территорию) (?:Беларус\w*|Белорусси\w*)")),
    # The border is where nearly everything in this crisis happens: a weak hint that any
    # telling cue outweighs ("усилили охрану границы")
    ("border_crossing", 1.2, (r"границ\w*",)),
    # Camps: the annotations type them humanitarian seven times in ten; a crossing cue
    # outweighs them
    ("humanitarian", 1.5, (r"лагер\w*",)),
    # a delegation or a diplomatic mission arriving is diplomacy, whatever it came about
    ("diplomacy", 3.5, (r"(?:прибыл\w*|приехал\w*|визит\w*) (?:\S+ ){0,3}?(?:дипломатическ\w* мисси\w*|делегаци\w*)",)),
    ("diplomacy", 2.0, (r"переговор\w*", r"телефон\w*", r"разговор\w*", r"встрет\w*",
                        r"бесед\w* (?:длил\w*|продолжал\w*|прош[её]л\w*|состоял\w*)",
                        r"встреч\w*", r"визит\w*", r"саммит\w*", r"посол\w*")),
    ("humanitarian", 2.0, (r"гуманитарн\w*", r"продовольстви\w*", r"одеял\w*", r"убежищ\w*",
                           r"Красн\w* Крест\w*", r"палатк\w*",
                           # people moved out of camps, rehoused
                           r"пересел\w*", r"размест\w*|размещ\w*",
                           # taken to hospital, rescued
                           r"скор\w* помощ\w*", r"медик\w*", r"(?:в|из) больниц\w*", r"госпитализ\w*", r"переохлажд\w*", r"спас\w*")),
    # Plain "said", "announced" too; not "сообщил"/"написал": "Об этом сообщил канал X" is
    # the source line of nearly every Russian news item, not a happening.
    ("statement", 1.5, (r"заяв\w*", r"обвин\w*", r"предупред\w*", r"осуди\w*", r"призва\w*",
                        r"опроверг\w*", r"сказа\w*", r"объяви\w*")),
    # Protests and unrest: a happening even when nobody is named ("беженцы собрали
    # митинг"); a weak "other" that any more telling cue outweighs; unrest outweighs the camp or
    # border where it broke out (a clash, weighed above the other types' 2.5-3.5).
    ("other", 1.0, (r"митинг\w*", r"протест\w*", r"демонстраци\w*", r"голодовк\w*",
                    # discontent in a camp, and its calming down, are the unrest's story
                    r"недовольств\w*", r"успокои\w*")),
    # "произошёл инцидент", "правительство приняло решение": a happening, whatever it was
    ("other", 1.0, (r"инцидент\w*", r"решени\w* (?:\S+ ){0,2}?принял\w*",
                    r"принял\w* (?:\S+ ){0,2}?решени\w*", r"решил\w*")),
    ("clash", 4.0, (r"беспорядк\w*", r"бунт\w*")),
    # A body found is a death, wherever it lay ("На границе ... пограничники обнаружили тело
    # мигранта": the border is where, not what)
    ("casualties", 4.0, (r"тел[оа] (?:\S+ ){0,2}?(?:мигрант\w*|мужчин\w*|женщин\w*|человек\w*|беженц\w*|иностран\w*)",
                         r"труп\w*")),
    # A press conference or a briefing is a statement made that day, whoever speaks (it
    # outweighs a plain "conference", a diplomacy cue).
    ("statement", 2.5, (r"пресс-конференци\w*", r"брифинг\w*")),
    # A threat is a declaration ("пригрозил перекрыть газ")
    ("statement", 3.5, (r"пригрози\w*", r"угрожал\w*")),
)  # fmt: skip
