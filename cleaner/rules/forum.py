"""FO: the chrome of forum threads and comment lists — post numbers, buttons, member stats, reply prompts."""

from __future__ import annotations

from collections.abc import Iterator

from ..document import Page
from ..registry import Rule, register
from .base import PromptRule, quote


@register
class PostMeta(PromptRule):
    """Post furniture: post numbers, quote/reply buttons and member stats ("#2", "Quote", "Joined: Nov 2023"), the
    controls the forum software prints under each post ("Reply with quote", "Link to comment", "Share on other sites",
    "More sharing options...", "Report abuse", "View Public Profile", "Find More Posts by ann", "1,674 posts",
    "10+ Year Member"), and a Q&A site's post controls and stamps ("Improve this answer",
    "answered Jul 18, 2024 at 13:22").

    Why: a thread's posts are its content, and each comes wrapped in the same labels and counters.
    False positives: an article line that is only "Reply" or "Quote" (kept when longer than 8 words).
    """

    code = "FO01"
    triggers = frozenset("sharing link flag abuse view find send date year years gold silver bronze click improve follow add sorted reset highest show asked answered edited moderator administrator admin guest staff membre miembro quote reply report like watch multi permalink share bookmark zitieren antworten melden citer répondre signaler citar responder reportar rispondi cita ответить цитировать odpowiedz cytuj thread start original joined registered member messages posts reputation reaction points location beiträge registriert mitglied inscrit mensajes registrado iscritto сообщений регистрация postów dołączył new junior senior active well banned neues aktives nouveau nouvel".split())
    trigger_chars = "#"
    name = "post-meta"
    what = "post label"
    max_words = 8  # "answered Jul 18, 2024 at 13:22"
    regex = (
        r"^\W*#\d+\W*$|^\W*(?:thread\s+starter|start\s+date|original\s+poster)\b"
        r"|^\W*(?:quote|reply|report|like|likes|watch|multi-?quote|permalink|share post|bookmark|"
        r"zitieren|antworten|melden|citer|répondre|signaler|citar|responder|reportar|rispondi|cita|ответить|"
        r"цитировать|odpowiedz|cytuj)\W*$"
        r"|^\W*(?:joined|registered|member since|messages|posts|reputation|reaction score|points|location|"
        r"beiträge|registriert|mitglied seit|inscrit|inscrit le|messages|mensajes|registrado|iscritto|"
        r"сообщений|регистрация|postów|dołączył)\s*:\s*\S"
        r"|^\W*(?:new|junior|senior|active|well-known|registered|banned)\s+(?:member|user)\W*$"
        r"|^\W*[\d.,]+(?:k\d*)?(?:\s+\d+)?\s*(?:gold|silver|bronze)\s+badges?"  # a Q&A member's reputation line
        r"|^\W*(?:neues|aktives)\s+mitglied\W*$|^\W*(?:nouveau|nouvel)\s+membre\W*$"
        r"|^\W*(?:member|moderator|administrator|admin|guest|staff|mitglied|moderatorin|membre|miembro)\W*$"
        r"|^\W*click\s+to\s+expand\W*$"  # a quoted post cut short
        # the controls under each post
        r"|^\W*(?:reply\s+with\s+quote|add\s+to\s+quote|link\s+to\s+(?:post|comment)|share\s+on\s+other\s+sites"
        r"|more\s+sharing\s+options|flag\s+as\s+inappropriate|report\s+(?:abuse|post|comment)|view\s+public\s+profile"
        r"|(?:find\s+(?:more|all)\s+posts\s+by|send\s+a\s+private\s+message\s+to)\s+\S+|[\d.,]+k?\s+posts?"
        r"|\d+\+?\s+years?\s+member)\W*$"
        # a Q&A site's post controls and stamps: "Improve this answer", "answered Jul 18, 2024 at 13:22"
        r"|^\W*(?:improve\s+this\s+(?:question|answer)|follow\s+this\s+question|add\s+a\s+comment|sorted\s+by:"
        r"|reset\s+to\s+default|highest\s+score\s+\(default\)|date\s+(?:modified|created)\s+\((?:newest|oldest)\s+first\)|show\s+\d+\s+more\s+comments)\W*$"
        r"|^\W*(?:asked|answered|edited)\s+(?:[a-z]{3}\s+\d{1,2}(?:,\s+\d{4})?\s+at\s+\d{1,2}:\d{2}|\d+\s+[a-z]+\s+ago)\W*$"
    )
    examples = (
        "- #2\n- Quote\n- Joined: Nov 2023\n- Messages: 4\n- New member\n- Improve this answer\n"
        "- answered Jul 18, 2024 at 13:22\n- Sorted by:\n- Click to expand...\n- 88.7k1616 gold badges125125 silver badges\n"
        "- 2,345 12 silver badges 34 bronze badges\n- Reply with quote\n- Link to comment\n- Share on other sites\n"
        "- More sharing options...\n- Report abuse\n- View Public Profile\n- Find More Posts by ann\n- 1,674 posts\n"
        "- 10+ Year Member\n- Date modified (newest first)",
        "Quote the full error message when you ask for help, and say which version you run.",
    )


