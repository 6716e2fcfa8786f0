"""Russian words of the crisis' landmark days (crisis_calendar.py): per landmark, patterns
that must all match one sentence (lower-cased) for it to tell that happening."""

# Merkel called Lukashenko twice (15 and 17 November): the second call is told as one
# again, the first by the same words without them
_CALL = (r"меркель", r"лукашенк", r"телефон|разговор|поговорил|созвонил")
_AGAIN = r"вновь|снова|втор|повторн"
# water cannon and tear gas, both used at Kuźnica on 16 November
_WATER, _GAS = r"водом[её]т", r"слезоточив"

LANDMARKS: dict[str, tuple[str, ...]] = {
    "lithuania_extreme_situation": (
        r"литв",
        # "ввела режим экстренной ситуации" translates the same "ekstremali situacija"
        r"(?:экстремальн|экстренн)\w* ситуаци|режим\w* (?:экстремальн|экстренн)"
        r"|^(?!.*(?:сейм|парламент|депутат)).*правительств[^.]*чрезвычайн\w* (?:положени|ситуаци)",
    ),
    "lithuania_barrier_announced": (
        r"(?:шимоните|симоните|литв\w*(?: \w+){0,3}) (?:объяв|заяви|построит|возвед|установит)",
        r"барьер|забор|огражд",
        r"^(?!.*(?:начал|завершил|закончил))",
    ),
    "latvia_emergency": (
        r"латви",
        r"чрезвычайн\w* (?:положени|ситуаци)|режим\w* (?:чс|чп)",
    ),
    "poland_emergency_requested": (
        r"польш|польск|моравецк",
        r"чрезвычайн\w* положени|режим\w* чп",
        r"правительств|совет\w* министров|кабмин",
        r"просил|обратил\w* к президент|ходатайств",
        r"^(?!.*(?:продл|после окончания))",
    ),
    "poland_emergency_declared": (
        r"польш|польск",
        r"чрезвычайн\w* положени|режим\w* чп",
        r"\bдуд\w*|президент",
        r"ввел|ввёл|введ|объяв|подписал",
    ),
    "sejm_upholds_emergency": (
        r"чрезвычайн\w* положени|режим\w* чп",
        r"сейм|депутат|парламент",
        r"проголос|одобр|поддерж|отклон|утверд",
    ),
    "poland_emergency_extended": (
        r"чрезвычайн\w* положени|режим\w* чп",
        r"польск\w* (?:сейм|депутат|парламент)|сейм\w* польш|польш\w* (?:продлил|продлила)",
        r"продлил|продлен|продлени",
        r"^(?!.*(?:литв|латв))",
    ),
    "sejm_wall_law": (
        r"польск\w* (?:сейм|депутат|парламент)|сейм\w* польш",
        r"принял|одобрил|утвердил|проголосова",
        # the wall law and the push-back law passed the same day
        r"\bстен\w*|забор|огражден|барьер|выдворен",
        r"закон|поправк",
        r"^(?!.*(?:литв|латв|чрезвычайн|режим\w* чп))",
    ),
    "kuznica_march": (
        r"кузниц|брузг",
        r"колонн|двинул|направил|\bшли\b|шестви|собрал|лагер|скопил",
    ),
    "kuznica_closed": (r"кузниц", r"закры|приостанов"),
    "lithuania_emergency": (
        r"литв",
        r"чрезвычайн\w* положени|режим\w* чп",
        r"сейм|парламент|депутат|проголос|одобр|ввел|ввёл|введ|объяв",
        # the government's alone is the extreme situation of 2 July
        r"сейм|парламент|депутат|^(?!.*правительств)",
    ),
    "gas_threat": (
        r"лукашенк|белорус|минск",
        r"(?:транзит\w*|поставк\w*|поставок) газа|газ в европу|перекрыть газ|газопровод|ямал",
        r"пригроз|угрож|перекр|прекрат",
    ),
    "turkey_flight_ban": (
        r"турци|турецк",
        r"запрет|отказ|не будут|прекрат|перестал",
        r"ирак|сири|йемен",
    ),
    "eu_sanctions_widened": (
        r"\bес\b|евросоюз|европейск\w* союз",
        r"министр\w* иностранных дел|глав\w* мид|глав\w* внешнеполитическ|глав\w* дипломати",
        r"санкци",
    ),
    "merkel_first_call": (*_CALL, rf"^(?!.*(?:{_AGAIN}))"),
    # the crossing named, or water cannon and tear gas together (the one day both were
    # used: an AFP lead names the crossing only sentences later)
    "bruzgi_clash": (
        r"водом[её]т|слезоточив|светошумов",
        rf"кузниц|брузг|{_WATER}.*{_GAS}|{_GAS}.*{_WATER}",
    ),
    "merkel_second_call": (*_CALL, _AGAIN),
    "first_repatriation_flight": (
        r"\bперв(?!ую очередь)",
        r"репатриац|рейс|самол[её]т|вывозн|эвакуац",
        r"эрбил|ирак|курдистан",
    ),
    "camp_cleared": (
        r"лагер",
        r"опустел|сверну|ликвидир|переселил|перев[её]л|перевез|переместил|покинул",
        r"склад|логистическ|ангар|помещени",
    ),
    "morawiecki_baltic_tour": (
        r"моравецк\w*(?: \w+){0,4} (?:посетил|побывал|приехал|прибыл|совершил)",
        r"прибалти|балти|литв|латви|эстони|вильнюс|\bриг[аеуи]\b|таллин",
    ),
    "lukashenko_bruzgi_visit": (
        r"лукашенк",
        r"посетил|приехал|визит|побывал|приш[её]л",
        r"брузг|логистическ|склад|ангар",
    ),
    "eu_fifth_sanctions": (r"пят\w* пакет", r"санкци"),
    "poland_wall_started": (
        r"польш|польск",
        r"\bстен|барьер",
        r"строительств|возведени|\bстро(?:ит|ят|или)",
        r"\bначал(?!ьн)|стартовал|приступил",
    ),
    "poland_wall_completed": (
        r"польш|польск",
        r"\bстен|барьер|забор",
        r"\bзавершил|\bзавершен|\bзавершён|\bзакончил|\bдостроил",
        r"^(?!.*(?:\bбудет\b|\bне\b))",
    ),
}


# The crisis' background happenings and the joiners that open a clause (see
# lang/en/landmarks.py)
BACKGROUND_HAPPENINGS: dict[str, tuple[str, ...]] = {
    "belarus_presidential_election": (
        r"\bвыбор(?:ы|ах|ов|ами|ам)\b|переизбра|шест\w* срок",
        r"белорус|беларус|лукашен|президентск|переизбра|шест|побед|сфальсифиц|протест",
        r"^(?!.*(?:годовщин|год (?:спустя|после)|спустя год))",
    ),
    "CLAUSE_JOINERS": (r"\bи\b|\bно\b",),
}
