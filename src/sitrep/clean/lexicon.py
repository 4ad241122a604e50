"""Word lists the text cleaner matches against: web-page furniture, zone markers, promo cues.

Kept apart from the cleaner's logic so an analyst can read (and extend) what counts as
furniture without reading the state machine. Entries are *normalised* (lower case, letters,
digits and single spaces), see :func:`normalise_line`.
"""

from __future__ import annotations

import re

_NON_ALNUM = re.compile(r"[^0-9a-z]+")


def normalise_line(text: str) -> str:
    """Lower case, punctuation folded to spaces: the form the lists below are written in."""
    return _NON_ALNUM.sub(" ", text.lower()).strip()


#: Lines that are page furniture wherever they stand.
FURNITURE = frozenset({
    "logo", "menu", "search", "home", "close", "open", "share", "share this",
    "share this article", "share on facebook", "share on x", "print", "email", "e mail",
    "facebook", "twitter", "x", "linkedin", "whatsapp", "telegram", "copy link", "link", "follow",
    "follow us", "advertisement", "advertising", "ad", "sponsored", "sponsored content",
    "promoted", "subscribe", "subscribe now", "sign in", "sign up", "log in", "login", "register",
    "newsletter", "skip to content", "skip to main content", "back to top", "accept",
    "accept all", "reject all", "cookie settings", "manage cookies", "got it", "ok", "watch",
    "listen", "play", "video", "photo", "image", "gallery", "loading", "see all", "view all",
    "show more", "load more", "continue reading", "next article", "previous article", "next",
    "previous", "tags", "topics", "topic", "more", "less", "close menu", "open menu",
    "toggle navigation", "main menu", "navigation", "breaking", "breaking news", "live updates",
    "latest", "download the app", "get the app", "download our app", "remind me later", "not now",
    "maybe later", "listen to this article", "audio", "font size", "text size", "save",
    "bookmark", "saved",
})

#: A line that opens a block of other stories printed on the same page.
RELATED_MARKERS = frozenset("""
related
related articles
related stories
related news
related content
related coverage
related posts
related reading
more stories
more news
more articles
more on this story
more on this topic
read more
read next
read also
also read
see also
recommended
recommended for you
recommended stories
you may also like
you might also like
you may be interested in
most read
most popular
most viewed
trending
trending now
trending stories
top stories
editor s picks
editors picks
further reading
""".strip().split("\n"))

#: A line that opens a comment section: what follows is readers' text, not the article.
COMMENT_MARKERS = frozenset("""
comments
comment
no comments yet
no comments
be the first to comment
leave a comment
leave a reply
join the conversation
join the discussion
show comments
view comments
add a comment
reader comments
discussion
""".strip().split("\n"))

_APPEAL_HEADER = re.compile(
    r"^(?:an?\s+)?(?:message|note|word|letter|appeal|request)\s+from\s+(?P<who>.{2,60}?)\s*[:.!]?$"
    r"|^dear\s+(?:readers?|friends?|subscribers?|supporters?|visitors?)\s*[,:!.]?$"
    r"|^before you (?:go|leave|scroll on|close this)\b.{0,20}$"
    r"|^(?:one more thing|a note to (?:our )?readers|can you help|we need your help)\b.{0,30}$"
    r"|^(?:please\s+)?(?:support|donate\s+to|help)\s+(?:us|our\s+journalism|independent\s+journalism)\b.{0,40}$",
    re.I,
)


def appeal_header(text: str) -> re.Match[str] | None:
    """Match a line that opens a donation or membership appeal."""
    return _APPEAL_HEADER.match(text.strip())


#: Cues of promotion: app downloads, subscriptions, donation appeals, cookie consent.
#: A line with two or more distinct cues is promotion, not news.
PROMO_CUES = (
    re.compile(r"\bdownload\w*\b", re.I),
    re.compile(r"\bapps?\b|\bapp[- ]?store\b|\bgoogle play\b|\bplay[- ]?store\b", re.I),
    re.compile(r"\bsubscri(?:be|ption|bers?)\b", re.I),
    re.compile(r"\bnewsletters?\b", re.I),
    re.compile(r"\bdonat(?:e|ion|ions|ing)\b", re.I),
    re.compile(r"\bcontribut(?:e|ion|ions)\b", re.I),
    re.compile(r"\bsupport(?:ing)?\s+(?:us|our|independent)\b", re.I),
    re.compile(r"\b(?:our|independent)\s+journalism\b", re.I),
    re.compile(r"\bcookies?\b", re.I),
    re.compile(r"\bprivacy policy\b|\bterms of (?:use|service)\b", re.I),
    re.compile(r"\bsign (?:up|in)\b|\blog in\b", re.I),
    re.compile(r"\bfree trial\b|\bpremium\b|\bmembership\b|\bad-free\b|\bunlock\b", re.I),
    re.compile(r"\bmonthly\b|\bper month\b|\bjust \$\d|\$\d+(?:\.\d\d)?\s*(?:a|per)\s+month", re.I),
    re.compile(r"\bremind me\b|\bnotifications?\b|\balerts?\b", re.I),
    re.compile(r"\bfree articles?\b|\bunlimited access\b|\barticle limit\b|\bpaywall\b", re.I),
    re.compile(r"\b(?:this|our)\s+(?:site|website|app)\b|\bin your inbox\b", re.I),
)

