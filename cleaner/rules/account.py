"""AC: account, engagement and paywall prompts."""

from __future__ import annotations

from ..registry import register
from .base import BarRule, PromptRule


@register
class AccountLinks(BarRule):
    """A line of account buttons only ("Sign in", "Register", "My account", "Log out").

    Why: account links are site chrome on every page. False positives: none known.
    """

    code = "AC01"
    name = "account-links"
    what = "account links"
    examples = ("- Sign in | Register\n- Anmelden\n- Войти", "Sign in to the app, then open the settings menu.")
    words = (
        "sign in", "sign up", "sign out", "log in", "login", "log out", "logout", "register", "create account",
        "create an account", "my account", "account", "profile", "join", "join now", "forgot password",
        "forgot your password", "anmelden", "abmelden", "registrieren", "einloggen", "mein konto", "konto",
        "se connecter", "connexion", "s'inscrire", "inscription", "mon compte", "se déconnecter",
        "iniciar sesión", "registrarse", "regístrate", "mi cuenta", "acceder", "entrar", "accedi", "registrati",
        "il mio account", "cadastre-se", "minha conta", "войти", "вход", "регистрация", "выйти", "личный кабинет",
        "zaloguj się", "zaloguj", "zarejestruj się", "wyloguj", "inloggen", "registreren", "mijn account",
        "登录", "注册", "退出", "ログイン", "新規登録", "ログアウト",
    )


@register
class SubscribePrompt(PromptRule):
    """Subscription and newsletter calls ("Subscribe to our newsletter", "Sign up for updates").

    Why: calls to action of the site, not of the article. An inbox counts only as the reader's ("delivered to
    your inbox"): a product's "shared inbox" is no call. False positives: a short article line about
    subscriptions or newsletters (up to 30 words: the longer calls run to two sentences).
    """

    code = "AC02"
    triggers = frozenset("subscrib newsletter sign get inbox abonnieren abonnez suscr iscriviti assine подпиш zapisz subskrybuj abonneer подпис".split())
    name = "subscribe-prompt"
    what = "subscription call"
    max_words = 30
    regex = (
        r"\bsubscribe\b|\bnewsletters?\b|\bget\s+(?:regular\s+|the\s+latest\s+|free\s+)?(?:updates|alerts)\b|\bsign\s+up\s+(?:for|to)\b|\bget\s+(?:our|the)\s+\w+\s+(?:in|delivered)"
        r"|\byour\s+inbox\b|\babonnieren\b|\bnewsletter\b|\babonnez-vous\b|\babonnez\b|\bsuscr[ií]bete\b|\bsuscribirse\b"
        r"|\biscriviti\b|\bassine\b|\bподпиш\w+|\bподписаться\b|\bzapisz\s+się\b|\bsubskrybuj\b|\babonneer\b|订阅|購読"
    )
    examples = (
        "- Subscribe to our newsletter\n- Sign up for our daily briefing\n- Newsletter abonnieren\n"
        "- The best stories, delivered to your inbox every morning",
        "Netflix said the number of people who pay for its service rose by two million in the quarter.\n"
        "Answer every customer from one shared inbox.",
    )


@register
class ShareBar(BarRule):
    """Share and follow buttons ("Share", "Tweet", "Facebook Twitter WhatsApp Email").

    Why: social buttons leave their labels in the scraped text. False positives: none known.
    """

    code = "AC03"
    name = "share-bar"
    what = "share or follow buttons"
    examples = (
        "- Share\n- Facebook Twitter WhatsApp Email\n- Share on X\n- Follow us on Instagram",
        "Facebook shares fell after the company reported weaker growth in Europe.",
    )
    words = (
        "share", "shares", "share this", "share this article", "share this story", "share this page", "share this post",
        "share on", "share to",
        "share via", "compartir en", "partager sur", "teilen auf", "condividi su", "compartilhar no", "enviar por correo",
        "envoyer par e-mail", "per e-mail senden", "tweet", "tweet this", "pin it", "pin", "email", "e-mail", "mail", "whatsapp", "facebook",
        "twitter", "x", "linkedin", "pinterest", "reddit", "tumblr", "telegram", "messenger", "instagram", "youtube",
        "tiktok", "threads", "bluesky", "mastodon", "flipboard", "xing", "vk", "vkontakte", "ok", "weibo", "wechat",
        "line", "copy link", "copy", "link", "print", "follow", "follow us", "follow us on", "like", "on",
        "comment", "comments", "save", "bookmark", "click to share on", "click to email this to a friend",
        "click to email", "click to print", "opens in new window", "permalink", "feed for comments", "teilen", "artikel teilen", "folgen", "folgen sie uns",
        "drucken", "partager", "suivez-nous", "suivre", "imprimer", "compartir", "síguenos", "imprimir",
        "condividi", "seguici", "stampa", "compartilhar", "siga-nos", "поделиться", "подписаться", "мы в соцсетях",
        "udostępnij", "podziel się", "obserwuj", "delen", "volg ons", "分享", "シェア", "ツイート",
    )