@register
class ReplyPrompt(PromptRule):
    """Reply prompts, closed-thread notices and thread navigation ("You must log in to reply", "Not open for further
    replies", "Similar threads", "Watch thread", "Jump to latest"), and a Q&A site's controls around its answers ("Hot Network
    Questions", "Draft saved", "Sign up using Google").

    Why: controls of the forum software, not posts. False positives: none known in lines of up to
    15 words.
    """

    code = "FO02"
    triggers = frozenset("jump network meta linked explore asking draft guest never log login sign signin register must similar related watch unwatch follow post write ähnliche sujets temas müssen vous debes open closed archived locked".split())
    name = "reply-prompt"
    what = "forum control"
    max_words = 15
    regex = (
        r"\b(?:log\s*in|sign\s*in|register)\s+(?:or\s+(?:register|sign\s*up)\s+)?to\s+(?:reply|post|comment|answer)\b"
        r"|\bmust\s+(?:be\s+)?(?:log(?:ged)?\s*in|registered|signed\s+in)\b"
        r"|^\W*(?:similar|related)\s+(?:threads|topics|questions|discussions)\W*$|^\W*(?:watch|unwatch|follow)\s+thread\W*$"
        r"|^\W*jump\s+to\s+(?:latest|newest|first\s+unread)\W*$"
        r"|^\W*(?:post|write)\s+(?:a\s+)?reply\W*$|^\W*(?:ähnliche\s+themen|sujets\s+similaires|temas\s+similares)\W*$"
        r"|^\W*(?:not\s+open\s+for\s+further\s+replies|no\s+new\s+(?:comments|replies|posts)\s+can\s+be\s+posted"
        r"|this\s+(?:thread|topic|discussion)\s+(?:is|has\s+been|was)\s+(?:now\s+)?(?:closed|locked|archived))\W*$"
        r"|\bmüssen\s+sie\s+angemeldet\s+sein\b|\bvous\s+devez\s+être\s+connecté\b|\bdebes\s+iniciar\s+sesión\b"
        # a Q&A site's controls around the answers
        r"|^\W*(?:hot\s+network\s+questions|featured\s+on\s+meta|linked\s+questions|explore\s+related\s+questions"
        r"|see\s+similar\s+questions\s+with\s+these\s+tags|start\s+asking\s+to\s+get\s+answers"
        r"|find\s+the\s+answer\s+to\s+your\s+question\s+by\s+asking|draft\s+(?:saved|discarded)"
        r"|sign\s+up\s+using\s+(?:google|facebook|email\s+and\s+password)|post\s+as\s+a\s+guest|required,\s+but\s+never\s+shown)\W*$"
    )
    examples = (
        "- You must log in or register to reply here.\n- Similar threads\n- Watch thread\n- Hot Network Questions\n"
        "- Jump to Latest\n- Draft saved\n- Sign up using Email and Password\n- Not open for further replies.\n- This thread is archived",
        "Register the boiler with the maker within 30 days to keep the full warranty, the engineer said.\n"
        "This topic is closed to debate in most parliaments, the report said.",
    )