#: Cues of an appeal to readers for money or loyalty. A block of lines after the article
#: whose cues add up is an appeal, however it is worded.
APPEAL_CUES = (
    re.compile(r"\bsupport(?:ing|er|ers)?\b", re.I),
    re.compile(r"\bdonat\w*|\bcontribut\w*|\bgifts?\b|\bgive (?:monthly|once)\b", re.I),
    re.compile(r"\b(?:our|independent|this)\s+(?:journalism|reporting|newsroom|coverage|work)\b",
               re.I),
    re.compile(r"\bfree to read\b|\bpaywall\b|\badvertis\w*|\bnon-?profit\b", re.I),
    re.compile(r"\bdepends? on (?:you|readers)\b|\breaders (?:fund|like you)\b|\bfund\w*\b", re.I),
    re.compile(r"\bsubscri\w*|\bmembers?(?:hip)?\b|\bpremium\b|\bad-free\b", re.I),
    re.compile(r"\bfree trial\b|\bfirst month\b|\bno limits\b|\boffline (?:mode|reading)\b", re.I),
    re.compile(r"\bdownload\w*|\bapps?\b|\balerts?\b|\bnotifications?\b", re.I),
    re.compile(r"\bremind me later\b|\bmaybe later\b|\bnot now\b", re.I),
)
_WE = re.compile(r"\b(?:we|our|us)\b", re.I)
_YOU = re.compile(r"\b(?:you|your)\b", re.I)


def appeal_score(text: str) -> int:
    """Distinct appeal cues in a block of text, plus one when it speaks as "we" to "you"."""
    score = sum(1 for cue in APPEAL_CUES if cue.search(text))
    return score + (1 if _WE.search(text) and _YOU.search(text) else 0)


#: Whole lines that are page furniture by their form: credits, legal notices, cookie banners.
FURNITURE_LINES = (
    re.compile(r"^\(?\s*(?:additional\s+)?(?:reporting|writing|editing|compiled|produced|"
               r"translated|graphics)\s+by\b", re.I),
    re.compile(r"©|\(c\)\s*\d{4}|\ball rights reserved\b|\bviews expressed\b|"
               r"\bdo not necessarily reflect\b|\bterms of (?:use|service)\b|"
               r"\bprivacy (?:policy|notice)\b", re.I),
    re.compile(r"\bcookies?\b", re.I),
    re.compile(r"^(?:tags|topics|filed under|categories|share|share this|sort by)\s*:", re.I),
    re.compile(r"^(?:more from|more in|more on|most read in|latest from)\b.{0,40}$", re.I),
)
_FURNITURE_LINE_MAX_WORDS = 60


def furniture_line(text: str) -> str | None:
    """Why a whole line is furniture by its form, or None."""
    if len(text.split()) > _FURNITURE_LINE_MAX_WORDS:
        return None
    for pattern, why in zip(FURNITURE_LINES, ("credit line", "legal notice", "cookie notice",
                                              "tag or share line", "section link"), strict=True):
        if pattern.search(text):
            return why
    words = normalise_line(text).split()
    if words and all(w in WIDGET_VOCABULARY for w in words):
        return "share widgets"
    return None


#: Substrings one of which every promotion cue contains: a line with none of them has no cue,
#: and most news lines are ruled out by this cheap test.
_PROMO_KEYS = ("download", "app", "subscri", "newsletter", "donat", "contribut", "support",
               "journalism", "cookie", "privacy", "terms of", "sign ", "log in", "trial",
               "premium", "membership", "ad-free", "unlock", "month", "$", "remind", "notif",
               "alert", "free article", "unlimited", "article limit", "paywall", "site",
               "inbox")


def promo_score(text: str) -> int:
    """How many distinct promotion cues a line carries."""
    low = text.lower()
    if not any(key in low for key in _PROMO_KEYS):
        return 0
    return sum(1 for cue in PROMO_CUES if cue.search(text))


#: Icon labels that screen readers and copy-paste glue in front of a time ("time13 minutes ago").
ICON_WORDS = frozenset({"time", "clock", "calendar", "date", "icon", "updated", "published",
                        "posted", "last updated", "modified"})

#: Share-widget words; a run of two or more glued to a paragraph marks a navigation prefix.
WIDGET_WORDS = ("Facebook", "Twitter", "Tweet", "LinkedIn", "WhatsApp", "Telegram", "Email",
                "E-mail", "Print", "Share", "Link", "Copy link", "Copy Link", "Reddit",
                "Pinterest", "Flipboard", "Messenger", "Follow", "Save", "Comment", "Comments",
                "Bluesky", "Threads", "X")

WIDGET_VOCABULARY = frozenset(normalise_line(" ".join(WIDGET_WORDS)).split()) | {
    "share", "on", "via", "bluesky", "mastodon", "vk", "ok", "copy", "url", "sms", "whatsapp"}

STOPWORDS = frozenset({
    "a", "an", "the", "of", "to", "in", "and", "or", "but", "that", "this", "these", "those",
    "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would",
    "could", "should", "may", "might", "can", "shall", "do", "does", "did", "not", "no", "it",
    "its", "it's", "he", "she", "they", "we", "you", "his", "her", "their", "our", "your", "him",
    "them", "us", "who", "whom", "which", "what", "when", "where", "why", "how", "as", "at", "by",
    "for", "from", "on", "with", "into", "over", "after", "before", "about", "than", "then",
    "there", "here", "also", "only", "just", "said", "says",
})