@register
class EngagementCounter(PromptRule):
    """Comment, like, view and rating counters and comment-box prompts ("12 comments", "Leave a reply", "★★★★☆").

    Why: widget labels and counts, never prose. False positives: a line of up to 6 words such as
    "Comments are welcome" in an article.
    """

    code = "AC04"
    triggers = frozenset("gefällt aime gusta piace curtir suka vind comment coment like share view repl reaction vote voto kommentar kommentier antwort aufruf réponse vues respuesta visita rispost visualizzazion коммент просмотр ответ komentarz reacties no keine aucun sin nessun sem leave post add write submit be hinterlasse laisser deja dejar escribe lascia deixe оставить добавить rating review stimmen bewertung avis valutazion оцен głos".split())
    trigger_chars = "★☆⭐✩✪"
    name = "engagement-counter"
    what = "engagement counter or comment prompt"
    max_words = 6
    regex = (
        r"^\W*(?:\d[\d.,]*\s*[km]?\s*)?(?:comments?|likes?|shares?|views?|replies|reply|reactions?|votes?|"
        r"kommentare?|antworten|aufrufe|commentaires?|réponses?|vues|comentarios?|respuestas?|visitas|commenti|"
        r"risposte|visualizzazioni|comentários|комментари\w*|просмотр\w*|ответ\w*|komentarz\w*|reacties)"
        r"\s*(?:\(\d+\)|\d+)?\W*$"
        r"|^\W*(?:no|keine|aucun|sin|nessun|sem)\s+(?:comments?|kommentare|commentaires?|comentarios?|commenti)"
        r"|^\W*(?:leave|post|add|write|submit)\s+(?:a|your)\s+(?:comment|reply)\b|^\W*be the first to comment"
        r"|^\W*(?:kommentar|antwort)\s+(?:schreiben|verfassen|hinterlassen)|^\W*schreiben?\s+(?:sie\s+)?einen\s+kommentar"
        r"|^\W*(?:jetzt\s+)?kommentieren(?:\s+sie\s+hier)?\W*$"
        r"|^\W*napisz\s+komentarz|^\W*написать\s+комментарий|^\W*deixe\s+(?:seu|o\s+seu)\s+comentário|^\W*hinterlasse\s+(?:jetzt\s+)?einen\s+kommentar|^\W*laisser un commentaire"
        r"|^\W*(?:deja|dejar|escribe)\s+(?:un|tu)\s+comentario|^\W*lascia un commento|^\W*deixe um comentário"
        r"|^\W*оставить\s+комментарий|^\W*добавить\s+комментарий"
        # a blog's like widget: "Like this:", "Like Loading...", "Gefällt mir Wird geladen …", "Suka Memuat..."
        r"|^\W*(?:like|gefällt\s+mir|j.aime|me\s+gusta|mi\s+piace|curtir|suka|vind\s+ik\s+leuk)\s+(?:this|dies|ça|esto|"
        r"questo|isso|ini)?\s*(?::|(?:loading|wird\s+geladen|chargement|cargando|caricamento|carregando|memuat|laden)\W*$)"
        r"|^[\s★☆⭐✩✪]{3,}|\b\d(?:[.,]\d)?\s*(?:/|of|out\s+of|de|von|sur|su|из|z)\s*5\b.*\b(?:votes?|votos|ratings?|"
        r"reviews?|stimmen|bewertungen|avis|votes|valutazioni|оцен\w*|głos\w*)\b"
    )
    examples = (
        "- 12 comments\n- 3 likes\n- Leave a Reply\n- Kommentare (4)\n- ★★★★☆ (4.6 of 5 – 212 votes)\n"
        "- Schreibe einen Kommentar\n- Like this:\n- Gefällt mir Wird geladen …\n- Kommentieren",
        "Comments from the minister drew criticism from both sides of the house on Thursday.",
    )


