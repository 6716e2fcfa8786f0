"""English cues for events (which sentences narrate a happening) and event types.

EVENTS: which undated sentences narrate a past happening (past simple; the present perfect
"Britain has sent 10 troops" describes a state) and which dates are bounds, not happenings;
read by events.py. EVENT_TYPES: (event_type, weight, patterns), matched case-insensitively
on word boundaries; the type with the highest summed weight wins (event_types.py).
"""

from __future__ import annotations

# A verb in the past simple, not after an auxiliary (the perfect is a state; "migrants being
# used as proxies" is a passive progressive).
_PAST = (
    r"(?<!\bhas )(?<!\bhave )(?<!\bhad )(?<!'ve )(?<!\bbeen )(?<!\bbe )(?<!\bbeing )"
    r"\b(?:said|spoke|told|met|sent|agreed|promised|talked|lasted|discussed|added|"
    r"announced|accused|condemned|declared|denied|warned|urged|rejected|dismissed|"
    r"insisted|expressed|reiterated|responded|called|asked|arrived|left|walked|"
    r"crossed|approached|arrested|detained|fired|threw|used|began|started|signed|"
    r"imposed|adopted|approved|launched|opened|closed|cleared|moved|flew|took|gave|"
    r"made|held|reported|stated|tweeted|wrote|noted|thanked|voiced|raised|drew|"
    r"cautioned|criticised|criticized|blamed|claimed|vowed|pledged|"
    # the crisis's own happenings (a second blind batch: "85 MPs voted for the bill", "75
    # migrants tried to forcibly cross", "the group consisted of 50 migrants")
    r"voted|supported|found|died|tried|attempted|landed|carried|deployed|evacuated|returned|"
    r"attacked|stormed|gathered|expelled|suspended|extended|introduced|published|"
    r"shared|received|rescued|registered|recorded|prevented|stopped|blocked|fled|killed|"
    r"injured|consisted|managed|happened|occurred|passed|decided|ordered|confirmed|visited|"
    r"issued|placed|handed|delivered|transported|transferred|relocated|boarded|departed|"
    r"revealed|mounted|saved|"
    # sanctions and barriers of later batches ("EU governments blacklisted 17 individuals",
    # "migrants pitched tents", "broke through the fence", batches 45 and 47)
    r"blacklisted|targeted|froze|banned|pitched|broke|destroyed|damaged|pushed|built|erected)\b"
)

