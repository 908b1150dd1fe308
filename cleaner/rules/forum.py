"""FO: the chrome of forum threads and comment lists — post numbers, buttons, member stats, reply prompts."""

from __future__ import annotations

from ..registry import register
from .base import PromptRule


@register
class PostMeta(PromptRule):
    """Post furniture: post numbers, quote/reply buttons and member stats ("#2", "Quote", "Joined: Nov 2023").

    Why: a thread's posts are its content, and each comes wrapped in the same labels and counters.
    False positives: an article line that is only "Reply" or "Quote" (kept when longer than 6 words).
    """

    code = "FO01"
    triggers = frozenset("quote reply report like watch multi permalink share bookmark zitieren antworten melden citer répondre signaler citar responder reportar rispondi cita ответить цитировать odpowiedz cytuj thread start original joined registered member messages posts reputation reaction points location beiträge registriert mitglied inscrit mensajes registrado iscritto сообщений регистрация postów dołączył new junior senior active well banned neues aktives nouveau nouvel".split())
    trigger_chars = "#"
    name = "post-meta"
    what = "post label"
    max_words = 6
    regex = (
        r"^\W*#\d+\W*$|^\W*(?:thread\s+starter|start\s+date|original\s+poster)\b"
        r"|^\W*(?:quote|reply|report|like|likes|watch|multi-?quote|permalink|share post|bookmark|"
        r"zitieren|antworten|melden|citer|répondre|signaler|citar|responder|reportar|rispondi|cita|ответить|"
        r"цитировать|odpowiedz|cytuj)\W*$"
        r"|^\W*(?:joined|registered|member since|messages|posts|reputation|reaction score|points|location|"
        r"beiträge|registriert|mitglied seit|inscrit|inscrit le|messages|mensajes|registrado|iscritto|"
        r"сообщений|регистрация|postów|dołączył)\s*:\s*\S"
        r"|^\W*(?:new|junior|senior|active|well-known|registered|banned)\s+(?:member|user)\W*$"
        r"|^\W*(?:neues|aktives)\s+mitglied\W*$|^\W*(?:nouveau|nouvel)\s+membre\W*$"
    )
    examples = (
        "- #2\n- Quote\n- Joined: Nov 2023\n- Messages: 4\n- New member",
        "Quote the full error message when you ask for help, and say which version you run.",
    )


@register
class ReplyPrompt(PromptRule):
    """Reply prompts and thread navigation ("You must log in to reply", "Similar threads", "Watch thread").

    Why: controls of the forum software, not posts. False positives: none known in lines of up to
    15 words.
    """

    code = "FO02"
    triggers = frozenset("log login sign signin register must similar related watch unwatch follow post write ähnliche sujets temas müssen vous debes".split())
    name = "reply-prompt"
    what = "forum control"
    max_words = 15
    regex = (
        r"\b(?:log\s*in|sign\s*in|register)\s+(?:or\s+(?:register|sign\s*up)\s+)?to\s+(?:reply|post|comment|answer)\b"
        r"|\bmust\s+(?:be\s+)?(?:log(?:ged)?\s*in|registered|signed\s+in)\b"
        r"|^\W*(?:similar|related)\s+(?:threads|topics|questions|discussions)\W*$|^\W*(?:watch|unwatch|follow)\s+thread\W*$"
        r"|^\W*(?:post|write)\s+(?:a\s+)?reply\W*$|^\W*(?:ähnliche\s+themen|sujets\s+similaires|temas\s+similares)\W*$"
        r"|\bmüssen\s+sie\s+angemeldet\s+sein\b|\bvous\s+devez\s+être\s+connecté\b|\bdebes\s+iniciar\s+sesión\b"
    )
    examples = (
        "- You must log in or register to reply here.\n- Similar threads\n- Watch thread",
        "Register the boiler with the maker within 30 days to keep the full warranty, the engineer said.",
    )