@register
class ReadMore(PromptRule):
    """Teaser links ("Read more", "Continue reading", "Weiterlesen", "Load more", "Learn more").

    Why: a link to another page or to the rest of a feed. False positives: none known in lines
    of up to 5 words.
    """

    code = "AC05"
    triggers = frozenset("read view see show load continue learn find discover weiterlesen mehr erfahre alle lire voir en leer ver saber leggi scopri ler saiba читать подробнее узнать czytaj dowiedz lees meer".split())
    name = "read-more"
    what = "read-more link"
    max_words = 5
    regex = (
        r"^\W*(?:read|view|see|show|load)\s+(?:more|all|full\s+\w+|the\s+full\s+\w+)\b|^\W*continue\s+reading\b"
        r"|^\W*(?:learn|find\s+out|discover)\s+more\b"
        r"|^\W*(?:saber\s+más|scopri\s+di\s+più|saiba\s+mais|meer\s+informatie|dowiedz\s+się\s+więcej|узнать\s+больше)"
        r"|^\W*(?:weiterlesen|mehr\s+lesen|mehr\s+anzeigen|alle\s+anzeigen|mehr\s+erfahren|erfahre\s+mehr|lire\s+la\s+suite|"
        r"voir\s+plus|voir\s+tout|en\s+savoir\s+plus|leer\s+más|ver\s+más|ver\s+todo|leggi\s+tutto|leggi\s+di\s+più|"
        r"ler\s+mais|ver\s+mais|читать\s+далее|читать\s+полностью|подробнее|czytaj\s+więcej|lees\s+meer|"
        r"阅读全文|查看更多|続きを読む|もっと見る)\b"
    )
    examples = (
        "- Read more\n- Continue reading →\n- Weiterlesen\n- Erfahre mehr\n- Learn more\n- Find out more →",
        "Read more books, the teacher told the class.\nLearn more languages while you are young.",
    )


@register
class Paywall(PromptRule):
    """Paywall prompts ("To Read the Full Story", "Subscribe to continue", "Already a subscriber?").

    Why: the paywall's text replaces the article's end; it is the publisher's, not the author's.
    False positives: an article line about paywalls of up to 25 words.
    """

    code = "AC06"
    triggers = frozenset("to subscrib already for unlock premium become continue free you is unlimited nur jetzt plus réservé exclusivo riservato доступ tylko weiterlesen".split())
    name = "paywall"
    what = "paywall prompt"
    max_words = 25
    regex = (
        r"\bto\s+read\s+the\s+(?:full|whole|rest)|\bsubscribe\s+to\s+(?:continue|read|unlock)|\balready\s+a\s+"
        r"(?:subscriber|member)|\bfor\s+(?:subscribers|members)\s+only\b|\bsubscribers?\s+only\b"
        r"|\bis\s+(?:only\s+)?(?:for|available\s+to)\s+(?:subscribers|members)\b|\bunlimited\s+digital\s+access\b"
        r"|\bunlock\s+(?:this|the)\s+(?:article|story)|\bpremium\s+(?:content|article)\b|\bbecome\s+a\s+member\b"
        r"|\bcontinue\s+reading\s+with\b|\bfree\s+articles?\s+(?:left|remaining)\b|\byou\s+have\s+reached\s+your"
        r"|\bnur\s+für\s+abonnenten\b|\bjetzt\s+weiterlesen\b|\bweiterlesen\s+mit\b|\bplus-artikel\b|\bréservé\s+aux\s+abonnés\b"
        r"|\bexclusivo\s+para\s+suscriptores\b|\briservato\s+agli\s+abbonati\b|\bexclusivo\s+para\s+assinantes\b"
        r"|\bдоступ\w*\s+только\s+(?:для\s+)?подписчик\w*|\btylko\s+dla\s+subskrybentów\b"
    )
    examples = (
        "- To Read the Full Story\n- Subscribe to continue reading.\n- Already a subscriber? Log in",
        "The paper said the number of subscribers grew by a tenth in the year to March.",
    )


