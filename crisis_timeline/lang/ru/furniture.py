"""Russian page furniture (BelTA, Nasha Niva, TASS, RIA Novosti and the like)."""

from __future__ import annotations

from crisis_timeline.boilerplate import phrases

FURNITURE: dict[str, object] = {
    "FURNITURE": (
        *phrases("read_also", "Читайте также ...", "Читайте также: ...", "Смотрите также ...",
                 "Читать далее ...", "Подробнее ...", "По теме ..."),
        *phrases("newsletter", "Подпишитесь на рассылку ...", "Подписывайтесь на наш канал ..."),
        *phrases("subscribe", "Подписывайтесь на ...", "Оформить подписку ..."),
        *phrases("share", "Поделиться", "Комментировать", "Поделиться в ..."),
        *phrases("advertising", "Реклама", "РЕКЛАМА", "На правах рекламы"),
        *phrases("app_promo", "Скачайте приложение ..."),
    ),
    "CAPTION_STRONG": (
        r"^(?:Фото|Фото:|Фото ?—|Иллюстративное фото)", r"\bФото: ?[А-ЯЁA-Z]",
        r"\b(?:Фото|фото) (?:ТАСС|РИА Новости|БелТА|Reuters|AFP)",
        r"\b(?:РИА Новости|ТАСС)/[А-ЯЁ]",
    ),
    "CAPTION_DESCRIPTION": (r"\b(?:на фото|на снимке|позируют)\b",),
    "CAPTION_DATE_ENDING": (
        r"\b[А-ЯЁ][\w'-]+,? \d{1,2} (?:января|февраля|марта|апреля|мая|июня|июля|августа"
        r"|сентября|октября|ноября|декабря) (?:19|20)\d{2}(?: года)?\.?$"
    ),
    "TWEET_INTRO_CUES": (r"\bнаписал\w* в\b", r"\bв (?:Twitter|Telegram)\b", r"\bопубликовал\w*\b"),
}  # fmt: skip
