"""English page furniture, caption and tweet cues (France 24, RFI, The Guardian and the like).

Pattern syntax and how each table is used: crisis_timeline/boilerplate.py.
"""

from __future__ import annotations

from crisis_timeline.boilerplate import phrases, regex

FURNITURE: dict[str, object] = {
    "FURNITURE": (
        *phrases(
            "registration",
            "Register for free to continue reading",
            "Registration is a free and easy way to support our truly independent journalism",
            "By registering, you will also enjoy ...",
            "Already have an account? sign in",
            "By clicking 'Register' you confirm ...",
            "This site is protected by reCAPTCHA ...",
            "Join our new commenting forum",
            "Join thought-provoking conversations ...",
            "Thank you for registering",
            "Please refresh the page or navigate to another page on the site to be automatically logged in",
            "Please refresh your browser to be logged in",
            "Sign in to continue reading",
            "Create a free account to continue reading",
        ),
        *phrases(
            "newsletter",
            "The summary of the week",
            "Daily newsletter",
            "Receive essential international news every morning",
            "Sign up to our newsletter ...",
            "Sign up for our newsletter ...",
            "Newsletter: ...",
        ),
        # Newsletter blurbs name no outlet-specific words we could list: "Get the ... in your
        # inbox", "The ... Briefing: what happened ... this week, every Friday."
        *regex(
            "newsletter",
            r".*\bin your inbox\b.*",
            r"the [\w' ]{2,40} (?:briefing|newsletter|digest)\b.*\bevery (?:day|morning|evening|week|weekday|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b.*",
        ),
        *phrases("subscribe", "I subscribe", "Subscribe", "Subscribe now", "Subscribe to ..."),
        *phrases(
            "app_promo",
            "Take international news everywhere with you!",
            "Download the app",
            "Download our app ...",
        ),
        *phrases(
            "read_also",
            ">> Read also: ...",
            ">> See also: ...",
            ">> Read more: ...",
            "Read also: ...",
            "See also: ...",
            "Read more: ...",
            "Related: ...",
            "Related article: ...",
        ),
        *regex(
            "with_agency", r"with (?:afp|reuters|ap|dpa|agencies)(?: and (?:afp|reuters|ap|dpa))?"
        ),
        *phrases(
            "error_page",
            "The content you requested does not exist or is not available anymore.",
            "Sorry, the page you were looking for could not be found.",
        ),
    ),
    # Photo captions. STRONG cues alone make a line a caption; DESCRIPTION cues (present-tense
    # description of a picture) need the line to end like a caption as well: no final full
    # stop, or the wire-photo ending "Place, Country Month D, YYYY." Patterns are regexes on
    # the original line (case-sensitive: "(L)" and "AFP PHOTO" are written that way).
    "CAPTION_STRONG": (
        r"^(?:File )?Photo(?:graph)?:",
        r"\bPhotograph:",
        r"\bIllustrative photo\b",
        # "... border guards. Credit: AP/Press Association Images"
        r"\b(?:Photo |Image )?Credit: ?[A-Z][^.!?]*$",
        # "... on Nov. 19, 2021. (Photo: Kurdistan 24)", "(Photo by Reuters)"
        r"\((?:File )?(?:Photo|Image|Picture)(?::| by|/)[^()]*\)\s*$",
    ),
    "CAPTION_DESCRIPTION": (
        r"\b(?:shows|pictured|is seen|are seen|poses for|pose for|gestures|looks on)\b",
        r"\bspeaks? (?:with|to|during)\b.*\bduring\b",
    ),
    # The wire-photo caption ending: a capitalised place right before "Month D, YYYY.".
    "CAPTION_DATE_ENDING": (
        r"\b(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][\w'-]+,?"
        r" (?:January|February|March|April|May|June|July|August|September|October|November"
        r"|December) \d{1,2}, (?:19|20)\d{2}\.?$"
    ),
    "TWEET_INTRO_CUES": (r"\bwrote on\b", r"\bposted on\b", r"\bsaid on (?:X|social media)\b"),
}