@register
class PageTools(BarRule):
    """Page tool and gallery buttons ("Print", "Email this", "Font size", "A A A", "Listen to this article",
    "Enlarge", "Back to gallery").

    Why: toolbar labels; never text. False positives: none known.
    """

    code = "AC07"
    name = "page-tools"
    what = "page tool buttons"
    examples = ("- Print\n- Email this\n- A+ A-\n- Font size", "Print the form and bring it to the office.")
    words = (
        "print", "print this", "print article", "email this", "email this article", "email this page", "send",
        "font size", "text size", "a+", "a-", "a", "aa", "listen", "listen to this article", "listen to article",
        "save", "save article", "save for later", "bookmark", "gift this article", "gift article", "reprints",
        "zoom", "字号", "大", "中", "小", "schriftgröße", "vorlesen", "artikel anhören", "merken", "drucken", "imprimer", "écouter",
        "taille du texte", "imprimir", "escuchar", "tamaño de letra", "stampa", "ascolta", "версия для печати",
        "печать", "слушать", "drukuj", "打印", "印刷", "order reprints", "enlarge", "expand", "fullscreen",
        "full screen", "caption", "hide caption", "show caption", "back to gallery", "view gallery", "open gallery",
        "close gallery", "next image", "previous image", "vergrößern", "vollbild", "bildergalerie", "agrandir",
        "plein écran", "ampliar", "pantalla completa", "ingrandisci", "schermo intero", "увеличить",
    )


_SOCIAL = "facebook|twitter|x|instagram|linkedin|youtube|tiktok|threads|bluesky|mastodon|telegram|whatsapp"