EVENTS: dict[str, str] = {
    "PAST_NARRATIVE": _PAST,
    # Perfect / present forms that mark a sentence as a state rather than a happening (English).
    # "have since" marks a state too ("Many have since returned to Belarus"), but not in a
    # relative clause: "seven of whom have since been admitted to hospital" is a sequel told
    # after a main clause in the past (batch 44)
    "STATE_MARKERS": r"(?<!\bto )(?<!\bmay )(?<!\bmight )(?<!\bwould )(?<!\bcould )\b(?:has|have|'ve)\s+(?!since\b)(?:\w+\s+)?(?:been\s+)?\w+(?:ed|en|ent|t|wn)\b"
    r"|(?<!\bwhom )(?<!\bwho )(?<!\bwhich )\b(?:has|have|'ve)\s+since\s+(?:been\s+)?\w+(?:ed|en|ent|t|wn)\b",
    # Openers that tie a sentence to the one before it ("At the same time", "Meanwhile").
    "CONTINUATION": r"^(?:Another (?=\d|hundred|thousand|dozen|few|group)|At the same time|Meanwhile|During (?:the|their) (?:call|conversation|talks)|The (?:talks|call|conversation|meeting|summit|visit|flight|post|report|statement|leaders|pair|two|government|ministers?|group|migrants)|They|Their|He|His|She|Her|It|Its|Then|Both|Also|After)\b",
    # Words that open a clause embedding a date in something else ("the conference, which was
    # held on 12 November", "la conférence qui s'est tenue le 12 novembre", "since August 2020"):
    # the date is an event of its own, but it does not date the sentences that follow.
    "EMBEDDING": r"\b(?:which|who|whose|where|since)\b",
    # A conjunction that opens a second happening's clause in a dated sentence ("declared an
    # emergency on Friday while 150 migrants crossed in the 24 hours to Friday morning"):
    # that date's clause starts there (events._clause_event_type).
    "CONJUNCTION": r"\b(?:while|whereas|even as|at a time when)\b",
    # The day's happening told in the present by an article's first sentence: the Polish and
    # Russian leads do (lang/pl/events.py); an English lead in the present is a state ("A crisis
    # is threatening to ..."), so none here.
    "PRESENT_LEAD": r"(?!)",
    # A first or a record "since" something, in the sentence's subject ("The first
    # repatriation flight since the crisis began left Minsk on Sunday"): a comparison, not a
    # clause embedding the dates told after its main verb (sentence_dates.embedded_date).
    "COMPARED_SINCE": r"\b(?:first|last|largest|biggest|highest|lowest|worst|only)\b(?:\s+\S+){0,8}?\s+since\b",
    # The wire's standing accusation ("The European Union accuses the Belarusian power to
    # have orchestrated the crisis", "EU member states accuse Belarus of encouraging ..."):
    # background that no sentence before it dates (guidelines rule 3; no annotator of
    # batches 20-44 required one without a date of its own). In the present or perfect only:
    # "Lithuania, Latvia and Estonia accused Minsk" may tell that day's statement.
    "ACCUSATION": r"\b(?:accuses|(?<!\bto )accuse|(?:has|have|is|are) (?:\w+ )?accused)\b",
    # A question's opening word: a subheading that asks what happened goes on telling
    # the story ("Jak głosowali posłowie?"), one that names a topic does not
    "QUESTION_WORDS": r"^\s*(?:How|What|Who|Why|When|Where|Which|Whose)\b",
    # A habit or a condition, no day's happening ("Guards detain migrants every day", "If
    # migrants manage to cross, some are detained"), read by the narrative and by PRESENT_LEAD
    "HABITUAL": r"^\s*If\b|\b(?:every (?:day|night|week)|daily|regularly|usually|often|routinely)\b",
    # Between two dates of one sentence: a reported clause ("said that ... would ... on Monday")
    # holds a claim, not a second happening; a coordinated clause ("and on Wednesday ...") does.
    "REPORTED_CLAUSE": r"\b(?:that|whether)\b",
    # Openers that refer back to the previous sentence's actors ("The pair spoke ...").
    "COREFERENT": r"^(?:The (?:pair|two|leaders|two leaders|two presidents|two men)|They|Both)\b",
    # Words right before a date that make it a bound or a comparison, not the day something
    # happened: "will last until November 10", "against 37 in the whole of 2020", a measure's
    # end ahead ("a no-access zone, which expires on June 30": the guidelines' rule 5; one
    # that expired is a happening: "l'état d'urgence a expiré mardi à minuit"),
    # "prolongé jusqu'au 10 novembre", "contre 37 sur l'ensemble de l'année 2020".
    "NOT_AN_EVENT_DATE": r"(?:\buntil|\bexpir(?:es|e|ing)(?: on| in)?|\btill|\bthrough|\bagainst [\w,.]+ in|\bcompared (?:with|to) [\w,.]+ in|\bin (?:the whole|all) of|\bthan in|\bas (?:in|during|between|(?:\w+ )?did (?:in|during|between))(?:\s+\w+\s+(?:to|and|or))?)\s+(?:the\s+)?$",
    # Vague times: the sentence tells of something at an unstated time ("have recently
    # reported", "à plusieurs reprises"); it neither inherits a date nor passes one on.
    "VAGUE_TIME": r"\b(?:recently|repeatedly|so far|in recent (?:days|weeks|months)|over the past (?:few )?(?:days|weeks|months)|for (?:weeks|months|years)|a few (?:days|weeks|months) ago)\b",
    # What a lead sentence needs to tell of a happening dated by the publication date: a past or
    # perfect verb ("Polish forces have used water cannons", "L'UE a décidé", "Les migrants se
    # sont rassemblés"). A lead in the present or progressive ("A crisis is threatening to become
    # more volatile", "L'UE s'apprête à frapper", "La situation s'aggrave") describes a state or a
    # prospect, not a happening of that day. French "est/sont + participle" is a passive present
    # ("ils sont renvoyés") unless the verb conjugates with être (arriver, partir, mourir, ...).
    "LEAD_HAPPENING": (
        _PAST + r"|\b(?:has|have|had)\s+(?:\w+\s+)?(?:been\s+)?\w+(?:ed|en|ent|t|wn)\b"
        r"|\b(?:was|were|did)\b"
        # lower case: not "United"; after "the", an adjective used as a noun ("return the stranded")
        r"|(?<!\bis )(?<!\bare )(?<!\bam )(?<!\bbe )(?<!\bbeing )(?<!\bbeen )(?<!\bthe )"
        # nor after a preposition or an article: an adjective ("in guarded former army camps",
        # "an armed group"), in a present lead that tells a state (batch 43)
        r"(?<!\bin )(?<!\binto )(?<!\bat )(?<!\bfrom )(?<!\bwith )(?<!\bof )(?<!\bfor )"
        r"(?<!\ba )(?<!\ban )"
        r"\b(?!(?:suc|pro|ex)ceed\b|indeed\b|need\b|feed\b|speed\b|bleed\b|breed\b|seed\b)"
        r"(?-i:[a-z]{3,}ed)\b"  # not a verb or word ending in "-eed" that is no past
        # the news present of a decision or a launch ("The EU imposes new sanctions on
        # Belavia", "Frontex launches a rapid intervention"): the day's news, not a state
        r"|\b(?:announces|launches|imposes|adopts|decides|suspends|deploys|extends|expels"
        r"|approves|begins|starts)\b"
    ),
    # Modal or conditional verbs: a sentence whose only past verb reports a possibility ("He
    # added that officials could face a travel ban", "pourraient être frappés, a ajouté M. X")
    # tells of no happening; it does not inherit the narrative's date. ("The call lasted an hour,
    # said BelTA, which added that talks would follow" still narrates: "lasted" is a happening.)
    # ... and a plan told in the past, which is no happening ("the camp was initially planned
    # to house up to 1,500 migrants"); and a future told ("The border service said the group
    # will be placed in a detention centre")
    "MODAL": r"\b(?:could|might|may|would|should)\b"
    # (the verb "will", not the noun: "political will", "of their own free will")
    r"|(?<!political )(?<!free )(?<!good )(?<!own )(?<!the )\bwill\b(?!\s+(?:of|to)\b)"
    r"|\b(?:was|were) (?:\w+ )?(?:planned|supposed|intended|meant) to\b",
    # Reporting verbs, blanked out before asking whether a modal sentence narrates anything else.
    "REPORTING": (
        r"\b(?:said|added|told|stated|noted|warned|explained|insisted|denied|indicated|"
        r"stressed|argued)\b"
    ),
    # Present reporting verbs: a lead whose past verbs all come after one ("Delegations say the
    # migrants were lured", "Varsovie affirme que ...") reports a claim standing today, not a
    # happening dated by the publication date.
    "PRESENT_REPORT": r"\b(?:says|say|claims?|believes?|argues?|insists?|maintains?|reports)\b",
    # A figure told in the past of "be" or in the imperfect narrates the happening it counts ("A
    # total of 420 people were on board", "Au total, 420 personnes se trouvaient à bord"): with
    # a figure in the sentence, these forms count as past narration too.
    "FIGURE_PAST": r"\b(?:was|were)\b",
    # A running total ("more than 1,000 have been flown home since the first flight", "plus
    # d'un millier ont déjà été rapatriés depuis le 18 novembre") is a figure to compare, not a
    # happening of the narrative's day (GUIDELINES 9): a count with one of these does not inherit.
    "CUMULATIVE": r"\b(?:so far|since|to date|already|in all since)\b",
    # Assessments: commentary on what happened ("The situation marked an escalation", "is seen
    # as a test", "officials believe ..."). Blanked, like reporting verbs, before asking whether
    # an undated sentence tells of anything else: alone, they date nothing.
    "ASSESSMENT": (
        r"\b(?:mark(?:s|ed)\s+(?:an?|the)\s+(?:\w+\s+)?(?:escalation|turning point|shift|"
        r"new phase|milestone|departure)|(?:is|are|was|were)\s+(?:widely\s+)?(?:seen|viewed|"
        r"regarded)\s+as|represent(?:s|ed)|amount(?:s|ed)\s+to|believe[sd]?)\b"
    ),
    # The content of a report that makes it a claim about an ongoing situation, not a happening
    # of the story's day: the present progressive ("is waging", "is now completing"), a present
    # copula ("are very stubborn"), "now"/"currently". Not the past progressive: "police said
    # migrants were throwing stones" tells of the narrative day's clash.
    "PRESENT_CLAIM": (
        r"\b(?:is|are|am|'s|'re)\s+(?:(?:now|still|not|currently|\w+ly)\s+)*"
        r"(?!being\b)\w{2,}ing\b|\b(?:now|currently)\b|\b(?:is|are|am)\s+(?:very|so|too|quite)\b"
    ),
    # Words no event-type cue may read: a "hybrid attack" or "hybrid war" is the accusation's
    # word for the crisis, not a clash (event_types.py blanks them out before scoring).
    # ... and a political camp is no camp ("Lukashenko's camp", "the ruling camp")
    "NOT_A_CUE": r"\bhybrid (?:attacks?|war(?:fare)?)\b"
    r"|(?:['’]s|\b(?:ruling|opposition|presidential|government|political)) camp\b",
    # A rumour's day ahead is no happening, only what the rumour says will be
    # ("There are rumors among migrants that buses will arrive on November 15").
    "RUMOUR": r"\brumou?rs?\b",
    # A reporting clause after the story, right before its date ("..., police said on
    # Saturday", "..., a annoncé samedi la police"): the day the story was told, not
    # necessarily the day it happened (events._restated_day).
    "REPORT_TAIL": r",\s*(?:[\w'’.-]+\s+){0,4}(?:said|told|announced|reported|confirmed|stated)\s+(?:on\s+)?$",
    # "A similar incident occurred yesterday at 11 pm near Dubicze": the story's kind of
    # happening again, on its own day (similar_happenings.py).
    "SIMILAR_HAPPENING": r"\b(?:a |another )?similar (?:incident|attempt|episode|situation|case)s?\b",
    # A headline ends on a media tag, in brackets or after a "+": the heading of its line,
    # whatever stands before it there (sentence_units._is_heading):
    # "Migrants storm the fence [VIDEO]".
    # In capitals or capitalised only: "(video)" in lower case ends body text.
    "HEADLINE_TAG": (
        r"(?:[\[(]\+?(?:PICTURES|Pictures|GRAPHIC|Graphic|UPDATED|Updated|PHOTOS|Photos|UPDATE|Update|VIDEOS|Videos|AUDIO|Audio|PHOTO|Photo|VIDEO|Video|WATCH|Watch|LIVE|Live|MAP|Map)(?:\s*[,/+|&]\s*(?:PICTURES|Pictures|GRAPHIC|Graphic|UPDATED|Updated|PHOTOS|Photos|UPDATE|Update|VIDEOS|Videos|AUDIO|Audio|PHOTO|Photo|VIDEO|Video|WATCH|Watch|LIVE|Live|MAP|Map))*[\])]"
        r"|\+\s?(?:PICTURES|Pictures|GRAPHIC|Graphic|UPDATED|Updated|PHOTOS|Photos|UPDATE|Update|VIDEOS|Videos|AUDIO|Audio|PHOTO|Photo|VIDEO|Video|WATCH|Watch|LIVE|Live|MAP|Map))\s*$"
    ),
    # A declared stance: what someone should do, or says will not happen ("said he would
    # not prevent border crossings", "should support the barrier"). Reported alone, it
    # is a statement, not the happening it names (narration.declares_stance).
    # Not before "be": "should be completed", "would not be allowed to stay" tell what is to
    # happen to something, typed by its own words.
    "STANCE": r"\b(?:should|ought to|(?:would|will) (?:not|no longer|never)|won['’]t|wouldn['’]t)\b(?! be\b)",
    # A border guard's daily formula that nothing was used ("No weapons or special means had
    # to be used", "officers did not use force"): it says what did not happen, no event.
    # A breakdown of the count told right before ("Of them, 20 were women", "34 of them
    # were children"): that count's happening, even with no verb of its own.
    # "A day after his call with Merkel, Lukashenko said on Tuesday ...": the happening
    # named after it took place the day before the sentence's own (day_after.py).
    "DAY_AFTER": r"\b(?:a|the|one) day after\b(?! tomorrow\b)",
    "BREAKDOWN": r"^(?:Of (?:them|whom)|Among them|Of (?:these|those|this number),|Among (?:these|those),)(?!\w)"
    r"|^(?:About |Some |At least )?(?:\d[\d,.]*|[A-Z][a-z]+(?:-[a-z]+)?) of (?:them|these|those|whom)\b",
    "FORCE_NOT_USED": (
        r"\bno\s+(?:\w+\s+){0,3}?(?:weapons?|force|special means|coercive measures)\s+(?:\w+\s+){0,2}?(?:was|were|had)\s+(?:to\s+be\s+|been\s+)?used\b"
        r"|\b(?:did not|didn't|had no need to|never)\s+(?:have\s+to\s+|need\s+to\s+)?(?:use|resort to|apply)\s+(?:\w+\s+){0,3}?(?:weapons?|force|special means|coercive measures)\b"
        # nobody hurt, as the whole sentence ("She stressed that no one was injured on either
        # side", batch 46); "Stones were thrown and no one was injured" tells the stones
        r"|^(?:[^,.;]{0,60} that )?(?:no one|nobody) (?:was|had been) (?:injured|hurt|wounded)\b"
        r"(?:(?!\b(?:when|as|after|while|because)\b)[^,.;]){0,60}\W*$"
    ),
    # A source line: the article names who reported the happening told before it ("This was
    # reported by Reuters"). Undated, it is no happening of its own.
    "SOURCE_LINE": (
        r"^(?:This|That|It) (?:was|has been) (?:first )?(?:reported|announced|stated|said) by\b"
    ),
    # A main clause in the future perfect ("By Sunday, Iraq will have flown home 1,900 people
    # since the first flight on <date>") projects a running total: the dates of its "since"
    # clause are where the count starts, not happenings (GUIDELINES 5 and 9).
    "FUTURE_PERFECT": r"\bwill\s+have\s+(?:\w+\s+)?(?:been\s+)?\w+(?:ed|en|ent|t|wn)\b",
}