@register
class ThreadStamp(PromptRule):
    """Stamps of the forum software around posts: who reacted ("Ann, Bob, Cleo and 5 others", "Ann and 1 other
    person", "Ann, Bob and 2 others like this."), who started the
    thread ("Discussion in 'Hosting' started by pelex, May 26, 2025."), attachments ("View attachment 2028258",
    "(95.79 KiB) Downloaded 478 times"), last replies and edits ("Last reply 7 months ago", "Last edited by ann").

    Why: the software prints them under or above every post and every thread of a list; they are never the
    posts' words. False positives: a short line of a list of names that ends "and 5 others".
    """

    code = "FO04"
    triggers = frozenset(
        "other weitere andere autres otros altri outros discussion view anhang voir ver downloaded viewed last like "
        "likes".split()
    )
    name = "thread-stamp"
    what = "thread stamp"
    max_words = 12
    regex = (
        r"^[^.!?]{1,80}?\s+(?:and|und|et|y|e)\s+\d+\s+(?:others?|weitere|andere|autres|otros|altri|outros)"
        r"(?:\s+(?:person|people|members?|users?))?\W*$"
        # "Ann, Bob and 2 others like this.": a list of user names (one a word), or a count of people
        r"|^(?:[\w.@-]+(?:,\s+|\s+and\s+)){1,6}(?:[\w.@-]+|\d+\s+others?)\s+like\s+this\.?$"
        r"|^(?:[\w.@-]+|1\s+(?:person|member|user))\s+likes\s+this\.?$|^\d+\s+(?:people|members|users)\s+like\s+this\.?$"
        r"|^\W*discussion\s+in\s+['‘\"].+?['’\"]\s+started\s+by\b"
        r"|^\W*(?:view\s+attachment|anhang\s+ansehen|voir\s+la\s+pièce\s+jointe|ver\s+adjunto)\s*\d+\W*$"
        r"|^\W*\(?[\d.,]+\s*[kmg]i?b\)?\s+(?:downloaded|viewed)\s+[\d,]+\s+times?\W*$"
        r"|^\W*last\s+(?:reply|post)(?:\s+by\b|\s+\d+\s+\w+\s+ago\W*$|\s*:)"
        r"|^\W*last\s+edited(?:\s+by\b|\s*:)"
    )
    examples = (
        "- Ann, Bob_77, Cleo and 5 others\n- Discussion in 'Hosting Advice' started by pelex, May 26, 2025.\n"
        "- View attachment 2028258\n- (95.79 KiB) Downloaded 478 times\n- Last reply 7 months ago\n"
        "- Last edited by ann; Feb 17, 2026 at 9:17 am\n- Ann and 1 other person\n- Holiday.with.Ann, Bob_77 and 2 others like this.\n"
        "- 1 person likes this",
        "The team signed Ann, Bob and two others this week.\nThe last reply from the council came in May.\n"
        "Your Dockerfile might then look like this:\nNot like this",
    )


FURNITURE = frozenset({"FO01", "FO02", "FO04", "MD01", "AC03", "AC04"})  # rules whose removals frame a post
POSTER_WORDS = 3


@register
class PosterName(Rule):
    """The poster's name between a post's labels ("Quote" / "PipeworkPete" / "Joined: Mar 2016").

    Why: on a thread each post starts with its author's name, framed by the post furniture that other
    rules remove (labels, member stats, dates); the name is metadata, not text. Only on forums, and only a
    line of up to three words without a sentence end with furniture right before and after it.
    False positives: a one-line post of up to three words between two posts' furniture.
    """

    code = "FO03"
    name = "poster-name"
    scope = "document"
    order = 25
    page_types = frozenset({"forum"})
    requires = ("FO01", "MD01")
    examples = (
        "Is this the expansion vessel? I would rather not pay for a call-out if I can check it myself.\n"
        "Reply\nQuote\n- PipeworkPete\nJoined: Mar 2016\nMessages: 2,941\nJan 9, 2024\n"
        "Expansion vessel is the usual suspect, yes. Check the pressure at the valve with the boiler off.\n"
        "Reply\nQuote\n- Mira_H\nJoined: Apr 2019\nMessages: 12\nJan 10, 2024\n"
        "Had exactly this last winter. Recharge the vessel to one bar with a foot pump and it will hold.\n"
        "Reply\nQuote",
        "Is this the expansion vessel? I would rather not pay for a call-out if I can check it myself.\n"
        "Thanks a lot\n"
        "Expansion vessel is the usual suspect, yes. Check the pressure at the valve with the boiler off.",
    )

    def find(self, page: Page) -> Iterator[tuple[int, int, str]]:
        blocks = page.blocks
        for i in range(1, len(blocks) - 1):
            block = blocks[i]
            if not block.alive or block.words > POSTER_WORDS or block.ends_sentence:
                continue
            before, after = blocks[i - 1].removed_by, blocks[i + 1].removed_by
            if before and after and before.rule in FURNITURE and after.rule in FURNITURE:
                yield i, i + 1, f"poster name {quote(block.text)} between post labels"