@register
class ReaderAppeal(PromptRule):
    """Appeals to the reader: donation asks, tip lines, follow appeals, and invitations to like, share or comment
    on the article ("Support local journalism", "Have a news tip?", "Follow us on Instagram and Facebook", "Did
    you like this article? Share it with your friends", "Tell us what you think in the comments").

    Why: the publisher's calls for money or tips end many articles; they are the site's, not the
    author's. False positives: an article line about donations of up to 30 words that uses these phrases.
    """

    code = "AC08"
    triggers = frozenset("help support spende hilft member reader listener viewer give donat make have got send unterstützen jetzt faire soutenez dona apoya поддержите wesprzyj did was te hat cet reach contact breaking news newsletter wie how rate follow folgen folge suivez síguenos seguici siga volg obserwuj подписывайтесь gefäll ihnen dir vous war ist cet questo este möchten ti gostou понравил podobał share teilen partagez compárt condividil compartilhe поделитесь podziel deel tell let schreib verraten dites cuéntanos dicci conte напишите daj laat".split())
    name = "reader-appeal"
    what = "appeal to the reader"
    max_words = 30
    regex = (
        r"\bsupport\s+(?:our|local|independent|quality|public|nonprofit)\s+(?:journalism|reporting|newsroom)"
        r"|\b(?:member|reader|listener|viewer)-(?:supported|funded)\b|\bgive\s+now\b|\bdonate\s+(?:now|today)\b"
        r"|\bclick\s+here\s+to\s+(?:support|donate|contribute)\b|\bplease\s+consider\s+supporting\b"
        r"|\bwe\s+rely\s+on\s+(?:donations|readers|your\s+support)\b|^\W*help\s+us\s+continue\b"
        r"|\bmake\s+a\s+(?:donation|gift)\b|\b(?:have|got)\s+a\s+(?:news\s+)?tip\b|\bsend\s+us\s+(?:a|your)\s+tips?\b"
        r"|\bunterstützen\s+sie\s+(?:uns|unabhängigen\s+journalismus|unsere\s+arbeit)|\bjetzt\s+spenden\b"
        r"|\bjede\s+(?:noch\s+so\s+)?(?:kleine\s+)?spende\b|\bihre?\s+(?:beitrag|spende|unterstützung)\s+hilft\b"
        r"|\bfaire\s+un\s+don\b"
        r"|\bsoutenez\s+(?:notre|la)\s+(?:rédaction|journalisme|presse)|\bdona\s+ahora\b|\bapoya\s+(?:el|nuestro)\s+periodismo"
        r"|\bподдержите\s+(?:нас|редакцию|проект)|\bwesprzyj\s+nas\b"
        # did you like it (then share it): a question to the reader about the article itself
        r"|^\W*(?:did\s+you\s+(?:like|enjoy)|was\s+this)\s+(?:this\s+)?(?:article|post|recipe|story|page)\b"
        r"|^\W*¿?te\s+ha\s+gustado\s+(?:esta|este)\s+\w+|^\W*(?:hat|gefällt)\s+(?:ihnen|dir)\s+(?:dieser|dieses|das|der|unser)\s+"
        r"\w+(?:\s+gefallen)?\W*$|^\W*(?:ihnen|dir)\s+hat\s+(?:dieser|dieses|das|der)\s+\w+\s+gefallen\b"
        r"|^\W*(?:war|ist)\s+(?:der|dieser|das|dieses)\s+(?:artikel|beitrag|text)\s+(?:hilfreich|nützlich)\b"
        r"|^\W*cet\s+article\s+vous\s+a(?:-t-il)?\s+été\s+utile|^\W*¿?(?:te|le)\s+(?:ha\s+)?(?:resultado|resultó|fue)\s+útil"
        r"|^\W*questo\s+articolo\s+(?:ti|le)\s+è\s+stato\s+utile|^\W*este\s+artigo\s+foi\s+útil"
        r"|^\W*möchten\s+sie\s+(?:den|diesen)\s+(?:artikel|beitrag)\s+teilen"
        r"|^\W*cet\s+article\s+vous\s+a-t-il\s+plu|^\W*vous\s+avez\s+aimé\s+cet\s+article|^\W*ti\s+è\s+piaciut[oa]\s+quest[oa]\b"
        r"|^\W*gostou\s+d[eo]st[ea]\s+(?:artigo|post|texto|matéria)|^\W*понравилась\s+статья|^\W*podobał\s+ci\s+się\s+ten\b"
        # share it with your friends: an invitation, not a button row (AC03)
        r"|^\W*(?:share\s+(?:it|this(?:\s+(?:article|post|story))?)\s+with\s+(?:your\s+)?(?:friends|family|others)"
        r"|(?:jetzt\s+|artikel\s+|beitrag\s+)?(?:mit\s+(?:freunden|anderen)\s+)?teilen(?:\s+sie\s+(?:ihn|es|sie|diesen\s+\w+))?"
        r"|partagez(?:-le)?\s+(?:avec\s+vos\s+amis|cet\s+article)|compártelo|condividilo|compartilhe\s+com\s+(?:seus\s+)?amigos"
        r"|поделитесь\s+с\s+друзьями|podziel\s+się\s+ze\s+znajomymi|deel\s+dit\s+artikel)\b"
        r"|\b(?:dann\s+)?teilen\s+sie\s+(?:ihn|es|sie)\s+(?:doch\s+)?mit\s+(?:anderen|ihren\s+freunden)\b"
        # tell us what you think: an invitation to comment
        r"|\b(?:tell|let)\s+us\s+(?:know\s+)?(?:what\s+you\s+think|in\s+the\s+comments)\b"
        r"|\b(?:schreiben|verraten)\s+sie\s+(?:uns\s+)?(?:gerne\s+)?in\s+den\s+kommentaren\b|\bschreib(?:t)?\s+(?:es\s+)?(?:uns\s+)?in\s+die\s+kommentare\b"
        r"|\bdites-nous\s+(?:ce\s+que\s+vous\s+en\s+pensez|en\s+commentaire)|\bcuéntanos\s+(?:en\s+los\s+comentarios|qué\s+opinas)"
        r"|\bdicci\s+(?:cosa\s+ne\s+pensi|nei\s+commenti)|\bconte-nos\s+nos\s+comentários|\bнапишите\s+в\s+комментариях"
        r"|\bdaj\s+(?:nam\s+)?znać\s+w\s+komentarzu|\blaat\s+het\s+ons\s+weten\s+in\s+de\s+reacties"
        r"|^\W*wie\s+gefällt\s+ihnen\b|^\W*(?:how\s+do\s+you\s+like|rate\s+this)\s+(?:this\s+|our\s+)?(?:article|page|site|recipe)\b"
        r"|\breach\s+the\s+(?:reporters?|writers?|authors?)\s+(?:at|on|via)\b|\bcontact\s+the\s+(?:reporter|writer|author)\b"
        r"|\b(?:breaking\s+)?news\s+alerts\b|\bnewsletters?\s+delivered\b"
        rf"|^\W*(?:follow|folgen\s+sie|folge|suivez|síguenos|seguici|siga|volg|obserwuj|подписывайтесь)\b.{{0,80}}?"
        rf"\b(?:on|auf|sur|en|su|no|na|op|в)\s+(?:{_SOCIAL})\b"
    )
    examples = (
        "- Support local journalism\n- Have a news tip? Email the newsroom.\n- Jetzt spenden\n- Jede Spende hilft.\n"
        "- Follow The Courier on Facebook, Twitter (@courier) and Instagram for the latest news.\n"
        "- Hat Ihnen dieser Beitrag gefallen? Dann teilen Sie ihn doch mit Ihren Freunden.\n"
        "- Share this story with your friends\n- Tell us what you think in the comments below.\n"
        "- War der Artikel hilfreich?\n- Do you rely on our reporting? Click here to support it.\n"
        "- We rely on donations from readers. Please consider supporting the project.",
        "The charity said donations rose sharply after the floods, with most gifts under 50 euros.\n"
        "Follow the river north for two miles and you reach the ferry on the other bank.",
    )