EVENT_TYPES: tuple[tuple[str, float, tuple[str, ...]], ...] = (
    # Camps cleared, emptied or dismantled are humanitarian (guidelines), whatever the camp
    # word's border_crossing pull; pushbacks to Belarus are border crossings.
    (
        "humanitarian",
        6.5,
        (
            r"camps? (?:\S+ ){0,6}?(?:cleared|emptied|evacuated|dismantled|closed)",
            r"(?:clear|empt|evacuat|dismantl|clos)\w* (?:\S+ ){0,4}?camps?",
            # the camp's people moved into the logistics centre by the Bruzgi crossing
            r"logistics? (?:centre|center|hub)",
        ),
    ),
    (
        "border_crossing",
        2.5,
        (
            r"(?:expelled|turned back|sent back|forced back|pushed) (?:\S+ ){0,3}?(?:to|into) Belarus",
        ),
    ),
    # Airlines' and governments' measures on the routes to Minsk are "other" (guidelines:
    # flight suspensions), not return flights: a suspension outweighs two flight words;
    # a plain route to Minsk outweighs one.
    (
        "other",
        6.5,
        (
            r"suspen\w* (?:\S+ ){0,5}?(?:flights?|service|routes?|air links?)",
            r"(?:flights?|service|routes?) (?:\S+ ){0,8}?(?:suspended|halted|cancell?ed|banned)",
            r"(?:halt\w*|cancell?\w*|bann?\w*) (?:\S+ ){0,4}?(?:flights?|service|routes?)",
        ),
    ),
    ("other", 3.4, (r"flights? (?:\S+ ){0,5}?to (?:the (?:city|capital) of )?Minsk",)),
    # A government's order, decision or rules are the happening of their sentence, whatever
    # they are about (guidelines: laws and measures are "other"): "issued an order to close
    # its borders", "ordered its border guards to turn away migrants", "introduced rules to
    # allow asylum seekers intercepted ... to be sent back". Troops ordered out stay military.
    (
        "other",
        6.5,
        (
            r"issued (?:\S+ ){0,2}?(?:(?<!in )orders?|decrees?|regulations?|directives?)\b",
            r"signed (?:\S+ ){0,2}?(?:orders?|decrees?|decisions?|regulations?|ordinances?|"
            r"motions?|bills?|laws?)\b",
            r"introduced (?:\S+ ){0,2}?(?:rules|regulations?)\b",
            r"ordered (?:\S+ ){0,2}?(?:border guards?|border services?|agencies|officers) to",
            r"decision (?:\S+ ){0,6}?(?:was|were|has been) (?:made|taken|adopted|signed)",
        ),
    ),
    # An investigation opened ("Police opened an investigation into the riots") is the
    # happening of its sentence, whatever it is into: "other", above the riots' "clash".
    (
        "other",
        5.0,
        (
            r"(?:opened|launched|started) (?:\S+ ){0,2}?(?:investigation|probe|inquiry|criminal (?:case|proceedings))",
            r"(?:investigation|criminal case) (?:\S+ ){0,2}?(?:was|were|has been) (?:opened|launched|started)",
            # a law passed is the happening, whatever it is about ("passed new legislation
            # aimed at curbing illegal migrants crossing")
            r"(?:passed|adopted|approved) (?:\S+ ){0,3}?(?:legislation|laws?|bills?|amendments)",
            # a vote's count ("237 MPs supported the President's motion, 179 were against")
            r"(?:supported|backed|voted (?:for|against)) (?:\S+ ){0,3}?(?:motion|bill|ordinance|law)",
        ),
    ),
    # Measures and politics the crisis vocabulary has no type for: they are "other",
    # and they must outweigh the words around them ("declared a state of emergency
    # along its border" is not a border crossing).
    (
        "other",
        3.5,
        (
            r"state of emergency",
            r"state-level emergency",
            r"elections?",
            r"re-election",
            r"decree",
            r"law",
            r"legislation",
            r"wall",
            r"razor[- ]wire fence",
            r"barriers?",
            r"fortifications?",
            r"(?:border )?fences? (?:\S+ ){0,4}?(?:built|approved|construction)",
            r"(?:build|construct)\w* (?:\S+ ){0,4}?fences?",
            r"closed the (?:\w+ ){0,3}(?:crossing|checkpoint)",
            # a crossing kept closed or reopened, or not ("will not reopen"): a measure
            # (one crossing point: "illegal crossings resumed after Belarus reopened" is no
            # crossing point reopened)
            r"(?:crossing|checkpoint) (?:\S+ ){0,4}?(?:remain(?:s|ed)?|stay(?:s|ed)?|kept) closed",
            r"reopen\w* (?:\S+ ){0,3}?(?:crossing|checkpoint)\b",
            r"(?:crossing|checkpoint) (?:\S+ ){0,4}?reopen\w*",
            # border traffic suspended at a crossing ("traffic at Kuźnica will be suspended")
            r"suspen\w* (?:\S+ ){0,3}?(?:border )?traffic",
            r"(?:border )?traffic (?:\S+ ){0,5}?(?:is|was|will be|has been) suspended",
            r"vote",
            r"voted",
            r"voting",
        ),
    ),
    (
        "casualties",
        3.0,
        (
            r"died",
            r"dead",
            r"deaths?",
            r"killed",
            r"bod(?:y|ies)",
            r"froze to death",
            r"lives",
            r"injured",
            r"wounded",
        ),
    ),
    (
        "repatriation",
        3.0,
        (
            r"repatriat\w*",
            r"return(?:ed)? home",
            r"return(?:ed|ing)? to (?:the|their) (?:home )?(?:country|countries|homeland)",
            r"return(?:ed|ing)? to (?:Iraq|Iraqi Kurdistan|Syria|Lebanon)",
            r"flights? home",
            r"fly\w* (?:\w+ ){0,3}home",
            r"return flights?",
            r"evacuation flights?",
            r"(?:plane|flight) left Minsk",
            r"flown (?:back|home)",
            # Russian wire copy in English: "вывозной рейс" is an "export flight"; a plane
            # come "to take Iraqi refugees to Erbil" (batch 44)
            r"export flights?",
            # "the migrants who have voluntarily returned from Belarus", "free flights to those
            # who chose to return voluntarily" (batch 45)
            r"chose to return voluntarily|voluntarily returned from (?:Belarus|Minsk)",
            r"to take (?:\w+ ){0,2}?(?:refugees|migrants|nationals|citizens) "
            r"(?:(?:back )?home|(?:back )?to (?:Iraq|Iraqi Kurdistan|Erbil|Irbil|Baghdad|Basra|Najaf))",
            # "400 migrants flew from Minsk to Iraq": people flown back, not a route
            r"fl(?:ew|own) (?:\S+ ){0,4}?to (?:Iraq|Iraqi Kurdistan|Erbil|Irbil|Baghdad|Basra|"
            r"Najaf|Sulaimani)\b",
            r"deport\w*",
            # a flight taking off or landing: in this crisis, the planes that carried
            # migrants back ("the plane landed in Erbil", "a flight left Minsk")
            r"(?:(?:air)?planes?|flights?|aircraft|jets?|airliners?|Iraqi Airways|Airbus\w*) "
            r"(?:[\w,]+ ){0,10}?"
            r"(?:left|depart\w*|took off|land(?:ed|s|ing)|touched down|arriv\w*)",
            r"(?:left|departed|took off from|flew out of) Minsk",
            r"landed (?:\w+ ){0,4}?(?:in|at) (?:Erbil|Irbil|Baghdad|Basra|Najaf|Sulaimani|Iraq)",
            r"boarded (?:a|the|an) (?:\w+ ){0,2}?(?:plane|flight|aircraft)",
            r"(?:were|was) on board",
            # the flights of a repatriation counted or announced ("the first flight",
            # "its fourth and fifth flights", "an exceptional flight"), people "to return"
            r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|next|"
            r"exceptional|chartered|special) (?:and \w+ )?flights?",
            r"(?:were|was|are|is) to return",
            r"wish(?:ing|es)? to return",
            r"want(?:s|ed|ing)? to (?:return|go home|go back)",
            r"return to (?:Iraq|their (?:homeland|home country|country))",
            r"landed (?:\S+ ){0,4}?(?:in|at) (?:the airport of )?Minsk",
            r"departed",
        ),
    ),
    (
        "clash",
        3.0,
        (
            r"tear gas",
            r"water cannons?",
            # shots across the border ("gunfire broke out", "shots were fired")
            r"gunfire",
            r"gunshots?",
            r"shots? (?:were |was )?fired",
            r"opened fire",
            r"fired (?:shots|at|on)",
            r"clash\w*",
            r"stones?",
            r"stun grenades?",
            r"threw",
            r"pepper spray",
            r"violent\w*",
            r"attacked",
            # "the second attack happened around midnight" (not "forcibly": a forced
            # crossing or pushback is a border crossing)
            r"attacks?",
        ),
    ),
    (
        "sanctions",
        3.0,
        (
            r"sanctions?",
            r"sanctioned",
            r"blacklist\w*",
            r"listing criteria",
            r"asset freezes?",
            r"embargo",
        ),
    ),
    (
        "military",
        2.5,
        (
            r"troops?",
            r"soldiers?",
            r"patrols?",
            r"bombers?",
            r"military",
            r"drills?",
            r"army",
            r"jets?",
            r"warships?",
            r"forces",
            r"exercises",
            r"paratroopers?",
            r"nato",
            r"annex(?:ed|ation)",
            r"separatists?",
        ),
    ),
    (
        "border_crossing",
        2.5,
        (
            r"cross(?:ed|ing|es)?",
            r"approached",
            r"storm(?:ed|ing)?",
            r"forced passage",
            r"border fence",
            r"checkpoint",
            r"pushbacks?",
            r"pushed back",
            # "Lithuania has started to turn back migrants" (not "turn back the clock")
            r"turn(?:s|ed|ing)? back (?:\S+ ){0,2}?(?:migrants|people|refugees|asylum|foreigners|groups?|\d)",
            r"arrested",
            r"detained",
            r"amassed",
            r"gathered",
            r"massing",
            r"breach\w*",
            # "About 50 people managed to break through into Poland" (not the sun the clouds)
            r"br(?:oke|eak|eaks|eaking) through (?:into|to)\b",
            r"enter(?:ed)?",
            # "migrants entering the country" (not "the crisis is entering a new phase")
            r"entering (?:the country|the EU|Poland|Lithuania|Latvia|Europe|illegally)",
            # the guards' daily counts, however the report words them
            r"(?:illegal|irregular) (?:entrants?|entr(?:y|ies)|(?:border )?crossings?|(?:im)?migrants?)",
            r"entrants",
            r"illegally",  # "tried to cross the border illegally"
            r"(?:border )?crossings",
            r"attempt(?:s|ed)? (?:\S+ ){0,3}?(?:to cross|(?:border )?crossings?|were made)",
            r"stopped (?:\S+ ){0,4}?(?:migrants|people|foreigners|persons)",
            r"apprehended",
            r"intercept(?:ed|ing|s)?",
            # the police's counts of people found having crossed ("288 people were picked
            # up", "taken into custody", "unauthorized entries")
            r"(?:people|migrants|persons|individuals|foreigners|refugees|\d[\d,.]*) "
            r"(?:\S+ ){0,3}?(?:were |was |have been |had been )?picked up",
            r"(?:taken|came|come) into custody",
            r"unauthori[sz]ed (?:entr(?:y|ies)|entrants?|people|persons|border crossings?)",
            r"pushing back (?:\S+ ){0,2}?(?:migrants|refugees|people|them|groups?|asylum)",
            # "border guards began pushing migrants back to the border" (not a vote pushed back)
            r"push(?:ed|ing|es)? (?:\S+ ){0,2}?(?:migrants|refugees|people|them|groups?|"
            r"foreigners|persons|asylum seekers) back",
            r"sent (?:\S+ ){0,3}?back to Belarus",
            # "performed return of more than 180 migrants ..., forcing them back into Belarus"
            r"forc(?:e|ed|ing|es) (?:\S+ ){0,3}?back (?:into|to|across)",
            r"rush(?:ed|es|ing)? (?:\S+ ){0,2}?border",
        ),
    ),
    # Breaking through a fence is a crossing, not the fence (a measure); the border guards'
    # "attacked the border", "forcibly forced the border" is an attempt to cross it (stones
    # or tear gas, when named, still make it a clash)
    (
        "border_crossing",
        4.5,
        (
            r"(?:broke|break\w*|forc\w*) (?:through|down) (?:\S+ ){0,3}?(?:barriers?|fences?|border)",
            r"(?:attacked|attacking|forced|forcing|(?:tried|attempted|trying) to force) "
            r"(?:\S+ ){0,2}?(?:the )?(?:\S+ )?border(?! guards?\b)",
        ),
    ),
    (
        "diplomacy",
        3.0,
        (
            r"(?:tele)?phone",
            r"(?:tele)?phoned",
            r"phone calls?",
            # "called his Belarusian counterpart" (not "called for", "so-called")
            r"called (?:his|her|their) (?:\w+ )?counterparts?",
            r"calls?",
            r"talks?",
            r"talked",
            r"spoke",
            r"spoken",
            r"conversation",
            r"met",
            r"meet(?:ing|s)?",
            r"summit",
            r"visit\w*",
            r"negotiat\w*",
            r"contact",
            r"discussed",
            r"(?<!press )(?<!news )conference",  # a press conference is a statement
            r"envoy",
            r"promised",
            # a diplomat summoned to a foreign ministry
            r"summon\w*",
            r"charg[eé]s? d['’]affaires",
        ),
    ),
    # Camps: the annotations type them humanitarian seven times in ten; a crossing
    # cue outweighs them ("migrants camping at the border tried to cross").
    ("humanitarian", 1.5, (r"camp(?:ed|ing|s)?",)),
    (
        "humanitarian",
        2.0,
        (
            r"humanitarian",
            r"aid",
            r"food",
            r"tents?",
            r"heaters?",
            r"hunger",
            r"hungry",
            r"cold",
            r"asylum",
            r"shelter",
            r"unhcr",
            r"iom",
            r"red cross",
            r"medical",
            r"stranded",
            # people taken to hospital, rescued: care given at the border
            r"hospitali[sz]\w*",
            r"(?:taken|admitted|transferred|rushed|brought) to (?:a |the )?hospitals?",
            r"hypotherm\w*",
            r"rescue\w*",
        ),
    ),
    (
        "statement",
        1.0,
        (
            r"said",
            r"says",
            r"sound(?:ed|s)? the alarm",
            r"statement",
            r"accused",
            r"accuses",
            r"condemn\w*",
            r"warned",
            r"declared",
            r"announced",
            r"denied",
            r"reported",
            r"tweet\w*",
            r"called for",
            r"urged",
            r"rejected",
            r"dismissed",
            r"insisted",
            r"told",
            r"expressed",
            r"criticised",
            r"blamed",
        ),
    ),
    # Protests and unrest: a happening even when nobody is named ("refugees staged a
    # rally"); a weak "other" that any more telling cue outweighs; riots outweigh the camp or
    # border where they broke out.
    ("other", 1.0, (r"protest\w*", r"rall(?:y|ies|ied)", r"demonstrations?", r"hunger strikes?")),
    # "In a similar incident last week, ...": a happening, whatever it was; so is a decision
    (
        "other",
        1.0,
        (r"incidents?", r"decided", r"(?:made|took|taken) (?:the|a|this|that) decision"),
    ),
    # Building work (a wall's posts going up, a camp's tents): a happening with nothing
    # named but what is built; a weak "other" that any more telling cue outweighs
    ("other", 1.0, (r"construction",)),
    # A text approved ("the plan had been approved by the lower house on 14 October"): a
    # decision, whatever it was (see lang/fr/events.py for why not "adopted")
    ("other", 1.0, (r"approved",)),
    # A measure taking effect ("The move came into force on November 13, 2021"): its day
    ("other", 1.0, (r"(?:came|entered) into (?:force|effect)", r"took effect")),
    ("clash", 4.0, (r"riots?(?! police| gear| shields?)",)),
    ("clash", 2.5, (r"unrest",)),  # "sanctions over the unrest" stays sanctions
    # A press conference or a briefing is a statement made that day, whoever speaks (it
    # outweighs a plain "conference", a diplomacy cue).
    ("statement", 2.5, (r"press conferences?", r"news conferences?", r"briefings?")),
    # A threat is a declaration, whatever it threatens ("threatened to cut off the gas")
    ("statement", 3.5, (r"threaten(?:ed|s)?", r"lobbed (?:a|another) (?:new )?threat")),
    # "The leader made the comments Thursday after the EU accused him of a hybrid attack":
    # the remarks are the happening, the accusation their context
    ("statement", 2.5, (r"made (?:the|his|her|these|those|similar) (?:comments|remarks)",)),
)