@register
class CommentPolicy(PromptRule):
    """Comment policies and moderation notes ("Comments are moderated", "Read our comment policy", "We reserve
    the right to remove any comment", "Comentários ... não serão aprovados").

    Why: the comment widget's rules, printed under every article. False positives: an article line of
    up to 80 words about moderating comments.
    """

    code = "AC09"
    triggers = frozenset("stick comment coment kommentar moderat community kommentarregeln netiquette charte normas mail required wird sera será reserve".split())
    name = "comment-policy"
    what = "comment policy"
    max_words = 80
    regex = (
        r"\bcomments?\s+(?:are|is|will\s+be|may\s+be)\s+(?:moderated|reviewed|closed|republished|edited|published)\b|\bmoderating\s+(?:all\s+)?comments\b"
        r"|\bcomment(?:ing)?\s+(?:policy|guidelines|rules)\b|\bcommunity\s+guidelines\b|\bkommentarregeln\b"
        r"|\be-?mail\s+(?:address\s+)?will\s+not\s+be\s+published\b|\brequired\s+fields\s+are\s+marked\b"
        r"|\bwird\s+(?:benötigt\s+und\s+)?nicht\s+veröffentlicht\b|\bne\s+sera\s+pas\s+publiée?\b|\bno\s+será\s+publicad[oa]\b"
        r"|\bnetiquette\b|\bcharte\s+(?:de\s+modération|des\s+commentaires)\b|\bnormas\s+de\s+(?:participación|comentarios)\b"
        r"|\bwe\s+reserve\s+the\s+right\s+to\s+(?:remove|delete|edit|reject)\s+(?:any\s+)?comments?\b"
        r"|\bwe\s+ask\s+that\s+(?:all\s+)?comments\s+(?:are|be)\b|\bplease\s+stick\s+to\s+the\s+topic\b"
        r"|\bcoment[áa]rios?\s+(?:s[ãa]o|ser[ãa]o|est[áa]n|son|ser[áa]n)\s+moderados\b"
        r"|\bkommentare\s+werden\s+(?:moderiert|vor\s+der\s+veröffentlichung\s+geprüft)\b"
        r"|\bles\s+commentaires\s+sont\s+modérés\b|\bi\s+commenti\s+sono\s+moderati\b"
        r"|\bcoment[áa]rios?\b[^.!?]{0,120}\bn[ãa]o\s+ser[ãa]o\s+(?:aprovados|publicados)\b"
        r"|\bcomentarios?\b[^.!?]{0,120}\bno\s+ser[áa]n?\s+(?:aprobados?|publicados?)\b"
    )
    examples = (
        "- Comments are moderated and may take up to an hour to appear. Read our comment policy.\n"
        "- Note: we are temporarily moderating all comments submitted to deal with a surge in spam.\n"
        "- Be civil. We reserve the right to remove any comment that is rude, hateful or off-topic.\n"
        "- Atenção: comentários ofensivos ou fora do tema não serão aprovados pela equipe.\n"
        "- Kommentare werden moderiert und erscheinen erst nach einer Prüfung.\n"
        "- We ask that comments are civil. Please stick to the topic under discussion.",
        "The minister's comments were reviewed by lawyers before the statement was released, aides said.",
    )
